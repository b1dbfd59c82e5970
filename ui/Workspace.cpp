#include "ui/Workspace.h"

#include "core/casefile/CaseFile.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace descry::ui {

Workspace::Workspace(QWidget* parent) : QWidget(parent) {}

bool Workspace::canPerform(Action action) const
{
    return supports(action);
}

QString Workspace::safeFileBase(const QString& text)
{
    // Characters no file system takes, or that would make a folder, become "-".
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    return QString(text).replace(unsafe, QStringLiteral("-")).trimmed().left(120);
}

QString Workspace::suggestedFileName(const QString& ending) const
{
    QString base = safeFileBase(QFileInfo(documentPath()).completeBaseName());
    if (base.isEmpty())
        base = tr("case");
    return base + (ending.isEmpty() ? QLatin1Char('.') + documentSuffix() : ending);
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

QString Workspace::caseHistoryText(const CaseFile& c)
{
    if (c.path().isEmpty())
        return {};
    QString history = c.integrity().isVerified() ? tr("History verified") : tr("Unverified: older Descry file");
    if (const std::optional<CaseSignature>& signature = c.signature())
        history +=
            QStringLiteral(" · ") + (signature->ownKey ? tr("signed by %1 (your key %2)") : tr("signed by %1 (key %2)"))
                                        .arg(signature->examiner, signature->fingerprint);
    return history;
}

} // namespace descry::ui
