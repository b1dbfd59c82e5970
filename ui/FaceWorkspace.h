#pragma once

#include "core/casefile/CaseFile.h"
#include "core/casefile/CaseDetails.h"
#include "ui/Workspace.h"

#include <QPointer>
#include <QSharedPointer>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace descry {
struct FaceComparisonResult;
class FaceModel;
class SigningKey;
struct ReportExtras;
} // namespace descry

namespace descry::ui {

class AlignedCompareView;
class CasePanel;
class FaceCaseDocument;
class InferenceService;
class NotesPanel;
class PhotoPane;
class ResultsPanel;

// Face comparison workspace (view and controller): probe and reference side by side, comparisons on the shared
// inference service, results with what-if, examiner notes (ACE-V, blind first). The case itself lives in its
// FaceCaseDocument; the widgets here react to it. GUI thread only; inference runs in the service's worker
// thread and comes back through queued signals.
class FaceWorkspace : public Workspace
{
    Q_OBJECT

public:
    // `service` is shared with the other workspaces and must outlive this one.
    explicit FaceWorkspace(InferenceService* service, QWidget* parent = nullptr);
    ~FaceWorkspace() override;

    PhotoPane* probePane() const { return m_probe; }
    PhotoPane* referencePane() const { return m_reference; }
    ResultsPanel* resultsPanel() const { return m_results; }
    NotesPanel* notesPanel() const { return m_notes; }
    AlignedCompareView* alignedView() const { return m_aligned; }
    InferenceService* service() const { return m_service.data(); }
    FaceCaseDocument* document() const { return m_document; }
    // The tabs of the results (and, in the compact layout, of every other panel too).
    QTabWidget* detailTabs() const { return m_tabs; }
    // The second tab widget of the detailed layout (aligned faces, notes, case); hidden in the compact one.
    QTabWidget* sideTabs() const { return m_sideTabs; }
    CasePanel* casePanel() const { return m_casePanel; }
    // Makes `panel` (results, aligned faces, notes, case) the current tab of whichever tab widget holds it.
    void showPanel(QWidget* panel);

