// `compare --face N` / `--reference-face N`: a photo with two faces lists both boxes in the JSON, the largest is
// compared by default, --face 2 compares the other, and a face number the photo does not have is a one-line error.
// Fixtures are generated from the face-api sample photos (packaging/assets/face-api/demo, fetched at set-up).
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "app/CliRunner.h"

namespace {

QString sample(int i)
{
    const QString assets =
        qEnvironmentVariable("DESCRY_ASSETS_DIR", QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/assets"));
    return assets + QStringLiteral("/face-api/demo/sample%1.jpg").arg(i);
}

QString defaultPack()
{
    return QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/packs/face-default");
}

// Two faces side by side, cut from the face-api samples (sample 1 is a group photo: its largest face; sample 2 has
// one face): face 1, the largest (~180 px box), on the left; face 2 (~150 px, the face of sample 2) on the right.
QString writeTwoFaces(const QTemporaryDir& dir)
{
    const QImage a(sample(1)), b(sample(2));
    if (a.isNull() || b.isNull())
        return {};
    const QImage first = a.copy(311, 337, 464, 464).scaled(400, 400, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage second = b.copy(1358, 124, 360, 360).scaled(260, 260, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage photo(900, 500, QImage::Format_RGB888);
    photo.fill(QColor(230, 230, 230));
    QPainter p(&photo);
    p.drawImage(20, 50, first);
    p.drawImage(560, 120, second);
    p.end();
    const QString path = dir.filePath(QStringLiteral("two-faces.png"));
    return photo.save(path) ? path : QString();
}

QJsonObject compareJson(const QStringList& extra, const QString& probe, const QString& reference, CliRun* run)
{
    QStringList args{QStringLiteral("compare"), probe,         reference,
                     QStringLiteral("--pack"),  defaultPack(), QStringLiteral("--json")};
    args << extra;
    *run = runCli(args);
    return QJsonDocument::fromJson(run->out).object();
}

QRectF boxOf(const QJsonValue& face)
{
    const QJsonArray b = face[QStringLiteral("box")].toArray();
    return QRectF(b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble());
}

} // namespace

TEST(FaceChoiceCli, FaceTwoComparesTheSecondFaceAndJsonListsBoth)
{
    if (!QFileInfo::exists(defaultPack() + QStringLiteral("/manifest.json")) || !QFileInfo::exists(sample(1)))
        GTEST_SKIP() << "needs the assembled face-default pack and the face-api sample photos (packaging/setup.sh)";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString two = writeTwoFaces(dir);
    ASSERT_FALSE(two.isEmpty());

    CliRun byDefault;
    const QJsonObject d = compareJson({}, two, sample(2), &byDefault);
    ASSERT_EQ(byDefault.exitCode, 0) << byDefault.err.toStdString();
    const QJsonObject probe = d[QStringLiteral("probe")].toObject();
    const QJsonArray faces = probe[QStringLiteral("faces")].toArray();
    ASSERT_EQ(faces.size(), 2) << QJsonDocument(probe).toJson().toStdString();
    const QRectF first = boxOf(faces[0]), second = boxOf(faces[1]);
    EXPECT_GT(first.width() * first.height(), second.width() * second.height());
    EXPECT_LT(first.center().x(), second.center().x()); // the large face is on the left
    EXPECT_GT(faces[0][QStringLiteral("score")].toDouble(), 0);
    EXPECT_EQ(probe[QStringLiteral("chosen")].toInt(), 1);
    EXPECT_EQ(probe[QStringLiteral("chosen_by")].toString(), QStringLiteral("default"));
    EXPECT_EQ(probe[QStringLiteral("rotation")].toInt(), 0);
    EXPECT_EQ(probe[QStringLiteral("face_box")][QStringLiteral("x")].toDouble(), first.x());
    // The reference has one face, listed the same way.
    EXPECT_EQ(d[QStringLiteral("reference")][QStringLiteral("faces")].toArray().size(), 1);
    EXPECT_EQ(d[QStringLiteral("reference")][QStringLiteral("chosen")].toInt(), 1);

    CliRun picked;
    const QJsonObject s = compareJson({QStringLiteral("--face"), QStringLiteral("2")}, two, sample(2), &picked);
    ASSERT_EQ(picked.exitCode, 0) << picked.err.toStdString();
    const QJsonObject p2 = s[QStringLiteral("probe")].toObject();
    EXPECT_EQ(p2[QStringLiteral("chosen")].toInt(), 2);
    EXPECT_EQ(p2[QStringLiteral("chosen_by")].toString(), QStringLiteral("request"));
    EXPECT_EQ(p2[QStringLiteral("faces")].toArray().size(), 2);
    EXPECT_EQ(p2[QStringLiteral("face_box")][QStringLiteral("x")].toDouble(), second.x());
    for (const QJsonValue& pt : p2[QStringLiteral("landmarks")].toArray())
        EXPECT_GT(pt.toArray()[0].toDouble(), first.right()) << "landmarks of face 2 lie right of face 1";
    // sample2 against itself (face 2 is a scaled copy of it) scores higher than against sample1's face.
    EXPECT_GT(s[QStringLiteral("score")].toDouble(), d[QStringLiteral("score")].toDouble());

    // --reference-face applies to the reference photo only.
    CliRun reversed;
    const QJsonObject r =
        compareJson({QStringLiteral("--reference-face"), QStringLiteral("2")}, sample(2), two, &reversed);
    ASSERT_EQ(reversed.exitCode, 0) << reversed.err.toStdString();
    EXPECT_EQ(r[QStringLiteral("reference")][QStringLiteral("chosen")].toInt(), 2);
    EXPECT_EQ(r[QStringLiteral("probe")][QStringLiteral("chosen")].toInt(), 1);
    EXPECT_NEAR(r[QStringLiteral("score")].toDouble(), s[QStringLiteral("score")].toDouble(), 1e-6);
}

TEST(FaceChoiceCli, FaceNumberBeyondThePhotoIsOneLineError)
{
    if (!QFileInfo::exists(defaultPack() + QStringLiteral("/manifest.json")) || !QFileInfo::exists(sample(1)))
        GTEST_SKIP() << "needs the assembled face-default pack and the face-api sample photos (packaging/setup.sh)";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString two = writeTwoFaces(dir);
    ASSERT_FALSE(two.isEmpty());

    CliRun beyond;
    compareJson({QStringLiteral("--face"), QStringLiteral("3")}, two, sample(2), &beyond);
    EXPECT_EQ(beyond.exitCode, 2) << beyond.err.toStdString();
    EXPECT_TRUE(beyond.out.isEmpty());
    const QString err = QString::fromUtf8(beyond.err).trimmed();
    EXPECT_FALSE(err.contains(QLatin1Char('\n'))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("face 3 requested but 2 faces were found"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("two-faces.png"))) << err.toStdString();

    for (const QString& bad : {QStringLiteral("0"), QStringLiteral("two"), QStringLiteral("-1")}) {
        CliRun usage;
        compareJson({QStringLiteral("--face"), bad}, two, sample(2), &usage);
        EXPECT_EQ(usage.exitCode, 1) << bad.toStdString() << ": " << usage.err.toStdString();
        const QString line = QString::fromUtf8(usage.err).trimmed();
        EXPECT_FALSE(line.contains(QLatin1Char('\n'))) << line.toStdString();
        EXPECT_TRUE(line.contains(QStringLiteral("--face"))) << line.toStdString();
    }

    const CliRun help = runCli({QStringLiteral("compare"), QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains("--face N")) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains("--reference-face N"));
}
