// `compare --json` on a photo with drawn sunglasses: the eyes leave the score as "not-visible" and the JSON says
// which photo hides them; `eval visibility` is declared and refuses a missing folder.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "app/CliRunner.h"
#include "core/face/FaceDetector.h"
#include "core/face/visibility/SyntheticOcclusion.h"

using namespace descry;

namespace {

QString defaultPack()
{
    return QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/packs/face-default");
}

// A frontal photo: Yale from ../shared when present, else a face-api sample photo.
QString frontalPhoto()
{
    const QString yale = QStringLiteral(DESCRY_TEST_SHARED_DIR "/data/faces/yale/subject02.normal.jpeg");
    if (QFileInfo::exists(yale))
        return yale;
    const QString assets =
        qEnvironmentVariable("DESCRY_ASSETS_DIR", QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/assets"));
    const QString sample = assets + QStringLiteral("/face-api/demo/sample2.jpg");
    return QFileInfo::exists(sample) ? sample : QString();
}

} // namespace

TEST(CompareVisibility, DrawnSunglassesExcludeTheEyes)
{
    const QString photo = frontalPhoto();
    if (!QFileInfo::exists(defaultPack() + QStringLiteral("/manifest.json")) || photo.isEmpty())
        GTEST_SKIP() << "needs the assembled face-default pack (packaging/setup.sh) and a frontal photo";
    auto detector = FaceDetector::loadDefault();
    ASSERT_TRUE(detector.ok()) << detector.error().toString().toStdString();
    const QImage img(photo);
    auto face = detector->detectAndAlign(img, photo);
    ASSERT_TRUE(face.ok());
    QTemporaryDir dir;
    const QString occluded = dir.filePath(QStringLiteral("sunglasses.png"));
    ASSERT_TRUE(drawOccluder(img, face->face.landmarks, Occluder::Sunglasses).save(occluded));

    const CliRun r = runCli({QStringLiteral("compare"), photo, occluded, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    bool eyes = false;
    for (const QJsonValue& x : j[QStringLiteral("excluded")].toArray())
        if (x[QStringLiteral("component")].toString() == QLatin1String("eyes")) {
            eyes = true;
            EXPECT_EQ(x[QStringLiteral("reason")].toString(), QStringLiteral("not-visible"));
            EXPECT_TRUE(x[QStringLiteral("detail")].toString().startsWith(QLatin1String("reference: dark glasses")))
                << x[QStringLiteral("detail")].toString().toStdString();
        }
    EXPECT_TRUE(eyes) << r.out.toStdString();
    const QJsonObject ref = j[QStringLiteral("reference")].toObject();
    EXPECT_TRUE(
        ref[QStringLiteral("not_visible")].toArray().contains(QStringLiteral("Eyes not visible (dark glasses)")));
    bool listed = false;
    for (const QJsonValue& v : ref[QStringLiteral("visibility")].toArray())
        if (v[QStringLiteral("component")].toString() == QLatin1String("eyes")) {
            listed = true;
            EXPECT_FALSE(v[QStringLiteral("visible")].toBool());
            EXPECT_EQ(v[QStringLiteral("reason")].toString(), QStringLiteral("dark-glasses"));
        }
    EXPECT_TRUE(listed);
    // The probe is the photo as it is: its eyes are visible.
    for (const QJsonValue& v : j[QStringLiteral("probe")][QStringLiteral("visibility")].toArray())
        if (v[QStringLiteral("component")].toString() == QLatin1String("eyes")) {
            EXPECT_TRUE(v[QStringLiteral("visible")].toBool());
        }
    // No group of the eyes is left in the score.
    for (const QJsonValue& g : j[QStringLiteral("groups")].toArray())
        EXPECT_NE(g[QStringLiteral("component_id")].toString(), QStringLiteral("eyes"));
}

TEST(EvalVisibilityCli, MissingFolderIsAnInputError)
{
    QTemporaryDir dir;
    const CliRun r = runCli({QStringLiteral("eval"), QStringLiteral("visibility"), QStringLiteral("--faces"),
                             dir.filePath(QStringLiteral("nothing-here"))});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("nothing-here")) << r.err.toStdString();
    const CliRun usage = runCli({QStringLiteral("eval"), QStringLiteral("visibility")});
    EXPECT_EQ(usage.exitCode, 1); // --faces is mandatory
}
