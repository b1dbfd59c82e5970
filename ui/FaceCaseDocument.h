#pragma once

#include "core/casefile/CaseFile.h"

#include <QObject>
#include <QSharedPointer>

namespace descry {
struct FaceComparisonResult;
class FaceModel;
class SigningKey;
} // namespace descry

namespace descry::ui {

// The face case being worked on: its CaseFile (task, evidence, options, pack, result, what-if mask, notes,
// audit log), whether it has unsaved changes, and the comparison shown for it. Every change of the case goes
// through here and emits modified(); widgets only read it and react (window title asterisk, Save enabled, the
// unsaved-changes question, the views). GUI thread only.
class FaceCaseDocument : public QObject
{
    Q_OBJECT

public:
    explicit FaceCaseDocument(QObject* parent = nullptr);
    ~FaceCaseDocument() override;

    const CaseFile& caseFile() const { return m_case; }
    bool isModified() const { return m_modified; }
    QString path() const { return m_case.path(); }

    // Replaces the case with a new, empty one; not modified. Emits replaced().
    void reset(bool blindFirst);
    // Replaces the case with the one in `path` (its "open" is audited in memory); not modified. Emits replaced().
    // Refuses cases of another task. On error nothing changes.
    Status open(const QString& path);
    // Commits the notes (audited, see commitNotes), writes the case atomically (signed with `key` when given; it
    // can never replace an evidence photo) and clears the modified flag. On error nothing changes.
    Status save(const QString& path, const SigningKey* key = nullptr);

    // Hashes the photo into the case as the probe or reference (audited).
    Status addEvidence(const QString& role, const QString& path);
    // The compare option recorded with the case.
    void setCroppedFaces(bool on);
    // The examiner chose face `faceIndex` (0-based, largest first) of the `facesFound` in the photo of `role`
    // (audited, see CaseFile::setFaceIndex); the same choice again changes nothing.
    Status setFaceIndex(const QString& role, int faceIndex, int facesFound);
    // Notes from the notes panel; edits are not audited yet (see commitNotes), a newly locked analysis and new
    // amendments are (with what is locked and who amended). Refused, and nothing changes, for a silent edit of a
    // locked analysis or a lock with nothing assessed. Equal notes change nothing.
    Status setNotes(const ExaminerNotes& notes);
    // Audits the notes changed since the last commit (old and new value) as done by `who`; true when something
    // was committed. Called when the examiner finishes an edit, not on every keystroke.
    bool commitNotes(const QString& who);
    // Title, case number, agency, exhibits and the examiner's conclusion (CaseFile::setDetails, audited as `who`).
    Status setDetails(const QString& title, const CaseDetails& details, const QString& who);
    // The what-if mask of the recorded result (audited with `detail`); equal masks change nothing.
    void setWhatIfDisabled(const QList<int>& conceptIndices, const QString& detail);

    // The examiner ran the comparison: records its pack and result (audited "run") and shows it. A run with
    // another pack than the recorded one names both in its audit entry and clears the what-if mask, whose
    // concept indices belonged to the old pack (audited too). Returns the pack recorded before.
    PackReference recordRun(QSharedPointer<const FaceComparisonResult> result, QSharedPointer<const FaceModel> model);
    // The stored comparison recomputed after opening: shown only; the recorded pack, result and mask stay.
    void showRecomputed(QSharedPointer<const FaceComparisonResult> result, QSharedPointer<const FaceModel> model);
    // Nothing is shown any more (a new comparison starts, so a failure cannot leave the previous one on screen);
    // the recorded pack, result and mask stay. Emits resultChanged() when something was shown.
    void clearShown();
    // Audits the export of the report at `pdfPath`. Call only once the PDF was written.
    void recordExport(const QString& pdfPath);

    // The comparison as shown and reported: result() with every component the examiner's notes mark Not
    // assessable excluded from the model's score (applyExclusions, reason "not-assessable"); result() when none.
    QSharedPointer<const FaceComparisonResult> assessedResult() const
    {
        return m_assessed && m_assessedFrom == m_result ? m_assessed : m_result;
    }
    // Re-applies the notes' Not assessable components to result(). When the set differs from the one applied
    // before, the change is audited ("what-if": which components are excluded, no score while blind) and true is
    // returned. `error` receives a failure of the exclusion (the plain result is then shown).
    bool applyNotAssessable(QString* error = nullptr);
    // The component ids excluded now.
    QStringList notAssessableExcluded() const { return m_excludedComponents; }

    // The comparison shown (the last run, or the recomputation after opening), or null.
    QSharedPointer<const FaceComparisonResult> result() const { return m_result; }
    QSharedPointer<const FaceModel> model() const { return m_model; }
    // The pack `result` was computed with.
    static PackReference packOf(const FaceComparisonResult& result);
    // A comparison is shown and it comes from the pack the case records (name, version and pack SHA-256).
    bool showsRecordedPack() const;

signals:
    // After every change of the case.
    void modified();
    // The unsaved-changes flag flipped.
    void modifiedChanged(bool modified);
    // The file of the case changed (open, save as).
    void pathChanged(const QString& path);
    // A new or opened case: views reload everything from caseFile().
    void replaced();
    // result() changed (a run, a recomputation, or cleared with the case).
    void resultChanged();

private:
    void markModified();
    void setModified(bool modified);
    void replaceCase(CaseFile next);

    CaseFile m_case;
    QSharedPointer<const FaceComparisonResult> m_result;
    QSharedPointer<const FaceModel> m_model;
    QSharedPointer<const FaceComparisonResult> m_assessed; // m_assessedFrom with the examiner's exclusions, or null
    QSharedPointer<const FaceComparisonResult> m_assessedFrom;
    QStringList m_assessedKey;        // component and detail of each exclusion applied to m_assessed
    QStringList m_excludedComponents; // applied to m_assessed
    QStringList m_auditedExclusions;  // the set last written to the audit log
    bool m_modified = false;
};

} // namespace descry::ui
