// CaseFile's reading side: the strict validation of every field, the hash-chain and content checks and the
// signature, as CaseFile::open() runs them (split from CaseFile.cpp, which builds and writes cases).
#include "core/casefile/CaseFile.h"
#include "core/common/Tr.h"

#include "core/casefile/SigningKey.h"
#include "core/common/Hash.h"
#include "core/common/Json.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

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

} // namespace

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
    if (Status s = c.readCxr(o, origin); !s)
        return s.error();
    if (Status s = c.readDetails(o, origin); !s)
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
        if (const QString problem = evidenceProblem(item); !problem.isEmpty())
            return bad(problem);
        if (item.path.trimmed().isEmpty() || item.path.size() > kMaxPathChars)
            return bad(Tr::tr("member 'path' must name the %1 file").arg(item.role));
        if (!isSha256Hex(item.sha256))
            return bad(Tr::tr("member 'sha256' must be a SHA-256 (64 lower-case hex digits)"));
        if (const QJsonValue face = e.value(QStringLiteral("face_index")); !face.isUndefined()) {
            // Absent in files written before the examiner could choose a face: the largest, as then.
            const double n = face.toDouble(-1);
            if (isCxrCase() || !face.isDouble() || n != std::floor(n) || n < 1 || n > 100000)
                return bad(Tr::tr("member 'face_index' must be a face number from 1 (the largest face)"));
            item.faceIndex = int(n) - 1;
        }
        // A relative path (a case moved with its photos) is relative to the case file's folder.
        if (QFileInfo(item.path).isRelative())
            item.path = QDir::cleanPath(caseFolder.absoluteFilePath(item.path));
        if (isCxrCase() && evidencePaths().contains(item.path))
            return bad(Tr::tr("member 'path': %1 is listed twice (each radiograph appears once)").arg(item.path));
        m_evidence.append(item);
    }
    return {};
}

QString CaseFile::evidenceProblem(const EvidenceItem& item) const
{
    if (isCxrCase()) {
        if (item.role != QLatin1String(RadiographRole))
            return Tr::tr("member 'role' of a chest X-ray case must be radiograph, not '%1'").arg(item.role);
        if (m_evidence.size() >= kMaxRadiographs)
            return Tr::tr("more than %1 radiographs").arg(kMaxRadiographs);
        return {};
    }
    if (item.role != QLatin1String(ProbeRole) && item.role != QLatin1String(ReferenceRole))
        return Tr::tr("member 'role' must be probe or reference, not '%1'").arg(item.role);
    if (evidenceFor(item.role))
        return Tr::tr("member 'role': a second %1 (each role appears once)").arg(item.role);
    return {};
}

Status CaseFile::readDetails(const QJsonObject& o, const QString& origin)
{
    const QJsonValue value = o.value(QStringLiteral("details"));
    if (value.isUndefined())
        return {}; // none recorded, or a file written before case details existed
    if (isCxrCase())
        return invalid(Tr::tr("case: member 'details' in a %1 case").arg(m_task), origin);
    if (!value.isObject())
        return invalid(Tr::tr("case: member 'details' must be an object"), origin);
    Result<CaseDetails> details = CaseDetails::fromJson(value.toObject(), origin);
    if (!details)
        return details.error();
    m_details = *details;
    return {};
}

