#include "core/casefile/CaseFile.h"
#include "core/common/Tr.h"

#include "core/common/Hash.h"
#include "core/common/Json.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>

namespace descry {

namespace {

QString noteDetail(const QString& component, const Assessment& a)
{
    QString detail = QStringLiteral("%1: %2").arg(component, ExaminerNotes::findingId(a.finding));
    if (!a.note.isEmpty())
        detail += QStringLiteral(" \u2014 ") + a.note.simplified();
    return detail;
}

QString amendDetail(const Amendment& a)
{
    return QStringLiteral("%1: %2 -> %3 (%4)")
        .arg(a.component, ExaminerNotes::findingId(a.before.finding), ExaminerNotes::findingId(a.after.finding),
             a.reason.simplified());
}

} // namespace

CaseFile::CaseFile() : CaseFile(UtcClock{}) {}

CaseFile::CaseFile(UtcClock clock) : m_caseId(newCaseId())
{
    setClock(std::move(clock));
    m_created = m_modified = now();
}

QString CaseFile::newCaseId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
}

void CaseFile::setClock(UtcClock clock)
{
    m_clock = clock;
    m_audit.setClock(clock);
    m_notes.setClock(std::move(clock));
}

QDateTime CaseFile::now() const
{
    return (m_clock ? m_clock() : systemUtcNow()).toUTC();
}

Status CaseFile::addEvidence(const QString& role, const QString& path)
{
    if (role != QLatin1String(ProbeRole) && role != QLatin1String(ReferenceRole))
        return Error(ErrorCode::Usage, Tr::tr("evidence role must be 'probe' or 'reference', not '%1'").arg(role),
                     path);
    Result<QString> hash = sha256File(path);
    if (!hash)
        return hash.error().withFile(path);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_evidence.removeIf([&](const EvidenceItem& e) { return e.role == role; });
    m_evidence.append(EvidenceItem{role, absolute, *hash});
    m_audit.append(QLatin1String(AuditLog::Load), QStringLiteral("%1: %2 sha256 %3").arg(role, absolute, *hash));
    return {};
}

const EvidenceItem* CaseFile::evidenceFor(const QString& role) const
{
    for (const EvidenceItem& e : m_evidence)
        if (e.role == role)
            return &e;
    return nullptr;
}

QList<EvidenceCheck> CaseFile::verifyEvidence() const
{
    QList<EvidenceCheck> checks;
    for (const EvidenceItem& e : m_evidence) {
        EvidenceCheck c;
        c.role = e.role;
        c.path = e.path;
        c.expectedSha256 = e.sha256;
        if (!QFileInfo(e.path).isFile()) {
            c.state = EvidenceCheck::State::Missing;
            c.message = Tr::tr("%1: evidence file is missing (%2)").arg(e.path, e.role);
        } else if (Result<QString> hash = sha256File(e.path); !hash) {
            c.state = EvidenceCheck::State::Missing;
            c.message = hash.error().withFile(e.path).toString();
        } else {
            c.actualSha256 = *hash;
            if (c.actualSha256 != e.sha256) {
                c.state = EvidenceCheck::State::Modified;
                c.message =
                    Tr::tr("%1: evidence file has changed since it was loaded (%2; expected SHA-256 %3, found %4)")
                        .arg(e.path, e.role, e.sha256, c.actualSha256);
            }
        }
        checks.append(c);
    }
    return checks;
}

void CaseFile::setResult(const QJsonObject& comparison, const QString& detail)
{
    m_result = comparison;
    QString d = detail;
    if (d.isEmpty() && comparison.contains(QStringLiteral("decision")))
        d = QStringLiteral("%1, score %2")
                .arg(comparison.value(QStringLiteral("decision")).toString())
                .arg(comparison.value(QStringLiteral("score")).toDouble(), 0, 'f', 4);
    m_audit.append(QLatin1String(AuditLog::Run), d);
}

void CaseFile::setWhatIfDisabled(const QList<int>& conceptIndices, const QString& detail)
{
    m_whatIfDisabled = conceptIndices;
    QString d = detail;
    if (d.isEmpty()) {
        QStringList ids;
        for (int k : conceptIndices)
            ids << QString::number(k);
        d = ids.isEmpty() ? Tr::tr("all concepts on") : Tr::tr("concepts off: %1").arg(ids.join(QStringLiteral(", ")));
    }
    m_audit.append(QLatin1String(AuditLog::WhatIf), d);
}

Status CaseFile::setAssessment(const QString& componentId, Assessment::Finding finding, const QString& note)
{
    if (Status s = m_notes.setAssessment(componentId, finding, note); !s)
        return s;
    m_audit.append(QLatin1String(AuditLog::Note), noteDetail(componentId, m_notes.assessment(componentId)));
    return {};
}

Status CaseFile::lockNotes(const QString& examiner)
{
    if (Status s = m_notes.lock(examiner); !s)
        return s;
    m_audit.append(QLatin1String(AuditLog::Lock), Tr::tr("analysis locked by %1").arg(m_notes.examiner()));
    return {};
}

