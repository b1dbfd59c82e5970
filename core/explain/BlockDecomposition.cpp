#include "core/explain/BlockDecomposition.h"
#include "core/common/Tr.h"

#include <algorithm>
#include <cmath>

namespace descry {

namespace {

Error blockError(const QString& what)
{
    return Error(ErrorCode::Model, Tr::tr("block decomposition: %1").arg(what));
}

// The sizes agree and W is zero outside the blocks; returns G.
Result<int> checkBlocks(size_t n, size_t nReference, const std::vector<float>& W, size_t bSize,
                        const std::vector<int>& groupOf, int blockWidth)
{
    if (n == 0 || n != nReference || groupOf.size() != n)
        return blockError(
            Tr::tr("%1 probe scores, %2 reference scores and %3 group ids").arg(n).arg(nReference).arg(groupOf.size()));
    const int groups = *std::max_element(groupOf.begin(), groupOf.end()) + 1;
    if (blockWidth < 1 || *std::min_element(groupOf.begin(), groupOf.end()) < 0)
        return blockError(Tr::tr("block width %1 or a group id is invalid").arg(blockWidth));
    const size_t m = size_t(groups) * size_t(blockWidth);
    if (W.size() != n * m || (bSize != 0 && bSize != m))
        return blockError(
            Tr::tr("W holds %1 values and b %2, expected %3 × %4 and %4").arg(W.size()).arg(bSize).arg(n).arg(m));
    for (size_t k = 0; k < n; ++k) {
        const size_t lo = size_t(groupOf[k]) * size_t(blockWidth), hi = lo + size_t(blockWidth);
        for (size_t j = 0; j < m; ++j)
            if ((j < lo || j >= hi) && W[k * m + j] != 0.0f)
                return blockError(Tr::tr("W[%1, %2] = %3 lies outside the block of group %4: the head is not "
                                         "block-structured")
                                      .arg(k)
                                      .arg(j)
                                      .arg(W[k * m + j])
                                      .arg(groupOf[k]));
    }
    return groups;
}

std::vector<double> aggregate(const std::vector<float>& s, const std::vector<float>& W, const std::vector<float>& b,
                              size_t m)
{
    std::vector<double> e(m, 0.0);
    for (size_t k = 0; k < s.size(); ++k)
        for (size_t j = 0; j < m; ++j)
            e[j] += double(s[k]) * W[k * m + j];
    for (size_t j = 0; j < b.size(); ++j)
        e[j] += b[j];
    return e;
}

} // namespace

Result<BlockDecomposition> decomposeBlockScore(const std::vector<float>& ssmProbe,
                                               const std::vector<float>& ssmReference, const std::vector<float>& W,
                                               const std::vector<float>& b, const std::vector<int>& groupOf,
                                               int blockWidth)
{
    auto groups = checkBlocks(ssmProbe.size(), ssmReference.size(), W, b.size(), groupOf, blockWidth);
    if (!groups)
        return groups.error();
    const size_t G = size_t(*groups), w = size_t(blockWidth), m = G * w;
    const std::vector<double> ep = aggregate(ssmProbe, W, b, m), er = aggregate(ssmReference, W, b, m);
    BlockDecomposition d;
    d.shares.assign(G, 0.0);
    d.blockCosines.assign(G, 0.0);
    d.weights.assign(G, 0.0);
    double pp = 0, rr = 0, pr = 0;
    for (size_t j = 0; j < m; ++j) {
        pp += ep[j] * ep[j];
        rr += er[j] * er[j];
        pr += ep[j] * er[j];
    }
    const double norms = std::sqrt(pp) * std::sqrt(rr);
    if (!(norms > 0.0))
        return d; // a zero embedding: score 0, nothing to attribute
    d.score = pr / norms;
    double total = 0.0;
    for (size_t g = 0; g < G; ++g) {
        double gpp = 0, grr = 0, gpr = 0, gbias = 0;
        for (size_t j = g * w; j < (g + 1) * w; ++j) {
            gpp += ep[j] * ep[j];
            grr += er[j] * er[j];
            gpr += ep[j] * er[j];
            if (!b.empty())
                gbias += b[j] * (ep[j] + er[j]) / 2.0;
        }
        d.shares[g] = (gpr - gbias) / norms;
        d.biasTerm += gbias / norms;
        const double gnorms = std::sqrt(gpp) * std::sqrt(grr);
        d.blockCosines[g] = gnorms > 0.0 ? gpr / gnorms : 0.0;
        d.weights[g] = gnorms / norms;
        total += d.shares[g];
    }
    d.residual = d.score - total - d.biasTerm;
    return d;
}

} // namespace descry
