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
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace descry {

namespace {

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

Status CaseFile::setDetails(const QString& title, const CaseDetails& details, const QString& who)
{
    if (isCxrCase())
        return Error(ErrorCode::Usage, Tr::tr("case details (number, exhibits, conclusion) belong to face cases"));
    if (const QString why = details.problem(); !why.isEmpty())
        return Error(ErrorCode::Usage, why);
    if (title.size() > kMaxTitleChars)
        return Error(ErrorCode::Usage, Tr::tr("the title has more than %1 characters").arg(kMaxTitleChars));
    CaseDetails next = details;
    const bool concluded = next.conclusion.level != m_details.conclusion.level ||
                           next.conclusion.rationale != m_details.conclusion.rationale ||
                           next.conclusion.examiner != m_details.conclusion.examiner ||
                           next.conclusion.role != m_details.conclusion.role;
    next.conclusion.utc = concluded ? (next.conclusion.isEmpty() ? QDateTime() : now()) : m_details.conclusion.utc;
    if (next == m_details && title == m_title)
        return {};
    // Identification changes are "details", the examiner's conclusion is "conclusion": audited apart.
    CaseDetails plainBefore = m_details, plainNext = next, conclusionBefore, conclusionNext;
    plainBefore.conclusion = plainNext.conclusion = ExaminerConclusion{};
    conclusionBefore.conclusion = m_details.conclusion;
    conclusionNext.conclusion = next.conclusion;
    QStringList rest = CaseDetails::changes(plainBefore, plainNext);
    if (title != m_title)
        rest.prepend(Tr::tr("title: '%1' \u2192 '%2'").arg(m_title, title));
    const QStringList conclusion = CaseDetails::changes(conclusionBefore, conclusionNext);
    m_title = title;
    m_details = next;
    if (!rest.isEmpty())
        audit(QLatin1String(AuditLog::Details), rest.join(QStringLiteral("; ")), who.trimmed());
    if (!conclusion.isEmpty())
        audit(QLatin1String(AuditLog::Conclusion), conclusion.join(QStringLiteral("; ")), who.trimmed());
    return {};
}

Status CaseFile::addEvidence(const QString& role, const QString& path)
{
    if (isCxrCase()) {
        if (role != QLatin1String(RadiographRole))
            return Error(ErrorCode::Usage,
                         Tr::tr("evidence role of a chest X-ray case must be 'radiograph', not '%1'").arg(role), path);
        return addRadiograph(path);
    }
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

Status CaseFile::setFaceIndex(const QString& role, int faceIndex, int facesFound)
{
    auto it = std::find_if(m_evidence.begin(), m_evidence.end(), [&](const EvidenceItem& e) { return e.role == role; });
    if (isCxrCase() || it == m_evidence.end())
        return Error(ErrorCode::Usage, Tr::tr("no %1 photo to choose a face in").arg(role));
    if (faceIndex < -1 || faceIndex >= std::max(facesFound, 1))
        return Error(ErrorCode::Usage,
                     Tr::tr("face %1 chosen but %2 faces were found").arg(faceIndex + 1).arg(facesFound), it->path);
    if (it->faceIndex == faceIndex)
        return {};
    it->faceIndex = faceIndex;
    audit(QLatin1String(AuditLog::Face),
          faceIndex < 0 ? Tr::tr("%1: the largest of %2 faces (default) chosen").arg(role).arg(facesFound)
                        : Tr::tr("%1: face %2 of %3 chosen").arg(role).arg(faceIndex + 1).arg(facesFound));
    return {};
}

Status CaseFile::addRadiograph(const QString& path, const QString& sha256)
{
    if (!isCxrCase())
        return Error(ErrorCode::Usage, Tr::tr("radiographs belong in a chest X-ray case, not a %1 case").arg(m_task),
                     path);
    QString hash = sha256;
    if (!isSha256Hex(hash)) {
        Result<QString> hashed = sha256File(path);
        if (!hashed)
            return hashed.error().withFile(path);
        hash = *hashed;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const EvidenceItem& e : std::as_const(m_evidence)) {
        if (e.path != absolute)
            continue;
        if (e.sha256 == hash)
            return {};
        return Error(
            ErrorCode::Input,
            Tr::tr("evidence file has changed since it was loaded (expected SHA-256 %1, found %2)").arg(e.sha256, hash),
            absolute);
    }
    if (m_evidence.size() >= kMaxRadiographs)
        return Error(ErrorCode::Usage, Tr::tr("a case records at most %1 radiographs").arg(kMaxRadiographs), path);
    m_evidence.append(EvidenceItem{QLatin1String(RadiographRole), absolute, hash});
    audit(QLatin1String(AuditLog::Load),
          QStringLiteral("%1: %2 sha256 %3").arg(QLatin1String(RadiographRole), absolute, hash));
    return {};
}

Status CaseFile::setViewerState(const QString& imagePath, const QJsonObject& state)
{
    if (!isCxrCase())
        return Error(ErrorCode::Usage, Tr::tr("a viewer state belongs in a chest X-ray case"));
    const QString absolute = imagePath.isEmpty() ? QString() : QFileInfo(imagePath).absoluteFilePath();
    if (!absolute.isEmpty() && !evidencePaths().contains(absolute))
        return Error(ErrorCode::Usage, Tr::tr("the image is not a radiograph of this case"), imagePath);
    if (Status st = checkViewerState(state); !st)
        return st;
    m_currentImage = absolute;
    m_viewerState = state;
    return {};
}

Status CaseFile::checkViewerState(const QJsonObject& state)
{
    const auto bad = [](const QString& why) { return Error(ErrorCode::Input, Tr::tr("viewer state: %1").arg(why)); };
    if (json::canonical(state).size() > kMaxViewerStateBytes)
        return bad(Tr::tr("larger than the limit of %1 KB").arg(kMaxViewerStateBytes >> 10));
    const auto isInteger = [](const QJsonValue& v) { return v.isDouble() && v.toDouble() == double(v.toInteger()); };
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        bool ok = true;
        if (key == QLatin1String("frame"))
            ok = isInteger(v) && v.toInteger() >= 0;
        else if (key == QLatin1String("preset"))
            ok = isInteger(v) && v.toInteger() >= -1;
        else if (key == QLatin1String("invert") || key == QLatin1String("fit"))
            ok = v.isBool();
        else if (key == QLatin1String("windowCenter") || key == QLatin1String("windowWidth") ||
                 key == QLatin1String("zoom") || key == QLatin1String("panX") || key == QLatin1String("panY"))
            ok = v.isDouble() || v.isNull();
        else if (key == QLatin1String("measurement")) {
            const QJsonObject m = v.toObject();
            ok = v.isNull() || (v.isObject() && m.size() == 4);
            for (const char* c : {"x1", "y1", "x2", "y2"})
                ok = ok && (v.isNull() || m.value(QLatin1String(c)).isDouble());
        } else
            ok = v.isDouble() || v.isBool() || v.isNull() || (v.isString() && v.toString().size() <= 1000);
        if (!ok)
            return bad(Tr::tr("member '%1' has a value of the wrong kind").arg(key));
    }
    return {};
}

Status CaseFile::setReadingNotes(const QString& text)
{
    if (!isCxrCase())
        return Error(ErrorCode::Usage, Tr::tr("free-text reading notes belong in a chest X-ray case"));
    if (text.size() > ExaminerNotes::kMaxNoteChars)
        return Error(ErrorCode::Usage,
                     Tr::tr("the reading notes are longer than %1 characters").arg(ExaminerNotes::kMaxNoteChars));
    if (text != m_readingNotes && isReadingLocked())
        return Error(ErrorCode::Usage, Tr::tr("the reading is locked: amend it with a reason"));
    m_readingNotes = text;
    return {};
}

Status CaseFile::setChecklistState(const QString& descriptorId, ChecklistState state)
{
    if (!isCxrCase())
        return Error(ErrorCode::Usage, Tr::tr("the descriptor checklist belongs in a chest X-ray case"));
    if (!isChecklistId(descriptorId))
        return Error(ErrorCode::Usage, Tr::tr("'%1' is not a descriptor id").arg(descriptorId.left(80)));
    if (state == m_checklist.value(descriptorId, ChecklistState::Unset))
        return {};
    if (isReadingLocked())
        return Error(ErrorCode::Usage, Tr::tr("the reading is locked: amend it with a reason"));
    if (state == ChecklistState::Unset)
        m_checklist.remove(descriptorId);
    else
        m_checklist.insert(descriptorId, state);
    return {};
}

bool CaseFile::isChecklistId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)+$"));
    return id.size() <= kMaxChecklistIdChars && pattern.match(id).hasMatch();
}

