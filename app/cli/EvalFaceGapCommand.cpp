// `descry-cli eval face-gap --pack P --faces DIR [--augment K] [--cache FILE] [--json]`: the explainable model
// against its black-box baseline on held-out identities, clean and casework-augmented (what `train face` records).
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/OutputGuard.h"
#include "app/cli/ProgressLine.h"

#include "core/common/Tr.h"
#include "core/face/train/FaceGap.h"
#include "core/face/train/FaceGapRun.h"
#include "core/face/train/FaceFeatureSet.h"

#include <cstdio>

namespace descry::cli {

namespace {

void printLogLine(const QString& line)
{
    ProgressLine::breakLine();
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
}

ExitCode runEvalFaceGap(const ParsedArgs& args)
{
    FaceGapRunOptions o;
    args.read(QStringLiteral("pack"), &o.pack);
    args.read(QStringLiteral("faces"), &o.facesRoot);
    args.read(QStringLiteral("augment"), &o.augment);
    args.read(QStringLiteral("cache"), &o.cacheFile);
    RunFiles files;
    files.addPack(o.pack);
    files.inputs << o.facesRoot;
    if (!o.cacheFile.isEmpty())
        files.outputFiles << o.cacheFile;
    if (auto st = checkRunFiles(files); !st)
        return fail(st.error());
    if (auto st = checkFaceFeatureCacheReplaceable(o.cacheFile); !st)
        return fail(st.error());
    const bool json = args.isSet(QStringLiteral("json"));
    ProgressLine bar(Tr::tr("analysing faces"), Tr::tr("faces"));
    auto gap = evaluatePackGap(o, json ? [](const QString&) {} : std::function<void(const QString&)>(printLogLine),
                               bar.callback());
    if (!gap)
        return fail(gap.error());
    if (json) {
        printJson(*gap);
        return ExitCode::Success;
    }
    printText(faceGapLines(*gap).join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return ExitCode::Success;
}

} // namespace

Command evalFaceGapCommand()
{
    return Command{
        .words = {QStringLiteral("eval"), QStringLiteral("face-gap")},
        .summary = Tr::tr("explainable face model against its black-box baseline on held-out identities, clean and "
                          "augmented: 10-fold accuracy, AUC, TAR at FAR 1 % and 0.1 %, and the gap"),
        .positionals = {},
        .options = {Option::text(QStringLiteral("pack"), QStringLiteral("P"), Tr::tr("face pack (folder or name)"))
                        .mandatory(),
                    Option::text(QStringLiteral("faces"), QStringLiteral("DIR"),
                                 Tr::tr("identity-labelled faces folder (DATASET/PERSON/IMAGE); identities the pack "
                                        "was trained on are left out"))
                        .mandatory(),
                    Option::integer(QStringLiteral("augment"), QStringLiteral("K"),
                                    Tr::tr("augmented copies per photo and augmentation (0: the photos only)"), 0, 20)
                        .withDefault(QStringLiteral("1")),
                    Option::text(QStringLiteral("cache"), QStringLiteral("FILE"),
                                 Tr::tr("feature cache (the one of train face --cache may be reused)")),
                    jsonOption()},
        .run = runEvalFaceGap,
    };
}

} // namespace descry::cli
