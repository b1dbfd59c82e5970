#include "ui/FaceWorkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace descry::ui {

FaceWorkspace::FaceWorkspace(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Open a probe and a reference photo to compare them."), this);
    hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(hint);
}

} // namespace descry::ui
