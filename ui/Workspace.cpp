#include "ui/Workspace.h"

namespace descry::ui {

Workspace::Workspace(QWidget* parent) : QWidget(parent) {}

bool Workspace::canPerform(Action action) const
{
    return supports(action);
}

QString Workspace::runText() const
{
    return tr("&Run");
}

Error Workspace::unsupported()
{
    return Error(ErrorCode::Usage, tr("This workspace does not support that action."));
}

Status Workspace::openDocument(const QString&)
{
    return unsupported();
}

Status Workspace::saveDocument(const QString&)
{
    return unsupported();
}

Status Workspace::signAndSaveDocument(const QString&, const QString&)
{
    return unsupported();
}

Status Workspace::exportReport(const QString&)
{
    return unsupported();
}

} // namespace descry::ui