Status CaseFile::amendNotes(const QString& componentId, Assessment::Finding finding, const QString& note,
                            const QString& reason)
{
    if (Status s = m_notes.amend(componentId, finding, note, reason); !s)
        return s;
    m_audit.append(QLatin1String(AuditLog::Amend), amendDetail(m_notes.amendments().constLast()));
    return {};
}

Status CaseFile::setNotes(const ExaminerNotes& notes)
{
    const ExaminerNotes& cur = m_notes;
    if (cur.isLocked()) {
        const bool sameLock = notes.isLocked() && notes.lockedAt() == cur.lockedAt() &&
                              notes.examiner() == cur.examiner() && notes.lockedSnapshot() == cur.lockedSnapshot() &&
                              notes.components() == cur.components() &&
                              notes.amendments().size() >= cur.amendments().size() &&
                              notes.amendments().mid(0, cur.amendments().size()) == cur.amendments();
        if (!sameLock)
            return Error(ErrorCode::Usage, Tr::tr("the analysis is locked; changes must be recorded as amendments"));
    } else {
        // Changes made before locking: compare with the lock-time snapshot when the new notes are locked.
        const bool newLocked = notes.isLocked();
        for (const QString& id : notes.components()) {
            const Assessment after = newLocked ? notes.lockedSnapshot().value(id) : notes.assessment(id);
            if (!cur.hasComponent(id) || cur.assessment(id) != after)
                m_audit.append(QLatin1String(AuditLog::Note), noteDetail(id, after));
        }
        if (newLocked)
            m_audit.append(QLatin1String(AuditLog::Lock), Tr::tr("analysis locked by %1").arg(notes.examiner()));
    }
    for (qsizetype i = cur.amendments().size(); i < notes.amendments().size(); ++i)
        m_audit.append(QLatin1String(AuditLog::Amend), amendDetail(notes.amendments().at(i)));
    m_notes = notes;
    m_notes.setClock(m_clock);
    return {};
}

void CaseFile::record(const QString& action, const QString& detail)
{
    m_audit.append(action, detail);
}

void CaseFile::recordExport(const QString& path)
{
    m_audit.append(QLatin1String(AuditLog::Export), QFileInfo(path).absoluteFilePath());
}

QJsonObject CaseFile::toJson() const
{
    QJsonArray evidence;
    for (const EvidenceItem& e : m_evidence)
        evidence.append(QJsonObject{
            {QStringLiteral("role"), e.role}, {QStringLiteral("path"), e.path}, {QStringLiteral("sha256"), e.sha256}});
    QJsonArray mask;
    for (int k : m_whatIfDisabled)
        mask.append(k);
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(formatId)},
        {QStringLiteral("task"), m_task},
        {QStringLiteral("case_id"), m_caseId},
        {QStringLiteral("title"), m_title},
        {QStringLiteral("created"), utcToIso(m_created)},
        {QStringLiteral("modified"), utcToIso(m_modified)},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("pack"), QJsonObject{{QStringLiteral("name"), m_pack.name},
                                             {QStringLiteral("version"), m_pack.version},
                                             {QStringLiteral("sha256"), m_pack.sha256}}},
        {QStringLiteral("blind_first"), m_blindFirst},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("cropped"), m_croppedFaces}}},
        {QStringLiteral("result"), m_result.isEmpty() ? QJsonValue() : QJsonValue(m_result)},
        {QStringLiteral("what_if_disabled"), mask},
        {QStringLiteral("notes"), m_notes.toJson()},
        {QStringLiteral("audit"), m_audit.toJson()},
    };
}

