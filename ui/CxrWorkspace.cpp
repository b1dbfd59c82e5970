#include "ui/CxrWorkspace.h"

#include "core/casefile/SigningKey.h"
#include "ui/AppSettings.h"
#include "ui/CxrCaseDocument.h"
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
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
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
    buildLayout();
    createInputActions();
    connectSignals();
    connectService();
    setAcceptDrops(true);
    onDocumentReplaced();
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
    splitter->setSizes({220, 840, 440});

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop scanning or decoding (Esc)"));
    m_cancel->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long message (a path, a reason) must not widen the window: it is clipped, and whole in the tooltip.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* bar = new QHBoxLayout;
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
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("readingNotes"));
    m_notes->setPlaceholderText(tr("Findings and impression (saved with the case; every committed change is "
                                   "audited)"));
    m_notes->installEventFilter(this); // leaving the box commits the notes (audited)
    auto* notesBox = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    auto* notesTitle = new QLabel(tr("Reading notes"), notesBox);
    notesTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    notesLayout->addWidget(notesTitle);
    notesLayout->addWidget(m_notes, 1);
    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_metadata);
    side->addWidget(notesBox);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    return side;
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
    connect(m_seriesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CxrWorkspace::onCurrentInstanceChanged);
    // The view's own edits, and those made through the controls (typed window, presets, invert, frame slider).
    connect(m_view, &RadiographView::viewerStateEdited, this, &CxrWorkspace::onViewerStateEdited);
    connect(m_view, &RadiographView::displayChanged, this, &CxrWorkspace::onViewerStateEdited);
    connect(m_view, &RadiographView::frameChanged, this, &CxrWorkspace::onViewerStateEdited);
    connect(m_view, &RadiographView::measurementChanged, this, &CxrWorkspace::onViewerStateEdited);
    connect(m_metadata, &DicomMetadataPanel::revealRequested, this, &CxrWorkspace::onRevealRequested);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CxrWorkspace::onNotesEdited);

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
    if (id == 0 || (id != m_scanId && id != m_imageId))
        return;
    m_progress->setValue(percent);
    if (!stage.isEmpty() && id == m_scanId)
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
    emit imageShown(path);
    finishLoading();
}

void CxrWorkspace::onFailed(quint64 id, const QString& error)
{
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
    const bool busy = isBusy();
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
    for (quint64 id : {m_scanId, m_imageId})
        if (id)
            m_service->cancel(id);
}

void CxrWorkspace::dropPending()
{
    if (m_service)
        for (quint64 id : {m_scanId, m_imageId})
            if (id)
                m_service->cancel(id);
    m_scanId = m_imageId = 0;
    m_pendingPath.clear();
}

void CxrWorkspace::clearViewer()
{
    m_currentPath.clear(); // first: clearing the view is no edit of the case's viewer state
    m_view->setImage({});
    m_controls->refresh();
    m_metadata->clear();
}

// ---- the reader's actions ------------------------------------------------------------------------------------

void CxrWorkspace::onViewerStateEdited()
{
    if (m_restoring || m_currentPath.isEmpty())
        return;
    if (Status st = m_document->setViewerState(m_currentPath, m_view->viewerState()); !st)
        showMessage(st.error().toString(), true);
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
    if (Status st = m_document->setReadingNotes(m_notes->toPlainText()); !st)
        showMessage(st.error().toString(), true);
}

void CxrWorkspace::commitNotes()
{
    onNotesEdited();
    m_document->commitNotes(AppSettings().examinerName());
}

bool CxrWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commitNotes();
    return Workspace::eventFilter(watched, event);
}

void CxrWorkspace::showMessage(const QString& text, bool error, const QString& details)
{
    m_message->setText(text);
    m_message->setToolTip(details.isEmpty() ? text : text + QLatin1Char('\n') + details);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
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
    {
        const QSignalBlocker block(m_notes); // showing the recorded notes is no edit of them
        m_notes->setPlainText(caseFile().readingNotes());
    }
    m_banner->hide();
    updateBusy();
    emit documentChanged();
    emit stateChanged();
}

void CxrWorkspace::newDocument()
{
    m_document->reset();
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

bool CxrWorkspace::supports(Action action) const
{
    // Reports and classification come with the CXR model (issue 12).
    return action != Action::Export && action != Action::Run;
}

bool CxrWorkspace::canPerform(Action action) const
{
    switch (action) {
    case Action::Save:
        return isModified();
    case Action::Cancel:
        return isBusy();
    case Action::Export:
    case Action::Run:
        return false;
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
    if (action == Action::Export)
        return tr("Reports of chest X-ray cases are not available yet: they come with the effusion classification.");
    if (action == Action::Run)
        return tr("Classification of chest radiographs is not available yet: review the images and record your "
                  "reading notes.");
    return {};
}

QString CxrWorkspace::caseStatusText() const
{
    return caseHistoryText(caseFile());
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

} // namespace descry::ui
