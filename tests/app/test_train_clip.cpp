// `descry-cli train face --encoder openclip` end to end (issue 10, point 6): a tiny random checkpoint on generated
// faces (no ../shared needed), and the tiny golden checkpoint on a subset of the shared face photos when present.
#include "FakeEncoders.h"
#include "app/CliRunner.h"
#include "core/clip/ClipConfig.h"
#include "core/clip/ClipModel.h"
#include "core/tensor/Safetensors.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace descry;

namespace {

const QString kShared = QStringLiteral(DESCRY_TEST_SHARED_DIR);

QJsonObject jsonOf(const CliRun& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

class TrainClipCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_checkpoint = m_dir.filePath(QStringLiteral("tiny.safetensors"));
        ASSERT_TRUE(writeSafetensors(m_checkpoint,
                                     clipRandomWeights(*ClipConfig::named(QStringLiteral("tiny-vit32-quickgelu")), 5))
                        .ok());
        // dlib-johns holds aligned crops: where dlib finds no face the whole picture is taken as the face, so the
        // real locator works on generated portraits.
        m_faces = m_dir.filePath(QStringLiteral("faces"));
        for (int id = 0; id < 6; ++id)
            for (int v = 0; v < 2; ++v) {
                const QString folder = m_faces + QStringLiteral("/dlib-johns/p%1").arg(id);
                ASSERT_TRUE(QDir().mkpath(folder));
                ASSERT_TRUE(fakes::writeFakeFacePhoto(folder + QStringLiteral("/%1.png").arg(v), id, v, 150, 150));
            }
    }

    QStringList trainArgs(const QString& out, const QStringList& extra = {}) const
    {
        return QStringList{QStringLiteral("train"),        QStringLiteral("face"),
                           QStringLiteral("--encoder"),    QStringLiteral("openclip"),
                           QStringLiteral("--clip"),       m_checkpoint,
                           QStringLiteral("--activation"), QStringLiteral("quickgelu"),
                           QStringLiteral("--data"),       m_faces,
                           QStringLiteral("--out"),        m_dir.filePath(out),
                           QStringLiteral("--epochs"),     QStringLiteral("2"),
                           QStringLiteral("--m"),          QStringLiteral("16"),
                           QStringLiteral("--json")} +
               extra;
    }

    void expectVerifies(const QString& pack) const
    {
        const CliRun v = runCli({QStringLiteral("pack"), QStringLiteral("verify"), m_dir.filePath(pack)});
        EXPECT_EQ(v.exitCode, 0) << v.err.toStdString() << v.out.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_checkpoint, m_faces;
};

} // namespace

