// The examiner's workbench (issue 14): the what-if followed by tree, chart, explanation and report; case details
// and the conclusion in the GUI; layouts and remembered splitters; where file dialogs start; workspace-aware
// shortcuts; the lock dialog; real progress stages; the empty chart.
#include "UiHooks.h"
#include "UiTestData.h"

#include "core/casefile/AuditLog.h"
#include "core/face/AlignedLandmarks.h"
#include "ui/AlignedCompareView.h"
#include "ui/AppSettings.h"
#include "ui/CasePanel.h"
#include "ui/EnhancementPanel.h"
#include "ui/ImageView.h"
#include "ui/PhotoPane.h"
#include "ui/RecentFileLabels.h"
#include "ui/ContributionChart.h"
#include "ui/CxrWorkspace.h"
#include "ui/DescriptorTreeModel.h"
#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/MainWindow.h"
#include "ui/NotesPanel.h"
#include "ui/ResultsPanel.h"
#include "ui/ThemeColours.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QRegularExpression>
#include <QComboBox>
#include <QGraphicsEllipseItem>
#include <QGraphicsItemGroup>
#include <QMenu>
#include <QMouseEvent>
#include <QSlider>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

#include <iostream>

using namespace descry;
using namespace descry::ui;
using uitest::FaceData;
using uitest::FaceFixture;

namespace {

QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString lastAudit(const CaseFile& c, const char* action)
{
    const QList<AuditEntry> entries = c.auditLog().entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        if (it->action == QLatin1String(action))
            return it->detail;
    return {};
}

// A main window with the generated photos compared (probe and the same person).
struct Compared
{
    FaceFixture data{FaceData::Generated};
    QTemporaryDir dir;
    MainWindow window;
    FaceWorkspace* ws = nullptr;
    QStringList photos;

    bool run()
    {
        window.askSaveChanges = [] { return int(QMessageBox::Discard); };
        window.show();
        ws = window.faceWorkspace();
        photos = data.copySamePersonPair(dir.path());
        if (photos.size() != 2 || !ws->setProbe(photos[0]) || !ws->setReference(photos[1]))
            return false;
        QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
        ws->run();
        return done.wait(60000) && ws->result();
    }
};

} // namespace

TEST(Workbench, TreeChartExplanationAuditAndReportAllFollowTheWhatIf)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    ResultsPanel* results = c.ws->resultsPanel();
    DescriptorTreeModel* tree = results->treeModel();
    const QModelIndex first = tree->index(0, DescriptorTreeModel::DescriptorColumn);
    const QString component = first.data().toString();
    const QModelIndex second = tree->index(1, DescriptorTreeModel::ContributionColumn);
    const double secondBefore = second.data(DescriptorTreeModel::ValueRole).toDouble();
    const QString sentencesBefore = results->sentencesLabel()->text();

    ASSERT_TRUE(tree->setData(first, int(Qt::Unchecked), Qt::CheckStateRole));
    ASSERT_TRUE(results->isModified());
    const QSharedPointer<const FaceComparisonResult> shown = results->shownResult();
    ASSERT_NE(shown, results->result());
    EXPECT_NEAR(shown->score, results->currentScore(), 1e-12);
    // The tree: the switched-off component contributes nothing, the others show the what-if's shares.
    EXPECT_EQ(tree->index(0, DescriptorTreeModel::ContributionColumn).data(DescriptorTreeModel::ValueRole).toDouble(),
              0.0);
    const double secondAfter = second.data(DescriptorTreeModel::ValueRole).toDouble();
    EXPECT_NE(secondAfter, secondBefore) << "re-normalised: the remaining shares change";
    double sum = 0;
    for (int row = 0; row < tree->rowCount(); ++row)
        sum +=
            tree->index(row, DescriptorTreeModel::ContributionColumn).data(DescriptorTreeModel::ValueRole).toDouble();
    EXPECT_NEAR(sum + shown->biasTerm + shown->residual, results->currentScore(), 1e-6);
    // The chart and the explanation are the what-if's.
    EXPECT_EQ(results->chart()->result(), shown);
    EXPECT_EQ(results->sentencesLabel()->text(), shown->sentences.join(QStringLiteral("\n\n")));
    EXPECT_NE(results->sentencesLabel()->text(), sentencesBefore);
    // The audit names what was switched off, in the units unchecked.
    const QString audit = lastAudit(c.ws->caseFile(), AuditLog::WhatIf);
    EXPECT_TRUE(audit.contains(component)) << audit.toStdString();
    EXPECT_TRUE(audit.contains(QStringLiteral("descriptor"))) << audit.toStdString();

    const QString pdf = c.dir.filePath(QStringLiteral("what-if.pdf"));
    ASSERT_TRUE(c.ws->exportReport(pdf).ok()) << c.ws->messageLabel()->text().toStdString();
    const QString text = pdfText(pdf);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped";
    EXPECT_TRUE(text.contains(QStringLiteral("WHAT-IF")));
    EXPECT_TRUE(text.contains(QString::number(results->currentScore(), 'f', 3)));

    // Reset: everything is the comparison's again.
    results->resetWhatIf();
    EXPECT_EQ(results->shownResult(), results->result());
    EXPECT_NEAR(second.data(DescriptorTreeModel::ValueRole).toDouble(), secondBefore, 1e-12);
    const QString plain = c.dir.filePath(QStringLiteral("plain.pdf"));
    ASSERT_TRUE(c.ws->exportReport(plain).ok());
    EXPECT_FALSE(pdfText(plain).contains(QStringLiteral("WHAT-IF")));
}

