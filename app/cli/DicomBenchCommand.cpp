// `descry-cli bench dicom [--size N] [--runs N] [--json]`: decode and display speed of a generated 16-bit CR against
// this process's memory copy rate.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"
#include "core/diagnostics/DicomBench.h"

namespace descry::cli {

namespace {

QString benchText(const DicomBenchResult& r)
{
    const auto ms = [](double s) { return QString::number(s * 1e3, 'f', 1); };
    const auto fps = [](double v) { return QString::number(v, 'f', 1); };
    const auto goal = [](bool met) { return met ? Tr::tr("meets the goal") : Tr::tr("MISSES the goal"); };
    QStringList lines;
    lines << Tr::tr("%1 x %1 16-bit CR, %2 MB DICOM file, best of %3 runs")
                 .arg(r.size)
                 .arg(QString::number(r.fileBytes / 1e6, 'f', 1))
                 .arg(r.runs)
          << Tr::tr("decode (read, hash, stored values):  %1 ms").arg(ms(r.decodeSeconds))
          << Tr::tr("first display from decoded pixels:  %1 ms (goal < 300 ms: %2)")
                 .arg(ms(r.firstDisplaySeconds), goal(r.firstDisplayMeetsGoal()))
          << Tr::tr("  LUT build %1 ms, LUT apply %2 ms").arg(ms(r.lutBuildSeconds), ms(r.lutApplySeconds))
          << Tr::tr("scale to %1x%2 viewport (smooth):  %3 ms scaled(), %4 ms QPainter")
                 .arg(r.viewportWidth)
                 .arg(r.viewportHeight)
                 .arg(ms(r.scaleSeconds), ms(r.paintSeconds))
          << Tr::tr("window/level redraw:  %1 fps full resolution, %2 fps drawn into the viewport (goal >= 30: %3)")
                 .arg(fps(r.redrawFps), fps(r.redrawScaledFps), goal(r.redrawMeetsGoal()))
          << Tr::tr("in process CPU time (not inflated by other processes): decode %1 ms, first display %2 ms, "
                    "redraw %3 fps (%4 fps drawn into the viewport)")
                 .arg(ms(r.decodeCpuSeconds), ms(r.firstDisplayCpuSeconds), fps(r.redrawCpuFps),
                      fps(r.redrawScaledCpuFps))
          << Tr::tr("baseline memcpy of the frame:  %1 GB/s (%2 ms); first display = %3 frame copies")
                 .arg(QString::number(r.memcpyGBps, 'f', 2), ms(r.frameCopySeconds),
                      QString::number(r.firstDisplaySeconds / r.frameCopySeconds, 'f', 1));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

ExitCode runBenchDicom(const ParsedArgs& args)
{
    auto result =
        benchmarkDicom(args.value(QStringLiteral("size")).toInt(), args.value(QStringLiteral("runs")).toInt());
    if (!result)
        return fail(result.error());
    if (args.isSet(QStringLiteral("json")))
        printJson(result->toJson());
    else
        printText(benchText(*result));
    return ExitCode::Success;
}

} // namespace

Command benchDicomCommand()
{
    return Command{
        .words = {QStringLiteral("bench"), QStringLiteral("dicom")},
        .summary = Tr::tr("time decoding, first display and window/level redraws of a generated 16-bit CR"),
        .positionals = {},
        .options = {Option::integer(QStringLiteral("size"), QStringLiteral("N"),
                                    Tr::tr("rows and columns of the generated image"), 16, 8192)
                        .withDefault(QStringLiteral("3000")),
                    Option::integer(QStringLiteral("runs"), QStringLiteral("N"), Tr::tr("runs per figure (best taken)"),
                                    1, 100)
                        .withDefault(QStringLiteral("3")),
                    jsonOption()},
        .run = runBenchDicom,
    };
}

} // namespace descry::cli
