// `descry-cli eval calibrate-lr SCORES.json [--method logistic|isotonic] [--dataset TEXT] [--json]`: fits a
// score-based likelihood ratio on a lab's scored same/different pairs and prints a, b (or the PAV table), Cllr and
// Cllr_min, and the object a pack's calibration.likelihood_ratio takes (with the pairs' exclusions, when given).
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "core/common/Json.h"
#include "core/common/Tr.h"
#include "core/eval/LikelihoodRatio.h"
#include "core/face/pipeline/PairScore.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace descry::cli {

namespace {

// A pair's "excluded" (verify-pairs' exclusionsToJson: [{"component", "reason"}, ...]); absent: none.
bool readExcluded(const QJsonObject& p, QList<ExcludedComponent>* out)
{
    if (!p.contains(QStringLiteral("excluded")))
        return true;
    if (!p.value(QStringLiteral("excluded")).isArray())
        return false;
    for (const QJsonValue& v : p.value(QStringLiteral("excluded")).toArray()) {
        const QJsonObject x = v.toObject();
        ExcludedComponent c{x.value(QStringLiteral("component")).toString(),
                            x.value(QStringLiteral("reason")).toString(), QString()};
        if (c.component.isEmpty() || !isExclusionReason(c.reason))
            return false;
        *out << c;
    }
    return true;
}

// {"pairs": [{"score": s, "same": 0|1, "excluded"?: [...]}, ...]}, or the "results" of a verify-pairs shard
// (--shard i/n --json: scored ones, "explainable" as the score); every pair checked, the first bad one named.
// `recorded` tells whether any pair said what was excluded from its score.
Status readScores(const QString& path, std::vector<double>* scores, std::vector<int>* same,
                  std::vector<QList<ExcludedComponent>>* excluded, bool* recorded)
{
    auto o = json::readObjectFile(path);
    if (!o)
        return o.error();
    const bool shard = o->value(QStringLiteral("results")).isArray() && !o->contains(QStringLiteral("pairs"));
    const QJsonValue pairs = o->value(shard ? QStringLiteral("results") : QStringLiteral("pairs"));
    if (!pairs.isArray())
        return Error(ErrorCode::Input, Tr::tr("'pairs' must be an array of {\"score\": number, \"same\": 0 or 1}"),
                     path);
    const QJsonArray a = pairs.toArray();
    *recorded = false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject p = a[i].toObject();
        if (shard && !p.value(QStringLiteral("scored")).toBool())
            continue;
        const QJsonValue s = p.value(shard ? QStringLiteral("explainable") : QStringLiteral("score"));
        const QJsonValue y = p.value(QStringLiteral("same"));
        const bool label = y.isBool() || (y.isDouble() && (y.toDouble() == 0 || y.toDouble() == 1));
        QList<ExcludedComponent> ex;
        if (!a[i].isObject() || !s.isDouble() || !std::isfinite(s.toDouble()) || !label || !readExcluded(p, &ex))
            return Error(ErrorCode::Input,
                         Tr::tr("pairs[%1]: needs a finite \"score\", \"same\" 0 or 1 and, if given, \"excluded\" "
                                "as [{\"component\", \"reason\"}]")
                             .arg(i),
                         path);
        *recorded = *recorded || p.contains(QStringLiteral("excluded"));
        scores->push_back(s.toDouble());
        same->push_back(y.isBool() ? int(y.toBool()) : int(y.toDouble()));
        excluded->push_back(ex);
    }
    return {};
}

ExitCode runCalibrateLr(const ParsedArgs& args)
{
    const QString path = args.positional(0);
    std::vector<double> scores;
    std::vector<int> same;
    std::vector<QList<ExcludedComponent>> excluded;
    bool recorded = false;
    if (auto st = readScores(path, &scores, &same, &excluded, &recorded); !st)
        return fail(st.error());
    const bool isotonic = args.value(QStringLiteral("method")) == QLatin1String("isotonic");
    auto cal = isotonic ? fitIsotonicLr(scores, same) : fitLogisticLr(scores, same);
    if (!cal)
        return fail(cal.error().withFile(path));
    cal->dataset = args.value(QStringLiteral("dataset")).isEmpty() ? path : args.value(QStringLiteral("dataset"));
    cal->date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // The same pair score as compare (scorePair): how often each exclusion occurred, so a comparison that leaves out
    // what the calibration pairs often left out stays calibrated. Without any record: none (conservative).
    if (recorded)
        cal->exclusions = exclusionFractions(excluded);
    if (args.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("likelihood_ratio"), cal->toJson()}});
        return ExitCode::Success;
    }
    QString text = Tr::tr("%1 calibration on %2 same-source and %3 different-source pairs\n")
                       .arg(lrMethodId(cal->method))
                       .arg(cal->pairsSame)
                       .arg(cal->pairsDifferent);
    if (cal->method == LrMethod::Logistic)
        text += Tr::tr("ln LR = a * score + b with a = %1, b = %2\n").arg(cal->a, 0, 'g', 6).arg(cal->b, 0, 'g', 6);
    else
        text += Tr::tr("%n PAV block(s), bounded by one pseudo pair at each end\n", nullptr, int(cal->pav.size()));
    text += Tr::tr("Cllr %1 bits, Cllr_min %2 bits\n").arg(cal->cllr, 0, 'f', 4).arg(cal->cllrMin, 0, 'f', 4);
    printText(text);
    return ExitCode::Success;
}

} // namespace

Command evalCalibrateLrCommand()
{
    return Command{
        .words = {QStringLiteral("eval"), QStringLiteral("calibrate-lr")},
        .summary = Tr::tr("fit a score-based likelihood ratio on scored same/different pairs: a, b, Cllr, Cllr_min"),
        .positionals = {{QStringLiteral("SCORES.json"),
                         Tr::tr("{\"pairs\": [{\"score\": number, \"same\": 0 or 1, \"excluded\": [...]}, ...]} "
                                "or a verify-pairs shard (--shard i/n --json)")}},
        .options = {Option::choice(QStringLiteral("method"), {QStringLiteral("logistic"), QStringLiteral("isotonic")},
                                   Tr::tr("logistic regression or isotonic (PAV) calibration"))
                        .withDefault(QStringLiteral("logistic")),
                    Option::text(QStringLiteral("dataset"), QStringLiteral("TEXT"),
                                 Tr::tr("what the pairs are, recorded as the calibration's dataset")),
                    jsonOption()},
        .run = runCalibrateLr,
    };
}

} // namespace descry::cli
