#pragma once

#include "core/casefile/AuditLog.h"
#include "core/casefile/CaseDetails.h"
#include "core/casefile/ExaminerNotes.h"
#include "core/casefile/UtcClock.h"
#include "core/common/Result.h"
#include "core/casefile/CxrChecklist.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace descry {

class SigningKey;

// One evidence photo of a case and its SHA-256 at the time it was loaded.
struct EvidenceItem
{
    QString role; // "probe" | "reference" (face cases), "radiograph" (chest X-ray cases)
    QString path;
    QString sha256; // lower-case hex
    // Face cases: which face of the photo is compared, 0-based, largest first, as the examiner chose it
    // (setFaceIndex); -1: the default, the largest. Serialised 1-based as "face_index" only when chosen, so files
    // written before it existed read as before.
    int faceIndex = -1;

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

// How far the history of a case can be trusted (see README "Case file integrity").
struct CaseIntegrity
{
    // Verified: every audit entry is chained and the content is what the last entry committed to.
    // Unverified: the case comes from a format without a chain (descry-case/1 or /2), so its history so far cannot be
    // checked; entries added since are chained.
    enum class State { Verified, Unverified };

    State state = State::Verified;
    QString message; // translated one-line explanation

    bool isVerified() const { return state == State::Verified; }
};

// Who signed a saved case, as verified when it was opened or saved.
struct CaseSignature
{
    QString examiner;
    QString publicKeyHex;
    QString fingerprint; // SigningKey::fingerprintOf(publicKeyHex)
    QDateTime utc;
    QString signatureHex; // Ed25519 over signedMessage(chainHash, examiner, publicKeyHex, utc)
    QString chainHash;    // hash of the audit entry the signature covers (the save that wrote the file)
    bool ownKey = false;  // the key is the user's own (SigningKey::defaultPath())

    bool operator==(const CaseSignature& other) const = default;
};

// A Descry case (.descry, format "descry-case/3"): its task, evidence with hashes, compare options, pack, last
// result and what-if mask, examiner notes, the audit log as a hash chain, and optionally the examiner's signature.
// Value type; not thread-safe: use from one thread at a time (verifyEvidence() only reads and may run on a worker
// thread on a copy).
// Tamper evidence: every audit entry commits to the previous entry and to the digest of the case content after it
// (contentDigest()); open() verifies every link and that the content is what the last entry (the save) committed
// to, and verifies a signature when there is one.
// Chest X-ray cases (task cxr-classification) record every radiograph opened (role "radiograph", any number), the
// image shown with its viewer state and the reader's free-text notes in a "cxr" member (absent from face cases,
// whose format is unchanged); probe/reference, the pack and the FISWG notes stay face-only.
// Format history: "descry-case/1" had no "task" and no "options" (migrated: every /1 case was a face-verification
// case compared without the cropped option); /1 and /2 had no chain: they still open, marked unverified
// (integrity()), and are written as /3.
class CaseFile
{
public:
    static constexpr const char* formatId = "descry-case/3";
    static constexpr const char* formatIdV2 = "descry-case/2";
    static constexpr const char* formatIdV1 = "descry-case/1";
    // Task ids, as in a pack manifest's "task".
    static constexpr const char* FaceVerificationTask = "face-verification";
    static constexpr const char* CxrClassificationTask = "cxr-classification";
    static constexpr const char* fileSuffix = "descry";
    static constexpr const char* ProbeRole = "probe";
    static constexpr const char* ReferenceRole = "reference";
    static constexpr const char* RadiographRole = "radiograph";