    // Compact: photos beside one tab widget (fits 1366x768). Detailed: photos above, results beside a second tab
    // widget with aligned faces, notes and case (for large screens). Splitter positions are remembered per layout.
    enum class Layout { Compact, Detailed };
    Q_ENUM(Layout)
    Layout layoutMode() const { return m_layout; }
    void setLayoutMode(Layout layout);
    // The layout for a screen of this size when the Settings hold none (detailed from 1920 px wide).
    static Layout defaultLayout(const QSize& screen);
    // Only the photos (toolbar and panels hidden), e.g. for full-screen viewing.
    void setPhotosOnly(bool on);
    bool isPhotosOnly() const { return m_photosOnly; }
    QSplitter* mainSplitter() const { return m_main; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* cancelButton() const { return m_cancel; }
    QCheckBox* croppedCheck() const { return m_cropped; }
    // Applies an enhancement to both photos at once.
    QCheckBox* linkEnhancementCheck() const { return m_linkEnhancement; }
    QPushButton* resetLandmarksButton() const { return m_resetLandmarks; }
    // Every moved landmark back to the detector's position (audited), then compared again.
    void resetLandmarks();
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* evidenceBanner() const { return m_banner; }
    QLabel* packBanner() const { return m_packBanner; }
    // The placeholder shown instead of the results while blind review hides them.
    QLabel* blindNotice() const { return m_blindNotice; }

    const CaseFile& caseFile() const;
    QSharedPointer<const FaceComparisonResult> result() const;
    // A comparison of this workspace is queued or running.
    bool isBusy() const { return m_pending != 0; }

    // Loads a photo into one side (also audited in the case). False with the message shown when unreadable.
    bool setProbe(const QString& path);
    bool setReference(const QString& path);

    // Workspace
    bool supports(Action action) const override;
    bool canPerform(Action action) const override;
    QString unavailableReason(Action action) const override;
    QString caseStatusText() const override;
    bool isModified() const override;
    QString documentPath() const override;
    QString documentTitle() const override;
    QString suggestedFileName(const QString& ending = {}) const override;
    QString documentFileFilter() const override;
    QString documentSuffix() const override;
    QString runText() const override;
    QList<QAction*> inputActions() const override;
    // A new, empty case (a running comparison is cancelled and its result dropped).
    void newDocument() override;
    // Opens a case: evidence re-hashed (problems in the red banner), notes, and the stored comparison recomputed
    // with the recorded pack when installed, else with the configured one and the amber pack banner saying so.
    Status openDocument(const QString& path) override;
    // Commits the notes (audited as the configured examiner) and saves.
    Status saveDocument(const QString& path) override;
    // Same, signed with the examiner's own key (created in the user's configuration on first use).
    Status signAndSaveDocument(const QString& path, const QString& examiner) override;
    // Writes the PDF; audited only once it is written. Refused while blind review hides the result, while the
    // results shown come from another pack than the case records, and for a path that is one of the case's
    // evidence files or the case file itself.
    Status exportReport(const QString& pdfPath) override;

public slots:
    // Compares probe and reference (an examiner's run: recorded and audited when done).
    void run() override;
    void cancel() override;

signals:
    // A comparison of this workspace ended: result, failure or cancellation.
    void comparisonFinished();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildLayout();
    void saveSplitters() const;
    void restoreSplitters();
    void onDetailsEdited();
    // The examiner dragged a landmark: recorded in the case (audited) and compared again with it.
    void onLandmarkMoved(const char* role, int index, QPointF position);
    // The enhancement of both panes into the case (audited when it changed).
    void commitViews();
    void updateResetLandmarks();
    void onConclusionRecorded(const ExaminerConclusion& conclusion);
    QHBoxLayout* buildToolbar();
    void createInputActions();
    void connectSignals();
    void startComparison(bool examinerRun);
    // The examiner picked another face of a photo: recorded in the case (audited), then compared.
    void onFaceChosen(const char* role, int index, int facesFound);
    void onProgress(quint64 id, int percent, const QString& stage);
    void onFinished(quint64 id, QSharedPointer<const FaceComparisonResult> result,
                    QSharedPointer<const FaceModel> model);
    void onFailed(quint64 id, const QString& error);
    void onCancelled(quint64 id);
    void onWhatIfChanged(double score, bool modified);
    void onDocumentReplaced();
    void onNotesEdited();
    void onNotesLockedChanged(bool locked);
    void commitNotes();
    Status save(const QString& path, const SigningKey* key);
    // Every file an output must never replace: the evidence, the photos of the result shown, the case file.
    QStringList protectedPaths() const;
    // The case's part of the report: notes, audit log, integrity and signer, blind state, protected files.
    ReportExtras reportExtras() const;
    void onResultChanged();
    void clearShownResult();
    void dropPending();
    void setBusy(quint64 pending);
    void showMessage(const QString& text, bool error);
    void updateBlindFirst();
    void updatePackBanner();
    QStringList verifyEvidence();
    bool loadSide(PhotoPane* pane, const char* role, const QString& path);

    QPointer<InferenceService> m_service; // not owned
    FaceCaseDocument* m_document = nullptr;
    PhotoPane* m_probe = nullptr;
    PhotoPane* m_reference = nullptr;
    AlignedCompareView* m_aligned = nullptr;
    ResultsPanel* m_results = nullptr;
    NotesPanel* m_notes = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTabWidget* m_sideTabs = nullptr;
    CasePanel* m_casePanel = nullptr;
    QSplitter* m_photos = nullptr;
    QSplitter* m_lower = nullptr;
    QSplitter* m_main = nullptr;
    QWidget* m_toolbar = nullptr;
    QWidget* m_resultsPage = nullptr;
    Layout m_layout = Layout::Compact;
    bool m_photosOnly = false;
    // No splitter position saved for this layout: the first-use shares are kept as the window resizes, until the
    // examiner moves a splitter.
    bool m_defaultShares = false;
    void applyDefaultShares();
    QPushButton* m_compare = nullptr;
    QPushButton* m_cancel = nullptr;
    QCheckBox* m_landmarks = nullptr;
    QCheckBox* m_box = nullptr;
    QCheckBox* m_cropped = nullptr;
    QCheckBox* m_linkEnhancement = nullptr;
    QPushButton* m_resetLandmarks = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_packBanner = nullptr;
    QLabel* m_blindNotice = nullptr;
    QAction* m_openProbe = nullptr;
    QAction* m_openReference = nullptr;
    quint64 m_pending = 0;       // id of the comparison in flight, 0 when none
    bool m_pendingIsRun = false; // it is an examiner's run (else the recomputation after opening)
    // What the comparison in flight and the result shown were computed from (photos, faces, landmarks, option),
    // and the result a cancelled run of the same inputs shows again.
    QString m_pendingInputs;
    QString m_shownInputs;
    QSharedPointer<const FaceComparisonResult> m_previousResult;
    QSharedPointer<const FaceModel> m_previousModel;
};

} // namespace descry::ui
