#include "ui/FaceWorkspace.h"
#include "ui/ThemeColours.h"

#include "core/casefile/SigningKey.h"
#include "core/common/AtomicFile.h"
#include "core/face/AlignedLandmarks.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/face/report/FaceReport.h"
#include "ui/AlignedCompareView.h"
#include "ui/AppSettings.h"
#include "ui/CasePanel.h"
#include "ui/FaceCaseDocument.h"
#include "ui/ImageView.h"
#include "ui/InferenceService.h"
#include "ui/NotesPanel.h"
#include "ui/PhotoPane.h"
#include "ui/ResultsPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace descry::ui {

namespace {

QString shortSha(const QString& sha256)
{
    return sha256.left(12) + QStringLiteral("…");
}

// Everything of a request that decides its result but the pack: equal inputs give the same comparison.
QString inputsKey(const FaceComparisonRequest& r)
{
    QStringList parts{r.probe,
                      r.reference,
                      QString::number(r.probeFace),
                      QString::number(r.referenceFace),
                      QString::number(int(r.cropped)),
                      QString::number(int(r.allowDamaged))};
    for (const auto* landmarks : {&r.probeLandmarks, &r.referenceLandmarks}) {
        parts << QStringLiteral("|");
        for (const auto& [index, p] : *landmarks)
            parts << QStringLiteral("%1:%2,%3").arg(index).arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17);
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

FaceWorkspace::FaceWorkspace(InferenceService* service, QWidget* parent) : Workspace(parent), m_service(service)
{
    Q_ASSERT(m_service);
    m_document = new FaceCaseDocument(this);
    m_document->reset(AppSettings().blindFirst());
    buildLayout();
    connectSignals();
    onDocumentReplaced();
}

FaceWorkspace::~FaceWorkspace()
{
    if (m_pending && m_service)
        m_service->cancel(m_pending);
}

void FaceWorkspace::buildLayout()
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("evidenceBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #b00020; color: white; padding: 6px; font-weight: bold; }"));
    m_banner->hide();
    m_packBanner = new QLabel(this);
    m_packBanner->setObjectName(QStringLiteral("packBanner"));
    m_packBanner->setWordWrap(true);
    m_packBanner->setStyleSheet(QStringLiteral("QLabel { background: #f0a020; color: black; padding: 6px; }"));
    m_packBanner->hide();

    m_probe = new PhotoPane(PhotoPane::Side::Probe, this);
    m_reference = new PhotoPane(PhotoPane::Side::Reference, this);
    ImageView::synchronise(m_probe->imageView(), m_reference->imageView());
    m_photos = new QSplitter(Qt::Horizontal, this);
    m_photos->setObjectName(QStringLiteral("photosSplitter"));
    m_photos->addWidget(m_probe);
    m_photos->addWidget(m_reference);
    m_photos->setChildrenCollapsible(false);

    m_toolbar = new QWidget(this);
    m_toolbar->setLayout(buildToolbar());
    m_toolbar->layout()->setContentsMargins(0, 0, 0, 0);

    m_aligned = new AlignedCompareView(this);
    m_results = new ResultsPanel(this);
    m_notes = new NotesPanel(this);
    m_casePanel = new CasePanel(this);
    m_casePanel->setObjectName(QStringLiteral("casePanel"));
    m_blindNotice = new QLabel(tr("Blind first: the model's result is hidden until you lock your own analysis "
                                  "in Examiner notes."),
                               this);
    m_blindNotice->setObjectName(QStringLiteral("blindNotice"));
    m_blindNotice->setAlignment(Qt::AlignCenter);
    m_blindNotice->setWordWrap(true);
    auto* resultsStack = new QStackedWidget(this);
    resultsStack->setObjectName(QStringLiteral("resultsStack"));
    resultsStack->addWidget(m_results);
    resultsStack->addWidget(m_blindNotice);
    m_resultsPage = resultsStack;
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setTabBarAutoHide(true); // the detailed layout's results alone need no tab (nor its 26 px)
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_lower = new QSplitter(Qt::Horizontal, this);
    m_lower->setObjectName(QStringLiteral("lowerSplitter"));
    m_lower->addWidget(m_tabs);
    m_lower->addWidget(m_sideTabs);
    m_main = new QSplitter(Qt::Horizontal, this);
    m_main->setObjectName(QStringLiteral("mainSplitter"));
    m_main->addWidget(m_photos);
    m_main->addWidget(m_lower);
    m_main->setChildrenCollapsible(false);
    for (QSplitter* splitter : {m_photos, m_lower, m_main})
        connect(splitter, &QSplitter::splitterMoved, this, [this] {
            m_defaultShares = false;
            saveSplitters();
        });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_packBanner);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_main, 1);
    createInputActions();
    const QString saved = AppSettings().faceLayout();
    const QScreen* screen = QGuiApplication::primaryScreen();
    m_layout = Layout::Detailed; // so that setLayoutMode() below always lays out
    setLayoutMode(saved == QLatin1String("detailed") ? Layout::Detailed
                  : saved == QLatin1String("compact")
                      ? Layout::Compact
                      : defaultLayout(screen ? screen->availableSize() : QSize(1366, 768)));
}

FaceWorkspace::Layout FaceWorkspace::defaultLayout(const QSize& screen)
{
    return screen.width() >= 1920 && screen.height() >= 1080 ? Layout::Detailed : Layout::Compact;
}

