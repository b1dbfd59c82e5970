#pragma once

#include "core/casefile/CaseFile.h"

#include <QJsonObject>
#include <QObject>

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

    // Replaces the case with a new, empty chest X-ray case; not modified. Emits replaced().
    void reset();
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

signals:
    // After every change of the case.
    void modified();
    // The unsaved-changes flag flipped.
    void modifiedChanged(bool modified);
    // The file of the case changed (open, save as).
    void pathChanged(const QString& path);
    // A new or opened case: the workspace reloads everything from caseFile().
    void replaced();

private:
    void markModified();
    void setModified(bool modified);
    void replaceCase(CaseFile next);

    CaseFile m_case;
    bool m_modified = false;
};

} // namespace descry::ui
