// Excluding components from a face comparison (issue 13 §6b/c): the re-normalised score on what is left equals the
// score computed by hand from the remaining blocks, the JSON lists each exclusion with its reason, bad ids and
// reasons are refused, and the what-if gives both a component's share and the score without it, with a reason.
#include "BlockFakePack.h"
#include "FakeEncoders.h"

#include "core/face/FaceModel.h"
#include "core/face/pipeline/ComponentExclusion.h"
#include "core/face/pipeline/FaceComparison.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace descry;

namespace {

class Exclusions : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto pack = fakes::writeBlockFakeFacePack(m_dir.path());
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        auto model = FaceModel::open(*pack);
        ASSERT_TRUE(model) << model.error().toString().toStdString();
        m_model = std::make_shared<const FaceModel>(*model);
        auto r = FaceComparison(m_model).compare(photo(1, 0), photo(3, 1));
        ASSERT_TRUE(r) << r.error().toString().toStdString();
        m_result = *r;
    }
    QString photo(int identity, int variant)
    {
        const QString p = m_dir.filePath(QStringLiteral("id%1_v%2.png").arg(identity).arg(variant));
        EXPECT_TRUE(fakes::writeFakeFacePhoto(p, identity, variant));
        return p;
    }
    // Layout groups of a component.
    QList<int> groupsOf(const QString& component) const
    {
        QList<int> out;
        for (int g = 0; g < m_model->layout().groups.size(); ++g)
            if (m_model->catalog().groups()[m_model->layout().groups[g].catalogGroup].component == component)
                out << g;
        return out;
    }
    // The cosine of the two embeddings built from the groups not in `dropped`, block by block, in double.
    double byHand(const QList<int>& dropped) const
    {
        const ConceptHead& head = *m_model->parts().head;
        const std::vector<float> W = head.aggregationMatrix();
        const int m = head.config().m, w = head.config().blockWidth;
        std::vector<double> ep(size_t(m), 0.0), er(size_t(m), 0.0);
        for (size_t k = 0; k < m_result.ssmProbe.size(); ++k) {
            const int g = head.config().groupOf[k];
            if (dropped.contains(g))
                continue;
            for (int j = g * w; j < (g + 1) * w; ++j) { // only the group's own block
                ep[size_t(j)] += double(m_result.ssmProbe[k]) * W[k * size_t(m) + size_t(j)];
                er[size_t(j)] += double(m_result.ssmReference[k]) * W[k * size_t(m) + size_t(j)];
            }
        }
        double pp = 0, rr = 0, pr = 0;
        for (int j = 0; j < m; ++j) {
            pp += ep[size_t(j)] * ep[size_t(j)];
            rr += er[size_t(j)] * er[size_t(j)];
            pr += ep[size_t(j)] * er[size_t(j)];
        }
        return pr / std::sqrt(pp * rr);
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const FaceModel> m_model;
    FaceComparisonResult m_result;
};

} // namespace

TEST_F(Exclusions, ExcludingAComponentEqualsTheScoreOfTheRemainingBlocks)
{
    const QList<int> mouth = groupsOf(QStringLiteral("mouth"));
    ASSERT_FALSE(mouth.isEmpty()) << "the fake pack scores the mouth";
    EXPECT_NEAR(byHand({}), m_result.score, 1e-6) << "the hand computation reproduces the full score";
    const double full = m_result.score;
    FaceComparisonResult r = m_result;
    ASSERT_TRUE(applyExclusions(
        &r, *m_model,
        {{QStringLiteral("mouth"), QStringLiteral("not-visible"), QStringLiteral("a hand over the mouth")}}));
    EXPECT_NEAR(r.score, byHand(mouth), 1e-6);
    EXPECT_NE(r.score, full);
    EXPECT_DOUBLE_EQ(r.scoreBeforeExclusions, full);
    EXPECT_EQ(r.decisionBeforeExclusions, m_result.decision);
    EXPECT_EQ(r.decision, decideFace(r.score, r.threshold, !r.reasons.isEmpty()));
    // The decomposition is re-computed on what is left and still adds up exactly.
    double sum = 0;
    for (const GroupExplanation& g : r.groups) {
        EXPECT_NE(g.component, QStringLiteral("mouth"));
        sum += g.contribution;
    }
    EXPECT_NEAR(r.score, sum + r.biasTerm, 1e-6);
    EXPECT_LT(std::abs(r.residual), 1e-6);
    for (int g : mouth)
        for (int k : m_model->layout().groups[g].concepts)
            EXPECT_EQ(r.contributions[size_t(k)], 0.0);
    ASSERT_EQ(r.excluded.size(), 1);
    EXPECT_EQ(r.excluded[0].name, QStringLiteral("Mouth"));
    EXPECT_TRUE(r.sentences.first().contains(QStringLiteral("Excluded from the score")))
        << r.sentences.first().toStdString();
    EXPECT_TRUE(r.sentences.first().contains(QStringLiteral("calibrated on whole faces")));

    // A second exclusion adds to the first; the whole-face score is kept.
    ASSERT_TRUE(applyExclusions(&r, *m_model, {{QStringLiteral("eyes"), QStringLiteral("not-assessable"), {}}}));
    EXPECT_NEAR(r.score, byHand(mouth + groupsOf(QStringLiteral("eyes"))), 1e-6);
    EXPECT_DOUBLE_EQ(r.scoreBeforeExclusions, full);
    EXPECT_EQ(r.excluded.size(), 2);
}