void FaceWorkspace::setLayoutMode(Layout layout)
{
    if (layout == m_layout && m_tabs->count() > 0)
        return;
    QWidget* current = m_tabs->count() > 0 ? m_tabs->currentWidget() : m_resultsPage;
    QList<QPair<QWidget*, QString>> pages = {{m_resultsPage, tr("Results")},
                                             {m_aligned, tr("Aligned faces")},
                                             {m_notes, tr("Examiner notes")},
                                             {m_casePanel, tr("Case")}};
    m_tabs->clear();
    m_sideTabs->clear();
    m_layout = layout;
    // Detailed: chart and explanation beside the tree (first of the side tabs), so that the tree keeps the
    // results' whole height under the photos.
    m_results->setLowerTabsInline(layout == Layout::Compact);
    if (layout == Layout::Detailed)
        pages = pages.mid(0, 1) + m_results->lowerPages() + pages.mid(1);
    for (const auto& [page, label] : pages) {
        QTabWidget* target = layout == Layout::Detailed && page != m_resultsPage ? m_sideTabs : m_tabs;
        target->addTab(page, label);
    }
    m_sideTabs->setVisible(layout == Layout::Detailed);
    m_main->setOrientation(layout == Layout::Detailed ? Qt::Vertical : Qt::Horizontal);
    restoreSplitters();
    showPanel(current);
    AppSettings().setFaceLayout(layout == Layout::Detailed ? QStringLiteral("detailed") : QStringLiteral("compact"));
}

void FaceWorkspace::showPanel(QWidget* panel)
{
    if (panel == m_results || panel == m_blindNotice)
        panel = m_resultsPage;
    for (QTabWidget* tabs : {m_tabs, m_sideTabs})
        if (tabs->indexOf(panel) >= 0)
            tabs->setCurrentWidget(panel);
}

void FaceWorkspace::setPhotosOnly(bool on)
{
    m_photosOnly = on;
    m_lower->setVisible(!on);
    m_toolbar->setVisible(!on);
}

namespace {
QString splitterKey(FaceWorkspace::Layout layout, const char* name)
{
    return QStringLiteral("face/%1/%2")
        .arg(layout == FaceWorkspace::Layout::Detailed ? QLatin1String("detailed") : QLatin1String("compact"),
             QLatin1String(name));
}
} // namespace

void FaceWorkspace::saveSplitters() const
{
    AppSettings settings;
    settings.setLayoutState(splitterKey(m_layout, "main"), m_main->saveState());
    settings.setLayoutState(splitterKey(m_layout, "lower"), m_lower->saveState());
    settings.setLayoutState(splitterKey(m_layout, "photos"), m_photos->saveState());
}

void FaceWorkspace::restoreSplitters()
{
    AppSettings settings;
    m_defaultShares = !m_main->restoreState(settings.layoutState(splitterKey(m_layout, "main")));
    applyDefaultShares();
    if (!m_lower->restoreState(settings.layoutState(splitterKey(m_layout, "lower"))))
        m_lower->setSizes({60, 40});
    m_photos->restoreState(settings.layoutState(splitterKey(m_layout, "photos")));
    m_main->setStretchFactor(0, 1);
    m_main->setStretchFactor(1, 1);
}

void FaceWorkspace::applyDefaultShares()
{
    if (!m_defaultShares)
        return;
    // First use: the photos get 47 % of the height in the detailed layout, 52 % of the width in the compact one.
    const bool detailed = m_layout == Layout::Detailed;
    const int total = std::max(100, detailed ? m_main->height() : m_main->width());
    const int photos = total * (detailed ? 47 : 52) / 100;
    m_main->setSizes({photos, total - photos});
}

void FaceWorkspace::resizeEvent(QResizeEvent* event)
{
    Workspace::resizeEvent(event);
    applyDefaultShares();
}

QHBoxLayout* FaceWorkspace::buildToolbar()
{
    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setToolTip(tr("Compare the probe with the reference (Ctrl+R)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop loading the model or comparing (Esc)"));
    m_cancel->setEnabled(false);
    m_cropped = new QCheckBox(tr("Face crops"), this);
    m_cropped->setToolTip(tr("Both photos are already tight face crops: use the whole image when no face is found"));
    m_landmarks = new QCheckBox(tr("Landmarks"), this);
    m_landmarks->setChecked(true);
    m_box = new QCheckBox(tr("Face box"), this);
    m_box->setChecked(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMinimumWidth(260);
    m_progress->setMaximumWidth(360);
    m_progress->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long message (a path, a reason) must not widen the window: it is clipped, and whole in the tooltip.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_linkEnhancement = new QCheckBox(tr("Link enhancement"), this);
    m_linkEnhancement->setToolTip(tr("An enhancement of one photo applies to both"));
    m_resetLandmarks = new QPushButton(tr("Reset landmarks"), this);
    m_resetLandmarks->setObjectName(QStringLiteral("resetLandmarks"));
    m_resetLandmarks->setToolTip(tr("Put every landmark you moved back where the detector found it, and compare "
                                    "again"));
    m_resetLandmarks->setEnabled(false);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_compare);
    bar->addWidget(m_cancel);
    bar->addWidget(m_cropped);
    bar->addWidget(m_linkEnhancement);
    bar->addWidget(m_resetLandmarks);
    bar->addWidget(m_progress);
    bar->addWidget(m_message, 1);
    // Per-photo toggles live in each PhotoPane; these two switch both panes at once.
    m_landmarks->setToolTip(tr("Show or hide the landmarks on both photos"));
    m_box->setToolTip(tr("Show or hide the detected face box on both photos"));
    bar->addWidget(m_landmarks);
    bar->addWidget(m_box);
    return bar;
}

