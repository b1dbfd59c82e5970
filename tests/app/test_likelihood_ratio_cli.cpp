// The likelihood ratio through descry-cli (fake encoders, no ../shared): pack info shows the calibration or why
// there is none, compare --json carries the LR, verify-pairs --json the pack's Cllr on the given pairs.
#include "FakeEncoders.h"

#include "app/CliRunner.h"
#include "core/common/Json.h"
#include "core/eval/LikelihoodRatio.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>

using namespace descry;

namespace {

class LikelihoodRatioCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto pack = fakes::writeFakeFacePack(m_dir.filePath(QStringLiteral("face-fake")));
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        m_pack = *pack;
    }
    void addLr() const
    {
        LrCalibration c;
        c.a = 12;
        c.b = -6;
        c.dataset = QStringLiteral("generated identities");
        c.date = QStringLiteral("2026-12-02T00:00:00Z");
        c.pairsSame = 8;
        c.pairsDifferent = 8;
        c.cllr = 0.3;
        c.cllrMin = 0.2;
        c.score = {-1, 1};
        const QString path = QDir(m_pack).filePath(QStringLiteral("manifest.json"));
        QJsonObject o = *json::readObjectFile(path);
        QJsonObject cal = o.value(QStringLiteral("calibration")).toObject();
        cal.insert(QStringLiteral("likelihood_ratio"), c.toJson());
        o.insert(QStringLiteral("calibration"), cal);
        ASSERT_TRUE(json::writeObjectFile(path, o));
    }
    QString photo(int identity, int variant)
    {
        const QString p = m_dir.filePath(QStringLiteral("p%1_%2.png").arg(identity).arg(variant));
        EXPECT_TRUE(fakes::writeFakeFacePhoto(p, identity, variant));
        return p;
    }
    QJsonObject runJson(const QStringList& args)
    {
        const CliRun r = runFakeCli(args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).object();
    }
    QTemporaryDir m_dir;
    QString m_pack;
};

} // namespace

TEST_F(LikelihoodRatioCli, PackInfoShowsTheCalibrationOrWhyThereIsNone)
{
    const QJsonObject before =
        runJson({QStringLiteral("pack"), QStringLiteral("info"), m_pack, QStringLiteral("--json")});
    EXPECT_TRUE(before.contains(QStringLiteral("likelihood_ratio")));
    EXPECT_TRUE(before.value(QStringLiteral("likelihood_ratio")).isNull());
    EXPECT_EQ(before.value(QStringLiteral("likelihood_ratio_reason")).toString(),
              QStringLiteral("pack has no LR calibration"));
    addLr();
    const QJsonObject after =
        runJson({QStringLiteral("pack"), QStringLiteral("info"), m_pack, QStringLiteral("--json")});
    const QJsonObject lr = after.value(QStringLiteral("likelihood_ratio")).toObject();
    EXPECT_EQ(lr.value(QStringLiteral("method")).toString(), QStringLiteral("logistic"));
    EXPECT_DOUBLE_EQ(lr.value(QStringLiteral("a")).toDouble(), 12.0);
    const CliRun text = runFakeCli({QStringLiteral("pack"), QStringLiteral("info"), m_pack});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("logistic on generated identities: Cllr 0.300 (Cllr_min 0.200)"))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("ENFSI")) << text.out.toStdString();
}