TEST(Workbench, CaseDetailsAndTheConclusionAreEditedAuditedSavedAndReported)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    CasePanel* panel = c.ws->casePanel();
    c.ws->showPanel(panel);
    panel->caseNumberEdit()->setText(QStringLiteral("2026-0142"));
    panel->titleEdit()->setText(QStringLiteral("Bank robbery"));
    panel->probeExhibitEdit()->setText(QStringLiteral("P-12"));
    emit panel->caseNumberEdit()->editingFinished();
    EXPECT_EQ(c.ws->caseFile().details().caseNumber, QStringLiteral("2026-0142"));
    EXPECT_EQ(c.ws->caseFile().title(), QStringLiteral("Bank robbery"));
    EXPECT_TRUE(lastAudit(c.ws->caseFile(), AuditLog::Details).contains(QStringLiteral("'P-12'")));
    EXPECT_TRUE(c.window.windowTitle().contains(QStringLiteral("2026-0142 · Bank robbery")))
        << c.window.windowTitle().toStdString();

    // A conclusion needs a level, a name and a rationale: refused with the reason, nothing recorded.
    panel->levelCombo()->setCurrentIndex(panel->levelCombo()->findData(QStringLiteral("limited-support-same")));
    panel->examinerEdit()->clear();
    panel->rationaleEdit()->setPlainText(QStringLiteral("Nose and ear agree; the probe is soft."));
    QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
    EXPECT_TRUE(panel->conclusionStatus()->text().contains(QStringLiteral("Enter your name")));
    EXPECT_TRUE(c.ws->caseFile().details().conclusion.isEmpty());
    panel->examinerEdit()->setText(QStringLiteral("A. Examiner"));
    panel->roleEdit()->setText(QStringLiteral("Facial examiner"));
    QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
    EXPECT_EQ(c.ws->caseFile().details().conclusion.level, QStringLiteral("limited-support-same"));
    EXPECT_TRUE(c.ws->caseFile().details().conclusion.utc.isValid());
    EXPECT_TRUE(panel->conclusionStatus()->text().contains(QStringLiteral("Recorded by A. Examiner")));
    EXPECT_EQ(c.ws->caseFile().auditLog().entries().constLast().action, QLatin1String(AuditLog::Conclusion));

    const QString casePath = c.dir.filePath(QStringLiteral("case.descry"));
    ASSERT_TRUE(c.ws->saveDocument(casePath).ok());
    ASSERT_TRUE(c.ws->openDocument(casePath).ok());
    EXPECT_EQ(panel->caseNumberEdit()->text(), QStringLiteral("2026-0142"));
    EXPECT_EQ(panel->levelCombo()->currentData().toString(), QStringLiteral("limited-support-same"));
    QSignalSpy done(c.ws, &FaceWorkspace::comparisonFinished);
    ASSERT_TRUE(c.ws->result() || done.wait(60000));
    const QString pdf = c.dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(c.ws->exportReport(pdf).ok()) << c.ws->messageLabel()->text().toStdString();
    const QString text = pdfText(pdf);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped";
    EXPECT_TRUE(text.contains(QStringLiteral("Case number: 2026-0142")));
    EXPECT_TRUE(text.contains(QStringLiteral("Limited support for the same person")));
    EXPECT_TRUE(text.contains(QStringLiteral("Facial examiner")));
}

TEST(Workbench, SaveAndExportDialogsStartInTheCasesFolderNotTheEvidenceFolder)
{
    QTemporaryDir evidence, cases;
    AppSettings().setCasesFolder(cases.path());
    MainWindow window;
    QStringList starts;
    window.askFileName = [&](const QString&, const QString&, bool, const QString& start) {
        starts << start;
        return QString(); // cancelled
    };
    const QString photo = uitest::writeSyntheticFace(evidence.filePath(QStringLiteral("probe.png")), 20);
    ASSERT_TRUE(window.faceWorkspace()->setProbe(photo));
    CasePanel* panel = window.faceWorkspace()->casePanel();
    panel->caseNumberEdit()->setText(QStringLiteral("2026/0142"));
    emit panel->caseNumberEdit()->editingFinished();
    EXPECT_FALSE(window.saveDocumentAs());
    ASSERT_EQ(starts.size(), 1);
    EXPECT_EQ(starts[0], QDir(cases.path()).filePath(QStringLiteral("2026-0142.descry")))
        << "the case folder and a name from the case number, '/' made safe";
    EXPECT_FALSE(starts[0].startsWith(evidence.path()));
    AppSettings().setCasesFolder(QString());
}

TEST(Workbench, CtrlOActsOnTheActiveWorkspace)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    int cxrAsked = 0;
    window.cxrWorkspace()->askOpenFiles = [&](const QString&, const QString&) {
        ++cxrAsked;
        return QStringList();
    };
    const uitest::ModalCloser closer; // a face photo dialog, if one opened, would be closed and counted
    window.workspaces()->setCurrentWidget(window.cxrWorkspace());
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    EXPECT_EQ(cxrAsked, 1) << "Ctrl+O in the Chest X-ray tab opens a study";
    EXPECT_EQ(closer.closed(), 0) << closer.titles().join(QStringLiteral(", ")).toStdString();
}

