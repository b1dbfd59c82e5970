// The pack-driven face model on fake encoders: strict manifests, the encoder registry, progress and cancel,
// the independent residual check and the typed decision. Runs without ../shared.
#include "FakeEncoders.h"

#include "core/common/Json.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceComparison.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace descry;

namespace {

class FakeFaceModel : public ::testing::Test
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
    QJsonObject manifest() const { return *json::readObjectFile(manifestPath()); }
    void writeManifest(const QJsonObject& o) const { ASSERT_TRUE(json::writeObjectFile(manifestPath(), o)); }

    // Writes the manifest with `member` (a.b path) removed, returns the error of opening it.
    Error openWithout(const QString& member)
    {
        const QJsonObject original = manifest();
        QJsonObject o = original;
        const QStringList parts = member.split(QLatin1Char('.'));
        if (parts.size() == 1) {
            o.remove(parts[0]);
        } else {
            QJsonObject inner = o.value(parts[0]).toObject();
            inner.remove(parts[1]);
            o.insert(parts[0], inner);
        }
        writeManifest(o);
        auto model = FaceModel::open(m_pack);
        writeManifest(original);
        return model ? Error() : model.error();
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

TEST_F(FakeFaceModel, OpensAndNamesItsEncoders)
{
    auto model = FaceModel::open(m_pack);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    EXPECT_EQ(model->analyzer().locator().type(), QStringLiteral("fake-landmarks"));
    ASSERT_NE(model->analyzer().encoder(), nullptr);
    EXPECT_EQ(model->analyzer().encoder()->type(), QStringLiteral("fake-embedding"));
    EXPECT_TRUE(model->hasBaseline());
}

TEST_F(FakeFaceModel, EveryRequiredFieldRemovedInTurnIsRefusedByName)
{
    const QStringList fields{"format",
                             "name",
                             "version",
                             "task",
                             "encoder",
                             "head",
                             "descriptors",
                             "calibration",
                             "files",
                             "head.d",
                             "head.r",
                             "head.m",
                             "head.bias",
                             "head.n_direct",
                             "head.alpha",
                             "head.tau",
                             "head.concepts",
                             "calibration.threshold",
                             "calibration.baseline_threshold",
                             "descriptors.catalog",
                             "descriptors.version",
                             "descriptors.sha256"};
    for (const QString& f : fields) {
        const Error e = openWithout(f);
        EXPECT_EQ(e.code(), ErrorCode::Model) << f.toStdString() << ": " << e.toString().toStdString();
        const QString leaf = f.section(QLatin1Char('.'), -1);
        EXPECT_TRUE(e.message().contains(leaf)) << f.toStdString() << ": " << e.toString().toStdString();
        EXPECT_EQ(e.file(), manifestPath()) << f.toStdString();
    }
    EXPECT_TRUE(FaceModel::open(m_pack)) << "the restored manifest opens again";
}

TEST_F(FakeFaceModel, OutOfRangeOrMistypedHeadSettingsAreRefused)
{
    const QJsonObject original = manifest();
    const QList<QPair<QString, QJsonValue>> bad{{"r", 0},       {"r", 3},       {"tau", 1e308},  {"tau", 0},
                                                {"m", 4.5},     {"m", 1e12},    {"d", -1},       {"d", 128},
                                                {"bias", "no"}, {"alpha", 2.0}, {"n_direct", 1}, {"d", "16"}};
    for (const auto& [field, value] : bad) {
        QJsonObject o = original;
        QJsonObject head = o.value(QStringLiteral("head")).toObject();
        head.insert(field, value);
        o.insert(QStringLiteral("head"), head);
        writeManifest(o);
        auto model = FaceModel::open(m_pack);
        ASSERT_FALSE(model) << field.toStdString();
        EXPECT_EQ(model.error().code(), ErrorCode::Model);
        EXPECT_TRUE(model.error().message().contains(field)) << model.error().toString().toStdString();
    }
    writeManifest(original);
}

TEST_F(FakeFaceModel, UnregisteredEncoderTypeIsAModelErrorNamingIt)
{
    QJsonObject o = manifest();
    QJsonObject enc = o.value(QStringLiteral("encoder")).toObject();
    QJsonArray sources = enc.value(QStringLiteral("sources")).toArray();
    QJsonObject s = sources[1].toObject();
    s.insert(QStringLiteral("type"), QStringLiteral("openclip-vit"));
    sources[1] = s;
    enc.insert(QStringLiteral("sources"), sources);
    o.insert(QStringLiteral("encoder"), enc);
    writeManifest(o);
    EncoderRegistry onlyFakes;
    fakes::registerFakeEncoders(onlyFakes);
    auto model = FaceModel::open(m_pack, {}, onlyFakes);
    ASSERT_FALSE(model);
    EXPECT_EQ(model.error().code(), ErrorCode::Model);
    EXPECT_TRUE(model.error().message().contains(QStringLiteral("openclip-vit")))
        << model.error().toString().toStdString();
}

TEST_F(FakeFaceModel, CatalogIsFoundByNameVersionAndHash)
{
    QJsonObject o = manifest();
    QJsonObject d = o.value(QStringLiteral("descriptors")).toObject();
    d.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('a')));
    o.insert(QStringLiteral("descriptors"), d);
    writeManifest(o);
    auto model = FaceModel::open(m_pack);
    ASSERT_FALSE(model);
    EXPECT_TRUE(model.error().message().contains(QStringLiteral("aaaaaaaaaaaa")))
        << model.error().toString().toStdString();
}

