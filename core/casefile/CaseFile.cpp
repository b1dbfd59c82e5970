#include "core/casefile/CaseFile.h"
#include "core/common/Tr.h"

#include "core/casefile/SigningKey.h"
#include "core/common/AtomicFile.h"
#include "core/common/Hash.h"
#include "core/common/Json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace descry {

namespace {

constexpr int kMaxCaseIdChars = 200;
constexpr int kMaxPathChars = 4096;
constexpr int kMaxPackFieldChars = 1000;
constexpr int kMaxWhatIfIndices = 100000;

Error invalid(const QString& message, const QString& origin)
{
    return Error(ErrorCode::Input, message, origin);
}

QString quoted(const QString& note)
{
    return QStringLiteral("'%1'").arg(note.simplified());
}

// "nose: similar → dissimilar — note: 'old' → 'new'"; unchanged parts are shown once.
QString changeDetail(const QString& component, const Assessment& before, const Assessment& after)
{
    QString detail = component + QStringLiteral(": ");
    detail += before.finding == after.finding
                  ? ExaminerNotes::findingId(after.finding)
                  : QStringLiteral("%1 \u2192 %2")
                        .arg(ExaminerNotes::findingId(before.finding), ExaminerNotes::findingId(after.finding));
    if (before.note != after.note)
        detail += Tr::tr(" \u2014 note: %1 \u2192 %2").arg(quoted(before.note), quoted(after.note));
    else if (!after.note.isEmpty())
        detail += Tr::tr(" \u2014 note: %1").arg(quoted(after.note));
    return detail;
}

QString amendDetail(const Amendment& a)
{
    return changeDetail(a.component, a.before, a.after) + Tr::tr(" \u2014 reason: %1").arg(a.reason.simplified());
}

QString lockDetail(const QString& examiner)
{
    return Tr::tr("analysis locked by %1").arg(examiner);
}

} // namespace

CaseFile::CaseFile() : CaseFile(UtcClock{}) {}

