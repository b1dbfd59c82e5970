#include "TimeBudget.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QString faces()
{
    return QStringLiteral(DESCRY_TEST_SHARED_DIR "/data/faces");
}

QString defaultPack()
{
    return QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/packs/face-default");
}

bool ready()
{
    return QFileInfo::exists(defaultPack() + QStringLiteral("/manifest.json"));
}

} // namespace

TEST(Compare, SamePersonMatchesWithExactDecomposition)
{
    if (!ready() || !QFileInfo::exists(faces()))
        GTEST_SKIP() << "needs the assembled face-default pack (packaging/setup.sh) and ../shared/data/faces";
    const CliRun r = runCli({QStringLiteral("compare"), faces() + QStringLiteral("/yale/subject02.normal.jpeg"),
                             faces() + QStringLiteral("/yale/subject02.happy.jpeg"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(j[QStringLiteral("decision")].toString(), QStringLiteral("match"));
    EXPECT_EQ(j[QStringLiteral("pack")][QStringLiteral("name")].toString(), QStringLiteral("face-default"));
    EXPECT_EQ(j[QStringLiteral("pack")][QStringLiteral("sha256")].toString().size(), 64);
    EXPECT_EQ(j[QStringLiteral("probe")][QStringLiteral("sha256")].toString().size(), 64);
    EXPECT_EQ(j[QStringLiteral("probe")][QStringLiteral("landmarks")].toArray().size(), 68);
    EXPECT_GT(j[QStringLiteral("probe")][QStringLiteral("quality")][QStringLiteral("inter_eye_pixels")].toDouble(), 20);
    EXPECT_EQ(j[QStringLiteral("baseline")][QStringLiteral("decision")].toString(), QStringLiteral("match"));
    double sum = j[QStringLiteral("bias_term")].toDouble();
    const QJsonArray groups = j[QStringLiteral("groups")].toArray();
    // 52 measured characteristics plus the reliable appearance ones, less what this pair excludes (listed).
    ASSERT_GE(groups.size() + j[QStringLiteral("excluded")].toArray().size(), 52);
    ASSERT_GT(groups.size(), 52);
    for (const auto& g : groups)
        sum += g[QStringLiteral("contribution")].toDouble();
    EXPECT_NEAR(sum, j[QStringLiteral("score")].toDouble(), 1e-5);
    EXPECT_LT(std::abs(j[QStringLiteral("residual")].toDouble()), 1e-5);
    EXPECT_FALSE(groups[0][QStringLiteral("probe")].toArray().isEmpty());
    EXPECT_LT(j[QStringLiteral("timings_ms")][QStringLiteral("compare_total")].toDouble(), timeBudget(1000.0));
}

TEST(Compare, DifferentPeopleDoNotMatch)
{
    if (!ready() || !QFileInfo::exists(faces()))
        GTEST_SKIP() << "needs the assembled face-default pack and ../shared/data/faces";
    const CliRun r = runCli({QStringLiteral("compare"), faces() + QStringLiteral("/yale/subject02.normal.jpeg"),
                             faces() + QStringLiteral("/yale/subject05.normal.jpeg"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out).object()[QStringLiteral("decision")].toString(),
              QStringLiteral("non-match"));
}

TEST(Compare, InputErrorsAreOneLineWithExitCode2)
{
    if (!ready())
        GTEST_SKIP() << "needs the assembled face-default pack (packaging/setup.sh)";
    QTemporaryDir dir;
    const QString blank = dir.filePath(QStringLiteral("wall.png"));
    QImage img(300, 300, QImage::Format_RGB888);
    img.fill(QColor(120, 130, 140));
    ASSERT_TRUE(img.save(blank));
    const QString corrupt = dir.filePath(QStringLiteral("corrupt.jpg"));
    QFile f(corrupt);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("\xFF\xD8\xFF\xE0 this is not really a jpeg");
    f.close();

    CliRun r = runCli({QStringLiteral("compare"), blank, blank});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(blank.toUtf8() + ": no face found\n")) << r.err.toStdString();
    EXPECT_EQ(r.err.count(blank.toUtf8()), 1) << "the file is named once: " << r.err.toStdString();

    r = runCli({QStringLiteral("compare"), corrupt, blank});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(corrupt.toUtf8())) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("cannot decode image"));

    r = runCli({QStringLiteral("compare"), dir.filePath(QStringLiteral("missing.jpg")), blank});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("missing.jpg: file not found"));

    r = runCli({QStringLiteral("compare"), blank});
    EXPECT_EQ(r.exitCode, 1);
}