void FaceWorkspace::createInputActions()
{
    // Entries of the main window's File menu while this workspace is active (not added to this widget, so their
    // shortcuts live only in the menu of the active tab).
    m_openProbe = new QAction(tr("Open &probe photo…"), this);
    m_openProbe->setObjectName(QStringLiteral("actionOpenProbe"));
    m_openProbe->setShortcut(QKeySequence::Open);
    m_openReference = new QAction(tr("Open &reference photo…"), this);
    m_openReference->setObjectName(QStringLiteral("actionOpenReference"));
    m_openReference->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
}

void FaceWorkspace::connectSignals()
{
    connect(m_compare, &QPushButton::clicked, this, &FaceWorkspace::run);
    connect(m_cancel, &QPushButton::clicked, this, &FaceWorkspace::cancel);
    connect(m_openProbe, &QAction::triggered, m_probe, &PhotoPane::open);
    connect(m_openReference, &QAction::triggered, m_reference, &PhotoPane::open);
    connect(m_probe, &PhotoPane::imageChosen, this, [this](const QString& p) { setProbe(p); });
    connect(m_reference, &PhotoPane::imageChosen, this, [this](const QString& p) { setReference(p); });
    for (PhotoPane* pane : {m_probe, m_reference})
        connect(pane, &PhotoPane::imageRefused, this, [this, pane](const QString&, const QString& e) {
            showMessage(e, true);
            // The pane shows its previous photo again: redraw the face of the result shown with it.
            if (const QSharedPointer<const FaceComparisonResult> r = m_document->result())
                pane->setReport(pane == m_probe ? r->probe : r->reference);
        });
    connect(m_cropped, &QCheckBox::toggled, m_document, &FaceCaseDocument::setCroppedFaces);
    connect(m_probe, &PhotoPane::faceChosen, this,
            [this](int index, int found) { onFaceChosen(CaseFile::ProbeRole, index, found); });
    connect(m_reference, &PhotoPane::faceChosen, this,
            [this](int index, int found) { onFaceChosen(CaseFile::ReferenceRole, index, found); });
    for (PhotoPane* pane : {m_probe, m_reference}) {
        connect(m_landmarks, &QCheckBox::toggled, pane, &PhotoPane::setLandmarksVisible);
        connect(m_box, &QCheckBox::toggled, pane, &PhotoPane::setBoxVisible);
        pane->setRecentFiles(AppSettings().recentFiles());
    }
    connect(m_service, &InferenceService::progressChanged, this,
            [this](quint64 id, const QString&, int percent, const QString& stage) { onProgress(id, percent, stage); });
    connect(m_service, &InferenceService::comparisonFinished, this, &FaceWorkspace::onFinished);
    connect(m_service, &InferenceService::requestFailed, this,
            [this](quint64 id, const QString&, const QString& error) { onFailed(id, error); });
    connect(m_service, &InferenceService::requestCancelled, this,
            [this](quint64 id, const QString&) { onCancelled(id); });
    connect(m_results, &ResultsPanel::whatIfChanged, this, &FaceWorkspace::onWhatIfChanged);
    connect(m_notes, &NotesPanel::notesChanged, this, &FaceWorkspace::onNotesEdited);
    connect(m_notes, &NotesPanel::noteCommitted, this, &FaceWorkspace::commitNotes);
    connect(m_notes, &NotesPanel::lockedChanged, this, &FaceWorkspace::onNotesLockedChanged);
    connect(m_casePanel, &CasePanel::detailsEdited, this, &FaceWorkspace::onDetailsEdited);
    connect(m_resetLandmarks, &QPushButton::clicked, this, &FaceWorkspace::resetLandmarks);
    connect(m_linkEnhancement, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_reference->enhancement() != m_probe->enhancement()) {
            m_reference->setEnhancement(m_probe->enhancement()); // linked from now on: the probe's applies to both
            commitViews();
        }
    });
    connect(m_probe, &PhotoPane::landmarkMoved, this,
            [this](int index, QPointF p) { onLandmarkMoved(CaseFile::ProbeRole, index, p); });
    connect(m_reference, &PhotoPane::landmarkMoved, this,
            [this](int index, QPointF p) { onLandmarkMoved(CaseFile::ReferenceRole, index, p); });
    for (PhotoPane* pane : {m_probe, m_reference}) {
        PhotoPane* other = pane == m_probe ? m_reference : m_probe;
        connect(pane, &PhotoPane::enhancementEdited, this, [this, other](const ViewEnhancement& e) {
            if (m_linkEnhancement->isChecked())
                other->setEnhancement(e);
        });
        connect(pane, &PhotoPane::enhancementFinished, this, &FaceWorkspace::commitViews);
    }
    connect(m_casePanel, &CasePanel::conclusionRecorded, this, &FaceWorkspace::onConclusionRecorded);

    // The document decides; the widgets and the main window react.
    connect(m_document, &FaceCaseDocument::replaced, this, &FaceWorkspace::onDocumentReplaced);
    connect(m_document, &FaceCaseDocument::resultChanged, this, &FaceWorkspace::onResultChanged);
    connect(m_document, &FaceCaseDocument::modifiedChanged, this, [this](bool modified) {
        emit modifiedChanged(modified);
        emit stateChanged();
    });
    connect(m_document, &FaceCaseDocument::pathChanged, this, &Workspace::documentChanged);
}

const CaseFile& FaceWorkspace::caseFile() const
{
    return m_document->caseFile();
}

