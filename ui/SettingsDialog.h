#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace descry::ui {

// Preferences: packs folder, threads, blind-first default for new cases, damaged photos, language. GUI thread only.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Writes the values to AppSettings, puts the packs folder first in the pack search and emits
    // settingsApplied(). It sets no LibTorch threads here (that setting is per thread): whoever owns the inference
    // service applies threads() to the worker thread (MainWindow queues InferenceService::requestThreads). The
    // language applies at the next start.
    void apply();

    QLineEdit* packsFolderEdit() const { return m_packs; }
    QLineEdit* casesFolderEdit() const { return m_cases; }
    QSpinBox* threadsSpin() const { return m_threads; }
    QCheckBox* blindFirstCheck() const { return m_blind; }
    QCheckBox* acceptDamagedCheck() const { return m_damaged; }
    QCheckBox* includeIdentifiersCheck() const { return m_identifiers; }
    QLineEdit* cxrPackEdit() const { return m_cxrPack; }
    // Shown while the open case is blind and unlocked and blind first is unticked: the setting is for new cases.
    QLabel* blindNote() const { return m_blindNote; }

    // The open case hides the model's output until its analysis is locked: unticking blind first then says that
    // it stays blind (the setting applies to new cases only).
    void setOpenCaseBlind(bool blind);
    QComboBox* languageCombo() const { return m_language; }

signals:
    // After apply(); `threads` is the inference thread count now stored (0 = all cores).
    void settingsApplied(int threads);

private:
    QLineEdit* m_packs = nullptr;
    QLineEdit* m_cases = nullptr;
    QSpinBox* m_threads = nullptr;
    void updateBlindNote();

    QCheckBox* m_blind = nullptr;
    QCheckBox* m_damaged = nullptr;
    QCheckBox* m_identifiers = nullptr;
    QLineEdit* m_cxrPack = nullptr;
    QLabel* m_blindNote = nullptr;
    bool m_openCaseBlind = false;
    QComboBox* m_language = nullptr;
};

} // namespace descry::ui