CaseFile::CaseFile(UtcClock clock) : m_caseId(newCaseId())
{
    setClock(std::move(clock));
    m_created = m_modified = now();
    m_integrity = chainIntegrity(QLatin1String(formatId));
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

void CaseFile::audit(const QString& action, const QString& detail, const QString& examiner)
{
    m_audit.append(action, detail, sha256Hex(json::canonical(contentJson())), examiner);
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
    audit(QLatin1String(AuditLog::Load), QStringLiteral("%1: %2 sha256 %3").arg(role, absolute, *hash));
    return {};
}

const EvidenceItem* CaseFile::evidenceFor(const QString& role) const
{
    for (const EvidenceItem& e : m_evidence)
        if (e.role == role)
            return &e;
    return nullptr;
}

QStringList CaseFile::evidencePaths() const
{
    QStringList paths;
    for (const EvidenceItem& e : m_evidence)
        paths << e.path;
    return paths;
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

Status CaseFile::setBlindFirst(bool on)
{
    if (on == m_blindFirst)
        return {};
    if (!on && hasResult() && !m_notes.isLocked())
        return Error(ErrorCode::Usage, Tr::tr("blind review: the model's result stays hidden until the analysis is "
                                              "locked"));
    m_blindFirst = on;
    audit(QLatin1String(AuditLog::Blind), on ? Tr::tr("blind review on: the model's result is hidden until the "
                                                      "analysis is locked")
                                             : Tr::tr("blind review off"));
    return {};
}

void CaseFile::setResult(const QJsonObject& comparison, const QString& detail)
{
    m_result = comparison;
    QString d = detail;
    if (modelOutputHidden()) {
        // The caller's detail names the decision and score: while blind, the log must not reveal them.
        d = m_pack.isEmpty()
                ? Tr::tr("comparison computed (hidden: blind review)")
                : Tr::tr("comparison computed with pack %1 %2 (hidden: blind review)").arg(m_pack.name, m_pack.version);
    } else if (d.isEmpty() && comparison.contains(QStringLiteral("decision"))) {
        d = QStringLiteral("%1, score %2")
                .arg(comparison.value(QStringLiteral("decision")).toString())
                .arg(comparison.value(QStringLiteral("score")).toDouble(), 0, 'f', 4);
    }
    audit(QLatin1String(AuditLog::Run), d);
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
    audit(QLatin1String(AuditLog::WhatIf), d);
}

QHash<QString, Assessment> CaseFile::currentAssessments() const
{
    QHash<QString, Assessment> map;
    for (const QString& id : m_notes.components())
        map.insert(id, m_notes.assessment(id));
    return map;
}

void CaseFile::auditNoteChanges(const QHash<QString, Assessment>& after, const QString& who)
{
    for (const QString& id : m_notes.components()) {
        const Assessment before = m_committedNotes.value(id);
        const Assessment now = after.value(id);
        if (before != now)
            audit(QLatin1String(AuditLog::Note), changeDetail(id, before, now), who.trimmed());
    }
    m_committedNotes = after;
}

Status CaseFile::setAssessment(const QString& componentId, Assessment::Finding finding, const QString& note)
{
    return m_notes.setAssessment(componentId, finding, note);
}

void CaseFile::commitNotes(const QString& who)
{
    if (!m_notes.isLocked())
        auditNoteChanges(currentAssessments(), who);
}

bool CaseFile::hasUncommittedNotes() const
{
    const QHash<QString, Assessment> current = currentAssessments();
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        if (m_committedNotes.value(it.key()) != it.value())
            return true;
    return false;
}

Status CaseFile::lockNotes(const QString& examiner)
{
    ExaminerNotes locked = m_notes;
    if (Status s = locked.lock(examiner); !s)
        return s;
    commitNotes(examiner);
    m_notes = locked;
    audit(QLatin1String(AuditLog::Lock), lockDetail(m_notes.examiner()), m_notes.examiner());
    return {};
}

Status CaseFile::amendNotes(const QString& componentId, Assessment::Finding finding, const QString& note,
                            const QString& reason, const QString& examiner)
{
    if (Status s = m_notes.amend(componentId, finding, note, reason, examiner); !s)
        return s;
    const Amendment& a = m_notes.amendments().constLast();
    m_committedNotes.insert(a.component, a.after);
    audit(QLatin1String(AuditLog::Amend), amendDetail(a), a.examiner);
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
    } else if (notes.isLocked()) {
        const QHash<QString, Assessment> snapshot = notes.lockedSnapshot();
        if (std::none_of(snapshot.cbegin(), snapshot.cend(),
                         [](const Assessment& a) { return a.finding != Assessment::Finding::Unset; }))
            return Error(ErrorCode::Usage, Tr::tr("lock needs at least one assessed component"));
    }
    const bool newlyLocked = !cur.isLocked() && notes.isLocked();
    const qsizetype knownAmendments = newlyLocked ? 0 : cur.amendments().size();
    m_notes = notes;
    m_notes.setClock(m_clock);
    if (newlyLocked) {
        // What was assessed at lock time is committed first, then the lock.
        auditNoteChanges(m_notes.lockedSnapshot(), m_notes.examiner());
        audit(QLatin1String(AuditLog::Lock), lockDetail(m_notes.examiner()), m_notes.examiner());
    }
    for (qsizetype i = knownAmendments; i < m_notes.amendments().size(); ++i) {
        const Amendment& a = m_notes.amendments().at(i);
        m_committedNotes.insert(a.component, a.after);
        audit(QLatin1String(AuditLog::Amend), amendDetail(a), a.examiner);
    }
    return {};
}

Status CaseFile::record(const QString& action, const QString& detail)
{
    if (!AuditLog::knownActions().contains(action))
        return Error(ErrorCode::Usage, Tr::tr("'%1' is not an action Descry records").arg(action));
    audit(action, detail);
    return {};
}

void CaseFile::recordExport(const QString& path)
{
    audit(QLatin1String(AuditLog::Export), QFileInfo(path).absoluteFilePath());
}

QJsonObject CaseFile::contentJson() const
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
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("pack"), QJsonObject{{QStringLiteral("name"), m_pack.name},
                                             {QStringLiteral("version"), m_pack.version},
                                             {QStringLiteral("sha256"), m_pack.sha256}}},
        {QStringLiteral("blind_first"), m_blindFirst},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("cropped"), m_croppedFaces}}},
        {QStringLiteral("result"), m_result.isEmpty() ? QJsonValue() : QJsonValue(m_result)},
        {QStringLiteral("what_if_disabled"), mask},
        {QStringLiteral("notes"), m_notes.toJson()},
    };
}

