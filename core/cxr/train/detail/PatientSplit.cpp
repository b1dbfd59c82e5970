#include "core/cxr/train/detail/PatientSplit.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace descry::detail {

namespace {

// SplitMix64: a tiny portable generator (std::shuffle's use of the engine differs between standard libraries).
struct SplitMix64
{
    uint64_t state;
    uint64_t next()
    {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
};

int partSize(int patients, double fraction)
{
    if (!(fraction > 0.0))
        return 0;
    const int n = int(std::lround(patients * fraction));
    return patients >= 3 ? std::max(1, n) : n;
}

} // namespace

PatientSplit splitByPatient(const QStringList& patientOf, const std::vector<int>& stratumOf, double testFraction,
                            double validationFraction, uint64_t seed)
{
    QMap<QString, int> stratumOfPatient; // sorted by id: the shuffle starts from a fixed order
    for (int i = 0; i < patientOf.size(); ++i) {
        const int s = i < int(stratumOf.size()) ? stratumOf[size_t(i)] : 0;
        auto it = stratumOfPatient.find(patientOf[i]);
        if (it == stratumOfPatient.end())
            stratumOfPatient.insert(patientOf[i], s);
        else
            *it = std::max(*it, s);
    }
    QMap<int, QStringList> byStratum;
    for (auto it = stratumOfPatient.cbegin(); it != stratumOfPatient.cend(); ++it)
        byStratum[it.value()] << it.key();

    SplitMix64 rng{seed};
    QSet<QString> testSet, validationSet;
    PatientSplit split;
    for (QStringList& patients : byStratum) {
        for (int i = int(patients.size()) - 1; i > 0; --i)
            patients.swapItemsAt(i, int(rng.next() % uint64_t(i + 1)));
        const int p = int(patients.size());
        const int nTest = std::min(p, partSize(p, testFraction));
        const int nValidation = std::min(p - nTest, partSize(p, validationFraction));
        for (int i = 0; i < p; ++i) {
            if (i < nTest)
                testSet.insert(patients[i]);
            else if (i < nTest + nValidation)
                validationSet.insert(patients[i]);
        }
    }
    for (auto it = stratumOfPatient.cbegin(); it != stratumOfPatient.cend(); ++it) {
        const QString& id = it.key();
        (testSet.contains(id)         ? split.testPatients
         : validationSet.contains(id) ? split.validationPatients
                                      : split.trainPatients)
            << id;
    }
    for (int i = 0; i < patientOf.size(); ++i) {
        const QString& id = patientOf[i];
        (testSet.contains(id) ? split.test : validationSet.contains(id) ? split.validation : split.train).push_back(i);
    }
    return split;
}

} // namespace descry::detail
