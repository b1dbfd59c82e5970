// No confident descriptor outside what its source was trained on (issue 13): the spread floor of measured
// quantities, the training range of quantities and appearance scores recorded in the pack, values outside it "not
// assessed" with the reason, and packs written before ranges existed falling back to |z| > 6.
#include "FakeEncoders.h"

#include "core/face/FaceModel.h"
#include "core/face/Morphometry.h"
#include "core/face/TrainingRange.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>

using namespace descry;

namespace {

const QStringList kIds = {QStringLiteral("face.elongation"), QStringLiteral("skin.darkness"),
                          QStringLiteral("marks.red_spots")};

// 20 faces: face.elongation spread normally around 0.9, skin.darkness exactly 40 and marks.red_spots exactly 0 on
// every one (what a lab set of evenly lit, spotless faces gives).
std::vector<std::vector<double>> labSamples()
{
    std::vector<std::vector<double>> s;
    for (int i = 0; i < 20; ++i)
        s.push_back({0.9 + 0.01 * (i % 5 - 2), 40.0, 0.0});
    return s;
}

} // namespace

TEST(TrainingRange, NearConstantQuantityGetsTheSpreadFloorAndBoundedZ)
{
    const auto stats = morphometry::computeStats(labSamples(), kIds);
    // max(1e-9, resolution 0.5 L*, 2 % of |40|) = 0.8; spot counts: resolution 0.25 (mean 0).
    EXPECT_DOUBLE_EQ(stats.stddev[1], 0.8);
    EXPECT_DOUBLE_EQ(stats.stddev[2], 0.25);
    EXPECT_DOUBLE_EQ(trainingrange::spreadFloor(QStringLiteral("skin.darkness"), 40.0), 0.8);
    // A casework photo 10 L* darker and with 2 spots per IOD²: z 12.5 and 8, not 10^10.
    const auto z = morphometry::zScores({0.9, 50.0, 2.0}, stats);
    EXPECT_NEAR(z[1], 12.5, 1e-9);
    EXPECT_NEAR(z[2], 8.0, 1e-9);
    // A quantity that really varies keeps its own spread (well above its 0.018 floor).
    EXPECT_GT(stats.stddev[0], 0.011);
    EXPECT_LT(stats.stddev[0], 0.02);
}

TEST(TrainingRange, SpreadFloorRuleByKind)
{
    EXPECT_DOUBLE_EQ(trainingrange::quantityResolution(QStringLiteral("eyes.width")), 0.005);
    EXPECT_DOUBLE_EQ(trainingrange::quantityResolution(QStringLiteral("chin.angle")), 0.5);
    EXPECT_DOUBLE_EQ(trainingrange::quantityResolution(QStringLiteral("lines.forehead")), 0.05);
    EXPECT_DOUBLE_EQ(trainingrange::quantityResolution(QStringLiteral("hair.skin_fraction")), 0.01);
    EXPECT_DOUBLE_EQ(trainingrange::quantityResolution(QStringLiteral("forehead.skin_height")), 1.0 / 64);
    EXPECT_DOUBLE_EQ(trainingrange::quantityResolution(QStringLiteral("unknown.quantity")), 0.0);
    // Without ids only the relative floor and 1e-9 apply.
    EXPECT_DOUBLE_EQ(trainingrange::spreadFloor(QString(), 0.0), 1e-9);
    EXPECT_DOUBLE_EQ(trainingrange::spreadFloor(QString(), -5.0), 0.1);
    const auto stats = morphometry::computeStats({{1.0}, {1.0}, {1.0}});
    EXPECT_DOUBLE_EQ(stats.stddev[0], 0.02);
}

TEST(TrainingRange, StatsRecordTheRangeLeavingOutUnmeasuredFaces)
{
    auto samples = labSamples();
    samples.push_back({std::nan(""), 41.5, std::nan("")});
    const auto stats = morphometry::computeStats(samples, kIds);
    ASSERT_TRUE(stats.hasRange());
    EXPECT_DOUBLE_EQ(stats.min[0], 0.88);
    EXPECT_DOUBLE_EQ(stats.max[0], 0.92);
    EXPECT_DOUBLE_EQ(stats.min[1], 40.0);
    EXPECT_DOUBLE_EQ(stats.max[1], 41.5);
    const auto none = trainingrange::valueRanges({{std::nan("")}, {std::nan("")}});
    EXPECT_FALSE(none.has(0));
}

