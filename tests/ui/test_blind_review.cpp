// Blind review (issue 9, defect 2): with "blind first" on and the analysis not locked, nothing in the window, the
// audit log or an export reveals the model's output; locking needs an assessed component; the placeholder stands
// only for a result that exists; Settings cannot switch an open blind case off. And the walk over every menu entry
// and export path of the main window.
#include "UiHooks.h"
#include "UiTestData.h"

#include "core/casefile/CaseFile.h"
#include "core/face/FaceDecision.h"
#include "core/face/pipeline/FaceComparison.h"
#include "ui/AppSettings.h"
#include "ui/ContributionChart.h"
#include "ui/DescriptorTreeModel.h"
#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/MainWindow.h"
#include "ui/NotesPanel.h"
#include "ui/ResultsPanel.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::ui;
using Action = Workspace::Action;
using uitest::FaceFixture;

namespace {

// Blind first on for the cases made while it lives (the setting is restored afterwards).
class BlindFirstSetting
{
public:
    explicit BlindFirstSetting(bool on) : m_before(AppSettings().blindFirst()) { AppSettings().setBlindFirst(on); }
    ~BlindFirstSetting() { AppSettings().setBlindFirst(m_before); }
    BlindFirstSetting(const BlindFirstSetting&) = delete;
    BlindFirstSetting& operator=(const BlindFirstSetting&) = delete;

private:
    bool m_before;
};

// What would give the result away: any decision word, the score or the baseline's score as shown anywhere.
QRegularExpression leakPattern(const FaceComparisonResult& r)
{
    QStringList alternatives{QStringLiteral("\\bmatch\\b"), QStringLiteral("\\bnon-match\\b"),
                             QStringLiteral("\\binconclusive\\b")};
    for (double v : {r.score, r.baselineScore})
        for (int decimals : {3, 4})
            alternatives << QRegularExpression::escape(QString::number(v, 'f', decimals));
    return QRegularExpression(alternatives.join(QLatin1Char('|')), QRegularExpression::CaseInsensitiveOption);
}

QStringList leaks(QWidget* window, const QRegularExpression& pattern)
{
    QStringList all = uitest::visibleTexts(window);
    for (QWidget* top : QApplication::topLevelWidgets())
        if (top != window && top->isVisible())
            all << uitest::visibleTexts(top);
    return uitest::matching(all, pattern);
}

QStringList auditLeaks(const CaseFile& c, const QRegularExpression& pattern)
{
    QStringList out;
    for (const AuditEntry& e : c.auditLog().entries())
        if (pattern.match(e.detail).hasMatch())
            out << e.action + QStringLiteral(": ") + e.detail;
    return out;
}

QWidget* shownResults(FaceWorkspace* ws)
{
    return ws->findChild<QStackedWidget*>(QStringLiteral("resultsStack"))->currentWidget();
}

// Loads the same-person pair into `window`'s face workspace and runs the comparison from the menu.
::testing::AssertionResult loadAndRun(MainWindow& window, const QStringList& photos)
{
    FaceWorkspace* ws = window.faceWorkspace();
    if (!ws->setProbe(photos[0]) || !ws->setReference(photos[1]))
        return ::testing::AssertionFailure() << ws->messageLabel()->text().toStdString();
    QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
    window.action(Action::Run)->trigger();
    if (!done.wait(120000))
        return ::testing::AssertionFailure() << "no result in time";
    if (!ws->result())
        return ::testing::AssertionFailure() << ws->messageLabel()->text().toStdString();
    return ::testing::AssertionSuccess();
}

// Every entry of the menu bar's menus (and submenus) and of any toolbar, Quit last (it may close the window).
QList<QAction*> everyMenuAction(MainWindow& window)
{
    QList<QAction*> actions;
    std::function<void(QMenu*)> collect = [&](QMenu* menu) {
        for (QAction* a : menu->actions()) {
            if (a->menu())
                collect(a->menu());
            else if (!a->isSeparator())
                actions << a;
        }
    };
    for (QAction* top : window.menuBar()->actions())
        if (top->menu())
            collect(top->menu());
    for (QToolBar* bar : window.findChildren<QToolBar*>())
        actions << bar->actions();
    std::stable_sort(actions.begin(), actions.end(), [](QAction* a, QAction* b) {
        return a->objectName() != QLatin1String("actionQuit") && b->objectName() == QLatin1String("actionQuit");
    });
    return actions;
}

std::string joined(const QStringList& lines)
{
    return lines.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST(BlindReview, NothingRevealsTheResultBeforeTheAnalysisIsLocked)
{
    uitest::forEachFaceData([](const FaceFixture& data) {
        const BlindFirstSetting blind(true);
        QTemporaryDir dir;
        const QStringList photos = data.copySamePersonPair(dir.path());
        ASSERT_EQ(photos.size(), 2);
        MainWindow window;
        int fileAsks = 0;
        window.askFileName = [&](const QString&, const QString&, bool, const QString&) {
            ++fileAsks;
            return dir.filePath(QStringLiteral("leak.pdf"));
        };
        window.askSaveChanges = [] { return int(QMessageBox::Discard); };
        window.showError = [](const QString&, const QString&) {};
        window.show();
        FaceWorkspace* ws = window.faceWorkspace();
        ASSERT_TRUE(ws->caseFile().blindFirst());
        ASSERT_TRUE(loadAndRun(window, photos));
        const QRegularExpression leak = leakPattern(*ws->result());

        // The window: the placeholder instead of the results, an empty panel behind it, nothing on any tab.
        EXPECT_EQ(shownResults(ws), ws->blindNotice());
        EXPECT_EQ(ws->resultsPanel()->treeModel()->rowCount(), 0);
        EXPECT_TRUE(ws->resultsPanel()->chart()->labels().isEmpty());
        for (int i = 0; i < ws->detailTabs()->count(); ++i) {
            ws->detailTabs()->setCurrentIndex(i);
            EXPECT_TRUE(leaks(&window, leak).isEmpty()) << joined(leaks(&window, leak));
        }
        EXPECT_TRUE(auditLeaks(ws->caseFile(), leak).isEmpty()) << joined(auditLeaks(ws->caseFile(), leak));
        EXPECT_TRUE(window.caseStatusLabel()->text().contains(QStringLiteral("result hidden")))
            << window.caseStatusLabel()->text().toStdString();

        // Export: disabled and saying why; refused when called anyway; nothing written.
        QAction* exportAction = window.action(Action::Export);
        EXPECT_FALSE(exportAction->isEnabled());
        EXPECT_TRUE(exportAction->toolTip().contains(QStringLiteral("Blind review")))
            << exportAction->toolTip().toStdString();
        window.exportReport();
        EXPECT_EQ(fileAsks, 0);
        EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("Blind review")));
        const QString pdf = dir.filePath(QStringLiteral("direct.pdf"));
        EXPECT_FALSE(ws->exportReport(pdf).ok());
        EXPECT_TRUE(ws->messageLabel()->text().contains(QStringLiteral("blind review")));
        EXPECT_FALSE(QFileInfo::exists(pdf));
        EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("leak.pdf"))));

        // Locking an empty analysis is refused: it would unblind the result without any analysis.
        NotesPanel* notes = ws->notesPanel();
        EXPECT_FALSE(notes->lockButton()->isEnabled());
        EXPECT_TRUE(notes->lockButton()->toolTip().contains(QStringLiteral("at least one component")));
        EXPECT_FALSE(notes->lockAnalysis(QStringLiteral("Examiner B")));
        EXPECT_TRUE(notes->lockHint()->text().contains(QStringLiteral("at least one component")));
        EXPECT_FALSE(ws->caseFile().notes().isLocked());
        EXPECT_EQ(shownResults(ws), ws->blindNotice());

        // One finding, then the lock: the result, the export and the status bar follow at once.
        notes->findingCombo(QStringLiteral("eyes"))->setCurrentIndex(1);
        EXPECT_TRUE(notes->lockButton()->isEnabled());
        ASSERT_TRUE(notes->lockAnalysis(QStringLiteral("Examiner B")));
        EXPECT_TRUE(ws->caseFile().notes().isLocked());
        EXPECT_EQ(ws->caseFile().notes().examiner(), QStringLiteral("Examiner B"));
        EXPECT_EQ(shownResults(ws), ws->resultsPanel());
        EXPECT_EQ(ws->findChild<QLabel*>(QStringLiteral("decision"))->text(), decisionLabel(ws->result()->decision));
        EXPECT_GT(ws->resultsPanel()->treeModel()->rowCount(), 0);
        EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("Analysis locked by Examiner B")))
            << window.statusBar()->currentMessage().toStdString();
        EXPECT_FALSE(window.caseStatusLabel()->text().contains(QStringLiteral("result hidden")));
        EXPECT_TRUE(exportAction->isEnabled());
        EXPECT_TRUE(exportAction->toolTip().isEmpty() || !exportAction->toolTip().contains(QStringLiteral("Blind")));
        EXPECT_TRUE(ws->exportReport(pdf).ok()) << ws->messageLabel()->text().toStdString();
    });
}