Result<CaseFile> CaseFile::fromJson(const QJsonObject& o, const QString& origin)
{
    const QString format = o.value(QStringLiteral("format")).toString();
    if (format != QLatin1String(formatId) && format != QLatin1String(formatIdV1))
        return Error(ErrorCode::Input,
                     Tr::tr("not a Descry case file (format '%1', expected '%2')").arg(format, QLatin1String(formatId)),
                     origin);
    const auto malformed = [&](const QString& what) { return Error(ErrorCode::Input, what, origin); };
    const QString context = Tr::tr("case");

    CaseFile c;
    if (Status s = c.readTaskAndOptions(o, format == QLatin1String(formatIdV1), origin); !s)
        return s.error();
    for (const char* key : {"case_id", "title", "created", "modified"})
        if (Result<QString> s = json::requireString(o, QLatin1String(key), context); !s)
            return s.error().withFile(origin);
    c.m_caseId = o.value(QStringLiteral("case_id")).toString();
    c.m_title = o.value(QStringLiteral("title")).toString();
    c.m_created = utcFromIso(o.value(QStringLiteral("created")).toString());
    c.m_modified = utcFromIso(o.value(QStringLiteral("modified")).toString());
    if (c.m_caseId.isEmpty() || !c.m_created.isValid() || !c.m_modified.isValid())
        return malformed(Tr::tr("case id and created/modified UTC times must be valid"));

    Result<QJsonArray> evidence = json::requireArray(o, QStringLiteral("evidence"), context);
    if (!evidence)
        return evidence.error().withFile(origin);
    for (const QJsonValue& v : *evidence) {
        const QJsonObject e = v.toObject();
        EvidenceItem item{e.value(QStringLiteral("role")).toString(), e.value(QStringLiteral("path")).toString(),
                          e.value(QStringLiteral("sha256")).toString()};
        if ((item.role != QLatin1String(ProbeRole) && item.role != QLatin1String(ReferenceRole)) ||
            item.path.isEmpty() || item.sha256.size() != 64)
            return malformed(Tr::tr("evidence entries need role probe|reference, a path and a SHA-256"));
        c.m_evidence.append(item);
    }

    Result<QJsonObject> pack = json::requireObject(o, QStringLiteral("pack"), context);
    if (!pack)
        return pack.error().withFile(origin);
    c.m_pack =
        PackReference{pack->value(QStringLiteral("name")).toString(), pack->value(QStringLiteral("version")).toString(),
                      pack->value(QStringLiteral("sha256")).toString()};
    c.m_blindFirst = o.value(QStringLiteral("blind_first")).toBool();

    const QJsonValue result = o.value(QStringLiteral("result"));
    if (!result.isNull() && !result.isUndefined() && !result.isObject())
        return malformed(Tr::tr("case: member 'result' must be an object or null"));
    c.m_result = result.toObject();
    for (const QJsonValue& v : o.value(QStringLiteral("what_if_disabled")).toArray()) {
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInt()))
            return malformed(Tr::tr("case: member 'what_if_disabled' must list concept indices"));
        c.m_whatIfDisabled.append(v.toInt());
    }

    Result<QJsonObject> notesJson = json::requireObject(o, QStringLiteral("notes"), context);
    if (!notesJson)
        return notesJson.error().withFile(origin);
    Result<ExaminerNotes> notes = ExaminerNotes::fromJson(*notesJson, origin);
    if (!notes)
        return notes.error();
    c.m_notes = *notes;

    Result<QJsonArray> auditJson = json::requireArray(o, QStringLiteral("audit"), context);
    if (!auditJson)
        return auditJson.error().withFile(origin);
    Result<AuditLog> audit = AuditLog::fromJson(*auditJson, origin);
    if (!audit)
        return audit.error();
    c.m_audit = *audit;
    return c;
}

Status CaseFile::readTaskAndOptions(const QJsonObject& o, bool v1, const QString& origin)
{
    if (v1) {
        // Migration from descry-case/1: only face cases existed, always compared without the cropped option.
        m_task = QLatin1String(FaceVerificationTask);
        m_croppedFaces = false;
        return {};
    }
    const QString context = Tr::tr("case");
    Result<QString> task = json::requireString(o, QStringLiteral("task"), context);
    if (!task)
        return task.error().withFile(origin);
    if (*task != QLatin1String(FaceVerificationTask) && *task != QLatin1String(CxrClassificationTask))
        return Error(ErrorCode::Input,
                     Tr::tr("case: member 'task' must be face-verification or cxr-classification, not '%1'").arg(*task),
                     origin);
    Result<QJsonObject> options = json::requireObject(o, QStringLiteral("options"), context);
    if (!options)
        return options.error().withFile(origin);
    const QJsonValue cropped = options->value(QStringLiteral("cropped"));
    if (!cropped.isBool())
        return Error(ErrorCode::Input, Tr::tr("case: member 'options.cropped' must be true or false"), origin);
    m_task = *task;
    m_croppedFaces = cropped.toBool();
    return {};
}

Status CaseFile::save(const QString& path)
{
    CaseFile next = *this;
    next.m_modified = now();
    next.m_audit.append(QLatin1String(AuditLog::Save), QFileInfo(path).absoluteFilePath());
    if (Status s = json::writeObjectFile(path, next.toJson()); !s)
        return s.error().withFile(path);
    next.m_path = path;
    *this = std::move(next);
    return {};
}

Result<CaseFile> CaseFile::open(const QString& path)
{
    Result<QJsonObject> object = json::readObjectFile(path);
    if (!object)
        return object.error().withFile(path);
    Result<CaseFile> c = fromJson(*object, path);
    if (!c)
        return c.error().withFile(path);
    c->m_path = path;
    c->m_audit.append(QLatin1String(AuditLog::Open), QFileInfo(path).absoluteFilePath());
    return c;
}

bool CaseFile::operator==(const CaseFile& other) const
{
    return m_caseId == other.m_caseId && m_task == other.m_task && m_croppedFaces == other.m_croppedFaces &&
           m_title == other.m_title && m_created == other.m_created && m_modified == other.m_modified &&
           m_evidence == other.m_evidence && m_pack == other.m_pack && m_blindFirst == other.m_blindFirst &&
           m_result == other.m_result && m_whatIfDisabled == other.m_whatIfDisabled && m_notes == other.m_notes &&
           m_audit == other.m_audit;
}

} // namespace descry
