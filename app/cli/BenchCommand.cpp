// `descry-cli bench clip --arch A [--runs N] [--json]`: CLIP encode speed against the GEMM rate of the same process.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/clip/ClipBench.h"
#include "core/common/Tr.h"

namespace descry::cli {

namespace {

QString benchText(const ClipBenchResult& r)
{
    const double gmac = r.config.imageMacs() / 1e9;
    return Tr::tr("%1 (random weights, %2 threads, %3 GMAC per image)\n"
                  "image, batch 1:        %4 s per image\n"
                  "image, batch 8:        %5 s per image\n"
                  "text, 120 prompts:     %6 s\n"
                  "peak RSS:              %7 MB\n"
                  "float32 GEMM %8²:     %9 GFLOP/s\n"
                  "efficiency (batch 1):  %10 of the GEMM rate\n")
        .arg(r.config.name)
        .arg(r.threads)
        .arg(gmac, 0, 'f', 1)
        .arg(r.imageSecondsBatch1, 0, 'f', 3)
        .arg(r.imageSecondsPerImageBatch8, 0, 'f', 3)
        .arg(r.textSeconds120, 0, 'f', 3)
        .arg(r.peakRssMb, 0, 'f', 0)
        .arg(r.gemmSize)
        .arg(r.gemmGflops, 0, 'f', 1)
        .arg(r.efficiency(), 0, 'f', 2);
}

ExitCode runBenchClip(const ParsedArgs& args)
{
    const auto config = ClipConfig::named(args.value(QStringLiteral("arch")));
    const int runs = args.value(QStringLiteral("runs")).toInt();
    auto result = benchmarkClip(*config, runs);
    if (!result)
        return fail(result.error());
    if (args.isSet(QStringLiteral("json")))
        printJson(result->toJson());
    else
        printText(benchText(*result));
    return ExitCode::Success;
}

} // namespace

Command benchClipCommand()
{
    return Command{
        .words = {QStringLiteral("bench"), QStringLiteral("clip")},
        .summary = Tr::tr("time a CLIP model of the real size (random weights) against this machine's GEMM rate"),
        .positionals = {},
        .options = {Option::choice(QStringLiteral("arch"), ClipConfig::names(), Tr::tr("architecture to time"))
                        .withDefault(QStringLiteral("ViT-L-14")),
                    Option::integer(QStringLiteral("runs"), QStringLiteral("N"), Tr::tr("runs per figure (best taken)"),
                                    1, 100)
                        .withDefault(QStringLiteral("3")),
                    jsonOption()},
        .run = runBenchClip,
    };
}

} // namespace descry::cli
