// `descry-cli verify-pairs PAIRS.csv`: 10-fold 1:1 verification of the explainable model and its baseline, on one
// machine (--workers) or in shards (--shard i/n) that `descry-cli eval merge` (also here) puts back together.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/ProgressLine.h"

#include "core/common/Tr.h"
#include "core/common/Hash.h"
#include "core/diagnostics/Runtime.h"
#include "core/face/pipeline/PairSharding.h"
#include "core/face/pipeline/PairVerification.h"
#include "core/imaging/ImageLoader.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <optional>

namespace descry::cli {

namespace {

// A figure with a fixed number of decimals; "n/a" when it cannot be computed (e.g. AUC with one class only).
QString figure(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : Tr::tr("n/a");
}

QString line(const QString& name, const VerificationResult& r)
{
    return Tr::tr("%1: accuracy %2 ± %3 %, AUC %4, TAR@FAR=0.01 %5, threshold %6\n")
        .arg(name, -11)
        .arg(figure(r.accuracy * 100, 2), figure(r.accuracyStd * 100, 2), figure(r.auc, 4),
             figure(r.tarAtFar.count(0.01) ? r.tarAtFar.at(0.01) : std::nan(""), 3), figure(r.threshold, 4));
}

// How many examples of each failure reason the text output lists.
constexpr int kExamplesPerReason = 3;

// The image a failed pair could not use ("file" when the report names it, else both paths).
QString failedImage(const QJsonObject& f)
{
    if (f.contains(QStringLiteral("file")))
        return f.value(QStringLiteral("file")).toString();
    return Tr::tr("%1 or %2").arg(f.value(QStringLiteral("a")).toString(), f.value(QStringLiteral("b")).toString());
}

// "  no face found: 12 pairs, e.g. a.png, b.png, c.png": each reason once with its count and first examples, in
// the order the reasons first occur.
QString failureText(const QJsonArray& failed)
{
    QStringList order;
    QHash<QString, QStringList> examples;
    QHash<QString, int> counts;
    for (const QJsonValue& v : failed) {
        const QJsonObject f = v.toObject();
        const QString reason = f.value(QStringLiteral("reason")).toString().simplified();
        if (!counts.contains(reason))
            order << reason;
        ++counts[reason];
        QStringList& ex = examples[reason];
        const QString image = failedImage(f);
        if (ex.size() < kExamplesPerReason && !ex.contains(image))
            ex << image;
    }
    QString s;
    for (const QString& reason : order)
        s += Tr::tr("  %1: %n pair(s), e.g. %2\n", nullptr, counts.value(reason))
                 .arg(reason, examples.value(reason).join(QStringLiteral(", ")));
    return s;
}

QString summaryText(const PairVerificationReport& report)
{
    QString s = Tr::tr("%1 pairs scored, %2 could not be scored; %3 of the scored pairs would be inconclusive in "
                       "compare (image quality)\n")
                    .arg(report.pairs)
                    .arg(report.failed.size())
                    .arg(report.inconclusive.size());
    if (!report.failed.isEmpty())
        s += Tr::tr("Pairs that could not be scored, by reason:\n") + failureText(report.failed);
    // The explainable score is compare's: what it left out (hidden, not measured) is counted per reason.
    const int excluded = report.exclusions.value(QStringLiteral("pairs_with_exclusions")).toInt();
    if (excluded > 0) {
        QStringList reasons;
        const QJsonObject byReason = report.exclusions.value(QStringLiteral("by_reason")).toObject();
        for (auto it = byReason.begin(); it != byReason.end(); ++it)
            reasons << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInt());
        s += Tr::tr("%1 scored pairs left something out of the explainable score, as compare does (%2)\n")
                 .arg(excluded)
                 .arg(reasons.join(QStringLiteral(", ")));
    }
    s += line(Tr::tr("explainable"), report.explainable);
    s += line(Tr::tr("baseline"), report.baseline);
    return s;
}

// No pair scored: there are no figures to give, only the reasons (exit 2).
Error nothingScored(const QString& csv, const PairVerificationReport& report)
{
    const QString reasons = failureText(report.failed).split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(u';');
    return Error(ErrorCode::Input, Tr::tr("no pair could be scored (%1)").arg(reasons.simplified()), csv);
}

// --workers N: N threads analysing images, each with an equal share of the cores for LibTorch's intra-op
// threads (a per-thread setting, so each worker sets its own).
void applyWorkers(const ParsedArgs& args, PairVerificationOptions* options)
{
    int workers = 1;
    args.read(QStringLiteral("workers"), &workers);
    options->workers = workers;
    if (workers > 1) {
        const int threads = std::max(1, runtime::coreCount() / workers);
        options->workerStarted = [threads] { runtime::setThreads(threads); };
    }
}

// `--shard i/n`: scores this shard's pairs and prints the shard JSON `eval merge` reads (or a short summary).
ExitCode runShard(const ParsedArgs& args, const PairShard& shard, const QList<PairRow>& rows, const FaceModel& model,
                  const PairVerificationOptions& options)
{
    const QString csv = args.positional(0);
    auto sha = sha256File(csv);
    if (!sha)
        return fail(sha.error());
    const auto [first, end] = pairShardRange(rows.size(), shard);
    ProgressLine bar(QString(), Tr::tr("images"));
    const qint64 images = distinctImages(rows.mid(first, end - first)).size();
    Progress progress;
    progress.report = [&bar, images](double fraction, const QString&) {
        bar.update(qRound64(fraction * double(images)), images);
        return true;
    };
    auto scoring = scorePairs(model, rows, first, end, options, progress);
    if (!scoring)
        return fail(scoring.error());
    const QJsonObject settings{{QStringLiteral("cropped"), options.cropped},
                               {QStringLiteral("allow_damaged"), options.allowDamaged},
                               {QStringLiteral("max_pixels"), ImageLimits::defaults().maxPixels}};
    const PairShardSource source{csv, *sha, model.pack().manifest().name, model.pack().packSha256(), settings};
    if (args.isSet(QStringLiteral("json"))) {
        printJson(pairShardJson(source, shard, rows.size(), *scoring));
        return ExitCode::Success;
    }
    const auto scored = std::count_if(scoring->outcomes.begin(), scoring->outcomes.end(),
                                      [](const PairOutcome& o) { return o.scored; });
    printText(Tr::tr("shard %1/%2: pairs %3 to %4 of %5, %6 scored, %7 could not be scored; %8 images in %9 s\n"
                     "Run with --json and combine every shard's output with 'descry-cli eval merge'.\n")
                  .arg(shard.index)
                  .arg(shard.count)
                  .arg(first + 1)
                  .arg(end)
                  .arg(rows.size())
                  .arg(scored)
                  .arg(scoring->outcomes.size() - scored)
                  .arg(scoring->images)
                  .arg(scoring->seconds, 0, 'f', 1));
    return ExitCode::Success;
}

ExitCode runVerifyPairs(const ParsedArgs& args)
{
    const QString csv = args.positional(0);
    std::optional<PairShard> shard;
    if (args.isSet(QStringLiteral("shard"))) {
        auto parsed = parsePairShard(args.value(QStringLiteral("shard")));
        if (!parsed)
            return fail(args.usageError(parsed.error().message()));
        shard = *parsed;
    }
    applyImageOptions(args);
    // A wrong --root would otherwise surface as "file not found" for every image, never naming the root.
    const QString root = args.value(QStringLiteral("root"));
    if (!root.isEmpty() && !QFileInfo(root).isDir())
        return fail(Error(ErrorCode::Input, Tr::tr("--root: the folder does not exist"), root));
    auto rows = readPairsCsv(csv, root);
    if (!rows)
        return fail(rows.error());
    auto model = FaceModel::open(args.value(QStringLiteral("pack")));
    if (!model)
        return fail(model.error());
    PairVerificationOptions options;
    options.cropped = args.isSet(QStringLiteral("cropped"));
    options.allowDamaged = args.isSet(QStringLiteral("allow-damaged"));
    applyWorkers(args, &options);
    if (shard)
        return runShard(args, *shard, *rows, *model, options);
    ProgressLine bar(QString(), Tr::tr("images"));
    const qint64 images = distinctImages(*rows).size();
    Progress progress;
    progress.report = [&bar, images](double fraction, const QString&) {
        bar.update(qRound64(fraction * double(images)), images);
        return true;
    };
    auto report = verifyPairs(*model, *rows, options, progress);
    if (!report) // an input problem of the run as a whole (no pair scored) is told about the pairs file
        return fail(report.error().code() == ErrorCode::Input ? report.error().withFile(csv) : report.error());
    if (report->pairs == 0)
        return fail(nothingScored(csv, *report));
    if (args.isSet(QStringLiteral("json")))
        printJson(report->toJson());
    else
        printText(summaryText(*report));
    return ExitCode::Success;
}

// `descry-cli eval merge SHARD.json...`: the shards of one list put back together, as one unsharded run reports.
ExitCode runEvalMerge(const ParsedArgs& args)
{
    // The pack the shards were made with (checked by SHA-256): figures that need it are computed as one run does.
    auto model = FaceModel::open(args.value(QStringLiteral("pack")));
    if (!model)
        return fail(model.error());
    auto report = mergePairShards(args.positionals(), &*model);
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
                                 Tr::tr("the photos are face crops: use the whole image when no face is detected")),
                    allowDamagedOption(), maxMegapixelsOption(),
                    Option::integer(QStringLiteral("workers"), QStringLiteral("N"),
                                    Tr::tr("analyse N images at once (threads sharing the cores); the figures do "
                                           "not depend on N"),
                                    1, 256)
                        .withDefault(QStringLiteral("1")),
                    Option::text(QStringLiteral("shard"), QStringLiteral("i/n"),
                                 Tr::tr("score only the i-th of n contiguous blocks of the pairs and print what "
                                        "'eval merge' combines (with --json)"))},
        .run = runVerifyPairs,
    };
}

Command evalMergeCommand()
{
    return Command{
        .words = {QStringLiteral("eval"), QStringLiteral("merge")},
        .summary = Tr::tr("combine the outputs of verify-pairs --shard i/n --json into the result of one run"),
        .positionals = {{QStringLiteral("SHARD.json"), Tr::tr("every shard's JSON output, in any order"), false, true}},
        .options = {packOption(), jsonOption()},
        .run = runEvalMerge,
    };
}

} // namespace descry::cli