QJsonObject CaseFile::toJson() const
{
    QJsonObject o = contentJson();
    o.insert(QStringLiteral("modified"), utcToIso(m_modified));
    o.insert(QStringLiteral("audit"), m_audit.toJson());
    // A signature covers one chain head; once the log has grown past it, it no longer describes this case.
    if (m_signature && m_signature->chainHash == m_audit.headHash())
        o.insert(QStringLiteral("signature"), QJsonObject{{QStringLiteral("examiner"), m_signature->examiner},
                                                          {QStringLiteral("public_key"), m_signature->publicKeyHex},
                                                          {QStringLiteral("fingerprint"), m_signature->fingerprint},
                                                          {QStringLiteral("utc"), utcToIso(m_signature->utc)},
                                                          {QStringLiteral("ed25519"), m_signature->signatureHex}});
    return o;
}

QString CaseFile::contentDigest(const QJsonObject& caseJson)
{
    QJsonObject content = caseJson;
    for (const char* key : {"audit", "signature", "modified"})
        content.remove(QLatin1String(key));
    return sha256Hex(json::canonical(content));
}

QByteArray CaseFile::signedMessage(const QString& chainHash, const QString& examiner, const QString& publicKeyHex,
                                   const QDateTime& utc)
{
    return json::canonical(QJsonObject{{QStringLiteral("chain_hash"), chainHash},
                                       {QStringLiteral("examiner"), examiner},
                                       {QStringLiteral("public_key"), publicKeyHex},
                                       {QStringLiteral("utc"), utcToIso(utc)}});
}

Result<CaseFile> CaseFile::fromJson(const QJsonObject& o, const QString& origin)
{
    const QString format = o.value(QStringLiteral("format")).toString();
    const bool v1 = format == QLatin1String(formatIdV1);
    const bool chained = format == QLatin1String(formatId);
    if (!chained && !v1 && format != QLatin1String(formatIdV2))
        return invalid(
            Tr::tr("not a Descry case file (format '%1', expected '%2')").arg(format, QLatin1String(formatId)), origin);

    CaseFile c;
    if (Status s = c.readTaskAndOptions(o, v1, origin); !s)
        return s.error();
    if (Status s = c.readHeader(o, origin); !s)
        return s.error();
    if (Status s = c.readEvidence(o, origin); !s)
        return s.error();
    if (Status s = c.readPackAndResult(o, v1, origin); !s)
        return s.error();
    if (Status s = c.readNotesAndAudit(o, chained, origin); !s)
        return s.error();
    if (chained) {
        if (Status s = c.verifyContent(o, origin); !s)
            return s.error();
        if (Status s = c.readSignature(o, origin); !s)
            return s.error();
    } else if (o.contains(QStringLiteral("signature"))) {
        return invalid(Tr::tr("member 'signature' in a %1 file, which cannot be signed").arg(format), origin);
    }
    c.m_integrity = c.chainIntegrity(format);
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
        return invalid(
            Tr::tr("case: member 'task' must be face-verification or cxr-classification, not '%1'").arg(*task), origin);
    Result<QJsonObject> options = json::requireObject(o, QStringLiteral("options"), context);
    if (!options)
        return options.error().withFile(origin);
    const QJsonValue cropped = options->value(QStringLiteral("cropped"));
    if (!cropped.isBool())
        return invalid(Tr::tr("case: member 'options.cropped' must be true or false"), origin);
    m_task = *task;
    m_croppedFaces = cropped.toBool();
    return {};
}