TEST(Workbench, LayoutsKeepEveryPanelAndSplittersAreRemembered)
{
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        FaceWorkspace* ws = window.faceWorkspace();
        ws->setLayoutMode(FaceWorkspace::Layout::Compact);
        EXPECT_EQ(ws->detailTabs()->count(), 4);
        EXPECT_EQ(ws->resultsPanel()->lowerTabs()->count(), 2);
        EXPECT_FALSE(ws->sideTabs()->isVisibleTo(ws));
        EXPECT_EQ(ws->mainSplitter()->orientation(), Qt::Horizontal);
        ws->setLayoutMode(FaceWorkspace::Layout::Detailed);
        EXPECT_EQ(ws->detailTabs()->count(), 1);
        // Chart and explanation beside the tree, then aligned faces, notes and case.
        EXPECT_EQ(ws->sideTabs()->count(), 5);
        EXPECT_EQ(ws->sideTabs()->widget(0), ws->resultsPanel()->chart());
        EXPECT_FALSE(ws->resultsPanel()->lowerTabs()->isVisibleTo(ws));
        EXPECT_EQ(ws->mainSplitter()->orientation(), Qt::Vertical);
        ws->showPanel(ws->notesPanel());
        EXPECT_EQ(ws->sideTabs()->currentWidget(), ws->notesPanel());
        ws->mainSplitter()->setSizes({300, 400});
        emit ws->mainSplitter()->splitterMoved(300, 1);
    }
    MainWindow again;
    again.resize(1366, 768);
    again.show();
    FaceWorkspace* ws = again.faceWorkspace();
    EXPECT_EQ(ws->layoutMode(), FaceWorkspace::Layout::Detailed) << "the layout is remembered";
    const QList<int> sizes = ws->mainSplitter()->sizes();
    ASSERT_EQ(sizes.size(), 2);
    EXPECT_LT(sizes[0], sizes[1]) << "the splitter position is remembered";
    ws->setLayoutMode(FaceWorkspace::Layout::Compact);
}

TEST(Workbench, AtTheCompactLayoutOf1366x768TheTreeShowsTwelveRows)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    c.window.faceWorkspace()->setLayoutMode(FaceWorkspace::Layout::Compact);
    c.window.resize(1366, 768);
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    // The window really is 1366×768 once a result is shown: no label or toolbar widens it (it grew to 2400 px).
    c.window.resize(1366, 768);
    QTest::qWait(50);
    EXPECT_LE(c.window.minimumSizeHint().width(), 1366);
    EXPECT_LE(c.window.minimumSizeHint().height(), 768);
    EXPECT_EQ(c.window.size(), QSize(1366, 768));
    QTreeView* tree = c.ws->resultsPanel()->treeView();
    tree->expandAll();
    QTest::qWait(50);
    const int rowHeight = tree->sizeHintForRow(0);
    ASSERT_GT(rowHeight, 0);
    EXPECT_GE(tree->viewport()->height() / rowHeight, 12) << "viewport " << tree->viewport()->height();
}

TEST(Workbench, TheLockDialogCannotBeAcceptedWithoutAName)
{
    NotesPanel panel;
    panel.show();
    panel.findingCombo(QStringLiteral("eyes"))->setCurrentIndex(1);
    ASSERT_TRUE(panel.lockButton()->isEnabled());
    QTest::mouseClick(panel.lockButton(), Qt::LeftButton);
    auto* dialog = panel.findChild<QDialog*>(QStringLiteral("lockDialog"));
    ASSERT_TRUE(dialog);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("examiner"));
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    name->clear();
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(name, QStringLiteral("   "));
    EXPECT_FALSE(ok->isEnabled()) << "blanks are no name";
    name->setText(QStringLiteral("A. Examiner"));
    ASSERT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_TRUE(panel.isLocked());
}

TEST(Workbench, TheProgressBarShowsRealStages)
{
    FaceFixture data(FaceData::Generated);
    ASSERT_TRUE(data.ok());
    QTemporaryDir dir;
    MainWindow window;
    FaceWorkspace* ws = window.faceWorkspace();
    ASSERT_TRUE(ws->setProbe(data.photos().probe));
    ASSERT_TRUE(ws->setReference(data.photos().samePerson));
    QList<int> values;
    QStringList stages;
    QObject::connect(ws->progressBar(), &QProgressBar::valueChanged, [&](int v) {
        values << v;
        stages << ws->progressBar()->format();
    });
    QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
    ws->run();
    ASSERT_TRUE(done.wait(60000));
    ASSERT_FALSE(values.isEmpty());
    EXPECT_GT(*std::max_element(values.begin(), values.end()), 50) << "the bar moves during the run";
    stages.removeDuplicates();
    EXPECT_GE(stages.size(), 3) << stages.join(QStringLiteral(" | ")).toStdString();
}

TEST(Workbench, TheEmptyChartHasNoMicroscopicAxis)
{
    ContributionChart chart;
    chart.clear();
    EXPECT_GE(chart.xAxis->range().size(), 1.0);
    EXPECT_FALSE(chart.xAxis->tickLabels());
}

