#include "UiTestData.h"

#include "core/diagnostics/Runtime.h"
#include "ui/AboutDialog.h"
#include "ui/AppSettings.h"
#include "ui/CxrWorkspace.h"
#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/MainWindow.h"
#include "ui/PhotoPane.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::ui;
using Action = Workspace::Action;

namespace {

QMenu* fileMenu(const MainWindow& window)
{
    return window.menuBar()->actions().at(0)->menu();
}

} // namespace

TEST(MainWindow, ShowsTwoWorkspacesAndCloses)
{
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MainWindow> guard(window);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    ASSERT_EQ(window->workspaces()->count(), 2);
    EXPECT_EQ(window->workspaces()->tabText(0), QStringLiteral("Face comparison"));
    EXPECT_EQ(window->workspaces()->tabText(1), QStringLiteral("Chest X-ray"));

    QStringList menus;
    for (QAction* a : window->menuBar()->actions())
        menus << a->text();
    EXPECT_EQ(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Analysis"),
                                  QStringLiteral("&Help")}));

    EXPECT_TRUE(window->close());
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(guard.isNull());
}

TEST(AboutDialog, ListsDependencyVersions)
{
    MainWindow window;
    window.show();
    window.showAbout();
    auto* about = window.findChild<AboutDialog*>();
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->isVisible());
    const auto* versions = about->findChild<QLabel*>(QStringLiteral("versions"));
    ASSERT_NE(versions, nullptr);
    for (const char* lib : {"Qt", "LibTorch", "OpenCV", "DCMTK", "dlib"})
        EXPECT_TRUE(versions->text().contains(QLatin1String(lib))) << lib;
    EXPECT_TRUE(about->versionsText().contains(QString::fromLatin1(qVersion())));
    about->reject();
}

TEST(MainWindow, OneInferenceServiceForEveryWorkspace)
{
    MainWindow window;
    EXPECT_EQ(window.findChildren<InferenceService*>().size(), 1);
    ASSERT_NE(window.inferenceService(), nullptr);
    EXPECT_EQ(window.faceWorkspace()->service(), window.inferenceService());
    EXPECT_EQ(window.cxrWorkspace()->service(), window.inferenceService());
    for (Workspace* ws : window.findChildren<Workspace*>())
        EXPECT_EQ(ws->findChildren<InferenceService*>().size(), 0) << ws->metaObject()->className();
}

TEST(MainWindow, MenusFollowTheActiveWorkspace)
{
    QTemporaryDir dir;
    MainWindow window;
    FaceWorkspace* face = window.faceWorkspace();
    ASSERT_EQ(window.activeWorkspace(), face);
    QAction* run = window.action(Action::Run);
    ASSERT_NE(run, nullptr);
    EXPECT_EQ(run->objectName(), QStringLiteral("actionRun"));
    EXPECT_EQ(run->text(), QStringLiteral("&Compare"));
    EXPECT_TRUE(run->isEnabled());
    EXPECT_EQ(window.action(Action::Cancel)->shortcut(), QKeySequence(Qt::Key_Escape));
    EXPECT_FALSE(window.action(Action::Cancel)->isEnabled()); // nothing running
    EXPECT_FALSE(window.action(Action::Export)->isEnabled()); // no result
    EXPECT_FALSE(window.action(Action::Save)->isEnabled());   // nothing to save
    EXPECT_TRUE(window.action(Action::SaveAs)->isEnabled());
    EXPECT_TRUE(window.action(Action::OpenDocument)->isEnabled());
    EXPECT_TRUE(window.action(Action::NewDocument)->isEnabled());
    const QList<QAction*> faceInputs = face->inputActions();
    ASSERT_EQ(faceInputs.size(), 2);
    EXPECT_TRUE(fileMenu(window)->actions().contains(faceInputs[0]));
    EXPECT_EQ(faceInputs[0]->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Untitled case[*] — Descry"));

    window.workspaces()->setCurrentWidget(window.cxrWorkspace());
    EXPECT_EQ(window.activeWorkspace(), window.cxrWorkspace());
    // Chest X-ray cases: nothing to save yet, nothing loading; reports and classification come with issue 12.
    for (Action a : {Action::Save, Action::Export, Action::Run, Action::Cancel})
        EXPECT_FALSE(window.action(a)->isEnabled()) << window.action(a)->objectName().toStdString();
    for (Action a : {Action::NewDocument, Action::OpenDocument, Action::SaveAs, Action::SignAndSave})
        EXPECT_TRUE(window.action(a)->isEnabled()) << window.action(a)->objectName().toStdString();
    EXPECT_FALSE(window.action(Action::Export)->toolTip().isEmpty()); // says why
    EXPECT_EQ(run->text(), QStringLiteral("&Review"));
    EXPECT_FALSE(fileMenu(window)->actions().contains(faceInputs[0]));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Untitled chest X-ray case[*] — Descry"));
    run->trigger(); // disabled: nothing happens to the face tab
    EXPECT_TRUE(face->messageLabel()->text().isEmpty());

    window.workspaces()->setCurrentWidget(face);
    EXPECT_TRUE(fileMenu(window)->actions().contains(faceInputs[1]));
    ASSERT_TRUE(face->setProbe(uitest::writeSyntheticFace(dir.filePath(QStringLiteral("p.png")), 10)));
    EXPECT_TRUE(window.action(Action::Save)->isEnabled()); // the document is modified now
    EXPECT_TRUE(window.isWindowModified());
    run->trigger(); // acts on the face tab: one photo is not enough
    EXPECT_EQ(face->messageLabel()->text(), QStringLiteral("Open a probe and a reference photo first."));
}

TEST(MainWindow, SaveOpenAndNewActOnTheActiveDocument)
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    int questions = 0;
    int answer = QMessageBox::Cancel;
    window.askSaveChanges = [&] {
        ++questions;
        return answer;
    };
    QStringList asked;
    QString chosen = dir.filePath(QStringLiteral("first"));
    window.askFileName = [&](const QString& caption, const QString&, bool, const QString&) {
        asked << caption;
        return chosen;
    };
    FaceWorkspace* face = window.faceWorkspace();
    ASSERT_TRUE(face->setProbe(uitest::writeSyntheticFace(dir.filePath(QStringLiteral("p.png")), 10)));

    window.action(Action::Save)->trigger(); // no file yet: asks for one, adds the suffix
    ASSERT_EQ(asked.size(), 1);
    const QString saved = dir.filePath(QStringLiteral("first.descry"));
    EXPECT_TRUE(QFileInfo::exists(saved));
    EXPECT_EQ(face->documentPath(), saved);
    EXPECT_FALSE(face->isModified());
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_FALSE(window.action(Action::Save)->isEnabled());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("first.descry[*] — Descry"));

    // New case with unsaved changes: Cancel keeps everything, Discard starts afresh.
    face->croppedCheck()->setChecked(true);
    EXPECT_TRUE(face->isModified());
    window.action(Action::NewDocument)->trigger();
    EXPECT_EQ(questions, 1);
    EXPECT_EQ(face->documentPath(), saved);
    answer = QMessageBox::Discard;
    window.action(Action::NewDocument)->trigger();
    EXPECT_EQ(questions, 2);
    EXPECT_TRUE(face->documentPath().isEmpty());
    EXPECT_TRUE(face->caseFile().evidence().isEmpty());
    EXPECT_FALSE(face->croppedCheck()->isChecked());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Untitled case[*] — Descry"));

    chosen = saved;
    window.action(Action::OpenDocument)->trigger(); // not modified: no question
    EXPECT_EQ(questions, 2);
    EXPECT_EQ(face->documentPath(), saved);
    EXPECT_EQ(face->caseFile().evidence().size(), 1);
    EXPECT_FALSE(face->probePane()->path().isEmpty());
    EXPECT_FALSE(face->croppedCheck()->isChecked()); // saved before it was ticked
    EXPECT_EQ(window.windowTitle(), QStringLiteral("first.descry[*] — Descry"));

    // Closing with unsaved changes asks; Save writes them first.
    face->croppedCheck()->setChecked(true);
    answer = QMessageBox::Save;
    EXPECT_TRUE(window.close());
    EXPECT_EQ(questions, 3);
    EXPECT_FALSE(face->isModified());
}

