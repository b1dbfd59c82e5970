// Evaluative reporting: logistic and isotonic LR calibration, Cllr / Cllr_min, the ENFSI 2015 verbal scale, the
// calibration-range flag, strict manifest reading and the LR in compare's JSON (fake encoders, no ../shared).
#include "FakeEncoders.h"

#include "core/common/Json.h"
#include "core/eval/LikelihoodRatio.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/face/pipeline/FaceLikelihoodRatio.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <random>

using namespace descry;

namespace {

// Scores of same pairs ~ N(ms, sd), different pairs ~ N(md, sd): the true ln LR is a·s + b with
// a = (ms − md)/sd², b = (md² − ms²)/(2 sd²).
void gaussianScores(int n, double ms, double md, double sd, std::vector<double>* s, std::vector<int>* y,
                    unsigned seed = 5)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> same(ms, sd), diff(md, sd);
    for (int i = 0; i < n; ++i) {
        s->push_back(same(rng));
        y->push_back(1);
        s->push_back(diff(rng));
        y->push_back(0);
    }
}

LrCalibration rangedCalibration()
{
    LrCalibration c;
    c.method = LrMethod::Logistic;
    c.a = 10;
    c.b = -5;
    c.dataset = QStringLiteral("test pairs");
    c.date = QStringLiteral("2026-12-02T00:00:00Z");
    c.pairsSame = 10;
    c.pairsDifferent = 10;
    c.cllr = 0.4;
    c.cllrMin = 0.3;
    c.score = {-0.2, 0.95};
    c.interEyePixels = {32, 120};
    c.sharpness = {50, 900};
    c.absYawDegrees = {0, 20};
    c.colourPhotos = true;
    return c;
}

LrPhotoQuality photo(double eyes, double sharp = 100, double yaw = 5, bool colour = true)
{
    LrPhotoQuality q;
    q.interEyePixels = eyes;
    q.sharpness = sharp;
    q.absYawDegrees = yaw;
    q.colour = colour;
    return q;
}

} // namespace

TEST(LikelihoodRatio, LogisticFitRecoversKnownSlopeAndInterceptOfGaussianScores)
{
    std::vector<double> s;
    std::vector<int> y;
    const double ms = 0.6, md = 0.2, sd = 0.15;
    gaussianScores(20000, ms, md, sd, &s, &y);
    auto cal = fitLogisticLr(s, y);
    ASSERT_TRUE(cal) << cal.error().toString().toStdString();
    const double a = (ms - md) / (sd * sd), b = (md * md - ms * ms) / (2 * sd * sd);
    EXPECT_NEAR(cal->a, a, 0.04 * a) << "a " << cal->a << " expected " << a;
    EXPECT_NEAR(cal->b, b, 0.04 * std::abs(b)) << "b " << cal->b << " expected " << b;
    EXPECT_EQ(cal->pairsSame, 20000);
    EXPECT_EQ(cal->pairsDifferent, 20000);
    // A well-calibrated fit of a monotone map costs little more than the optimum.
    EXPECT_GE(cal->cllr, cal->cllrMin - 1e-9);
    EXPECT_LT(cal->cllr - cal->cllrMin, 0.02);
    EXPECT_GT(cal->cllr, 0.1);
    EXPECT_LT(cal->cllr, 0.6);
    EXPECT_NEAR(cal->log10Lr(0.4), (a * 0.4 + b) / std::log(10.0), 0.05);
}

TEST(LikelihoodRatio, LogisticFitWithUnequalCountsStillRemovesThePriorOdds)
{
    // Ten times more different pairs must not shift the LR: each kind weighs ½.
    std::vector<double> s;
    std::vector<int> y;
    std::mt19937 rng(9);
    std::normal_distribution<double> same(1.0, 1.0), diff(-1.0, 1.0);
    for (int i = 0; i < 3000; ++i) {
        s.push_back(same(rng));
        y.push_back(1);
    }
    for (int i = 0; i < 30000; ++i) {
        s.push_back(diff(rng));
        y.push_back(0);
    }
    auto cal = fitLogisticLr(s, y);
    ASSERT_TRUE(cal);
    EXPECT_NEAR(cal->a, 2.0, 0.12);
    EXPECT_NEAR(cal->b, 0.0, 0.12) << "an unweighted fit would give b ≈ ln(1/10) = −2.3";
}

TEST(LikelihoodRatio, FitRefusesPairsOfOneKindOrNonFiniteScores)
{
    auto one = fitLogisticLr({0.1, 0.2}, {1, 1});
    ASSERT_FALSE(one);
    EXPECT_EQ(one.error().code(), ErrorCode::Input);
    EXPECT_FALSE(fitIsotonicLr({0.1, NAN}, {1, 0}));
    EXPECT_FALSE(fitLogisticLr({}, {}));
}