TEST(Workbench, RecentFilesTellEqualNamesApartAndShowTheFullPathOnHover)
{
    EXPECT_EQ(recentFileLabels(
                  {QStringLiteral("/d/orl/s1/1.pgm"), QStringLiteral("/d/orl/s2/1.pgm"), QStringLiteral("/x/a.jpg")}),
              (QStringList{QStringLiteral("1.pgm — s1"), QStringLiteral("1.pgm — s2"), QStringLiteral("a.jpg")}));
    EXPECT_EQ(recentFileLabels({QStringLiteral("/a/x/s1/1.pgm"), QStringLiteral("/b/x/s1/1.pgm")}),
              (QStringList{QStringLiteral("1.pgm — a/x/s1"), QStringLiteral("1.pgm — b/x/s1")}));
    PhotoPane pane(PhotoPane::Side::Probe);
    pane.setRecentFiles({QStringLiteral("/d/orl/s1/1.pgm"), QStringLiteral("/d/orl/s2/1.pgm")});
    EXPECT_TRUE(pane.recentMenu()->toolTipsVisible());
    ASSERT_EQ(pane.recentMenu()->actions().size(), 2);
    EXPECT_EQ(pane.recentMenu()->actions()[1]->toolTip(), QStringLiteral("/d/orl/s2/1.pgm"));
}

TEST(Workbench, EnhancementIsDisplayOnlyLinkedRecordedAuditedAndReported)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    const QByteArray evidenceBefore = [&] {
        QFile f(c.photos[0]);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    PhotoPane* probe = c.ws->probePane();
    PhotoPane* reference = c.ws->referencePane();
    const QImage loaded = probe->imageView()->image();
    c.ws->linkEnhancementCheck()->setChecked(true);
    probe->enhancementPanel()->contrastSlider()->setValue(180);
    probe->enhancementPanel()->claheCheck()->setChecked(true);
    EXPECT_EQ(probe->enhancement().contrast, 1.8);
    EXPECT_EQ(reference->enhancement(), probe->enhancement()) << "linked: both photos";
    EXPECT_NE(probe->imageView()->displayImage(), loaded) << "shown enhanced";
    EXPECT_EQ(probe->imageView()->image(), loaded) << "the photo as loaded is kept";
    // As loaded | as displayed: the left half is the photo as loaded.
    probe->setSplitView(true);
    const QImage split = probe->imageView()->displayImage();
    EXPECT_EQ(split.pixel(2, split.height() / 2),
              loaded.convertToFormat(QImage::Format_RGB32).pixel(2, split.height() / 2));
    probe->setSplitView(false);
    emit probe->enhancementFinished(); // the menu closed: recorded
    EXPECT_EQ(c.ws->caseFile().details().probeView.contrast, 1.8);
    EXPECT_TRUE(c.ws->caseFile().details().referenceView.clahe);
    EXPECT_TRUE(lastAudit(c.ws->caseFile(), AuditLog::Details).contains(QStringLiteral("contrast 1.80, CLAHE")));
    // The next comparison uses the photos as loaded: the same score as before.
    const double score = c.ws->result()->score;
    QSignalSpy done(c.ws, &FaceWorkspace::comparisonFinished);
    c.ws->run();
    ASSERT_TRUE(done.wait(60000));
    EXPECT_DOUBLE_EQ(c.ws->result()->score, score);
    QFile f(c.photos[0]);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), evidenceBefore) << "the evidence is never changed";
    const QString pdf = c.dir.filePath(QStringLiteral("enhanced.pdf"));
    ASSERT_TRUE(c.ws->exportReport(pdf).ok());
    const QString text = pdfText(pdf).simplified();
    if (text.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped";
    EXPECT_TRUE(text.contains(QStringLiteral("Viewing enhancement used"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("probe: contrast 1.80, CLAHE")));
    EXPECT_TRUE(text.contains(QStringLiteral("Overlay (reference at 50 %)")));
}

TEST(Workbench, MeasuringOnAPhotoGivesPixelsAndInterEyeDistances)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    ImageView* view = c.ws->probePane()->imageView();
    const double iod = view->interEyeDistance();
    ASSERT_GT(iod, 5);
    const ImageView::Measurement m =
        view->addMeasurement(ImageView::Tool::Distance, {QPointF(10, 10), QPointF(10 + iod, 10)});
    EXPECT_NEAR(m.pixels, iod, 1e-9);
    EXPECT_NEAR(m.iod, 1.0, 1e-9) << "normalised by the inter-eye distance";
    const ImageView::Measurement angle =
        view->addMeasurement(ImageView::Tool::Angle, {QPointF(20, 0), QPointF(0, 0), QPointF(0, 20)});
    EXPECT_NEAR(angle.pixels, 90.0, 1e-9);
    // With the mouse: two clicks of the distance tool.
    c.ws->probePane()->toolCombo()->setCurrentIndex(1);
    ASSERT_EQ(view->tool(), ImageView::Tool::Distance);
    const QPoint a = view->mapFromScene(QPointF(30, 30)), b = view->mapFromScene(QPointF(60, 70));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, a);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, b);
    ASSERT_EQ(view->measurements().size(), 3);
    EXPECT_NEAR(view->measurements().constLast().pixels, QLineF(view->mapToScene(a), view->mapToScene(b)).length(),
                1e-6);
    EXPECT_TRUE(c.ws->probePane()->measurementNote()->text().contains(QStringLiteral("IOD")));
}

