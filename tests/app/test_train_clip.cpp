// `descry-cli train face --encoder openclip` end to end (issue 10, point 6): a tiny random checkpoint on generated
// faces (no ../shared needed), and the tiny golden checkpoint on a subset of the shared face photos when present.
#include "FakeEncoders.h"
#include "app/CliRunner.h"
#include "app/ClipFixtures.h"
#include "core/common/Hash.h"
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

namespace {

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

// A --cache that is not a feature cache is refused before any work: one line naming it, the file unchanged, no pack.
void expectCacheRefused(const CliRun& r, int exitCode, const QString& cache, const QByteArray& reason,
                        const QString& sha, const QString& out)
{
    EXPECT_EQ(r.exitCode, exitCode) << cache.toStdString() << ": " << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(cache.toUtf8()) && r.err.contains(reason)) << r.err.toStdString();
    EXPECT_EQ(*sha256File(cache), sha) << cache.toStdString() << " was replaced";
    EXPECT_FALSE(QFileInfo::exists(out)) << out.toStdString();
}

const QByteArray kNotACache = "exists and is not a Descry feature cache; it is not replaced";

} // namespace

TEST_F(TrainClipCli, ACacheThatIsTheCheckpointItsConfigAPhotoOrAnotherFileIsRefusedAndNotReplaced)
{
    // A checkpoint with the configuration files read beside it.
    const QString re = m_dir.filePath(QStringLiteral("re"));
    ASSERT_TRUE(QDir().mkpath(re));
    const QString model = re + QStringLiteral("/model.safetensors");
    ASSERT_TRUE(QFile::copy(m_checkpoint, model));
    QStringList args = trainArgs(QStringLiteral("out"));
    args[args.indexOf(m_checkpoint)] = model;
    const QString out = m_dir.filePath(QStringLiteral("out"));
    for (const char* name : {"config.json", "open_clip_config.json", "preprocessor_config.json"}) {
        const QString config = writeFile(re + QLatin1Char('/') + QLatin1String(name), "{\"note\": \"beside\"}");
        const QString sha = *sha256File(config);
        expectCacheRefused(runCli(args + QStringList{QStringLiteral("--cache"), config}), 1, config,
                           "is an input of this run", sha, out);
        QFile::remove(config); // one at a time: the checkpoint's config would otherwise be read
    }
    expectCacheRefused(runCli(args + QStringList{QStringLiteral("--cache"), model}), 1, model,
                       "is an input of this run", *sha256File(model), out);

    const QString photo = m_dir.filePath(QStringLiteral("photo.pgm"));
    ASSERT_TRUE(fakes::writeFakeFacePhoto(photo, 3, 0, 64, 64));
    const QString other = m_dir.filePath(QStringLiteral("other.safetensors"));
    ASSERT_EQ(clip_fixtures::writeTinyCheckpoint(other, 9, false) > 0, true);
    const QString manifest = writeFile(m_dir.filePath(QStringLiteral("manifest.json")),
                                       "{\"name\": \"another-pack\", \"format\": \"descry-pack/1\"}");
    const QString text = writeFile(m_dir.filePath(QStringLiteral("notes.txt")), "case notes");
    for (const QString& cache : {photo, other, manifest, text})
        expectCacheRefused(runCli(args + QStringList{QStringLiteral("--cache"), cache}), 2, cache, kNotACache,
                           *sha256File(cache), out);
}

TEST_F(TrainClipCli, TheDlibTrainerRefusesACacheThatIsNotAFeatureCacheAndReusesItsOwn)
{
    const QString out = m_dir.filePath(QStringLiteral("dlib"));
    const auto train = [&](const QString& cache) {
        return runFakeCli({QStringLiteral("train"), QStringLiteral("face"), QStringLiteral("--data"), m_faces,
                           QStringLiteral("--out"), out, QStringLiteral("--epochs"), QStringLiteral("2"),
                           QStringLiteral("--cache"), cache});
    };
    const QString photo = m_dir.filePath(QStringLiteral("photo.pgm"));
    ASSERT_TRUE(fakes::writeFakeFacePhoto(photo, 3, 0, 64, 64));
    const QString manifest =
        writeFile(m_dir.filePath(QStringLiteral("manifest.json")), "{\"name\": \"another-pack\", \"files\": {}}");
    const QString config = writeFile(m_dir.filePath(QStringLiteral("config.json")), "{\"model_cfg\": {}}");
    for (const QString& cache : {photo, m_checkpoint, manifest, config})
        expectCacheRefused(train(cache), 2, cache, kNotACache, *sha256File(cache), out);

    // Its own cache, and an unmarked one of an earlier version, are used and replaced.
    const QString cache = m_dir.filePath(QStringLiteral("features.json"));
    const CliRun first = train(cache);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const CliRun again = train(cache);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    const QString legacy = writeFile(m_dir.filePath(QStringLiteral("legacy.json")), "{\"version\": 1, \"faces\": {}}");
    const CliRun old = train(legacy);
    EXPECT_EQ(old.exitCode, 0) << old.err.toStdString();
}

TEST_F(TrainClipCli, TheHeadOfATrainedPackBuildsAPackThatVerifiesAndScoresAsTheTrainedOne)
{
    const CliRun trained = runCli(trainArgs(QStringLiteral("trained")));
    ASSERT_EQ(trained.exitCode, 0) << trained.err.toStdString();
    const QString built = m_dir.filePath(QStringLiteral("built"));
    const CliRun b =
        runCli({QStringLiteral("pack"), QStringLiteral("build"), QStringLiteral("--task"), QStringLiteral("face"),
                QStringLiteral("--clip"), m_checkpoint, QStringLiteral("--activation"), QStringLiteral("quickgelu"),
                QStringLiteral("--head"), m_dir.filePath(QStringLiteral("trained/head.safetensors")),
                QStringLiteral("--out"), built});
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    expectVerifies(QStringLiteral("built"));
    const auto compare = [&](const QString& pack) {
        const CliRun r = runCli({QStringLiteral("compare"), m_faces + QStringLiteral("/dlib-johns/p0/0.png"),
                                 m_faces + QStringLiteral("/dlib-johns/p1/1.png"), QStringLiteral("--pack"), pack,
                                 QStringLiteral("--cropped"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return jsonOf(r);
    };
    const QJsonObject a = compare(m_dir.filePath(QStringLiteral("trained")));
    const QJsonObject c = compare(built);
    ASSERT_TRUE(a.value(QStringLiteral("score")).isDouble());
    // The prompts are encoded again by pack build (another process, other batches): float rounding only.
    EXPECT_NEAR(a.value(QStringLiteral("score")).toDouble(), c.value(QStringLiteral("score")).toDouble(), 1e-6);
    EXPECT_EQ(a.value(QStringLiteral("decision")), c.value(QStringLiteral("decision")));
    EXPECT_EQ(a.value(QStringLiteral("baseline")), c.value(QStringLiteral("baseline")));
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
