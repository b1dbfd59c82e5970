#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace descry::ui {

// Preferences: packs folder, threads, blind-first default, language. GUI thread only.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Writes the values to AppSettings and applies what can change at once (threads); the language applies
    // at the next start.
    void apply();

    QLineEdit* packsFolderEdit() const { return m_packs; }
    QSpinBox* threadsSpin() const { return m_threads; }
    QCheckBox* blindFirstCheck() const { return m_blind; }
    QComboBox* languageCombo() const { return m_language; }

signals:
    void settingsApplied();

private:
    QLineEdit* m_packs = nullptr;
    QSpinBox* m_threads = nullptr;
    QCheckBox* m_blind = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace descry::ui
