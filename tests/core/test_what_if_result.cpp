// The what-if as a whole comparison (issue 14, point 5): score, contributions, groups, decision and sentences of
// the result without the switched-off descriptors, which the GUI's tree, chart, explanation and the report follow.
#include "BlockFakePack.h"

#include "core/face/pipeline/ComponentExclusion.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/face/report/FaceReport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>

using namespace descry;

namespace {

class WhatIfResult : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto pack = fakes::writeBlockFakeFacePack(m_dir.path());
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        auto model = FaceModel::open(*pack);
        ASSERT_TRUE(model) << model.error().toString().toStdString();
        m_model = std::make_shared<const FaceModel>(*model);
        const QString a = m_dir.filePath(QStringLiteral("a.png")), b = m_dir.filePath(QStringLiteral("b.png"));
        ASSERT_TRUE(fakes::writeFakeFacePhoto(a, 3, 0));
        ASSERT_TRUE(fakes::writeFakeFacePhoto(b, 3, 1));
        auto r = FaceComparison(m_model).compare(a, b);
        ASSERT_TRUE(r) << r.error().toString().toStdString();
        m_result = *r;
    }
    // keep[] with every concept of the first `groups` layout groups of the result switched off.
    std::vector<bool> withoutFirstGroups(int groups) const
    {
        std::vector<bool> keep(m_result.contributions.size(), true);
        for (int i = 0; i < groups && i < m_result.groups.size(); ++i)
            for (int k : m_model->layout().groups[m_result.groups[i].layoutGroup].concepts)
                keep[size_t(k)] = false;
        return keep;
    }
    QTemporaryDir m_dir;
    std::shared_ptr<const FaceModel> m_model;
    FaceComparisonResult m_result;
};

QString pdfText(const QString& path, int page = 0)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    QProcess process;
    process.start(tool, args << path << QStringLiteral("-"));
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_F(WhatIfResult, ScoreContributionsGroupsAndDecisionAreTheWhatIfs)
{
    const std::vector<bool> keep = withoutFirstGroups(2);
    const int removedGroup = m_result.groups[0].layoutGroup;
    auto shown = applyWhatIfMask(m_result, *m_model, keep);
    ASSERT_TRUE(shown) << shown.error().toString().toStdString();
    // The same re-normalised score as the what-if line's, which is computed apart (embedding norms).
    auto whatIf = whatIfWithMask(m_result, *m_model, keep, QStringLiteral("two groups"));
    ASSERT_TRUE(whatIf);
    EXPECT_NEAR(shown->score, whatIf->scoreWithout, 1e-6);
    EXPECT_NE(shown->score, m_result.score);
    // Nothing switched off contributes; the rest adds up to the what-if score.
    double sum = shown->biasTerm + shown->residual;
    for (size_t k = 0; k < keep.size(); ++k) {
        if (!keep[k]) {
            EXPECT_EQ(shown->contributions[k], 0.0) << k;
        }
        sum += shown->contributions[k];
    }
    EXPECT_NEAR(sum, shown->score, 1e-6);
    // A switched-off group stays listed (the tree and chart show it) with a share of 0.
    EXPECT_EQ(shown->groups.size(), m_result.groups.size());
    bool listed = false;
    for (const GroupExplanation& g : shown->groups)
        if (g.layoutGroup == removedGroup) {
            listed = true;
            EXPECT_EQ(g.contribution, 0.0);
        }
    EXPECT_TRUE(listed);
    EXPECT_EQ(shown->decision, decideFace(shown->score, shown->threshold, !shown->reasons.isEmpty()));
    // The input is untouched and keeps no exclusions from a what-if.
    EXPECT_TRUE(shown->excluded.isEmpty());
}

TEST_F(WhatIfResult, RefusedWhenNothingIsLeftOrTheMaskDoesNotFit)
{
    EXPECT_FALSE(applyWhatIfMask(m_result, *m_model, std::vector<bool>(m_result.contributions.size(), false)));
    EXPECT_FALSE(applyWhatIfMask(m_result, *m_model, std::vector<bool>(3, true)));
    // Keeping everything is the comparison itself.
    auto all = applyWhatIfMask(m_result, *m_model, std::vector<bool>(m_result.contributions.size(), true));
    ASSERT_TRUE(all);
    EXPECT_NEAR(all->score, m_result.score, 1e-6);
}

TEST_F(WhatIfResult, AReportExportedDuringAWhatIfSaysSoOnItsFirstPageAndEveryFooter)
{
    const std::vector<bool> keep = withoutFirstGroups(1);
    auto shown = applyWhatIfMask(m_result, *m_model, keep);
    ASSERT_TRUE(shown);
    ReportExtras extras;
    ReportWhatIf w;
    w.removed = m_result.groups[0].characteristicName;
    w.descriptorsOff = int(std::count(keep.begin(), keep.end(), false));
    w.share = m_result.groups[0].contribution;
    w.originalScore = m_result.score;
    w.originalDecision = m_result.decision;
    extras.whatIf = w;
    const QString path = m_dir.filePath(QStringLiteral("what-if.pdf"));
    ASSERT_TRUE(writeFaceReportPdf(path, *shown, extras).ok());
    const QString first = pdfText(path, 1);
    if (first.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: text checks skipped";
    EXPECT_TRUE(first.contains(QStringLiteral("WHAT-IF: this report shows a what-if")));
    EXPECT_TRUE(first.contains(QString::number(shown->score, 'f', 3))) << "the what-if score is reported";
    EXPECT_TRUE(first.contains(QString::number(m_result.score, 'f', 3))) << "next to the full comparison's";
    const QString all = pdfText(path);
    const int pages = int(all.count(QChar(0x0c))) + (all.endsWith(QChar(0x0c)) ? 0 : 1);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page).simplified();
        EXPECT_TRUE(text.contains(QStringLiteral("What-if: %1 switched off").arg(w.removed).simplified()))
            << "page " << page;
    }
    // Without the what-if nothing says so.
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    ASSERT_TRUE(writeFaceReportPdf(plain, m_result).ok());
    EXPECT_FALSE(pdfText(plain).contains(QStringLiteral("WHAT-IF")));
}
