#pragma once

#include "core/casefile/CaseFile.h"

#include <QSharedPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QCheckBox;

namespace descry {
struct FaceComparisonResult;
class FaceModel;
} // namespace descry

namespace descry::ui {

class AlignedCompareView;
class InferenceService;
class NotesPanel;
class PhotoPane;
class ResultsPanel;

// Face comparison workspace: probe and reference side by side, background comparison, results with
// what-if, examiner notes (ACE-V, blind first) and the case file behind them. GUI thread only; inference
// runs in InferenceService's worker thread and comes back through queued signals.
class FaceWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit FaceWorkspace(QWidget* parent = nullptr);
    ~FaceWorkspace() override;

    PhotoPane* probePane() const { return m_probe; }
    PhotoPane* referencePane() const { return m_reference; }
    ResultsPanel* resultsPanel() const { return m_results; }
    NotesPanel* notesPanel() const { return m_notes; }
    AlignedCompareView* alignedView() const { return m_aligned; }
    InferenceService* service() const { return m_service; }
    QTabWidget* detailTabs() const { return m_tabs; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* evidenceBanner() const { return m_banner; }

    const CaseFile& caseFile() const { return m_case; }
    bool isModified() const { return m_modified; }
    QSharedPointer<const FaceComparisonResult> result() const { return m_result; }

    // Loads a photo into one side (also audited in the case). False with the message shown when unreadable.
    bool setProbe(const QString& path);
    bool setReference(const QString& path);

    // Case files. Errors are shown in the message line and returned.
    Status saveCase(const QString& path);
    Status openCase(const QString& path);
    void newCase();
    Status exportReport(const QString& pdfPath);

public slots:
    void compare();
    void cancel();

signals:
    void modifiedChanged(bool modified);
    void comparisonFinished(); // a result (or a failure) is in
    void statusMessage(const QString& text);

private:
    void onFinished(quint64 id, QSharedPointer<const FaceComparisonResult> result,
                    QSharedPointer<const FaceModel> model);
    void onFailed(quint64 id, const QString& error);
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error);
    void setModified(bool modified);
    void updateBlindFirst();
    bool loadSide(PhotoPane* pane, const char* role, const QString& path);

    PhotoPane* m_probe = nullptr;
    PhotoPane* m_reference = nullptr;
    AlignedCompareView* m_aligned = nullptr;
    ResultsPanel* m_results = nullptr;
    NotesPanel* m_notes = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_cancel = nullptr;
    QCheckBox* m_landmarks = nullptr;
    QCheckBox* m_box = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_blindNotice = nullptr;
    InferenceService* m_service = nullptr;
    CaseFile m_case;
    QSharedPointer<const FaceComparisonResult> m_result;
    QSharedPointer<const FaceModel> m_model;
    quint64 m_pending = 0;
    bool m_modified = false;
};

} // namespace descry::ui