Status CaseFile::readCxr(const QJsonObject& o, const QString& origin)
{
    const QJsonValue value = o.value(QStringLiteral("cxr"));
    if (!isCxrCase()) {
        if (!value.isUndefined())
            return invalid(Tr::tr("case: member 'cxr' in a %1 case").arg(m_task), origin);
        return {};
    }
    if (value.isUndefined())
        return {}; // a chest X-ray case written before the viewer state was recorded
    if (!value.isObject())
        return invalid(Tr::tr("case: member 'cxr' must be an object"), origin);
    const QJsonObject cxr = value.toObject();
    for (auto it = cxr.constBegin(); it != cxr.constEnd(); ++it)
        if (it.key() != QLatin1String("image") && it.key() != QLatin1String("viewer") &&
            it.key() != QLatin1String("reading_notes") && it.key() != QLatin1String("checklist") &&
            it.key() != QLatin1String("lock"))
            return invalid(Tr::tr("case: unknown member 'cxr.%1'").arg(it.key()), origin);
    const QJsonValue image = cxr.value(QStringLiteral("image"));
    const QJsonValue viewer = cxr.value(QStringLiteral("viewer"));
    const QJsonValue notes = cxr.value(QStringLiteral("reading_notes"));
    if (!image.isString() || image.toString().size() > kMaxPathChars)
        return invalid(Tr::tr("case: member 'cxr.image' must name a radiograph of the case or be empty"), origin);
    if (!viewer.isObject())
        return invalid(Tr::tr("case: member 'cxr.viewer' must be an object"), origin);
    if (!notes.isString() || notes.toString().size() > ExaminerNotes::kMaxNoteChars)
        return invalid(Tr::tr("case: member 'cxr.reading_notes' must be a text of at most %1 characters")
                           .arg(ExaminerNotes::kMaxNoteChars),
                       origin);
    if (Status st = checkViewerState(viewer.toObject()); !st)
        return invalid(Tr::tr("case: member 'cxr.viewer': %1").arg(st.error().message()), origin);
    QString current = image.toString();
    if (!current.isEmpty() && QFileInfo(current).isRelative())
        current = QDir::cleanPath(QFileInfo(origin).absoluteDir().absoluteFilePath(current));
    if (!current.isEmpty() && !evidencePaths().contains(current))
        return invalid(Tr::tr("case: member 'cxr.image' (%1) is not one of the case's radiographs").arg(current),
                       origin);
    m_currentImage = current;
    m_viewerState = viewer.toObject();
    m_readingNotes = m_committedReadingNotes = notes.toString();
    return readCxrReading(cxr, origin);
}

Status CaseFile::readCxrReading(const QJsonObject& cxr, const QString& origin)
{
    // Both members came with the checklist: a chest X-ray case written before them has neither.
    const QJsonValue checklist = cxr.value(QStringLiteral("checklist"));
    if (!checklist.isUndefined() && !checklist.isObject())
        return invalid(Tr::tr("case: member 'cxr.checklist' must be an object"), origin);
    const QJsonObject states = checklist.toObject();
    if (states.size() > kMaxChecklistEntries)
        return invalid(Tr::tr("case: member 'cxr.checklist' lists more than %1 descriptors").arg(kMaxChecklistEntries),
                       origin);
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        const ChecklistState state = checklistStateFromId(it.value().toString());
        if (!isChecklistId(it.key()))
            return invalid(Tr::tr("case: member 'cxr.checklist': '%1' is not a descriptor id").arg(it.key().left(80)),
                           origin);
        if (state == ChecklistState::Unset)
            return invalid(Tr::tr("case: member 'cxr.checklist.%1' must be present, absent or uncertain").arg(it.key()),
                           origin);
        m_checklist.insert(it.key(), state);
    }
    m_committedChecklist = m_checklist;
    const QJsonValue lock = cxr.value(QStringLiteral("lock"));
    if (lock.isUndefined() || lock.isNull())
        return {};
    const QJsonObject l = lock.toObject();
    const QString examiner = l.value(QStringLiteral("examiner")).toString();
    const QDateTime utc = utcFromIso(l.value(QStringLiteral("utc")).toString());
    if (!lock.isObject() || l.size() != 2 || examiner.trimmed().isEmpty() || examiner.size() > 1000 || !utc.isValid())
        return invalid(Tr::tr("case: member 'cxr.lock' must be null or {examiner, utc}"), origin);
    m_readingLockedBy = examiner;
    m_readingLockedUtc = utc;
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

} // namespace descry
