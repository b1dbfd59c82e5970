#pragma once

#include "core/casefile/AuditLog.h"
#include "core/casefile/ExaminerNotes.h"
#include "core/casefile/UtcClock.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace descry {

// One evidence photo of a case and its SHA-256 at the time it was loaded.
struct EvidenceItem
{
    QString role; // "probe" | "reference"
    QString path;
    QString sha256; // lower-case hex

    bool operator==(const EvidenceItem& other) const = default;
};

// The model pack the stored result was computed with.
struct PackReference
{
    QString name;
    QString version;
    QString sha256;

    bool isEmpty() const { return name.isEmpty() && sha256.isEmpty(); }
    bool operator==(const PackReference& other) const = default;
};

// Outcome of re-hashing one evidence file.
struct EvidenceCheck
{
    enum class State { Ok, Missing, Modified };

    State state = State::Ok;
    QString role;
    QString path;
    QString expectedSha256;
    QString actualSha256; // empty when Missing
    QString message;      // translated one-line explanation naming the file; empty when Ok
};

// A Descry case (.descry, format "descry-case/2"): its task, evidence with hashes, compare options, pack, last
// result and what-if mask, examiner notes and the audit log. Value type; not thread-safe: use from one thread at
// a time (verifyEvidence() only reads and may run on a worker thread on a copy).
// Format history: "descry-case/1" had no "task" and no "options"; such files still open (migrated in fromJson:
// every /1 case was a face-verification case compared without the cropped option) and are written as /2.
class CaseFile
{
public:
    static constexpr const char* formatId = "descry-case/2";
    static constexpr const char* formatIdV1 = "descry-case/1";
    // Task ids, as in a pack manifest's "task".
    static constexpr const char* FaceVerificationTask = "face-verification";
    static constexpr const char* CxrClassificationTask = "cxr-classification";
    static constexpr const char* fileSuffix = "descry";
    static constexpr const char* ProbeRole = "probe";
    static constexpr const char* ReferenceRole = "reference";

    // A new, empty case with a fresh id and created = modified = now (system clock).
    CaseFile();
    // Same, timed by `clock` (also used by the audit log and the notes).
    explicit CaseFile(UtcClock clock);

    // A short random id: 12 lower-case hex digits from a UUID.
    static QString newCaseId();

    // Clock for created/modified, audit entries and note timestamps; null = system clock. Not serialised.
    void setClock(UtcClock clock);

    QString caseId() const { return m_caseId; }
    QString title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }
    QDateTime created() const { return m_created; }
    QDateTime modified() const { return m_modified; }
    // The file this case was last opened from or saved to (empty for a new case). Not serialised.
    QString path() const { return m_path; }

    // What kind of case this is (a pack task id); FaceVerificationTask for a new case.
    QString task() const { return m_task; }
    void setTask(const QString& task) { m_task = task; }
    // Compare option: both photos are already tight face crops (use the whole image when no face is found).
    bool croppedFaces() const { return m_croppedFaces; }
    void setCroppedFaces(bool on) { m_croppedFaces = on; }

    // Evidence: addEvidence hashes the file, replaces any item of the same role and audits "load".
    // Errors (unreadable file, role not probe/reference) name the file.
    Status addEvidence(const QString& role, const QString& path);
    const QList<EvidenceItem>& evidence() const { return m_evidence; }
    // The item with `role`, or nullptr.
    const EvidenceItem* evidenceFor(const QString& role) const;
    // Re-hashes every evidence file; never writes to them.
    QList<EvidenceCheck> verifyEvidence() const;

    PackReference pack() const { return m_pack; }
    void setPack(const PackReference& pack) { m_pack = pack; }

    // Blind-first: hide the model output until the examiner has locked the analysis.
    bool blindFirst() const { return m_blindFirst; }
    void setBlindFirst(bool on) { m_blindFirst = on; }
    bool modelOutputHidden() const { return m_blindFirst && !m_notes.isLocked(); }

    // The last comparison (FaceComparisonResult::toJson()); setting it audits "run". The what-if mask is kept:
    // whoever records a run with another pack clears it with setWhatIfDisabled({}) when it no longer applies.
    bool hasResult() const { return !m_result.isEmpty(); }
    QJsonObject result() const { return m_result; }
    void setResult(const QJsonObject& comparison, const QString& detail = {});
    // Concept indices switched off in the what-if view; setting it audits "what-if".
    QList<int> whatIfDisabled() const { return m_whatIfDisabled; }
    void setWhatIfDisabled(const QList<int>& conceptIndices, const QString& detail = {});

    // Examiner notes; the mutators forward to ExaminerNotes and audit "note", "lock" or "amend".
    const ExaminerNotes& notes() const { return m_notes; }
    Status setAssessment(const QString& componentId, Assessment::Finding finding, const QString& note);
    Status lockNotes(const QString& examiner);
    Status amendNotes(const QString& componentId, Assessment::Finding finding, const QString& note,
                      const QString& reason);
    // Replaces the notes wholesale (e.g. from the notes panel), auditing each change. Refused when the current
    // notes are locked and `notes` is not the same locked analysis with the same or more amendments.
    Status setNotes(const ExaminerNotes& notes);

    const AuditLog& auditLog() const { return m_audit; }
    // Appends any other audited event; recordExport() audits "export" of `path`.
    void record(const QString& action, const QString& detail = {});
    void recordExport(const QString& path);

    // Writes the case atomically (temporary file + rename): on failure the previous file is untouched and this
    // object is unchanged. On success modified = now, a "save" entry is added and path() = `path`.
    Status save(const QString& path);
    // Reads and validates a case; adds an "open" audit entry in memory. Errors are one line and name the file.
    // Evidence files are not touched; call verifyEvidence() to re-check them.
    static Result<CaseFile> open(const QString& path);

    QJsonObject toJson() const;
    static Result<CaseFile> fromJson(const QJsonObject& object, const QString& origin);

    // Everything serialised (not path() or the clock).
    bool operator==(const CaseFile& other) const;

private:
    QDateTime now() const;
    // "task" and "options" of a /2 file, or the values every /1 file implies.
    Status readTaskAndOptions(const QJsonObject& object, bool v1, const QString& origin);

    UtcClock m_clock;
    QString m_caseId;
    QString m_title;
    QDateTime m_created;
    QDateTime m_modified;
    QString m_path;
    QString m_task = QLatin1String(FaceVerificationTask);
    bool m_croppedFaces = false;
    QList<EvidenceItem> m_evidence;
    PackReference m_pack;
    bool m_blindFirst = false;
    QJsonObject m_result;
    QList<int> m_whatIfDisabled;
    ExaminerNotes m_notes;
    AuditLog m_audit;
};

} // namespace descry
