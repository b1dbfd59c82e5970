#include "ui/CxrWorkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace descry::ui {

CxrWorkspace::CxrWorkspace(InferenceService* service, QWidget* parent) : Workspace(parent), m_service(service)
{
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Open a chest X-ray image or DICOM study to review it."), this);
    hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(hint);
}

bool CxrWorkspace::supports(Action) const
{
    return false;
}

QString CxrWorkspace::runText() const
{
    return tr("&Review");
}

} // namespace descry::ui
