// One way to score a pair (issue 13 §6/§7): compare and verify-pairs give the same score and the same exclusions
// for the same pair (hidden components, characteristics not measured), verify-pairs lists them per pair and counts
// them per reason, and the LR is "not calibrated" only for exclusions its calibration pairs rarely had.
#include "BlockFakePack.h"
#include "FakeEncoders.h"

#include "core/eval/LikelihoodRatio.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/face/pipeline/FaceLikelihoodRatio.h"
#include "core/face/pipeline/PairScore.h"
#include "core/face/pipeline/PairVerification.h"

#include <QJsonArray>
#include <QPainter>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace descry;

namespace {

class PairScoreTest : public ::testing::Test
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
    }
    // A fake face photo; `grey` stores it as greyscale, `glasses` paints dark glasses over the eyes.
    QString photo(int identity, int variant, bool grey = false, bool glasses = false)
    {
        QImage img = fakes::fakeFacePhoto(identity, variant);
        if (glasses) {
            QPainter p(&img);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(8, 8, 10));
            p.drawRoundedRect(QRectF(img.width() * 0.24, img.height() * 0.3, img.width() * 0.52, img.height() * 0.13),
                              8, 8);
        }
        if (grey)
            img = img.convertToFormat(QImage::Format_Grayscale8);
        const QString p =
            m_dir.filePath(QStringLiteral("id%1_v%2_%3%4.png").arg(identity).arg(variant).arg(grey).arg(glasses));
        EXPECT_TRUE(img.save(p));
        return p;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const FaceModel> m_model;
};

QStringList ids(const QList<ExcludedComponent>& ex)
{
    QStringList out;
    for (const ExcludedComponent& x : ex)
        out << x.reason + QLatin1Char(':') + x.component;
    return out;
}

TEST_F(PairScoreTest, CompareAndVerifyPairsGiveTheSameScoreAndExclusions)
{
    const QList<PairRow> rows{{photo(1, 0), photo(1, 1), 1, 0},
                              {photo(1, 0), photo(2, 0, true), 0, 0},
                              {photo(3, 0, false, true), photo(3, 1), 1, 0},
                              {photo(2, 1, true, true), photo(4, 0), 0, 0}};
    auto scoring = scorePairs(*m_model, rows, 0, rows.size(), PairVerificationOptions{});
    ASSERT_TRUE(scoring) << scoring.error().toString().toStdString();
    int withExclusions = 0;
    for (const PairOutcome& o : scoring->outcomes) {
        ASSERT_TRUE(o.scored) << o.reason.toStdString();
        auto r = FaceComparison(m_model).compare(o.a, o.b);
        ASSERT_TRUE(r) << r.error().toString().toStdString();
        EXPECT_NEAR(o.explainable, r->score, 1e-9) << o.pair;
        EXPECT_EQ(ids(o.excluded), ids(r->excluded)) << o.pair;
        withExclusions += !o.excluded.isEmpty();
    }
    // Not vacuous: the painted glasses put a quantity of that pair outside the training range, so a
    // characteristic leaves its score, and the score on what is left differs from the whole-face score (what
    // verify-pairs reported before). The fake pack measures no colour, so its grey photos exclude nothing.
    EXPECT_GE(withExclusions, 1);
    ASSERT_FALSE(scoring->outcomes[2].excluded.isEmpty());
    auto r = FaceComparison(m_model).compare(rows[2].a, rows[2].b);
    ASSERT_TRUE(r);
    EXPECT_GT(std::abs(r->score - r->scoreBeforeExclusions), 1e-6);
}

TEST_F(PairScoreTest, VerifyPairsListsExclusionsPerPairAndCountsThemPerReason)
{
    const QList<PairRow> rows{{photo(1, 0), photo(1, 1), 1, 0},
                              {photo(3, 0, false, true), photo(3, 1), 1, 0},
                              {photo(2, 0), photo(4, 0), 0, 0},
                              {photo(5, 0, false, true), photo(6, 0), 0, 0}};
    auto report = verifyPairs(*m_model, rows, PairVerificationOptions{});
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    const QJsonObject ex = report->toJson().value(QStringLiteral("exclusions")).toObject();
    const QJsonArray pairs = ex.value(QStringLiteral("pairs")).toArray();
    EXPECT_EQ(ex.value(QStringLiteral("pairs_with_exclusions")).toInt(), pairs.size());
    ASSERT_GE(pairs.size(), 1);
    int counted = 0;
    const QJsonObject byReason = ex.value(QStringLiteral("by_reason")).toObject();
    for (const QJsonValue& p : pairs) {
        const QJsonArray list = p.toObject().value(QStringLiteral("excluded")).toArray();
        ASSERT_FALSE(list.isEmpty());
        EXPECT_FALSE(list[0].toObject().value(QStringLiteral("component")).toString().isEmpty());
        EXPECT_TRUE(isExclusionReason(list[0].toObject().value(QStringLiteral("reason")).toString()));
    }
    for (auto it = byReason.begin(); it != byReason.end(); ++it)
        counted = std::max(counted, it.value().toInt());
    EXPECT_EQ(counted > 0, !pairs.isEmpty());
    EXPECT_LE(counted, int(pairs.size()));
}