TEST(Workbench, DraggingALandmarkRecomputesRecordsAuditsAndShowsItInAnotherColour)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    ImageView* view = c.ws->probePane()->imageView();
    c.ws->probePane()->toolCombo()->setCurrentIndex(3);
    ASSERT_EQ(view->tool(), ImageView::Tool::MoveLandmarks);
    const double scoreBefore = c.ws->result()->score;
    const QPointF from = view->landmarkPositions().value(54);
    const QPointF to = from + QPointF(8, 3);
    QSignalSpy done(c.ws, &FaceWorkspace::comparisonFinished);
    const QPoint press = view->mapFromScene(from);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, press);
    QMouseEvent move(QEvent::MouseMove, QPointF(view->mapFromScene(to)),
                     view->viewport()->mapToGlobal(QPointF(view->mapFromScene(to))), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(to));
    ASSERT_TRUE(done.wait(60000)) << c.ws->messageLabel()->text().toStdString();
    const QList<LandmarkCorrection> moved = c.ws->caseFile().details().probeLandmarks;
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved[0].index, 54);
    EXPECT_NEAR(moved[0].from.x(), from.x(), 1e-9);
    EXPECT_LT(QLineF(moved[0].to, to).length(), 1.5) << "within a screen pixel of the drop";
    EXPECT_TRUE(lastAudit(c.ws->caseFile(), AuditLog::Details).contains(QStringLiteral("probe landmarks")));
    EXPECT_EQ(c.ws->result()->probe.face.correctedLandmarks, QList<int>{54});
    EXPECT_NE(c.ws->result()->score, scoreBefore) << "the measured characteristics and the score recompute";
    EXPECT_TRUE(c.ws->resetLandmarksButton()->isEnabled());
    // Drawn magenta; the aligned view gets the landmarks too.
    auto* dot = dynamic_cast<QGraphicsEllipseItem*>(view->landmarksItem()->childItems().value(54));
    ASSERT_TRUE(dot);
    EXPECT_EQ(dot->brush().color(), QColor(255, 40, 200));
    // Saved and reopened: the comparison is recomputed with the moved point.
    const QString casePath = c.dir.filePath(QStringLiteral("moved.descry"));
    ASSERT_TRUE(c.ws->saveDocument(casePath).ok());
    const double movedScore = c.ws->result()->score;
    QSignalSpy reopened(c.ws, &FaceWorkspace::comparisonFinished);
    ASSERT_TRUE(c.ws->openDocument(casePath).ok());
    ASSERT_TRUE(reopened.wait(60000));
    EXPECT_DOUBLE_EQ(c.ws->result()->score, movedScore);
    // Reset: back to the detector's points and score.
    QSignalSpy reset(c.ws, &FaceWorkspace::comparisonFinished);
    c.ws->resetLandmarks();
    ASSERT_TRUE(reset.wait(60000));
    EXPECT_TRUE(c.ws->caseFile().details().probeLandmarks.isEmpty());
    EXPECT_DOUBLE_EQ(c.ws->result()->score, scoreBefore);
}

TEST(Workbench, TheAlignedViewHasLandmarksZoomGridAndContrast)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    AlignedCompareView* aligned = c.ws->alignedView();
    c.ws->showPanel(aligned);
    aligned->resize(600, 400);
    const QImage plain = aligned->grab().toImage();
    aligned->setLandmarksShown(true);
    aligned->setGridShown(true);
    const QImage marked = aligned->grab().toImage();
    EXPECT_NE(plain, marked);
    aligned->setZoom(3);
    EXPECT_DOUBLE_EQ(aligned->zoom(), 3);
    aligned->setZoom(100);
    EXPECT_DOUBLE_EQ(aligned->zoom(), 8) << "clamped";
    aligned->setContrast(2);
    EXPECT_NE(aligned->grab().toImage(), marked);
    QTest::keyClick(aligned, Qt::Key_0);
    EXPECT_DOUBLE_EQ(aligned->zoom(), 1);
}

TEST(Workbench, EveryRowHasItsDefinitionAndTheSourceIsShownByIconAndLegend)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    ResultsPanel* results = c.ws->resultsPanel();
    DescriptorTreeModel* tree = results->treeModel();
    int rows = 0;
    for (int r = 0; r < tree->rowCount(); ++r) {
        const QModelIndex component = tree->index(r, 0);
        EXPECT_FALSE(component.data(Qt::ToolTipRole).toString().isEmpty()) << component.data().toString().toStdString();
        for (int g = 0; g < tree->rowCount(component); ++g) {
            const QModelIndex group = tree->index(g, 0, component);
            EXPECT_FALSE(tree->definition(group).isEmpty()) << group.data().toString().toStdString();
            const QModelIndex source = tree->index(g, DescriptorTreeModel::SourceColumn, component);
            EXPECT_FALSE(source.data(Qt::DecorationRole).value<QIcon>().isNull());
            EXPECT_FALSE(source.data(Qt::ToolTipRole).toString().isEmpty());
            ++rows;
        }
    }
    ASSERT_GT(rows, 0);
    const QModelIndex group = tree->index(0, 0, tree->index(0, 0));
    results->treeView()->setCurrentIndex(group);
    EXPECT_TRUE(results->definitionText().startsWith(tree->definition(group)))
        << results->definitionText().toStdString();
    EXPECT_NE(DescriptorTreeModel::sourceSentence(QStringLiteral("measured")),
              DescriptorTreeModel::sourceSentence(QStringLiteral("appearance")));
}

