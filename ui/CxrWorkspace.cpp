#include "ui/CxrWorkspace.h"
#include "ui/ThemeColours.h"

#include "core/casefile/SigningKey.h"
#include "core/common/AtomicFile.h"
#include "core/cxr/pipeline/CxrExplanation.h"
#include "core/cxr/report/CxrReport.h"
#include "core/pack/ModelPack.h"
#include "core/pack/PackLocator.h"
#include "ui/AppSettings.h"
#include "ui/CxrCaseDocument.h"
#include "ui/CxrNotesPanel.h"
#include "ui/CxrResultsPanel.h"
#include "ui/CxrReviewRequest.h"
#include "ui/DicomMetadataPanel.h"
#include "ui/InferenceService.h"
#include "ui/RadiographView.h"
#include "ui/SeriesListModel.h"
#include "ui/ViewerControls.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace descry::ui {

namespace {

// The settings group of this workspace's recent inputs.
const QString kRecentGroup = QStringLiteral("cxr");

QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            paths << url.toLocalFile();
    return paths;
}

} // namespace

CxrWorkspace::CxrWorkspace(InferenceService* service, QWidget* parent) : Workspace(parent), m_service(service)
{
    Q_ASSERT(m_service);
    m_document = new CxrCaseDocument(this);
    askOpenFiles = [this](const QString& caption, const QString& filter) {
        return QFileDialog::getOpenFileNames(this, caption, QString(), filter);
    };
    askFolder = [this](const QString& caption) { return QFileDialog::getExistingDirectory(this, caption); };
    askReason = [this](const QString& what) {
        return QInputDialog::getText(this, tr("Amend the locked reading"),
                                     tr("%1\nReason for the amendment:").arg(what))
            .trimmed();
    };
    askNotesAmendment = [this](const QString& current) -> std::optional<QPair<QString, QString>> {
        bool ok = false;
        const QString text =
            QInputDialog::getMultiLineText(this, tr("Amend the locked notes"), tr("Reading notes:"), current, &ok);
        if (!ok || text == current)
            return std::nullopt;
        const QString reason = askReason(tr("The reading notes change."));
        if (reason.isEmpty())
            return std::nullopt;
        return qMakePair(text, reason);
    };
    askExaminer = [this] {
        return QInputDialog::getText(this, tr("Lock the reading"), tr("Your name (recorded with the lock):")).trimmed();
    };
    buildLayout();
    createInputActions();
    connectSignals();
    connectService();
    setAcceptDrops(true);
    loadCatalog(nullptr);
    refreshPack();
    m_document->reset(AppSettings().blindFirst()); // onDocumentReplaced() shows it
    showMessage(tr("Open a chest radiograph, a folder of DICOM files or a DICOMDIR (File menu, or drop them here)."),
                false);
}

CxrWorkspace::~CxrWorkspace()
{
    dropPending();
}

const CaseFile& CxrWorkspace::caseFile() const
{
    return m_document->caseFile();
}

void CxrWorkspace::buildLayout()
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("evidenceBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #b00020; color: white; padding: 6px; font-weight: bold; }"));
    m_banner->hide();

    m_series = new SeriesListModel(this);
    m_seriesView = new QTreeView(this);
    m_seriesView->setObjectName(QStringLiteral("seriesView"));
    m_seriesView->setModel(m_series);
    m_seriesView->setHeaderHidden(true);
    m_seriesView->setUniformRowHeights(true);
    m_seriesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_seriesView->setToolTip(tr("Studies, series and images found in the opened files"));

    m_view = new RadiographView(this);
    m_view->setObjectName(QStringLiteral("radiographView"));
    m_controls = new ViewerControls(m_view, this);
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_controls);
    centreLayout->addWidget(m_view, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("cxrSplitter"));
    splitter->addWidget(m_seriesView);
    splitter->addWidget(centre);
    splitter->addWidget(buildSidePanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({200, 700, 700});

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_run = new QPushButton(tr("Review"), this);
    m_run->setObjectName(QStringLiteral("cxrRun"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop scanning, decoding or reviewing (Esc)"));
    m_cancel->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long message (a path, a reason) must not widen the window: it is clipped, and whole in the tooltip.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_run);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_message, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(bar);
}

QWidget* CxrWorkspace::buildSidePanel()
{
    m_metadata = new DicomMetadataPanel(this);
    m_metadata->setObjectName(QStringLiteral("metadataPanel"));
    m_results = new CxrResultsPanel(this);
    m_results->setObjectName(QStringLiteral("cxrResults"));
    m_notesPanel = new CxrNotesPanel(this);
    m_notesPanel->notesEdit()->installEventFilter(this); // leaving the box commits the notes (audited)
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("cxrTabs"));
    tabs->addTab(m_results, tr("Results and checklist"));
    tabs->addTab(m_metadata, tr("Metadata"));
    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(tabs);
    side->addWidget(m_notesPanel);
    side->setStretchFactor(0, 4);
    side->setStretchFactor(1, 1);
    side->setSizes({760, 150});
    return side;
}

