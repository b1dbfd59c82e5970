#include "core/face/train/FacePairs.h"

#include <algorithm>
#include <random>
#include <set>

namespace descry {

std::vector<FacePair> sampleBalancedPairs(const std::vector<int>& faces, const std::vector<int>& identity,
                                          uint64_t seed)
{
    std::vector<int> usable;
    for (int f : faces)
        if (identity[size_t(f)] >= 0)
            usable.push_back(f);
    std::vector<FacePair> same, out;
    size_t differentAvailable = 0;
    for (size_t i = 0; i < usable.size(); ++i)
        for (size_t j = i + 1; j < usable.size(); ++j) {
            if (identity[size_t(usable[i])] == identity[size_t(usable[j])])
                same.push_back({usable[i], usable[j], 1});
            else
                ++differentAvailable;
        }
    out = same;
    const size_t wanted = std::min(same.size(), differentAvailable);
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<size_t> pick(0, usable.empty() ? 0 : usable.size() - 1);
    std::set<std::pair<int, int>> taken;
    while (taken.size() < wanted) {
        int a = usable[pick(rng)], b = usable[pick(rng)];
        if (identity[size_t(a)] == identity[size_t(b)])
            continue;
        if (a > b)
            std::swap(a, b);
        if (taken.insert({a, b}).second)
            out.push_back({a, b, 0});
    }
    return out;
}

} // namespace descry
