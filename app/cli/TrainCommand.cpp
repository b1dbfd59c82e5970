// `descry-cli train face --data DIR --out PACK`: trains, calibrates and writes an explainable face pack.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/OutputGuard.h"
#include "app/cli/ProgressLine.h"

#include "core/common/Tr.h"
#include "core/face/train/FaceTrainer.h"

#include <cstdio>
#include <limits>

namespace descry::cli {

namespace {

// The options' values; everything not given keeps FaceTrainingOptions' default (which the help shows).
FaceTrainingOptions trainingOptions(const ParsedArgs& args)
{
    FaceTrainingOptions o;
    args.read(QStringLiteral("data"), &o.facesRoot);
    args.read(QStringLiteral("out"), &o.outDir);
    args.read(QStringLiteral("cache"), &o.cacheFile);
    if (args.isSet(QStringLiteral("loss")))
        o.loss = faceLossFromId(args.value(QStringLiteral("loss"))).value_or(o.loss); // validated: one of the ids
    args.read(QStringLiteral("epochs"), &o.epochs);
    args.read(QStringLiteral("seed"), &o.seed);
    args.read(QStringLiteral("m"), &o.m);
    args.read(QStringLiteral("tau"), &o.tau);
    args.read(QStringLiteral("alpha"), &o.alpha);
    args.read(QStringLiteral("lr"), &o.lr);
    args.read(QStringLiteral("name"), &o.name);
    args.read(QStringLiteral("version"), &o.version);
    return o;
}

// The pack folder and the cache are checked against the training folder before any face is analysed.
Status checkFiles(const FaceTrainingOptions& o)
{
    RunFiles files;
    files.inputs << o.facesRoot;
    files.outputFolders << o.outDir;
    if (!o.cacheFile.isEmpty())
        files.outputFiles << o.cacheFile;
    return checkRunFiles(files);
}

ExitCode runTrainFace(const ParsedArgs& args)
{
    FaceTrainingOptions o = trainingOptions(args);
    if (auto st = checkFiles(o); !st)
        return fail(st.error());
    o.command = QStringLiteral("descry-cli train face ") + args.arguments().join(QLatin1Char(' '));
    ProgressLine bar(Tr::tr("analysing faces"), Tr::tr("faces"));
    auto metrics = trainFacePack(
        o,
        [](const QString& line) {
            ProgressLine::breakLine();
            std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        },
        bar.callback());
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
    return Command{
        .words = {QStringLiteral("train"), QStringLiteral("face")},
        .summary = Tr::tr("train, calibrate and evaluate an explainable face pack on held-out identities"),
        .positionals = {},
        .options =
            {Option::text(QStringLiteral("data"), QStringLiteral("DIR"),
                          Tr::tr("faces folder laid out like ../shared/data/faces"))
                 .mandatory(),
             Option::text(QStringLiteral("out"), QStringLiteral("PACK"), Tr::tr("pack folder to write")).mandatory(),
             Option::text(QStringLiteral("cache"), QStringLiteral("FILE"),
                          Tr::tr("feature cache, so retraining skips face analysis")),
             Option::choice(QStringLiteral("loss"), faceLossIds(), Tr::tr("margin loss"))
                 .withDefault(faceLossId(d.loss)),
             Option::integer(QStringLiteral("epochs"), QStringLiteral("N"), Tr::tr("training epochs"), 1)
                 .withDefault(number(d.epochs)),
             Option::integer(QStringLiteral("seed"), QStringLiteral("S"), Tr::tr("random seed"), 0,
                             std::numeric_limits<qint64>::max())
                 .withDefault(QString::number(d.seed)),
             Option::integer(QStringLiteral("m"), QStringLiteral("M"), Tr::tr("identity-embedding width"), 1)
                 .withDefault(number(d.m)),
             Option::number(QStringLiteral("tau"), QStringLiteral("T"), Tr::tr("concept softmax temperature"), 0,
                            std::numeric_limits<double>::infinity(), true)
                 .withDefault(number(d.tau)),
             Option::number(QStringLiteral("alpha"), QStringLiteral("A"),
                            Tr::tr("share of the raw encoder embedding in the image embedding"), 0, 1)
                 .withDefault(number(d.alpha)),
             Option::number(QStringLiteral("lr"), QStringLiteral("RATE"), Tr::tr("learning rate"), 0,
                            std::numeric_limits<double>::infinity(), true)
                 .withDefault(number(d.lr)),
             Option::text(QStringLiteral("name"), QStringLiteral("NAME"), Tr::tr("pack name")).withDefault(d.name),
             Option::text(QStringLiteral("version"), QStringLiteral("VERSION"), Tr::tr("pack version"))
                 .withDefault(d.version),
             jsonOption()},
        .run = runTrainFace,
    };
}

} // namespace descry::cli
