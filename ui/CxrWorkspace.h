#pragma once

#include "core/casefile/CaseFile.h"
#include "core/casefile/CxrChecklist.h"
#include "core/cxr/pipeline/CxrReview.h"
#include "core/cxr/report/CxrReport.h"
#include "core/descriptors/Catalog.h"
#include "core/imaging/MedicalImage.h"
#include "core/imaging/StudyScanner.h"
#include "ui/Workspace.h"

#include <QPointer>
#include <QSharedPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QMimeData;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace descry {
class SigningKey;
} // namespace descry

namespace descry::ui {

class CxrCaseDocument;
class CxrNotesPanel;
class CxrResultsPanel;
class DicomMetadataPanel;
class InferenceService;
class RadiographView;
class SeriesListModel;
class ViewerControls;

// Chest X-ray workspace (view and controller): the studies found in the inputs on the left, the radiograph viewer
// with its controls in the centre; on the right the results and the radiologist's descriptor checklist, the
// metadata (identifiers hidden until revealed, which is audited) and the reading notes with their lock. Inputs
// (files, folders, DICOMDIRs; by menu, drag-and-drop or recent files) are scanned and decoded on the shared
// inference service, never on the GUI thread; only the latest image asked for is shown. Run reviews the image shown
// with the installed CXR pack on the same service (task cxr-review); without a pack the workspace says so once and
// works as a checklist. Blind review, locking and amendments follow the face workspace's rules. The case lives in
// its CxrCaseDocument; the widgets here react to it. GUI thread only.
class CxrWorkspace : public Workspace
{
    Q_OBJECT

public:
    // `service` is shared with the other workspaces and must outlive this one.
    explicit CxrWorkspace(InferenceService* service, QWidget* parent = nullptr);
    ~CxrWorkspace() override;