void CaseFile::auditChecklistChanges(const QString& who)
{
    QStringList ids = m_checklist.keys() + m_committedChecklist.keys();
    ids.removeDuplicates();
    std::sort(ids.begin(), ids.end());
    for (const QString& id : std::as_const(ids)) {
        const ChecklistState before = m_committedChecklist.value(id, ChecklistState::Unset);
        const ChecklistState after = m_checklist.value(id, ChecklistState::Unset);
        if (before != after)
            audit(QLatin1String(AuditLog::Note),
                  Tr::tr("checklist %1: %2 \u2192 %3").arg(id, checklistStateId(before), checklistStateId(after)),
                  who.trimmed());
    }
    m_committedChecklist = m_checklist;
}

Status CaseFile::lockReading(const QString& examiner)
{
    if (!isCxrCase())
        return Error(ErrorCode::Usage, Tr::tr("only a chest X-ray reading is locked this way"));
    if (isReadingLocked())
        return Error(ErrorCode::Usage, Tr::tr("the reading is already locked by %1").arg(m_readingLockedBy));
    if (examiner.trimmed().isEmpty())
        return Error(ErrorCode::Usage, Tr::tr("locking the reading needs the radiologist's name"));
    if (m_readingNotes.trimmed().isEmpty() && m_checklist.isEmpty())
        return Error(ErrorCode::Usage,
                     Tr::tr("nothing to lock: write reading notes or assess at least one descriptor first"));
    commitNotes(examiner);
    m_readingLockedBy = examiner.trimmed();
    m_readingLockedUtc = now();
    audit(QLatin1String(AuditLog::Lock), Tr::tr("reading locked by %1").arg(m_readingLockedBy), m_readingLockedBy);
    return {};
}

