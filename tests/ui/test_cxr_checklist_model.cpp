// The chest X-ray checklist model: groups and descriptors with the model's scores beside the radiologist's
// checklist, checked with QAbstractItemModelTester; blind review leaks nothing (not even the order); edits of the
// checklist only ask; the what-if mask per descriptor and per group.
#include "CxrReviewTestData.h"
#include "ui/CxrChecklistModel.h"
#include "ui/CxrContributionChart.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::ui;

namespace {

// ssm per descriptor (each group sums to 1) and weight differences: the left side drives effusion.
const std::vector<double> kSsm{0.2, 0.7, 0.1, 0.6, 0.4, 0.25, 0.75};
const std::vector<double> kW{-1.0, 2.0, 0.5, -0.2, 0.3, -0.4, 1.5};

Catalog catalog()
{
    Result<Catalog> c = uitest::tinyCxrCatalog();
    EXPECT_TRUE(c.ok()) << (c ? "" : c.error().toString().toStdString());
    return c ? *c : Catalog();
}

// Every display text of the model, all columns.
QStringList allTexts(const QAbstractItemModel& m, const QModelIndex& parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        for (int c = 0; c < m.columnCount(parent); ++c) {
            const QModelIndex i = m.index(r, c, parent);
            out << i.data(Qt::DisplayRole).toString() << i.data(Qt::ToolTipRole).toString();
            if (c == 0)
                out << allTexts(m, i);
        }
    return out;
}

} // namespace

TEST(CxrChecklistModel, PassesTheModelTesterThroughEveryChange)
{
    CxrChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Catalog c = catalog();
    model.setCatalog(c);
    EXPECT_EQ(model.rowCount(), 3);
    model.setResult(uitest::handMadeReview(c, kSsm, kW, 0.1));
    model.setChecklist({{QStringLiteral("meniscus.present"), ChecklistState::Present}});
    model.setModelOutputVisible(false);
    model.setModelOutputVisible(true);
    const QModelIndex group = model.indexOfId(QStringLiteral("costophrenic_angle"));
    ASSERT_TRUE(group.isValid());
    EXPECT_TRUE(model.setData(group, Qt::Unchecked, Qt::CheckStateRole));
    model.setDisabledConcepts({});
    model.setResult({});
    model.setCatalog(c);
}

TEST(CxrChecklistModel, WithoutAReviewListsTheCatalogWithTheChecklistOnly)
{
    CxrChecklistModel model;
    const Catalog c = catalog();
    model.setCatalog(c);
    model.setChecklist({{QStringLiteral("costophrenic_angle.blunted_left"), ChecklistState::Present},
                        {QStringLiteral("meniscus.present"), ChecklistState::Uncertain}});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Costophrenic angles")); // catalog order
    const QModelIndex left =
        model.indexOfId(QStringLiteral("costophrenic_angle.blunted_left"), CxrChecklistModel::ReadingColumn);
    EXPECT_EQ(left.data().toString(), checklistStateText(ChecklistState::Present));
    EXPECT_EQ(model.indexOfId(QStringLiteral("meniscus.present"), CxrChecklistModel::ReadingColumn).data().toString(),
              checklistStateText(ChecklistState::Uncertain));
    EXPECT_EQ(model.indexOfId(QStringLiteral("basal_opacity.left"), CxrChecklistModel::ReadingColumn).data().toString(),
              checklistStateText(ChecklistState::Unset));
    // No scores, no contributions, no what-if boxes without a review.
    const QModelIndex leftName = model.indexOfId(QStringLiteral("costophrenic_angle.blunted_left"));
    EXPECT_TRUE(model.index(leftName.row(), CxrChecklistModel::ScoreColumn, leftName.parent()).data().isNull());
    EXPECT_TRUE(leftName.data(Qt::CheckStateRole).isNull());
    EXPECT_FALSE(model.flags(leftName) & Qt::ItemIsUserCheckable);
    EXPECT_TRUE(model.flags(left) & Qt::ItemIsEditable);
}