TEST(Compare, TamperedPackIsRefusedWithExitCode3)
{
    if (!ready())
        GTEST_SKIP() << "needs the assembled face-default pack (packaging/setup.sh)";
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("face-default"));
    QDir().mkpath(copy + QStringLiteral("/encoder"));
    for (const QString& rel :
         {QStringLiteral("manifest.json"), QStringLiteral("head.safetensors"),
          QStringLiteral("descriptors.safetensors"), QStringLiteral("encoder/face_recognition_model.bin"),
          QStringLiteral("encoder/face_recognition_model-weights_manifest.json")})
        ASSERT_TRUE(QFile::copy(defaultPack() + QLatin1Char('/') + rel, copy + QLatin1Char('/') + rel));
    QFile head(copy + QStringLiteral("/head.safetensors"));
    ASSERT_TRUE(head.open(QIODevice::ReadWrite));
    head.seek(head.size() - 3);
    head.write("\x01");
    head.close();
    const CliRun r = runCli(
        {QStringLiteral("compare"), QStringLiteral("a.jpg"), QStringLiteral("b.jpg"), QStringLiteral("--pack"), copy});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err.count('\n'), 1);
    EXPECT_TRUE(r.err.contains("head.safetensors")) << r.err.toStdString();
}

TEST(Compare, WritesAPdfReport)
{
    if (!ready() || !QFileInfo::exists(faces()))
        GTEST_SKIP() << "needs the assembled face-default pack and ../shared/data/faces";
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliRun r = runCli({QStringLiteral("compare"), faces() + QStringLiteral("/orl/s3/1.pgm"),
                             faces() + QStringLiteral("/orl/s3/5.pgm"), QStringLiteral("--report"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF"));
    EXPECT_GT(f.size(), 20000);
    EXPECT_TRUE(r.out.contains("Decision:"));
}

TEST(VerifyPairs, TenFoldOnASmallPairsFile)
{
    if (!ready() || !QFileInfo::exists(faces()))
        GTEST_SKIP() << "needs the assembled face-default pack and ../shared/data/faces";
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("pairs.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("path1,path2,same\n");
    for (int s = 1; s <= 10; ++s) {
        f.write(QStringLiteral("orl/s%1/1.pgm,orl/s%1/2.pgm,1\n").arg(s).toUtf8());
        f.write(QStringLiteral("orl/s%1/3.pgm,orl/s%2/3.pgm,0\n").arg(s).arg(s % 10 + 1).toUtf8());
    }
    f.write("yale/subject01.normal.jpeg,missing/nothing.jpg,1\n");
    f.close();
    const CliRun r =
        runCli({QStringLiteral("verify-pairs"), csv, QStringLiteral("--root"), faces(), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(j[QStringLiteral("pairs")].toInt(), 20);
    ASSERT_EQ(j[QStringLiteral("failed")].toArray().size(), 1);
    EXPECT_TRUE(
        j[QStringLiteral("failed")][0][QStringLiteral("reason")].toString().contains(QStringLiteral("not found")));
    for (const char* model : {"explainable", "baseline"}) {
        const QJsonObject m = j[QLatin1String(model)].toObject();
        EXPECT_GE(m[QStringLiteral("accuracy")].toDouble(), 0.5) << model;
        EXPECT_TRUE(m.contains(QStringLiteral("accuracy_std")));
        EXPECT_TRUE(m.contains(QStringLiteral("auc")));
        EXPECT_TRUE(m[QStringLiteral("tar_at_far")].toObject().contains(QStringLiteral("0.01")));
        EXPECT_TRUE(m.contains(QStringLiteral("threshold")));
    }
    EXPECT_TRUE(r.err.contains("100%")); // progress bar
}

TEST(Compare, BlurredPhotoIsInconclusiveWithReason)
{
    if (!ready() || !QFileInfo::exists(faces()))
        GTEST_SKIP() << "needs the assembled face-default pack and ../shared/data/faces";
    QTemporaryDir dir;
    const QImage sharp(faces() + QStringLiteral("/yale/subject02.normal.jpeg"));
    ASSERT_FALSE(sharp.isNull());
    // Down to an eighth and back up: the face is still found but its detail is gone.
    const QImage blurred = sharp.scaled(sharp.size() / 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                               .scaled(sharp.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QString path = dir.filePath(QStringLiteral("blurred.png"));
    ASSERT_TRUE(blurred.save(path));
    const CliRun r = runCli({QStringLiteral("compare"), path, faces() + QStringLiteral("/yale/subject02.happy.jpeg"),
                             QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(j[QStringLiteral("decision")].toString(), QStringLiteral("inconclusive"));
    ASSERT_FALSE(j[QStringLiteral("reasons")].toArray().isEmpty());
    EXPECT_TRUE(j[QStringLiteral("reasons")][0].toString().contains(QStringLiteral("blurred")))
        << j[QStringLiteral("reasons")][0].toString().toStdString();
}

namespace {

// Photos of the face-api package (pinned by packaging/assets.lock): sample1's head is turned too far for the
// quality gate, samples 2 to 5 pass it.
QString demoPhotos()
{
    const QString assets =
        qEnvironmentVariable("DESCRY_ASSETS_DIR", QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/assets"));
    return assets + QStringLiteral("/face-api/demo");
}

} // namespace

TEST(VerifyPairs, ListsThePairsTheQualityGateWouldCallInconclusive)
{
    if (!ready() || !QFileInfo::exists(demoPhotos() + QStringLiteral("/sample1.jpg")))
        GTEST_SKIP() << "needs the assembled face-default pack and the face-api assets (packaging/setup.sh)";
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("pairs.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("sample2.jpg,sample3.jpg,0\n"
            "sample1.jpg,sample2.jpg,0\n" // inconclusive: the probe's head is turned
            "sample4.jpg,sample5.jpg,0\n"
            "sample3.jpg,sample1.jpg,0\n" // inconclusive: the reference's head is turned
            "sample2.jpg,sample2.jpg,1\n"
            "sample5.jpg,sample5.jpg,1\n");
    f.close();
    const QStringList args{QStringLiteral("verify-pairs"), csv, QStringLiteral("--root"), demoPhotos()};
    const CliRun r = runCli(args + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    // The standard protocol: every pair is scored, the inconclusive ones included.
    EXPECT_EQ(j[QStringLiteral("pairs")].toInt(), 6);
    EXPECT_EQ(j[QStringLiteral("explainable")][QStringLiteral("pairs")].toInt(), 6);
    EXPECT_EQ(j[QStringLiteral("baseline")][QStringLiteral("pairs")].toInt(), 6);
    EXPECT_TRUE(j[QStringLiteral("failed")].toArray().isEmpty());
    const QJsonArray inconclusive = j[QStringLiteral("inconclusive")].toArray();
    ASSERT_EQ(inconclusive.size(), 2) << r.out.toStdString();
    EXPECT_EQ(inconclusive[0][QStringLiteral("pair")].toInt(), 1);
    EXPECT_EQ(inconclusive[1][QStringLiteral("pair")].toInt(), 3);
    const QJsonArray probeReasons = inconclusive[0][QStringLiteral("reasons")].toArray();
    ASSERT_EQ(probeReasons.size(), 1);
    EXPECT_TRUE(probeReasons[0].toString().startsWith(QStringLiteral("probe: head turned"))) << r.out.toStdString();
    EXPECT_TRUE(inconclusive[1][QStringLiteral("reasons")][0].toString().startsWith(QStringLiteral("reference: ")));
    EXPECT_TRUE(inconclusive[1][QStringLiteral("b")].toString().endsWith(QStringLiteral("sample1.jpg")));

    // The same gate as compare's.
    const CliRun c = runCli({QStringLiteral("compare"), demoPhotos() + QStringLiteral("/sample1.jpg"),
                             demoPhotos() + QStringLiteral("/sample2.jpg"), QStringLiteral("--json")});
    ASSERT_EQ(c.exitCode, 0) << c.err.toStdString();
    const QJsonObject cj = QJsonDocument::fromJson(c.out).object();
    EXPECT_EQ(cj[QStringLiteral("decision")].toString(), QStringLiteral("inconclusive"));
    EXPECT_EQ(cj[QStringLiteral("reasons")].toArray(), probeReasons);

    const CliRun text = runCli(args);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("6 pairs scored, 0 could not be scored; 2 of the scored pairs would be inconclusive"))
        << text.out.toStdString();
}