QPlainTextEdit* CxrWorkspace::notesEdit() const
{
    return m_notesPanel->notesEdit();
}

void CxrWorkspace::createInputActions()
{
    // Entries of the main window's File menu while this workspace is active (not added to this widget, so their
    // shortcuts live only in the menu of the active tab).
    m_openFiles = new QAction(tr("&Open image or study…"), this);
    m_openFiles->setObjectName(QStringLiteral("actionOpenCxrFiles"));
    m_openFiles->setShortcut(QKeySequence::Open);
    m_openFiles->setStatusTip(tr("Open one or more radiographs: DICOM files, PNG, JPEG or TIFF images, or a "
                                 "DICOMDIR"));
    m_openFolder = new QAction(tr("Open &folder…"), this);
    m_openFolder->setObjectName(QStringLiteral("actionOpenCxrFolder"));
    m_openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openFolder->setStatusTip(tr("Open every radiograph in a folder and its subfolders"));
    m_openDicomdir = new QAction(tr("Open &DICOMDIR…"), this);
    m_openDicomdir->setObjectName(QStringLiteral("actionOpenCxrDicomdir"));
    m_openDicomdir->setStatusTip(tr("Open the studies a DICOMDIR lists (e.g. on a CD from PACS)"));
    m_recentMenu = new QMenu(tr("Open &recent"), this);
    m_recentMenu->setObjectName(QStringLiteral("cxrRecentMenu"));
    m_recent = m_recentMenu->menuAction();
    m_recent->setObjectName(QStringLiteral("actionOpenCxrRecent"));
    updateRecentMenu();
}

void CxrWorkspace::connectSignals()
{
    const QString filter = tr("Radiographs (*.dcm *.DCM *.dicom *.dic DICOMDIR *.png *.jpg *.jpeg *.tif *.tiff *.bmp "
                              "*.pgm);;All files (*)");
    connect(m_openFiles, &QAction::triggered, this, [this, filter] {
        const QStringList files = askOpenFiles(tr("Open chest radiographs"), filter);
        if (!files.isEmpty())
            openInputs(files);
    });
    connect(m_openFolder, &QAction::triggered, this, [this] {
        const QString folder = askFolder(tr("Open a folder of radiographs"));
        if (!folder.isEmpty())
            openInputs({folder});
    });
    connect(m_openDicomdir, &QAction::triggered, this, [this] {
        const QStringList files =
            askOpenFiles(tr("Open a DICOMDIR"), tr("DICOMDIR (DICOMDIR dicomdir);;All files (*)"));
        if (!files.isEmpty())
            openInputs(files);
    });
    connect(m_cancel, &QPushButton::clicked, this, &CxrWorkspace::cancel);
    connect(m_run, &QPushButton::clicked, this, &CxrWorkspace::run);
    connect(m_results, &CxrResultsPanel::checklistEditRequested, this,
            [this](const QString& id, ChecklistState state) { (void)setChecklistState(id, state); });
    connect(m_results, &CxrResultsPanel::whatIfChanged, this, &CxrWorkspace::onWhatIfChanged);
    connect(m_notesPanel, &CxrNotesPanel::notesEdited, this, &CxrWorkspace::onNotesEdited);
    connect(m_notesPanel, &CxrNotesPanel::lockRequested, this, [this] { (void)lockReading(); });
    connect(m_notesPanel, &CxrNotesPanel::amendRequested, this, [this] { (void)amendNotes(); });
    connect(m_document, &CxrCaseDocument::readingChanged, this, &CxrWorkspace::onReadingChanged);
    connect(m_document, &CxrCaseDocument::resultChanged, this, &CxrWorkspace::onResultChanged);
    connect(m_seriesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CxrWorkspace::onCurrentInstanceChanged);
    // The view's own edits, and those made through the controls (typed window, presets, invert, frame slider).
    connect(m_view, &RadiographView::viewerStateEdited, this, &CxrWorkspace::onViewerStateEdited);
    connect(m_view, &RadiographView::displayChanged, this, &CxrWorkspace::onViewerStateEdited);
    connect(m_view, &RadiographView::frameChanged, this, &CxrWorkspace::onViewerStateEdited);
    connect(m_view, &RadiographView::measurementChanged, this, &CxrWorkspace::onViewerStateEdited);
    connect(m_metadata, &DicomMetadataPanel::revealRequested, this, &CxrWorkspace::onRevealRequested);

    // The document decides; the widgets and the main window react.
    connect(m_document, &CxrCaseDocument::replaced, this, &CxrWorkspace::onDocumentReplaced);
    connect(m_document, &CxrCaseDocument::modifiedChanged, this, [this](bool modified) {
        emit modifiedChanged(modified);
        emit stateChanged();
    });
    connect(m_document, &CxrCaseDocument::pathChanged, this, [this] {
        emit documentChanged();
        emit stateChanged();
    });
}

