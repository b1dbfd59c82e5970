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
// GUI thread only.
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(QWidget* parent = nullptr);

    // Shows `notes` (rebuilding the rows); emits lockedChanged() when the lock state differs from before.
    void setNotes(const ExaminerNotes& notes);
    ExaminerNotes notes() const { return m_notes; }
    bool isLocked() const { return m_notes.isLocked(); }

    // "Locked 2026-11-26 01:23 UTC by NAME", or "Not locked".
    QString lockStatusText() const;
    // Amendment list lines as displayed, oldest first.
    QStringList amendmentLines() const;

    // The row widgets of one component (nullptr when unknown); for the workspace and tests.
    QComboBox* findingCombo(const QString& componentId) const;
    QLineEdit* noteEdit(const QString& componentId) const;
    QToolButton* amendButton(const QString& componentId) const;
    QPushButton* lockButton() const { return m_lockButton; }

public slots:
    // Locks the analysis without asking anything; false (nothing changes) when refused.
    bool lockAnalysis(const QString& examiner);
    // Records an amendment of a locked analysis; false when refused (not locked, blank reason, no change).
    bool amend(const QString& componentId, descry::Assessment::Finding finding, const QString& note,
               const QString& reason);
    // Opens the small non-modal amendment dialog for one component (the per-row "Amend…" button).
    void openAmendDialog(const QString& componentId);

signals:
    void notesChanged();
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
    void refreshAmendments();
    int rowOf(const QString& componentId) const;

    ExaminerNotes m_notes;
    QList<Row> m_rows;
    QTableWidget* m_table = nullptr;
    QPushButton* m_lockButton = nullptr;
    QLabel* m_lockLabel = nullptr;
    QListWidget* m_amendmentList = nullptr;
};

} // namespace descry::ui