QSharedPointer<const FaceComparisonResult> FaceWorkspace::result() const
{
    return m_document->assessedResult(); // what is shown and reported: the examiner's exclusions applied
}

bool FaceWorkspace::loadSide(PhotoPane* pane, const char* role, const QString& path)
{
    if (!pane->setPath(path)) {
        showMessage(pane->errorText(), true);
        return false;
    }
    if (Status st = m_document->addEvidence(QLatin1String(role), path); !st) {
        showMessage(st.error().toString(), true);
        return false;
    }
    AppSettings().addRecentFile(path);
    for (PhotoPane* p : {m_probe, m_reference})
        p->setRecentFiles(AppSettings().recentFiles());
    m_banner->hide();
    showMessage(tr("Loaded %1.").arg(pane->title()), false);
    return true;
}

bool FaceWorkspace::setProbe(const QString& path)
{
    return loadSide(m_probe, CaseFile::ProbeRole, path);
}

bool FaceWorkspace::setReference(const QString& path)
{
    return loadSide(m_reference, CaseFile::ReferenceRole, path);
}

void FaceWorkspace::run()
{
    if (m_probe->path().isEmpty() || m_reference->path().isEmpty()) {
        showMessage(tr("Open a probe and a reference photo first."), true);
        return;
    }
    startComparison(true);
    showMessage(tr("Comparing…"), false);
}

void FaceWorkspace::startComparison(bool examinerRun)
{
    dropPending();
    FaceComparisonRequest request;
    request.task = QLatin1String(CaseFile::FaceVerificationTask);
    request.pack = AppSettings().packName();
    request.recorded = caseFile().pack();
    request.probe = m_probe->path();
    request.reference = m_reference->path();
    request.cropped = caseFile().croppedFaces();
    request.allowDamaged = AppSettings().acceptDamaged();
    // The faces the examiner chose (recorded in the case, so a reopened case compares the same faces).
    if (const EvidenceItem* e = caseFile().evidenceFor(QLatin1String(CaseFile::ProbeRole)))
        request.probeFace = e->faceIndex;
    if (const EvidenceItem* e = caseFile().evidenceFor(QLatin1String(CaseFile::ReferenceRole)))
        request.referenceFace = e->faceIndex;
    for (const LandmarkCorrection& c : caseFile().details().probeLandmarks)
        request.probeLandmarks.append({c.index, c.to});
    for (const LandmarkCorrection& c : caseFile().details().referenceLandmarks)
        request.referenceLandmarks.append({c.index, c.to});
    m_pendingIsRun = examinerRun;
    m_pendingInputs = inputsKey(request);
    // The previous result may come from another pack or other photos: it leaves the screen now, so a refused
    // comparison cannot leave it looking like this one's (nor exportable). Cancelling a run of the same inputs
    // shows it again.
    const bool sameInputs = m_document->result() && m_shownInputs == m_pendingInputs;
    m_previousResult = sameInputs ? m_document->result() : nullptr;
    m_previousModel = sameInputs ? m_document->model() : nullptr;
    clearShownResult();
    setBusy(m_service->requestComparison(request));
}

void FaceWorkspace::onFaceChosen(const char* role, int index, int facesFound)
{
    if (isBusy())
        return; // the pane shows the comparison in flight's photos only once it is done
    if (Status st = m_document->setFaceIndex(QLatin1String(role), index, facesFound); !st) {
        showMessage(st.error().toString(), true);
        return;
    }
    // The comparison shown was of another face: run it again with the chosen one (recorded and audited "run").
    startComparison(true);
    showMessage(tr("Comparing face %1 of %2 of the %3…")
                    .arg(index + 1)
                    .arg(facesFound)
                    .arg(QLatin1String(role) == QLatin1String(CaseFile::ProbeRole) ? tr("probe") : tr("reference")),
                false);
}

void FaceWorkspace::cancel()
{
    if (m_pending)
        m_service->cancel(m_pending);
}

void FaceWorkspace::dropPending()
{
    if (m_pending)
        m_service->cancel(m_pending);
    setBusy(0);
}

void FaceWorkspace::onProgress(quint64 id, int percent, const QString& stage)
{
    if (id != m_pending)
        return;
    // The stage in the bar itself ("Analysing the probe — 42 %"), set before the value so both change together.
    m_progress->setFormat(tr("%1 — %p%").arg(stage));
    m_progress->setValue(percent);
    m_message->setText(stage);
}

void FaceWorkspace::onFinished(quint64 id, QSharedPointer<const FaceComparisonResult> result,
                               QSharedPointer<const FaceModel> model)
{
    if (id != m_pending)
        return;
    setBusy(0);
    m_shownInputs = m_pendingInputs;
    m_previousResult.reset();
    m_previousModel.reset();
    if (m_pendingIsRun) {
        const PackReference before = m_document->recordRun(result, model);
        const PackReference used = FaceCaseDocument::packOf(*result);
        if (!before.isEmpty() && before != used)
            showMessage(tr("Comparison done with pack %1 %2; the case now records it instead of %3 %4 (audited).")
                            .arg(used.name, used.version, before.name, before.version),
                        false);
        else
            showMessage(caseFile().modelOutputHidden()
                            ? tr("Comparison done; the result stays hidden until your analysis is locked.")
                            : tr("Comparison done in %1 ms.").arg(result->msTotal, 0, 'f', 0),
                        false);
    } else {
        m_document->showRecomputed(result, model);
        if (!m_packBanner->isHidden())
            showMessage(m_packBanner->text(), true);
        else
            showMessage(tr("Case opened; evidence verified; the stored comparison was recomputed."), false);
    }
    emit comparisonFinished();
}

