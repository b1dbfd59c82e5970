#include "cli/ArgParser.h"
#include "cli/Commands.h"
#include "cli/Output.h"

#include "core/face/pipeline/PairVerification.h"

#include <QCoreApplication>

#include <cstdio>

namespace descry::cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("descry-cli", s);
}

// A one-line progress bar on stderr (only redrawn when the percentage changes).
void progressBar(int done, int total)
{
    static int lastPercent = -1;
    const int percent = total > 0 ? done * 100 / total : 100;
    if (percent == lastPercent && done != total)
        return;
    lastPercent = percent;
    const int width = 30, filled = percent * width / 100;
    std::fprintf(stderr, "\r[%s%s] %3d%% %d/%d images", std::string(size_t(filled), '#').c_str(),
                 std::string(size_t(width - filled), '.').c_str(), percent, done, total);
    if (done == total)
        std::fprintf(stderr, "\n");
    std::fflush(stderr);
}

QString line(const QString& name, const VerificationResult& r)
{
    return tr("%1: accuracy %2 ± %3 %, AUC %4, TAR@FAR=0.01 %5, threshold %6\n")
        .arg(name)
        .arg(r.accuracy * 100, 0, 'f', 2)
        .arg(r.accuracyStd * 100, 0, 'f', 2)
        .arg(r.auc, 0, 'f', 4)
        .arg(r.tarAtFar.count(0.01) ? r.tarAtFar.at(0.01) : 0.0, 0, 'f', 3)
        .arg(r.threshold, 0, 'f', 4);
}

} // namespace

int verifyPairsCommand(const QStringList& args)
{
    ArgParser p(QStringLiteral("verify-pairs"), {QStringLiteral("json"), QStringLiteral("cropped")},
                {QStringLiteral("pack"), QStringLiteral("root")});
    if (!p.parse(args))
        return fail(ExitUsage, p.error());
    if (p.positional().size() != 1)
        return fail(ExitUsage, tr("verify-pairs: usage: descry-cli verify-pairs PAIRS.csv [--root DIR] [--pack P] [--json]"));
    auto rows = readPairsCsv(p.positional()[0], p.value(QStringLiteral("root")));
    if (!rows)
        return fail(rows.error());
    auto model = FaceModel::open(p.value(QStringLiteral("pack"), QStringLiteral("face-default")));
    if (!model)
        return fail(model.error());
    auto report = verifyPairs(*model, *rows, p.isSet(QStringLiteral("cropped")), progressBar);
    if (!report)
        return fail(report.error());
    if (p.isSet(QStringLiteral("json"))) {
        printJson(report->toJson());
    } else {
        printText(tr("%1 pairs scored, %2 failed\n").arg(report->pairs).arg(report->failed.size()));
        printText(line(tr("explainable"), report->explainable));
        printText(line(tr("baseline   "), report->baseline));
    }
    return ExitOk;
}

} // namespace descry::cli
