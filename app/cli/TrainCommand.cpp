// `descry-cli train face --data DIR --out PACK [--encoder openclip --clip CHECKPOINT ...]`: trains, calibrates and
// writes an explainable face pack, on dlib ResNet features (default) or on a CLIP checkpoint's image tower.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/OutputGuard.h"
#include "app/cli/ProgressLine.h"

#include "core/clip/ClipConfig.h"
#include "core/common/Tr.h"
#include "core/face/train/ClipFaceTrainer.h"
#include "core/face/train/FaceTrainer.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <limits>

namespace descry::cli {

namespace {

const QString kDlib = QStringLiteral("dlib");
const QString kOpenClip = QStringLiteral("openclip");

// The options only the CLIP path takes.
const QStringList& clipOnlyOptions()
{
    static const QStringList names{QStringLiteral("clip"), QStringLiteral("activation"),
                                   QStringLiteral("tune-last-mlp"), QStringLiteral("zero-shot"),
                                   QStringLiteral("copy-encoder")};
    return names;
}

// The options' values; everything not given keeps `o`'s default (which the help shows).
FaceTrainingOptions trainingOptions(const ParsedArgs& args, FaceTrainingOptions o = {})
{
    args.read(QStringLiteral("data"), &o.facesRoot);
    args.read(QStringLiteral("out"), &o.outDir);
    args.read(QStringLiteral("cache"), &o.cacheFile);
    if (args.isSet(QStringLiteral("loss")))
        o.loss = faceLossFromId(args.value(QStringLiteral("loss"))).value_or(o.loss); // validated: one of the ids
    args.read(QStringLiteral("epochs"), &o.epochs);
    args.read(QStringLiteral("seed"), &o.seed);
    args.read(QStringLiteral("m"), &o.m);
    if (args.isSet(QStringLiteral("aggregation"))) // validated: one of the ids
        o.aggregation = headAggregationFromId(args.value(QStringLiteral("aggregation"))).value_or(o.aggregation);
    args.read(QStringLiteral("block-width"), &o.blockWidth);
    args.read(QStringLiteral("tau"), &o.tau);
    args.read(QStringLiteral("alpha"), &o.alpha);
    args.read(QStringLiteral("lr"), &o.lr);
    args.read(QStringLiteral("name"), &o.name);
    args.read(QStringLiteral("version"), &o.version);
    args.read(QStringLiteral("augment"), &o.augment);
    args.read(QStringLiteral("eval-augment"), &o.evalAugment);
    return o;
}

// The pack folder and the cache are checked against the training folder before any face is analysed.
Status checkFiles(const FaceTrainingOptions& o, const QStringList& otherInputs = {})
{
    RunFiles files;
    files.inputs << o.facesRoot << otherInputs;
    files.outputFolders << o.outDir;
    if (!o.cacheFile.isEmpty())
        files.outputFiles << o.cacheFile;
    return checkRunFiles(files);
}

// The checkpoint and the configuration files read beside it (ClipCheckpoint): inputs no output may replace.
QStringList checkpointInputs(const QString& checkpoint)
{
    QStringList inputs{checkpoint};
    const QDir dir = QFileInfo(checkpoint).absoluteDir();
    for (const char* name : {"config.json", "open_clip_config.json", "preprocessor_config.json"}) {
        const QString path = dir.filePath(QLatin1String(name));
        if (QFileInfo::exists(path))
            inputs << path;
    }
    return inputs;
}

void printLogLine(const QString& line)
{
    ProgressLine::breakLine();
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
}

ExitCode runTrainClip(const ParsedArgs& args)
{
    ClipFaceTrainingOptions co;
    co.base = trainingOptions(args, ClipFaceTrainingOptions::defaultBase());
    args.read(QStringLiteral("clip"), &co.checkpoint);
    args.read(QStringLiteral("zero-shot"), &co.zeroShotDir);
    if (args.isSet(QStringLiteral("activation")))
        co.activation = clipActivationFromId(args.value(QStringLiteral("activation"))); // validated choice
    co.tuneLastMlp = args.isSet(QStringLiteral("tune-last-mlp"));
    co.copyEncoder = args.isSet(QStringLiteral("copy-encoder"));
    QStringList inputs = checkpointInputs(co.checkpoint);
    if (!co.zeroShotDir.isEmpty())
        inputs << co.zeroShotDir;
    if (auto st = checkFiles(co.base, inputs); !st)
        return fail(st.error());
    co.base.command = QStringLiteral("descry-cli train face ") + args.arguments().join(QLatin1Char(' '));
    ProgressLine bar(Tr::tr("analysing faces"), Tr::tr("faces"));
    auto result = trainClipFacePack(co, printLogLine, bar.callback());
    if (!result)
        return fail(result.error());
    if (args.isSet(QStringLiteral("json")))
        printJson(result->metrics);
    else
        printText(Tr::tr("pack written to %1\n").arg(co.base.outDir));
    return ExitCode::Success;
}

ExitCode runTrainFace(const ParsedArgs& args)
{
    if (args.value(QStringLiteral("encoder")) == kOpenClip) {
        if (!args.isSet(QStringLiteral("clip")))
            return fail(args.usageError(Tr::tr("--encoder openclip needs --clip CHECKPOINT")));
        // The CLIP trainer's head is a full matrix so far: a block request is refused, not silently ignored.
        if (args.value(QStringLiteral("aggregation")) == headAggregationId(HeadAggregation::Block) &&
            args.isSet(QStringLiteral("aggregation")))
            return fail(args.usageError(Tr::tr("--aggregation block is not available with --encoder openclip yet")));
        return runTrainClip(args);
    }
    for (const QString& name : clipOnlyOptions())
        if (args.isSet(name))
            return fail(args.usageError(Tr::tr("--%1 needs --encoder openclip").arg(name)));
    FaceTrainingOptions o = trainingOptions(args);
    if (auto st = checkFiles(o); !st)
        return fail(st.error());
    o.command = QStringLiteral("descry-cli train face ") + args.arguments().join(QLatin1Char(' '));
    ProgressLine bar(Tr::tr("analysing faces"), Tr::tr("faces"));
    auto metrics = trainFacePack(o, printLogLine, bar.callback());
    if (!metrics)
        return fail(metrics.error());
    if (args.isSet(QStringLiteral("json")))
        printJson(*metrics);
    else
        printText(Tr::tr("pack written to %1\n").arg(o.outDir));
    return ExitCode::Success;
}

QString number(double v)
{
    return QString::number(v);
}

} // namespace

Command trainFaceCommand()
{
    const FaceTrainingOptions d;
    const FaceTrainingOptions dc = ClipFaceTrainingOptions::defaultBase();
    return Command{
        .words = {QStringLiteral("train"), QStringLiteral("face")},
        .summary = Tr::tr("train, calibrate and evaluate an explainable face pack on held-out identities"),
        .positionals = {},
        .options =
            {Option::text(QStringLiteral("data"), QStringLiteral("DIR"),
                          Tr::tr("faces folder laid out like ../shared/data/faces"))
                 .mandatory(),
             Option::text(QStringLiteral("out"), QStringLiteral("PACK"), Tr::tr("pack folder to write")).mandatory(),
             Option::choice(QStringLiteral("encoder"), {kDlib, kOpenClip},
                            Tr::tr("image features: dlib's face ResNet, or the image tower of a CLIP checkpoint"))
                 .withDefault(kDlib),
             Option::text(QStringLiteral("clip"), QStringLiteral("CHECKPOINT"),
                          Tr::tr("CLIP checkpoint (open_clip or transformers safetensors, torch.save zip); with "
                                 "--encoder openclip")),
             Option::choice(QStringLiteral("activation"),
                            {clipActivationId(ClipActivation::Gelu), clipActivationId(ClipActivation::QuickGelu)},
                            Tr::tr("the checkpoint's MLP activation (default: its config's, else gelu)")),
             Option::flag(QStringLiteral("tune-last-mlp"),
                          Tr::tr("tune the image tower's last MLP block too (stored in the pack)")),
             Option::text(QStringLiteral("zero-shot"), QStringLiteral("DIR"),
                          Tr::tr("labelled image folder (one subfolder per class) for the zero-shot "
                                 "alignment check before and after tuning")),
             Option::flag(QStringLiteral("copy-encoder"),
                          Tr::tr("copy the checkpoint into the pack instead of referencing it by path")),
             Option::text(QStringLiteral("cache"), QStringLiteral("FILE"),
                          Tr::tr("feature cache, so retraining skips face analysis (and the frozen CLIP tower)")),
             Option::choice(QStringLiteral("loss"), faceLossIds(), Tr::tr("margin loss"))
                 .withDefault(faceLossId(d.loss)),
             Option::integer(QStringLiteral("epochs"), QStringLiteral("N"), Tr::tr("training epochs"), 1)
                 .withDefault(number(d.epochs)),
             Option::integer(QStringLiteral("seed"), QStringLiteral("S"), Tr::tr("random seed"), 0,
                             std::numeric_limits<qint64>::max())
                 .withDefault(QString::number(d.seed)),
             Option::integer(QStringLiteral("m"), QStringLiteral("M"), Tr::tr("identity-embedding width"), 1)
                 .withDefault(number(d.m)),
             Option::choice(QStringLiteral("aggregation"),
                            {headAggregationId(HeadAggregation::Block), headAggregationId(HeadAggregation::Full)},
                            Tr::tr("block: each characteristic writes only to its own block of the embedding (local "
                                   "shares, m = groups × block width); full: a dense matrix (--m)"))
                 .withDefault(headAggregationId(d.aggregation)),
             Option::integer(QStringLiteral("block-width"), QStringLiteral("W"),
                             Tr::tr("embedding columns per characteristic with --aggregation block"), 1, 64)
                 .withDefault(number(d.blockWidth)),
             Option::number(QStringLiteral("tau"), QStringLiteral("T"), Tr::tr("concept softmax temperature"), 0,
                            std::numeric_limits<double>::infinity(), true)
                 .withDefault(number(d.tau)),
             Option::number(
                 QStringLiteral("alpha"), QStringLiteral("A"),
                 Tr::tr("share of the raw encoder embedding in the image embedding (with --encoder openclip: its "
                        "starting value, trained with F_i)"),
                 0, 1)
                 .withDefault(number(d.alpha)),
             Option::number(
                 QStringLiteral("lr"), QStringLiteral("RATE"),
                 Tr::tr("learning rate (default: %1; %2 with --encoder openclip)").arg(number(d.lr), number(dc.lr)), 0,
                 std::numeric_limits<double>::infinity(), true),
             Option::text(QStringLiteral("name"), QStringLiteral("NAME"),
                          Tr::tr("pack name (default: %1; %2 with --encoder openclip)").arg(d.name, dc.name)),
             Option::text(QStringLiteral("version"), QStringLiteral("VERSION"), Tr::tr("pack version"))
                 .withDefault(d.version),
             Option::integer(QStringLiteral("augment"), QStringLiteral("K"),
                             Tr::tr("casework-augmented copies of every training photo (0: none)"), 0, 50)
                 .withDefault(number(d.augment)),
             Option::integer(QStringLiteral("eval-augment"), QStringLiteral("K"),
                             Tr::tr("augmented copies of every held-out photo per augmentation, for the evaluation "
                                    "(0: none)"),
                             0, 20)
                 .withDefault(number(d.evalAugment)),
             jsonOption()},
        .run = runTrainFace,
    };
}

} // namespace descry::cli
