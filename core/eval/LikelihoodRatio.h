#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>
#include <vector>

namespace descry {

// Evaluative reporting: a score-based likelihood ratio LR = p(score | same source) / p(score | different sources),
// calibrated on same/different pairs, its log-likelihood-ratio cost (Cllr, Brümmer & du Preez 2006) and its verbal
// equivalent on the ENFSI Guideline for Evaluative Reporting in Forensic Science (2015) scale.

// How scores become LRs: logistic regression (ln LR = a·score + b) or isotonic regression (pool adjacent
// violators, a monotone step function bounded by one pseudo pair at each end).
enum class LrMethod { Logistic, Isotonic };

// "logistic", "isotonic": the manifest's calibration.likelihood_ratio.method.
QString lrMethodId(LrMethod method);
std::optional<LrMethod> lrMethodFromId(const QString& id);

// A closed interval of calibration data; empty (min > max) until something is included.
struct LrRange
{
    double min = INFINITY;
    double max = -INFINITY;
    bool empty() const { return !(min <= max); }
    void include(double v)
    {
        if (std::isfinite(v)) {
            min = std::min(min, v);
            max = std::max(max, v);
        }
    }
};

// The photo qualities an LR's calibration range is checked on (one photo); NaN / nullopt: not known.
struct LrPhotoQuality
{
    double interEyePixels = NAN;
    double sharpness = NAN;
    double absYawDegrees = NAN;
    std::optional<bool> colour;
};

// One block of an isotonic calibration: scores in [scoreMin, scoreMax] get log10Lr.
struct LrBlock
{
    double scoreMin = 0, scoreMax = 0, log10Lr = 0;
};

// The calibration of a pack (manifest calibration.likelihood_ratio): the map from score to LR, what it was fitted
// on, how good it is (Cllr of the calibration, Cllr_min after PAV) and the range of the data it was fitted on.
struct LrCalibration
{
    LrMethod method = LrMethod::Logistic;
    double a = 0, b = 0;      // logistic: natural-log LR = a·score + b
    std::vector<LrBlock> pav; // isotonic: ascending, non-overlapping, non-decreasing log10Lr
    QString dataset, date;
    int pairsSame = 0, pairsDifferent = 0;
    double cllr = NAN, cllrMin = NAN;
    LrRange score;
    LrRange interEyePixels, sharpness, absYawDegrees;
    bool colourPhotos = false, greyscalePhotos = false; // kinds of photo in the calibration data
    // How often each part of the face was left out of the score in the calibration pairs (manifest
    // calibration.likelihood_ratio.exclusions: id → fraction of pairs, 0..1; ids never excluded are absent).
    // nullopt for a calibration that did not record it (older packs): then any exclusion is outside it.
    std::optional<QMap<QString, double>> exclusions;

    // The fraction of calibration pairs that excluded `id` (0 when not listed); nullopt without the map.
    std::optional<double> exclusionFraction(const QString& id) const;

    // log10 LR of a score (isotonic: the block's value, linear between blocks, the end blocks beyond them).
    double log10Lr(double score) const;
    // Widens the recorded quality ranges by one photo of the calibration data.
    void includePhoto(const LrPhotoQuality& q);
    QJsonObject toJson() const;
    // Strict reading of the manifest object: every field present, typed and in range; a Model error naming
    // `file` and the field ("calibration.likelihood_ratio.a: ...") otherwise.
    static Result<LrCalibration> fromJson(const QJsonValue& value, const QString& file);
};

// An exclusion is within the calibration data when at least this fraction of the calibration pairs had it.
inline constexpr double kLrMinExclusionFraction = 0.05;

// Logistic calibration by maximum likelihood with same and different pairs weighted equally (the prior log-odds
// of the calibration set subtracted, so the fitted log-odds is the log LR). Input error without finite scores of
// both kinds of pair. Fills a, b, pairs, cllr, cllrMin and the score range; not the dataset, date or qualities.
Result<LrCalibration> fitLogisticLr(const std::vector<double>& scores, const std::vector<int>& same);
// Isotonic (PAV) calibration bounded by one pseudo same-source pair at the lowest and one pseudo different-source
// pair at the highest calibration score, so no LR is 0 or ∞.
Result<LrCalibration> fitIsotonicLr(const std::vector<double>& scores, const std::vector<int>& same);

// Cllr in bits of log10 LRs of pairs with ground truth (1 same, 0 different): ½·(mean over same pairs of
// log2(1 + 1/LR) + mean over different pairs of log2(1 + LR)). 0 for a perfect system, 1 for LR ≡ 1; NaN without
// both kinds of pair.
double cllr(const std::vector<double>& log10Lrs, const std::vector<int>& same);
// Cllr after the optimal monotone recalibration (PAV without pseudo pairs): the discrimination loss alone.
double cllrMin(const std::vector<double>& scores, const std::vector<int>& same);

// The name of the verbal scale, for reports: "ENFSI Guideline for Evaluative Reporting in Forensic Science (2015)".
QString verbalScaleName();
// The verbal equivalent of an LR on that scale (translated): "moderately strong support for the same-source
// proposition", "weak support for the different-source proposition", "no support either way" (0.9 < LR < 1.1).
// Each band includes its lower bound: 10 is "moderate support", 1/10 "moderate support ... different-source".
QString verbalEquivalent(double lr);

// "2.3 × 10³", "4.2 × 10⁻⁵"; from 0.01 to 100 written out with three significant digits: "12.4", "0.051".
QString formatLr(double lr);

// An LR for one comparison, with what it means and whether the calibration covers this pair.
struct LikelihoodRatioResult
{
    bool available = false; // the pack has an LR calibration
    QString unavailableReason;
    double lr = NAN, log10Lr = NAN;
    QString verbal;             // verbalEquivalent(lr)
    bool calibrated = false;    // score and both photos within the calibration data
    QStringList reasonsOutside; // why not: "probe: inter-eye distance 18 px is below the calibration data's 32 px"
    QString method, dataset, scale;
    double cllr = NAN, cllrMin = NAN;
    int pairsSame = 0, pairsDifferent = 0;

    // {"lr", "log10_lr", "verbal", "scale", "calibrated", "reasons_outside", "method", "dataset", "cllr", ...}.
    QJsonObject toJson() const;
    // "LR 2.3 × 10³ — moderately strong support for the same-source proposition (ENFSI 2015 scale)".
    QString summary() const;
};

// Applies a calibration to one comparison: the LR of `score`, its verbal equivalent, and every way the score or
// a photo falls outside the calibration data.
LikelihoodRatioResult evaluateLikelihoodRatio(const LrCalibration& calibration, double score,
                                              const LrPhotoQuality& probe, const LrPhotoQuality& reference);
// Where the pair falls outside the calibration data, in words (empty: inside).
QStringList outsideCalibration(const LrCalibration& calibration, double score, const LrPhotoQuality& probe,
                               const LrPhotoQuality& reference);

// How a calibration does on a lab's own scored pairs (verify-pairs): {"cllr", "cllr_min" on these pairs,
// "calibration_cllr" (as fitted), "pairs_same", "pairs_different", "pairs_outside_score_range", "method", "dataset"};
// cllr null without both kinds of pair.
QJsonObject lrCheckOnPairs(const LrCalibration& calibration, const std::vector<double>& scores,
                           const std::vector<int>& same);

} // namespace descry
