// `train face --augment K` and `eval face-gap` (issue 13, point 3): augmented copies per training photo, held-out
// identities never trained on, the gap recorded in the manifest and reproduced by eval face-gap.
#include "FakeEncoders.h"
#include "app/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace descry;

namespace {

QJsonObject jsonOf(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QJsonObject manifestOf(const QString& pack)
{
    QFile f(pack + QStringLiteral("/manifest.json"));
    return f.open(QIODevice::ReadOnly) ? jsonOf(f.readAll()) : QJsonObject();
}

QSet<QString> setOf(const QJsonValue& v)
{
    QSet<QString> s;
    for (const auto& x : v.toArray())
        s.insert(x.toString());
    return s;
}

double gapAt(const QJsonObject& o, const QStringList& path)
{
    QJsonValue v = o;
    for (const QString& k : path)
        v = v.toObject().value(k);
    return v.toDouble(NAN);
}

// Nine generated identities with three photos each, as aligned crops (dlib-johns layout: the whole picture is the
// face where dlib finds none), trained once for the whole suite.
class FaceGapCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_faces = s_dir->filePath(QStringLiteral("faces"));
        for (int id = 0; id < 9; ++id)
            for (int v = 0; v < 3; ++v) {
                const QString folder = s_faces + QStringLiteral("/dlib-johns/p%1").arg(id);
                QDir().mkpath(folder);
                if (!fakes::writeFakeFacePhoto(folder + QStringLiteral("/%1.png").arg(v), id, v, 150, 150).ok())
                    s_fixturesFailed = true;
            }
        s_pack = s_dir->filePath(QStringLiteral("pack"));
        s_cache = s_dir->filePath(QStringLiteral("features.json"));
        s_train = new CliRun(runCli({QStringLiteral("train"), QStringLiteral("face"), QStringLiteral("--data"), s_faces,
                                     QStringLiteral("--out"), s_pack, QStringLiteral("--epochs"), QStringLiteral("3"),
                                     QStringLiteral("--augment"), QStringLiteral("2"), QStringLiteral("--cache"),
                                     s_cache, QStringLiteral("--json")}));
    }
    static void TearDownTestSuite()
    {
        delete s_train;
        delete s_dir;
    }

    static QTemporaryDir* s_dir;
    static QString s_faces, s_pack, s_cache;
    static CliRun* s_train;
    static bool s_fixturesFailed;
};

QTemporaryDir* FaceGapCli::s_dir = nullptr;
QString FaceGapCli::s_faces, FaceGapCli::s_pack, FaceGapCli::s_cache;
CliRun* FaceGapCli::s_train = nullptr;
bool FaceGapCli::s_fixturesFailed = false;

} // namespace

TEST_F(FaceGapCli, AugmentAddsKCopiesPerTrainingPhotoAndHeldOutIdentitiesNeverTrain)
{
    ASSERT_FALSE(s_fixturesFailed);
    ASSERT_EQ(s_train->exitCode, 0) << s_train->err.toStdString();
    const QJsonObject m = manifestOf(s_pack);
    const QJsonObject prov = m.value(QStringLiteral("provenance")).toObject();
    const QJsonObject aug = prov.value(QStringLiteral("augmentation")).toObject();
    const int photos = prov.value(QStringLiteral("training_photos")).toInt();
    EXPECT_EQ(photos, 6 * 3) << "six of nine identities train (every third is held out)";
    EXPECT_EQ(aug.value(QStringLiteral("copies_per_training_photo")).toInt(), 2);
    EXPECT_EQ(aug.value(QStringLiteral("training_copies")).toInt() +
                  aug.value(QStringLiteral("training_copies_failed")).toInt(),
              2 * photos);
    EXPECT_EQ(prov.value(QStringLiteral("training_faces")).toInt(),
              photos + aug.value(QStringLiteral("training_copies")).toInt());
    EXPECT_EQ(aug.value(QStringLiteral("held_out_copies")).toInt() +
                  aug.value(QStringLiteral("held_out_copies_failed")).toInt(),
              3 * 3 * 11)
        << "every held-out photo, every augmentation once";

    const QSet<QString> held = setOf(prov.value(QStringLiteral("held_out_identities")));
    const QSet<QString> trained = setOf(prov.value(QStringLiteral("training_identities")));
    EXPECT_EQ(held, (QSet<QString>{QStringLiteral("dlib-johns/p1"), QStringLiteral("dlib-johns/p4"),
                                   QStringLiteral("dlib-johns/p7")}));
    EXPECT_EQ(trained.size(), 6);
    EXPECT_FALSE(trained.intersects(held));

    const QJsonObject metrics = m.value(QStringLiteral("metrics")).toObject();
    EXPECT_TRUE(metrics.value(QStringLiteral("held_out")).toObject().contains(QStringLiteral("dlib-johns")));
    const QJsonObject augmented = metrics.value(QStringLiteral("held_out_augmented")).toObject();
    EXPECT_TRUE(augmented.contains(QStringLiteral("dlib-johns")));
    EXPECT_EQ(augmented.value(QStringLiteral("by_augmentation")).toObject().size(), 11);
    EXPECT_TRUE(metrics.value(QStringLiteral("gap_goal")).toObject().contains(QStringLiteral("met")));
    EXPECT_FALSE(m.value(QStringLiteral("calibration"))
                     .toObject()
                     .value(QStringLiteral("operating_point"))
                     .toString()
                     .isEmpty());
}