TEST(TrainingRange, ValueOutsideTheRecordedRangeIsNotAssessedWithTheReason)
{
    const auto stats = morphometry::computeStats(labSamples(), kIds);
    // skin.darkness: range 40..40, margin ½ × 0.8 = 0.4. 50 is outside; so is a face far too elongated.
    const QString dark = morphometry::outOfRangeReason(stats, 1, 50.0);
    EXPECT_TRUE(dark.contains(QStringLiteral("outside the range of the training photos"))) << dark.toStdString();
    EXPECT_TRUE(dark.contains(QStringLiteral("value 50"))) << dark.toStdString();
    EXPECT_TRUE(dark.contains(QStringLiteral("training range 40 to 40"))) << dark.toStdString();
    // face.elongation: range 0.88..0.92, margin max(0.004, ½ sd ≈ 0.0073): 0.94 is outside, below the 6-sd fallback.
    const QString wide = morphometry::outOfRangeReason(stats, 0, 0.94);
    EXPECT_TRUE(wide.contains(QStringLiteral("training range 0.88 to 0.92"))) << wide.toStdString();
    EXPECT_LT((0.94 - stats.mean[0]) / stats.stddev[0], trainingrange::kFallbackZLimit);
}

TEST(TrainingRange, InRangeAndUnmeasuredValuesAreUnchanged)
{
    const auto stats = morphometry::computeStats(labSamples(), kIds);
    EXPECT_TRUE(morphometry::outOfRangeReason(stats, 0, 0.9).isEmpty());
    EXPECT_TRUE(morphometry::outOfRangeReason(stats, 0, 0.925).isEmpty()) << "within the margin";
    EXPECT_TRUE(morphometry::outOfRangeReason(stats, 1, 40.3).isEmpty()) << "within half a spread";
    EXPECT_TRUE(morphometry::outOfRangeReason(stats, 1, std::nan("")).isEmpty())
        << "NaN: not measured, stated elsewhere";
    // z-scores themselves are not changed by the range check.
    EXPECT_NEAR(morphometry::zScores({0.9, 40.3, 0.0}, stats)[1], 0.375, 1e-9);
}

TEST(TrainingRange, WithoutARecordedRangeTheZLimitApplies)
{
    auto stats = morphometry::computeStats(labSamples(), kIds);
    stats.min.clear();
    stats.max.clear();
    ASSERT_FALSE(stats.hasRange());
    EXPECT_TRUE(morphometry::outOfRangeReason(stats, 1, 40.0 + 5.9 * 0.8).isEmpty());
    const QString r = morphometry::outOfRangeReason(stats, 1, 40.0 + 7 * 0.8);
    EXPECT_TRUE(r.contains(QStringLiteral("z 7.0"))) << r.toStdString();
    EXPECT_TRUE(r.contains(QStringLiteral("records no training range"))) << r.toStdString();
}

TEST(TrainingRange, AppearanceScoreOutsideItsRangeIsNamed)
{
    // Range 0.10..0.30, margin max(0.02, 0.02) = 0.02.
    EXPECT_TRUE(trainingrange::appearanceOutOfRange(QStringLiteral("Bald"), 0.31, 0.10, 0.30).isEmpty());
    const QString r = trainingrange::appearanceOutOfRange(QStringLiteral("Bald"), 0.45, 0.10, 0.30);
    EXPECT_TRUE(r.contains(QStringLiteral("'Bald'"))) << r.toStdString();
    EXPECT_TRUE(r.contains(QStringLiteral("score 0.45"))) << r.toStdString();
    EXPECT_TRUE(trainingrange::appearanceOutOfRange(QStringLiteral("Bald"), 0.45, std::nan(""), std::nan("")).isEmpty())
        << "no range recorded: nothing to check against";
}

namespace {

// A fake pack (ranges recorded by writeFakeFacePack through computeStats), re-written from its parts with the
// changes `edit` makes: the way an older pack or one with appearance ranges is made here.
class RangedFakePack : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto pack = fakes::writeFakeFacePack(m_dir.filePath(QStringLiteral("pack")));
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        m_pack = *pack;
    }

    template <class Edit> QString rewritten(const QString& name, Edit edit)
    {
        auto model = FaceModel::open(m_pack);
        EXPECT_TRUE(model);
        FaceModelParts parts = model->parts();
        edit(*model, &parts);
        const PackManifest& mf = model->pack().manifest();
        FacePackInfo info{mf.name, mf.version, mf.calibration.json, mf.metrics, mf.provenance, mf.encoder.sources,
                          {},      {}};
        const QString dir = m_dir.filePath(name);
        const Status st = writeFacePack(dir, parts, info);
        EXPECT_TRUE(st) << st.error().toString().toStdString();
        return dir;
    }

    std::vector<double> measured(const FaceModel& model, int identity, int variant) const
    {
        LoadedImage photo;
        photo.image = fakes::fakeFacePhoto(identity, variant);
        auto a = model.analyzer().analyze(photo);
        EXPECT_TRUE(a);
        return a ? a->morphometry : std::vector<double>{};
    }

    QTemporaryDir m_dir;
    QString m_pack;
};

} // namespace