    // Bounds of a case file (open() refuses more; save() refuses to write a case that would not open).
    static constexpr int kMaxTitleChars = 1000;
    static constexpr int kMaxResultBytes = 8 * 1024 * 1024; // the stored comparison, as compact JSON
    static constexpr qint64 kMaxFileBytes = 256LL << 20;    // the whole file
    static constexpr int kMaxRadiographs = 10000;           // radiograph evidence items of a CXR case
    static constexpr int kMaxViewerStateBytes = 64 * 1024;  // the viewer state, as compact JSON
    static constexpr int kMaxChecklistIdChars = 200;        // a descriptor id of the CXR checklist
    static constexpr int kMaxChecklistEntries = 10000;      // descriptors the CXR checklist records

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
    // Errors (unreadable file, role not probe/reference) name the file. In a CXR case it is addRadiograph().
    Status addEvidence(const QString& role, const QString& path);
    // CXR cases: records a radiograph (role "radiograph") with `sha256`, the hash of the bytes the loader read
    // (empty: the file is hashed here), and audits "load". A file already recorded with the same hash changes
    // nothing; one recorded with another hash is refused (it changed since it was loaded: the recorded hash stays).
    Status addRadiograph(const QString& path, const QString& sha256 = {});
    bool isCxrCase() const { return m_task == QLatin1String(CxrClassificationTask); }
    const QList<EvidenceItem>& evidence() const { return m_evidence; }
    // The item with `role`, or nullptr.
    const EvidenceItem* evidenceFor(const QString& role) const;
    // Face cases: the examiner chose face `faceIndex` (0-based, largest first; -1: back to the largest) of the
    // `facesFound` in the photo of `role`; audited "face" ("probe: face 2 of 3 chosen"). Usage error without such
    // evidence or for an index outside 0..facesFound-1; the same choice again changes nothing.
    Status setFaceIndex(const QString& role, int faceIndex, int facesFound);
    // Re-hashes every evidence file; never writes to them.
    QList<EvidenceCheck> verifyEvidence() const;

    PackReference pack() const { return m_pack; }
    void setPack(const PackReference& pack) { m_pack = pack; }

    // Blind-first: hide the model output until the examiner has locked the analysis. Every change is audited
    // ("blind"); switching it off while a result exists and the analysis is not locked is refused (Usage).
    bool blindFirst() const { return m_blindFirst; }
    Status setBlindFirst(bool on);
    // A chest X-ray case's output stays hidden until its reading (notes and checklist) is locked.
    bool modelOutputHidden() const { return m_blindFirst && !analysisLocked(); }
    // The examiner's analysis is locked: the FISWG notes of a face case, the reading of a chest X-ray case.
    bool analysisLocked() const { return isCxrCase() ? isReadingLocked() : m_notes.isLocked(); }

    // The last comparison (FaceComparisonResult::toJson()); setting it audits "run" (while the output is hidden the
    // entry says only that a comparison was computed, never its decision or score). The what-if mask is kept:
    // whoever records a run with another pack clears it with setWhatIfDisabled({}) when it no longer applies.
    bool hasResult() const { return !m_result.isEmpty(); }
    QJsonObject result() const { return m_result; }
    void setResult(const QJsonObject& comparison, const QString& detail = {});
    // Concept indices switched off in the what-if view; setting it audits "what-if".
    QList<int> whatIfDisabled() const { return m_whatIfDisabled; }
    void setWhatIfDisabled(const QList<int>& conceptIndices, const QString& detail = {});

    // Face cases: case number, agency, exhibit numbers and the examiner's conclusion (CaseDetails), with the title.
    const CaseDetails& details() const { return m_details; }
    // Replaces title and details, auditing each changed field ("details"; a changed conclusion "conclusion",
    // stamped with the case's clock) as done by `who`. Refused (Usage, nothing changed) in a chest X-ray case and
    // for details that could not be stored (CaseDetails::problem); equal ones change nothing.
    Status setDetails(const QString& title, const CaseDetails& details, const QString& who = {});

