#pragma once

#include <QString>

#include <vector>

namespace descry::detail {

// The decision rule fitted on the validation part of a CXR training run.
struct CxrThresholdFit
{
    double threshold = 0.5; // effusion iff P >= threshold
    bool hasBand = false;   // an indeterminate band was found
    double bandLow = 0.5, bandHigh = 0.5;
    int n = 0;       // labelled validation images used
    double f1 = 0.0; // validation F1 and accuracy at the threshold
    double accuracy = 0.0;
    int bandCalls = 0;       // validation calls inside the band
    double bandAccuracy = 0; // their accuracy
    QString rule;            // the operating point and the band rule in words (manifest `operating_point`)
    QString bandNote;        // why there is no band, or what it holds
};

// Smallest labelled validation set, and fewest images of each class, for which an indeterminate band is fitted.
inline constexpr int kMinBandValidation = 10;
inline constexpr int kMinBandPerClass = 3;
// The accuracy the pack's decided calls (outside the band) are to reach on validation.
inline constexpr double kDecidedAccuracy = 0.95;

// Fits the threshold maximising F1 on validation probabilities (candidates: midpoints between consecutive distinct
// probabilities and one below the lowest; ties go to the higher accuracy, then to the candidate nearest 0.5;
// 0.5 when a class is missing), then the indeterminate band: when fewer than kDecidedAccuracy of the validation calls
// are right, the smallest k (1 <= k <= n/2) such that the calls other than the k nearest the threshold are at least
// kDecidedAccuracy right; the band reaches halfway between the k-th and the (k+1)-th nearest probability on both
// sides of the threshold, clipped to [0, 1]. No band when validation is too small (kMinBandValidation,
// kMinBandPerClass), accurate enough already, or no such k exists. labels: 1 / 0. Pure.
CxrThresholdFit calibrateCxrThreshold(const std::vector<double>& probabilities, const std::vector<int>& labels);

} // namespace descry::detail
