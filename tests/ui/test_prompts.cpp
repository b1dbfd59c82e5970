// The unsaved-changes question before New, Open and Quit (issue 9, defect 3): every answer on every path —
// Save to the case's file, Save through the Save As dialog, that dialog cancelled, a failing save, Discard,
// Cancel — and the real QMessageBox answered from a timer. Opening a case never marks it modified.
#include "UiHooks.h"
#include "UiTestData.h"

#include "core/casefile/CaseFile.h"
#include "ui/DescriptorTreeModel.h"
#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/MainWindow.h"
#include "ui/NotesPanel.h"
#include "ui/ResultsPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

using namespace descry;
using namespace descry::ui;
using Action = Workspace::Action;

namespace {

enum class Op { New, Open, Quit };

const char* opName(Op op)
{
    return op == Op::New ? "New" : op == Op::Open ? "Open" : "Quit";
}

bool croppedIn(const QString& casePath)
{
    QFile f(casePath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return QJsonDocument::fromJson(f.readAll())
        .object()[QStringLiteral("options")]
        .toObject()[QStringLiteral("cropped")]
        .toBool();
}

// A main window with one modified face case and every question answered by the test.
struct PromptRig
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();
    FaceWorkspace* ws = window->faceWorkspace();
    QString other; // another case, the one Open opens
    int questions = 0;
    int answer = QMessageBox::Cancel;
    QString saveAnswer; // what the Save As dialog returns ("" = cancelled)
    int saveAsks = 0, openAsks = 0;
    QStringList errors;

    // `realQuestion`: keep the window's own QMessageBox (the test answers it from a timer).
    explicit PromptRig(bool titled, bool realQuestion = false)
    {
        if (!realQuestion)
            window->askSaveChanges = [this] {
                ++questions;
                return answer;
            };
        window->askFileName = [this](const QString&, const QString&, bool forSaving, const QString&) {
            ++(forSaving ? saveAsks : openAsks);
            return forSaving ? saveAnswer : other;
        };
        window->showError = [this](const QString&, const QString& message) { errors << message; };
        window->show();
        other = dir.filePath(QStringLiteral("other.descry"));
        CaseFile otherCase;
        otherCase.setTitle(QStringLiteral("the other case"));
        EXPECT_TRUE(otherCase.save(other).ok());
        EXPECT_TRUE(ws->setProbe(uitest::writeSyntheticFace(dir.filePath(QStringLiteral("p.png")), 40)));
        if (titled) {
            EXPECT_TRUE(ws->saveDocument(titledPath()).ok());
        }
        ws->croppedCheck()->setChecked(true); // the unsaved change
        EXPECT_TRUE(ws->isModified());
    }
    QString titledPath() const { return dir.filePath(QStringLiteral("titled.descry")); }

    // Triggers `op` the way the user does; true when it went ahead (the window closed, for Quit).
    bool perform(Op op)
    {
        switch (op) {
        case Op::New:
            window->action(Action::NewDocument)->trigger();
            return ws->documentPath().isEmpty() && ws->caseFile().evidence().isEmpty();
        case Op::Open:
            window->action(Action::OpenDocument)->trigger();
            return ws->documentPath() == other;
        case Op::Quit:
            return window->close();
        }
        return false;
    }
};

} // namespace

TEST(UnsavedChanges, SaveWritesTheCaseFileThenGoesOn)
{
    for (Op op : {Op::New, Op::Open, Op::Quit}) {
        SCOPED_TRACE(opName(op));
        PromptRig rig(true);
        rig.answer = QMessageBox::Save;
        EXPECT_FALSE(croppedIn(rig.titledPath()));
        EXPECT_TRUE(rig.perform(op));
        EXPECT_EQ(rig.questions, 1);
        EXPECT_EQ(rig.saveAsks, 0); // the case has its file
        EXPECT_TRUE(croppedIn(rig.titledPath())) << "Save did not write the unsaved change";
        EXPECT_TRUE(rig.errors.isEmpty()) << rig.errors.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(rig.openAsks, op == Op::Open ? 1 : 0);
    }
}