void CxrWorkspace::connectService()
{
    connect(m_service, &InferenceService::progressChanged, this,
            [this](quint64 id, const QString&, int percent, const QString& stage) { onProgress(id, percent, stage); });
    connect(m_service, &InferenceService::studyScanned, this, &CxrWorkspace::onStudyScanned);
    connect(m_service, &InferenceService::radiographLoaded, this, &CxrWorkspace::onRadiographLoaded);
    connect(m_service, &InferenceService::cxrReviewFinished, this, &CxrWorkspace::onReviewFinished);
    connect(m_service, &InferenceService::requestFailed, this,
            [this](quint64 id, const QString&, const QString& error) { onFailed(id, error); });
    connect(m_service, &InferenceService::requestCancelled, this,
            [this](quint64 id, const QString&) { onCancelled(id); });
}

// ---- opening -------------------------------------------------------------------------------------------------

void CxrWorkspace::openInputs(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    AppSettings settings;
    for (const QString& p : paths)
        settings.addRecentFile(kRecentGroup, QFileInfo(p).absoluteFilePath());
    updateRecentMenu();
    m_restorePath.clear(); // the reader chose other inputs: the first of them is shown
    startScan(paths);
}

void CxrWorkspace::startScan(const QStringList& inputs)
{
    if (!m_service)
        return;
    if (m_imageId)
        m_service->cancel(m_imageId); // an image of the previous inputs must not land after the new list
    m_imageId = 0;
    m_scanId = m_service->requestStudyScan(inputs);
    m_scanSummary.clear();
    updateBusy();
    showMessage(inputs.size() == 1 ? tr("Scanning %1…").arg(inputs.first())
                                   : tr("Scanning %1 inputs…").arg(inputs.size()),
                false);
}

void CxrWorkspace::showImage(const QString& path)
{
    if (!m_service || path.isEmpty())
        return;
    if (path == m_pendingPath && m_imageId)
        return; // already on its way
    m_pendingPath = path;
    m_imageId = m_service->requestRadiograph(path); // the previous decode is stale now
    updateBusy();
    showMessage(tr("Decoding %1…").arg(path), false);
}

bool CxrWorkspace::canOpen(const QMimeData* mime)
{
    return !localPaths(mime).isEmpty();
}

void CxrWorkspace::openDropped(const QMimeData* mime)
{
    openInputs(localPaths(mime));
}

void CxrWorkspace::dragEnterEvent(QDragEnterEvent* event)
{
    if (canOpen(event->mimeData()))
        event->acceptProposedAction();
}

void CxrWorkspace::dropEvent(QDropEvent* event)
{
    if (!canOpen(event->mimeData()))
        return;
    event->acceptProposedAction();
    openDropped(event->mimeData());
}

void CxrWorkspace::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings().recentFiles(kRecentGroup);
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                showMessage(Error(ErrorCode::Input, tr("no longer exists"), path).toString(), true);
                return;
            }
            openInputs({path});
        });
    }
    m_recent->setEnabled(!recent.isEmpty());
}

// ---- results from the service --------------------------------------------------------------------------------

void CxrWorkspace::onProgress(quint64 id, int percent, const QString& stage)
{
    if (id == 0 || (id != m_scanId && id != m_imageId && id != m_reviewId))
        return;
    m_progress->setValue(percent);
    if (!stage.isEmpty() && (id == m_scanId || id == m_reviewId))
        showMessage(stage, false);
}

void CxrWorkspace::onStudyScanned(quint64 id, const StudyScan& scan)
{
    if (id != m_scanId)
        return;
    m_scanId = 0;
    m_series->setIdentifiersVisible(false); // other patients, perhaps: revealing is asked for again
    m_series->setScan(scan);
    m_seriesView->expandAll();
    const int images = scan.instanceCount();
    QString summary = images == 1 ? tr("1 image found") : tr("%1 images found").arg(images);
    if (scan.skippedFiles > 0) {
        summary += QStringLiteral("; ") +
                   (scan.skippedFiles == 1 ? tr("1 file skipped") : tr("%1 files skipped").arg(scan.skippedFiles));
        if (!scan.skippedReasons.isEmpty())
            summary += QStringLiteral(" (") + tr("first: %1").arg(scan.skippedReasons.first()) + QLatin1Char(')');
    }
    m_scanSummary = summary + QLatin1Char('.');
    QModelIndex first = m_restorePath.isEmpty() ? QModelIndex() : m_series->indexForPath(m_restorePath);
    if (!first.isValid())
        first = m_series->firstInstance();
    if (first.isValid())
        m_seriesView->setCurrentIndex(first); // onCurrentInstanceChanged() asks for its decoding
    showMessage(m_scanSummary, scan.instanceCount() == 0, scan.skippedReasons.join(QLatin1Char('\n')));
    finishLoading(); // still busy when the image is being decoded
}