TEST_F(FakeFaceModel, LoadingReportsProgressAndCanBeCancelled)
{
    std::vector<double> seen;
    Progress progress;
    progress.report = [&](double f, const QString&) {
        seen.push_back(f);
        return true;
    };
    ASSERT_TRUE(FaceModel::open(m_pack, progress));
    ASSERT_GE(seen.size(), 4u);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_DOUBLE_EQ(seen.back(), 1.0);

    for (size_t stopAt = 0; stopAt < seen.size() - 1; ++stopAt) {
        size_t calls = 0;
        Progress abort;
        abort.report = [&](double, const QString&) { return calls++ < stopAt; };
        auto model = FaceModel::open(m_pack, abort);
        ASSERT_FALSE(model) << "stop at " << stopAt;
        EXPECT_EQ(model.error().code(), ErrorCode::Cancelled);
    }
    std::atomic<bool> cancel{true};
    Progress cancelled;
    cancelled.cancel = &cancel;
    auto model = FaceModel::open(m_pack, cancelled);
    ASSERT_FALSE(model);
    EXPECT_EQ(model.error().code(), ErrorCode::Cancelled);
}

TEST_F(FakeFaceModel, ComparisonDecidesWithTypedDecisionAndExactExplanation)
{
    auto model = FaceModel::open(m_pack);
    ASSERT_TRUE(model);
    FaceComparison comparison(std::make_shared<const FaceModel>(*model));
    auto same = comparison.compare(photo(1, 0), photo(1, 1));
    ASSERT_TRUE(same) << same.error().toString().toStdString();
    auto different = comparison.compare(photo(1, 0), photo(4, 0));
    ASSERT_TRUE(different) << different.error().toString().toStdString();
    EXPECT_GT(same->score, different->score);
    EXPECT_EQ(same->decision, Decision::Match) << same->score;
    EXPECT_EQ(different->decision, Decision::NonMatch) << different->score;
    EXPECT_EQ(same->baselineDecision, Decision::Match) << same->baselineScore;
    EXPECT_EQ(same->decision, decideFace(same->score, same->threshold, false));
    EXPECT_EQ(decisionId(same->decision), same->toJson().value(QStringLiteral("decision")).toString());
    for (const auto& r : {*same, *different}) {
        EXPECT_LT(std::abs(r.residual), 1e-5);
        double sum = 0;
        for (const ComponentShare& c : r.componentShares())
            sum += c.contribution;
        double total = 0;
        for (double c : r.contributions)
            total += c;
        EXPECT_NEAR(sum, total, 1e-9);
    }
    auto small = comparison.compare(photo(1, 0), photo(1, 0, 40, 50));
    ASSERT_TRUE(small) << small.error().toString().toStdString();
    EXPECT_EQ(small->decision, Decision::Inconclusive);
    EXPECT_FALSE(small->reasons.isEmpty());
}

