// `descry-cli verify-pairs PAIRS.csv`: 10-fold 1:1 verification of the explainable model and its baseline.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"
#include "core/face/pipeline/PairVerification.h"

#include <cstdio>

namespace descry::cli {

namespace {

// A one-line progress bar on stderr (only redrawn when the percentage changes).
void progressBar(int done, int total)
{
    static int lastPercent = -1;
    const int percent = total > 0 ? done * 100 / total : 100;
    if (percent == lastPercent && done != total)
        return;
    lastPercent = percent;
    const int width = 30, filled = percent * width / 100;
    const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    // The carriage return stays outside the translatable text (lupdate would store it as a <byte> element).
    std::fprintf(
        stderr, "\r%s",
        Tr::tr("[%1] %2% %3/%4 images").arg(bar).arg(percent, 3).arg(done).arg(total).toLocal8Bit().constData());
    if (done == total)
        std::fprintf(stderr, "\n");
    std::fflush(stderr);
}

QString line(const QString& name, const VerificationResult& r)
{
    return Tr::tr("%1: accuracy %2 ± %3 %, AUC %4, TAR@FAR=0.01 %5, threshold %6\n")
        .arg(name, -11)
        .arg(r.accuracy * 100, 0, 'f', 2)
        .arg(r.accuracyStd * 100, 0, 'f', 2)
        .arg(r.auc, 0, 'f', 4)
        .arg(r.tarAtFar.count(0.01) ? r.tarAtFar.at(0.01) : 0.0, 0, 'f', 3)
        .arg(r.threshold, 0, 'f', 4);
}

QString summaryText(const PairVerificationReport& report)
{
    QString s = Tr::tr("%1 pairs scored, %2 failed (no face); %3 of the scored pairs would be inconclusive in compare "
                       "(image quality)\n")
                    .arg(report.pairs)
                    .arg(report.failed.size())
                    .arg(report.inconclusive.size());
    s += line(Tr::tr("explainable"), report.explainable);
    s += line(Tr::tr("baseline"), report.baseline);
    return s;
}

ExitCode runVerifyPairs(const ParsedArgs& args)
{
    auto rows = readPairsCsv(args.positional(0), args.value(QStringLiteral("root")));
    if (!rows)
        return fail(rows.error());
    auto model = FaceModel::open(args.value(QStringLiteral("pack")));
    if (!model)
        return fail(model.error());
    auto report = verifyPairs(*model, *rows, args.isSet(QStringLiteral("cropped")), progressBar);
    if (!report)
        return fail(report.error());
    if (args.isSet(QStringLiteral("json")))
        printJson(report->toJson());
    else
        printText(summaryText(*report));
    return ExitCode::Success;
}

} // namespace

Command verifyPairsCommand()
{
    return Command{
        .words = {QStringLiteral("verify-pairs")},
        .summary = Tr::tr("10-fold verification accuracy, AUC and TAR@FAR of a pack and its baseline on a pairs list"),
        .positionals = {{QStringLiteral("PAIRS.csv"), Tr::tr("lines 'path1,path2,same' with same 0 or 1")}},
        .options = {Option::text(QStringLiteral("root"), QStringLiteral("DIR"),
                                 Tr::tr("folder the paths are relative to (default: the CSV's folder)")),
                    packOption(), jsonOption(),
                    Option::flag(QStringLiteral("cropped"),
                                 Tr::tr("the photos are face crops: use the whole image when no face is detected"))},
        .run = runVerifyPairs,
    };
}

} // namespace descry::cli