TEST(Workbench, MeasuringOnTheAlignedFacesIsNormalisedByEachFacesInterEyeDistance)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    AlignedCompareView* aligned = c.ws->alignedView();
    c.ws->showPanel(aligned);
    aligned->resize(600, 400);
    aligned->setMeasuring(true);
    EXPECT_EQ(aligned->mode(), AlignedCompareView::Mode::SideBySide);
    // The template puts the eye centres 35.2 px apart in 112 (70.5 in 224): a distance of one IOD measures 1.
    const QList<QPointF> marks = alignedLandmarks(c.ws->result()->probe.face, 224);
    ASSERT_EQ(marks.size(), 68);
    QPointF left, right;
    for (int i = 36; i < 42; ++i)
        left += marks[i] / 6.0;
    for (int i = 42; i < 48; ++i)
        right += marks[i] / 6.0;
    QSignalSpy measured(aligned, &AlignedCompareView::measured);
    aligned->addMeasurementPoint(0, left);
    aligned->addMeasurementPoint(0, right);
    ASSERT_EQ(measured.count(), 1);
    EXPECT_TRUE(aligned->measurementText(0).endsWith(QStringLiteral("= 1.000 IOD")))
        << aligned->measurementText(0).toStdString();
    // With the mouse, on the reference face.
    aligned->show();
    QTest::mouseClick(aligned, Qt::LeftButton, {}, QPoint(aligned->width() * 3 / 4 - 20, aligned->height() / 2));
    QTest::mouseClick(aligned, Qt::LeftButton, {}, QPoint(aligned->width() * 3 / 4 + 20, aligned->height() / 2));
    EXPECT_EQ(aligned->measurementPoints(1).size(), 2);
    EXPECT_TRUE(aligned->measurementText(1).contains(QStringLiteral("IOD")));
}

TEST(Workbench, CancellingARunOfTheSamePhotosShowsThePreviousResultAgain)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    const QSharedPointer<const FaceComparisonResult> before = c.ws->result();
    const double score = before->score;
    QSignalSpy done(c.ws, &FaceWorkspace::comparisonFinished);
    // The worker is held until the cancel is asked for: the second run never reaches the model.
    QSemaphore gate;
    c.window.inferenceService()->invokeOnWorker([&gate] { gate.acquire(); });
    c.ws->run();
    EXPECT_FALSE(c.ws->result()) << "while comparing, the old result is not shown as this one's";
    c.ws->cancel();
    gate.release();
    ASSERT_TRUE(done.wait(60000));
    ASSERT_TRUE(c.ws->result()) << "the cancelled run dropped the result the examiner had";
    EXPECT_EQ(c.ws->result()->score, score);
    EXPECT_EQ(c.ws->resultsPanel()->result()->score, score);
    EXPECT_TRUE(c.ws->messageLabel()->text().contains(QStringLiteral("previous result")));
    EXPECT_TRUE(c.ws->canPerform(Workspace::Action::Export));
}

TEST(Workbench, TheZoomOfAPhotoStaysWhenTheComparisonRunsAgain)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    ImageView* view = c.ws->probePane()->imageView();
    view->setZoom(view->fitZoom() * 3);
    const double zoom = view->zoom();
    ASSERT_FALSE(view->isFitted());
    QSignalSpy done(c.ws, &FaceWorkspace::comparisonFinished);
    c.ws->run();
    ASSERT_TRUE(done.wait(60000));
    ASSERT_TRUE(c.ws->result());
    EXPECT_FALSE(view->isFitted()) << "the rerun fitted the photo to the window again";
    EXPECT_NEAR(view->zoom(), zoom, zoom * 1e-6);
    EXPECT_NEAR(c.ws->referencePane()->imageView()->relativeZoom(), view->relativeZoom(), 1e-6);
}

TEST(Workbench, LayoutAndViewActionsLeaveASavedCaseUnmodified)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    const QString casePath = c.dir.filePath(QStringLiteral("case.descry"));
    ASSERT_TRUE(c.ws->saveDocument(casePath).ok());
    ASSERT_FALSE(c.ws->isModified());
    // Every panel shown in turn, both layouts, photos only and back, zoom: none of it is a change of the case.
    for (FaceWorkspace::Layout layout : {FaceWorkspace::Layout::Detailed, FaceWorkspace::Layout::Compact}) {
        c.ws->setLayoutMode(layout);
        for (QWidget* panel :
             {static_cast<QWidget*>(c.ws->casePanel()), static_cast<QWidget*>(c.ws->notesPanel()),
              static_cast<QWidget*>(c.ws->alignedView()), static_cast<QWidget*>(c.ws->resultsPanel())}) {
            c.ws->showPanel(panel);
            panel->setFocus();
            QTest::qWait(10);
        }
    }
    c.ws->setPhotosOnly(true);
    c.ws->setPhotosOnly(false);
    c.ws->probePane()->imageView()->zoomIn();
    QTest::qWait(20);
    EXPECT_FALSE(c.ws->isModified()) << lastAudit(c.ws->caseFile(), AuditLog::Details).toStdString();
    EXPECT_FALSE(c.window.isWindowModified());
}

namespace {

QColor styleColour(const QWidget* w)
{
    static const QRegularExpression colour(QStringLiteral("(?:^|[ ;{])color:\\s*(#[0-9a-fA-F]{6})"));
    const QRegularExpressionMatch m = colour.match(w->styleSheet());
    return m.hasMatch() ? QColor(m.captured(1)) : w->palette().color(QPalette::WindowText);
}

// A dark palette for the duration of a test, as a desktop's dark colour scheme gives.
struct DarkPalette
{
    QPalette before = QApplication::palette();
    DarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Dark, QColor(0x12, 0x12, 0x12));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x60, 0x60, 0x60));
        QApplication::setPalette(dark);
    }
    ~DarkPalette() { QApplication::setPalette(before); }
};

} // namespace

