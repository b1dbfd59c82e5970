#include "cli/ArgParser.h"
#include "cli/Commands.h"
#include "cli/Output.h"

#include "core/face/train/FaceTrainer.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace descry::cli {

int train(const QStringList& args)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("descry-cli", s); };
    ArgParser p(QStringLiteral("train"), {QStringLiteral("json")},
                {QStringLiteral("data"), QStringLiteral("out"), QStringLiteral("cache"), QStringLiteral("loss"),
                 QStringLiteral("epochs"), QStringLiteral("seed"), QStringLiteral("m"), QStringLiteral("tau"),
                 QStringLiteral("lr"), QStringLiteral("alpha"), QStringLiteral("name"), QStringLiteral("version")});
    if (!p.parse(args))
        return fail(ExitUsage, p.error());
    if (p.positional().value(0) != QLatin1String("face"))
        return fail(ExitUsage, tr("train: usage: descry-cli train face --data FACES_DIR --out PACK_DIR [options] "
                                  "(train cxr is not available yet)"));
    if (!p.isSet(QStringLiteral("data")) || !p.isSet(QStringLiteral("out")))
        return fail(ExitUsage, tr("train face: --data and --out are required"));
    FaceTrainingOptions o;
    o.facesRoot = p.value(QStringLiteral("data"));
    o.outDir = p.value(QStringLiteral("out"));
    o.cacheFile = p.value(QStringLiteral("cache"));
    o.loss = p.value(QStringLiteral("loss"), o.loss);
    if (o.loss != QLatin1String("adaface") && o.loss != QLatin1String("arcface") && o.loss != QLatin1String("cosface"))
        return fail(ExitUsage, tr("train face: --loss must be adaface, arcface or cosface"));
    o.epochs = p.value(QStringLiteral("epochs"), QString::number(o.epochs)).toInt();
    o.seed = p.value(QStringLiteral("seed"), QString::number(o.seed)).toULongLong();
    o.m = p.value(QStringLiteral("m"), QString::number(o.m)).toInt();
    o.tau = p.value(QStringLiteral("tau"), QString::number(o.tau)).toFloat();
    o.alpha = p.value(QStringLiteral("alpha"), QString::number(o.alpha)).toFloat();
    o.lr = p.value(QStringLiteral("lr"), QString::number(o.lr)).toDouble();
    o.name = p.value(QStringLiteral("name"), o.name);
    o.version = p.value(QStringLiteral("version"), o.version);
    if (o.epochs <= 0 || o.m <= 0 || o.tau <= 0 || o.lr <= 0)
        return fail(ExitUsage, tr("train face: --epochs, --m, --tau and --lr must be positive"));
    o.command = QStringLiteral("descry-cli train ") + args.join(QLatin1Char(' '));
    auto metrics = trainFacePack(
        o, [](const QString& line) { std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData()); },
        [](int done, int total) {
            std::fprintf(stderr, "\ranalysing faces %d/%d", done, total);
            if (done == total)
                std::fprintf(stderr, "\n");
        });
    if (!metrics)
        return fail(metrics.error());
    if (p.isSet(QStringLiteral("json")))
        printJson(*metrics);
    else
        printText(tr("pack written to %1\n").arg(o.outDir));
    return ExitOk;
}

} // namespace descry::cli