    // Examiner notes. Editing an assessment is not audited keystroke by keystroke: commitNotes() audits each
    // component changed since the last commit, with its old and new value, and is called by the GUI when a note
    // loses focus and by lockNotes() and save(). Locking and amending are audited at once ("lock", "amend").
    const ExaminerNotes& notes() const { return m_notes; }
    Status setAssessment(const QString& componentId, Assessment::Finding finding, const QString& note);
    // Audits "note" for each component changed since the last commit; `who` is recorded as the examiner.
    void commitNotes(const QString& who = {});
    bool hasUncommittedNotes() const;
    // Commits the notes, then locks them; refused (nothing changed) when nothing is assessed.
    Status lockNotes(const QString& examiner);
    Status amendNotes(const QString& componentId, Assessment::Finding finding, const QString& note,
                      const QString& reason, const QString& examiner = {});
    // Replaces the notes wholesale (e.g. from the notes panel) without auditing edits; a newly locked analysis is
    // committed and its lock audited, new amendments are audited. Refused when the current notes are locked and
    // `notes` is not the same locked analysis with the same or more amendments, or when `notes` is locked with
    // nothing assessed.
    Status setNotes(const ExaminerNotes& notes);

    // CXR cases: the radiograph shown (one of the evidence paths; empty: none) and its viewer state
    // (RadiographView::viewerState()); not audited, the save's content digest covers them. Refused (Usage) in a
    // face case, for an image that is not recorded evidence, or a malformed state (see checkViewerState()).
    QString currentImage() const { return m_currentImage; }
    QJsonObject viewerState() const { return m_viewerState; }
    Status setViewerState(const QString& imagePath, const QJsonObject& state);
    // The checks a viewer state passes: an object of at most kMaxViewerStateBytes whose known members have their
    // types (frame, preset: integers; windowCenter, windowWidth, zoom, panX, panY: numbers or null; invert, fit:
    // booleans; measurement: null or {x1, y1, x2, y2} numbers) and whose other members are plain scalars.
    static Status checkViewerState(const QJsonObject& state);
    // CXR cases: the reader's free-text notes. Edits are not audited one by one: commitNotes() audits the change
    // since the last commit (old and new text, "note"). Refused in a face case and above kMaxNoteChars.
    QString readingNotes() const { return m_readingNotes; }
    Status setReadingNotes(const QString& text);

    // CXR cases: the radiologist's checklist (descriptor id -> present/absent/uncertain; Unset ids are not kept).
    // Edits are audited by commitNotes() like the notes ("note", old and new state). Refused in a face case, for
    // a malformed id and once the reading is locked (amendReading() then).
    CxrChecklist checklist() const { return m_checklist; }
    Status setChecklistState(const QString& descriptorId, ChecklistState state);
    // "<group>.<grade>" of letters, digits and underscores, at most kMaxChecklistIdChars.
    static bool isChecklistId(const QString& id);
    // CXR cases: the reading (notes and checklist) locked by `examiner`: committed, then audited "lock"; from now
    // on the model output is shown to a blind-first case and every change is an amendment. Refused without an
    // examiner, when already locked and when nothing is recorded (no notes, every descriptor unset).
    bool isReadingLocked() const { return !m_readingLockedBy.isEmpty(); }
    QString readingLockedBy() const { return m_readingLockedBy; }
    QDateTime readingLockedUtc() const { return m_readingLockedUtc; }
    Status lockReading(const QString& examiner);
    // Amends a locked reading: one checklist state and/or the notes (nullopt: unchanged), with a reason (required),
    // audited "amend" with old and new values. Refused unless locked, without a reason or when nothing changes.
    Status amendReading(const QMap<QString, ChecklistState>& states, const std::optional<QString>& notes,
                        const QString& reason, const QString& examiner);

    const AuditLog& auditLog() const { return m_audit; }
    // Appends any other audited event (one of AuditLog::knownActions(), else a usage error); recordExport() audits
    // "export" of `path`.
    Status record(const QString& action, const QString& detail = {});
    void recordExport(const QString& path);

    // How far the history can be trusted, and who signed the file as opened or saved (nullopt: not signed).
    CaseIntegrity integrity() const { return m_integrity; }
    const std::optional<CaseSignature>& signature() const { return m_signature; }
    // The evidence files, which no save or export may overwrite.
    QStringList evidencePaths() const;