TEST(LikelihoodRatio, CllrOfPerfectNeutralAndMiscalibratedSystems)
{
    const std::vector<int> y{1, 1, 1, 0, 0, 0};
    EXPECT_LT(cllr({12, 12, 12, -12, -12, -12}, y), 1e-9) << "perfect: 0";
    EXPECT_DOUBLE_EQ(cllr({0, 0, 0, 0, 0, 0}, y), 1.0) << "LR ≡ 1: exactly 1 bit";
    EXPECT_GT(cllr({-1, -1, -1, 1, 1, 1}, y), 1.0) << "LRs pointing the wrong way";
    // Right direction but overconfident with one mistake each side: worse than saying nothing.
    EXPECT_GT(cllr({4, 4, -4, -4, -4, 4}, y), 1.0);
    EXPECT_TRUE(std::isnan(cllr({1, 2}, {1, 1})));
}

TEST(LikelihoodRatio, CllrMinIsZeroForSeparatedScoresAndNeverAboveCllr)
{
    EXPECT_NEAR(cllrMin({0.9, 0.8, 0.7, 0.1, 0.2, 0.3}, {1, 1, 1, 0, 0, 0}), 0.0, 1e-12);
    EXPECT_NEAR(cllrMin({0.5, 0.5}, {1, 0}), 1.0, 1e-12) << "no discrimination";
    std::vector<double> s;
    std::vector<int> y;
    gaussianScores(500, 0.5, 0.3, 0.2, &s, &y, 11);
    auto logistic = fitLogisticLr(s, y);
    auto isotonic = fitIsotonicLr(s, y);
    ASSERT_TRUE(logistic && isotonic);
    EXPECT_GE(logistic->cllr, logistic->cllrMin);
    EXPECT_GE(isotonic->cllr, isotonic->cllrMin);
    EXPECT_DOUBLE_EQ(logistic->cllrMin, isotonic->cllrMin);
}