Status CaseFile::amendReading(const QMap<QString, ChecklistState>& states, const std::optional<QString>& notes,
                              const QString& reason, const QString& examiner)
{
    if (!isReadingLocked())
        return Error(ErrorCode::Usage, Tr::tr("only a locked reading is amended; edit it directly"));
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::Usage, Tr::tr("an amendment needs a reason"));
    if (notes && notes->size() > ExaminerNotes::kMaxNoteChars)
        return Error(ErrorCode::Usage,
                     Tr::tr("the reading notes are longer than %1 characters").arg(ExaminerNotes::kMaxNoteChars));
    QStringList changes;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (!isChecklistId(it.key()))
            return Error(ErrorCode::Usage, Tr::tr("'%1' is not a descriptor id").arg(it.key().left(80)));
        const ChecklistState before = m_checklist.value(it.key(), ChecklistState::Unset);
        if (before != it.value())
            changes << Tr::tr("checklist %1: %2 \u2192 %3")
                           .arg(it.key(), checklistStateId(before), checklistStateId(it.value()));
    }
    if (notes && *notes != m_readingNotes)
        changes << Tr::tr("reading notes: %1 \u2192 %2").arg(quoted(m_readingNotes), quoted(*notes));
    if (changes.isEmpty())
        return Error(ErrorCode::Usage, Tr::tr("the amendment changes nothing"));
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it.value() == ChecklistState::Unset)
            m_checklist.remove(it.key());
        else
            m_checklist.insert(it.key(), it.value());
    }
    if (notes)
        m_readingNotes = *notes;
    m_committedChecklist = m_checklist;
    m_committedReadingNotes = m_readingNotes;
    const QString who = examiner.trimmed().isEmpty() ? m_readingLockedBy : examiner.trimmed();
    audit(QLatin1String(AuditLog::Amend),
          changes.join(QStringLiteral("; ")) + Tr::tr(" \u2014 reason: %1").arg(reason.simplified()), who);
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
    if (!on && hasResult() && !analysisLocked())
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
        if (isCxrCase())
            d = Tr::tr("chest X-ray review computed with pack %1 %2 (hidden: blind review)")
                    .arg(m_pack.name, m_pack.version);
        else
            d = m_pack.isEmpty() ? Tr::tr("comparison computed (hidden: blind review)")
                                 : Tr::tr("comparison computed with pack %1 %2 (hidden: blind review)")
                                       .arg(m_pack.name, m_pack.version);
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
    if (m_checklist != m_committedChecklist)
        auditChecklistChanges(who);
    if (m_readingNotes != m_committedReadingNotes) {
        audit(QLatin1String(AuditLog::Note),
              Tr::tr("reading notes: %1 \u2192 %2").arg(quoted(m_committedReadingNotes), quoted(m_readingNotes)),
              who.trimmed());
        m_committedReadingNotes = m_readingNotes;
    }
}

