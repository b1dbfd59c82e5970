#include "UiTestData.h"
#include "core/face/pipeline/FaceComparison.h"
#include "ui/ContributionChart.h"
#include "ui/DescriptorTreeModel.h"
#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/MainWindow.h"
#include "ui/NotesPanel.h"
#include "ui/PhotoPane.h"
#include "ui/ResultsPanel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSet>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::ui;

using uitest::FaceFixture;

// The end-to-end tests run once per available face data (UiTestData.h): the real Yale photos and face-default pack
// when ../shared is around, and always the generated photos and face-fake pack of the fake encoders.

TEST(FaceWorkspace, CompareWhatIfNotesSaveReopenExport)
{
    uitest::forEachFaceData([](const FaceFixture& data) {
        QTemporaryDir dir;
        // Copies, so the test may alter the "evidence".
        const QStringList photos = data.copySamePersonPair(dir.path());
        ASSERT_EQ(photos.size(), 2);

        MainWindow window;
        window.askSaveChanges = [] { return int(QMessageBox::Discard); };
        window.show();
        FaceWorkspace* ws = window.faceWorkspace();
        ASSERT_TRUE(ws->setProbe(photos[0]));
        ASSERT_TRUE(ws->setReference(photos[1]));
        EXPECT_TRUE(ws->isModified());

        QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
        ws->run();
        EXPECT_FALSE(ws->compareButton()->isEnabled());
        ASSERT_TRUE(done.wait(60000)) << ws->messageLabel()->text().toStdString();
        ASSERT_TRUE(ws->result()) << ws->messageLabel()->text().toStdString();
        EXPECT_EQ(ws->result()->packName, data.packName());
        EXPECT_EQ(ws->result()->decision, Decision::Match);
        EXPECT_TRUE(ws->compareButton()->isEnabled());
        const double score = ws->resultsPanel()->currentScore();
        EXPECT_NEAR(score, ws->result()->score, 1e-9);

        // What-if: switch off the first component; the score changes at once and the case records it.
        DescriptorTreeModel* tree = ws->resultsPanel()->treeModel();
        ASSERT_GT(tree->rowCount(), 0);
        const QString removed = tree->index(0, 0).data().toString();
        ASSERT_TRUE(tree->setData(tree->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        EXPECT_TRUE(ws->resultsPanel()->isModified());
        // The chart follows the what-if: the switched-off component contributes nothing.
        const ContributionChart* chart = ws->resultsPanel()->chart();
        const qsizetype at = chart->labels().indexOf(removed);
        ASSERT_GE(at, 0) << removed.toStdString();
        EXPECT_NEAR(chart->values()[at], 0.0, 1e-9);
        EXPECT_NE(ws->resultsPanel()->currentScore(), score);
        EXPECT_FALSE(ws->caseFile().whatIfDisabled().isEmpty());
        ws->resultsPanel()->resetWhatIf();
        EXPECT_DOUBLE_EQ(ws->resultsPanel()->currentScore(), score);

        // Examiner notes, then lock.
        QComboBox* eyes = ws->notesPanel()->findingCombo(QStringLiteral("eyes"));
        ASSERT_NE(eyes, nullptr);
        eyes->setCurrentIndex(1);
        ASSERT_TRUE(ws->notesPanel()->lockAnalysis(QStringLiteral("Examiner A")));
        EXPECT_TRUE(ws->caseFile().notes().isLocked());

        const QString casePath = dir.filePath(QStringLiteral("case.descry"));
        ASSERT_TRUE(ws->saveDocument(casePath).ok());
        EXPECT_FALSE(ws->isModified());
        EXPECT_EQ(ws->caseFile().pack().name, data.packName());

        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        ASSERT_TRUE(ws->exportReport(pdf).ok());
        QFile report(pdf);
        ASSERT_TRUE(report.open(QIODevice::ReadOnly));
        EXPECT_TRUE(report.read(5).startsWith("%PDF"));

        // Reopen in a fresh window: evidence verified, notes locked, comparison recomputed with the recorded pack.
        MainWindow second;
        second.askSaveChanges = [] { return int(QMessageBox::Discard); };
        FaceWorkspace* ws2 = second.faceWorkspace();
        QSignalSpy done2(ws2, &FaceWorkspace::comparisonFinished);
        ASSERT_TRUE(ws2->openDocument(casePath).ok());
        EXPECT_TRUE(ws2->evidenceBanner()->isHidden());
        EXPECT_TRUE(ws2->caseFile().notes().isLocked());
        EXPECT_EQ(ws2->caseFile().caseId(), ws->caseFile().caseId());
        ASSERT_TRUE(done2.wait(60000)) << ws2->messageLabel()->text().toStdString();
        ASSERT_TRUE(ws2->result());
        EXPECT_EQ(ws2->result()->packName, data.packName());
        EXPECT_NEAR(ws2->result()->score, score, 1e-6);

        // Tampered evidence is shown prominently on open.
        {
            QFile f(photos[1]);
            ASSERT_TRUE(f.open(QIODevice::Append));
            f.write("x");
        }
        MainWindow third;
        third.askSaveChanges = [] { return int(QMessageBox::Discard); };
        ASSERT_TRUE(third.faceWorkspace()->openDocument(casePath).ok());
        EXPECT_FALSE(third.faceWorkspace()->evidenceBanner()->isHidden());
        EXPECT_TRUE(third.faceWorkspace()->evidenceBanner()->text().contains(QFileInfo(photos[1]).fileName()));
    });
}

TEST(FaceWorkspace, BlindFirstHidesResultUntilLocked)
{
    uitest::forEachFaceData([](const FaceFixture& data) {
        QTemporaryDir dir;
        const QStringList photos = data.copySamePersonPair(dir.path());
        ASSERT_EQ(photos.size(), 2);
        InferenceService service;
        FaceWorkspace ws(&service);
        ws.newDocument();
        ASSERT_TRUE(ws.setProbe(photos[0]));
        ASSERT_TRUE(ws.setReference(photos[1]));
        // Turn blind-first on for this case through a saved/reopened case file.
        CaseFile c = ws.caseFile();
        ASSERT_TRUE(c.setBlindFirst(true).ok());
        const QString path = dir.filePath(QStringLiteral("blind.descry"));
        ASSERT_TRUE(c.save(path).ok());
        ASSERT_TRUE(ws.openDocument(path).ok());
        auto* stack = ws.findChild<QStackedWidget*>(QStringLiteral("resultsStack"));
        ASSERT_NE(stack, nullptr);
        EXPECT_EQ(stack->currentIndex(), 0); // no result yet: nothing hidden, "No comparison yet"
        QSignalSpy done(&ws, &FaceWorkspace::comparisonFinished);
        ws.run();
        ASSERT_TRUE(done.wait(60000)) << ws.messageLabel()->text().toStdString();
        ASSERT_TRUE(ws.result()) << ws.messageLabel()->text().toStdString();
        EXPECT_EQ(ws.result()->packName, data.packName());
        EXPECT_EQ(stack->currentIndex(), 1);                                       // hidden
        EXPECT_FALSE(ws.notesPanel()->lockAnalysis(QStringLiteral("Examiner B"))); // nothing assessed yet
        EXPECT_EQ(stack->currentIndex(), 1);
        ws.notesPanel()->findingCombo(QStringLiteral("mouth"))->setCurrentIndex(1);
        ASSERT_TRUE(ws.notesPanel()->lockAnalysis(QStringLiteral("Examiner B")));
        EXPECT_EQ(stack->currentIndex(), 0);
    });
}

TEST(FaceWorkspace, ErrorsAreShownInTheWindow)
{
    InferenceService service;
    FaceWorkspace ws(&service);
    ws.run();
    EXPECT_FALSE(ws.messageLabel()->text().isEmpty());
    EXPECT_FALSE(ws.setProbe(QStringLiteral("/nonexistent/probe.jpg")));
    EXPECT_TRUE(ws.messageLabel()->text().contains(QStringLiteral("probe.jpg")));
    EXPECT_FALSE(ws.openDocument(QStringLiteral("/nonexistent/case.descry")).ok());
    EXPECT_TRUE(ws.messageLabel()->text().contains(QStringLiteral("case.descry")));
}

// Screenshots of each step of an examiner's session, for CI artifacts (build/artifacts/, never committed).
// CTest also runs this under Xvfb with the xcb platform (ScreenshotUnderXvfb) so a real X server draws it.
// Real face data: artifacts/<platform>/; generated: artifacts/<platform>-generated/.
TEST(Screenshot, FilledFaceWorkspace)
{
    uitest::forEachFaceData([](const FaceFixture& data) {
        const QString out = QStringLiteral(DESCRY_TEST_BINARY_DIR "/artifacts/") + QGuiApplication::platformName() +
                            (data.isReal() ? QString() : QStringLiteral("-generated"));
        QDir(out).removeRecursively(); // only this run's shots
        ASSERT_TRUE(QDir().mkpath(out));
        QTemporaryDir dir;
        const QStringList photos = data.copySamePersonPair(dir.path());
        ASSERT_EQ(photos.size(), 2);
        MainWindow window;
        window.askSaveChanges = [] { return int(QMessageBox::Discard); };
        window.resize(1500, 950);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        int step = 0;
        auto shoot = [&](const char* name) {
            QTest::qWait(100);
            const QImage shot = window.grab().toImage();
            EXPECT_TRUE(shot.save(QStringLiteral("%1/%2-%3.png").arg(out).arg(++step).arg(QLatin1String(name))));
            return shot;
        };
        FaceWorkspace* ws = window.faceWorkspace();
        shoot("empty");
        ASSERT_TRUE(ws->setProbe(photos[0]));
        ASSERT_TRUE(ws->setReference(photos[1]));
        shoot("loaded");
        QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
        ws->run();
        ASSERT_TRUE(done.wait(60000));
        const QImage compared = shoot("compared");
        EXPECT_GE(compared.width(), 1000);
        QSet<QRgb> colours; // not blank: photos and chart give many distinct colours
        for (int y = 0; y < compared.height(); y += 7)
            for (int x = 0; x < compared.width(); x += 7)
                colours.insert(compared.pixel(x, y));
        EXPECT_GT(colours.size(), 200);

        DescriptorTreeModel* tree = ws->resultsPanel()->treeModel();
        ASSERT_TRUE(tree->setData(tree->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        shoot("what-if");
        ws->resultsPanel()->resetWhatIf();
        ws->detailTabs()->setCurrentIndex(1);
        shoot("aligned");
        ws->detailTabs()->setCurrentIndex(2);
        ws->notesPanel()->findingCombo(QStringLiteral("eyes"))->setCurrentIndex(1);
        ws->notesPanel()->findingCombo(QStringLiteral("nose"))->setCurrentIndex(1);
        ws->notesPanel()->findingCombo(QStringLiteral("ears"))->setCurrentIndex(3);
        ASSERT_TRUE(ws->notesPanel()->lockAnalysis(QStringLiteral("Examiner A")));
        shoot("notes-locked");
        const QString casePath = dir.filePath(QStringLiteral("case.descry"));
        ASSERT_TRUE(ws->saveDocument(casePath).ok());
        ASSERT_TRUE(ws->exportReport(out + QStringLiteral("/report.pdf")).ok());
        ASSERT_TRUE(ws->openDocument(casePath).ok());
        ASSERT_TRUE(done.wait(60000));
        ws->detailTabs()->setCurrentIndex(0);
        shoot("reopened");
        EXPECT_EQ(step, 7);
        EXPECT_EQ(QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 7);
        EXPECT_TRUE(QFileInfo(out + QStringLiteral("/report.pdf")).size() > 0);
    });
}
