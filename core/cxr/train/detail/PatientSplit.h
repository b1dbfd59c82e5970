#pragma once

#include <QStringList>

#include <cstdint>
#include <vector>

namespace descry::detail {

// The three parts of a CXR training set, split by patient: every image of a patient lies in exactly one part.
struct PatientSplit
{
    std::vector<int> train, validation, test; // sample indices, ascending
    QStringList trainPatients, validationPatients, testPatients;
};

// Splits samples by patient (`patientOf[i]` is sample i's patient). Patients are stratified by `stratumOf[i]`
// (a patient's stratum is the largest of its samples', e.g. 1 when any image shows effusion) so every part gets its
// share of each stratum: round(P_s·testFraction) test and round(P_s·validationFraction) validation patients per
// stratum, at least one each when the fraction is positive and the stratum has three patients or more. The order
// within a stratum is a Fisher–Yates shuffle of the sorted patient ids by SplitMix64(seed): the same seed gives the
// same split on every platform. Pure.
PatientSplit splitByPatient(const QStringList& patientOf, const std::vector<int>& stratumOf, double testFraction,
                            double validationFraction, uint64_t seed);

} // namespace descry::detail
