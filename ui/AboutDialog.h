#pragma once

#include <QDialog>

class QLabel;

namespace descry::ui {

// About box: what Descry is, the versions of every library it runs on and the installed packs' hashes. GUI thread only.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The version text shown (for tests and for copying into support requests).
    QString versionsText() const;

private:
    QLabel* m_versions = nullptr;
    QLabel* m_packs = nullptr;
};

} // namespace descry::ui