void CxrWorkspace::onCurrentInstanceChanged()
{
    const QModelIndex current = m_seriesView->currentIndex();
    if (!current.isValid() || current.data(SeriesListModel::KindRole).toString() != QLatin1String("instance"))
        return;
    const QString path = current.data(SeriesListModel::PathRole).toString();
    if (path != m_currentPath || m_imageId)
        showImage(path);
}

void CxrWorkspace::onRadiographLoaded(quint64 id, QSharedPointer<const MedicalImage> image)
{
    if (id != m_imageId || !image)
        return;
    m_imageId = 0;
    const QString path = m_pendingPath;
    m_pendingPath.clear();
    // Recorded first: a radiograph changed since the case recorded it keeps its recorded hash and is reported.
    const Status recorded = m_document->addRadiograph(path, image->info().sha256);
    const bool restore = !m_restorePath.isEmpty() && QFileInfo(path).absoluteFilePath() == m_restorePath;
    m_restoring = true; // what the view reports while it takes the image is no edit of the reader's
    m_view->setImage(image);
    if (restore)
        m_view->setViewerState(caseFile().viewerState());
    m_controls->refresh();
    m_metadata->setInfo(image->info());
    m_currentPath = path;
    m_restoring = false;
    if (restore)
        m_restorePath.clear();
    else if (recorded)
        (void)m_document->setViewerState(path, m_view->viewerState());
    QString text = tr("Showing %1.").arg(path);
    if (!m_scanSummary.isEmpty())
        text = m_scanSummary + QLatin1Char(' ') + text;
    if (!recorded)
        showMessage(recorded.error().toString(), true);
    else
        showMessage(text, false);
    updateStale();
    emit imageShown(path);
    finishLoading();
}

void CxrWorkspace::onFailed(quint64 id, const QString& error)
{
    if (id != 0 && id == m_reviewId) {
        m_reviewId = 0;
        showMessage(tr("Review failed: %1").arg(error), true);
        updateBusy();
        emit reviewFinished();
        return;
    }
    if (id == 0 || (id != m_scanId && id != m_imageId))
        return;
    if (id == m_imageId) {
        m_imageId = 0;
        m_pendingPath.clear();
        clearViewer(); // the failed image must not look shown
    } else {
        m_scanId = 0;
    }
    showMessage(error, true);
    finishLoading();
}

void CxrWorkspace::onCancelled(quint64 id)
{
    if (id != 0 && id == m_reviewId) {
        m_reviewId = 0;
        showMessage(tr("Review cancelled."), false);
        updateBusy();
        emit reviewFinished();
        return;
    }
    if (id == 0 || (id != m_scanId && id != m_imageId))
        return;
    if (id == m_imageId) {
        m_imageId = 0;
        m_pendingPath.clear();
    } else {
        m_scanId = 0;
    }
    showMessage(tr("Loading cancelled."), false);
    finishLoading();
}

void CxrWorkspace::finishLoading()
{
    updateBusy();
    if (!isBusy())
        emit loadingFinished();
}

void CxrWorkspace::updateBusy()
{
    const bool busy = isBusy() || isReviewing();
    m_run->setEnabled(canPerform(Action::Run));
    m_run->setToolTip(canPerform(Action::Run) ? tr("Review the image shown with the chest X-ray pack (Ctrl+R)")
                                              : unavailableReason(Action::Run));
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
    emit stateChanged();
}

void CxrWorkspace::cancel()
{
    if (!m_service)
        return;
    for (quint64 id : {m_scanId, m_imageId, m_reviewId})
        if (id)
            m_service->cancel(id);
}

void CxrWorkspace::dropPending()
{
    if (m_service)
        for (quint64 id : {m_scanId, m_imageId, m_reviewId})
            if (id)
                m_service->cancel(id);
    m_scanId = m_imageId = m_reviewId = 0;
    m_pendingPath.clear();
}

void CxrWorkspace::clearViewer()
{
    m_currentPath.clear(); // first: clearing the view is no edit of the case's viewer state
    m_view->setImage({});
    m_controls->refresh();
    m_metadata->clear();
    updateStale();
}

// ---- the reader's actions ------------------------------------------------------------------------------------

void CxrWorkspace::onViewerStateEdited()
{
    if (m_restoring || m_currentPath.isEmpty())
        return;
    if (Status st = m_document->setViewerState(m_currentPath, m_view->viewerState()); !st)
        showMessage(st.error().toString(), true);
    updateStale();
}

void CxrWorkspace::onRevealRequested()
{
    if (m_currentPath.isEmpty())
        return;
    // The click is the decision: audited before anything identifying is shown.
    m_document->recordReveal(m_currentPath);
    // Only this image's identifiers: the study list may hold other patients, whose reveal was not asked for.
    m_metadata->setIdentifiersRevealed(true);
    showMessage(tr("Identifiers revealed for %1 (recorded in the case's audit log).").arg(m_currentPath), false);
}

