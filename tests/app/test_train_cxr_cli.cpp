// `descry-cli train cxr` end to end as a user runs it: generated radiographs with planted effusion signal and their
// reports, a generated TorchScript encoder and random descriptor embeddings; then `cxr --json` on the pack it wrote.
// Usage errors (a missing encoder option, fractions that leave nobody to train on) exit 1 before any work.
#include "FakeCxrPack.h"
#include "TorchScriptFixtures.h"
#include "app/CliRunner.h"
#include "core/descriptors/Catalog.h"
#include "core/tensor/Safetensors.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <csignal>
#include <random>

#include <signal.h>

using namespace descry;

namespace {

QString sideOf(int patient)
{
    return patient % 3 == 0 ? QStringLiteral("left") : patient % 3 == 1 ? QStringLiteral("right") : QString();
}

// root/images/P<nn>_<v>.png and a reports CSV with one row per image (quoted text with commas).
void writeSet(const QString& root, int patients, int perPatient)
{
    ASSERT_TRUE(QDir(root).mkpath(QStringLiteral("images")));
    QFile csv(root + QStringLiteral("/reports.csv"));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("image,report\n");
    for (int p = 0; p < patients; ++p)
        for (int v = 0; v < perPatient; ++v) {
            const QString name = QStringLiteral("P%1_%2.png").arg(p, 2, 10, QLatin1Char('0')).arg(v);
            ASSERT_TRUE(fakes::fakeChestRadiograph(sideOf(p), p * 10 + v, 128, 128)
                            .save(root + QStringLiteral("/images/") + name));
            const QString side = sideOf(p);
            const QString report = side.isEmpty()
                                       ? QStringLiteral("No pleural effusion. Costophrenic angles are sharp.")
                                       : QStringLiteral("Small %1 pleural effusion, with blunting of the %1 "
                                                        "costophrenic angle.")
                                             .arg(side);
            csv.write((name + QStringLiteral(",\"") + report + QStringLiteral("\"\n")).toUtf8());
        }
}

void writeT(const QString& path, int n, int d)
{
    std::mt19937_64 rng(11);
    std::normal_distribution<float> normal;
    std::vector<float> t(size_t(n) * size_t(d));
    for (float& v : t)
        v = normal(rng);
    ASSERT_TRUE(writeSafetensors(path, {{QStringLiteral("T"), TensorData::fromFloat(QStringLiteral("T"), {n, d}, t)}}));
}

QStringList trainArgs(const QString& root)
{
    return {QStringLiteral("train"),
            QStringLiteral("cxr"),
            QStringLiteral("--images"),
            root + QStringLiteral("/images"),
            QStringLiteral("--reports"),
            root + QStringLiteral("/reports.csv"),
            QStringLiteral("--encoder"),
            QStringLiteral("torchscript"),
            QStringLiteral("--model"),
            root + QStringLiteral("/enc.pt"),
            QStringLiteral("--input-size"),
            QStringLiteral("64"),
            QStringLiteral("--mean"),
            QStringLiteral("0.5,0.5,0.5"),
            QStringLiteral("--std"),
            QStringLiteral("0.25,0.25,0.25"),
            QStringLiteral("--descriptor-embeddings"),
            root + QStringLiteral("/T.safetensors"),
            QStringLiteral("--cache"),
            root + QStringLiteral("/cache"),
            QStringLiteral("--out"),
            root + QStringLiteral("/pack"),
            QStringLiteral("--seed"),
            QStringLiteral("2"),
            QStringLiteral("--epochs"),
            QStringLiteral("300")};
}

} // namespace