TEST_F(LikelihoodRatioCli, CompareAndVerifyPairsReportTheLrAndItsCllr)
{
    addLr();
    const QJsonObject cmp = runJson({QStringLiteral("compare"), photo(2, 0), photo(2, 1), QStringLiteral("--pack"),
                                     m_pack, QStringLiteral("--json")});
    const QJsonObject lr = cmp.value(QStringLiteral("likelihood_ratio")).toObject();
    const double score = cmp.value(QStringLiteral("score")).toDouble();
    EXPECT_NEAR(lr.value(QStringLiteral("log10_lr")).toDouble(), (12 * score - 6) / std::log(10.0), 1e-9);
    EXPECT_FALSE(lr.value(QStringLiteral("verbal")).toString().isEmpty());

    QFile csv(m_dir.filePath(QStringLiteral("pairs.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    for (int i = 0; i < 4; ++i) {
        csv.write(QStringLiteral("%1,%2,1\n").arg(photo(i, 0), photo(i, 1)).toUtf8());
        csv.write(QStringLiteral("%1,%2,0\n").arg(photo(i, 0), photo((i + 1) % 4 + 4, 0)).toUtf8());
    }
    csv.close();
    const QJsonObject vp = runJson(
        {QStringLiteral("verify-pairs"), csv.fileName(), QStringLiteral("--pack"), m_pack, QStringLiteral("--json")});
    const QJsonObject check = vp.value(QStringLiteral("likelihood_ratio")).toObject();
    ASSERT_FALSE(check.isEmpty()) << QJsonDocument(vp).toJson().toStdString();
    EXPECT_EQ(check.value(QStringLiteral("pairs_same")).toInt(), 4);
    EXPECT_EQ(check.value(QStringLiteral("pairs_different")).toInt(), 4);
    const double c = check.value(QStringLiteral("cllr")).toDouble(NAN);
    EXPECT_TRUE(std::isfinite(c) && c >= 0) << c;
    EXPECT_GE(c, check.value(QStringLiteral("cllr_min")).toDouble() - 1e-12);
    EXPECT_DOUBLE_EQ(check.value(QStringLiteral("calibration_cllr")).toDouble(), 0.3);
}

TEST_F(LikelihoodRatioCli, CalibrateLrFitsScoredPairsAndRefusesABadPairNamingIt)
{
    QJsonArray pairs;
    for (int i = 0; i < 50; ++i) {
        pairs.append(QJsonObject{{QStringLiteral("score"), 0.5 + 0.01 * (i % 30)}, {QStringLiteral("same"), 1}});
        pairs.append(QJsonObject{{QStringLiteral("score"), 0.2 + 0.01 * (i % 40)}, {QStringLiteral("same"), 0}});
    }
    const QString path = m_dir.filePath(QStringLiteral("scores.json"));
    ASSERT_TRUE(json::writeObjectFile(path, QJsonObject{{QStringLiteral("pairs"), pairs}}));
    const QJsonObject out =
        runJson({QStringLiteral("eval"), QStringLiteral("calibrate-lr"), path, QStringLiteral("--dataset"),
                 QStringLiteral("lab pairs"), QStringLiteral("--json")});
    const QJsonObject lr = out.value(QStringLiteral("likelihood_ratio")).toObject();
    EXPECT_GT(lr.value(QStringLiteral("a")).toDouble(), 0);
    EXPECT_EQ(lr.value(QStringLiteral("dataset")).toString(), QStringLiteral("lab pairs"));
    EXPECT_EQ(lr.value(QStringLiteral("pairs_same")).toInt(), 50);
    EXPECT_TRUE(LrCalibration::fromJson(lr, {})) << "the output is what a manifest takes";
    const CliRun text = runFakeCli({QStringLiteral("eval"), QStringLiteral("calibrate-lr"), path,
                                    QStringLiteral("--method"), QStringLiteral("isotonic")});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("Cllr")) << text.out.toStdString();

    pairs.append(QJsonObject{{QStringLiteral("score"), QStringLiteral("high")}, {QStringLiteral("same"), 1}});
    ASSERT_TRUE(json::writeObjectFile(path, QJsonObject{{QStringLiteral("pairs"), pairs}}));
    const CliRun bad = runFakeCli({QStringLiteral("eval"), QStringLiteral("calibrate-lr"), path});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("pairs[100]")) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains("scores.json")) << bad.err.toStdString();
}

TEST_F(LikelihoodRatioCli, CalibrateLrRecordsHowOftenEachExclusionOccurred)
{
    const QJsonArray eyes{QJsonObject{{QStringLiteral("component"), QStringLiteral("eyes")},
                                      {QStringLiteral("reason"), QStringLiteral("not-visible")}}};
    QJsonArray pairs;
    for (int i = 0; i < 40; ++i) {
        QJsonObject same{{QStringLiteral("score"), 0.5 + 0.01 * (i % 30)}, {QStringLiteral("same"), 1}};
        if (i % 4 == 0) // 10 of 80 pairs: 12.5 %
            same.insert(QStringLiteral("excluded"), eyes);
        pairs.append(same);
        pairs.append(QJsonObject{{QStringLiteral("score"), 0.2 + 0.01 * (i % 40)}, {QStringLiteral("same"), 0}});
    }
    const QString path = m_dir.filePath(QStringLiteral("scores-excluded.json"));
    ASSERT_TRUE(json::writeObjectFile(path, QJsonObject{{QStringLiteral("pairs"), pairs}}));
    const QJsonObject lr =
        runJson({QStringLiteral("eval"), QStringLiteral("calibrate-lr"), path, QStringLiteral("--json")})
            .value(QStringLiteral("likelihood_ratio"))
            .toObject();
    EXPECT_DOUBLE_EQ(lr.value(QStringLiteral("exclusions")).toObject().value(QStringLiteral("eyes")).toDouble(), 0.125);
    auto cal = LrCalibration::fromJson(lr, {});
    ASSERT_TRUE(cal);
    EXPECT_DOUBLE_EQ(cal->exclusionFraction(QStringLiteral("eyes")).value_or(-1), 0.125);
}
