#pragma once

#include "core/casefile/CaseFile.h"
#include "core/casefile/CxrChecklist.h"
#include "core/cxr/pipeline/CxrReview.h"

#include <QJsonObject>
#include <QObject>
#include <QSharedPointer>

#include <optional>

namespace descry {
class SigningKey;
} // namespace descry

namespace descry::ui {

// The chest X-ray case being worked on: its CaseFile (task cxr-classification: the radiographs opened with their
// hashes, the image shown and its viewer state, the reading notes, the audit log) and whether it has unsaved
// changes. Every change of the case goes through here and emits modified(); the workspace's widgets only read it
// and react. GUI thread only.
class CxrCaseDocument : public QObject
{
    Q_OBJECT

public:
    explicit CxrCaseDocument(QObject* parent = nullptr);

    const CaseFile& caseFile() const { return m_case; }
    bool isModified() const { return m_modified; }
    QString path() const { return m_case.path(); }

    // Replaces the case with a new, empty chest X-ray case (blind review as given, audited); not modified. Emits
    // replaced().
    void reset(bool blindFirst = false);
    // Replaces the case with the one in `path` (its "open" is audited in memory); not modified. Emits replaced().
    // Refuses cases of another task and every case CaseFile::open refuses. On error nothing changes.
    Status open(const QString& path);
    // Commits the notes (audited as `who`), writes the case atomically (never over a radiograph; signed with `key`
    // when given) and clears the modified flag. On error nothing changes but the commit.
    Status save(const QString& path, const QString& who, const SigningKey* key = nullptr);

    // A radiograph was decoded and shown: recorded as evidence with the hash of the bytes decoded (audited "load"
    // the first time). Refused when the case recorded the file with another hash (it changed since).
    Status addRadiograph(const QString& path, const QString& sha256);
    // The image shown and its viewer state; equal values change nothing.
    Status setViewerState(const QString& imagePath, const QJsonObject& state);
    // The notes box; edits are audited by commitNotes(). Equal notes change nothing.
    Status setReadingNotes(const QString& text);
    // Audits the notes changed since the last commit as done by `who`; true when something was committed.
    bool commitNotes(const QString& who);
    // The reader revealed the identifiers of `imagePath` (audited "reveal" before anything is shown).
    void recordReveal(const QString& imagePath);

    // The radiologist's checklist (CaseFile::setChecklistState; refused once locked). Emits readingChanged().
    Status setChecklistState(const QString& descriptorId, ChecklistState state);
    // Locks the reading (notes and checklist) as `examiner`; amends it with a reason. Emit readingChanged().
    Status lockReading(const QString& examiner);
    Status amendReading(const QMap<QString, ChecklistState>& states, const std::optional<QString>& notes,
                        const QString& reason, const QString& examiner);
    // Amendments made since the reading was locked (the audit's "amend" entries).
    int amendmentCount() const;

    // A review done now: recorded in the case (pack, summary, audited "run" — only "computed" while blind review
    // hides it; an earlier what-if is cleared) and shown. Emits resultChanged().
    void recordReview(QSharedPointer<const CxrReviewResult> result);
    // The review shown (null: none; a case opened shows none until reviewed again: its summary is in the case).
    QSharedPointer<const CxrReviewResult> result() const { return m_result; }
    // The what-if of the review shown (concepts off; audited "what-if").
    void setWhatIfDisabled(const QList<int>& disabled, const QString& detail);
    // A report was written (audited "export").
    void recordExport(const QString& path);
    // The case's record of a review: a compact summary of `result` (what the case file keeps).
    static QJsonObject reviewSummary(const CxrReviewResult& result);

signals:
    // After every change of the case.
    void modified();
    // The unsaved-changes flag flipped.
    void modifiedChanged(bool modified);
    // The file of the case changed (open, save as).
    void pathChanged(const QString& path);
    // A new or opened case: the workspace reloads everything from caseFile().
    void replaced();
    // The notes, checklist or lock changed.
    void readingChanged();
    // The review shown changed.
    void resultChanged();

private:
    void markModified();
    void setModified(bool modified);
    void replaceCase(CaseFile next);

    CaseFile m_case;
    QSharedPointer<const CxrReviewResult> m_result;
    bool m_modified = false;
};

} // namespace descry::ui
