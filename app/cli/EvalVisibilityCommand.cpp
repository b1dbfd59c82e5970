// `descry-cli eval visibility --faces DIR [--every N] [--limit N] [--json]`: detection and false-alarm rates of the
// per-component visibility check, with synthetic sunglasses, masks, a hand and a hair fringe drawn from the
// landmarks of identity-labelled photos.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/ProgressLine.h"

#include "core/common/Tr.h"
#include "core/face/FaceDetector.h"
#include "core/face/visibility/VisibilityEvaluation.h"

namespace descry::cli {

namespace {

ExitCode runEvalVisibility(const ParsedArgs& args)
{
    applyImageOptions(args);
    auto detector = FaceDetector::loadDefault();
    if (!detector)
        return fail(detector.error());
    int every = 1, limit = 0;
    args.read(QStringLiteral("every"), &every);
    args.read(QStringLiteral("limit"), &limit);
    ProgressLine bar(Tr::tr("checking visibility"), Tr::tr("%"));
    Progress progress;
    progress.report = [&bar](double fraction, const QString&) {
        bar.update(qRound64(fraction * 100), 100);
        return true;
    };
    auto ev = evaluateVisibility(args.value(QStringLiteral("faces")), *detector, every, limit, progress);
    if (!ev)
        return fail(ev.error());
    if (args.isSet(QStringLiteral("json")))
        printJson(ev->toJson());
    else
        printText(ev->toText());
    return ExitCode::Success;
}

} // namespace

Command evalVisibilityCommand()
{
    return Command{
        .words = {QStringLiteral("eval"), QStringLiteral("visibility")},
        .summary = Tr::tr("detection and false-alarm rates of the visibility check on photos with synthetic "
                          "sunglasses, masks, a hand and a hair fringe"),
        .positionals = {},
        .options = {Option::text(QStringLiteral("faces"), QStringLiteral("DIR"),
                                 Tr::tr("identity-labelled photos laid out as DATASET/PERSON/IMAGE (or Yale's "
                                        "flat folder)"))
                        .mandatory(),
                    Option::integer(QStringLiteral("every"), QStringLiteral("N"), Tr::tr("take every N-th photo"), 1)
                        .withDefault(QStringLiteral("1")),
                    Option::integer(QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("at most N photos (0: all)"),
                                    0)
                        .withDefault(QStringLiteral("0")),
                    maxMegapixelsOption(), jsonOption()},
        .run = runEvalVisibility,
    };
}

} // namespace descry::cli
