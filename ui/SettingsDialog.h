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

    // Writes the values to AppSettings, puts the packs folder first in the pack search and emits
    // settingsApplied(). It sets no LibTorch threads here (that setting is per thread): whoever owns the inference
    // service applies threads() to the worker thread (MainWindow queues InferenceService::requestThreads). The
    // language applies at the next start.
    void apply();

    QLineEdit* packsFolderEdit() const { return m_packs; }
    QSpinBox* threadsSpin() const { return m_threads; }
    QCheckBox* blindFirstCheck() const { return m_blind; }
    QComboBox* languageCombo() const { return m_language; }

signals:
    // After apply(); `threads` is the inference thread count now stored (0 = all cores).
    void settingsApplied(int threads);

private:
    QLineEdit* m_packs = nullptr;
    QSpinBox* m_threads = nullptr;
    QCheckBox* m_blind = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace descry::ui
