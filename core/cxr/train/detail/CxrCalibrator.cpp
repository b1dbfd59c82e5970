#include "core/cxr/train/detail/CxrCalibrator.h"

#include "core/common/Tr.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace descry::detail {

namespace {

struct Counts
{
    int tp = 0, fp = 0, tn = 0, fn = 0;
    double f1() const { return tp == 0 ? 0.0 : 2.0 * tp / double(2 * tp + fp + fn); }
    double accuracy() const
    {
        const int n = tp + fp + tn + fn;
        return n == 0 ? 0.0 : double(tp + tn) / n;
    }
};

Counts countAt(const std::vector<double>& p, const std::vector<int>& y, double t)
{
    Counts c;
    for (size_t i = 0; i < p.size(); ++i) {
        const bool call = p[i] >= t;
        if (y[i] == 1)
            (call ? c.tp : c.fn)++;
        else
            (call ? c.fp : c.tn)++;
    }
    return c;
}

double bestThreshold(const std::vector<double>& p, const std::vector<int>& y)
{
    std::vector<double> sorted = p;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    std::vector<double> candidates{std::max(0.0, sorted.front() - 1e-6)};
    for (size_t i = 1; i < sorted.size(); ++i)
        candidates.push_back(0.5 * (sorted[i - 1] + sorted[i]));
    double best = 0.5, bestF1 = -1.0, bestAcc = -1.0;
    for (double t : candidates) {
        const Counts c = countAt(p, y, t);
        const bool better = c.f1() > bestF1 + 1e-12 ||
                            (std::abs(c.f1() - bestF1) <= 1e-12 &&
                             (c.accuracy() > bestAcc + 1e-12 ||
                              (std::abs(c.accuracy() - bestAcc) <= 1e-12 && std::abs(t - 0.5) < std::abs(best - 0.5))));
        if (better) {
            best = t;
            bestF1 = c.f1();
            bestAcc = c.accuracy();
        }
    }
    return best;
}

void fitBand(const std::vector<double>& p, const std::vector<int>& y, CxrThresholdFit& fit)
{
    const int n = int(p.size());
    std::vector<int> order(static_cast<size_t>(n), 0);
    std::iota(order.begin(), order.end(), 0);
    const auto dist = [&](int i) { return std::abs(p[size_t(i)] - fit.threshold); };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return dist(a) < dist(b); });
    int correct = 0, bestK = 0, bestCorrect = 0;
    for (int k = 1; k <= n / 2; ++k) {
        const int i = order[size_t(k - 1)];
        correct += ((p[size_t(i)] >= fit.threshold) == (y[size_t(i)] == 1)) ? 1 : 0;
        if (k >= 2 && double(correct) / k < fit.accuracy - 1e-12) {
            bestK = k;
            bestCorrect = correct;
        }
    }
    if (bestK == 0) {
        fit.bandNote = Tr::tr("no band: the validation calls nearest the threshold are as accurate as the rest");
        return;
    }
    const double w = 0.5 * (dist(order[size_t(bestK - 1)]) + dist(order[size_t(bestK)]));
    fit.hasBand = true;
    fit.bandLow = std::max(0.0, fit.threshold - w);
    fit.bandHigh = std::min(1.0, fit.threshold + w);
    fit.bandCalls = bestK;
    fit.bandAccuracy = double(bestCorrect) / bestK;
    fit.bandNote = Tr::tr("band: the %1 validation calls nearest the threshold were %2 % accurate (all calls: %3 %)")
                       .arg(bestK)
                       .arg(100.0 * fit.bandAccuracy, 0, 'f', 1)
                       .arg(100.0 * fit.accuracy, 0, 'f', 1);
}

} // namespace

CxrThresholdFit calibrateCxrThreshold(const std::vector<double>& probabilities, const std::vector<int>& labels)
{
    CxrThresholdFit fit;
    fit.n = int(std::min(probabilities.size(), labels.size()));
    const std::vector<double> p(probabilities.begin(), probabilities.begin() + fit.n);
    const std::vector<int> y(labels.begin(), labels.begin() + fit.n);
    const int positives = int(std::count(y.begin(), y.end(), 1));
    const int negatives = fit.n - positives;
    fit.rule = Tr::tr("maximum F1 on the validation part; indeterminate band: the widest neighbourhood of the "
                      "threshold, holding at most half of the validation calls, whose calls are less accurate than "
                      "all validation calls (none below %1 validation images or %2 of a class)")
                   .arg(kMinBandValidation)
                   .arg(kMinBandPerClass);
    if (positives == 0 || negatives == 0) {
        fit.threshold = 0.5;
        fit.bandNote = Tr::tr("no band: the validation part lacks a class; threshold left at 0.5");
    } else {
        fit.threshold = bestThreshold(p, y);
    }
    const Counts c = countAt(p, y, fit.threshold);
    fit.f1 = c.f1();
    fit.accuracy = c.accuracy();
    if (positives == 0 || negatives == 0)
        return fit;
    if (fit.n < kMinBandValidation || positives < kMinBandPerClass || negatives < kMinBandPerClass) {
        fit.bandNote =
            Tr::tr("no band: the validation part is too small (%1 images, %2 with effusion)").arg(fit.n).arg(positives);
        return fit;
    }
    fitBand(p, y, fit);
    return fit;
}

} // namespace descry::detail
