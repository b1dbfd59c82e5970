#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

#include "app/CliRunner.h"

TEST(Cli, UnknownCommandIsUsageError)
{
    const CliRun r = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("unknown command 'frobnicate'"));
}

TEST(Cli, HelpListsDoctor)
{
    const CliRun r = runCli({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("doctor"));
}

TEST(Cli, DoctorJsonReportsOpenBlasThreadsAndAssets)
{
    const CliRun r = runCli({QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--strict")});
    QJsonParseError pe;
    const QJsonObject j = QJsonDocument::fromJson(r.out, &pe).object();
    ASSERT_EQ(pe.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(j[QStringLiteral("blas")][QStringLiteral("kind")].toString(), QStringLiteral("OpenBLAS"));
    const QJsonObject threads = j[QStringLiteral("threads")].toObject();
    EXPECT_EQ(threads[QStringLiteral("intra_op")].toInt(), threads[QStringLiteral("cores")].toInt());
    EXPECT_GT(threads[QStringLiteral("cores")].toInt(), 0);
    EXPECT_GT(j[QStringLiteral("gemm_gflops")][QStringLiteral("2048")].toDouble(), 10.0);
    EXPECT_GE(j[QStringLiteral("assets")].toArray().size(), 4);
    for (const auto& a : j[QStringLiteral("assets")].toArray())
        EXPECT_EQ(a[QStringLiteral("status")].toString(), QStringLiteral("ok"))
            << a[QStringLiteral("path")].toString().toStdString();
}

TEST(Cli, DoctorStrictFailsWhenAnAssetIsMissing)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESCRY_ASSETS_DIR"), QStringLiteral("/nonexistent-assets"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DESCRY_CLI_PATH), {QStringLiteral("doctor"), QStringLiteral("--strict")});
    ASSERT_TRUE(p.waitForFinished(300000));
    EXPECT_NE(p.exitCode(), 0);
    EXPECT_TRUE(
        p.readAllStandardOutput().contains("/nonexistent-assets/face-api/model/face_recognition_model.bin: missing"));
}

TEST(Cli, DoctorRejectsUnknownOption)
{
    const CliRun r = runCli({QStringLiteral("doctor"), QStringLiteral("--bogus")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("--bogus"));
}

// OpenBLAS 0.3.21 does not know this machine's processor model and fell back to SSE3 kernels (GEMM ~25 instead of
// ~100 GFLOP/s on 2 cores): the programs now choose the kernels from the CPU's instruction set at start-up.
TEST(CliDoctor, OpenBlasRunsTheKernelsOfThisProcessor)
{
    const CliRun r = runCli({QStringLiteral("doctor"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject blas = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("blas")).toObject();
    if (blas.value(QStringLiteral("kind")).toString() != QLatin1String("OpenBLAS"))
        GTEST_SKIP() << "not OpenBLAS: " << blas.value(QStringLiteral("kind")).toString().toStdString();
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("avx2"))
        GTEST_SKIP() << "processor without AVX2";
    const QString core = blas.value(QStringLiteral("core")).toString();
    EXPECT_FALSE(core.isEmpty());
    EXPECT_NE(core.toLower(), QStringLiteral("prescott"));
    EXPECT_NE(core.toLower(), QStringLiteral("core2"));
}
