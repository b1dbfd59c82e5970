// descry-cli end to end on a generated pack and generated photos (fake encoders): runs without ../shared.
#include "FakeEncoders.h"

#include "app/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>

using namespace descry;

namespace {

class FakeCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto pack = fakes::writeFakeFacePack(m_dir.filePath(QStringLiteral("face-fake")));
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        m_pack = *pack;
    }

    QString photo(int identity, int variant = 0, int w = 320, int h = 400)
    {
        const QString p = m_dir.filePath(QStringLiteral("p%1_%2_%3.png").arg(identity).arg(variant).arg(w));
        EXPECT_TRUE(fakes::writeFakeFacePhoto(p, identity, variant, w, h));
        return p;
    }

    QJsonObject compareJson(const QString& a, const QString& b, CliRun* run = nullptr)
    {
        const CliRun r =
            runFakeCli({QStringLiteral("compare"), a, b, QStringLiteral("--pack"), m_pack, QStringLiteral("--json")});
        if (run)
            *run = r;
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).object();
    }

    QTemporaryDir m_dir;
    QString m_pack;
};

double sumOfGroups(const QJsonObject& o)
{
    double sum = 0;
    for (const QJsonValue& g : o.value(QStringLiteral("groups")).toArray())
        sum += g.toObject().value(QStringLiteral("contribution")).toDouble();
    return sum;
}

} // namespace

TEST_F(FakeCli, SameIdentityMatchesDifferentDoesNotAndTheExplanationAddsUp)
{
    const QJsonObject same = compareJson(photo(2, 0), photo(2, 1));
    EXPECT_EQ(same.value(QStringLiteral("decision")).toString(), QStringLiteral("match"));
    const QJsonObject other = compareJson(photo(2, 0), photo(5, 0));
    EXPECT_EQ(other.value(QStringLiteral("decision")).toString(), QStringLiteral("non-match"));
    for (const QJsonObject& o : {same, other}) {
        const double score = o.value(QStringLiteral("score")).toDouble();
        EXPECT_LT(std::abs(o.value(QStringLiteral("residual")).toDouble()), 1e-5);
        EXPECT_NEAR(sumOfGroups(o) + o.value(QStringLiteral("bias_term")).toDouble(), score, 1e-5);
        EXPECT_EQ(o.value(QStringLiteral("pack")).toObject().value(QStringLiteral("name")).toString(),
                  QStringLiteral("face-fake"));
    }
}

TEST_F(FakeCli, SmallPhotoIsInconclusiveWithItsReason)
{
    const QJsonObject o = compareJson(photo(1, 0), photo(1, 0, 40, 50));
    EXPECT_EQ(o.value(QStringLiteral("decision")).toString(), QStringLiteral("inconclusive"));
    ASSERT_FALSE(o.value(QStringLiteral("reasons")).toArray().isEmpty());
    EXPECT_TRUE(o.value(QStringLiteral("reasons")).toArray()[0].toString().startsWith(QStringLiteral("reference")));
}

TEST_F(FakeCli, TextOutputAndPdfReport)
{
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const CliRun r = runFakeCli({QStringLiteral("compare"), photo(3, 0), photo(3, 1), QStringLiteral("--pack"), m_pack,
                                 QStringLiteral("--report"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("MATCH")) << r.out.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF-"));
    EXPECT_GT(QFileInfo(pdf).size(), 20000);
}

TEST_F(FakeCli, NoFaceIsAnInputErrorNamingTheFile)
{
    const QString dark = m_dir.filePath(QStringLiteral("dark.png"));
    QImage black(200, 200, QImage::Format_RGB888);
    black.fill(Qt::black);
    ASSERT_TRUE(black.save(dark));
    CliRun r;
    r = runFakeCli({QStringLiteral("compare"), photo(1), dark, QStringLiteral("--pack"), m_pack});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("dark.png")) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
}

TEST_F(FakeCli, VerifyPairsScoresEveryPairWithTheHeadScore)
{
    const QString csv = m_dir.filePath(QStringLiteral("pairs.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("path1,path2,same\n");
    int pairs = 0;
    for (int id = 0; id < 6; ++id) {
        f.write(QStringLiteral("%1,%2,1\n").arg(photo(id, 0), photo(id, 1)).toUtf8());
        f.write(QStringLiteral("%1,%2,0\n").arg(photo(id, 0), photo((id + 1) % 6, 1)).toUtf8());
        pairs += 2;
    }
    f.write(QStringLiteral("%1,%2,1\n").arg(photo(0, 0), photo(0, 1, 40, 50)).toUtf8());
    ++pairs;
    f.close();
    const CliRun r =
        runFakeCli({QStringLiteral("verify-pairs"), csv, QStringLiteral("--pack"), m_pack, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject ex = o.value(QStringLiteral("explainable")).toObject();
    EXPECT_EQ(ex.value(QStringLiteral("pairs")).toInt(), pairs) << r.out.toStdString();
    EXPECT_GT(ex.value(QStringLiteral("auc")).toDouble(), 0.9) << r.out.toStdString();
    const QJsonArray inconclusive = o.value(QStringLiteral("inconclusive")).toArray();
    ASSERT_EQ(inconclusive.size(), 1) << r.out.toStdString();
}

TEST_F(FakeCli, PackVerifyAndInfoOnAGeneratedPack)
{
    CliRun r = runFakeCli({QStringLiteral("pack"), QStringLiteral("verify"), m_pack});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runFakeCli({QStringLiteral("pack"), QStringLiteral("info"), m_pack, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("fake-landmarks")) << r.out.toStdString();
}

TEST_F(FakeCli, TheRealCliRefusesAPackWhoseEncoderItDoesNotHave)
{
    const CliRun r = runCli({QStringLiteral("compare"), photo(1), photo(1, 1), QStringLiteral("--pack"), m_pack});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains("fake-landmarks")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("manifest.json")) << r.err.toStdString();
}