void FaceWorkspace::onFailed(quint64 id, const QString& error)
{
    if (id != m_pending)
        return;
    setBusy(0);
    m_previousResult.reset();
    m_previousModel.reset();
    showMessage(error, true);
    emit comparisonFinished();
}

void FaceWorkspace::onCancelled(quint64 id)
{
    if (id != m_pending)
        return;
    setBusy(0);
    if (m_previousResult) {
        m_document->showRecomputed(m_previousResult, m_previousModel);
        m_previousResult.reset();
        m_previousModel.reset();
        showMessage(tr("Comparison cancelled; the previous result of the same photos is shown again."), false);
    } else {
        showMessage(tr("Comparison cancelled."), false);
    }
    emit comparisonFinished();
}

void FaceWorkspace::onWhatIfChanged(double score, bool modified)
{
    const QList<int> disabled = m_results->disabledConcepts();
    if (disabled == caseFile().whatIfDisabled())
        return;
    if (!m_document->showsRecordedPack()) {
        showMessage(tr("This what-if is not recorded: the results shown come from another pack than the case "
                       "records. Run the comparison again to record results and what-if with this pack."),
                    true);
        return;
    }
    m_document->setWhatIfDisabled(
        disabled, modified ? tr("score %1 with %2 off (%n descriptor(s) in all)", "", int(disabled.size()))
                                 .arg(score, 0, 'f', 4)
                                 .arg(m_results->removedText())
                           : tr("reset"));
}

void FaceWorkspace::onDocumentReplaced()
{
    const CaseFile& c = caseFile();
    m_results->clear();
    m_aligned->clear();
    m_probe->clear();
    m_reference->clear();
    for (const EvidenceItem& e : c.evidence()) {
        PhotoPane* pane = e.role == QLatin1String(CaseFile::ProbeRole) ? m_probe : m_reference;
        pane->setPath(e.path);
    }
    m_notes->setNotes(c.notes());
    m_notes->setExaminerName(AppSettings().examinerName());
    m_casePanel->setDefaultExaminer(AppSettings().examinerName());
    m_casePanel->setDetails(c.title(), c.details());
    m_probe->setEnhancement(c.details().probeView);
    m_reference->setEnhancement(c.details().referenceView);
    updateResetLandmarks();
    {
        const QSignalBlocker block(m_cropped); // showing the recorded option is no change of it
        m_cropped->setChecked(c.croppedFaces());
    }
    m_banner->hide();
    updatePackBanner();
    updateBlindFirst();
    emit documentChanged();
    emit stateChanged();
}

void FaceWorkspace::onResultChanged()
{
    const QSharedPointer<const FaceComparisonResult> result = m_document->result();
    if (!result) {
        m_results->clear();
        m_aligned->clear();
    } else {
        m_probe->setReport(result->probe);
        m_reference->setReport(result->reference);
        m_aligned->setFaces(result->probe.aligned224, result->reference.aligned224);
        m_aligned->setLandmarks(alignedLandmarks(result->probe.face, result->probe.aligned224.width()),
                                alignedLandmarks(result->reference.face, result->reference.aligned224.width()));
        if (caseFile().modelOutputHidden()) {
            // Blind review: the panel gets nothing, so no label, tooltip, tree or chart can show the result.
            m_results->clear();
        } else {
            QString error;
            m_document->applyNotAssessable(&error); // the examiner's Not assessable components leave the score
            if (!error.isEmpty())
                showMessage(error, true);
            m_results->setResult(m_document->assessedResult(), m_document->model());
            // The saved what-if belongs to the recorded pack's concepts: shown only on a result of that pack.
            if (m_document->showsRecordedPack())
                m_results->setDisabledConcepts(caseFile().whatIfDisabled());
        }
    }
    updatePackBanner();
    updateBlindFirst();
    emit stateChanged();
}

void FaceWorkspace::clearShownResult()
{
    if (!m_document->result())
        return;
    m_document->clearShown(); // onResultChanged() empties the results panel and the aligned faces
    // Reloading the photos drops the old result's face overlay and quality.
    for (PhotoPane* pane : {m_probe, m_reference}) {
        const QString path = pane->path(); // a copy: setPath() replaces the pane's own
        if (!path.isEmpty())
            pane->setPath(path);
    }
}

void FaceWorkspace::updatePackBanner()
{
    const QSharedPointer<const FaceComparisonResult> result = m_document->result();
    const PackReference recorded = caseFile().pack();
    if (!result || recorded.isEmpty() || m_document->showsRecordedPack()) {
        m_packBanner->hide();
        return;
    }
    const PackReference used = FaceCaseDocument::packOf(*result);
    m_packBanner->setText(tr("This case records pack %1 %2 (SHA-256 %3), which is not installed. The results shown "
                             "were recomputed with pack %4 %5 (SHA-256 %6) instead; the case keeps its recorded "
                             "pack and result until you run the comparison again.")
                              .arg(recorded.name, recorded.version, shortSha(recorded.sha256), used.name, used.version,
                                   shortSha(used.sha256)));
    m_packBanner->show();
}

void FaceWorkspace::setBusy(quint64 pending)
{
    m_pending = pending;
    const bool busy = pending != 0;
    m_compare->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
    emit stateChanged();
}

void FaceWorkspace::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setStyleSheet(error ? ThemeColours::labelStyle(ThemeColours::Tone::Error, palette()) : QString());
    emit statusMessage(text);
}

