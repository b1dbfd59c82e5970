// What-if and the examiner's "not assessable" (issue 13 §6b/c): unchecking a component shows its share of the
// score beside the re-normalised score without it and the sentence that says why they differ; marking a component
// Not assessable in the notes excludes it from the model's score, audits it and puts it in the JSON of the result.
#include "UiTestData.h"
#include "support/BlockFakePack.h"

#include "core/casefile/AuditLog.h"
#include "core/face/pipeline/ComponentExclusion.h"
#include "core/face/pipeline/FaceComparison.h"
#include "ui/DescriptorTreeModel.h"
#include "ui/FaceCaseDocument.h"
#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/NotesPanel.h"
#include "ui/ResultsPanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>

using namespace descry;
using namespace descry::ui;

namespace {

// The top-level row of a component in the tree, invalid when absent.
QModelIndex componentRow(const DescriptorTreeModel& model, const QString& component)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        if (i.data(DescriptorTreeModel::ComponentIdRole).toString() == component)
            return i;
    }
    return {};
}

QString lastAuditDetail(const CaseFile& c, const char* action)
{
    const QList<AuditEntry> entries = c.auditLog().entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        if (it->action == QLatin1String(action))
            return it->detail;
    return {};
}

} // namespace

TEST(WhatIfShare, UncheckingAComponentShowsItsShareTheRenormalisedScoreAndWhy)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto pack = fakes::writeBlockFakeFacePack(dir.path());
    ASSERT_TRUE(pack) << pack.error().toString().toStdString();
    auto model = FaceModel::open(*pack);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    const auto shared = QSharedPointer<const FaceModel>::create(*model);
    const QString a = dir.filePath(QStringLiteral("a.png")), b = dir.filePath(QStringLiteral("b.png"));
    ASSERT_TRUE(fakes::writeFakeFacePhoto(a, 1, 0));
    ASSERT_TRUE(fakes::writeFakeFacePhoto(b, 2, 1));
    auto r = FaceComparison(std::make_shared<const FaceModel>(*model)).compare(a, b);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    const auto result = QSharedPointer<const FaceComparisonResult>::create(*r);

    ResultsPanel panel;
    QAbstractItemModelTester tester(panel.treeModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setResult(result, shared);
    EXPECT_FALSE(panel.whatIfExplanation()->isVisibleTo(&panel));
    const QModelIndex mouth = componentRow(*panel.treeModel(), QStringLiteral("mouth"));
    ASSERT_TRUE(mouth.isValid()) << "the fake pack scores the mouth";
    // A block pack's characteristic says what its share is made of: weight × its own similarity.
    const QModelIndex group = panel.treeModel()->index(0, DescriptorTreeModel::ContributionColumn, mouth);
    ASSERT_TRUE(group.isValid());
    EXPECT_TRUE(group.data(Qt::ToolTipRole).toString().contains(QStringLiteral("own similarity")))
        << group.data(Qt::ToolTipRole).toString().toStdString();
    QSignalSpy changed(&panel, &ResultsPanel::whatIfChanged);
    ASSERT_TRUE(panel.treeModel()->setData(mouth, Qt::Unchecked, Qt::CheckStateRole));
    ASSERT_EQ(changed.count(), 1);

    QList<int> groups;
    for (const GroupExplanation& g : r->groups)
        if (g.component == QStringLiteral("mouth"))
            groups << g.layoutGroup;
    auto expected = whatIfWithout(*r, *model, groups, QStringLiteral("Mouth"));
    ASSERT_TRUE(expected);
    ASSERT_TRUE(panel.currentWhatIf().has_value());
    EXPECT_NEAR(panel.currentWhatIf()->share, expected->share, 1e-12);
    EXPECT_NEAR(panel.currentScore(), expected->scoreWithout, 1e-12);
    EXPECT_NE(expected->delta, -expected->share) << "re-normalisation makes them differ";
    const QString text = panel.whatIfExplanation()->text();
    EXPECT_TRUE(panel.whatIfExplanation()->isVisibleTo(&panel));
    EXPECT_TRUE(text.contains(QString::number(expected->share, 'f', 3))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::number(expected->scoreWithout, 'f', 3))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Removing Mouth changes the score by"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("re-normalised")));

    panel.resetWhatIf();
    EXPECT_FALSE(panel.currentWhatIf().has_value());
    EXPECT_FALSE(panel.whatIfExplanation()->isVisibleTo(&panel));
    EXPECT_DOUBLE_EQ(panel.currentScore(), r->score);
}

