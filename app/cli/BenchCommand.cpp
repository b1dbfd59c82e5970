// `descry-cli bench clip --arch A [--runs N] [--json]`: CLIP encode speed against the GEMM rate of the same process.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/diagnostics/ClipBench.h"
#include "core/common/Tr.h"

namespace descry::cli {

namespace {

QString benchText(const ClipBenchResult& r)
{
    const auto num = [](double v, int digits) { return QString::number(v, 'f', digits); };
    QStringList lines;
    lines << Tr::tr("%1, random weights, %2 threads, %3 GMAC per image")
                 .arg(r.config.name, QString::number(r.threads), num(r.config.imageMacs() / 1e9, 1))
          << Tr::tr("image, batch 1:       %1 s per image").arg(num(r.imageSecondsBatch1, 3))
          << Tr::tr("image, batch 8:       %1 s per image").arg(num(r.imageSecondsPerImageBatch8, 3))
          << Tr::tr("text, 120 prompts:    %1 s").arg(num(r.textSeconds120, 3))
          << Tr::tr("peak RSS:             %1 MB").arg(num(r.peakRssMb, 0))
          << Tr::tr("float32 GEMM (n=%1):  %2 GFLOP/s").arg(QString::number(r.gemmSize), num(r.gemmGflops, 1))
          << Tr::tr("efficiency (batch 1): %1 of the GEMM rate").arg(num(r.efficiency(), 2));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
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