TEST(MainWindow, EscCancelsTheComparisonOfTheActiveWorkspace)
{
    if (!uitest::haveFaceDefaultPack())
        GTEST_SKIP() << "needs the assembled face-default pack (packaging/setup.sh)";
    uitest::usePackagedPacks();
    QTemporaryDir dir;
    MainWindow window;
    window.askSaveChanges = [] { return int(QMessageBox::Discard); };
    FaceWorkspace* face = window.faceWorkspace();
    ASSERT_TRUE(face->setProbe(uitest::writeSyntheticFace(dir.filePath(QStringLiteral("p.png")), 10)));
    ASSERT_TRUE(face->setReference(uitest::writeSyntheticFace(dir.filePath(QStringLiteral("r.png")), 100)));
    QSignalSpy cancelled(window.inferenceService(), &InferenceService::requestCancelled);
    QSignalSpy finished(window.inferenceService(), &InferenceService::comparisonFinished);
    window.action(Action::Run)->trigger();
    EXPECT_TRUE(face->isBusy());
    EXPECT_TRUE(window.action(Action::Cancel)->isEnabled());
    EXPECT_FALSE(window.action(Action::Run)->isEnabled());
    // The worker is loading the pack (first use of this service) or about to: Esc stops it there.
    window.action(Action::Cancel)->trigger();
    ASSERT_TRUE(cancelled.wait(60000));
    EXPECT_EQ(cancelled.at(0).at(1).toString(), QStringLiteral("face-verification"));
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_FALSE(face->isBusy());
    EXPECT_FALSE(window.action(Action::Cancel)->isEnabled());
    EXPECT_TRUE(window.action(Action::Run)->isEnabled());
    EXPECT_EQ(face->messageLabel()->text(), QStringLiteral("Comparison cancelled."));
    EXPECT_FALSE(face->result());
}

TEST(MainWindow, SettingsThreadsApplyToTheInferenceThread)
{
    const int before = AppSettings().threads();
    const int gui = runtime::intraOpThreads();
    MainWindow window;
    window.show();
    window.showSettings();
    auto* dialog = window.findChild<SettingsDialog*>();
    ASSERT_NE(dialog, nullptr);
    QSignalSpy reported(window.inferenceService(), &InferenceService::threadsReported);
    const int wanted = gui + 1;
    dialog->threadsSpin()->setValue(wanted);
    dialog->apply(); // queues the request on the service; no id comes back here, so wait for the value
    while (reported.isEmpty() || reported.last().at(1).toInt() != wanted)
        ASSERT_TRUE(reported.wait(10000)) << "the worker thread never reported " << wanted << " threads";
    EXPECT_EQ(AppSettings().threads(), wanted);
    EXPECT_EQ(runtime::intraOpThreads(), gui); // the dialog set nothing on the GUI thread
    EXPECT_EQ(uitest::threadsReportedFor(reported, window.inferenceService()->queryThreads()), wanted);
    dialog->reject();
    AppSettings().setThreads(before);
}