    // Writes the case atomically (temporary file + rename), never over an evidence file: on failure the previous
    // file is untouched and this object is unchanged. On success the notes are committed, modified = now, a "save"
    // entry closes the chain and path() = `path`. With a `key`, the file is signed by key->examinerName() (the
    // private key never enters the case); without one, any earlier signature is dropped (it would not match).
    // A case that open() would refuse (e.g. an over-long title) is not written.
    Status save(const QString& path, const SigningKey* key = nullptr);
    // Reads and strictly validates a case, verifies its chain and signature; adds an "open" audit entry in memory.
    // Errors are one line and name the file (and the field or the first broken link). Evidence files are not
    // touched; call verifyEvidence() to re-check them.
    static Result<CaseFile> open(const QString& path);

    QJsonObject toJson() const;
    // `origin` is the file the object came from: errors name it and relative evidence paths are resolved against
    // its folder.
    static Result<CaseFile> fromJson(const QJsonObject& object, const QString& origin);

    // SHA-256 hex of the canonical JSON (json::canonical) of a serialised case without "audit", "signature" and
    // "modified": the content an audit entry's "state" commits to.
    static QString contentDigest(const QJsonObject& caseJson);
    // The bytes an Ed25519 case signature covers: canonical JSON of the chain hash, examiner, public key and time.
    static QByteArray signedMessage(const QString& chainHash, const QString& examiner, const QString& publicKeyHex,
                                    const QDateTime& utc);

    // Everything serialised (not path(), the clock or integrity()).
    bool operator==(const CaseFile& other) const;

private:
    QDateTime now() const;
    // Everything toJson() writes except "modified", "audit" and "signature".
    QJsonObject contentJson() const;
    // Appends an audit entry committing to the current content.
    void audit(const QString& action, const QString& detail, const QString& examiner = {});
    // Audits "note" for each component whose assessment in `after` differs from the last committed one.
    void auditNoteChanges(const QHash<QString, Assessment>& after, const QString& who);
    QHash<QString, Assessment> currentAssessments() const;
    // Audits "note" for each checklist state changed since the last commit.
    void auditChecklistChanges(const QString& who);
    // Parts of fromJson, each naming the field it refuses.
    // "task" and "options" of a /2 or /3 file, or the values every /1 file implies.
    Status readTaskAndOptions(const QJsonObject& object, bool v1, const QString& origin);
    Status readHeader(const QJsonObject& object, const QString& origin);
    Status readEvidence(const QJsonObject& object, const QString& origin);
    Status readPackAndResult(const QJsonObject& object, bool v1, const QString& origin);
    // The "cxr" member: required shape in a CXR case (absent in files written before it existed), refused in a face
    // case.
    Status readCxr(const QJsonObject& object, const QString& origin);
    // Its checklist and lock (optional: absent in files written before the checklist existed).
    Status readCxrReading(const QJsonObject& cxr, const QString& origin);
    // readEvidence's check of one item against the task.
    QString evidenceProblem(const EvidenceItem& item) const;
    Status readNotesAndAudit(const QJsonObject& object, bool chained, const QString& origin);
    // The optional "details" member of a face case.
    Status readDetails(const QJsonObject& object, const QString& origin);
    // The last entry is the save that wrote the file and committed to exactly this content.
    Status verifyContent(const QJsonObject& object, const QString& origin) const;
    Status readSignature(const QJsonObject& object, const QString& origin);
    // The integrity of the chain as it stands; `format` is the file's format when just read.
    CaseIntegrity chainIntegrity(const QString& format) const;

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
    CaseDetails m_details;
    QHash<QString, Assessment> m_committedNotes; // as last audited (commitNotes); not serialised
    QString m_currentImage;                      // CXR: the radiograph shown
    QJsonObject m_viewerState;                   // CXR: its viewer state
    QString m_readingNotes;                      // CXR: free-text notes
    QString m_committedReadingNotes;             // as last audited; not serialised
    CxrChecklist m_checklist;                    // CXR: the radiologist's checklist
    CxrChecklist m_committedChecklist;           // as last audited; not serialised
    QString m_readingLockedBy;                   // CXR: who locked the reading; empty: not locked
    QDateTime m_readingLockedUtc;
    AuditLog m_audit;
    std::optional<CaseSignature> m_signature;
    CaseIntegrity m_integrity;
};

} // namespace descry