TEST(LikelihoodRatio, IsotonicCalibrationIsMonotoneAndBoundedByItsPseudoPairs)
{
    std::vector<double> s;
    std::vector<int> y;
    gaussianScores(300, 0.6, 0.3, 0.15, &s, &y, 3);
    auto cal = fitIsotonicLr(s, y);
    ASSERT_TRUE(cal);
    ASSERT_GT(cal->pav.size(), 2u);
    double previous = -INFINITY;
    for (double x = cal->score.min - 1; x <= cal->score.max + 1; x += 0.001) {
        const double l = cal->log10Lr(x);
        ASSERT_TRUE(std::isfinite(l)) << x;
        ASSERT_GE(l, previous) << "not monotone at " << x;
        previous = l;
    }
    // Perfectly separated data: plain PAV would give LR 0 and ∞; the two pseudo pairs give 1/10 and 10.
    auto separated = fitIsotonicLr(
        {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, -1, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1},
        {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    ASSERT_TRUE(separated);
    EXPECT_NEAR(separated->log10Lr(-5), -1.0, 1e-12);
    EXPECT_NEAR(separated->log10Lr(5), 1.0, 1e-12);
    EXPECT_NEAR(separated->cllrMin, 0.0, 1e-12);
    // Between two blocks the map is linear, so no step hides there.
    EXPECT_NEAR(separated->log10Lr(0.0), 0.0, 1e-12);
}

TEST(LikelihoodRatio, VerbalEquivalentFollowsTheEnfsi2015ScaleBoundaries)
{
    EXPECT_EQ(verbalEquivalent(1.0), QStringLiteral("no support either way"));
    EXPECT_EQ(verbalEquivalent(1.05), QStringLiteral("no support either way"));
    EXPECT_EQ(verbalEquivalent(0.95), QStringLiteral("no support either way"));
    const QString same = QStringLiteral(" support for the same-source proposition");
    const QString diff = QStringLiteral(" support for the different-source proposition");
    EXPECT_EQ(verbalEquivalent(2), QStringLiteral("weak") + same);
    EXPECT_EQ(verbalEquivalent(9.99), QStringLiteral("weak") + same);
    EXPECT_EQ(verbalEquivalent(10), QStringLiteral("moderate") + same);
    EXPECT_EQ(verbalEquivalent(99.9), QStringLiteral("moderate") + same);
    EXPECT_EQ(verbalEquivalent(100), QStringLiteral("moderately strong") + same);
    EXPECT_EQ(verbalEquivalent(2300), QStringLiteral("strong") + same);
    EXPECT_EQ(verbalEquivalent(1e4), QStringLiteral("very strong") + same);
    EXPECT_EQ(verbalEquivalent(999999), QStringLiteral("very strong") + same);
    EXPECT_EQ(verbalEquivalent(1e6), QStringLiteral("extremely strong") + same);
    EXPECT_EQ(verbalEquivalent(0.5), QStringLiteral("weak") + diff);
    EXPECT_EQ(verbalEquivalent(0.1), QStringLiteral("moderate") + diff);
    EXPECT_EQ(verbalEquivalent(0.011), QStringLiteral("moderate") + diff);
    EXPECT_EQ(verbalEquivalent(0.01), QStringLiteral("moderately strong") + diff);
    EXPECT_EQ(verbalEquivalent(1e-3), QStringLiteral("strong") + diff);
    EXPECT_EQ(verbalEquivalent(1e-4), QStringLiteral("very strong") + diff);
    EXPECT_EQ(verbalEquivalent(1e-6), QStringLiteral("extremely strong") + diff);
    EXPECT_TRUE(verbalScaleName().contains(QStringLiteral("ENFSI")));
    EXPECT_TRUE(verbalScaleName().contains(QStringLiteral("2015")));
    EXPECT_EQ(formatLr(2300), QStringLiteral("2.3 × 10³"));
    EXPECT_EQ(formatLr(4.2e-5), QStringLiteral("4.2 × 10⁻⁵"));
    EXPECT_EQ(formatLr(12.4), QStringLiteral("12.4"));
}

TEST(LikelihoodRatio, OutsideTheCalibrationDataIsFlaggedSayingWhich)
{
    const LrCalibration cal = rangedCalibration();
    const auto inside = evaluateLikelihoodRatio(cal, 0.8, photo(60), photo(70));
    EXPECT_TRUE(inside.calibrated);
    EXPECT_TRUE(inside.reasonsOutside.isEmpty()) << inside.reasonsOutside.join(QStringLiteral("; ")).toStdString();
    EXPECT_NEAR(inside.log10Lr, (10 * 0.8 - 5) / std::log(10.0), 1e-12);
    EXPECT_NEAR(inside.lr, std::exp(3.0), 1e-9);
    EXPECT_EQ(inside.verbal, verbalEquivalent(std::exp(3.0)));
    EXPECT_TRUE(inside.summary().startsWith(QStringLiteral("LR 20.1 — moderate support")))
        << inside.summary().toStdString();

    const auto small = evaluateLikelihoodRatio(cal, 0.8, photo(18), photo(70));
    EXPECT_FALSE(small.calibrated);
    ASSERT_EQ(small.reasonsOutside.size(), 1);
    EXPECT_EQ(small.reasonsOutside[0], QStringLiteral("probe: inter-eye distance 18 px is below the calibration "
                                                      "data's 32 px"));
    EXPECT_TRUE(small.summary().contains(QStringLiteral("not calibrated for this kind of photo")));

    const auto other = evaluateLikelihoodRatio(cal, 0.99, photo(60, 20, 35), photo(60, 100, 5, false));
    const QString all = other.reasonsOutside.join(QStringLiteral("\n"));
    EXPECT_EQ(other.reasonsOutside.size(), 4) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("score 0.99 is above the calibration data's 0.95"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("probe: sharpness 20 is below"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("probe: head turn |yaw| 35° is above the calibration data's 20°")));
    EXPECT_TRUE(all.contains(QStringLiteral("reference: a greyscale photo; the calibration data had only colour")));

    // Unknown qualities are not guessed to be outside.
    EXPECT_TRUE(evaluateLikelihoodRatio(cal, 0.5, LrPhotoQuality{}, LrPhotoQuality{}).calibrated);
}

TEST(LikelihoodRatio, ManifestObjectRoundTripsAndEveryFieldIsRequired)
{
    const LrCalibration cal = rangedCalibration();
    const QJsonObject json = cal.toJson();
    auto back = LrCalibration::fromJson(json, QStringLiteral("m.json"));
    ASSERT_TRUE(back) << back.error().toString().toStdString();
    EXPECT_EQ(back->toJson(), json);
    for (const QString& field :
         {QStringLiteral("method"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("dataset"),
          QStringLiteral("pairs_same"), QStringLiteral("pairs_different"), QStringLiteral("cllr"),
          QStringLiteral("cllr_min"), QStringLiteral("score_range"), QStringLiteral("quality_ranges"),
          QStringLiteral("date")}) {
        QJsonObject o = json;
        o.remove(field);
        auto r = LrCalibration::fromJson(o, QStringLiteral("m.json"));
        ASSERT_FALSE(r) << field.toStdString();
        EXPECT_EQ(r.error().code(), ErrorCode::Model);
        EXPECT_TRUE(r.error().message().contains(QStringLiteral("calibration.likelihood_ratio.") + field))
            << r.error().message().toStdString();
        EXPECT_EQ(r.error().file(), QStringLiteral("m.json"));
    }
    QJsonObject bad = json;
    bad.insert(QStringLiteral("a"), QStringLiteral("ten"));
    EXPECT_FALSE(LrCalibration::fromJson(bad, {}));
    bad = json;
    bad.insert(QStringLiteral("score_range"), QJsonArray{1, 0});
    EXPECT_FALSE(LrCalibration::fromJson(bad, {}));

    std::vector<double> s;
    std::vector<int> y;
    gaussianScores(100, 0.6, 0.3, 0.15, &s, &y, 4);
    auto iso = fitIsotonicLr(s, y);
    ASSERT_TRUE(iso);
    iso->dataset = QStringLiteral("x");
    iso->date = QStringLiteral("2026-12-02");
    QJsonObject isoJson = iso->toJson();
    auto isoBack = LrCalibration::fromJson(isoJson, {});
    ASSERT_TRUE(isoBack) << isoBack.error().toString().toStdString();
    EXPECT_DOUBLE_EQ(isoBack->log10Lr(0.45), iso->log10Lr(0.45));
    QJsonArray table = isoJson.value(QStringLiteral("pav")).toArray();
    ASSERT_GE(table.size(), 2);
    QJsonArray first = table[0].toArray();
    first[2] = 99.0; // above the next block: a falling LR
    table[0] = first;
    isoJson.insert(QStringLiteral("pav"), table);
    auto falling = LrCalibration::fromJson(isoJson, {});
    ASSERT_FALSE(falling);
    EXPECT_TRUE(falling.error().message().contains(QStringLiteral("calibration.likelihood_ratio.pav[1]")))
        << falling.error().message().toStdString();
}

TEST(LikelihoodRatio, ColourIsToldFromTheFaceChipNotTheFileFormat)
{
    QImage grey(64, 64, QImage::Format_RGB888);
    grey.fill(QColor(120, 120, 120));
    EXPECT_EQ(isColourPhoto(grey), false) << "grey stored as RGB";
    QImage g8(64, 64, QImage::Format_Grayscale8);
    g8.fill(80);
    EXPECT_EQ(isColourPhoto(g8), false);
    QImage skin(64, 64, QImage::Format_RGB888);
    skin.fill(QColor(210, 160, 130));
    EXPECT_EQ(isColourPhoto(skin), true);
    EXPECT_FALSE(isColourPhoto(QImage()).has_value());
}

namespace {

// A fake face pack whose manifest can be given an LR calibration.
class FakePackLikelihoodRatio : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto pack = fakes::writeFakeFacePack(m_dir.filePath(QStringLiteral("pack")));
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        m_pack = *pack;
    }
    QString manifestPath() const { return QDir(m_pack).filePath(QStringLiteral("manifest.json")); }
    void setLr(const QJsonValue& lr) const
    {
        QJsonObject o = *json::readObjectFile(manifestPath());
        QJsonObject cal = o.value(QStringLiteral("calibration")).toObject();
        cal.insert(QStringLiteral("likelihood_ratio"), lr);
        o.insert(QStringLiteral("calibration"), cal);
        ASSERT_TRUE(json::writeObjectFile(manifestPath(), o));
    }
    QString photo(int identity, int variant = 0, int w = 320, int h = 400)
    {
        const QString p = m_dir.filePath(QStringLiteral("id%1_v%2_%3.png").arg(identity).arg(variant).arg(w));
        EXPECT_TRUE(fakes::writeFakeFacePhoto(p, identity, variant, w, h));
        return p;
    }
    QTemporaryDir m_dir;
    QString m_pack;
};

} // namespace

TEST_F(FakePackLikelihoodRatio, PackWithoutCalibrationLoadsAndItsJsonSaysWhyThereIsNoLr)
{
    auto model = FaceModel::open(m_pack);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    EXPECT_FALSE(model->likelihoodRatio().has_value());
    FaceComparison comparison(std::make_shared<const FaceModel>(*model));
    auto r = comparison.compare(photo(1, 0), photo(1, 1));
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    const QJsonObject j = r->toJson();
    ASSERT_TRUE(j.contains(QStringLiteral("likelihood_ratio")));
    EXPECT_TRUE(j.value(QStringLiteral("likelihood_ratio")).isNull());
    EXPECT_EQ(j.value(QStringLiteral("likelihood_ratio_reason")).toString(),
              QStringLiteral("pack has no LR calibration"));
}

TEST_F(FakePackLikelihoodRatio, MalformedLikelihoodRatioIsRefusedNamingTheField)
{
    QJsonObject lr = rangedCalibration().toJson();
    lr.insert(QStringLiteral("a"), QStringLiteral("steep"));
    setLr(lr);
    auto model = FaceModel::open(m_pack);
    ASSERT_FALSE(model);
    EXPECT_EQ(model.error().code(), ErrorCode::Model);
    EXPECT_TRUE(model.error().message().contains(QStringLiteral("calibration.likelihood_ratio.a")))
        << model.error().toString().toStdString();
    EXPECT_EQ(QFileInfo(model.error().file()).fileName(), QStringLiteral("manifest.json"));
    lr.remove(QStringLiteral("a"));
    lr.insert(QStringLiteral("method"), QStringLiteral("bayes"));
    setLr(lr);
    auto method = FaceModel::open(m_pack);
    ASSERT_FALSE(method);
    EXPECT_TRUE(method.error().message().contains(QStringLiteral("calibration.likelihood_ratio.method")));
    setLr(QStringLiteral("strong"));
    EXPECT_FALSE(FaceModel::open(m_pack));
}

TEST_F(FakePackLikelihoodRatio, CompareJsonCarriesTheLrVerbalScaleAndTheCalibrationFlag)
{
    LrCalibration cal = rangedCalibration();
    cal.interEyePixels = {30, 400};
    cal.sharpness = {0, 1e6};
    cal.absYawDegrees = {0, 45};
    cal.greyscalePhotos = true;
    cal.score = {-1, 1};
    setLr(cal.toJson());
    auto model = FaceModel::open(m_pack);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    ASSERT_TRUE(model->likelihoodRatio().has_value());
    FaceComparison comparison(std::make_shared<const FaceModel>(*model));
    auto same = comparison.compare(photo(1, 0), photo(1, 1));
    ASSERT_TRUE(same) << same.error().toString().toStdString();
    const QJsonObject lr = same->toJson().value(QStringLiteral("likelihood_ratio")).toObject();
    ASSERT_FALSE(lr.isEmpty());
    const double expected = (10 * same->score - 5) / std::log(10.0);
    EXPECT_NEAR(lr.value(QStringLiteral("log10_lr")).toDouble(), expected, 1e-9);
    EXPECT_NEAR(lr.value(QStringLiteral("lr")).toDouble(), std::pow(10.0, expected), 1e-6 * std::pow(10.0, expected));
    EXPECT_EQ(lr.value(QStringLiteral("verbal")).toString(), verbalEquivalent(std::pow(10.0, expected)));
    EXPECT_TRUE(lr.value(QStringLiteral("scale")).toString().contains(QStringLiteral("ENFSI")));
    EXPECT_EQ(lr.value(QStringLiteral("method")).toString(), QStringLiteral("logistic"));
    EXPECT_EQ(lr.value(QStringLiteral("dataset")).toString(), QStringLiteral("test pairs"));
    EXPECT_DOUBLE_EQ(lr.value(QStringLiteral("cllr")).toDouble(), 0.4);
    EXPECT_TRUE(lr.value(QStringLiteral("calibrated")).toBool()) << lr.value(QStringLiteral("reasons_outside"))
                                                                        .toVariant()
                                                                        .toStringList()
                                                                        .join(QStringLiteral("; "))
                                                                        .toStdString();
    EXPECT_TRUE(same->toJson().value(QStringLiteral("likelihood_ratio_reason")).isNull());

    // A tiny reference photo: eyes fewer than 30 px apart, outside the calibration data.
    auto small = comparison.compare(photo(1, 0), photo(1, 0, 40, 50));
    ASSERT_TRUE(small) << small.error().toString().toStdString();
    const QJsonObject slr = small->toJson().value(QStringLiteral("likelihood_ratio")).toObject();
    EXPECT_FALSE(slr.value(QStringLiteral("calibrated")).toBool());
    const QStringList reasons = slr.value(QStringLiteral("reasons_outside")).toVariant().toStringList();
    ASSERT_FALSE(reasons.isEmpty());
    EXPECT_TRUE(reasons.join(QStringLiteral("\n")).contains(QStringLiteral("reference: inter-eye distance")))
        << reasons.join(QStringLiteral("; ")).toStdString();
    EXPECT_TRUE(reasons.join(QStringLiteral("\n")).contains(QStringLiteral("below the calibration data's 30 px")));
}
