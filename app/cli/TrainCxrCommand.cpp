// `descry-cli train cxr --images DIR|CSV --reports DIR|CSV --encoder torchscript|openclip ... --out PACK`: trains,
// calibrates and evaluates an explainable chest X-ray pack on radiographs with their reports (DESIGN.md §1).
#include "app/cli/ClipCheckpointArg.h"
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/OutputGuard.h"
#include "app/cli/ProgressLine.h"

#include "core/clip/ClipConfig.h"
#include "core/common/Tr.h"
#include "core/cxr/train/CxrTrainer.h"
#include "core/torchscript/TorchScriptEncoder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <limits>

namespace descry::cli {

namespace {

const QString kTorchScript = QStringLiteral("torchscript");
const QString kOpenClip = QStringLiteral("openclip");

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

// Ctrl-C while training stops at the next image or mini-batch; nothing half-written is left (the pack is written
// atomically at the end) and the features encoded so far stay cached.
class InterruptGuard
{
public:
    InterruptGuard() { m_previous = std::signal(SIGINT, onInterrupt); }
    ~InterruptGuard() { std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

// "r,g,b": three numbers.
Result<std::array<float, 3>> triple(const ParsedArgs& args, const QString& option)
{
    const QStringList parts = args.value(option).split(QLatin1Char(','));
    std::array<float, 3> out{};
    bool ok = parts.size() == 3;
    for (int i = 0; ok && i < 3; ++i)
        out[size_t(i)] = parts[i].trimmed().toFloat(&ok);
    if (!ok)
        return args.usageError(Tr::tr("--%1 needs three numbers r,g,b (e.g. 0.5,0.5,0.5)").arg(option));
    return out;
}

Status torchScriptEncoder(const ParsedArgs& args, CxrTrainOptions& o, QStringList& inputs)
{
    for (const char* name : {"model", "input-size", "mean", "std", "descriptor-embeddings"})
        if (!args.isSet(QLatin1String(name)))
            return args.usageError(Tr::tr("--encoder torchscript needs --%1").arg(QLatin1String(name)));
    if (args.isSet(QStringLiteral("clip")) || args.isSet(QStringLiteral("activation")))
        return args.usageError(Tr::tr("--clip and --activation need --encoder openclip"));
    TorchScriptConfig config;
    args.read(QStringLiteral("input-size"), &config.inputSize);
    auto mean = triple(args, QStringLiteral("mean"));
    auto std = triple(args, QStringLiteral("std"));
    if (!mean)
        return mean.error();
    if (!std)
        return std.error();
    for (float s : *std)
        if (!(s > 0.f))
            return args.usageError(Tr::tr("--std values must be positive"));
    config.mean = *mean;
    config.std = *std;
    const QFileInfo model(args.value(QStringLiteral("model")));
    if (!model.isFile())
        return Error(ErrorCode::Model, Tr::tr("TorchScript module not found"), model.filePath());
    o.encoder.type = QStringLiteral("torchscript");
    o.encoder.files = {model.fileName()};
    o.encoder.config = config.toJson();
    o.encoderDirectory = model.absolutePath();
    o.descriptorEmbeddings = QFileInfo(args.value(QStringLiteral("descriptor-embeddings"))).absoluteFilePath();
    inputs << model.absoluteFilePath() << o.descriptorEmbeddings;
    return {};
}

Status openClipEncoder(const ParsedArgs& args, CxrTrainOptions& o, QStringList& inputs)
{
    if (!args.isSet(QStringLiteral("clip")))
        return args.usageError(Tr::tr("--encoder openclip needs --clip CHECKPOINT"));
    for (const char* name : {"model", "input-size", "mean", "std", "descriptor-embeddings"})
        if (args.isSet(QLatin1String(name)))
            return args.usageError(Tr::tr("--%1 needs --encoder torchscript").arg(QLatin1String(name)));
    auto clip = loadClipCheckpoint(args.value(QStringLiteral("clip")), args.value(QStringLiteral("activation")),
                                   /*withText=*/false);
    if (!clip)
        return clip.error();
    o.encoder.type = QStringLiteral("openclip-vit");
    o.encoder.files = {};
    o.encoder.config = {{QStringLiteral("activation"), clipActivationId(clip->model.config().activation)},
                        {QStringLiteral("checkpoint"),
                         QJsonObject{{QStringLiteral("path"), clip->path}, {QStringLiteral("sha256"), clip->sha256}}}};
    o.encoderDirectory = QFileInfo(clip->path).absolutePath();
    inputs << clip->path;
    return {};
}

Result<CxrTrainOptions> trainOptions(const ParsedArgs& args, RunFiles& files)
{
    CxrTrainOptions o;
    args.read(QStringLiteral("test-fraction"), &o.testFraction);
    args.read(QStringLiteral("validation-fraction"), &o.validationFraction);
    if (o.testFraction + o.validationFraction >= 1.0)
        return args.usageError(Tr::tr("--test-fraction and --validation-fraction must leave patients to train on"));
    QStringList inputs{args.value(QStringLiteral("images")), args.value(QStringLiteral("reports"))};
    const Status st = args.value(QStringLiteral("encoder")) == kOpenClip ? openClipEncoder(args, o, inputs)
                                                                         : torchScriptEncoder(args, o, inputs);
    if (!st)
        return st.error();
    args.read(QStringLiteral("catalog"), &o.catalogPath);
    args.read(QStringLiteral("cache"), &o.cacheDir);
    args.read(QStringLiteral("epochs"), &o.epochs);
    args.read(QStringLiteral("seed"), &o.seed);
    args.read(QStringLiteral("name"), &o.name);
    args.read(QStringLiteral("version"), &o.version);
    args.read(QStringLiteral("dataset"), &o.datasetName);
    if (o.datasetName.isEmpty())
        o.datasetName = QFileInfo(args.value(QStringLiteral("images"))).fileName();
    if (!o.catalogPath.isEmpty())
        inputs << o.catalogPath;
    o.command = QStringLiteral("descry-cli train cxr ") + args.arguments().join(QLatin1Char(' '));
    files.inputs << inputs;
    files.outputFolders << args.value(QStringLiteral("out"));
    return o;
}

QJsonObject resultJson(const CxrTrainingReport& r, const QString& out)
{
    QJsonArray loss;
    for (double v : r.epochLoss)
        loss.append(v);
    return {{QStringLiteral("pack"), QFileInfo(out).absoluteFilePath()},
            {QStringLiteral("metrics"), r.metrics},
            {QStringLiteral("threshold"), r.threshold},
            {QStringLiteral("indeterminate"),
             r.bandHigh > r.bandLow ? QJsonValue(QJsonArray{r.bandLow, r.bandHigh}) : QJsonValue()},
            {QStringLiteral("split"),
             QJsonObject{{QStringLiteral("train"), QJsonArray{r.trainImages, r.trainPatients}},
                         {QStringLiteral("validation"), QJsonArray{r.validationImages, r.validationPatients}},
                         {QStringLiteral("test"), QJsonArray{r.testImages, r.testPatients}}}},
            {QStringLiteral("positives"), r.positives},
            {QStringLiteral("uncertain_or_unmentioned"), r.uncertainLabels},
            {QStringLiteral("features"), QJsonObject{{QStringLiteral("cached"), r.cachedFeatures},
                                                     {QStringLiteral("computed"), r.computedFeatures}}},
            {QStringLiteral("epoch_loss"), loss},
            {QStringLiteral("seconds"), r.seconds}};
}

QString resultText(const CxrTrainingReport& r, const QString& out)
{
    const QJsonObject test = r.metrics.value(QStringLiteral("test")).toObject();
    const QJsonObject text = r.metrics.value(QStringLiteral("explanations")).toObject();
    const auto f = [](const QJsonObject& o, const char* key) {
        return o.value(QLatin1String(key)).isDouble() ? QString::number(o.value(QLatin1String(key)).toDouble(), 'f', 3)
                                                      : QStringLiteral("n/a");
    };
    QString band = r.bandHigh > r.bandLow
                       ? Tr::tr("indeterminate %1–%2").arg(r.bandLow, 0, 'f', 3).arg(r.bandHigh, 0, 'f', 3)
                       : Tr::tr("no indeterminate band");
    return Tr::tr("images: %1 train (%2 patients), %3 validation (%4), %5 test (%6); features %7 cached, %8 computed\n"
                  "threshold %9, %10\n")
               .arg(r.trainImages)
               .arg(r.trainPatients)
               .arg(r.validationImages)
               .arg(r.validationPatients)
               .arg(r.testImages)
               .arg(r.testPatients)
               .arg(r.cachedFeatures)
               .arg(r.computedFeatures)
               .arg(r.threshold, 0, 'f', 3)
               .arg(band) +
           Tr::tr("test: accuracy %1, precision %2, recall %3, F1 %4, ROC AUC %5; explanations ROUGE-L %6, METEOR "
                  "%7\npack written to %8\n")
               .arg(f(test, "accuracy"), f(test, "precision"), f(test, "recall"), f(test, "f1"), f(test, "auc"),
                    f(text, "rouge_l"), f(text, "meteor"), QDir::toNativeSeparators(out));
}

ExitCode runTrainCxr(const ParsedArgs& args)
{
    RunFiles files;
    auto options = trainOptions(args, files);
    if (!options)
        return fail(options.error());
    if (auto st = checkRunFiles(files); !st)
        return fail(st.error());
    auto samples = readCxrTrainingSet(args.value(QStringLiteral("images")), args.value(QStringLiteral("reports")));
    if (!samples)
        return fail(samples.error());
    const QString out = args.value(QStringLiteral("out"));
    g_interrupted.store(false);
    InterruptGuard guard;
    ProgressLine bar(Tr::tr("training"), QStringLiteral("%"));
    Progress progress;
    progress.cancel = &g_interrupted;
    progress.report = [&bar](double fraction, const QString&) {
        bar.update(std::clamp<qint64>(qRound64(fraction * 100.0), 0, 100), 100);
        return true;
    };
    auto report = trainCxrPack(*samples, *options, out, progress);
    if (!report)
        return fail(report.error());
    if (args.isSet(QStringLiteral("json")))
        printJson(resultJson(*report, out));
    else
        printText(resultText(*report, out));
    return ExitCode::Success;
}

} // namespace

Command trainCxrCommand()
{
    const CxrTrainOptions d;
    const auto number = [](double v) { return QString::number(v); };
    return Command{
        .words = {QStringLiteral("train"), QStringLiteral("cxr")},
        .summary =
            Tr::tr("train, calibrate and evaluate an explainable chest X-ray pack on radiographs with their reports"),
        .positionals = {},
        .options =
            {Option::text(QStringLiteral("images"), QStringLiteral("DIR|CSV"),
                          Tr::tr("radiographs: a folder (patient = file name up to the first '_') or a CSV with "
                                 "columns image[,patient]"))
                 .mandatory(),
             Option::text(QStringLiteral("reports"), QStringLiteral("DIR|CSV"),
                          Tr::tr("reports: a folder of <image stem>.txt, or a CSV with columns image and report "
                                 "(or report_path)"))
                 .mandatory(),
             Option::text(QStringLiteral("out"), QStringLiteral("PACK"), Tr::tr("pack folder to write")).mandatory(),
             Option::choice(QStringLiteral("encoder"), {kTorchScript, kOpenClip},
                            Tr::tr("frozen image encoder: a TorchScript module, or the image tower of a CLIP "
                                   "checkpoint (descriptor embeddings from its text tower)"))
                 .mandatory(),
             Option::text(QStringLiteral("model"), QStringLiteral("ENC.pt"),
                          Tr::tr("TorchScript image encoder (with --encoder torchscript)")),
             Option::integer(QStringLiteral("input-size"), QStringLiteral("S"),
                             Tr::tr("the module's square input size in pixels"), 1, 4096),
             Option::text(QStringLiteral("mean"), QStringLiteral("R,G,B"),
                          Tr::tr("input normalisation mean, on pixel values scaled to 0..1")),
             Option::text(QStringLiteral("std"), QStringLiteral("R,G,B"), Tr::tr("input normalisation std")),
             Option::text(QStringLiteral("descriptor-embeddings"), QStringLiteral("T.safetensors"),
                          Tr::tr("descriptor embeddings: tensor \"T\", one row per catalog descriptor in catalog "
                                 "order, as wide as the module's output")),
             Option::text(QStringLiteral("clip"), QStringLiteral("CHECKPOINT"),
                          Tr::tr("CLIP checkpoint (with --encoder openclip)")),
             Option::choice(QStringLiteral("activation"),
                            {clipActivationId(ClipActivation::Gelu), clipActivationId(ClipActivation::QuickGelu)},
                            Tr::tr("the checkpoint's MLP activation (default: its config's, else gelu)")),
             Option::text(QStringLiteral("catalog"), QStringLiteral("FILE"),
                          Tr::tr("descriptor catalog (default: the built-in pleural-effusion catalog)")),
             Option::text(QStringLiteral("cache"), QStringLiteral("DIR"),
                          Tr::tr("feature-cache folder (default: the user's cache folder)")),
             Option::integer(QStringLiteral("epochs"), QStringLiteral("N"), Tr::tr("training epochs"), 1)
                 .withDefault(number(d.epochs)),
             Option::integer(QStringLiteral("seed"), QStringLiteral("S"), Tr::tr("random seed (split, training)"), 0,
                             std::numeric_limits<qint64>::max())
                 .withDefault(QString::number(d.seed)),
             Option::number(QStringLiteral("test-fraction"), QStringLiteral("F"),
                            Tr::tr("share of the patients held out for testing"), 0, 1, true)
                 .withDefault(number(d.testFraction)),
             Option::number(QStringLiteral("validation-fraction"), QStringLiteral("F"),
                            Tr::tr("share of the patients used to calibrate the threshold"), 0, 1, true)
                 .withDefault(number(d.validationFraction)),
             Option::text(QStringLiteral("dataset"), QStringLiteral("NAME"),
                          Tr::tr("dataset name recorded in the calibration (default: the images' folder name)")),
             Option::text(QStringLiteral("name"), QStringLiteral("NAME"), Tr::tr("pack name")).withDefault(d.name),
             Option::text(QStringLiteral("version"), QStringLiteral("VERSION"), Tr::tr("pack version"))
                 .withDefault(d.version),
             jsonOption()},
        .run = runTrainCxr,
    };
}

} // namespace descry::cli
