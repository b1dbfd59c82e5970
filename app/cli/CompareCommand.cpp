#include "cli/ArgParser.h"
#include "cli/Commands.h"
#include "cli/Output.h"

#include "core/face/pipeline/FaceComparison.h"
#include "core/face/report/FaceReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace descry::cli {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("descry-cli", s);
}

QString humanResult(const FaceComparisonResult& r)
{
    QString out;
    out += tr("Decision: %1  (score %2, threshold %3)\n").arg(r.decision.toUpper()).arg(r.score, 0, 'f', 4).arg(r.threshold, 0, 'f', 4);
    for (const QString& reason : r.reasons)
        out += tr("  inconclusive: %1\n").arg(reason);
    out += tr("Baseline (dlib ResNet): %1  (score %2, threshold %3)%4\n")
               .arg(r.baselineDecision)
               .arg(r.baselineScore, 0, 'f', 4)
               .arg(r.baselineThreshold, 0, 'f', 4)
               .arg(r.baselineDisagrees() ? tr("  [disagrees]") : QString());
    out += QLatin1Char('\n');
    for (const QString& s : r.sentences)
        out += QStringLiteral("  - ") + s + QLatin1Char('\n');
    out += tr("\nTop characteristics by contribution:\n");
    for (int i = 0; i < r.groups.size() && i < 10; ++i) {
        const GroupExplanation& g = r.groups[i];
        out += QStringLiteral("  %1 %2  %3 / %4 (%5): probe \"%6\", reference \"%7\"\n")
                   .arg(g.contribution >= 0 ? QLatin1Char('+') : QLatin1Char('-'))
                   .arg(std::abs(g.contribution), 0, 'f', 4)
                   .arg(g.componentName, g.characteristicName, g.source, g.probeTop.value(0).text,
                        g.referenceTop.value(0).text);
    }
    out += tr("\nResidual of the decomposition: %1\n").arg(r.residual, 0, 'g', 3);
    out += tr("Time: %1 ms (pack load %2 ms)\n").arg(r.msTotal, 0, 'f', 0).arg(r.msLoad, 0, 'f', 0);
    return out;
}
} // namespace

int compare(const QStringList& args)
{
    ArgParser p(QStringLiteral("compare"), {QStringLiteral("json"), QStringLiteral("cropped")},
                {QStringLiteral("pack"), QStringLiteral("report")});
    if (!p.parse(args))
        return fail(ExitUsage, p.error());
    if (p.positional().size() != 2)
        return fail(ExitUsage, tr("compare: usage: descry-cli compare PROBE REFERENCE [--pack P] [--json] [--report OUT.pdf]"));
    QElapsedTimer t;
    t.start();
    auto model = FaceModel::open(p.value(QStringLiteral("pack"), QStringLiteral("face-default")));
    if (!model)
        return fail(model.error());
    const double loadMs = t.nsecsElapsed() * 1e-6;
    FaceComparison comparison(std::make_shared<const FaceModel>(std::move(*model)));
    CompareOptions options;
    options.cropped = p.isSet(QStringLiteral("cropped"));
    auto result = comparison.compare(p.positional()[0], p.positional()[1], options);
    if (!result)
        return fail(result.error());
    result->msLoad = loadMs;
    if (p.isSet(QStringLiteral("report"))) {
        auto st = writeFaceReportPdf(p.value(QStringLiteral("report")), *result);
        if (!st)
            return fail(st.error());
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(result->toJson());
    else
        printText(humanResult(*result));
    return ExitOk;
}

} // namespace descry::cli