TEST(WhatIfShare, NotAssessableInTheNotesExcludesTheComponentAndIsAudited)
{
    uitest::FaceFixture data(uitest::FaceData::Generated);
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    QTemporaryDir dir;
    const QStringList photos = data.copySamePersonPair(dir.path());
    ASSERT_EQ(photos.size(), 2);
    InferenceService service;
    FaceWorkspace ws(&service);
    ws.newDocument();
    ASSERT_TRUE(ws.setProbe(photos[0]));
    ASSERT_TRUE(ws.setReference(photos[1]));
    QSignalSpy done(&ws, &FaceWorkspace::comparisonFinished);
    ws.run();
    ASSERT_TRUE(done.wait(60000)) << ws.messageLabel()->text().toStdString();
    ASSERT_TRUE(ws.result());
    const double full = ws.result()->score;
    EXPECT_TRUE(ws.result()->excluded.isEmpty());

    QComboBox* mouth = ws.notesPanel()->findingCombo(QStringLiteral("mouth"));
    ASSERT_TRUE(mouth);
    const int notAssessable = mouth->findData(int(Assessment::Finding::NotAssessable));
    ASSERT_GE(notAssessable, 0);
    mouth->setCurrentIndex(notAssessable);

    const QSharedPointer<const FaceComparisonResult> shown = ws.result();
    ASSERT_EQ(shown->excluded.size(), 1);
    EXPECT_EQ(shown->excluded[0].component, QStringLiteral("mouth"));
    EXPECT_EQ(shown->excluded[0].reason, QStringLiteral("not-assessable"));
    EXPECT_DOUBLE_EQ(shown->scoreBeforeExclusions, full);
    // The same exclusion applied by hand to the recorded result gives the score shown.
    FaceComparisonResult byHand = *ws.document()->result();
    ASSERT_TRUE(applyExclusions(&byHand, *ws.document()->model(),
                                {{QStringLiteral("mouth"), QStringLiteral("not-assessable"), {}}}));
    EXPECT_NEAR(shown->score, byHand.score, 1e-12);
    EXPECT_NEAR(ws.resultsPanel()->currentScore(), byHand.score, 1e-12) << "the panel shows the excluded score";
    EXPECT_EQ(ws.resultsPanel()->result(), shown);
    EXPECT_TRUE(shown->toJson()
                    .value(QStringLiteral("excluded"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("reason")) == QStringLiteral("not-assessable"));
    const QString audited = lastAuditDetail(ws.caseFile(), AuditLog::WhatIf);
    EXPECT_TRUE(audited.contains(QStringLiteral("not assessable"))) << audited.toStdString();
    EXPECT_TRUE(audited.contains(ExaminerNotes::componentName(QStringLiteral("mouth")))) << audited.toStdString();
    const int entries = ws.caseFile().auditLog().size();

    // Editing the note again does not audit the same exclusion twice; clearing the finding brings it back.
    QLineEdit* note = ws.notesPanel()->noteEdit(QStringLiteral("mouth"));
    ASSERT_TRUE(note);
    note->setText(QStringLiteral("hand over the mouth"));
    emit note->textEdited(note->text()); // as typing does
    EXPECT_EQ(ws.caseFile().auditLog().size(), entries);
    EXPECT_EQ(ws.result()->excluded.value(0).detail, QStringLiteral("hand over the mouth"));
    mouth->setCurrentIndex(mouth->findData(int(Assessment::Finding::Unset)));
    EXPECT_TRUE(ws.result()->excluded.isEmpty());
    EXPECT_DOUBLE_EQ(ws.result()->score, full);
    EXPECT_TRUE(lastAuditDetail(ws.caseFile(), AuditLog::WhatIf).contains(QStringLiteral("no component")));
}
