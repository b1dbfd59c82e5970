#include "core/eval/ClassificationMetrics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace descry {

double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (scores.size() != labels.size())
        return nan;
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    double positiveRankSum = 0.0;
    double positives = 0.0;
    size_t i = 0;
    while (i < order.size()) {
        size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]])
            ++j;
        const double averageRank = 0.5 * static_cast<double>(i + 1 + j); // ranks i+1..j share their mean
        for (size_t t = i; t < j; ++t)
            if (labels[order[t]] != 0) {
                positiveRankSum += averageRank;
                positives += 1.0;
            }
        i = j;
    }
    const double negatives = static_cast<double>(scores.size()) - positives;
    if (positives == 0.0 || negatives == 0.0)
        return nan;
    return (positiveRankSum - positives * (positives + 1.0) / 2.0) / (positives * negatives);
}

ClassificationResult evaluateClassification(const std::vector<double>& probabilities, const std::vector<int>& labels,
                                            double threshold)
{
    ClassificationResult r;
    r.threshold = threshold;
    if (probabilities.size() != labels.size()) {
        r.problem = QCoreApplication::translate("descry", "probabilities and labels differ in number").toStdString();
        return r;
    }
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] != 0 && labels[i] != 1) {
            r.problem = QCoreApplication::translate("descry", "labels must be 0 or 1").toStdString();
            return r;
        }
        if (!std::isfinite(probabilities[i])) {
            r.problem = QCoreApplication::translate("descry", "a probability is not finite").toStdString();
            return r;
        }
    }
    r.n = static_cast<int>(labels.size());
    for (size_t i = 0; i < labels.size(); ++i) {
        const bool predicted = probabilities[i] >= threshold;
        if (labels[i] == 1)
            (predicted ? r.tp : r.fn)++;
        else
            (predicted ? r.fp : r.tn)++;
    }
    if (r.n > 0)
        r.accuracy = static_cast<double>(r.tp + r.tn) / r.n;
    r.precision = r.tp + r.fp > 0 ? static_cast<double>(r.tp) / (r.tp + r.fp) : 0.0;
    r.recall = r.tp + r.fn > 0 ? static_cast<double>(r.tp) / (r.tp + r.fn) : 0.0;
    r.f1 = r.precision + r.recall > 0.0 ? 2.0 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
    r.auc = rocAuc(probabilities, labels);
    return r;
}

} // namespace descry