void FaceWorkspace::updateBlindFirst()
{
    // The placeholder stands for a result that exists and is hidden; without one (none yet, or the run failed)
    // the empty results panel says so.
    const bool hiddenResult = caseFile().modelOutputHidden() && (result() || caseFile().hasResult());
    auto* stack = findChild<QStackedWidget*>(QStringLiteral("resultsStack"));
    stack->setCurrentIndex(hiddenResult ? 1 : 0);
}

namespace {

// A component marked (or no longer marked) Not assessable leaves (or rejoins) the model's score at once: the
// document re-applies the exclusions (audited when the set changes) and the panel shows the new result, keeping
// the examiner's what-if boxes.
void refreshExaminerExclusions(FaceCaseDocument* document, ResultsPanel* results,
                               const std::function<void(QString)>& fail)
{
    const QSharedPointer<const FaceComparisonResult> before = document->assessedResult();
    QString error;
    document->applyNotAssessable(&error);
    if (!error.isEmpty())
        fail(error);
    if (document->assessedResult() == before || !document->result() || document->caseFile().modelOutputHidden())
        return;
    const QList<int> disabled = results->disabledConcepts();
    results->setResult(document->assessedResult(), document->model());
    if (document->showsRecordedPack())
        results->setDisabledConcepts(disabled);
}

} // namespace

void FaceWorkspace::onNotesEdited()
{
    if (Status st = m_document->setNotes(m_notes->notes()); !st) {
        showMessage(st.error().toString(), true);
        m_notes->setNotes(caseFile().notes()); // show what the case holds
        return;
    }
    // A lock or an amendment is recorded by the case itself (its own time): show exactly that.
    if (!(m_notes->notes() == caseFile().notes()))
        m_notes->setNotes(caseFile().notes());
    refreshExaminerExclusions(m_document, m_results, [this](const QString& e) { showMessage(e, true); });
}

namespace {

// The case's details with the identification fields the panel edits (the rest is the case's own).
CaseDetails withIdentification(CaseDetails details, const CaseDetails& edited)
{
    details.caseNumber = edited.caseNumber;
    details.agency = edited.agency;
    details.probeExhibit = edited.probeExhibit;
    details.referenceExhibit = edited.referenceExhibit;
    return details;
}

} // namespace

void FaceWorkspace::onDetailsEdited()
{
    const CaseDetails details = withIdentification(caseFile().details(), m_casePanel->details());
    if (Status st = m_document->setDetails(m_casePanel->title(), details, AppSettings().examinerName()); !st) {
        showMessage(st.error().toString(), true);
        m_casePanel->setDetails(caseFile().title(), caseFile().details()); // show what the case holds
        return;
    }
    emit documentChanged(); // the window title shows the case number and title
}

void FaceWorkspace::onLandmarkMoved(const char* role, int index, QPointF position)
{
    const QSharedPointer<const FaceComparisonResult> shown = m_document->result();
    if (caseFile().analysisLocked()) {
        // The landmarks are part of the analysis the examiner locked: the point goes back where it was.
        showMessage(tr("The analysis is locked: landmarks can no longer be moved."), true);
        onResultChanged();
        return;
    }
    if (isBusy() || !shown || index < 0 || index > 67) {
        showMessage(tr("Landmarks can be moved once a comparison is shown."), true);
        return;
    }
    const QString r = QLatin1String(role);
    const DetectedFace& face = r == QLatin1String(CaseFile::ProbeRole) ? shown->probe.face : shown->reference.face;
    CaseDetails details = caseFile().details();
    QList<LandmarkCorrection> list = details.landmarks(r);
    // Where the detector put the point: kept from the first move of it.
    QPointF from = face.landmarks[size_t(index)];
    if (const int i = int(face.correctedLandmarks.indexOf(index)); i >= 0)
        from = face.detectedLandmarks.value(i);
    list.erase(
        std::remove_if(list.begin(), list.end(), [index](const LandmarkCorrection& c) { return c.index == index; }),
        list.end());
    list.append(LandmarkCorrection{index, from, position});
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.index < b.index; });
    details.setLandmarks(r, list);
    if (Status st = m_document->setDetails(caseFile().title(), details, AppSettings().examinerName()); !st) {
        showMessage(st.error().toString(), true);
        return;
    }
    updateResetLandmarks();
    startComparison(true);
    showMessage(tr("Point %1 of the %2 moved: comparing again with it…")
                    .arg(index)
                    .arg(r == QLatin1String(CaseFile::ProbeRole) ? tr("probe") : tr("reference")),
                false);
}

void FaceWorkspace::resetLandmarks()
{
    CaseDetails details = caseFile().details();
    if (details.probeLandmarks.isEmpty() && details.referenceLandmarks.isEmpty())
        return;
    if (caseFile().analysisLocked()) {
        showMessage(tr("The analysis is locked: landmarks can no longer be moved."), true);
        return;
    }
    details.probeLandmarks.clear();
    details.referenceLandmarks.clear();
    if (Status st = m_document->setDetails(caseFile().title(), details, AppSettings().examinerName()); !st) {
        showMessage(st.error().toString(), true);
        return;
    }
    updateResetLandmarks();
    if (!m_probe->path().isEmpty() && !m_reference->path().isEmpty()) {
        startComparison(true);
        showMessage(tr("Landmarks reset to the detector's: comparing again…"), false);
    }
}

void FaceWorkspace::updateResetLandmarks()
{
    const CaseDetails& d = caseFile().details();
    m_resetLandmarks->setEnabled((!d.probeLandmarks.isEmpty() || !d.referenceLandmarks.isEmpty()) &&
                                 !caseFile().analysisLocked());
}

