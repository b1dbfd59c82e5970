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
    if (fit.accuracy >= kDecidedAccuracy) {
        fit.bandNote = Tr::tr("no band: %1 % of the validation calls are right (target %2 %)")
                           .arg(100.0 * fit.accuracy, 0, 'f', 1)
                           .arg(100.0 * kDecidedAccuracy, 0, 'f', 0);
        return;
    }
    const int n = int(p.size());
    std::vector<int> order(static_cast<size_t>(n), 0);
    std::iota(order.begin(), order.end(), 0);
    const auto dist = [&](int i) { return std::abs(p[size_t(i)] - fit.threshold); };
    const auto right = [&](int i) { return (p[size_t(i)] >= fit.threshold) == (y[size_t(i)] == 1); };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return dist(a) < dist(b); });
    int wrongOutside = 0;
    for (int i : order)
        wrongOutside += right(i) ? 0 : 1;
    int rightInside = 0;
    for (int k = 1; k <= n / 2; ++k) {
        const int i = order[size_t(k - 1)];
        if (right(i))
            ++rightInside;
        else
            --wrongOutside; // the call moves inside the band
        if (double(n - k - wrongOutside) / (n - k) < kDecidedAccuracy)
            continue;
        const double w = 0.5 * (dist(i) + dist(order[size_t(k)]));
        fit.hasBand = true;
        fit.bandLow = std::max(0.0, fit.threshold - w);
        fit.bandHigh = std::min(1.0, fit.threshold + w);
        fit.bandCalls = k;
        fit.bandAccuracy = double(rightInside) / k;
        fit.bandNote = Tr::tr("band: the %1 validation calls nearest the threshold were %2 % right, the others "
                              "at least %3 %")
                           .arg(k)
                           .arg(100.0 * fit.bandAccuracy, 0, 'f', 1)
                           .arg(100.0 * kDecidedAccuracy, 0, 'f', 0);
        return;
    }
    fit.bandNote = Tr::tr("no band: no neighbourhood of the threshold holding at most half of the validation calls "
                          "leaves the others %1 % right")
                       .arg(100.0 * kDecidedAccuracy, 0, 'f', 0);
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
    fit.rule = Tr::tr("maximum F1 on the validation part; indeterminate band: the narrowest neighbourhood of the "
                      "threshold outside which at least %1 % of the validation calls are right (at most half of "
                      "them inside; none below %2 validation images or %3 of a class)")
                   .arg(100.0 * kDecidedAccuracy, 0, 'f', 0)
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