void CxrWorkspace::onNotesEdited()
{
    if (caseFile().isReadingLocked())
        return; // read-only: a change is an amendment (amendNotes)
    if (Status st = m_document->setReadingNotes(m_notesPanel->notes()); !st)
        showMessage(st.error().toString(), true);
}

void CxrWorkspace::commitNotes()
{
    onNotesEdited();
    m_document->commitNotes(AppSettings().examinerName());
}

bool CxrWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notesPanel->notesEdit() && event->type() == QEvent::FocusOut)
        commitNotes();
    return Workspace::eventFilter(watched, event);
}

void CxrWorkspace::showMessage(const QString& text, bool error, const QString& details)
{
    m_message->setText(text);
    m_message->setToolTip(details.isEmpty() ? text : text + QLatin1Char('\n') + details);
    m_message->setStyleSheet(error ? ThemeColours::labelStyle(ThemeColours::Tone::Error, palette()) : QString());
    emit statusMessage(text);
}

// ---- the case ------------------------------------------------------------------------------------------------

QStringList CxrWorkspace::verifyEvidence()
{
    QStringList problems;
    for (const EvidenceCheck& c : caseFile().verifyEvidence())
        if (c.state != EvidenceCheck::State::Ok)
            problems << c.message;
    m_banner->setText(problems.isEmpty() ? QString()
                                         : tr("Evidence check failed — %1").arg(problems.join(QStringLiteral("; "))));
    m_banner->setVisible(!problems.isEmpty());
    return problems;
}

void CxrWorkspace::onDocumentReplaced()
{
    dropPending();
    clearViewer();
    m_series->setIdentifiersVisible(false);
    m_series->setScan({});
    m_scanSummary.clear();
    m_restorePath.clear();
    m_results->setResult({});
    m_resultKey.clear();
    onReadingChanged(); // the recorded notes, checklist and lock (showing them is no edit)
    onResultChanged();
    m_banner->hide();
    updateBusy();
    emit documentChanged();
    emit stateChanged();
}

void CxrWorkspace::newDocument()
{
    m_document->reset(AppSettings().blindFirst());
    showMessage(tr("New chest X-ray case."), false);
}

Status CxrWorkspace::openDocument(const QString& path)
{
    if (Status st = m_document->open(path); !st) {
        showMessage(st.error().toString(), true);
        return st;
    }
    const QStringList problems = verifyEvidence();
    QStringList present;
    for (const QString& p : caseFile().evidencePaths())
        if (QFileInfo(p).isFile())
            present << p;
    m_restorePath = caseFile().currentImage();
    if (!present.isEmpty())
        startScan(present); // the recorded image is shown again once found
    showMessage(problems.isEmpty() ? tr("Case opened; evidence verified.") : tr("Case opened with evidence problems."),
                !problems.isEmpty());
    return {};
}

Status CxrWorkspace::save(const QString& path, const SigningKey* key)
{
    onNotesEdited();
    if (Status st = m_document->save(path, AppSettings().examinerName(), key); !st) {
        showMessage(st.error().toString(), true);
        return st;
    }
    showMessage(key ? tr("Case signed by %1 and saved to %2.").arg(key->examinerName(), path)
                    : tr("Case saved to %1.").arg(path),
                false);
    emit stateChanged(); // the status bar shows the new integrity and signer
    return {};
}

Status CxrWorkspace::saveDocument(const QString& path)
{
    return save(path, nullptr);
}

Status CxrWorkspace::signAndSaveDocument(const QString& path, const QString& examiner)
{
    Result<SigningKey> key = SigningKey::loadOrCreate(SigningKey::defaultPath(), examiner);
    if (!key) {
        showMessage(key.error().toString(), true);
        return key.error();
    }
    return save(path, &*key);
}

// ---- Workspace -----------------------------------------------------------------------------------------------

bool CxrWorkspace::supports(Action) const
{
    return true; // Run and Export too: the checklist-only report needs no pack
}

bool CxrWorkspace::canPerform(Action action) const
{
    const bool hiddenOutput = caseFile().modelOutputHidden() && (m_document->result() || caseFile().hasResult());
    switch (action) {
    case Action::Save:
        return isModified();
    case Action::Cancel:
        return isBusy() || isReviewing();
    case Action::Export:
        return !isReviewing() && !hiddenOutput && !m_results->isStale() && m_catalogError.isEmpty() &&
               (m_view->image() || m_document->result());
    case Action::Run:
        return !m_packPath.isEmpty() && m_view->image() && !isBusy() && !isReviewing();
    case Action::NewDocument:
    case Action::OpenDocument:
    case Action::SaveAs:
    case Action::SignAndSave:
        return true;
    }
    return false;
}