TEST_F(FakeFaceModel, PerturbedAggregationMatrixFailsTheResidualCheck)
{
    auto model = FaceModel::open(m_pack);
    ASSERT_TRUE(model);
    auto a = model->analyze(photo(2, 0));
    auto b = model->analyze(photo(3, 0));
    ASSERT_TRUE(a && b);
    auto ca = model->concepts(*a);
    auto cb = model->concepts(*b);
    ASSERT_TRUE(ca && cb);
    const double headScore = faceScore(ca->e, cb->e);
    const ConceptHead& head = *model->parts().head;
    std::vector<float> W = head.aggregationMatrix();
    auto ok = explainHeadScore(headScore, ca->Ssm, cb->Ssm, W, head.aggregationBias());
    ASSERT_TRUE(ok) << ok.error().toString().toStdString();
    EXPECT_LT(std::abs(ok->residual), 1e-5);
    // The explanation reads a W that is not the head's: the check must catch it.
    for (size_t k = 0; k < W.size(); k += 7)
        W[k] += 0.05f;
    auto bad = explainHeadScore(headScore, ca->Ssm, cb->Ssm, W, head.aggregationBias());
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code(), ErrorCode::Internal);
    EXPECT_TRUE(bad.error().message().contains(QStringLiteral("residual")));
}

TEST_F(FakeFaceModel, DamagedPhotoIsRefusedUnlessAllowedAndThenReportedInTheJson)
{
    auto model = FaceModel::open(m_pack);
    ASSERT_TRUE(model);
    FaceComparison comparison(std::make_shared<const FaceModel>(*model));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    ASSERT_TRUE(fakes::fakeFacePhoto(1, 0).save(&buffer, "JPG", 95));
    const QString cut = m_dir.filePath(QStringLiteral("cut.jpg"));
    QFile f(cut);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(jpeg.left(jpeg.size() * 8 / 10));
    f.close();
    const QString reference = photo(1, 1);

    auto refused = comparison.compare(cut, reference);
    ASSERT_FALSE(refused) << "a JPEG cut at 80 % must not give a decision";
    EXPECT_EQ(refused.error().code(), ErrorCode::Input);
    EXPECT_EQ(refused.error().file(), cut);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("truncated or corrupt")));

    CompareOptions options;
    options.allowDamaged = true;
    auto allowed = comparison.compare(cut, reference, options);
    ASSERT_TRUE(allowed) << allowed.error().toString().toStdString();
    EXPECT_TRUE(allowed->probe.damaged);
    EXPECT_FALSE(allowed->probe.decoderWarnings.isEmpty());
    EXPECT_FALSE(allowed->reference.damaged);
    EXPECT_TRUE(allowed->reference.decoderWarnings.isEmpty());
    const QJsonObject json = allowed->toJson();
    const QJsonObject probe = json.value(QStringLiteral("probe")).toObject();
    EXPECT_TRUE(probe.value(QStringLiteral("damaged")).toBool());
    EXPECT_FALSE(probe.value(QStringLiteral("decoder_warnings")).toArray().isEmpty());
    const QJsonObject ref = json.value(QStringLiteral("reference")).toObject();
    ASSERT_TRUE(ref.value(QStringLiteral("damaged")).isBool());
    EXPECT_FALSE(ref.value(QStringLiteral("damaged")).toBool());
    EXPECT_TRUE(ref.value(QStringLiteral("decoder_warnings")).isArray());
}

TEST(FaceDecisionMapping, OneIdLabelAndColourPerDecision)
{
    for (Decision d : {Decision::Match, Decision::NonMatch, Decision::Inconclusive}) {
        EXPECT_EQ(decisionFromId(decisionId(d)), d);
        EXPECT_FALSE(decisionLabel(d).isEmpty());
    }
    EXPECT_NE(decisionColour(Decision::Match), decisionColour(Decision::NonMatch));
    EXPECT_EQ(decideFace(0.5, 0.5, false), Decision::Match);
    EXPECT_EQ(decideFace(0.49, 0.5, false), Decision::NonMatch);
    EXPECT_EQ(decideFace(0.9, 0.5, true), Decision::Inconclusive);
    EXPECT_FALSE(decisionFromId(QStringLiteral("maybe")).has_value());
}