TEST_F(RangedFakePack, QuantityRangesAreStoredLoadedAndJudgedAgainst)
{
    auto model = FaceModel::open(m_pack);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    ASSERT_TRUE(model->hasQuantityRanges());
    EXPECT_FALSE(model->hasAppearanceRanges()) << "writeFakeFacePack records none";
    // The training photos' own values are inside (ids 0-7, both variants).
    for (int id = 0; id < 8; ++id)
        for (int v = 0; v < 2; ++v) {
            const QStringList reasons = model->outOfRangeReasons(measured(*model, id, v));
            for (const QString& r : reasons)
                EXPECT_TRUE(r.isEmpty()) << "identity " << id << " variant " << v << ": " << r.toStdString();
        }
    std::vector<double> far = measured(*model, 0, 0);
    const size_t q = size_t(model->measuredQuantities().indexOf(QStringLiteral("mouth.width")));
    ASSERT_LT(q, far.size());
    far[q] = model->parts().stats.max[q] + 1.0;
    const QStringList reasons = model->outOfRangeReasons(far);
    ASSERT_EQ(reasons.size(), qsizetype(far.size()));
    EXPECT_TRUE(reasons[qsizetype(q)].contains(QStringLiteral("outside the range of the training photos")));
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        if (i != qsizetype(q)) {
            EXPECT_TRUE(reasons[i].isEmpty()) << model->measuredQuantities()[i].toStdString();
        }
    }
}

TEST_F(RangedFakePack, PackWithoutRangesLoadsAndUsesTheZFallback)
{
    const QString old = rewritten(QStringLiteral("old"), [](const FaceModel&, FaceModelParts* p) {
        p->stats.min.clear();
        p->stats.max.clear();
    });
    auto model = FaceModel::open(old);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    EXPECT_FALSE(model->hasQuantityRanges());
    EXPECT_FALSE(model->hasAppearanceRanges());
    std::vector<double> v = measured(*model, 0, 0);
    const auto& s = model->parts().stats;
    for (const QString& r : model->outOfRangeReasons(v))
        EXPECT_TRUE(r.isEmpty()) << r.toStdString();
    v[0] = s.mean[0] + 7 * s.stddev[0];
    EXPECT_TRUE(model->outOfRangeReasons(v)[0].contains(QStringLiteral("records no training range")));
    v[0] = s.mean[0] + 5 * s.stddev[0];
    EXPECT_TRUE(model->outOfRangeReasons(v)[0].isEmpty());
}

TEST_F(RangedFakePack, AppearanceRangesFromTrainingEmbeddingsMarkOutOfRangeCharacteristics)
{
    std::vector<std::vector<float>> training;
    const QString dir = rewritten(QStringLiteral("appearance"), [&](const FaceModel& m, FaceModelParts* p) {
        for (int id = 0; id < 8; ++id) {
            LoadedImage photo;
            photo.image = fakes::fakeFacePhoto(id, 0);
            auto a = m.analyzer().analyze(photo);
            ASSERT_TRUE(a);
            training.push_back(a->embedding);
        }
        p->appearanceRange = appearanceRange(*p->head, training);
        EXPECT_EQ(p->appearanceRange.min.size(), size_t(p->layout.numCosine()));
    });
    auto model = FaceModel::open(dir);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    ASSERT_TRUE(model->hasAppearanceRanges());
    const FaceConceptLayout& layout = model->layout();
    auto c = model->concepts(measured(*model, 3, 0), training[3]);
    ASSERT_TRUE(c);
    EXPECT_TRUE(model->appearanceOutOfRange(c->S).isEmpty()) << "a training photo is inside its own range";
    // One appearance concept far above the largest training score: its characteristic is not assessed.
    const int k = layout.nDirect;
    std::vector<float> S = c->S;
    S[size_t(k)] = float(model->parts().appearanceRange.max[0] + 0.5);
    const QMap<QString, QString> out = model->appearanceOutOfRange(S);
    const QString characteristic = model->catalog().groups()[layout.groups[layout.concepts[k].group].catalogGroup].id;
    ASSERT_EQ(out.size(), 1);
    ASSERT_TRUE(out.contains(characteristic));
    EXPECT_TRUE(out.value(characteristic).contains(QStringLiteral("outside the range of the training photos")));
}

TEST(TrainingRange, CommittedPackWithoutRangesStillLoadsWithTheFallback)
{
    const QString pack = QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/packs/face-default");
    if (!QFileInfo::exists(pack + QStringLiteral("/manifest.json")))
        GTEST_SKIP() << "packaging/packs/face-default is not assembled (packaging/setup.sh)";
    auto model = FaceModel::open(pack);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    if (model->hasQuantityRanges())
        GTEST_SKIP() << "the committed pack has been retrained with training ranges";
    const auto& s = model->parts().stats;
    std::vector<double> v = s.mean;
    for (const QString& r : model->outOfRangeReasons(v))
        EXPECT_TRUE(r.isEmpty()) << r.toStdString();
    v[0] = s.mean[0] + 7 * s.stddev[0];
    EXPECT_TRUE(model->outOfRangeReasons(v)[0].contains(QStringLiteral("records no training range")));
}