TEST_F(TrainClipCli, WritesAPackThatVerifiesAndTheSecondRunUsesTheCache)
{
    const QString cache = m_dir.filePath(QStringLiteral("cache.safetensors"));
    const CliRun r = runCli(trainArgs(QStringLiteral("pack1"), {QStringLiteral("--cache"), cache}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject metrics = jsonOf(r);
    EXPECT_TRUE(metrics.value(QStringLiteral("held_out")).toObject().contains(QStringLiteral("dlib-johns")))
        << r.out.toStdString();
    EXPECT_EQ(metrics.value(QStringLiteral("feature_cache")).toObject().value(QStringLiteral("faces")).toInt(), 12);
    EXPECT_TRUE(r.err.contains("feature cache: 0 of 12 faces reused")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("alignment proxy skipped: no --zero-shot folder given")) << r.err.toStdString();
    expectVerifies(QStringLiteral("pack1"));

    const CliRun again = runCli(trainArgs(QStringLiteral("pack2"), {QStringLiteral("--cache"), cache}));
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains("feature cache: 12 of 12 faces reused")) << again.err.toStdString();
    EXPECT_EQ(jsonOf(again).value(QStringLiteral("final_loss")), metrics.value(QStringLiteral("final_loss")));
    expectVerifies(QStringLiteral("pack2"));
}

TEST_F(TrainClipCli, TuningTheLastMlpReportsTheAlignmentProxyAndStoresTheTunedTensors)
{
    const QString zs = m_dir.filePath(QStringLiteral("zs"));
    for (const QString& cls : {QStringLiteral("red_square"), QStringLiteral("green_square")}) {
        ASSERT_TRUE(QDir().mkpath(zs + QLatin1Char('/') + cls));
        QImage img(64, 64, QImage::Format_RGB888);
        img.fill(cls.startsWith(QLatin1Char('r')) ? Qt::red : Qt::green);
        ASSERT_TRUE(img.save(zs + QLatin1Char('/') + cls + QStringLiteral("/1.png")));
    }
    const CliRun r = runCli(
        trainArgs(QStringLiteral("tuned"), {QStringLiteral("--tune-last-mlp"), QStringLiteral("--zero-shot"), zs}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject proxy = jsonOf(r).value(QStringLiteral("alignment_proxy")).toObject();
    for (const char* key : {"before", "after", "after_residual", "drop"})
        EXPECT_TRUE(proxy.value(QLatin1String(key)).isDouble()) << key << " in " << r.out.toStdString();
    EXPECT_EQ(proxy.value(QStringLiteral("classes")).toInt(), 2);
    EXPECT_EQ(proxy.value(QStringLiteral("images")).toInt(), 2);
    EXPECT_TRUE(r.err.contains("alignment proxy (zero-shot on 2 images of 2 classes")) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(m_dir.filePath(QStringLiteral("tuned/encoder/tuned.safetensors"))));
    expectVerifies(QStringLiteral("tuned"));
    // The manifest's metrics carry the same figures.
    QFile manifest(m_dir.filePath(QStringLiteral("tuned/manifest.json")));
    ASSERT_TRUE(manifest.open(QIODevice::ReadOnly));
    const QJsonObject stored = QJsonDocument::fromJson(manifest.readAll())
                                   .object()
                                   .value(QStringLiteral("metrics"))
                                   .toObject()
                                   .value(QStringLiteral("alignment_proxy"))
                                   .toObject();
    EXPECT_EQ(stored.value(QStringLiteral("before")), proxy.value(QStringLiteral("before")));
    EXPECT_EQ(stored.value(QStringLiteral("after")), proxy.value(QStringLiteral("after")));
}

TEST_F(TrainClipCli, ClipOptionsNeedTheOpenClipEncoderAndABadCheckpointIsAModelError)
{
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const CliRun stray = runCli({QStringLiteral("train"), QStringLiteral("face"), QStringLiteral("--data"), m_faces,
                                 QStringLiteral("--out"), out, QStringLiteral("--tune-last-mlp")});
    EXPECT_EQ(stray.exitCode, 1) << stray.err.toStdString();
    EXPECT_TRUE(stray.err.contains("--tune-last-mlp needs --encoder openclip")) << stray.err.toStdString();
    EXPECT_EQ(stray.err.count('\n'), 1);

    const CliRun noClip =
        runCli({QStringLiteral("train"), QStringLiteral("face"), QStringLiteral("--encoder"),
                QStringLiteral("openclip"), QStringLiteral("--data"), m_faces, QStringLiteral("--out"), out});
    EXPECT_EQ(noClip.exitCode, 1) << noClip.err.toStdString();
    EXPECT_TRUE(noClip.err.contains("--encoder openclip needs --clip CHECKPOINT")) << noClip.err.toStdString();

    const QString junk = m_dir.filePath(QStringLiteral("junk.safetensors"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("definitely not a checkpoint");
    f.close();
    const CliRun bad = runCli({QStringLiteral("train"), QStringLiteral("face"), QStringLiteral("--encoder"),
                               QStringLiteral("openclip"), QStringLiteral("--clip"), junk, QStringLiteral("--data"),
                               m_faces, QStringLiteral("--out"), out});
    EXPECT_EQ(bad.exitCode, 3) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(junk.toUtf8())) << bad.err.toStdString();
    EXPECT_EQ(bad.err.count('\n'), 1) << bad.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(TrainClipShared, TheTinyGoldenCheckpointTrainsOnTheSharedFacesAndThePackVerifies)
{
    const QString checkpoint = kShared + QStringLiteral("/golden/clip/tiny-vit32-quickgelu/model.safetensors");
    const QString faces = kShared + QStringLiteral("/data/faces");
    if (!QFileInfo::exists(checkpoint) || !QFileInfo::exists(faces + QStringLiteral("/dlib-johns")))
        GTEST_SKIP() << "../shared/golden/clip or ../shared/data/faces is absent";
    // A subset for time: the five dlib-johns identities (4 photos each) and six ORL subjects (3 each), as symlinks.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString subset = dir.filePath(QStringLiteral("faces"));
    const auto link = [&](const QString& dataset, const QString& person, int count) {
        const QDir src(faces + QLatin1Char('/') + dataset + QLatin1Char('/') + person);
        const QString dst = subset + QLatin1Char('/') + dataset + QLatin1Char('/') + person;
        ASSERT_TRUE(QDir().mkpath(dst));
        const QStringList files = src.entryList(QDir::Files, QDir::Name).mid(0, count);
        ASSERT_EQ(files.size(), count) << src.path().toStdString();
        for (const QString& file : files)
            ASSERT_TRUE(QFile::link(src.filePath(file), dst + QLatin1Char('/') + file));
    };
    for (const QString& person :
         QDir(faces + QStringLiteral("/dlib-johns")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        link(QStringLiteral("dlib-johns"), person, 4);
    for (int s = 1; s <= 6; ++s)
        link(QStringLiteral("orl"), QStringLiteral("s%1").arg(s), 3);
    const QString out = dir.filePath(QStringLiteral("pack"));
    QElapsedTimer timer;
    timer.start();
    const CliRun r = runCli(
        {QStringLiteral("train"), QStringLiteral("face"), QStringLiteral("--encoder"), QStringLiteral("openclip"),
         QStringLiteral("--clip"), checkpoint, QStringLiteral("--tune-last-mlp"), QStringLiteral("--data"), subset,
         QStringLiteral("--out"), out, QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject metrics = jsonOf(r);
    EXPECT_EQ(metrics.value(QStringLiteral("feature_cache")).toObject().value(QStringLiteral("faces")).toInt(), 38);
    const QJsonObject held = metrics.value(QStringLiteral("held_out")).toObject();
    EXPECT_TRUE(held.contains(QStringLiteral("dlib-johns")) && held.contains(QStringLiteral("orl")))
        << r.out.toStdString();
    EXPECT_TRUE(r.err.contains("quickgelu")) << r.err.toStdString(); // the activation of the checkpoint's config
    const CliRun v = runCli({QStringLiteral("pack"), QStringLiteral("verify"), out});
    EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();
    std::printf("[ timing ] train face --encoder openclip on 38 shared faces: %.1f s\n", timer.elapsed() / 1000.0);
}
