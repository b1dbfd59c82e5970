#include "ui/NotesPanel.h"
#include "ui/ThemeColours.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace descry::ui {

namespace {

using Finding = Assessment::Finding;

constexpr Finding allFindings[] = {Finding::Unset, Finding::Similar, Finding::Dissimilar, Finding::NotAssessable};

QString utcMinutes(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void fillFindings(QComboBox* combo)
{
    for (Finding f : allFindings) {
        combo->addItem(ExaminerNotes::findingText(f), static_cast<int>(f));
        if (f == Finding::NotAssessable)
            combo->setItemData(combo->count() - 1,
                               NotesPanel::tr("The component is also excluded from the model's score (audited and "
                                              "stated in the report); the note says why."),
                               Qt::ToolTipRole);
    }
}

} // namespace

NotesPanel::NotesPanel(QWidget* parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("notesTable"));
    m_table->setHorizontalHeaderLabels({tr("Component"), tr("Finding"), tr("Note"), QString()});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_lockLabel = new QLabel(this);
    m_lockLabel->setObjectName(QStringLiteral("lockStatus"));
    m_lockButton = new QPushButton(tr("Lock analysis"), this);
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    connect(m_lockButton, &QPushButton::clicked, this, &NotesPanel::askExaminerAndLock);
    m_lockHint = new QLabel(this);
    m_lockHint->setObjectName(QStringLiteral("lockHint"));
    m_lockHint->setStyleSheet(ThemeColours::labelStyle(ThemeColours::Tone::Error, palette()));

    m_amendmentList = new QListWidget(this);
    m_amendmentList->setObjectName(QStringLiteral("amendments"));
    m_amendmentList->setMaximumHeight(220);
    m_amendmentList->setWordWrap(true);
    m_amendmentList->setAlternatingRowColors(true);
    m_amendmentList->setAccessibleName(tr("Amendments"));

