#include "ui/CxrCaseDocument.h"

#include "core/casefile/SigningKey.h"

#include <QFileInfo>
#include <QJsonArray>

namespace descry::ui {

namespace {

CaseFile freshCxrCase(bool blindFirst = false)
{
    CaseFile c;
    c.setTask(QLatin1String(CaseFile::CxrClassificationTask));
    if (blindFirst)
        (void)c.setBlindFirst(true); // no result yet: never refused
    return c;
}

} // namespace

CxrCaseDocument::CxrCaseDocument(QObject* parent) : QObject(parent), m_case(freshCxrCase()) {}

void CxrCaseDocument::markModified()
{
    emit modified();
    setModified(true);
}

void CxrCaseDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void CxrCaseDocument::replaceCase(CaseFile next)
{
    const QString before = m_case.path();
    m_case = std::move(next);
    m_result.reset();
    setModified(false);
    emit replaced();
    if (m_case.path() != before)
        emit pathChanged(m_case.path());
}

void CxrCaseDocument::reset(bool blindFirst)
{
    replaceCase(freshCxrCase(blindFirst));
}

Status CxrCaseDocument::open(const QString& path)
{
    auto opened = CaseFile::open(path);
    if (!opened)
        return opened.error();
    if (!opened->isCxrCase())
        return Error(ErrorCode::Usage,
                     tr("this is a %1 case, not a chest X-ray case; open it in its own workspace").arg(opened->task()),
                     path);
    replaceCase(std::move(opened).value());
    return {};
}

Status CxrCaseDocument::save(const QString& path, const QString& who, const SigningKey* key)
{
    commitNotes(who);
    const QString before = m_case.path();
    if (Status st = m_case.save(path, key); !st)
        return st;
    setModified(false);
    if (m_case.path() != before)
        emit pathChanged(m_case.path());
    return {};
}

Status CxrCaseDocument::addRadiograph(const QString& path, const QString& sha256)
{
    const int before = m_case.auditLog().size();
    if (Status st = m_case.addRadiograph(path, sha256); !st)
        return st;
    if (m_case.auditLog().size() != before)
        markModified();
    return {};
}

Status CxrCaseDocument::setViewerState(const QString& imagePath, const QJsonObject& state)
{
    const QString absolute = imagePath.isEmpty() ? QString() : QFileInfo(imagePath).absoluteFilePath();
    if (absolute == m_case.currentImage() && state == m_case.viewerState())
        return {};
    if (Status st = m_case.setViewerState(imagePath, state); !st)
        return st;
    markModified();
    return {};
}

Status CxrCaseDocument::setReadingNotes(const QString& text)
{
    if (text == m_case.readingNotes())
        return {};
    if (Status st = m_case.setReadingNotes(text); !st)
        return st;
    markModified();
    return {};
}

Status CxrCaseDocument::setChecklistState(const QString& descriptorId, ChecklistState state)
{
    if (state == m_case.checklist().value(descriptorId, ChecklistState::Unset))
        return {};
    if (Status st = m_case.setChecklistState(descriptorId, state); !st)
        return st;
    markModified();
    emit readingChanged();
    return {};
}

Status CxrCaseDocument::lockReading(const QString& examiner)
{
    if (Status st = m_case.lockReading(examiner); !st)
        return st;
    markModified();
    emit readingChanged();
    return {};
}

Status CxrCaseDocument::amendReading(const QMap<QString, ChecklistState>& states, const std::optional<QString>& notes,
                                     const QString& reason, const QString& examiner)
{
    if (Status st = m_case.amendReading(states, notes, reason, examiner); !st)
        return st;
    markModified();
    emit readingChanged();
    return {};
}

int CxrCaseDocument::amendmentCount() const
{
    int n = 0;
    for (const AuditEntry& e : m_case.auditLog().entries())
        n += e.action == QLatin1String(AuditLog::Amend) ? 1 : 0;
    return n;
}

QJsonObject CxrCaseDocument::reviewSummary(const CxrReviewResult& r)
{
    QJsonArray present;
    for (const QString& id : r.presentIds)
        present.append(id);
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("cxr-review")},
        {QStringLiteral("decision"), cxrDecisionId(r.decision)},
        {QStringLiteral("probability"), r.probability},
        {QStringLiteral("threshold"), r.threshold},
        {QStringLiteral("indeterminate"),
         r.hasBand ? QJsonValue(QJsonArray{r.bandLow, r.bandHigh}) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"), r.decisionReason},
        {QStringLiteral("margin"), r.margin.margin},
        {QStringLiteral("bias_term"), r.margin.biasTerm},
        {QStringLiteral("residual"), r.residual},
        {QStringLiteral("image"), r.imagePath},
        {QStringLiteral("image_sha256"), r.imageSha256},
        {QStringLiteral("frame"), r.frame},
        {QStringLiteral("window"), r.windowText},
        {QStringLiteral("present"), present},
        {QStringLiteral("catalog"), QJsonObject{{QStringLiteral("name"), r.catalogName},
                                                {QStringLiteral("version"), r.catalogVersion},
                                                {QStringLiteral("sha256"), r.catalogSha256}}},
    };
}

void CxrCaseDocument::recordReview(QSharedPointer<const CxrReviewResult> result)
{
    if (!result)
        return;
    m_case.setPack(PackReference{result->packName, result->packVersion, result->packSha256});
    if (!m_case.whatIfDisabled().isEmpty())
        m_case.setWhatIfDisabled({}, tr("reset: a new review"));
    m_case.setResult(reviewSummary(*result), tr("%1, P(effusion) %2 for %3")
                                                 .arg(cxrDecisionId(result->decision))
                                                 .arg(result->probability, 0, 'f', 4)
                                                 .arg(result->imagePath));
    m_result = std::move(result);
    markModified();
    emit resultChanged();
}

void CxrCaseDocument::setWhatIfDisabled(const QList<int>& disabled, const QString& detail)
{
    if (disabled == m_case.whatIfDisabled())
        return;
    m_case.setWhatIfDisabled(disabled, detail);
    markModified();
}

void CxrCaseDocument::recordExport(const QString& path)
{
    m_case.recordExport(path);
    markModified();
}

bool CxrCaseDocument::commitNotes(const QString& who)
{
    if (!m_case.hasUncommittedNotes())
        return false;
    m_case.commitNotes(who);
    markModified();
    return true;
}

void CxrCaseDocument::recordReveal(const QString& imagePath)
{
    (void)m_case.record(QLatin1String(AuditLog::Reveal),
                        tr("patient and study identifiers shown for %1").arg(QFileInfo(imagePath).absoluteFilePath()));
    markModified();
}

} // namespace descry::ui
