#include "ui/NotesPanel.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::ui;
using Finding = Assessment::Finding;

namespace {

ExaminerNotes notesWithClock()
{
    ExaminerNotes n;
    auto t = std::make_shared<QDateTime>(QDateTime(QDate(2026, 11, 26), QTime(1, 23, 0), Qt::UTC));
    n.setClock([t] {
        const QDateTime now = *t;
        *t = t->addSecs(60);
        return now;
    });
    return n;
}

} // namespace

TEST(NotesPanel, EditsThroughWidgetsLockAndAmend)
{
    NotesPanel panel;
    panel.setNotes(notesWithClock());
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy changed(&panel, &NotesPanel::notesChanged);
    QSignalSpy lockedSpy(&panel, &NotesPanel::locked);
    QSignalSpy lockedChanged(&panel, &NotesPanel::lockedChanged);
    QSignalSpy amendedSpy(&panel, &NotesPanel::amended);

    ASSERT_EQ(panel.notes().components().size(), 19);
    QComboBox* eyes = panel.findingCombo(QStringLiteral("eyes"));
    QLineEdit* eyesNote = panel.noteEdit(QStringLiteral("eyes"));
    ASSERT_NE(eyes, nullptr);
    ASSERT_NE(eyesNote, nullptr);
    EXPECT_EQ(eyes->count(), 4);
    EXPECT_EQ(eyes->itemText(3), QStringLiteral("Not assessable"));
    eyes->setCurrentIndex(1);
    QTest::keyClicks(eyesNote, QStringLiteral("same tilt"));
    panel.findingCombo(QStringLiteral("ears"))->setCurrentIndex(3);
    EXPECT_EQ(panel.notes().assessment(QStringLiteral("eyes")),
              (Assessment{Finding::Similar, QStringLiteral("same tilt")}));
    EXPECT_EQ(panel.notes().assessment(QStringLiteral("ears")).finding, Finding::NotAssessable);
    EXPECT_GE(changed.count(), 2);
    EXPECT_EQ(panel.lockStatusText(), QStringLiteral("Not locked"));
    EXPECT_FALSE(panel.amendButton(QStringLiteral("eyes"))->isVisible());

    EXPECT_FALSE(panel.lockAnalysis(QStringLiteral("")));
    ASSERT_TRUE(panel.lockAnalysis(QStringLiteral("A. Examiner")));
    EXPECT_EQ(lockedSpy.count(), 1);
    ASSERT_EQ(lockedChanged.count(), 1);
    EXPECT_TRUE(lockedChanged.first().first().toBool());
    EXPECT_TRUE(panel.isLocked());
    EXPECT_EQ(panel.lockStatusText(), QStringLiteral("Locked 2026-11-26 01:23 UTC by A. Examiner"));
    EXPECT_EQ(panel.findChild<QLabel*>(QStringLiteral("lockStatus"))->text(), panel.lockStatusText());
    EXPECT_FALSE(eyes->isEnabled());
    EXPECT_TRUE(eyesNote->isReadOnly());
    EXPECT_FALSE(panel.lockButton()->isEnabled());
    EXPECT_TRUE(panel.amendButton(QStringLiteral("eyes"))->isVisible());

    // Edits are refused: typing does nothing, a programmatic combo change is reverted.
    QTest::keyClicks(eyesNote, QStringLiteral(" not"));
    eyes->setCurrentIndex(2);
    EXPECT_EQ(eyesNote->text(), QStringLiteral("same tilt"));
    EXPECT_EQ(eyes->currentIndex(), 1);
    EXPECT_EQ(panel.notes().assessment(QStringLiteral("eyes")),
              (Assessment{Finding::Similar, QStringLiteral("same tilt")}));

    EXPECT_FALSE(panel.amend(QStringLiteral("eyes"), Finding::Dissimilar, {}, QString()));
    ASSERT_TRUE(panel.amend(QStringLiteral("eyes"), Finding::Dissimilar, QStringLiteral("lid crease differs"),
                            QStringLiteral("better reference")));
    ASSERT_EQ(amendedSpy.count(), 1);
    EXPECT_EQ(amendedSpy.first().first().toString(), QStringLiteral("eyes"));
    EXPECT_EQ(eyes->currentIndex(), 2);
    EXPECT_EQ(eyesNote->text(), QStringLiteral("lid crease differs"));
    ASSERT_EQ(panel.notes().amendments().size(), 1);
    EXPECT_EQ(panel.notes().amendments().first().before.note, QStringLiteral("same tilt"));
    auto* list = panel.findChild<QListWidget*>(QStringLiteral("amendments"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 1);
    // Three readable lines (issue 14: amendments displayed as one long line): when, what and who; the change; why.
    const QStringList lines = list->item(0)->text().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3) << list->item(0)->text().toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("2026-11-26 01:24 UTC \u2014 Eyes, amended by")))
        << lines[0].toStdString();
    EXPECT_EQ(lines[1],
              QStringLiteral("Similar (\u201csame tilt\u201d) \u2192 Dissimilar (\u201clid crease differs\u201d)"));
    EXPECT_EQ(lines[2], QStringLiteral("Reason: better reference"));
    EXPECT_TRUE(list->wordWrap());
}

TEST(NotesPanel, AmendDialogIsNonModalAndRecords)
{
    NotesPanel panel;
    ExaminerNotes n = notesWithClock();
    ASSERT_TRUE(n.setAssessment(QStringLiteral("nose"), Finding::Similar, QStringLiteral("straight")).ok());
    ASSERT_TRUE(n.lock(QStringLiteral("J. Doe")).ok());
    QSignalSpy lockedChanged(&panel, &NotesPanel::lockedChanged);
    panel.setNotes(n);
    ASSERT_EQ(lockedChanged.count(), 1);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));

    QTest::mouseClick(panel.amendButton(QStringLiteral("nose")), Qt::LeftButton);
    auto* dialog = panel.findChild<QDialog*>(QStringLiteral("amendDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->isModal());
    EXPECT_TRUE(dialog->isVisible());
    dialog->findChild<QComboBox*>(QStringLiteral("finding"))->setCurrentIndex(2);
    auto* note = dialog->findChild<QLineEdit*>(QStringLiteral("note"));
    note->clear();
    QTest::keyClicks(note, QStringLiteral("hump"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reason")), QStringLiteral("re-examined"));
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("reason")), Qt::Key_Return);
    EXPECT_FALSE(dialog->isVisible());
    ASSERT_EQ(panel.notes().amendments().size(), 1);
    EXPECT_EQ(panel.notes().amendments().first().reason, QStringLiteral("re-examined"));
    EXPECT_EQ(panel.notes().assessment(QStringLiteral("nose")),
              (Assessment{Finding::Dissimilar, QStringLiteral("hump")}));
    EXPECT_EQ(panel.amendmentLines().size(), 1);
}