TEST(CliTrainCxr, TrainsAPackThatCxrRuns)
{
    QTemporaryDir tmp;
    const QString root = tmp.path();
    writeSet(root, 45, 2);
    ASSERT_TRUE(fixtures::writeGridTorchScriptEncoder(root + QStringLiteral("/enc.pt"), 64, 4, 128, 1).ok());
    auto catalog = Catalog::load(defaultCxrCatalogPath());
    ASSERT_TRUE(catalog.ok());
    writeT(root + QStringLiteral("/T.safetensors"), int(catalog->descriptors().size()), 128);

    CliRun r = runCli(trainArgs(root) << QStringLiteral("--json"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    const QJsonObject test = out.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test")).toObject();
    const QJsonObject text =
        out.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("explanations")).toObject();
    std::printf("[ figures  ] CLI: test n %d accuracy %.3f F1 %.3f AUC %.3f ROUGE-L %.3f METEOR %.3f threshold %.3f "
                "%.1f s\n",
                test.value(QStringLiteral("n")).toInt(), test.value(QStringLiteral("accuracy")).toDouble(),
                test.value(QStringLiteral("f1")).toDouble(), test.value(QStringLiteral("auc")).toDouble(),
                text.value(QStringLiteral("rouge_l")).toDouble(), text.value(QStringLiteral("meteor")).toDouble(),
                out.value(QStringLiteral("threshold")).toDouble(), out.value(QStringLiteral("seconds")).toDouble());
    EXPECT_GE(test.value(QStringLiteral("accuracy")).toDouble(), 0.8) << r.out.toStdString();
    EXPECT_EQ(out.value(QStringLiteral("features")).toObject().value(QStringLiteral("computed")).toInt(), 90);
    EXPECT_TRUE(QFileInfo::exists(root + QStringLiteral("/pack/manifest.json")));
    EXPECT_TRUE(QFileInfo::exists(root + QStringLiteral("/pack/encoder/enc.pt")));

    const QString fresh = root + QStringLiteral("/fresh.png");
    ASSERT_TRUE(fakes::fakeChestRadiograph(QStringLiteral("left"), 777, 128, 128).save(fresh));
    r = runCli({QStringLiteral("cxr"), fresh, QStringLiteral("--pack"), root + QStringLiteral("/pack"),
                QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject review = QJsonDocument::fromJson(r.out).object();
    ASSERT_FALSE(review.isEmpty()) << r.out.toStdString();
    EXPECT_GT(review.value(QStringLiteral("probability")).toDouble(), 0.5) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("laterality.left")) << r.out.toStdString();

    // A second run (into a new folder) takes every feature from the cache.
    QStringList again = trainArgs(root);
    again[again.indexOf(root + QStringLiteral("/pack"))] = root + QStringLiteral("/pack2");
    r = runCli(again << QStringLiteral("--json"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out)
                  .object()
                  .value(QStringLiteral("features"))
                  .toObject()
                  .value(QStringLiteral("cached"))
                  .toInt(),
              90);
}

TEST(CliTrainCxr, UsageErrorsBeforeAnyWork)
{
    QTemporaryDir tmp;
    const QString root = tmp.path();
    QStringList args = trainArgs(root);
    const int model = int(args.indexOf(QStringLiteral("--model")));
    args.remove(model, 2);
    CliRun r = runCli(args);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("--model")) << r.err.toStdString();

    r = runCli(trainArgs(root) << QStringLiteral("--test-fraction") << QStringLiteral("0.6")
                               << QStringLiteral("--validation-fraction") << QStringLiteral("0.5"));
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(root + QStringLiteral("/pack")));
}

TEST(CliTrainCxr, CtrlCStopsPolitelyAndWritesNoPack)
{
    QTemporaryDir tmp;
    const QString root = tmp.path();
    writeSet(root, 6, 1);
    ASSERT_TRUE(fixtures::writeGridTorchScriptEncoder(root + QStringLiteral("/enc.pt"), 64, 4, 128, 1).ok());
    auto catalog = Catalog::load(defaultCxrCatalogPath());
    ASSERT_TRUE(catalog.ok());
    writeT(root + QStringLiteral("/T.safetensors"), int(catalog->descriptors().size()), 128);
    QStringList args = trainArgs(root);
    args[args.indexOf(QStringLiteral("300"))] = QStringLiteral("100000000"); // epochs: runs until stopped

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESCRY_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DESCRY_CLI_PATH), args);
    ASSERT_TRUE(p.waitForStarted());
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    // The progress line reaches 60 % once every radiograph is encoded: training has begun.
    while (!err.contains("60") && clock.elapsed() < 60000 && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
    }
    ASSERT_EQ(p.state(), QProcess::Running) << err.toStdString();
    ::kill(pid_t(p.processId()), SIGINT);
    ASSERT_TRUE(p.waitForFinished(60000));
    err += p.readAllStandardError();
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 4) << err.toStdString();
    EXPECT_TRUE(err.contains("cancelled")) << err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(root + QStringLiteral("/pack")));
}
