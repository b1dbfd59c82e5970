#include "ui/CxrWorkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace descry::ui {

CxrWorkspace::CxrWorkspace(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Open a chest X-ray image or DICOM study to review it."), this);
    hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(hint);
}

} // namespace descry::ui
