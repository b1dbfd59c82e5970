#include "ui/FaceWorkspace.h"

#include "core/face/pipeline/FaceComparison.h"
#include "core/face/report/FaceReport.h"
#include "ui/AlignedCompareView.h"
#include "ui/AppSettings.h"
#include "ui/DescriptorTreeModel.h"
#include "ui/ImageView.h"
#include "ui/InferenceService.h"
#include "ui/NotesPanel.h"
#include "ui/PhotoPane.h"
#include "ui/ResultsPanel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace descry::ui {

FaceWorkspace::FaceWorkspace(QWidget* parent) : QWidget(parent)
{
    m_service = new InferenceService(this);
    m_case.setBlindFirst(AppSettings().blindFirst());

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("evidenceBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #b00020; color: white; padding: 6px; font-weight: bold; }"));
    m_banner->hide();

    m_probe = new PhotoPane(PhotoPane::Side::Probe, this);
    m_reference = new PhotoPane(PhotoPane::Side::Reference, this);
    ImageView::synchronise(m_probe->imageView(), m_reference->imageView());
    auto* photos = new QSplitter(Qt::Horizontal, this);
    photos->addWidget(m_probe);
    photos->addWidget(m_reference);

    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setToolTip(tr("Compare the probe with the reference (Ctrl+R)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_landmarks = new QCheckBox(tr("Landmarks"), this);
    m_landmarks->setChecked(true);
    m_box = new QCheckBox(tr("Face box"), this);
    m_box->setChecked(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_compare);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addWidget(m_message, 1);
    // Per-photo toggles live in each PhotoPane; these two switch both panes at once.
    m_landmarks->setToolTip(tr("Show or hide the landmarks on both photos"));
    m_box->setToolTip(tr("Show or hide the detected face box on both photos"));
    bar->addWidget(m_landmarks);
    bar->addWidget(m_box);

    m_aligned = new AlignedCompareView(this);
    m_results = new ResultsPanel(this);
    m_notes = new NotesPanel(this);
    m_blindNotice = new QLabel(tr("Blind first: the model's result is hidden until you lock your own analysis "
                                  "in Examiner notes."),
                               this);
    m_blindNotice->setAlignment(Qt::AlignCenter);
    m_blindNotice->setWordWrap(true);
    auto* resultsStack = new QStackedWidget(this);
    resultsStack->setObjectName(QStringLiteral("resultsStack"));
    resultsStack->addWidget(m_results);
    resultsStack->addWidget(m_blindNotice);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(resultsStack, tr("Results"));
    m_tabs->addTab(m_aligned, tr("Aligned faces"));
    m_tabs->addTab(m_notes, tr("Examiner notes"));

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(photos);
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(vertical, 1);

    connect(m_compare, &QPushButton::clicked, this, &FaceWorkspace::compare);
    connect(m_cancel, &QPushButton::clicked, this, &FaceWorkspace::cancel);
    connect(m_probe, &PhotoPane::imageChosen, this, [this](const QString& p) { setProbe(p); });
    connect(m_reference, &PhotoPane::imageChosen, this, [this](const QString& p) { setReference(p); });
    for (PhotoPane* pane : {m_probe, m_reference}) {
        connect(m_landmarks, &QCheckBox::toggled, pane, &PhotoPane::setLandmarksVisible);
        connect(m_box, &QCheckBox::toggled, pane, &PhotoPane::setBoxVisible);
        pane->setRecentFiles(AppSettings().recentFiles());
    }
    connect(m_service, &InferenceService::progressChanged, this, [this](quint64 id, int percent, const QString& stage) {
        if (id != m_pending)
            return;
        m_progress->setValue(percent);
        m_message->setText(stage);
    });
    connect(m_service, &InferenceService::comparisonFinished, this, &FaceWorkspace::onFinished);
    connect(m_service, &InferenceService::comparisonFailed, this, &FaceWorkspace::onFailed);
    connect(m_service, &InferenceService::comparisonCancelled, this, [this](quint64 id) {
        if (id != m_pending)
            return;
        setBusy(false);
        showMessage(tr("Comparison cancelled."), false);
    });
    connect(m_results, &ResultsPanel::whatIfChanged, this, [this](double score, bool modified) {
        QList<int> disabled;
        const std::vector<bool> keep = m_results->treeModel()->keepMask();
        for (size_t k = 0; k < keep.size(); ++k)
            if (!keep[k])
                disabled << int(k);
        if (disabled == m_case.whatIfDisabled())
            return;
        m_case.setWhatIfDisabled(disabled, modified ? tr("score %1 with %2 descriptors off").arg(score, 0, 'f', 4).arg(disabled.size())
                                                    : tr("reset"));
        setModified(true);
    });
    connect(m_notes, &NotesPanel::notesChanged, this, [this] {
        if (m_case.setNotes(m_notes->notes()).ok())
            setModified(true);
    });
    connect(m_notes, &NotesPanel::lockedChanged, this, [this](bool) {
        (void)m_case.setNotes(m_notes->notes()); // refused only for a locked analysis, which the panel enforces too
        setModified(true);
        updateBlindFirst();
    });
    m_notes->setNotes(m_case.notes());
    updateBlindFirst();
}

FaceWorkspace::~FaceWorkspace() = default;

bool FaceWorkspace::loadSide(PhotoPane* pane, const char* role, const QString& path)
{
    if (!pane->setPath(path)) {
        showMessage(tr("%1: cannot open this image").arg(path), true);
        return false;
    }
    auto st = m_case.addEvidence(QLatin1String(role), path);
    if (!st) {
        showMessage(st.error().toString(), true);
        return false;
    }
    AppSettings().addRecentFile(path);
    for (PhotoPane* p : {m_probe, m_reference})
        p->setRecentFiles(AppSettings().recentFiles());
    m_banner->hide();
    setModified(true);
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

void FaceWorkspace::compare()
{
    if (m_probe->path().isEmpty() || m_reference->path().isEmpty()) {
        showMessage(tr("Open a probe and a reference photo first."), true);
        return;
    }
    m_pending = m_service->requestComparison(AppSettings().packName(), m_probe->path(), m_reference->path());
    setBusy(true);
    showMessage(tr("Comparing…"), false);
}

void FaceWorkspace::cancel()
{
    m_service->cancel();
}

void FaceWorkspace::onFinished(quint64 id, QSharedPointer<const FaceComparisonResult> result,
                               QSharedPointer<const FaceModel> model)
{
    if (id != m_pending)
        return;
    setBusy(false);
    m_result = result;
    m_model = model;
    m_probe->setReport(result->probe);
    m_reference->setReport(result->reference);
    m_aligned->setFaces(result->probe.aligned224, result->reference.aligned224);
    m_results->setResult(result, model);
    m_case.setPack({result->packName, result->packVersion, result->packSha256});
    m_case.setResult(result->toJson(), tr("%1, score %2").arg(result->decision).arg(result->score, 0, 'f', 4));
    setModified(true);
    updateBlindFirst();
    showMessage(m_case.modelOutputHidden() ? tr("Comparison done; the result stays hidden until your analysis is locked.")
                                           : tr("Comparison done in %1 ms.").arg(result->msTotal, 0, 'f', 0),
                false);
    emit comparisonFinished();
}

void FaceWorkspace::onFailed(quint64 id, const QString& error)
{
    if (id != m_pending)
        return;
    setBusy(false);
    showMessage(error, true);
    emit comparisonFinished();
}

void FaceWorkspace::setBusy(bool busy)
{
    m_compare->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
}

void FaceWorkspace::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    emit statusMessage(text);
}

void FaceWorkspace::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void FaceWorkspace::updateBlindFirst()
{
    auto* stack = findChild<QStackedWidget*>(QStringLiteral("resultsStack"));
    const bool hidden = m_case.modelOutputHidden();
    stack->setCurrentIndex(hidden ? 1 : 0);
    m_aligned->setEnabled(true);
}

Status FaceWorkspace::saveCase(const QString& path)
{
    (void)m_case.setNotes(m_notes->notes()); // the panel already refuses silent edits of a locked analysis
    auto st = m_case.save(path);
    if (!st) {
        showMessage(st.error().toString(), true);
        return st;
    }
    setModified(false);
    showMessage(tr("Case saved to %1.").arg(path), false);
    return {};
}

Status FaceWorkspace::openCase(const QString& path)
{
    auto opened = CaseFile::open(path);
    if (!opened) {
        showMessage(opened.error().toString(), true);
        return opened.error();
    }
    m_case = *opened;
    m_result.reset();
    m_results->clear();
    m_aligned->clear();
    m_probe->clear();
    m_reference->clear();
    m_notes->setNotes(m_case.notes());
    QStringList problems;
    for (const EvidenceCheck& c : m_case.verifyEvidence()) {
        if (c.state != EvidenceCheck::State::Ok)
            problems << c.message;
    }
    for (const EvidenceItem& e : m_case.evidence()) {
        PhotoPane* pane = e.role == QLatin1String(CaseFile::ProbeRole) ? m_probe : m_reference;
        pane->setPath(e.path);
    }
    m_banner->setText(problems.isEmpty() ? QString()
                                         : tr("Evidence check failed — %1").arg(problems.join(QStringLiteral("; "))));
    m_banner->setVisible(!problems.isEmpty());
    setModified(false);
    updateBlindFirst();
    if (problems.isEmpty() && m_case.hasResult()) {
        showMessage(tr("Case opened; evidence verified. Recomputing the stored comparison…"), false);
        compare();
    } else {
        showMessage(problems.isEmpty() ? tr("Case opened; evidence verified.") : tr("Case opened with evidence problems."),
                    !problems.isEmpty());
    }
    return {};
}

void FaceWorkspace::newCase()
{
    m_case = CaseFile();
    m_case.setBlindFirst(AppSettings().blindFirst());
    m_result.reset();
    m_results->clear();
    m_aligned->clear();
    m_probe->clear();
    m_reference->clear();
    m_notes->setNotes(m_case.notes());
    m_banner->hide();
    setModified(false);
    updateBlindFirst();
}

Status FaceWorkspace::exportReport(const QString& pdfPath)
{
    if (!m_result) {
        const Error e(ErrorCode::Usage, tr("Run a comparison before exporting a report."));
        showMessage(e.toString(), true);
        return e;
    }
    ReportExtras extras;
    extras.caseId = m_case.caseId();
    extras.examiner = m_case.notes().examiner();
    for (const QString& id : ExaminerNotes::fiswgComponentIds()) {
        const Assessment a = m_case.notes().assessment(id);
        if (a.finding == Assessment::Finding::Unset && a.note.isEmpty())
            continue;
        extras.examinerNotes << qMakePair(ExaminerNotes::componentName(id),
                                          ExaminerNotes::findingText(a.finding) +
                                              (a.note.isEmpty() ? QString() : QStringLiteral(" — ") + a.note));
    }
    m_case.recordExport(pdfPath);
    extras.auditSummary = m_case.auditLog().summary();
    auto st = writeFaceReportPdf(pdfPath, *m_result, extras);
    if (!st) {
        showMessage(st.error().toString(), true);
        return st;
    }
    setModified(true);
    showMessage(tr("Report exported to %1.").arg(pdfPath), false);
    return {};
}

} // namespace descry::ui