Status CaseFile::readHeader(const QJsonObject& o, const QString& origin)
{
    const QString context = Tr::tr("case");
    for (const char* key : {"case_id", "title", "created", "modified"})
        if (Result<QString> s = json::requireString(o, QLatin1String(key), context); !s)
            return s.error().withFile(origin);
    m_caseId = o.value(QStringLiteral("case_id")).toString();
    m_title = o.value(QStringLiteral("title")).toString();
    m_created = utcFromIso(o.value(QStringLiteral("created")).toString());
    m_modified = utcFromIso(o.value(QStringLiteral("modified")).toString());
    if (m_caseId.trimmed().isEmpty() || m_caseId.size() > kMaxCaseIdChars)
        return invalid(Tr::tr("case: member 'case_id' must be an id of 1 to %1 characters").arg(kMaxCaseIdChars),
                       origin);
    if (m_title.size() > kMaxTitleChars)
        return invalid(Tr::tr("case: member 'title' has %1 characters, more than the limit of %2")
                           .arg(m_title.size())
                           .arg(kMaxTitleChars),
                       origin);
    if (!m_created.isValid())
        return invalid(Tr::tr("case: member 'created' must be an ISO 8601 UTC time"), origin);
    if (!m_modified.isValid())
        return invalid(Tr::tr("case: member 'modified' must be an ISO 8601 UTC time"), origin);
    if (m_modified < m_created)
        return invalid(Tr::tr("case: member 'modified' (%1) is before 'created' (%2)")
                           .arg(utcForHumans(m_modified), utcForHumans(m_created)),
                       origin);
    return {};
}

Status CaseFile::readEvidence(const QJsonObject& o, const QString& origin)
{
    Result<QJsonArray> evidence = json::requireArray(o, QStringLiteral("evidence"), Tr::tr("case"));
    if (!evidence)
        return evidence.error().withFile(origin);
    const QDir caseFolder = QFileInfo(origin).absoluteDir();
    for (qsizetype i = 0; i < evidence->size(); ++i) {
        const auto bad = [&](const QString& why) {
            return invalid(Tr::tr("evidence %1: %2").arg(i + 1).arg(why), origin);
        };
        if (!evidence->at(i).isObject())
            return bad(Tr::tr("must be an object"));
        const QJsonObject e = evidence->at(i).toObject();
        EvidenceItem item{e.value(QStringLiteral("role")).toString(), e.value(QStringLiteral("path")).toString(),
                          e.value(QStringLiteral("sha256")).toString()};
        if (item.role != QLatin1String(ProbeRole) && item.role != QLatin1String(ReferenceRole))
            return bad(Tr::tr("member 'role' must be probe or reference, not '%1'").arg(item.role));
        if (evidenceFor(item.role))
            return bad(Tr::tr("member 'role': a second %1 (each role appears once)").arg(item.role));
        if (item.path.trimmed().isEmpty() || item.path.size() > kMaxPathChars)
            return bad(Tr::tr("member 'path' must name the %1 file").arg(item.role));
        if (!isSha256Hex(item.sha256))
            return bad(Tr::tr("member 'sha256' must be a SHA-256 (64 lower-case hex digits)"));
        // A relative path (a case moved with its photos) is relative to the case file's folder.
        if (QFileInfo(item.path).isRelative())
            item.path = QDir::cleanPath(caseFolder.absoluteFilePath(item.path));
        m_evidence.append(item);
    }
    return {};
}

