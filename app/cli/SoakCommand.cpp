// `descry-cli bench soak PROBE REFERENCE`: the compare pipeline run N times in one process, to show that resident
// memory settles after warm-up (the figure `descry --check --repeat N` gives for the GUI's inference service).
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"
#include "core/diagnostics/ResidentMemory.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceComparison.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <algorithm>

namespace descry::cli {

namespace {

double mebibytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

ExitCode runSoak(const ParsedArgs& args)
{
    int count = 0;
    args.read(QStringLiteral("count"), &count);
    auto model = FaceModel::open(args.value(QStringLiteral("pack")));
    if (!model)
        return fail(model.error());
    FaceComparison comparison(std::make_shared<const FaceModel>(std::move(*model)));
    const int warmUp = std::clamp(count / 10, 1, 100);
    qint64 baseline = 0, resident = 0, peak = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= count; ++i) {
        auto result = comparison.compare(args.positional(0), args.positional(1), CompareOptions{});
        if (!result)
            return fail(result.error());
        resident = diagnostics::residentBytes();
        peak = std::max(peak, resident);
        if (i == warmUp)
            baseline = resident;
        if (!args.isSet(QStringLiteral("json")) && (i == 1 || i % 100 == 0 || i == count))
            printText(Tr::tr("soak: %1/%2 comparisons, resident %3 MiB\n")
                          .arg(i)
                          .arg(count)
                          .arg(mebibytes(resident), 0, 'f', 1));
    }
    const double growth = baseline > 0 ? 100.0 * double(resident - baseline) / double(baseline) : 0;
    if (args.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("comparisons"), count},
                              {QStringLiteral("warm_up"), warmUp},
                              {QStringLiteral("resident_after_warm_up_mib"), mebibytes(baseline)},
                              {QStringLiteral("resident_at_end_mib"), mebibytes(resident)},
                              {QStringLiteral("resident_peak_mib"), mebibytes(peak)},
                              {QStringLiteral("growth_percent"), growth},
                              {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}});
        return ExitCode::Success;
    }
    printText(Tr::tr("soak: %1 comparisons in %2 s; resident %3 MiB after %4 warm-up comparisons, %5 MiB at the "
                     "end (growth %6 %), peak %7 MiB\n")
                  .arg(count)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  .arg(mebibytes(baseline), 0, 'f', 1)
                  .arg(warmUp)
                  .arg(mebibytes(resident), 0, 'f', 1)
                  .arg(growth, 0, 'f', 2)
                  .arg(mebibytes(peak), 0, 'f', 1));
    return ExitCode::Success;
}

} // namespace

Command benchSoakCommand()
{
    return Command{
        .words = {QStringLiteral("bench"), QStringLiteral("soak")},
        .summary = Tr::tr("compare two photos N times in one process and report the resident memory's growth"),
        .positionals = {{QStringLiteral("PROBE"), Tr::tr("the questioned photo")},
                        {QStringLiteral("REFERENCE"), Tr::tr("the known photo")}},
        .options = {packOption(),
                    Option::integer(QStringLiteral("count"), QStringLiteral("N"), Tr::tr("comparisons to run"), 1,
                                    1000000)
                        .withDefault(QStringLiteral("2000")),
                    jsonOption()},
        .run = runSoak,
    };
}

} // namespace descry::cli
