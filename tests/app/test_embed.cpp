#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "app/CliRunner.h"

#include <cmath>

namespace {

const QString kShared = QStringLiteral(DESCRY_TEST_SHARED_DIR);
const QString kCase = QStringLiteral("John_Simm/000288_00470387.jpg");

} // namespace

TEST(CliEmbed, DlibResNetMatchesGoldenDescriptor)
{
    const QString goldenPath = kShared + QStringLiteral("/golden/face-api/golden.json");
    const QString chip = kShared + QStringLiteral("/data/faces/dlib-johns/") + kCase;
    if (!QFile::exists(goldenPath) || !QFile::exists(chip))
        GTEST_SKIP() << "shared test data absent: " << goldenPath.toStdString();
    QFile gf(goldenPath);
    ASSERT_TRUE(gf.open(QIODevice::ReadOnly));
    QJsonArray expected;
    for (const auto& c : QJsonDocument::fromJson(gf.readAll())[QStringLiteral("cases")].toArray())
        if (c[QStringLiteral("name")].toString() == kCase)
            expected = c[QStringLiteral("descriptor")].toArray();
    ASSERT_EQ(expected.size(), 128);

    const CliRun r = runCli({QStringLiteral("embed"), QStringLiteral("--dlib-resnet"), QStringLiteral("--chip"), chip,
                             QStringLiteral("--json")});
    if (r.exitCode == 3)
        GTEST_SKIP() << "face-api assets unavailable: " << r.err.toStdString();
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError pe;
    const QJsonObject j = QJsonDocument::fromJson(r.out, &pe).object();
    ASSERT_EQ(pe.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(j[QStringLiteral("encoder")].toString(), QStringLiteral("dlib-resnet"));
    EXPECT_EQ(j[QStringLiteral("weights_sha256")].toString(),
              QStringLiteral("b413e420d6840b2775fba32008db6f3cddb07d485967fb42cfcf379c16a8c589"));
    const QJsonArray embeddings = j[QStringLiteral("embeddings")].toArray();
    ASSERT_EQ(embeddings.size(), 1);
    const QJsonObject e = embeddings[0].toObject();
    EXPECT_EQ(e[QStringLiteral("file")].toString(), chip);
    QFile cf(chip);
    ASSERT_TRUE(cf.open(QIODevice::ReadOnly));
    EXPECT_EQ(e[QStringLiteral("sha256")].toString(),
              QString::fromLatin1(QCryptographicHash::hash(cf.readAll(), QCryptographicHash::Sha256).toHex()));
    const QJsonArray d = e[QStringLiteral("descriptor")].toArray();
    ASSERT_EQ(d.size(), 128);
    double worst = 0;
    for (int i = 0; i < 128; ++i)
        worst = std::max(worst, std::fabs(d[i].toDouble() - expected[i].toDouble()));
    EXPECT_LE(worst, 1e-3);

    // Text mode: one line per file, the file then 128 numbers.
    const CliRun t = runCli({QStringLiteral("embed"), QStringLiteral("--dlib-resnet"), QStringLiteral("--chip"), chip,
                             QStringLiteral("--chip"), chip});
    ASSERT_EQ(t.exitCode, 0) << t.err.toStdString();
    const QStringList lines = QString::fromUtf8(t.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    const QStringList fields = lines[0].split(QLatin1Char('\t'));
    ASSERT_EQ(fields.size(), 2);
    EXPECT_EQ(fields[0], chip);
    const QStringList numbers = fields[1].split(QLatin1Char(' '));
    ASSERT_EQ(numbers.size(), 128);
    EXPECT_NEAR(numbers[0].toDouble(), expected[0].toDouble(), 1e-3);
}

TEST(CliEmbed, UnreadableOrWrongSizeChipIsInputError)
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("not-an-image.jpg"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a JPEG");
    f.close();
    CliRun r = runCli({QStringLiteral("embed"), QStringLiteral("--dlib-resnet"), QStringLiteral("--chip"), bad});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(bad.toUtf8())) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    const QString small = dir.filePath(QStringLiteral("small.png"));
    QImage img(100, 100, QImage::Format_RGB888);
    img.fill(Qt::gray);
    ASSERT_TRUE(img.save(small));
    r = runCli({QStringLiteral("embed"), QStringLiteral("--dlib-resnet"), QStringLiteral("--chip"), small});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("expected an aligned 150x150 chip")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(small.toUtf8()));
}

TEST(CliEmbed, MissingWeightsIsModelError)
{
    QTemporaryDir dir;
    const QString chip = dir.filePath(QStringLiteral("chip.png"));
    QImage img(150, 150, QImage::Format_RGB888);
    img.fill(Qt::gray);
    ASSERT_TRUE(img.save(chip));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESCRY_ASSETS_DIR"), QStringLiteral("/nonexistent-assets"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DESCRY_CLI_PATH),
            {QStringLiteral("embed"), QStringLiteral("--dlib-resnet"), QStringLiteral("--chip"), chip});
    ASSERT_TRUE(p.waitForFinished(300000));
    EXPECT_EQ(p.exitCode(), 3);
    EXPECT_TRUE(p.readAllStandardError().contains("/nonexistent-assets/face-api/model/"));
}

TEST(CliEmbed, EncoderIsRequiredAndModesDoNotMix)
{
    // --clip takes a checkpoint and --image/--text; --chip belongs to --dlib-resnet.
    CliRun r = runCli({QStringLiteral("embed"), QStringLiteral("--clip"), QStringLiteral("ck.safetensors"),
                       QStringLiteral("--chip"), QStringLiteral("x")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("--clip takes --image and --text")) << r.err.toStdString();
    r = runCli({QStringLiteral("embed"), QStringLiteral("--chip"), QStringLiteral("x")});
    EXPECT_EQ(r.exitCode, 1);
    r = runCli({QStringLiteral("embed"), QStringLiteral("--dlib-resnet")});
    EXPECT_EQ(r.exitCode, 1);
    r = runCli(
        {QStringLiteral("embed"), QStringLiteral("--dlib-resnet"), QStringLiteral("--image"), QStringLiteral("x")});
    EXPECT_EQ(r.exitCode, 1);
}
