#include "core/eval/Verification.h"

#include "core/eval/ClassificationMetrics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace descry {

namespace {

constexpr int kFolds = 10;
const double kNaN = std::numeric_limits<double>::quiet_NaN();

// `text` is marked with QT_TRANSLATE_NOOP("descry", ...) at each call so that lupdate extracts it.
std::string problemText(const char* text)
{
    return QCoreApplication::translate("descry", text).toStdString();
}

// Best-accuracy threshold over the pairs listed in `idx` (see bestThreshold for the candidates).
double bestThresholdOn(const std::vector<double>& scores, const std::vector<int>& same, const std::vector<size_t>& idx)
{
    if (idx.empty())
        return kNaN;
    std::vector<std::pair<double, int>> items;
    items.reserve(idx.size());
    int positives = 0;
    for (size_t i : idx) {
        items.emplace_back(scores[i], same[i] != 0 ? 1 : 0);
        positives += same[i] != 0 ? 1 : 0;
    }
    std::sort(items.begin(), items.end());
    // t = lowest score: all pairs "same", the genuine ones are right.
    int correct = positives;
    double best = items.front().first;
    int bestCorrect = correct;
    size_t i = 0;
    while (i < items.size()) {
        // Move t above the run of equal scores starting at i: those pairs turn "different".
        size_t j = i;
        while (j < items.size() && items[j].first == items[i].first) {
            correct += items[j].second ? -1 : 1;
            ++j;
        }
        const double t = j < items.size() ? 0.5 * (items[i].first + items[j].first)
                                          : std::nextafter(items[i].first, std::numeric_limits<double>::infinity());
        if (correct > bestCorrect) {
            bestCorrect = correct;
            best = t;
        }
        i = j;
    }
    return best;
}

double accuracyAt(const std::vector<double>& scores, const std::vector<int>& same, const std::vector<size_t>& idx,
                  double threshold)
{
    int correct = 0;
    for (size_t i : idx)
        correct += ((scores[i] >= threshold) == (same[i] != 0)) ? 1 : 0;
    return static_cast<double>(correct) / static_cast<double>(idx.size());
}

} // namespace

std::vector<int> assignFolds(const std::vector<int>& same, int folds)
{
    std::vector<int> out(same.size(), 0);
    if (folds < 1)
        return out;
    const auto positives = static_cast<int64_t>(std::count_if(same.begin(), same.end(), [](int s) { return s != 0; }));
    const int64_t negatives = static_cast<int64_t>(same.size()) - positives;
    int64_t seenPositive = 0;
    int64_t seenNegative = 0;
    for (size_t i = 0; i < same.size(); ++i) {
        if (same[i] != 0)
            out[i] = static_cast<int>(seenPositive++ * folds / positives);
        else
            out[i] = static_cast<int>(seenNegative++ * folds / negatives);
    }
    return out;
}

double bestThreshold(const std::vector<double>& scores, const std::vector<int>& same)
{
    if (scores.size() != same.size())
        return kNaN;
    std::vector<size_t> all(scores.size());
    std::iota(all.begin(), all.end(), size_t{0});
    return bestThresholdOn(scores, same, all);
}

VerificationResult evaluateVerification(const std::vector<double>& scores, const std::vector<int>& same,
                                        const std::vector<int>& fold, const std::vector<double>& fars)
{
    VerificationResult r;
    r.accuracy = r.accuracyStd = r.auc = r.threshold = kNaN;
    if (scores.size() != same.size() || (!fold.empty() && fold.size() != scores.size())) {
        r.problem = problemText(QT_TRANSLATE_NOOP("descry", "scores, labels and folds differ in number"));
        return r;
    }
    for (size_t i = 0; i < scores.size(); ++i) {
        if (!std::isfinite(scores[i])) {
            r.problem = problemText(QT_TRANSLATE_NOOP("descry", "a score is not finite"));
            return r;
        }
        if (same[i] != 0 && same[i] != 1) {
            r.problem = problemText(QT_TRANSLATE_NOOP("descry", "pair labels must be 0 or 1"));
            return r;
        }
        if (!fold.empty() && (fold[i] < 0 || fold[i] >= kFolds)) {
            r.problem = problemText(QT_TRANSLATE_NOOP("descry", "fold numbers must lie in 0..9"));
            return r;
        }
    }
    r.pairs = static_cast<int>(scores.size());
    if (scores.empty()) {
        r.problem = problemText(QT_TRANSLATE_NOOP("descry", "no pairs"));
        return r;
    }
    const std::vector<int> folds = fold.empty() ? assignFolds(same, kFolds) : fold;

    // 10-fold accuracy.
    std::vector<double> used;
    for (int k = 0; k < kFolds; ++k) {
        std::vector<size_t> test, train;
        for (size_t i = 0; i < scores.size(); ++i)
            (folds[i] == k ? test : train).push_back(i);
        const double t = train.empty() ? kNaN : bestThresholdOn(scores, same, train);
        const double acc = test.empty() || train.empty() ? kNaN : accuracyAt(scores, same, test, t);
        r.foldThresholds.push_back(test.empty() ? kNaN : t);
        r.foldAccuracies.push_back(acc);
        if (!std::isnan(acc))
            used.push_back(acc);
    }
    if (!used.empty()) {
        r.accuracy = std::accumulate(used.begin(), used.end(), 0.0) / static_cast<double>(used.size());
        double var = 0.0;
        for (double a : used)
            var += (a - r.accuracy) * (a - r.accuracy);
        r.accuracyStd = std::sqrt(var / static_cast<double>(used.size()));
    }
    r.threshold = bestThreshold(scores, same);
    r.auc = rocAuc(scores, same);

    // TAR at FAR on all pairs.
    std::vector<double> negatives, positives;
    for (size_t i = 0; i < scores.size(); ++i)
        (same[i] != 0 ? positives : negatives).push_back(scores[i]);
    if (positives.empty() || negatives.empty()) {
        r.problem = problemText(
            QT_TRANSLATE_NOOP("descry", "both genuine and impostor pairs are needed for AUC and TAR at FAR"));
        return r;
    }
    std::sort(negatives.begin(), negatives.end(), std::greater<double>());
    const double lowest = *std::min_element(scores.begin(), scores.end());
    for (double far : fars) {
        if (!(far >= 0.0))
            continue;
        // The small relative slack keeps e.g. 0.29·100 from flooring to 28.
        const double allowed = std::floor(far * static_cast<double>(negatives.size()) * (1.0 + 1e-12));
        const double t =
            allowed >= static_cast<double>(negatives.size())
                ? lowest
                : std::nextafter(negatives[static_cast<size_t>(allowed)], std::numeric_limits<double>::infinity());
        const auto accepted = std::count_if(positives.begin(), positives.end(), [t](double s) { return s >= t; });
        r.tarAtFar[far] = static_cast<double>(accepted) / static_cast<double>(positives.size());
        r.thresholdAtFar[far] = t;
    }
    return r;
}

} // namespace descry
