#pragma once

#include <QWidget>

namespace descry::ui {

// Face comparison workspace: probe and reference side by side, results and notes. GUI thread only.
class FaceWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit FaceWorkspace(QWidget* parent = nullptr);
};

} // namespace descry::ui
