#include "core/explain/CosineDecomposition.h"
#include "core/common/Tr.h"

#include <QCoreApplication>

#include <cmath>

namespace descry {

namespace {
// m from the sizes, or an error naming the disagreement.
Result<size_t> aggregatedWidth(size_t nProbe, size_t nReference, size_t wSize, size_t bSize)
{
    if (nProbe == 0 || nProbe != nReference)
        return Error(ErrorCode::Model,
                     Tr::tr("face decomposition: %1 probe scores but %2 reference scores").arg(nProbe).arg(nReference));
    if (wSize == 0 || wSize % nProbe != 0)
        return Error(ErrorCode::Model, Tr::tr("face decomposition: the aggregation matrix (%1 values) does not have "
                                              "%2 rows")
                                           .arg(wSize)
                                           .arg(nProbe));
    const size_t m = wSize / nProbe;
    if (bSize != 0 && bSize != m)
        return Error(ErrorCode::Model,
                     Tr::tr("face decomposition: the bias has %1 values, expected %2").arg(bSize).arg(m));
    return m;
}

// e = s·W + b in double precision.
std::vector<double> aggregate(const std::vector<float>& s, const std::vector<float>& W, const std::vector<float>& b,
                              size_t m, const std::vector<bool>* keep = nullptr)
{
    std::vector<double> e(m, 0.0);
    for (size_t k = 0; k < s.size(); ++k) {
        if (keep && !(*keep)[k])
            continue;
        const double sk = s[k];
        for (size_t j = 0; j < m; ++j)
            e[j] += sk * W[k * m + j];
    }
    for (size_t j = 0; j < b.size(); ++j)
        e[j] += b[j];
    return e;
}

double dot(const std::vector<double>& a, const std::vector<double>& c)
{
    double sum = 0.0;
    for (size_t j = 0; j < a.size(); ++j)
        sum += a[j] * c[j];
    return sum;
}

} // namespace

Result<CosineDecomposition> decomposeCosineScore(const std::vector<float>& ssmProbe,
                                                 const std::vector<float>& ssmReference, const std::vector<float>& W,
                                                 const std::vector<float>& b)
{
    const Result<size_t> width = aggregatedWidth(ssmProbe.size(), ssmReference.size(), W.size(), b.size());
    if (!width)
        return width.error();
    const size_t m = *width;
    const size_t n = ssmProbe.size();

    CosineDecomposition d;
    d.eProbe = aggregate(ssmProbe, W, b, m);
    d.eReference = aggregate(ssmReference, W, b, m);
    d.contributions.assign(n, 0.0);
    const double normP = std::sqrt(dot(d.eProbe, d.eProbe));
    const double normR = std::sqrt(dot(d.eReference, d.eReference));
    const double denom = 2.0 * normP * normR;
    if (!(denom > 0.0))
        return d; // cosine with a zero vector: 0, nothing to attribute

    d.score = dot(d.eProbe, d.eReference) / (normP * normR);
    double total = 0.0;
    for (size_t k = 0; k < n; ++k) {
        double wEr = 0.0;
        double wEp = 0.0;
        for (size_t j = 0; j < m; ++j) {
            wEr += W[k * m + j] * d.eReference[j];
            wEp += W[k * m + j] * d.eProbe[j];
        }
        d.contributions[k] = (ssmProbe[k] * wEr + ssmReference[k] * wEp) / denom;
        total += d.contributions[k];
    }
    if (!b.empty()) {
        double bEr = 0.0;
        double bEp = 0.0;
        for (size_t j = 0; j < m; ++j) {
            bEr += b[j] * d.eReference[j];
            bEp += b[j] * d.eProbe[j];
        }
        d.biasTerm = (bEr + bEp) / denom;
    }
    d.residual = d.score - total - d.biasTerm;
    return d;
}

Result<double> scoreWithMask(const std::vector<float>& ssmProbe, const std::vector<float>& ssmReference,
                             const std::vector<float>& W, const std::vector<float>& b, const std::vector<bool>& keep)
{
    const Result<size_t> width = aggregatedWidth(ssmProbe.size(), ssmReference.size(), W.size(), b.size());
    if (!width)
        return width.error();
    if (keep.size() != ssmProbe.size())
        return Error(ErrorCode::Usage, QCoreApplication::translate("descry", "face what-if: %1 mask entries for %2 "
                                                                             "descriptors")
                                           .arg(keep.size())
                                           .arg(ssmProbe.size()));
    const std::vector<double> ep = aggregate(ssmProbe, W, b, *width, &keep);
    const std::vector<double> er = aggregate(ssmReference, W, b, *width, &keep);
    const double norms = std::sqrt(dot(ep, ep)) * std::sqrt(dot(er, er));
    return norms > 0.0 ? dot(ep, er) / norms : 0.0;
}

std::vector<double> sumByGroup(const std::vector<double>& values, const std::vector<int>& groupOf, int numGroups)
{
    if (values.size() != groupOf.size() || numGroups < 0)
        return {};
    std::vector<double> sums(static_cast<size_t>(numGroups), 0.0);
    for (size_t k = 0; k < values.size(); ++k) {
        if (groupOf[k] < 0 || groupOf[k] >= numGroups)
            return {};
        sums[static_cast<size_t>(groupOf[k])] += values[k];
    }
    return sums;
}

} // namespace descry