QString CxrWorkspace::unavailableReason(Action action) const
{
    if (canPerform(action))
        return {};
    if (action == Action::Export) {
        if (!m_catalogError.isEmpty())
            return m_catalogError;
        if (isReviewing())
            return tr("Wait for the review to finish before exporting a report.");
        if (m_results->isStale())
            return tr("The result shown is stale: review the image again before exporting a report.");
        if (!m_view->image() && !m_document->result())
            return tr("Open a radiograph before exporting a report.");
        return tr("Blind review: the report can be exported once you lock your reading.");
    }
    if (action == Action::Run) {
        if (m_packPath.isEmpty())
            return m_noPackReason;
        if (isReviewing())
            return tr("A review is running.");
        if (isBusy())
            return tr("Wait for the image to load.");
        return tr("Open a radiograph to review first.");
    }
    return {};
}

QString CxrWorkspace::caseStatusText() const
{
    const CaseFile& c = caseFile();
    QStringList parts;
    if (c.blindFirst())
        parts << (c.modelOutputHidden() ? tr("Blind review: output hidden until the reading is locked")
                                        : tr("Blind review: reading locked"));
    if (const QString history = caseHistoryText(c); !history.isEmpty())
        parts << history;
    return parts.join(QStringLiteral(" · "));
}

bool CxrWorkspace::isModified() const
{
    return m_document->isModified();
}

QString CxrWorkspace::documentPath() const
{
    return m_document->path();
}

QString CxrWorkspace::documentTitle() const
{
    const QString path = m_document->path();
    return path.isEmpty() ? tr("Untitled chest X-ray case") : QFileInfo(path).fileName();
}

QString CxrWorkspace::documentFileFilter() const
{
    return tr("Descry cases (*.descry)");
}

QString CxrWorkspace::documentSuffix() const
{
    return QLatin1String(CaseFile::fileSuffix);
}

QString CxrWorkspace::runText() const
{
    return tr("&Review");
}

QList<QAction*> CxrWorkspace::inputActions() const
{
    return {m_openFiles, m_openFolder, m_openDicomdir, m_recent};
}

// ---- the CXR pack and the review -------------------------------------------------------------------------

void CxrWorkspace::refreshPack()
{
    m_packPath.clear();
    m_noPackReason.clear();
    const QString chosen = AppSettings().cxrPackName();
    if (!chosen.isEmpty()) {
        Result<QString> dir = resolvePackDirectory(chosen);
        if (dir)
            m_packPath = *dir;
        else
            m_noPackReason = tr("The chest X-ray pack chosen in the settings (%1) is not installed; choose another "
                                "in Settings or clear the choice to use the first one installed.")
                                 .arg(chosen);
    } else {
        for (const PackInfo& info : findPacks(paths::packSearchPaths()))
            if (info.problem.isEmpty() && info.task == QLatin1String(CaseFile::CxrClassificationTask)) {
                m_packPath = info.path;
                break;
            }
        if (m_packPath.isEmpty())
            m_noPackReason = tr("No chest X-ray pack is installed: the checklist, notes and your own report work "
                                "without one. To review with a model, build or train a cxr-classification pack "
                                "(descry-cli pack build, descry-cli train cxr) and put it in a packs folder "
                                "(Settings).");
    }
    updateNotice();
    if (m_run)
        updateBusy();
}

void CxrWorkspace::loadCatalog(const CxrReviewResult* result)
{
    if (result && result->catalogSha256 == m_catalog.sha256() && !m_catalog.descriptors().isEmpty())
        return;
    Result<Catalog> catalog = result ? findCatalog(result->catalogName, result->catalogVersion, result->catalogSha256,
                                                   QString(), result->packName)
                                     : Catalog::load(defaultCxrCatalogPath());
    if (!catalog) {
        if (!result) // the pack's catalog comes with its review; without one the checklist has no descriptors
            m_catalogError = catalog.error().toString();
        return;
    }
    m_catalogError.clear();
    m_catalog = std::move(catalog).value();
    m_results->setCatalog(m_catalog);
    m_results->setChecklist(caseFile().checklist());
}

QString CxrWorkspace::displayKey() const
{
    if (m_currentPath.isEmpty() || !m_view->image())
        return {};
    const DisplaySettings d = m_view->displaySettings();
    const auto number = [](const std::optional<double>& v) { return v ? QString::number(*v, 'g', 17) : QString(); };
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(QFileInfo(m_currentPath).absoluteFilePath())
        .arg(m_view->frame())
        .arg(number(d.windowCenter), number(d.windowWidth))
        .arg(d.presetIndex)
        .arg(d.voiLutIndex)
        .arg(d.minMaxWindow)
        .arg(d.invert);
}

void CxrWorkspace::run()
{
    refreshPack(); // a pack installed or removed since
    if (!canPerform(Action::Run)) {
        showMessage(unavailableReason(Action::Run), true);
        return;
    }
    if (m_reviewId)
        m_service->cancel(m_reviewId);
    CxrReviewRequest request;
    request.pack = m_packPath;
    request.image = m_view->image();
    request.path = QFileInfo(m_currentPath).absoluteFilePath();
    request.sha256 = request.image->info().sha256;
    request.options.frame = m_view->frame();
    request.options.display = m_view->displaySettings();
    m_requestKey = displayKey();
    m_reviewId = m_service->requestCxrReview(std::move(request));
    updateBusy();
    showMessage(tr("Reviewing %1…").arg(m_currentPath), false);
}