TEST(BlindReview, ThePlaceholderStandsOnlyForAResultThatExists)
{
    const BlindFirstSetting blind(true);
    const FaceFixture data(uitest::FaceData::Generated);
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    QTemporaryDir dir;
    const QStringList photos = data.copySamePersonPair(dir.path());
    ASSERT_EQ(photos.size(), 2);
    MainWindow window;
    window.askSaveChanges = [] { return int(QMessageBox::Discard); };
    FaceWorkspace* ws = window.faceWorkspace();
    ASSERT_TRUE(ws->caseFile().modelOutputHidden());
    EXPECT_EQ(shownResults(ws), ws->resultsPanel()); // nothing hidden yet: "No comparison yet"
    ASSERT_TRUE(ws->setProbe(photos[0]));
    ASSERT_TRUE(ws->setReference(photos[1]));
    ASSERT_TRUE(QFile::remove(photos[1])); // the run will fail: the reference is gone
    QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
    window.action(Action::Run)->trigger();
    ASSERT_TRUE(done.wait(120000));
    ASSERT_FALSE(ws->result());
    EXPECT_TRUE(ws->messageLabel()->text().contains(QFileInfo(photos[1]).fileName()))
        << ws->messageLabel()->text().toStdString();
    EXPECT_EQ(shownResults(ws), ws->resultsPanel()) << "the 'result hidden' placeholder stayed after a failed run";
    EXPECT_EQ(ws->findChild<QLabel*>(QStringLiteral("decision"))->text(), QStringLiteral("No comparison yet"));
}