    InferenceService* service() const { return m_service.data(); }
    CxrCaseDocument* document() const { return m_document; }
    const CaseFile& caseFile() const;
    SeriesListModel* seriesModel() const { return m_series; }
    QTreeView* seriesView() const { return m_seriesView; }
    RadiographView* view() const { return m_view; }
    ViewerControls* controls() const { return m_controls; }
    DicomMetadataPanel* metadataPanel() const { return m_metadata; }
    QPlainTextEdit* notesEdit() const;
    CxrNotesPanel* notesPanel() const { return m_notesPanel; }
    CxrResultsPanel* resultsPanel() const { return m_results; }
    QPushButton* runButton() const { return m_run; }
    // The CXR pack Run uses (folder), empty when none is installed; and the catalog of the checklist.
    QString packPath() const { return m_packPath; }
    const Catalog& catalog() const { return m_catalog; }
    // Looks for the CXR pack again (the setting, else the first cxr-classification pack installed).
    void refreshPack();
    // A review is queued or running.
    bool isReviewing() const { return m_reviewId != 0; }
    QLabel* messageLabel() const { return m_message; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* evidenceBanner() const { return m_banner; }
    QMenu* recentMenu() const { return m_recentMenu; }
    // The image shown (its path), empty when none.
    QString currentImagePath() const { return m_currentPath; }
    // A scan or a decode is queued or running.
    bool isBusy() const { return m_scanId != 0 || m_imageId != 0; }

    // The questions that would open a file dialog; tests replace them. Files (caption, filter): empty when
    // cancelled. A folder (caption): empty when cancelled.
    std::function<QStringList(const QString& caption, const QString& filter)> askOpenFiles;
    std::function<QString(const QString& caption)> askFolder;
    // The reason of an amendment to a locked reading (`what`: the change); empty when cancelled.
    std::function<QString(const QString& what)> askReason;
    // New notes and the reason for amending locked notes (`current`: the notes now); nullopt when cancelled.
    std::function<std::optional<QPair<QString, QString>>(const QString& current)> askNotesAmendment;
    // The radiologist's name when locking without one configured; empty when cancelled.
    std::function<QString()> askExaminer;

    // Scans files, folders and DICOMDIRs for studies (remembered as recent inputs) and shows the first image.
    void openInputs(const QStringList& paths);
    // Decodes and shows one instance of the scanned studies (the previous request becomes stale).
    void showImage(const QString& path);
    // Whether `mime` carries local files or folders to open, and opening them (drag-and-drop).
    static bool canOpen(const QMimeData* mime);
    void openDropped(const QMimeData* mime);

    // Workspace
    bool supports(Action action) const override;
    bool canPerform(Action action) const override;
    QString unavailableReason(Action action) const override;
    QString caseStatusText() const override;
    bool isModified() const override;
    QString documentPath() const override;
    QString documentTitle() const override;
    QString documentFileFilter() const override;
    QString documentSuffix() const override;
    QString runText() const override;
    QList<QAction*> inputActions() const override;
    // A new, empty case (loading is cancelled, the viewer cleared).
    void newDocument() override;
    // Opens a chest X-ray case: radiographs re-hashed (problems in the red banner, the case opens marked), notes,
    // and the recorded image shown again with its viewer state.
    Status openDocument(const QString& path) override;
    // Commits the notes (audited as the configured examiner) and saves.
    Status saveDocument(const QString& path) override;
    Status signAndSaveDocument(const QString& path, const QString& examiner) override;
    // Writes the chest X-ray report (image, review, checklist, notes, audit; identifiers per the setting); audited
    // once written. Refused while blind review hides a result, while the result is stale, and over evidence.
    Status exportReport(const QString& pdfPath) override;
    // What the report would show now: without a review, the image and window as the viewer displays them.
    CxrReportInput reportInput() const;

    // The radiologist's checklist (a locked reading asks for a reason: an amendment) and the lock.
    Status setChecklistState(const QString& descriptorId, ChecklistState state);
    Status lockReading();
    Status amendNotes();

public slots:
    // Reviews the image shown with the CXR pack (its frame and window as displayed).
    void run() override;
    void cancel() override;

signals:
    // An image was decoded and is shown now.
    void imageShown(const QString& path);
    // Nothing is loading any more (a scan or decode ended: shown, failed or cancelled).
    void loadingFinished();
    // A review of this workspace ended: result, failure or cancellation.
    void reviewFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLayout();
    QWidget* buildSidePanel();
    void createInputActions();
    void connectSignals();
    void connectService();
    void startScan(const QStringList& inputs);
    void onProgress(quint64 id, int percent, const QString& stage);
    void onStudyScanned(quint64 id, const StudyScan& scan);
    void onRadiographLoaded(quint64 id, QSharedPointer<const MedicalImage> image);
    void onFailed(quint64 id, const QString& error);
    void onCancelled(quint64 id);
    void onCurrentInstanceChanged();
    void onViewerStateEdited();
    void onRevealRequested();
    void onReviewFinished(quint64 id, QSharedPointer<const CxrReviewResult> result);
    void onResultChanged();
    void onReadingChanged();
    void onWhatIfChanged(const QList<int>& disabled, double probability);
    void updateNotice();
    void updateStale();
    void loadCatalog(const CxrReviewResult* result);
    // The image, frame and window the encoder would see now ("" without an image).
    QString displayKey() const;
    QStringList protectedPaths() const;
    void onNotesEdited();
    void commitNotes();
    void onDocumentReplaced();
    void clearViewer();
    void dropPending();
    void finishLoading();
    void updateBusy();
    void updateRecentMenu();
    void showMessage(const QString& text, bool error, const QString& details = {});
    QStringList verifyEvidence();
    Status save(const QString& path, const SigningKey* key);

    QPointer<InferenceService> m_service; // not owned
    CxrCaseDocument* m_document = nullptr;
    SeriesListModel* m_series = nullptr;
    QTreeView* m_seriesView = nullptr;
    RadiographView* m_view = nullptr;
    ViewerControls* m_controls = nullptr;
    DicomMetadataPanel* m_metadata = nullptr;
    CxrNotesPanel* m_notesPanel = nullptr;
    CxrResultsPanel* m_results = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QAction* m_openFiles = nullptr;
    QAction* m_openFolder = nullptr;
    QAction* m_openDicomdir = nullptr;
    QAction* m_recent = nullptr;
    QMenu* m_recentMenu = nullptr;
    quint64 m_scanId = 0;        // scan in flight, 0 when none
    quint64 m_imageId = 0;       // decode in flight, 0 when none
    quint64 m_reviewId = 0;      // review in flight, 0 when none
    QString m_requestKey;        // displayKey() of the review in flight
    QString m_resultKey;         // displayKey() of the review shown
    QString m_packPath;          // the CXR pack of Run; empty: none installed
    QString m_noPackReason;      // why there is none (said once, in the results panel)
    Catalog m_catalog;           // the checklist's descriptors
    QString m_catalogError;      // why the built-in catalog could not be read
    QString m_pendingPath;       // the image being decoded
    QString m_currentPath;       // the image shown
    QString m_restorePath;       // an opened case's image: shown first, with the case's viewer state
    QString m_scanSummary;       // what the last scan found, kept in the message line while its image loads
    bool m_restoring = false;    // the case's viewer state is being applied (no edit of the case)
    bool m_askingReason = false; // the reason of a checklist amendment is being asked for
};

} // namespace descry::ui
