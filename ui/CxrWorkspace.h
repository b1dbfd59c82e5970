#pragma once

#include <QWidget>

namespace descry::ui {

// Chest X-ray workspace: image or DICOM viewer, descriptors and report. GUI thread only.
class CxrWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit CxrWorkspace(QWidget* parent = nullptr);
};

} // namespace descry::ui