Status CaseFile::readPackAndResult(const QJsonObject& o, bool v1, const QString& origin)
{
    Result<QJsonObject> pack = json::requireObject(o, QStringLiteral("pack"), Tr::tr("case"));
    if (!pack)
        return pack.error().withFile(origin);
    for (const char* key : {"name", "version", "sha256"}) {
        const QJsonValue v = pack->value(QLatin1String(key));
        if (!v.isString() || v.toString().size() > kMaxPackFieldChars)
            return invalid(Tr::tr("case: member 'pack.%1' must be a string").arg(QLatin1String(key)), origin);
    }
    m_pack =
        PackReference{pack->value(QStringLiteral("name")).toString(), pack->value(QStringLiteral("version")).toString(),
                      pack->value(QStringLiteral("sha256")).toString()};
    if (!m_pack.sha256.isEmpty() && !isSha256Hex(m_pack.sha256))
        return invalid(Tr::tr("case: member 'pack.sha256' must be a SHA-256 (64 lower-case hex digits) or empty"),
                       origin);

    const QJsonValue blind = o.value(QStringLiteral("blind_first"));
    if (!blind.isBool() && !(v1 && blind.isUndefined()))
        return invalid(Tr::tr("case: member 'blind_first' must be true or false"), origin);
    m_blindFirst = blind.toBool();

    const QJsonValue result = o.value(QStringLiteral("result"));
    if (!result.isNull() && !result.isUndefined() && !result.isObject())
        return invalid(Tr::tr("case: member 'result' must be an object or null"), origin);
    m_result = result.toObject();
    if (json::canonical(m_result).size() > kMaxResultBytes)
        return invalid(Tr::tr("case: member 'result' is larger than the limit of %1 MB").arg(kMaxResultBytes >> 20),
                       origin);
    const QJsonValue mask = o.value(QStringLiteral("what_if_disabled"));
    if ((!mask.isArray() && !mask.isUndefined()) || mask.toArray().size() > kMaxWhatIfIndices)
        return invalid(Tr::tr("case: member 'what_if_disabled' must list concept indices"), origin);
    for (const QJsonValue& v : mask.toArray()) {
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInt()))
            return invalid(Tr::tr("case: member 'what_if_disabled' must list concept indices"), origin);
        m_whatIfDisabled.append(v.toInt());
    }
    return {};
}

Status CaseFile::readNotesAndAudit(const QJsonObject& o, bool chained, const QString& origin)
{
    const QString context = Tr::tr("case");
    Result<QJsonObject> notesJson = json::requireObject(o, QStringLiteral("notes"), context);
    if (!notesJson)
        return notesJson.error().withFile(origin);
    Result<ExaminerNotes> notes = ExaminerNotes::fromJson(*notesJson, origin);
    if (!notes)
        return notes.error();
    m_notes = *notes;
    m_notes.setClock(m_clock);
    m_committedNotes = currentAssessments(); // what a file holds was committed when it was saved

    Result<QJsonArray> auditJson = json::requireArray(o, QStringLiteral("audit"), context);
    if (!auditJson)
        return auditJson.error().withFile(origin);
    Result<AuditLog> audit = AuditLog::fromJson(*auditJson, origin, chained);
    if (!audit)
        return audit.error();
    m_audit = *audit;
    m_audit.setClock(m_clock);
    return {};
}

Status CaseFile::verifyContent(const QJsonObject& o, const QString& origin) const
{
    if (m_audit.isEmpty())
        return invalid(Tr::tr("the audit log is empty: a saved case always ends with its save"), origin);
    const AuditEntry& last = m_audit.entries().constLast();
    if (last.action != QLatin1String(AuditLog::Save))
        return invalid(Tr::tr("the audit log ends with %1, not with the save that wrote the file: entries were "
                              "removed from its end")
                           .arg(m_audit.describe(m_audit.size())),
                       origin);
    if (last.state != contentDigest(o))
        return invalid(Tr::tr("case content was changed after %1 \u2014 the file was edited outside Descry")
                           .arg(m_audit.describe(m_audit.size())),
                       origin);
    // "modified" is not in the content digest (save sets it from the save entry): it must be that entry's time.
    if (m_modified != std::max(last.utc, m_created))
        return invalid(Tr::tr("member 'modified' is not the time of %1 that wrote the file: it was edited")
                           .arg(m_audit.describe(m_audit.size())),
                       origin);
    return {};
}

