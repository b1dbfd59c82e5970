// `descry-cli compare PROBE REFERENCE`: one explained 1:1 face comparison, optionally with a PDF report.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/face/report/FaceReport.h"

#include <QElapsedTimer>

namespace descry::cli {

namespace {

QString humanResult(const FaceComparisonResult& r)
{
    QString out;
    out += Tr::tr("Decision: %1  (score %2, threshold %3)\n")
               .arg(decisionLabel(r.decision).toUpper())
               .arg(r.score, 0, 'f', 4)
               .arg(r.threshold, 0, 'f', 4);
    for (const QString& reason : r.reasons)
        out += Tr::tr("  inconclusive: %1\n").arg(reason);
    out += Tr::tr("Baseline (dlib ResNet): %1  (score %2, threshold %3)%4\n")
               .arg(decisionLabel(r.baselineDecision).toLower())
               .arg(r.baselineScore, 0, 'f', 4)
               .arg(r.baselineThreshold, 0, 'f', 4)
               .arg(r.baselineDisagrees() ? Tr::tr("  [disagrees]") : QString());
    out += QLatin1Char('\n');
    for (const QString& s : r.sentences)
        out += QStringLiteral("  - ") + s + QLatin1Char('\n');
    out += Tr::tr("\nTop characteristics by contribution:\n");
    for (int i = 0; i < r.groups.size() && i < 10; ++i) {
        const GroupExplanation& g = r.groups[i];
        out += Tr::tr("  %1 %2  %3 / %4 (%5): probe \"%6\", reference \"%7\"\n")
                   .arg(g.contribution >= 0 ? QLatin1Char('+') : QLatin1Char('-'))
                   .arg(std::abs(g.contribution), 0, 'f', 4)
                   .arg(g.componentName, g.characteristicName, g.source, g.probeTop.value(0).text,
                        g.referenceTop.value(0).text);
    }
    out += Tr::tr("\nResidual of the decomposition: %1\n").arg(r.residual, 0, 'g', 3);
    out += Tr::tr("Time: %1 ms (pack load %2 ms)\n").arg(r.msTotal, 0, 'f', 0).arg(r.msLoad, 0, 'f', 0);
    return out;
}

ExitCode runCompare(const ParsedArgs& args)
{
    QElapsedTimer t;
    t.start();
    auto model = FaceModel::open(args.value(QStringLiteral("pack")));
    if (!model)
        return fail(model.error());
    const double loadMs = t.nsecsElapsed() * 1e-6;
    FaceComparison comparison(std::make_shared<const FaceModel>(std::move(*model)));
    CompareOptions options;
    options.cropped = args.isSet(QStringLiteral("cropped"));
    auto result = comparison.compare(args.positional(0), args.positional(1), options);
    if (!result)
        return fail(result.error());
    result->msLoad = loadMs;
    if (args.isSet(QStringLiteral("report"))) {
        auto st = writeFaceReportPdf(args.value(QStringLiteral("report")), *result);
        if (!st)
            return fail(st.error());
    }
    if (args.isSet(QStringLiteral("json")))
        printJson(result->toJson());
    else
        printText(humanResult(*result));
    return ExitCode::Success;
}

} // namespace

Command compareCommand()
{
    return Command{
        .words = {QStringLiteral("compare")},
        .summary = Tr::tr("compare two face photos: decision, score and its exact per-characteristic explanation"),
        .positionals = {{QStringLiteral("PROBE"), Tr::tr("the questioned photo")},
                        {QStringLiteral("REFERENCE"), Tr::tr("the known photo")}},
        .options = {packOption(), jsonOption(),
                    Option::text(QStringLiteral("report"), QStringLiteral("OUT.pdf"),
                                 Tr::tr("also write a PDF report to this file")),
                    Option::flag(QStringLiteral("cropped"),
                                 Tr::tr("the photos are face crops: use the whole image when no face is detected"))},
        .run = runCompare,
    };
}

} // namespace descry::cli