TEST_F(Exclusions, JsonListsEachExclusionWithItsReason)
{
    FaceComparisonResult r = m_result;
    EXPECT_TRUE(r.toJson().value(QStringLiteral("excluded")).toArray().isEmpty());
    ASSERT_TRUE(applyExclusions(
        &r, *m_model,
        {{QStringLiteral("eyes"), QStringLiteral("not-visible"), QStringLiteral("dark glasses over the eyes")}}));
    const QJsonObject json = r.toJson();
    const QJsonArray excluded = json.value(QStringLiteral("excluded")).toArray();
    ASSERT_EQ(excluded.size(), 1);
    const QJsonObject x = excluded[0].toObject();
    EXPECT_EQ(x.value(QStringLiteral("component")).toString(), QStringLiteral("eyes"));
    EXPECT_EQ(x.value(QStringLiteral("reason")).toString(), QStringLiteral("not-visible"));
    EXPECT_EQ(x.value(QStringLiteral("detail")).toString(), QStringLiteral("dark glasses over the eyes"));
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("score_before_exclusions")).toDouble(), m_result.score);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("score")).toDouble(), r.score);
    for (const QJsonValue& g : json.value(QStringLiteral("groups")).toArray())
        EXPECT_NE(g.toObject().value(QStringLiteral("component_id")).toString(), QStringLiteral("eyes"));
}

TEST_F(Exclusions, NotMeasuredMayNameOneCharacteristic)
{
    const QList<int> mouth = groupsOf(QStringLiteral("mouth"));
    ASSERT_FALSE(mouth.isEmpty());
    const int g = mouth.first();
    const QString characteristic = m_model->catalog().groups()[m_model->layout().groups[g].catalogGroup].id;
    FaceComparisonResult r = m_result;
    ASSERT_TRUE(applyExclusions(&r, *m_model, {{characteristic, QStringLiteral("not-measured"), {}}}));
    QList<int> dropped;
    for (int h = 0; h < m_model->layout().groups.size(); ++h)
        if (m_model->catalog().groups()[m_model->layout().groups[h].catalogGroup].id == characteristic)
            dropped << h;
    EXPECT_NEAR(r.score, byHand(dropped), 1e-6);
    // Only "not-measured" takes a characteristic id.
    FaceComparisonResult s = m_result;
    const Status st = applyExclusions(&s, *m_model, {{characteristic, QStringLiteral("not-visible"), {}}});
    ASSERT_FALSE(st);
    EXPECT_TRUE(st.error().message().contains(characteristic));
}

TEST_F(Exclusions, UnknownComponentsAndReasonsAreRefusedAndLeaveTheResultAlone)
{
    FaceComparisonResult r = m_result;
    Status st = applyExclusions(&r, *m_model, {{QStringLiteral("tail"), QStringLiteral("not-visible"), {}}});
    ASSERT_FALSE(st);
    EXPECT_TRUE(st.error().message().contains(QStringLiteral("'tail'"))) << st.error().message().toStdString();
    st = applyExclusions(&r, *m_model, {{QStringLiteral("eyes"), QStringLiteral("blurry"), {}}});
    ASSERT_FALSE(st);
    EXPECT_TRUE(st.error().message().contains(QStringLiteral("blurry")));
    EXPECT_EQ(r.score, m_result.score);
    EXPECT_TRUE(r.excluded.isEmpty());
    EXPECT_EQ(r.groups.size(), m_result.groups.size());
}

TEST_F(Exclusions, WhatIfGivesTheShareAndTheRenormalisedScoreAndSaysWhy)
{
    const QList<int> mouth = groupsOf(QStringLiteral("mouth"));
    auto w = whatIfWithout(m_result, *m_model, mouth, QStringLiteral("Mouth"));
    ASSERT_TRUE(w) << w.error().message().toStdString();
    double share = 0;
    for (const GroupExplanation& g : m_result.groups)
        if (g.component == QStringLiteral("mouth"))
            share += g.contribution;
    EXPECT_NEAR(w->share, share, 1e-9);
    EXPECT_NEAR(w->scoreWithout, byHand(mouth), 1e-6);
    EXPECT_NEAR(w->delta, w->scoreWithout - m_result.score, 1e-12);
    EXPECT_GT(w->normRatio, 0.0);
    EXPECT_LT(w->normRatio, 1.0) << "a block head's embeddings only shrink when blocks are removed";
    // Block head: without bias, the score without = (score − share) / normRatio exactly.
    EXPECT_NEAR(w->scoreWithout, (m_result.score - w->share) / w->normRatio, 1e-6);
    EXPECT_TRUE(w->sentence.startsWith(QStringLiteral("Removing Mouth changes the score by")))
        << w->sentence.toStdString();
    EXPECT_TRUE(w->sentence.contains(QStringLiteral("re-normalised")));
    EXPECT_TRUE(w->sentence.contains(QString::number(w->share, 'f', 3)));

    FaceComparisonResult r = m_result;
    ASSERT_TRUE(applyExclusions(&r, *m_model, {{QStringLiteral("mouth"), QStringLiteral("not-assessable"), {}}}));
    EXPECT_NEAR(r.score, w->scoreWithout, 1e-6) << "what-if and exclusion agree";
    EXPECT_FALSE(whatIfWithout(m_result, *m_model, {100000}, QStringLiteral("x")));
}
