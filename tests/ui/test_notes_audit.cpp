// Notes are audited when committed, not per keystroke (issue 9, defect 5): typing a note and leaving the editor is
// one audit entry with the old and new value; choosing a finding, locking and saving commit too; amendments record
// who amended.
#include "UiTestData.h"

#include "core/casefile/CaseFile.h"
#include "ui/AppSettings.h"
#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/MainWindow.h"
#include "ui/NotesPanel.h"

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::ui;
using Finding = Assessment::Finding;

namespace {

QList<AuditEntry> entriesOf(const CaseFile& c, const char* action)
{
    QList<AuditEntry> out;
    for (const AuditEntry& e : c.auditLog().entries())
        if (e.action == QLatin1String(action))
            out << e;
    return out;
}

// The examiner name in the settings while it lives.
class ExaminerSetting
{
public:
    explicit ExaminerSetting(const QString& name) : m_before(AppSettings().examinerName())
    {
        AppSettings().setExaminerName(name);
    }
    ~ExaminerSetting() { AppSettings().setExaminerName(m_before); }
    ExaminerSetting(const ExaminerSetting&) = delete;
    ExaminerSetting& operator=(const ExaminerSetting&) = delete;

private:
    QString m_before;
};

} // namespace

TEST(NotesAudit, TwoHundredKeystrokesThenLeavingTheNoteIsOneAuditEntry)
{
    const ExaminerSetting examiner(QStringLiteral("Examiner N"));
    QTemporaryDir dir;
    MainWindow window;
    window.askSaveChanges = [] { return int(QMessageBox::Discard); };
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    FaceWorkspace* ws = window.faceWorkspace();
    ws->detailTabs()->setCurrentWidget(ws->notesPanel());
    QLineEdit* nose = ws->notesPanel()->noteEdit(QStringLiteral("nose"));
    ASSERT_NE(nose, nullptr);
    nose->setFocus();
    ASSERT_TRUE(nose->hasFocus());

    QString text;
    while (text.size() < 200)
        text += QStringLiteral("straight dorsum, rounded tip; ");
    text.truncate(200);
    QTest::keyClicks(nose, text);
    ASSERT_EQ(ws->caseFile().notes().assessment(QStringLiteral("nose")).note, text);
    EXPECT_TRUE(ws->isModified());
    EXPECT_TRUE(entriesOf(ws->caseFile(), AuditLog::Note).isEmpty()) << "a keystroke was audited";

    ws->compareButton()->setFocus(); // focus leaves the note: committed
    ASSERT_FALSE(nose->hasFocus());
    QList<AuditEntry> notes = entriesOf(ws->caseFile(), AuditLog::Note);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes[0].detail.contains(text)) << notes[0].detail.toStdString();
    EXPECT_EQ(notes[0].examiner, QStringLiteral("Examiner N"));
    nose->setFocus(); // in and out again without a change: nothing new
    ws->compareButton()->setFocus();
    EXPECT_EQ(entriesOf(ws->caseFile(), AuditLog::Note).size(), 1);

    // Choosing a finding is a finished edit of its own.
    ws->notesPanel()->findingCombo(QStringLiteral("eyes"))->setCurrentIndex(1);
    EXPECT_EQ(entriesOf(ws->caseFile(), AuditLog::Note).size(), 2);

    // An edit still in the editor is committed by Save, before the save entry.
    nose->setFocus();
    QTest::keyClicks(nose, QStringLiteral(" ok"));
    const QString path = dir.filePath(QStringLiteral("notes.descry"));
    ASSERT_TRUE(ws->saveDocument(path).ok());
    notes = entriesOf(ws->caseFile(), AuditLog::Note);
    ASSERT_EQ(notes.size(), 3);
    EXPECT_TRUE(notes[2].detail.contains(text + QStringLiteral(" ok"))) << notes[2].detail.toStdString();
    EXPECT_EQ(ws->caseFile().auditLog().entries().constLast().action, QLatin1String(AuditLog::Save));
    auto reopened = CaseFile::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    EXPECT_EQ(entriesOf(*reopened, AuditLog::Note).size(), 3);
    EXPECT_LT(reopened->auditLog().size(), 12); // no flood: a handful of entries for 200+ keystrokes
}

TEST(NotesAudit, AmendmentsRecordWhoAmended)
{
    const ExaminerSetting examiner(QStringLiteral("Examiner A"));
    MainWindow window;
    window.askSaveChanges = [] { return int(QMessageBox::Discard); };
    window.show();
    FaceWorkspace* ws = window.faceWorkspace();
    NotesPanel* panel = ws->notesPanel();
    panel->findingCombo(QStringLiteral("eyes"))->setCurrentIndex(1);
    ASSERT_TRUE(panel->lockAnalysis(QStringLiteral("Examiner A")));
    ASSERT_TRUE(ws->caseFile().notes().isLocked());
    ASSERT_EQ(entriesOf(ws->caseFile(), AuditLog::Lock).size(), 1);

    // Through the dialog: the examiner field is offered with the name and recorded.
    panel->openAmendDialog(QStringLiteral("eyes"));
    auto* dialog = panel->findChild<QDialog*>(QStringLiteral("amendDialog"));
    ASSERT_NE(dialog, nullptr);
    auto* who = dialog->findChild<QLineEdit*>(QStringLiteral("examiner"));
    ASSERT_NE(who, nullptr);
    EXPECT_EQ(who->text(), QStringLiteral("Examiner A"));
    who->setText(QStringLiteral("Examiner C"));
    dialog->findChild<QComboBox*>(QStringLiteral("finding"))->setCurrentIndex(2);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reason")), QStringLiteral("second look"));
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("reason")), Qt::Key_Return);

    const QList<Amendment>& amendments = ws->caseFile().notes().amendments();
    ASSERT_EQ(amendments.size(), 1);
    EXPECT_EQ(amendments[0].examiner, QStringLiteral("Examiner C"));
    EXPECT_EQ(amendments[0].after.finding, Finding::Dissimilar);
    const QList<AuditEntry> amends = entriesOf(ws->caseFile(), AuditLog::Amend);
    ASSERT_EQ(amends.size(), 1);
    EXPECT_EQ(amends[0].examiner, QStringLiteral("Examiner C"));
    EXPECT_EQ(panel->notes(), ws->caseFile().notes());

    // Without a name given, the configured examiner amends.
    ASSERT_TRUE(panel->amend(QStringLiteral("eyes"), Finding::Similar, {}, QStringLiteral("back")));
    EXPECT_EQ(ws->caseFile().notes().amendments().constLast().examiner, QStringLiteral("Examiner A"));
}