namespace {
// The suffix a signed save leaves on its audit entry (not translated: it is matched when the case is opened).
const QRegularExpression& signedSaveMarker()
{
    static const QRegularExpression marker(QStringLiteral(" \\[signed with key ([0-9a-f]{16})\\]$"));
    return marker;
}
} // namespace

Status CaseFile::readSignature(const QJsonObject& o, const QString& origin)
{
    const QJsonValue value = o.value(QStringLiteral("signature"));
    if (value.isUndefined() || value.isNull()) {
        // A signed save says so in its own (chained) entry: a signature stripped from the file is detected.
        const QRegularExpressionMatch signedSave = signedSaveMarker().match(m_audit.entries().constLast().detail);
        if (signedSave.hasMatch())
            return invalid(
                Tr::tr("the signature was removed: the last save was signed with key %1").arg(signedSave.captured(1)),
                origin);
        return {};
    }
    const QJsonObject s = value.toObject();
    CaseSignature sig;
    sig.examiner = s.value(QStringLiteral("examiner")).toString();
    sig.publicKeyHex = s.value(QStringLiteral("public_key")).toString();
    sig.fingerprint = s.value(QStringLiteral("fingerprint")).toString();
    sig.utc = utcFromIso(s.value(QStringLiteral("utc")).toString());
    sig.signatureHex = s.value(QStringLiteral("ed25519")).toString();
    sig.chainHash = m_audit.headHash();
    const auto isHex = [](const QString& t, int n) {
        return t.size() == n &&
               std::all_of(t.begin(), t.end(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
    };
    if (!value.isObject() || !ExaminerNotes::checkName(sig.examiner) || !isHex(sig.publicKeyHex, 64) ||
        !sig.utc.isValid() || !isHex(sig.signatureHex, 128))
        return invalid(Tr::tr("member 'signature' needs an examiner, a public key, a fingerprint, a UTC time and an "
                              "Ed25519 signature"),
                       origin);
    if (sig.fingerprint != SigningKey::fingerprintOf(sig.publicKeyHex))
        return invalid(
            Tr::tr("signature: the fingerprint %1 is not that of the public key it names").arg(sig.fingerprint),
            origin);
    if (!SigningKey::verify(sig.publicKeyHex, signedMessage(sig.chainHash, sig.examiner, sig.publicKeyHex, sig.utc),
                            QByteArray::fromHex(sig.signatureHex.toLatin1())))
        return invalid(Tr::tr("signature does not match the case: it was changed after %1 signed it").arg(sig.examiner),
                       origin);
    sig.ownKey = sig.publicKeyHex == SigningKey::userPublicKeyHex();
    m_signature = sig;
    return {};
}

CaseIntegrity CaseFile::chainIntegrity(const QString& format) const
{
    if (format != QLatin1String(formatId))
        return {CaseIntegrity::State::Unverified,
                Tr::tr("opened a %1 file: its history was recorded without a hash chain and is not verifiable")
                    .arg(format)};
    int migrated = 0;
    while (migrated < m_audit.size() && m_audit.entries().at(migrated).state.isEmpty())
        ++migrated;
    if (migrated > 0)
        return {CaseIntegrity::State::Unverified,
                Tr::tr("audit entries 1 to %1 come from an older case format and are not verifiable; the chain is "
                       "intact from entry %2 on")
                    .arg(migrated)
                    .arg(migrated + 1)};
    if (m_audit.isEmpty())
        return {CaseIntegrity::State::Verified, Tr::tr("new case: nothing recorded yet")};
    return {CaseIntegrity::State::Verified,
            Tr::tr("audit chain intact: %1 entries, content as committed by the last").arg(m_audit.size())};
}

Status CaseFile::save(const QString& path, const SigningKey* key)
{
    CaseFile next = *this;
    next.commitNotes();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (key)
        if (Status name = ExaminerNotes::checkName(key->examinerName()); !name)
            return name.error().withFile(path);
    next.audit(QLatin1String(AuditLog::Save),
               key ? absolute + QStringLiteral(" [signed with key %1]").arg(key->fingerprint()) : absolute);
    next.m_modified = std::max(next.m_audit.entries().constLast().utc, next.m_created);
    next.m_signature.reset();
    if (key) {
        CaseSignature sig{key->examinerName(),
                          key->publicKeyHex(),
                          key->fingerprint(),
                          next.m_modified,
                          {},
                          next.m_audit.headHash(),
                          true};
        if (sig.examiner.isEmpty())
            return Error(ErrorCode::Usage, Tr::tr("an examiner name is needed to sign the case"), path);
        Result<QByteArray> signature = key->sign(signedMessage(sig.chainHash, sig.examiner, sig.publicKeyHex, sig.utc));
        if (!signature)
            return signature.error();
        sig.signatureHex = QString::fromLatin1(signature->toHex());
        sig.ownKey = sig.publicKeyHex == SigningKey::userPublicKeyHex();
        next.m_signature = sig;
    }
    const QJsonObject json = next.toJson();
    // Never write a file that open() would refuse: the same checks, on what is about to be written.
    if (Result<CaseFile> check = fromJson(json, path); !check)
        return Error(ErrorCode::Usage, Tr::tr("not saved: %1").arg(check.error().message()), path);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (bytes.size() > kMaxFileBytes)
        return Error(ErrorCode::Usage, Tr::tr("not saved: the case would exceed %1 MB").arg(kMaxFileBytes >> 20), path);
    if (Status s = writeFileAtomically(path, bytes, next.evidencePaths()); !s)
        return s.error().withFile(path);
    next.m_path = path;
    next.m_integrity = next.chainIntegrity(QLatin1String(formatId));
    *this = std::move(next);
    return {};
}

Result<CaseFile> CaseFile::open(const QString& path)
{
    const QFileInfo info(path);
    if (info.isFile() && info.size() > kMaxFileBytes)
        return invalid(
            Tr::tr("case file is %1 MB, more than the limit of %2 MB").arg(info.size() >> 20).arg(kMaxFileBytes >> 20),
            path);
    Result<QJsonObject> object = json::readObjectFile(path);
    if (!object)
        return object.error().withFile(path);
    Result<CaseFile> c = fromJson(*object, path);
    if (!c)
        return c.error().withFile(path);
    c->m_path = path;
    const QString format = object->value(QStringLiteral("format")).toString();
    QString detail = info.absoluteFilePath();
    if (format != QLatin1String(formatId))
        detail = Tr::tr("opened a %1 file: history not verifiable \u2014 %2").arg(format, detail);
    c->audit(QLatin1String(AuditLog::Open), detail);
    return c;
}

bool CaseFile::operator==(const CaseFile& other) const
{
    return m_caseId == other.m_caseId && m_task == other.m_task && m_croppedFaces == other.m_croppedFaces &&
           m_title == other.m_title && m_created == other.m_created && m_modified == other.m_modified &&
           m_evidence == other.m_evidence && m_pack == other.m_pack && m_blindFirst == other.m_blindFirst &&
           m_result == other.m_result && m_whatIfDisabled == other.m_whatIfDisabled && m_notes == other.m_notes &&
           m_audit == other.m_audit && m_signature == other.m_signature;
}

} // namespace descry