    auto* lockRow = new QHBoxLayout;
    lockRow->addWidget(m_lockLabel, 1);
    lockRow->addWidget(m_lockHint);
    lockRow->addWidget(m_lockButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(lockRow);
    layout->addWidget(new QLabel(tr("Amendments"), this));
    layout->addWidget(m_amendmentList);

    rebuildRows();
    refreshLockState();
    refreshAmendments();
}

void NotesPanel::setNotes(const ExaminerNotes& notes)
{
    const bool wasLocked = isLocked();
    const bool sameRows = notes.components() == m_notes.components() && !m_rows.isEmpty();
    m_notes = notes;
    if (sameRows)
        refreshRows();
    else
        rebuildRows();
    refreshLockState();
    refreshAmendments();
    if (wasLocked != isLocked())
        emit lockedChanged(isLocked());
}

QString NotesPanel::lockStatusText() const
{
    if (!isLocked())
        return tr("Not locked");
    return tr("Locked %1 UTC by %2").arg(utcMinutes(m_notes.lockedAt()), m_notes.examiner());
}

QStringList NotesPanel::amendmentLines() const
{
    QStringList lines;
    for (const Amendment& a : m_notes.amendments()) {
        const auto side = [](const Assessment& s) {
            return s.note.isEmpty() ? ExaminerNotes::findingText(s.finding)
                                    : tr("%1 (\u201c%2\u201d)").arg(ExaminerNotes::findingText(s.finding), s.note);
        };
        // Three short lines (when and what, the change, why) instead of one line too long to read.
        lines << tr("%1 UTC \u2014 %2, amended by %3\n%4 \u2192 %5\nReason: %6")
                     .arg(utcMinutes(a.utc), ExaminerNotes::componentName(a.component),
                          a.examiner.isEmpty() ? m_notes.examiner() : a.examiner, side(a.before), side(a.after),
                          a.reason);
    }
    return lines;
}

QComboBox* NotesPanel::findingCombo(const QString& componentId) const
{
    const int row = rowOf(componentId);
    return row < 0 ? nullptr : m_rows[row].combo;
}

QLineEdit* NotesPanel::noteEdit(const QString& componentId) const
{
    const int row = rowOf(componentId);
    return row < 0 ? nullptr : m_rows[row].edit;
}

QToolButton* NotesPanel::amendButton(const QString& componentId) const
{
    const int row = rowOf(componentId);
    return row < 0 ? nullptr : m_rows[row].amendButton;
}

bool NotesPanel::lockAnalysis(const QString& examiner)
{
    if (m_notes.assessedCount() == 0) {
        m_lockHint->setText(tr("Assess at least one component before locking."));
        return false;
    }
    if (examiner.trimmed().isEmpty()) {
        m_lockHint->setText(tr("Locking needs the examiner's name."));
        return false;
    }
    if (Status st = m_notes.lock(examiner.trimmed()); !st) {
        m_lockHint->setText(st.error().message());
        return false;
    }
    m_examinerName = m_notes.examiner();
    refreshLockState();
    emit locked();
    emit lockedChanged(true);
    emit notesChanged();
    return true;
}

bool NotesPanel::amend(const QString& componentId, Assessment::Finding finding, const QString& note,
                       const QString& reason, const QString& examiner)
{
    const QString who = examiner.trimmed().isEmpty() ? m_examinerName : examiner.trimmed();
    if (!m_notes.amend(componentId, finding, note, reason, who).ok())
        return false;
    refreshRow(rowOf(componentId));
    refreshAmendments();
    emit amended(componentId);
    emit notesChanged();
    return true;
}

void NotesPanel::openAmendDialog(const QString& componentId)
{
    const int row = rowOf(componentId);
    if (row < 0 || !isLocked())
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("amendDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    dialog->setWindowTitle(tr("Amend %1").arg(ExaminerNotes::componentName(componentId)));
    const Assessment current = m_notes.assessment(componentId);
    auto* combo = new QComboBox(dialog);
    combo->setObjectName(QStringLiteral("finding"));
    fillFindings(combo);
    combo->setCurrentIndex(combo->findData(static_cast<int>(current.finding)));
    auto* note = new QLineEdit(current.note, dialog);
    note->setObjectName(QStringLiteral("note"));
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("reason"));
    reason->setPlaceholderText(tr("Why the locked analysis changes (required)"));
    auto* examiner = new QLineEdit(m_examinerName.isEmpty() ? m_notes.examiner() : m_examinerName, dialog);
    examiner->setObjectName(QStringLiteral("examiner"));
    examiner->setPlaceholderText(tr("Who amends (required)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    // Room for a real note and reason: the fields are not truncated at the default font.
    for (QWidget* field : std::initializer_list<QWidget*>{combo, note, reason, examiner})
        field->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto* form = new QFormLayout(dialog);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Finding"), combo);
    form->addRow(tr("Note"), note);
    form->addRow(tr("Reason"), reason);
    form->addRow(tr("Examiner"), examiner);
    form->addRow(buttons);
    auto* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    const auto updateOk = [ok, reason, examiner] {
        ok->setEnabled(!reason->text().trimmed().isEmpty() && !examiner->text().trimmed().isEmpty());
    };
    connect(reason, &QLineEdit::textChanged, ok, updateOk);
    connect(examiner, &QLineEdit::textChanged, ok, updateOk);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, componentId, combo, note, reason, examiner] {
        if (amend(componentId, static_cast<Finding>(combo->currentData().toInt()), note->text(), reason->text(),
                  examiner->text()))
            dialog->accept();
    });
    dialog->show();
}

void NotesPanel::askExaminerAndLock()
{
    if (isLocked() || m_notes.assessedCount() == 0)
        return;
    // A window-modal dialog without a nested event loop; OK stays disabled until a name is entered, so that an
    // empty name can never look like a lock that silently did not happen.
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("lockDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Lock analysis"));
    auto* text = new QLabel(tr("Examiner name (the analysis cannot be edited afterwards, only amended with a "
                               "reason):"),
                            dialog);
    text->setWordWrap(true);
    auto* name = new QLineEdit(m_examinerName, dialog);
    name->setObjectName(QStringLiteral("examiner"));
    name->setPlaceholderText(tr("Your name (required)"));
    name->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Lock"));
    ok->setEnabled(!name->text().trimmed().isEmpty());
    connect(name, &QLineEdit::textChanged, ok, [ok](const QString& t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name] {
        if (lockAnalysis(name->text()))
            dialog->accept();
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(name);
    layout->addWidget(buttons);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void NotesPanel::rebuildRows()
{
    m_table->setRowCount(0);
    m_rows.clear();
    const QStringList components = m_notes.components();
    m_table->setRowCount(int(components.size()));
    for (int i = 0; i < components.size(); ++i) {
        Row row;
        row.component = components[i];
        auto* name = new QTableWidgetItem(ExaminerNotes::componentName(row.component));
        name->setData(Qt::UserRole, row.component);
        m_table->setItem(i, 0, name);
        row.combo = new QComboBox(m_table);
        row.combo->setObjectName(QStringLiteral("finding-") + row.component);
        fillFindings(row.combo);
        row.edit = new QLineEdit(m_table);
        row.edit->setObjectName(QStringLiteral("note-") + row.component);
        row.amendButton = new QToolButton(m_table);
        row.amendButton->setObjectName(QStringLiteral("amend-") + row.component);
        row.amendButton->setText(tr("Amend\u2026"));
        m_table->setCellWidget(i, 1, row.combo);
        m_table->setCellWidget(i, 2, row.edit);
        m_table->setCellWidget(i, 3, row.amendButton);
        m_rows.append(row);
        refreshRow(i);
        connect(row.combo, &QComboBox::currentIndexChanged, this, [this, i] {
            rowEdited(i);
            emit noteCommitted(); // choosing a finding is a finished edit
        });
        connect(row.edit, &QLineEdit::textEdited, this, [this, i] { rowEdited(i); });
        // Focus leaving the editor (or Return) finishes the note; each keystroke before that is not an event.
        connect(row.edit, &QLineEdit::editingFinished, this, &NotesPanel::noteCommitted);
        const QString id = row.component;
        connect(row.amendButton, &QToolButton::clicked, this, [this, id] { openAmendDialog(id); });
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
}

void NotesPanel::rowEdited(int row)
{
    const Row& r = m_rows[row];
    const auto finding = static_cast<Finding>(r.combo->currentData().toInt());
    if (!m_notes.setAssessment(r.component, finding, r.edit->text()).ok()) {
        refreshRow(row); // refused (locked): show the recorded assessment again
        return;
    }
    refreshLockState(); // the lock button follows whether anything is assessed
    emit notesChanged();
}

void NotesPanel::refreshRows()
{
    for (int i = 0; i < m_rows.size(); ++i)
        refreshRow(i);
}

void NotesPanel::refreshRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row& r = m_rows[row];
    const Assessment a = m_notes.assessment(r.component);
    const QSignalBlocker blockCombo(r.combo);
    const QSignalBlocker blockEdit(r.edit);
    r.combo->setCurrentIndex(r.combo->findData(static_cast<int>(a.finding)));
    if (r.edit->text() != a.note)
        r.edit->setText(a.note);
}

void NotesPanel::refreshLockState()
{
    const bool isLockedNow = isLocked();
    for (const Row& r : m_rows) {
        r.combo->setEnabled(!isLockedNow);
        r.edit->setReadOnly(isLockedNow);
        r.amendButton->setVisible(isLockedNow);
        r.amendButton->setEnabled(isLockedNow);
    }
    m_table->setColumnHidden(3, !isLockedNow);
    // Locking an empty analysis would reveal a blind result without any analysis of the examiner's own.
    const bool assessed = m_notes.assessedCount() > 0;
    m_lockButton->setEnabled(!isLockedNow && assessed);
    m_lockButton->setToolTip(isLockedNow || assessed
                                 ? tr("Record the analysis as final; later changes are kept as amendments")
                                 : tr("Assess at least one component before locking"));
    if (isLockedNow || assessed)
        m_lockHint->clear();
    m_lockLabel->setText(lockStatusText());
}

void NotesPanel::refreshAmendments()
{
    m_amendmentList->clear();
    m_amendmentList->addItems(amendmentLines());
}

int NotesPanel::rowOf(const QString& componentId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].component == componentId)
            return i;
    return -1;
}

} // namespace descry::ui