void CxrWorkspace::onReviewFinished(quint64 id, QSharedPointer<const CxrReviewResult> result)
{
    if (id != m_reviewId || !result)
        return;
    m_reviewId = 0;
    loadCatalog(result.data());
    m_resultKey = m_requestKey;
    m_document->recordReview(result); // onResultChanged() shows it, or keeps it hidden
    showMessage(
        caseFile().modelOutputHidden()
            ? tr("Review done; the result stays hidden until your reading is locked.")
            : tr("Review done in %1 ms: %2.").arg(result->msTotal, 0, 'f', 0).arg(cxrDecisionText(result->decision)),
        false);
    updateBusy();
    emit reviewFinished();
}

void CxrWorkspace::onResultChanged()
{
    const QSharedPointer<const CxrReviewResult> result = m_document->result();
    const bool hidden = caseFile().modelOutputHidden();
    // Blind review: the panel gets nothing, so no label, tooltip, tree order or chart can show the result.
    m_results->setModelOutputVisible(!hidden);
    if (m_results->result() != result) {
        m_results->setResult(hidden ? QSharedPointer<const CxrReviewResult>() : result);
        if (!hidden && result && m_document->caseFile().whatIfDisabled() != m_results->disabledConcepts())
            m_results->setDisabledConcepts(caseFile().whatIfDisabled());
    }
    updateStale();
    updateNotice();
    updateBusy();
}

void CxrWorkspace::onWhatIfChanged(const QList<int>& disabled, double probability)
{
    if (!m_document->result() || disabled == caseFile().whatIfDisabled())
        return;
    m_document->setWhatIfDisabled(
        disabled, disabled.isEmpty()
                      ? tr("reset")
                      : tr("P(effusion) %1 with %2 descriptors off").arg(probability, 0, 'f', 4).arg(disabled.size()));
}

void CxrWorkspace::updateStale()
{
    if (!m_results->result()) {
        m_results->setStale({});
        return;
    }
    const QString now = displayKey();
    QString reason;
    if (now.section(QLatin1Char('|'), 0, 0) != m_resultKey.section(QLatin1Char('|'), 0, 0))
        reason = tr("another image is shown than the one reviewed");
    else if (now != m_resultKey)
        reason = tr("the frame or window changed since the review; review again to see this display's result");
    m_results->setStale(reason);
    emit stateChanged();
}

void CxrWorkspace::updateNotice()
{
    // Said once, in one place: the results panel's line.
    QString notice;
    const CaseFile& c = caseFile();
    if (!m_catalogError.isEmpty())
        notice = m_catalogError;
    else if (c.modelOutputHidden() && (m_document->result() || c.hasResult()))
        notice = tr("Blind review: the model's output is hidden until you lock your reading (notes and checklist).");
    else if (m_packPath.isEmpty())
        notice = m_noPackReason;
    else if (!m_document->result() && c.hasResult()) {
        const QJsonObject r = c.result();
        notice = tr("This case records a review: %1, P(effusion) %2 with pack %3 %4. Review again to see its "
                    "explanation.")
                     .arg(r.value(QStringLiteral("decision")).toString())
                     .arg(r.value(QStringLiteral("probability")).toDouble(), 0, 'f', 4)
                     .arg(c.pack().name, c.pack().version);
    }
    m_results->setNotice(notice);
}

// ---- the radiologist's reading -------------------------------------------------------------------------------

void CxrWorkspace::onReadingChanged()
{
    const CaseFile& c = caseFile();
    m_results->setChecklist(c.checklist());
    m_notesPanel->setNotes(c.readingNotes());
    m_notesPanel->setLocked(c.readingLockedBy(), c.readingLockedUtc(), m_document->amendmentCount());
    onResultChanged(); // a lock ends blind review
    emit stateChanged();
}

Status CxrWorkspace::setChecklistState(const QString& descriptorId, ChecklistState state)
{
    Status st;
    if (!caseFile().isReadingLocked()) {
        st = m_document->setChecklistState(descriptorId, state);
    } else if (m_askingReason) {
        // The question's own focus change made the tree's editor commit again: one question at a time.
        return Error(ErrorCode::Cancelled, tr("an amendment is being asked for already"));
    } else {
        const int k = m_catalog.indexOf(descriptorId);
        const QString text = k >= 0 ? m_catalog.descriptors()[k].text : descriptorId;
        m_askingReason = true;
        const QString reason = askReason(
            tr("\"%1\": %2 → %3")
                .arg(text, checklistStateText(caseFile().checklist().value(descriptorId, ChecklistState::Unset)),
                     checklistStateText(state)));
        m_askingReason = false;
        if (reason.isEmpty())
            st = Error(ErrorCode::Cancelled, tr("amendment cancelled: the locked reading is unchanged"));
        else
            st = m_document->amendReading({{descriptorId, state}}, std::nullopt, reason, AppSettings().examinerName());
    }
    if (!st) {
        m_results->setChecklist(caseFile().checklist()); // show what the case holds
        showMessage(st.error().toString(), st.error().code() != ErrorCode::Cancelled);
    }
    return st;
}