TEST(UnsavedChanges, SaveOfAnUntitledCaseAsksForAFileThenGoesOn)
{
    for (Op op : {Op::New, Op::Open, Op::Quit}) {
        SCOPED_TRACE(opName(op));
        PromptRig rig(false);
        rig.answer = QMessageBox::Save;
        rig.saveAnswer = rig.dir.filePath(QStringLiteral("chosen"));
        EXPECT_TRUE(rig.perform(op));
        EXPECT_EQ(rig.saveAsks, 1);
        const QString written = rig.dir.filePath(QStringLiteral("chosen.descry"));
        ASSERT_TRUE(QFileInfo::exists(written));
        EXPECT_TRUE(croppedIn(written));
        auto opened = CaseFile::open(written);
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        EXPECT_EQ(opened->evidence().size(), 1);
    }
}

TEST(UnsavedChanges, CancellingTheSaveAsDialogCancelsTheOperation)
{
    for (Op op : {Op::New, Op::Open, Op::Quit}) {
        SCOPED_TRACE(opName(op));
        PromptRig rig(false);
        rig.answer = QMessageBox::Save;
        rig.saveAnswer.clear();
        EXPECT_FALSE(rig.perform(op));
        EXPECT_EQ(rig.saveAsks, 1);
        EXPECT_EQ(rig.openAsks, 0); // Open stops before asking for the case to open
        EXPECT_TRUE(rig.ws->isModified());
        EXPECT_EQ(rig.ws->caseFile().evidence().size(), 1);
        EXPECT_TRUE(rig.window->isVisible());
        EXPECT_EQ(QDir(rig.dir.path()).entryList({QStringLiteral("*.descry")}),
                  QStringList{QStringLiteral("other.descry")});
    }
}

TEST(UnsavedChanges, AFailedSaveCancelsTheOperationAndSaysWhy)
{
    for (Op op : {Op::New, Op::Open, Op::Quit}) {
        SCOPED_TRACE(opName(op));
        {
            // The case's own file cannot be written: a folder now stands where it was.
            PromptRig rig(true);
            ASSERT_TRUE(QFile::remove(rig.titledPath()));
            ASSERT_TRUE(QDir().mkpath(rig.titledPath()));
            rig.answer = QMessageBox::Save;
            EXPECT_FALSE(rig.perform(op));
            ASSERT_EQ(rig.errors.size(), 1);
            EXPECT_TRUE(rig.errors[0].contains(QStringLiteral("titled.descry"))) << rig.errors[0].toStdString();
            EXPECT_FALSE(rig.errors[0].contains(QLatin1Char('\n')));
            EXPECT_TRUE(rig.ws->isModified());
            EXPECT_TRUE(rig.window->isVisible());
        }
        {
            // An untitled case saved into a folder that does not exist.
            PromptRig rig(false);
            rig.answer = QMessageBox::Save;
            rig.saveAnswer = rig.dir.filePath(QStringLiteral("no/such/folder/case.descry"));
            EXPECT_FALSE(rig.perform(op));
            ASSERT_EQ(rig.errors.size(), 1);
            EXPECT_TRUE(rig.errors[0].contains(QStringLiteral("case.descry"))) << rig.errors[0].toStdString();
            EXPECT_TRUE(rig.ws->isModified());
        }
    }
}

TEST(UnsavedChanges, DiscardGoesOnWithoutSaving)
{
    for (Op op : {Op::New, Op::Open, Op::Quit}) {
        SCOPED_TRACE(opName(op));
        PromptRig rig(true);
        rig.answer = QMessageBox::Discard;
        EXPECT_TRUE(rig.perform(op));
        EXPECT_EQ(rig.questions, 1);
        EXPECT_EQ(rig.saveAsks, 0);
        EXPECT_FALSE(croppedIn(rig.titledPath()));
    }
}

