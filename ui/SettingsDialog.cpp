#include "ui/SettingsDialog.h"

#include "core/diagnostics/Runtime.h" // coreCount() only: threads are set by the inference thread itself
#include "ui/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace descry::ui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    AppSettings s;
    auto* form = new QFormLayout;

    auto* packsRow = new QHBoxLayout;
    m_packs = new QLineEdit(s.packsFolder(), this);
    m_packs->setPlaceholderText(tr("Default locations only"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Model packs folder"), m_packs->text());
        if (!dir.isEmpty())
            m_packs->setText(dir);
    });
    packsRow->addWidget(m_packs);
    packsRow->addWidget(browse);
    form->addRow(tr("Model packs folder"), packsRow);

    auto* casesRow = new QHBoxLayout;
    m_cases = new QLineEdit(s.casesFolder(), this);
    m_cases->setObjectName(QStringLiteral("casesFolder"));
    m_cases->setPlaceholderText(tr("The folder cases were last saved in"));
    m_cases->setToolTip(tr("Where Save proposes to put a new case (never the evidence folder)"));
    auto* browseCases = new QPushButton(tr("Browse…"), this);
    connect(browseCases, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Cases folder"), m_cases->text());
        if (!dir.isEmpty())
            m_cases->setText(dir);
    });
    casesRow->addWidget(m_cases);
    casesRow->addWidget(browseCases);
    form->addRow(tr("Cases folder"), casesRow);

    m_threads = new QSpinBox(this);
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(runtime::coreCount()));
    m_threads->setValue(s.threads());
    form->addRow(tr("Inference threads"), m_threads);

    m_blind = new QCheckBox(tr("Hide the model's result until I lock my own analysis (blind first)"), this);
    m_blind->setChecked(s.blindFirst());
    form->addRow(tr("New cases"), m_blind);
    m_blindNote = new QLabel(tr("The open case stays blind until you lock its analysis: switching blind review off "
                                "now would show the model's result before your own analysis is recorded. This "
                                "setting applies to new cases."),
                             this);
    m_blindNote->setObjectName(QStringLiteral("blindNote"));
    m_blindNote->setWordWrap(true);
    m_blindNote->hide();
    form->addRow(QString(), m_blindNote);
    connect(m_blind, &QCheckBox::toggled, this, &SettingsDialog::updateBlindNote);

    m_damaged = new QCheckBox(tr("Accept damaged images (marked in the report)"), this);
    m_damaged->setObjectName(QStringLiteral("acceptDamaged"));
    m_damaged->setToolTip(tr("Analyse photos that are truncated or corrupt but still decode; the photo, the results "
                             "and the report say they are damaged"));
    m_damaged->setChecked(s.acceptDamaged());
    form->addRow(tr("Photos"), m_damaged);

    m_cxrPack = new QLineEdit(s.cxrPackName(), this);
    m_cxrPack->setObjectName(QStringLiteral("cxrPack"));
    m_cxrPack->setPlaceholderText(tr("The first chest X-ray pack installed"));
    m_cxrPack->setToolTip(tr("Name or folder of the cxr-classification pack the Chest X-ray workspace reviews with"));
    form->addRow(tr("Chest X-ray pack"), m_cxrPack);
    m_identifiers = new QCheckBox(tr("Include patient identifiers in reports"), this);
    m_identifiers->setObjectName(QStringLiteral("includeIdentifiers"));
    m_identifiers->setToolTip(tr("Chest X-ray reports show the patient's name, ID and study identifiers; off, they "
                                 "are omitted"));
    m_identifiers->setChecked(s.includeIdentifiersInReports());
    form->addRow(tr("Reports"), m_identifiers);

    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language())));
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language applies when Descry is started again."), this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::setOpenCaseBlind(bool blind)
{
    m_openCaseBlind = blind;
    updateBlindNote();
}

void SettingsDialog::updateBlindNote()
{
    const bool show = m_openCaseBlind && !m_blind->isChecked();
    if (show == m_blindNote->isVisibleTo(this))
        return;
    m_blindNote->setVisible(show);
    adjustSize(); // the wrapped note needs its height
}

void SettingsDialog::apply()
{
    AppSettings s;
    s.setAcceptDamaged(m_damaged->isChecked());
    s.setIncludeIdentifiersInReports(m_identifiers->isChecked());
    s.setCxrPackName(m_cxrPack->text());
    s.setPacksFolder(m_packs->text().trimmed());
    s.setCasesFolder(m_cases->text().trimmed());
    s.setThreads(m_threads->value());
    s.setBlindFirst(m_blind->isChecked());
    s.setLanguage(m_language->currentData().toString());
    if (!m_packs->text().trimmed().isEmpty()) {
        // Pack search honours DESCRY_PACKS; the user's folder goes first.
        const QByteArray current = qgetenv("DESCRY_PACKS");
        const QByteArray folder = m_packs->text().trimmed().toLocal8Bit();
        if (!current.split(':').contains(folder))
            qputenv("DESCRY_PACKS", current.isEmpty() ? folder : folder + ':' + current);
    }
    emit settingsApplied(m_threads->value());
}

} // namespace descry::ui