TEST(CxrChecklistModel, AReviewOrdersGroupsByContributionAndShowsScores)
{
    CxrChecklistModel model;
    const Catalog c = catalog();
    model.setCatalog(c);
    model.setResult(uitest::handMadeReview(c, kSsm, kW, 0.1));
    // Σ c: costophrenic −0.2+1.4+0.05 = 1.25; meniscus −0.12+0.12 = 0; basal −0.1+1.125 = 1.025.
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data(CxrChecklistModel::DescriptorIdRole).toString(),
              QStringLiteral("costophrenic_angle"));
    EXPECT_EQ(model.index(1, 0).data(CxrChecklistModel::DescriptorIdRole).toString(), QStringLiteral("basal_opacity"));
    EXPECT_NEAR(model.index(0, 0).data(CxrChecklistModel::ContributionRole).toDouble(), 1.25, 1e-12);
    // Within a group the most activated descriptor first, judged present when not the normal grade.
    const QModelIndex first = model.index(0, 0, model.index(0, 0));
    EXPECT_EQ(first.data(CxrChecklistModel::DescriptorIdRole).toString(),
              QStringLiteral("costophrenic_angle.blunted_left"));
    EXPECT_EQ(model.index(0, CxrChecklistModel::ScoreColumn, model.index(0, 0)).data().toString(),
              QStringLiteral("0.700"));
    EXPECT_EQ(model.index(0, CxrChecklistModel::ContributionColumn, model.index(0, 0)).data().toString(),
              QStringLiteral("+1.400"));
    EXPECT_EQ(model.index(0, CxrChecklistModel::ModelColumn, model.index(0, 0)).data().toString(),
              QStringLiteral("Present"));
    // The model's reading of every descriptor, as the PDF gives it: the other grades are absent, and the group row
    // names the grade read.
    EXPECT_EQ(model.index(1, CxrChecklistModel::ModelColumn, model.index(0, 0)).data().toString(),
              QStringLiteral("Absent"));
    EXPECT_EQ(model.index(0, CxrChecklistModel::ModelColumn).data().toString(), first.data(Qt::DisplayRole).toString());
    EXPECT_EQ(first.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

TEST(CxrChecklistModel, BlindReviewShowsNothingOfTheModelNotEvenItsOrder)
{
    CxrChecklistModel model;
    const Catalog c = catalog();
    model.setCatalog(c);
    CxrChecklistModel reference;
    reference.setCatalog(c);
    model.setResult(uitest::handMadeReview(c, kSsm, kW, 0.1));
    model.setModelOutputVisible(false);
    EXPECT_EQ(allTexts(model), allTexts(reference)); // exactly what a model without a review shows
    EXPECT_FALSE(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    model.setModelOutputVisible(true);
    EXPECT_NE(allTexts(model), allTexts(reference));
}

TEST(CxrChecklistModel, EditingTheReadingOnlyAsks)
{
    CxrChecklistModel model;
    model.setCatalog(catalog());
    QSignalSpy asked(&model, &CxrChecklistModel::checklistEditRequested);
    const QModelIndex cell = model.indexOfId(QStringLiteral("meniscus.present"), CxrChecklistModel::ReadingColumn);
    EXPECT_TRUE(model.setData(cell, int(ChecklistState::Absent)));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.at(0).at(0).toString(), QStringLiteral("meniscus.present"));
    EXPECT_EQ(asked.at(0).at(1).value<ChecklistState>(), ChecklistState::Absent);
    EXPECT_TRUE(model.checklist().isEmpty()); // the owner decides
    EXPECT_TRUE(model.setData(cell, QStringLiteral("uncertain")));
    EXPECT_EQ(asked.size(), 2);
    EXPECT_TRUE(model.setData(cell, int(ChecklistState::Unset))); // unchanged: nothing asked
    EXPECT_EQ(asked.size(), 2);
    EXPECT_FALSE(model.setData(model.indexOfId(QStringLiteral("meniscus"), CxrChecklistModel::ReadingColumn),
                               int(ChecklistState::Present))); // group rows have no reading
}

TEST(CxrChecklistModel, WhatIfSwitchesDescriptorsAndWholeGroupsOff)
{
    CxrChecklistModel model;
    const Catalog c = catalog();
    model.setCatalog(c);
    model.setResult(uitest::handMadeReview(c, kSsm, kW, 0.1));
    QSignalSpy changed(&model, &CxrChecklistModel::whatIfChanged);
    const QModelIndex basal = model.indexOfId(QStringLiteral("basal_opacity"));
    ASSERT_TRUE(model.setData(basal, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(model.disabledConcepts(), (QList<int>{5, 6}));
    EXPECT_EQ(basal.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    const QModelIndex left = model.indexOfId(QStringLiteral("basal_opacity.left"));
    ASSERT_TRUE(model.setData(left, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.disabledConcepts(), (QList<int>{5}));
    EXPECT_EQ(basal.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    model.setDisabledConcepts({1});
    EXPECT_EQ(model.disabledConcepts(), (QList<int>{1}));
    EXPECT_FALSE(model.keep()[1]);
    model.setResult(uitest::handMadeReview(c, kSsm, kW, 0.1)); // a new review starts with everything on
    EXPECT_TRUE(model.disabledConcepts().isEmpty());
}

TEST(CxrContributionChart, RedIsTowardEffusionAndBlueTowardNoEffusionAsInThePdf)
{
    const Catalog c = catalog();
    CxrContributionChart chart;
    chart.setResult(uitest::handMadeReview(c, kSsm, kW, 0.1));
    ASSERT_TRUE(chart.towardBars() && chart.againstBars());
    EXPECT_EQ(chart.towardBars()->brush().color(), QColor(0xc6, 0x28, 0x28));
    EXPECT_EQ(chart.againstBars()->brush().color(), QColor(0x15, 0x65, 0xc0));
    EXPECT_TRUE(chart.towardBars()->name().contains(QStringLiteral("red")));
    EXPECT_TRUE(chart.againstBars()->name().contains(QStringLiteral("blue")));
    EXPECT_TRUE(chart.legend->visible());
    chart.showTopDescriptors();
    int positive = 0, negative = 0;
    for (double v : chart.values())
        (v >= 0 ? positive : negative) += 1;
    EXPECT_EQ(chart.towardBars()->data()->size(), positive);
    EXPECT_EQ(chart.againstBars()->data()->size(), negative);
    EXPECT_GT(negative, 0);
    // No group chosen: no bars, and a title asking for one rather than the group chart.
    chart.showGroupPrompt();
    EXPECT_EQ(chart.barCount(), 0);
    EXPECT_TRUE(chart.title().contains(QStringLiteral("Select a group")));
}
