#include "ui/CxrNotesPanel.h"

#include "core/casefile/AuditLog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace descry::ui {

CxrNotesPanel::CxrNotesPanel(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("Reading notes"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("readingNotes"));
    m_notes->setPlaceholderText(tr("Findings and impression (saved with the case; every committed change is "
                                   "audited)"));
    m_lock = new QPushButton(tr("Lock reading"), this);
    m_lock->setObjectName(QStringLiteral("lockReading"));
    m_lock->setToolTip(tr("Lock your notes and checklist (audited); with blind review the model's output is shown "
                          "only then, and later changes are amendments with a reason"));
    m_amend = new QPushButton(tr("Amend notes…"), this);
    m_amend->setObjectName(QStringLiteral("amendReading"));
    m_amend->setToolTip(tr("Change the locked notes, with a reason recorded in the audit log"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("readingState"));
    m_state->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_lock);
    buttons->addWidget(m_amend);
    buttons->addWidget(m_state, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_notes, 1);
    layout->addLayout(buttons);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CxrNotesPanel::notesEdited);
    connect(m_lock, &QPushButton::clicked, this, &CxrNotesPanel::lockRequested);
    connect(m_amend, &QPushButton::clicked, this, &CxrNotesPanel::amendRequested);
    setLocked({}, {}, 0);
}

void CxrNotesPanel::setNotes(const QString& text)
{
    if (text == m_notes->toPlainText())
        return;
    const QSignalBlocker block(m_notes);
    m_notes->setPlainText(text);
}

QString CxrNotesPanel::notes() const
{
    return m_notes->toPlainText();
}

void CxrNotesPanel::setLocked(const QString& examiner, const QDateTime& utc, int amendments)
{
    m_locked = !examiner.isEmpty();
    m_notes->setReadOnly(m_locked);
    m_lock->setVisible(!m_locked);
    m_amend->setVisible(m_locked);
    if (!m_locked)
        m_state->setText(tr("Not locked: lock your reading before relying on the model's output."));
    else if (amendments == 0)
        m_state->setText(tr("Locked by %1 at %2.").arg(examiner, utcForHumans(utc)));
    else
        m_state->setText(tr("Locked by %1 at %2; %n amendment(s) since (see the audit log).", nullptr, amendments)
                             .arg(examiner, utcForHumans(utc)));
}

} // namespace descry::ui