TEST(UnsavedChanges, CancelChangesNothing)
{
    for (Op op : {Op::New, Op::Open, Op::Quit}) {
        SCOPED_TRACE(opName(op));
        PromptRig rig(true);
        rig.answer = QMessageBox::Cancel;
        EXPECT_FALSE(rig.perform(op));
        EXPECT_EQ(rig.questions, 1);
        EXPECT_EQ(rig.saveAsks + rig.openAsks, 0);
        EXPECT_FALSE(croppedIn(rig.titledPath()));
        EXPECT_TRUE(rig.ws->isModified());
        EXPECT_EQ(rig.ws->documentPath(), rig.titledPath());
        EXPECT_TRUE(rig.window->isVisible());
    }
}

TEST(UnsavedChanges, TheRealQuestionBoxAnswersAreHonoured)
{
    const struct
    {
        QMessageBox::StandardButton button;
        bool goesOn, saved;
    } answers[] = {
        {QMessageBox::Save, true, true}, {QMessageBox::Discard, true, false}, {QMessageBox::Cancel, false, false}};
    for (Op op : {Op::New, Op::Open, Op::Quit}) {
        for (const auto& a : answers) {
            SCOPED_TRACE(std::string(opName(op)) + " answered " + std::to_string(int(a.button)));
            PromptRig rig(true, true);
            int clicked = 0;

            uitest::clickInNextMessageBox(a.button, &clicked);
            EXPECT_EQ(rig.perform(op), a.goesOn);
            EXPECT_EQ(clicked, 1);
            EXPECT_EQ(croppedIn(rig.titledPath()), a.saved);
        }
    }
}

TEST(UnsavedChanges, OpeningACaseDoesNotMarkItModified)
{
    uitest::forEachFaceData([](const uitest::FaceFixture& data) {
        QTemporaryDir dir;
        const QStringList photos = data.copySamePersonPair(dir.path());
        ASSERT_EQ(photos.size(), 2);
        const QString path = dir.filePath(QStringLiteral("full.descry"));
        {
            // A case with everything a reopen restores: result, what-if, notes, the cropped option.
            MainWindow window;
            window.askSaveChanges = [] { return int(QMessageBox::Discard); };
            FaceWorkspace* ws = window.faceWorkspace();
            ASSERT_TRUE(ws->setProbe(photos[0]));
            ASSERT_TRUE(ws->setReference(photos[1]));
            QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
            ws->run();
            ASSERT_TRUE(done.wait(120000));
            ASSERT_TRUE(ws->result()) << ws->messageLabel()->text().toStdString();
            DescriptorTreeModel* tree = ws->resultsPanel()->treeModel();
            ASSERT_TRUE(tree->setData(tree->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
            ws->notesPanel()->findingCombo(QStringLiteral("eyes"))->setCurrentIndex(1);
            ASSERT_TRUE(ws->saveDocument(path).ok());
        }
        MainWindow window;
        int questions = 0;
        window.askSaveChanges = [&] {
            ++questions;
            return int(QMessageBox::Cancel);
        };
        window.askFileName = [&](const QString&, const QString&, bool, const QString&) { return path; };
        window.show();
        FaceWorkspace* ws = window.faceWorkspace();
        QSignalSpy done(ws, &FaceWorkspace::comparisonFinished);
        QSignalSpy modified(ws, &Workspace::modifiedChanged);
        window.action(Action::OpenDocument)->trigger();
        ASSERT_EQ(ws->documentPath(), path) << ws->messageLabel()->text().toStdString();
        ASSERT_TRUE(done.wait(120000));
        ASSERT_TRUE(ws->result());
        EXPECT_FALSE(ws->isModified());
        EXPECT_TRUE(modified.isEmpty());
        EXPECT_FALSE(window.isWindowModified());
        EXPECT_FALSE(window.action(Action::Save)->isEnabled());
        // Looking around changes nothing either: switching tabs, focusing a note and leaving it.
        for (int i = 0; i < ws->detailTabs()->count(); ++i)
            ws->detailTabs()->setCurrentIndex(i);
        ws->notesPanel()->noteEdit(QStringLiteral("nose"))->setFocus();
        ws->compareButton()->setFocus();
        EXPECT_FALSE(ws->isModified());
        window.action(Action::NewDocument)->trigger();
        EXPECT_EQ(questions, 0); // nothing to save, nothing asked
    });
}