TEST(Workbench, ContrastRatiosAreWcagsAndTonesAreMadeReadable)
{
    EXPECT_NEAR(ThemeColours::contrastRatio(Qt::black, Qt::white), 21.0, 1e-6);
    EXPECT_NEAR(ThemeColours::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
    // The amber warning and the light grey placeholder of before fail 4.5:1; the adjusted colours pass.
    EXPECT_LT(ThemeColours::contrastRatio(QColor(0xbe, 0xbe, 0xbe), QColor(0xa0, 0xa0, 0xa0)), 1.5);
    EXPECT_GE(ThemeColours::contrastRatio(QColor(0xa0, 0xa0, 0xa0),
                                          ThemeColours::readableOn(QColor(0xa0, 0xa0, 0xa0), QColor(0xbe, 0xbe, 0xbe))),
              4.5);
    const QColor blue(0x1f, 0x5f, 0xbf);
    EXPECT_EQ(ThemeColours::readableOn(Qt::white, blue), blue) << "a readable colour is kept as it is";
    const QColor onDark = ThemeColours::readableOn(QColor(0x2b, 0x2b, 0x2b), blue);
    EXPECT_GE(ThemeColours::contrastRatio(onDark, QColor(0x2b, 0x2b, 0x2b)), 4.5);
    EXPECT_GT(onDark.lightness(), blue.lightness()) << "lightened on a dark background";
}

TEST(Workbench, UnderADarkPaletteTheColouredTextsStayReadable)
{
    DarkPalette dark;
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    const QColor window = c.ws->palette().color(QPalette::Window);
    ASSERT_LT(window.lightness(), 80);
    ResultsPanel* results = c.ws->resultsPanel();
    const auto label = [&](const char* name) { return results->findChild<QLabel*>(QLatin1String(name)); };
    EXPECT_GE(ThemeColours::contrastRatio(styleColour(label("decision")), window), 4.5)
        << label("decision")->styleSheet().toStdString();
    // A what-if: the blue note and flag.
    DescriptorTreeModel* tree = results->treeModel();
    ASSERT_TRUE(
        tree->setData(tree->index(0, DescriptorTreeModel::DescriptorColumn), int(Qt::Unchecked), Qt::CheckStateRole));
    for (const char* name : {"whatIf", "whatIfExplanation"})
        EXPECT_GE(ThemeColours::contrastRatio(styleColour(label(name)), window), 4.5) << name;
    // The tree's contribution colours on the tree's own background.
    const QColor base = results->treeView()->palette().color(QPalette::Base);
    for (int row = 1; row < tree->rowCount(); ++row) {
        const QVariant brush = tree->index(row, DescriptorTreeModel::ContributionColumn).data(Qt::ForegroundRole);
        if (brush.isValid()) {
            EXPECT_GE(ThemeColours::contrastRatio(brush.value<QBrush>().color(), base), 4.5) << "row " << row;
        }
    }
    // The chart: drawn on the palette's base in its text colour (QCustomPlot's own white would glare).
    ContributionChart* chart = results->chart();
    const QImage drawn = chart->toPixmap(300, 200).toImage();
    EXPECT_EQ(drawn.pixelColor(2, 2).rgb(), base.rgb());
    EXPECT_GE(ThemeColours::contrastRatio(chart->xAxis->tickLabelColor(), base), 4.5);
    // An error message.
    c.ws->run(); // compared again at once, then a refused photo
    QSignalSpy done(c.ws, &FaceWorkspace::comparisonFinished);
    ASSERT_TRUE(done.wait(60000));
    EXPECT_FALSE(c.ws->setProbe(c.dir.filePath(QStringLiteral("missing.jpg"))));
    EXPECT_GE(ThemeColours::contrastRatio(styleColour(c.ws->messageLabel()), window), 4.5)
        << c.ws->messageLabel()->styleSheet().toStdString();
}

TEST(Workbench, TheChartNeverOverlapsItsLabelsAndSumsWhatDoesNotFit)
{
    auto r = QSharedPointer<FaceComparisonResult>::create();
    for (int i = 0; i < 19; ++i) {
        GroupExplanation g;
        g.layoutGroup = i;
        g.component = QStringLiteral("c%1").arg(i);
        g.componentName = QStringLiteral("Component %1").arg(i);
        g.contribution = (i % 2 ? -1 : 1) * (0.2 - 0.01 * i);
        r->groups.append(g);
    }
    ContributionChart chart;
    chart.resize(400, 170);
    chart.show();
    chart.setResult(r, nullptr);
    ASSERT_EQ(chart.barCount(), 19);
    const QStringList shown = chart.shownLabels();
    ASSERT_LT(shown.size(), 19);
    EXPECT_GE((170 - 90) / double(shown.size()), 13.0) << "every label drawn has room";
    EXPECT_EQ(shown.constLast(), QStringLiteral("%1 other(s)").arg(19 - shown.size() + 1));
    EXPECT_GE(chart.yAxis->tickLabelFont().pixelSize(), 9);
    EXPECT_TRUE(chart.accessibleDescription().contains(QStringLiteral("Component 18")))
        << "all bars for screen readers";
    chart.resize(400, 400);
    QTest::qWait(20);
    EXPECT_EQ(chart.shownLabels().size(), 19) << "taller, every component has its bar";
    EXPECT_EQ(chart.shownLabels().constLast(), QStringLiteral("Component 18"));
}

TEST(Workbench, TheFirstWindowIsNeverLargerThanTheScreensWorkArea)
{
    EXPECT_EQ(MainWindow::defaultWindowSize(QSize(1366, 728)), QSize(1280, 728)) << "1366×768 with a panel";
    EXPECT_EQ(MainWindow::defaultWindowSize(QSize(1280, 720)), QSize(1280, 720)) << "2560×1440 at scale 2";
    EXPECT_EQ(MainWindow::defaultWindowSize(QSize(1920, 1050)), QSize(1280, 800));
    EXPECT_EQ(MainWindow::defaultWindowSize(QSize()), QSize(1280, 800));
}

TEST(Workbench, TabReachesThePhotosTheTreeAndTheTabsAndThePhotosZoomByKeyboard)
{
    Compared c;
    ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
    c.window.faceWorkspace()->setLayoutMode(FaceWorkspace::Layout::Compact);
    ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
    // The focus chain as Tab walks it, from the Compare button round to it again.
    QList<QWidget*> reached;
    QWidget* start = c.ws->compareButton();
    ASSERT_TRUE(start);
    for (QWidget* w = start->nextInFocusChain(); w && w != start && reached.size() < 500; w = w->nextInFocusChain())
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(&c.window) && w->isEnabled())
            reached << w;
    ImageView* probe = c.ws->probePane()->imageView();
    ImageView* reference = c.ws->referencePane()->imageView();
    EXPECT_TRUE(reached.contains(probe));
    EXPECT_TRUE(reached.contains(reference));
    EXPECT_TRUE(reached.contains(c.ws->resultsPanel()->treeView()));
    EXPECT_TRUE(reached.contains(c.ws->detailTabs()->tabBar()));
    // Probe before reference, as they are on the screen.
    EXPECT_LT(reached.indexOf(probe), reached.indexOf(reference));
    for (QWidget* w : reached)
        if (qobject_cast<ImageView*>(w) || qobject_cast<QTreeView*>(w) || qobject_cast<ContributionChart*>(w)) {
            EXPECT_FALSE(w->accessibleName().isEmpty()) << w->metaObject()->className();
        }

    // View › Go to panel: each panel by keyboard in either layout, the focus on its first control.
    for (FaceWorkspace::Layout layout : {FaceWorkspace::Layout::Compact, FaceWorkspace::Layout::Detailed}) {
        c.ws->setLayoutMode(layout);
        QAction* goToCase = c.window.findChild<QAction*>(QStringLiteral("actionGoToPanel4"));
        ASSERT_TRUE(goToCase);
        EXPECT_EQ(goToCase->shortcut(), QKeySequence(Qt::ALT | Qt::Key_4));
        goToCase->trigger();
        EXPECT_TRUE(c.ws->casePanel()->isVisible());
        ASSERT_TRUE(c.window.focusWidget());
        EXPECT_TRUE(c.ws->casePanel()->isAncestorOf(c.window.focusWidget()))
            << c.window.focusWidget()->metaObject()->className();
        c.window.findChild<QAction*>(QStringLiteral("actionGoToPanel1"))->trigger();
        EXPECT_TRUE(c.ws->resultsPanel()->isVisible());
    }

    probe->setFocus();
    const double fitted = probe->zoom();
    QTest::keyClick(probe, Qt::Key_Plus);
    EXPECT_GT(probe->zoom(), fitted * 1.05);
    QTest::keyClick(probe, Qt::Key_0);
    EXPECT_TRUE(probe->isFitted());
}

