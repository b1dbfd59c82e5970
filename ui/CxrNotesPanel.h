#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace descry::ui {

// The radiologist's reading notes with the lock of the reading (notes and checklist together): editable until
// locked, then read-only with an "Amend…" button. A view: it asks (lockRequested, amendRequested) and the workspace
// decides and calls setLocked(). GUI thread only.
class CxrNotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CxrNotesPanel(QWidget* parent = nullptr);

    QPlainTextEdit* notesEdit() const { return m_notes; }
    QPushButton* lockButton() const { return m_lock; }
    QPushButton* amendButton() const { return m_amend; }
    QLabel* stateLabel() const { return m_state; }

    // Shows `text` (no edit signal).
    void setNotes(const QString& text);
    QString notes() const;
    // Locked by `examiner` at `utc` (empty examiner: unlocked); `amendments` made since.
    void setLocked(const QString& examiner, const QDateTime& utc, int amendments);
    bool isLocked() const { return m_locked; }

signals:
    void notesEdited();
    void lockRequested();
    void amendRequested();

private:
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_lock = nullptr;
    QPushButton* m_amend = nullptr;
    QLabel* m_state = nullptr;
    bool m_locked = false;
};

} // namespace descry::ui
