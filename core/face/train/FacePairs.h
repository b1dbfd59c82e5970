#pragma once

#include <cstdint>
#include <vector>

namespace descry {

// A verification pair of face indices with its ground truth.
struct FacePair
{
    int a = 0;
    int b = 0;
    int same = 0;
};

// All same-identity pairs among `faces` plus an equal number of different-identity pairs drawn uniformly
// without repetition (seeded, deterministic). identity[i] < 0 excludes face i.
std::vector<FacePair> sampleBalancedPairs(const std::vector<int>& faces, const std::vector<int>& identity,
                                          uint64_t seed);

} // namespace descry
