// compare --json names each photo's format, orientation and colour conversion (issue 13): a phone's HEIC and a
// web download that is a WebP file named .jpg, made from the face-api sample photos.
#include "app/CliRunner.h"
#include "core/imaging/detail/HeifCodec.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

QString sample(int n)
{
    return QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/assets/face-api/demo/sample%1.jpg").arg(n);
}

// The assembled pack (packaging/setup.sh): the committed packaging/face-default needs the fetched assets.
QString defaultPack()
{
    return QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/packs/face-default");
}

// The sample scaled to 800 px wide (a phone-sized face, quick to encode).
QImage scaledSample(int n)
{
    const QImage img(sample(n));
    return img.isNull() ? img : img.scaledToWidth(800, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB888);
}

} // namespace

TEST(PhotoFormatsCli, CompareJsonNamesFormatOrientationAndColourOfHeicAndMisnamedWebp)
{
    if (!QFileInfo::exists(defaultPack() + QStringLiteral("/manifest.json")) || !QFileInfo::exists(sample(1)))
        GTEST_SKIP() << "needs the assembled face-default pack and the face-api sample photos (packaging/setup.sh)";
    QTemporaryDir dir;
    const QImage probeImage = scaledSample(1);
    ASSERT_FALSE(probeImage.isNull());
    auto heic = descry::detail::encodeHeic(probeImage, 90);
    ASSERT_TRUE(heic) << heic.error().toString().toStdString();
    const QString probe = dir.filePath(QStringLiteral("phone.heic"));
    QFile p(probe);
    ASSERT_TRUE(p.open(QIODevice::WriteOnly));
    p.write(*heic);
    p.close();
    const QString reference = dir.filePath(QStringLiteral("download.jpg"));
    ASSERT_TRUE(scaledSample(1).save(reference, "WEBP", 90));

    const CliRun r = runCli({QStringLiteral("compare"), probe, reference, QStringLiteral("--pack"), defaultPack(),
                             QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    const QJsonObject pj = j[QStringLiteral("probe")].toObject(), rj = j[QStringLiteral("reference")].toObject();
    EXPECT_EQ(pj[QStringLiteral("format")].toString(), QStringLiteral("HEIC"));
    EXPECT_EQ(pj[QStringLiteral("format_id")].toString(), QStringLiteral("heic"));
    EXPECT_TRUE(pj[QStringLiteral("orientation")].toString().contains(QStringLiteral("libheif")));
    EXPECT_FALSE(pj[QStringLiteral("colour")].toString().isEmpty());
    EXPECT_EQ(rj[QStringLiteral("format")].toString(), QStringLiteral("WebP"));
    EXPECT_EQ(rj[QStringLiteral("format_id")].toString(), QStringLiteral("webp"));
    EXPECT_EQ(rj[QStringLiteral("exif_orientation")].toInt(), 1);
    EXPECT_EQ(rj[QStringLiteral("orientation")].toString(), QStringLiteral("no EXIF orientation: used as stored"));
    // The WebP keeps the sample JPEG's colour space as an sRGB profile, or none: either way no conversion.
    EXPECT_TRUE(rj[QStringLiteral("colour")].toString().contains(QStringLiteral("sRGB")))
        << rj[QStringLiteral("colour")].toString().toStdString();
    EXPECT_TRUE(
        rj[QStringLiteral("decoder_warnings")].toArray().contains(QStringLiteral("named .jpg but is a WebP file")));
    // The same face in both: a misnamed or phone format does not change who it is.
    EXPECT_EQ(j[QStringLiteral("decision")].toString(), QStringLiteral("match"));
}
