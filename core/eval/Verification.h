#pragma once

#include <map>
#include <string>
#include <vector>

namespace descry {

// 1:1 verification figures (face pairs): 10-fold accuracy, ROC AUC, TAR at FAR. A pair is predicted "same" iff
// score >= threshold.
struct VerificationResult
{
    int pairs = 0;
    double accuracy = 0.0;    // mean of the per-fold accuracies (folds without pairs are skipped)
    double accuracyStd = 0.0; // population std (divide by the number of folds, as numpy.std in the usual protocol)
    double auc = 0.0;         // ROC AUC, Mann–Whitney with ties counted ½; NaN without both kinds of pair
    double threshold = 0.0;   // best-accuracy threshold on all pairs (the calibration a pack records)
    // TAR at each requested FAR, and the threshold used: the smallest t with FAR(t) = #{negatives >= t}/#negatives
    // <= target, i.e. just above (std::nextafter) the (k+1)-th highest negative score, k = floor(target·#negatives);
    // no interpolation between ROC points, so the achieved FAR is at most the target (0 when target·#neg < 1).
    std::map<double, double> tarAtFar;
    std::map<double, double> thresholdAtFar;
    std::vector<double> foldAccuracies; // 10 entries; NaN for a fold without pairs
    std::vector<double> foldThresholds; // the threshold chosen on the other nine folds; NaN for an empty fold
    std::string problem;                // empty when the inputs were valid; otherwise what was wrong
};

// scores: one similarity per pair; same: 1 for a genuine pair, 0 for an impostor pair; fold: 0..9 per pair, or
// empty to assign folds with assignFolds(same). For each fold the threshold maximising accuracy on the other nine
// folds (bestThreshold) is applied to the held-out fold. Pure function, thread-safe.
VerificationResult evaluateVerification(const std::vector<double>& scores, const std::vector<int>& same,
                                        const std::vector<int>& fold = {},
                                        const std::vector<double>& fars = {0.1, 0.01, 0.001});

// The threshold with the highest accuracy. Candidates: the lowest unique score (everything "same"), the midpoints
// of consecutive sorted unique scores, and just above the highest score (nothing "same"); ties go to the smallest
// candidate. NaN for no pairs.
double bestThreshold(const std::vector<double>& scores, const std::vector<int>& same);

// Deterministic stratified folds: the genuine pairs, in input order, are cut into `folds` contiguous runs of (near)
// equal size, and so are the impostor pairs; the i-th of n pairs of a kind goes to fold floor(i·folds/n). With
// LFW-style pair lists (folds stored one after another) this reproduces the official folds.
std::vector<int> assignFolds(const std::vector<int>& same, int folds = 10);

} // namespace descry