void FaceWorkspace::commitViews()
{
    CaseDetails details = caseFile().details();
    details.probeView = m_probe->enhancement();
    details.referenceView = m_reference->enhancement();
    if (details == caseFile().details())
        return;
    if (Status st = m_document->setDetails(caseFile().title(), details, AppSettings().examinerName()); !st)
        showMessage(st.error().toString(), true);
}

void FaceWorkspace::onConclusionRecorded(const ExaminerConclusion& conclusion)
{
    CaseDetails details = withIdentification(caseFile().details(), m_casePanel->details());
    details.conclusion = conclusion;
    if (Status st = m_document->setDetails(m_casePanel->title(), details, conclusion.examiner); !st) {
        showMessage(st.error().toString(), true);
        return;
    }
    m_casePanel->setDetails(caseFile().title(), caseFile().details());
    showMessage(tr("Conclusion recorded: %1 (by %2). Sign it with File › Sign and save case.")
                    .arg(ExaminerConclusion::levelLabel(conclusion.level), conclusion.examiner),
                false);
    emit documentChanged();
}

void FaceWorkspace::commitNotes()
{
    onNotesEdited();
    m_document->commitNotes(AppSettings().examinerName());
}

void FaceWorkspace::onNotesLockedChanged(bool locked)
{
    onNotesEdited(); // the case locks first; the panel has locked its own copy
    const ExaminerNotes& notes = caseFile().notes();
    if (locked && notes.isLocked()) {
        if (AppSettings().examinerName().isEmpty())
            AppSettings().setExaminerName(notes.examiner());
        m_notes->setExaminerName(notes.examiner());
        onResultChanged(); // blind review ends: the results panel gets the result now
        showMessage(caseFile().blindFirst() && (result() || caseFile().hasResult())
                        ? tr("Analysis locked by %1; the model's result is shown now.").arg(notes.examiner())
                        : tr("Analysis locked by %1.").arg(notes.examiner()),
                    false);
    }
    updateBlindFirst();
    emit stateChanged();
}

bool FaceWorkspace::supports(Action) const
{
    return true; // every action of the shared menus
}

bool FaceWorkspace::canPerform(Action action) const
{
    switch (action) {
    case Action::Save:
        return isModified();
    case Action::Export:
        return !isBusy() && result() && m_document->showsRecordedPack() && !caseFile().modelOutputHidden();
    case Action::Run:
        return !isBusy();
    case Action::Cancel:
        return isBusy();
    case Action::NewDocument:
    case Action::OpenDocument:
    case Action::SaveAs:
    case Action::SignAndSave:
        return true;
    }
    return false;
}

QString FaceWorkspace::unavailableReason(Action action) const
{
    if (action != Action::Export || canPerform(action))
        return {};
    if (caseFile().modelOutputHidden())
        return tr("Blind review: the report can be exported once you lock your analysis in Examiner notes.");
    if (isBusy())
        return tr("Wait for the comparison to finish before exporting a report.");
    if (!result())
        return tr("Run a comparison before exporting a report.");
    return tr("The results shown come from another pack than the case records: run the comparison again before "
              "exporting a report.");
}

QString FaceWorkspace::caseStatusText() const
{
    const CaseFile& c = caseFile();
    QStringList parts;
    if (c.blindFirst())
        parts << (c.modelOutputHidden() ? tr("Blind review: result hidden until locked")
                                        : tr("Blind review: analysis locked"));
    if (const QString history = caseHistoryText(c); !history.isEmpty())
        parts << history;
    return parts.join(QStringLiteral(" · "));
}

bool FaceWorkspace::isModified() const
{
    return m_document->isModified();
}

QString FaceWorkspace::documentPath() const
{
    return m_document->path();
}

QString FaceWorkspace::documentTitle() const
{
    // "2026-0142 · Bank robbery — case.descry": what identifies the case first, then its file.
    const QString path = m_document->path();
    QStringList name;
    for (const QString& part : {caseFile().details().caseNumber, caseFile().title()})
        if (!part.isEmpty())
            name << part;
    const QString file = path.isEmpty() ? tr("Untitled case") : QFileInfo(path).fileName();
    return name.isEmpty() ? file : tr("%1 — %2").arg(name.join(QStringLiteral(" · ")), file);
}

QString FaceWorkspace::suggestedFileName(const QString& ending) const
{
    if (!m_document->path().isEmpty())
        return Workspace::suggestedFileName(ending);
    QString base = caseFile().details().caseNumber;
    if (base.isEmpty())
        base = caseFile().title();
    if (base.isEmpty())
        base = tr("case-%1").arg(caseFile().caseId());
    return safeFileBase(base) + (ending.isEmpty() ? QLatin1Char('.') + documentSuffix() : ending);
}

QString FaceWorkspace::documentFileFilter() const
{
    return tr("Descry cases (*.descry)");
}

QString FaceWorkspace::documentSuffix() const
{
    return QLatin1String(CaseFile::fileSuffix);
}

QString FaceWorkspace::runText() const
{
    return tr("&Compare");
}

QList<QAction*> FaceWorkspace::inputActions() const
{
    return {m_openProbe, m_openReference};
}

void FaceWorkspace::newDocument()
{
    dropPending();
    m_document->reset(AppSettings().blindFirst());
    showMessage(tr("New case."), false);
}