TEST(Workbench, BothLayoutsFitTheSmallScreensWorkAreasWithTheTreeReadable)
{
    // 1366×768 less a 40-px panel, and 2560×1440 at device pixel ratio 2 (1280×720 device-independent pixels).
    for (const QSize screen : {QSize(1366, 728), QSize(1280, 720)}) {
        for (FaceWorkspace::Layout layout : {FaceWorkspace::Layout::Compact, FaceWorkspace::Layout::Detailed}) {
            for (const char* key : {"face/compact/main", "face/detailed/main", "window/geometry"})
                AppSettings().setLayoutState(QLatin1String(key), {}); // as on first use
            Compared c;
            ASSERT_TRUE(c.data.ok()) << c.data.error().toStdString();
            c.window.faceWorkspace()->setLayoutMode(layout);
            c.window.resize(screen);
            ASSERT_TRUE(c.run()) << c.ws->messageLabel()->text().toStdString();
            c.window.resize(screen);
            QTest::qWait(50);
            const bool detailed = layout == FaceWorkspace::Layout::Detailed;
            const QString where = QStringLiteral("%1×%2 %3")
                                      .arg(screen.width())
                                      .arg(screen.height())
                                      .arg(detailed ? QStringLiteral("detailed") : QStringLiteral("compact"));
            EXPECT_LE(c.window.minimumSizeHint().height(), screen.height()) << where.toStdString();
            EXPECT_EQ(c.window.size(), screen) << where.toStdString();
            QTreeView* tree = c.ws->resultsPanel()->treeView();
            tree->expandAll();
            QTest::qWait(20);
            const int rows = tree->viewport()->height() / std::max(1, tree->sizeHintForRow(0));
            const int photo = c.ws->probePane()->imageView()->viewport()->height();
            std::cout << where.toStdString() << ": tree " << rows << " rows, photo " << photo << " px high, "
                      << "descriptor column " << tree->columnWidth(DescriptorTreeModel::DescriptorColumn) << " px\n";
            EXPECT_GE(rows, detailed ? 6 : 12) << where.toStdString();
            EXPECT_GE(photo, detailed ? 200 : 400) << where.toStdString();
            EXPECT_GE(tree->columnWidth(DescriptorTreeModel::DescriptorColumn), 250) << where.toStdString();
        }
    }
}
