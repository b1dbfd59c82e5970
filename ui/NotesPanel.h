#pragma once

#include "core/casefile/ExaminerNotes.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace descry::ui {

// ACE-V examiner notes editor: one row per FISWG component (finding + note), lock and recorded amendments.
// Edits show at once (notesChanged); a note counts as committed, for the audit log, when its editor loses focus or
// a finding is chosen (noteCommitted). GUI thread only.
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(QWidget* parent = nullptr);

    // Shows `notes` (rebuilding the rows only when the components differ, so an editor keeps its focus); emits
    // lockedChanged() when the lock state differs from before.
    void setNotes(const ExaminerNotes& notes);
    ExaminerNotes notes() const { return m_notes; }
    bool isLocked() const { return m_notes.isLocked(); }

    // The name offered when locking and recorded with amendments (the examiner of a locked analysis otherwise).
    void setExaminerName(const QString& name) { m_examinerName = name.trimmed(); }
    QString examinerName() const { return m_examinerName; }

    // "Locked 2026-11-26 01:23 UTC by NAME", or "Not locked".
    QString lockStatusText() const;
    // Amendment list lines as displayed, oldest first.
    QStringList amendmentLines() const;

    // The row widgets of one component (nullptr when unknown); for the workspace and tests.
    QComboBox* findingCombo(const QString& componentId) const;
    QLineEdit* noteEdit(const QString& componentId) const;
    QToolButton* amendButton(const QString& componentId) const;
    QPushButton* lockButton() const { return m_lockButton; }
    // Why locking is not possible now (empty when it is): shown beside the lock button.
    QLabel* lockHint() const { return m_lockHint; }

public slots:
    // Locks the analysis without asking anything; false (nothing changes, the hint says why) when refused: no
    // name, or no component assessed.
    bool lockAnalysis(const QString& examiner);
    // Records an amendment of a locked analysis by `examiner` (examinerName() when empty); false when refused (not
    // locked, blank reason, no change).
    bool amend(const QString& componentId, descry::Assessment::Finding finding, const QString& note,
               const QString& reason, const QString& examiner = {});
    // Opens the small non-modal amendment dialog for one component (the per-row "Amend…" button).
    void openAmendDialog(const QString& componentId);

signals:
    void notesChanged();
    // The examiner finished an edit (a note editor lost focus, a finding was chosen): time to audit it.
    void noteCommitted();
    void locked();
    void amended(const QString& componentId);
    // Blind-first: true once the analysis is locked, so the workspace can reveal the model output.
    void lockedChanged(bool locked);

private:
    struct Row
    {
        QString component;
        QComboBox* combo = nullptr;
        QLineEdit* edit = nullptr;
        QToolButton* amendButton = nullptr;
    };

    void askExaminerAndLock();
    void rebuildRows();
    void rowEdited(int row);
    void refreshRow(int row);
    void refreshLockState();
    void refreshRows();
    void refreshAmendments();
    int rowOf(const QString& componentId) const;

    ExaminerNotes m_notes;
    QList<Row> m_rows;
    QTableWidget* m_table = nullptr;
    QPushButton* m_lockButton = nullptr;
    QLabel* m_lockLabel = nullptr;
    QLabel* m_lockHint = nullptr;
    QString m_examinerName;
    QListWidget* m_amendmentList = nullptr;
};

} // namespace descry::ui
