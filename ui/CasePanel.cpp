#include "ui/CasePanel.h"
#include "ui/ThemeColours.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace descry::ui {

QLineEdit* CasePanel::addLine(const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(objectName == QLatin1String("caseTitle") ? 1000 : CaseDetails::kMaxFieldChars);
    connect(edit, &QLineEdit::editingFinished, this, &CasePanel::detailsEdited);
    return edit;
}

CasePanel::CasePanel(QWidget* parent) : QWidget(parent)
{
    m_title = addLine(QStringLiteral("caseTitle"));
    m_caseNumber = addLine(QStringLiteral("caseNumber"));
    m_agency = addLine(QStringLiteral("agency"));
    m_probeExhibit = addLine(QStringLiteral("probeExhibit"));
    m_referenceExhibit = addLine(QStringLiteral("referenceExhibit"));
    auto* identification = new QGroupBox(tr("Case"), this);
    auto* form = new QFormLayout(identification);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Case &number:"), m_caseNumber);
    form->addRow(tr("A&gency:"), m_agency);
    form->addRow(tr("&Probe exhibit:"), m_probeExhibit);
    form->addRow(tr("R&eference exhibit:"), m_referenceExhibit);

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("conclusionLevel"));
    m_level->addItem(tr("(no conclusion)"), QString());
    for (const ConclusionLevel& l : ExaminerConclusion::levels()) {
        m_level->addItem(l.label, l.id);
        m_level->setItemData(m_level->count() - 1, l.meaning, Qt::ToolTipRole);
    }
    m_level->setAccessibleName(tr("Conclusion level"));
    m_levelMeaning = new QLabel(this);
    m_levelMeaning->setWordWrap(true);
    m_rationale = new QPlainTextEdit(this);
    m_rationale->setObjectName(QStringLiteral("conclusionRationale"));
    m_rationale->setPlaceholderText(tr("Why: the similarities and differences observed, their weight, the "
                                       "limitations of the photos"));
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setTabChangesFocus(true);
    m_examiner = new QLineEdit(this);
    m_examiner->setObjectName(QStringLiteral("conclusionExaminer"));
    m_examiner->setMaxLength(CaseDetails::kMaxFieldChars);
    m_role = new QLineEdit(this);
    m_role->setObjectName(QStringLiteral("conclusionRole"));
    m_role->setMaxLength(CaseDetails::kMaxFieldChars);
    m_role->setPlaceholderText(tr("e.g. Forensic facial examiner"));
    m_record = new QPushButton(tr("Record &conclusion"), this);
    m_record->setObjectName(QStringLiteral("recordConclusion"));
    m_record->setToolTip(tr("Record the conclusion in the case (audited); sign it with File › Sign and save"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("conclusionStatus"));
    m_status->setWordWrap(true);
    auto* conclusion = new QGroupBox(tr("Examiner's conclusion"), this);
    auto* cform = new QFormLayout(conclusion);
    auto* scale = new QLabel(ExaminerConclusion::scaleName(), this);
    scale->setWordWrap(true);
    cform->addRow(tr("Scale:"), scale);
    cform->addRow(tr("&Level:"), m_level);
    cform->addRow(QString(), m_levelMeaning);
    cform->addRow(tr("&Rationale:"), m_rationale);
    cform->addRow(tr("Na&me:"), m_examiner);
    cform->addRow(tr("R&ole:"), m_role);
    cform->addRow(QString(), m_record);
    cform->addRow(QString(), m_status);

    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->addWidget(identification);
    column->addWidget(conclusion, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_levelMeaning->setText(m_level->itemData(i, Qt::ToolTipRole).toString()); });
    connect(m_record, &QPushButton::clicked, this, &CasePanel::recordConclusion);
}

void CasePanel::setDetails(const QString& title, const CaseDetails& details)
{
    m_details = details;
    m_title->setText(title);
    m_caseNumber->setText(details.caseNumber);
    m_agency->setText(details.agency);
    m_probeExhibit->setText(details.probeExhibit);
    m_referenceExhibit->setText(details.referenceExhibit);
    const ExaminerConclusion& c = details.conclusion;
    m_level->setCurrentIndex(std::max(0, m_level->findData(c.level)));
    m_rationale->setPlainText(c.rationale);
    m_examiner->setText(c.examiner.isEmpty() ? m_defaultExaminer : c.examiner);
    m_role->setText(c.role);
    showRecorded();
}

void CasePanel::setDefaultExaminer(const QString& name)
{
    m_defaultExaminer = name;
    if (m_details.conclusion.examiner.isEmpty() && m_examiner->text().isEmpty())
        m_examiner->setText(name);
}

QString CasePanel::title() const
{
    return m_title->text().trimmed();
}

CaseDetails CasePanel::details() const
{
    CaseDetails d = m_details;
    d.caseNumber = m_caseNumber->text().trimmed();
    d.agency = m_agency->text().trimmed();
    d.probeExhibit = m_probeExhibit->text().trimmed();
    d.referenceExhibit = m_referenceExhibit->text().trimmed();
    return d;
}

ExaminerConclusion CasePanel::editedConclusion() const
{
    ExaminerConclusion c;
    c.level = m_level->currentData().toString();
    c.rationale = m_rationale->toPlainText().trimmed();
    c.examiner = m_examiner->text().trimmed();
    c.role = m_role->text().trimmed();
    return c;
}

void CasePanel::recordConclusion()
{
    const ExaminerConclusion c = editedConclusion();
    QString refused;
    if (c.level.isEmpty())
        refused = tr("Choose a level of the scale before recording the conclusion.");
    else if (c.examiner.isEmpty())
        refused = tr("Enter your name: a conclusion is recorded with the name of the examiner who reached it.");
    else if (c.rationale.isEmpty())
        refused = tr("Write the rationale: a conclusion is recorded with the reasons for it.");
    if (!refused.isEmpty()) {
        m_status->setText(refused);
        m_status->setStyleSheet(ThemeColours::labelStyle(ThemeColours::Tone::Error, palette()));
        return;
    }
    emit conclusionRecorded(c);
}

void CasePanel::showRecorded()
{
    const ExaminerConclusion& c = m_details.conclusion;
    m_status->setStyleSheet(QString());
    m_status->setText(c.level.isEmpty() ? tr("No conclusion recorded yet.")
                                        : tr("Recorded by %1 (%2) on %3 UTC.")
                                              .arg(c.examiner, c.role.isEmpty() ? tr("no role given") : c.role,
                                                   c.utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

} // namespace descry::ui