QStringList FaceWorkspace::verifyEvidence()
{
    QStringList problems;
    for (const EvidenceCheck& c : caseFile().verifyEvidence()) {
        if (c.state != EvidenceCheck::State::Ok)
            problems << c.message;
    }
    m_banner->setText(problems.isEmpty() ? QString()
                                         : tr("Evidence check failed — %1").arg(problems.join(QStringLiteral("; "))));
    m_banner->setVisible(!problems.isEmpty());
    return problems;
}

Status FaceWorkspace::openDocument(const QString& path)
{
    if (Status st = m_document->open(path); !st) {
        showMessage(st.error().toString(), true);
        return st;
    }
    dropPending(); // a comparison of the previous case must not land in this one
    const QStringList problems = verifyEvidence();
    if (problems.isEmpty() && caseFile().hasResult()) {
        showMessage(tr("Case opened; evidence verified. Recomputing the stored comparison…"), false);
        startComparison(false);
    } else {
        showMessage(problems.isEmpty() ? tr("Case opened; evidence verified.")
                                       : tr("Case opened with evidence problems."),
                    !problems.isEmpty());
    }
    return {};
}

Status FaceWorkspace::save(const QString& path, const SigningKey* key)
{
    onNotesEdited();
    commitNotes(); // the examiner's last edit is audited before the file is written
    if (Status st = m_document->save(path, key); !st) {
        showMessage(st.error().toString(), true);
        return st;
    }
    showMessage(key ? tr("Case signed by %1 and saved to %2.").arg(key->examinerName(), path)
                    : tr("Case saved to %1.").arg(path),
                false);
    emit stateChanged(); // the status bar shows the new integrity and signer
    return {};
}

Status FaceWorkspace::saveDocument(const QString& path)
{
    return save(path, nullptr);
}

Status FaceWorkspace::signAndSaveDocument(const QString& path, const QString& examiner)
{
    Result<SigningKey> key = SigningKey::loadOrCreate(SigningKey::defaultPath(), examiner);
    if (!key) {
        showMessage(key.error().toString(), true);
        return key.error();
    }
    return save(path, &*key);
}

QStringList FaceWorkspace::protectedPaths() const
{
    QStringList paths;
    for (const EvidenceItem& e : caseFile().evidence())
        paths << e.path;
    if (const QSharedPointer<const FaceComparisonResult> shown = result())
        paths << shown->probe.path << shown->reference.path;
    if (!caseFile().path().isEmpty())
        paths << caseFile().path();
    paths.removeAll(QString());
    paths.removeDuplicates();
    return paths;
}

ReportExtras FaceWorkspace::reportExtras() const
{
    const CaseFile& c = caseFile();
    ReportExtras extras;
    extras.caseId = c.caseId();
    extras.title = c.title();
    extras.details = c.details();
    // The examiner who locked the analysis, else who recorded the conclusion.
    extras.examiner = c.notes().examiner().isEmpty() ? c.details().conclusion.examiner : c.notes().examiner();
    for (const QString& id : ExaminerNotes::fiswgComponentIds()) {
        const Assessment a = c.notes().assessment(id);
        if (a.finding == Assessment::Finding::Unset && a.note.isEmpty())
            continue;
        extras.examinerNotes << qMakePair(ExaminerNotes::componentName(id),
                                          ExaminerNotes::findingText(a.finding) +
                                              (a.note.isEmpty() ? QString() : QStringLiteral(" — ") + a.note));
    }
    extras.audit = c.auditLog().entries(); // the log as it stands; the export is audited once written
    extras.integrity = c.integrity().message;
    if (const std::optional<CaseSignature>& signature = c.signature())
        extras.signer = tr("%1 (key fingerprint %2)").arg(signature->examiner, signature->fingerprint);
    extras.modelOutputHidden = c.modelOutputHidden();
    extras.protectedPaths = protectedPaths();
    return extras;
}

Status FaceWorkspace::exportReport(const QString& pdfPath)
{
    const QSharedPointer<const FaceComparisonResult> shown = result();
    const CaseFile& c = caseFile();
    if (c.modelOutputHidden() || !shown || !m_document->showsRecordedPack()) {
        const Error refused(ErrorCode::Usage, c.modelOutputHidden()
                                                  ? tr("blind review: export is available once the analysis is locked")
                                              : !shown ? tr("Run a comparison before exporting a report.")
                                                       : tr("The results shown come from another pack than the case "
                                                            "records: run the comparison again before exporting a "
                                                            "report."));
        showMessage(refused.toString(), true);
        return refused;
    }
    // Checked here too (the writer checks again): the message names the file before anything is rendered.
    if (Status st = checkOutputPath(pdfPath, protectedPaths()); !st) {
        showMessage(tr("Export failed: %1").arg(st.error().toString()), true);
        return st;
    }
    ReportExtras extras = reportExtras();
    // During a what-if the report follows it, as the tree, chart and explanation do, and says so.
    QSharedPointer<const FaceComparisonResult> reported = shown;
    if (m_results->isModified() && m_results->result() == shown && m_results->currentWhatIf()) {
        reported = m_results->shownResult();
        const WhatIf& w = *m_results->currentWhatIf();
        extras.whatIf = ReportWhatIf{m_results->removedText(),
                                     int(m_results->disabledConcepts().size()),
                                     w.share,
                                     shown->score,
                                     shown->decision,
                                     w.sentence};
    }
    if (Status st = writeFaceReportPdf(pdfPath, *reported, extras); !st) {
        showMessage(tr("Export failed: %1").arg(st.error().toString()), true);
        return st;
    }
    m_document->recordExport(pdfPath);
    showMessage(tr("Report exported to %1.").arg(pdfPath), false);
    return {};
}

} // namespace descry::ui