Status CxrWorkspace::lockReading()
{
    onNotesEdited();
    QString examiner = AppSettings().examinerName();
    if (examiner.isEmpty())
        examiner = askExaminer();
    if (examiner.isEmpty()) {
        const Error e(ErrorCode::Usage, tr("locking needs your name (Settings or the question asked)"));
        showMessage(e.toString(), true);
        return e;
    }
    const bool wasHidden = caseFile().modelOutputHidden() && (m_document->result() || caseFile().hasResult());
    if (Status st = m_document->lockReading(examiner); !st) {
        showMessage(st.error().toString(), true);
        return st;
    }
    AppSettings().setExaminerName(examiner);
    showMessage(wasHidden ? tr("Reading locked by %1; the model's output is shown now.").arg(examiner)
                          : tr("Reading locked by %1.").arg(examiner),
                false);
    return {};
}

Status CxrWorkspace::amendNotes()
{
    const std::optional<QPair<QString, QString>> amended = askNotesAmendment(caseFile().readingNotes());
    if (!amended)
        return Error(ErrorCode::Cancelled, tr("amendment cancelled"));
    QString examiner = AppSettings().examinerName();
    if (Status st = m_document->amendReading({}, amended->first, amended->second, examiner); !st) {
        showMessage(st.error().toString(), true);
        return st;
    }
    showMessage(tr("Notes amended (recorded with the reason in the audit log)."), false);
    return {};
}

// ---- the report ----------------------------------------------------------------------------------------------

QStringList CxrWorkspace::protectedPaths() const
{
    QStringList paths = caseFile().evidencePaths();
    if (!caseFile().path().isEmpty())
        paths << caseFile().path();
    if (!m_currentPath.isEmpty())
        paths << QFileInfo(m_currentPath).absoluteFilePath();
    paths.removeDuplicates();
    return paths;
}

Status CxrWorkspace::exportReport(const QString& pdfPath)
{
    onNotesEdited();
    if (!canPerform(Action::Export)) {
        const Error refused(ErrorCode::Usage, unavailableReason(Action::Export), pdfPath);
        showMessage(refused.toString(), true);
        return refused;
    }
    if (Status st = checkOutputPath(pdfPath, protectedPaths()); !st) {
        showMessage(tr("Export failed: %1").arg(st.error().toString()), true);
        return st;
    }
    m_document->commitNotes(AppSettings().examinerName()); // the last edit is audited before the report shows it
    const CxrReportInput input = reportInput();
    if (Status st = writeCxrReportPdf(pdfPath, input); !st) {
        showMessage(tr("Export failed: %1").arg(st.error().toString()), true);
        return st;
    }
    m_document->recordExport(pdfPath);
    showMessage(tr("Report exported to %1.").arg(pdfPath), false);
    return {};
}

CxrReportInput CxrWorkspace::reportInput() const
{
    const CaseFile& c = caseFile();
    CxrReportInput input;
    if (const QSharedPointer<const CxrReviewResult> r = m_document->result())
        input.review = *r;
    input.catalog = m_catalog;
    input.displayed = input.review ? input.review->displayed : m_view->displayedFrame();
    if (input.review)
        input.windowText = input.review->windowText;
    else if (m_view->image()) // checklist-only reading: the window the viewer shows
        input.windowText = cxrWindowText(m_view->resolvedWindow(), m_view->image()->isColour());
    input.imagePath = input.review ? input.review->imagePath : QFileInfo(m_currentPath).absoluteFilePath();
    for (const EvidenceItem& e : c.evidence())
        input.studyFiles << qMakePair(e.path, e.sha256);
    input.checklist = c.checklist();
    input.notes = c.readingNotes();
    input.reader = c.isReadingLocked() ? c.readingLockedBy() : AppSettings().examinerName();
    input.caseId = c.caseId();
    input.includeIdentifiers = AppSettings().includeIdentifiersInReports();
    // Given even when omitted: the report then removes any mention of them (e.g. a file named after the patient).
    if (m_view->image())
        input.identifiers = m_view->image()->info().identifiers;
    input.audit = c.auditLog().entries();
    input.integrity = c.integrity().message;
    if (const std::optional<CaseSignature>& signature = c.signature())
        input.signer = tr("%1 (key fingerprint %2)").arg(signature->examiner, signature->fingerprint);
    input.modelOutputHidden = c.modelOutputHidden() && input.review.has_value();
    input.protectedPaths = protectedPaths();
    return input;
}

} // namespace descry::ui