TEST_F(FaceGapCli, EvalFaceGapReproducesTheRecordedHeldOutFigures)
{
    ASSERT_EQ(s_train->exitCode, 0) << s_train->err.toStdString();
    const CliRun r = runCli({QStringLiteral("eval"), QStringLiteral("face-gap"), QStringLiteral("--pack"), s_pack,
                             QStringLiteral("--faces"), s_faces, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject gap = jsonOf(r.out);
    const QJsonObject metrics = manifestOf(s_pack).value(QStringLiteral("metrics")).toObject();
    EXPECT_EQ(gap.value(QStringLiteral("selection")).toObject().value(QStringLiteral("evaluated")).toInt(), 9);
    EXPECT_EQ(
        gap.value(QStringLiteral("selection")).toObject().value(QStringLiteral("training_identities_skipped")).toInt(),
        18);
    for (const QString& set : {QStringLiteral("held_out"), QStringLiteral("held_out_augmented")})
        for (const QString& model : {QStringLiteral("explainable"), QStringLiteral("baseline")})
            for (const QString& figure : {QStringLiteral("accuracy"), QStringLiteral("auc")}) {
                const QStringList path{set, QStringLiteral("dlib-johns"), model, figure};
                EXPECT_NEAR(gapAt(gap, path), gapAt(metrics, path), 1e-4) << path.join(QLatin1Char('/')).toStdString();
            }
    EXPECT_NEAR(gapAt(gap, {QStringLiteral("held_out"), QStringLiteral("dlib-johns"), QStringLiteral("gap"),
                            QStringLiteral("accuracy_points")}),
                100 * (gapAt(gap, {QStringLiteral("held_out"), QStringLiteral("dlib-johns"), QStringLiteral("baseline"),
                                   QStringLiteral("accuracy")}) -
                       gapAt(gap, {QStringLiteral("held_out"), QStringLiteral("dlib-johns"),
                                   QStringLiteral("explainable"), QStringLiteral("accuracy")})),
                1e-9);

    const CliRun text = runCli({QStringLiteral("eval"), QStringLiteral("face-gap"), QStringLiteral("--pack"), s_pack,
                                QStringLiteral("--faces"), s_faces, QStringLiteral("--augment"), QStringLiteral("0")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("held-out [dlib-johns]: explainable")) << text.out.toStdString();
    EXPECT_FALSE(text.out.contains("augmented")) << "--augment 0 evaluates the photos only";
    EXPECT_TRUE(text.out.contains("goal")) << text.out.toStdString();
}

TEST_F(FaceGapCli, EvalFaceGapRefusesAFolderWithoutFacesAndAMissingPack)
{
    ASSERT_EQ(s_train->exitCode, 0) << s_train->err.toStdString();
    QTemporaryDir empty;
    const CliRun none = runCli({QStringLiteral("eval"), QStringLiteral("face-gap"), QStringLiteral("--pack"), s_pack,
                                QStringLiteral("--faces"), empty.path()});
    EXPECT_EQ(none.exitCode, 2) << none.err.toStdString();
    EXPECT_TRUE(none.err.contains(empty.path().toUtf8())) << none.err.toStdString();
    const CliRun noPack = runCli({QStringLiteral("eval"), QStringLiteral("face-gap"), QStringLiteral("--pack"),
                                  s_dir->filePath(QStringLiteral("nope")), QStringLiteral("--faces"), s_faces});
    EXPECT_EQ(noPack.exitCode, 3) << noPack.err.toStdString();
    const CliRun usage =
        runCli({QStringLiteral("eval"), QStringLiteral("face-gap"), QStringLiteral("--faces"), s_faces});
    EXPECT_EQ(usage.exitCode, 1);
}

// With ../shared: the committed face-default's recorded held-out figures are reproduced by eval face-gap.
TEST(FaceGapShared, TheCommittedPacksHeldOutFiguresAreReproduced)
{
    const QString faces = QStringLiteral(DESCRY_TEST_SHARED_DIR "/data/faces");
    // The committed pack as set-up assembles it (with the fetched ResNet weights).
    const QString pack = QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/packs/face-default");
    if (!QFileInfo::exists(faces + QStringLiteral("/orl")) ||
        !QFileInfo::exists(pack + QStringLiteral("/manifest.json")))
        GTEST_SKIP() << "needs ../shared/data/faces and the assembled face-default pack";
    const CliRun r = runCli({QStringLiteral("eval"), QStringLiteral("face-gap"), QStringLiteral("--pack"), pack,
                             QStringLiteral("--faces"), faces, QStringLiteral("--augment"), QStringLiteral("0"),
                             QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject gap = jsonOf(r.out);
    const QJsonObject recorded = manifestOf(pack).value(QStringLiteral("metrics")).toObject();
    const QJsonObject held = recorded.value(QStringLiteral("held_out")).toObject();
    ASSERT_FALSE(held.isEmpty());
    for (auto it = held.begin(); it != held.end(); ++it)
        for (const QString& model : {QStringLiteral("explainable"), QStringLiteral("baseline")}) {
            SCOPED_TRACE((it.key() + QLatin1Char('/') + model).toStdString());
            const QStringList acc{QStringLiteral("held_out"), it.key(), model, QStringLiteral("accuracy")};
            const QStringList auc{QStringLiteral("held_out"), it.key(), model, QStringLiteral("auc")};
            // Small tolerance: the detector may find a face in a photo it missed when the pack was trained.
            EXPECT_NEAR(gapAt(gap, acc), gapAt(recorded, acc), 0.015);
            EXPECT_NEAR(gapAt(gap, auc), gapAt(recorded, auc), 0.01);
        }
}