TEST(BlindReview, SettingsCannotSwitchAnOpenBlindCaseOff)
{
    const BlindFirstSetting blind(true);
    MainWindow window;
    window.askSaveChanges = [] { return int(QMessageBox::Discard); };
    window.show();
    FaceWorkspace* ws = window.faceWorkspace();
    ASSERT_TRUE(ws->caseFile().modelOutputHidden());
    window.showSettings();
    auto* dialog = window.findChild<SettingsDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->blindNote()->isVisibleTo(dialog));
    dialog->blindFirstCheck()->setChecked(false);
    EXPECT_TRUE(dialog->blindNote()->isVisibleTo(dialog));
    EXPECT_TRUE(dialog->blindNote()->text().contains(QStringLiteral("stays blind")))
        << dialog->blindNote()->text().toStdString();
    dialog->apply();
    dialog->reject();
    EXPECT_TRUE(ws->caseFile().blindFirst());
    EXPECT_TRUE(ws->caseFile().modelOutputHidden());
    EXPECT_FALSE(AppSettings().blindFirst()); // for new cases
    window.action(Action::NewDocument)->trigger();
    EXPECT_FALSE(ws->caseFile().blindFirst());
}

// Every QAction of the menu bar (and of any toolbar), triggered when enabled, with blocking dialogs closed by a
// timer and every question answered: before the lock nothing reveals the result and no report is written.
TEST(BlindReview, EveryMenuEntryAndExportPathKeepsTheResultHidden)
{
    uitest::forEachFaceData([](const FaceFixture& data) {
        const BlindFirstSetting blind(true);
        QTemporaryDir dir;
        qputenv("DESCRY_SIGNING_KEY", dir.filePath(QStringLiteral("key/signing-key.pem")).toLocal8Bit());
        const QString examinerBefore = AppSettings().examinerName();
        AppSettings().setExaminerName(QString());
        const QStringList photos = data.copySamePersonPair(dir.path());
        ASSERT_EQ(photos.size(), 2);
        MainWindow window;
        const QString blindCase = dir.filePath(QStringLiteral("blind.descry"));
        int answer = QMessageBox::Cancel;
        QStringList asked, errors;
        window.askSaveChanges = [&] { return answer; };
        window.askFileName = [&](const QString& caption, const QString&, bool forSaving, const QString&) {
            asked << caption;
            if (!forSaving)
                return blindCase;
            return caption.contains(QStringLiteral("PDF")) ? dir.filePath(QStringLiteral("walk.pdf")) : blindCase;
        };
        window.askExaminerName = [] { return QStringLiteral("Examiner W"); };
        window.showError = [&](const QString&, const QString& message) { errors << message; };
        window.show();
        FaceWorkspace* ws = window.faceWorkspace();
        ASSERT_TRUE(loadAndRun(window, photos));
        ASSERT_TRUE(ws->saveDocument(blindCase).ok());
        const QRegularExpression leak = leakPattern(*ws->result());
        // Unsaved changes, so that New, Open and Quit ask (and are answered Cancel) instead of leaving the case.
        ws->notesPanel()->findingCombo(QStringLiteral("nose"))->setCurrentIndex(1);
        ASSERT_TRUE(ws->isModified());

        const QList<QAction*> actions = everyMenuAction(window);
        ASSERT_GE(actions.size(), 14);

        const uitest::ModalCloser closer;
        QStringList triggered;
        for (QAction* a : std::as_const(actions)) {
            SCOPED_TRACE(a->text().toStdString());
            window.workspaces()->setCurrentWidget(ws); // entries of the View menu switch tabs
            if (a->objectName() == QLatin1String("actionExport")) {
                EXPECT_FALSE(a->isEnabled()); // and the direct paths, below
                continue;
            }
            if (!a->isEnabled())
                continue;
            triggered << a->text();
            QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
            a->trigger();
            if (ws->isBusy()) {
                ASSERT_TRUE(done.wait(120000));
            }
            QTest::qWait(60); // let the closer shut a dialog opened non-modally (About, Settings)
            EXPECT_TRUE(leaks(&window, leak).isEmpty()) << joined(leaks(&window, leak));
            EXPECT_TRUE(ws->caseFile().modelOutputHidden());
            EXPECT_EQ(ws->resultsPanel()->treeModel()->rowCount(), 0);
        }
        EXPECT_GE(triggered.size(), 12) << joined(triggered);
        EXPECT_GE(closer.closed(), 3) << joined(closer.titles()); // the photo dialogs, About Qt at least

        // The export paths: the shortcut's action is disabled; the slot and the workspace refuse.
        window.workspaces()->setCurrentWidget(ws);
        window.exportReport();
        EXPECT_FALSE(ws->exportReport(dir.filePath(QStringLiteral("direct.pdf"))).ok());
        EXPECT_FALSE(asked.contains(QStringLiteral("Export PDF report")));
        EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*.pdf")}).isEmpty());

        // Reopening the saved blind case (Open, answering Discard) recomputes the result: still hidden.
        answer = QMessageBox::Discard;
        QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
        window.action(Action::OpenDocument)->trigger();
        ASSERT_EQ(ws->documentPath(), blindCase) << joined(errors);
        ASSERT_TRUE(done.wait(120000));
        ASSERT_TRUE(ws->result());
        EXPECT_TRUE(ws->caseFile().modelOutputHidden());
        EXPECT_EQ(shownResults(ws), ws->blindNotice());
        EXPECT_TRUE(leaks(&window, leak).isEmpty()) << joined(leaks(&window, leak));
        EXPECT_TRUE(auditLeaks(ws->caseFile(), leak).isEmpty()) << joined(auditLeaks(ws->caseFile(), leak));
        EXPECT_FALSE(window.action(Action::Export)->isEnabled());
        AppSettings().setExaminerName(examinerBefore);
        qunsetenv("DESCRY_SIGNING_KEY");
    });
}