TEST(PairScoreFractions, EachComponentCountsOncePerPair)
{
    const ExcludedComponent eyes{QStringLiteral("eyes"), QStringLiteral("not-visible"), {}};
    const ExcludedComponent skin{QStringLiteral("skin.tone"), QStringLiteral("not-measured"), {}};
    const auto f = exclusionFractions({{eyes, eyes, skin}, {eyes}, {}, {}});
    EXPECT_DOUBLE_EQ(f.value(QStringLiteral("eyes")), 0.5);
    EXPECT_DOUBLE_EQ(f.value(QStringLiteral("skin.tone")), 0.25);
    EXPECT_TRUE(exclusionFractions({}).isEmpty());
}

LikelihoodRatioResult calibratedResult()
{
    LikelihoodRatioResult r;
    r.available = true;
    r.calibrated = true;
    return r;
}

const ExcludedComponent kEyesHidden{QStringLiteral("eyes"), QStringLiteral("not-visible"),
                                    QStringLiteral("probe: dark glasses"), QStringLiteral("Eyes")};

TEST(LrExclusions, WithoutTheRecordAnyExclusionIsOutsideTheCalibration)
{
    LrCalibration cal; // an older pack: no exclusions map
    LikelihoodRatioResult r = calibratedResult();
    checkLrExclusions(cal, {kEyesHidden}, &r);
    EXPECT_FALSE(r.calibrated);
    ASSERT_EQ(r.reasonsOutside.size(), 1);
    EXPECT_TRUE(r.reasonsOutside[0].contains(QStringLiteral("Eyes")));
}

TEST(LrExclusions, AnExclusionCommonInTheCalibrationPairsStaysCalibrated)
{
    LrCalibration cal;
    cal.exclusions = QMap<QString, double>{{QStringLiteral("eyes"), 0.05}};
    LikelihoodRatioResult r = calibratedResult();
    checkLrExclusions(cal, {kEyesHidden}, &r);
    EXPECT_TRUE(r.calibrated);
    EXPECT_TRUE(r.reasonsOutside.isEmpty());
}

TEST(LrExclusions, AnExclusionRareInTheCalibrationPairsIsNotCalibrated)
{
    LrCalibration cal;
    cal.exclusions = QMap<QString, double>{{QStringLiteral("eyes"), 0.049}, {QStringLiteral("mouth"), 0.5}};
    LikelihoodRatioResult r = calibratedResult();
    checkLrExclusions(cal, {kEyesHidden}, &r);
    EXPECT_FALSE(r.calibrated);
    ASSERT_EQ(r.reasonsOutside.size(), 1);
    EXPECT_TRUE(r.reasonsOutside[0].contains(QStringLiteral("4.9"))) << r.reasonsOutside[0].toStdString();
    // A component the calibration pairs never excluded is not in the map: 0 %.
    LikelihoodRatioResult never = calibratedResult();
    checkLrExclusions(cal, {{QStringLiteral("ears"), QStringLiteral("not-visible"), {}}}, &never);
    EXPECT_FALSE(never.calibrated);
}

TEST(LrExclusions, TheExaminersNotAssessableIsAlwaysStated)
{
    LrCalibration cal;
    cal.exclusions = QMap<QString, double>{{QStringLiteral("eyes"), 1.0}};
    LikelihoodRatioResult r = calibratedResult();
    checkLrExclusions(cal, {{QStringLiteral("eyes"), QStringLiteral("not-assessable"), {}, QStringLiteral("Eyes")}},
                      &r);
    EXPECT_FALSE(r.calibrated);
    ASSERT_EQ(r.reasonsOutside.size(), 1);
    EXPECT_TRUE(r.reasonsOutside[0].contains(QStringLiteral("examiner")));
}

TEST(LrExclusions, NoExclusionLeavesTheResultAlone)
{
    LikelihoodRatioResult r = calibratedResult();
    checkLrExclusions(LrCalibration{}, {}, &r);
    EXPECT_TRUE(r.calibrated);
    EXPECT_TRUE(r.reasonsOutside.isEmpty());
}

TEST(LrExclusions, TheManifestRecordRoundTripsAndIsReadStrictly)
{
    auto fitted = fitLogisticLr({0.1, 0.2, 0.8, 0.9}, {0, 0, 1, 1});
    ASSERT_TRUE(fitted);
    fitted->dataset = QStringLiteral("test");
    fitted->date = QStringLiteral("2026-12-02T00:00:00Z");
    fitted->exclusions = QMap<QString, double>{{QStringLiteral("eyes"), 0.25}};
    QJsonObject json = fitted->toJson();
    auto back = LrCalibration::fromJson(json, QStringLiteral("manifest.json"));
    ASSERT_TRUE(back) << back.error().toString().toStdString();
    ASSERT_TRUE(back->exclusions.has_value());
    EXPECT_DOUBLE_EQ(back->exclusionFraction(QStringLiteral("eyes")).value(), 0.25);
    EXPECT_DOUBLE_EQ(back->exclusionFraction(QStringLiteral("mouth")).value(), 0.0);
    json.remove(QStringLiteral("exclusions"));
    auto old = LrCalibration::fromJson(json, QStringLiteral("manifest.json"));
    ASSERT_TRUE(old);
    EXPECT_FALSE(old->exclusions.has_value());
    json.insert(QStringLiteral("exclusions"), QJsonObject{{QStringLiteral("eyes"), 1.5}});
    auto bad = LrCalibration::fromJson(json, QStringLiteral("manifest.json"));
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message().contains(QStringLiteral("exclusions.eyes")))
        << bad.error().message().toStdString();
}

} // namespace
