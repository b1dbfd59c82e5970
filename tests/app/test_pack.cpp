// descry-cli pack info|verify, run as a user would, on packs made with the core API in a temporary folder.
#include "core/pack/ModelPack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "app/CliRunner.h"

using namespace descry;

namespace {

class PackCli : public ::testing::Test
{
protected:
    QTemporaryDir root;
    QString packDir;

    void SetUp() override
    {
        PackManifest m;
        m.name = QStringLiteral("cli-face");
        m.version = QStringLiteral("2.1.0");
        m.task = QStringLiteral("face-verification");
        m.encoder.type = QStringLiteral("morphometric");
        m.descriptors = {QStringLiteral("fiswg-face"), QStringLiteral("1.0"), QString(64, QLatin1Char('b'))};
        m.head.alpha = 1.0;
        m.head.tau = 0.1;
        m.calibration.present = true;
        m.calibration.threshold = 0.61;
        m.calibration.operatingPoint = QStringLiteral("FAR=1e-3");
        m.calibration.dataset = QStringLiteral("synthetic pairs");
        m.calibration.date = QStringLiteral("2024-05-01");
        m.metrics = {{QStringLiteral("accuracy"), 0.875}};
        QMap<QString, TensorData> head;
        head.insert(QStringLiteral("W"), TensorData::fromFloat(QStringLiteral("W"), {3, 2}, {1, 2, 3, 4, 5, 6}));
        QMap<QString, TensorData> descriptors;
        descriptors.insert(QStringLiteral("T"),
                           TensorData::fromFloat(QStringLiteral("T"), {3, 4}, std::vector<float>(12, 0.5f)));
        packDir = root.filePath(QStringLiteral("cli-face"));
        const Status s = writePack(
            packDir, m,
            {{QStringLiteral("head.safetensors"), head}, {QStringLiteral("descriptors.safetensors"), descriptors}});
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }

    QString file(const QString& rel) const { return QDir(packDir).filePath(rel); }
};

} // namespace

TEST_F(PackCli, VerifyPrintsOneLineAndExitsZero)
{
    const CliRun r = runCli({QStringLiteral("pack"), QStringLiteral("verify"), packDir});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out), packDir + QStringLiteral(": verified, 2 files\n"));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST_F(PackCli, VerifyJsonAndLookupByName)
{
    const CliRun r =
        runCli({QStringLiteral("pack"), QStringLiteral("verify"), QStringLiteral("cli-face"), QStringLiteral("--json")},
               {{QStringLiteral("DESCRY_PACKS"), root.path()}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError pe;
    const QJsonObject j = QJsonDocument::fromJson(r.out, &pe).object();
    ASSERT_EQ(pe.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_TRUE(j[QStringLiteral("verified")].toBool());
    EXPECT_EQ(j[QStringLiteral("files")].toInt(), 2);
    EXPECT_EQ(j[QStringLiteral("name")].toString(), QStringLiteral("cli-face"));
    EXPECT_EQ(j[QStringLiteral("pack_sha256")].toString(), ModelPack::open(packDir)->packSha256());
}

TEST_F(PackCli, InfoJsonDescribesThePack)
{
    const CliRun r = runCli({QStringLiteral("pack"), QStringLiteral("info"), packDir, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(j[QStringLiteral("name")].toString(), QStringLiteral("cli-face"));
    EXPECT_EQ(j[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
    EXPECT_EQ(j[QStringLiteral("task")].toString(), QStringLiteral("face-verification"));
    EXPECT_EQ(j[QStringLiteral("encoder")][QStringLiteral("type")].toString(), QStringLiteral("morphometric"));
    EXPECT_EQ(j[QStringLiteral("descriptors")][QStringLiteral("catalog")].toString(), QStringLiteral("fiswg-face"));
    EXPECT_EQ(j[QStringLiteral("descriptors")][QStringLiteral("sha256")].toString(), QString(64, QLatin1Char('b')));
    EXPECT_DOUBLE_EQ(j[QStringLiteral("calibration")][QStringLiteral("threshold")].toDouble(), 0.61);
    EXPECT_DOUBLE_EQ(j[QStringLiteral("metrics")][QStringLiteral("accuracy")].toDouble(), 0.875);
    EXPECT_EQ(j[QStringLiteral("pack_sha256")].toString(), ModelPack::open(packDir)->packSha256());
    const QJsonArray files = j[QStringLiteral("files")].toArray();
    ASSERT_EQ(files.size(), 2);
    const QJsonObject head = files[1].toObject();
    EXPECT_EQ(head[QStringLiteral("path")].toString(), QStringLiteral("head.safetensors"));
    EXPECT_EQ(head[QStringLiteral("size")].toInteger(), QFileInfo(file(QStringLiteral("head.safetensors"))).size());
    EXPECT_EQ(head[QStringLiteral("tensors")][QStringLiteral("W")].toArray(), (QJsonArray{3, 2}));
}

TEST_F(PackCli, InfoTextShowsTheEssentials)
{
    const CliRun r = runCli({QStringLiteral("pack"), QStringLiteral("info"), packDir});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QStringLiteral("cli-face 2.1.0 (descry-pack/1)"))) << r.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("threshold 0.61 at FAR=1e-3 on synthetic pairs (2024-05-01)")))
        << r.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("accuracy 0.875")));
    EXPECT_TRUE(out.contains(QStringLiteral("W [3, 2]")));
    EXPECT_TRUE(out.contains(ModelPack::open(packDir)->packSha256()));
}

TEST_F(PackCli, TamperedPackExitsThreeWithOneLineNamingTheFile)
{
    QFile f(file(QStringLiteral("head.safetensors")));
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray data = f.readAll();
    data[data.size() - 1] = char(data[data.size() - 1] ^ 0x40);
    f.seek(0);
    f.write(data);
    f.close();
    for (const char* sub : {"verify", "info"}) {
        const CliRun r = runCli({QStringLiteral("pack"), QString::fromLatin1(sub), packDir});
        EXPECT_EQ(r.exitCode, 3) << sub;
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
        EXPECT_EQ(QString::fromUtf8(r.err), QStringLiteral("descry-cli: error: ") +
                                                file(QStringLiteral("head.safetensors")) +
                                                QStringLiteral(": SHA-256 mismatch (file modified or corrupt)\n"));
    }
}

TEST_F(PackCli, UnlistedFileWarnsButVerifies)
{
    QFile extra(file(QStringLiteral("notes.txt")));
    ASSERT_TRUE(extra.open(QIODevice::WriteOnly));
    extra.write("hello");
    extra.close();
    const CliRun r = runCli({QStringLiteral("pack"), QStringLiteral("verify"), packDir});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains("warning: " + file(QStringLiteral("notes.txt")).toUtf8() + ": present but not listed"))
        << r.err.toStdString();
}

TEST_F(PackCli, MissingPackAndBadUsage)
{
    const CliRun missing =
        runCli({QStringLiteral("pack"), QStringLiteral("verify"), root.filePath(QStringLiteral("nope/x"))});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_EQ(missing.err.count('\n'), 1);
    EXPECT_TRUE(missing.err.contains("nope/x")) << missing.err.toStdString();

    EXPECT_EQ(runCli({QStringLiteral("pack")}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("pack"), QStringLiteral("verify")}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("pack"), QStringLiteral("frob"), packDir}).exitCode, 1);
    const CliRun opt = runCli({QStringLiteral("pack"), QStringLiteral("info"), packDir, QStringLiteral("--bogus")});
    EXPECT_EQ(opt.exitCode, 1);
    EXPECT_TRUE(opt.err.contains("--bogus"));
}