bool CaseFile::hasUncommittedNotes() const
{
    if (m_readingNotes != m_committedReadingNotes || m_checklist != m_committedChecklist)
        return true;
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
    for (const EvidenceItem& e : m_evidence) {
        QJsonObject item{
            {QStringLiteral("role"), e.role}, {QStringLiteral("path"), e.path}, {QStringLiteral("sha256"), e.sha256}};
        if (e.faceIndex >= 0)
            item.insert(QStringLiteral("face_index"), e.faceIndex + 1);
        evidence.append(item);
    }
    QJsonArray mask;
    for (int k : m_whatIfDisabled)
        mask.append(k);
    QJsonObject content{
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
    if (!isCxrCase() && !m_details.isEmpty())
        content.insert(QStringLiteral("details"),
                       m_details.toJson()); // absent when empty: older files keep their digest
    if (isCxrCase()) {
        QJsonObject checklist;
        for (auto it = m_checklist.cbegin(); it != m_checklist.cend(); ++it)
            checklist.insert(it.key(), checklistStateId(it.value()));
        const QJsonValue lock = isReadingLocked()
                                    ? QJsonValue(QJsonObject{{QStringLiteral("examiner"), m_readingLockedBy},
                                                             {QStringLiteral("utc"), utcToIso(m_readingLockedUtc)}})
                                    : QJsonValue();
        content.insert(QStringLiteral("cxr"), QJsonObject{{QStringLiteral("image"), m_currentImage},
                                                          {QStringLiteral("viewer"), m_viewerState},
                                                          {QStringLiteral("reading_notes"), m_readingNotes},
                                                          {QStringLiteral("checklist"), checklist},
                                                          {QStringLiteral("lock"), lock}});
    }
    return content;
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
        return Error(
            ErrorCode::Input,
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
           m_result == other.m_result && m_details == other.m_details && m_whatIfDisabled == other.m_whatIfDisabled &&
           m_notes == other.m_notes && m_audit == other.m_audit && m_signature == other.m_signature &&
           m_currentImage == other.m_currentImage && m_viewerState == other.m_viewerState &&
           m_readingNotes == other.m_readingNotes && m_checklist == other.m_checklist &&
           m_readingLockedBy == other.m_readingLockedBy && m_readingLockedUtc == other.m_readingLockedUtc;
}

} // namespace descry
