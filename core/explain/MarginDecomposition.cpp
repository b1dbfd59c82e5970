#include "core/explain/MarginDecomposition.h"

#include <QCoreApplication>

#include <cmath>

namespace descry {

Result<MarginDecomposition> decomposeMargin(const std::vector<float>& ssm, const std::vector<float>& W,
                                            const std::vector<float>& b)
{
    const size_t n = ssm.size();
    if (n == 0 || W.size() != 2 * n || (!b.empty() && b.size() != 2))
        return Error(ErrorCode::Model, QCoreApplication::translate("descry", "chest X-ray decomposition: %1 scores, "
                                                                             "%2 weights (expected %3) and %4 biases")
                                           .arg(n)
                                           .arg(W.size())
                                           .arg(2 * n)
                                           .arg(b.size()));
    MarginDecomposition d;
    d.contributions.resize(n);
    double total = 0.0;
    for (size_t k = 0; k < n; ++k) {
        const double s = ssm[k];
        d.logit0 += s * W[2 * k];
        d.logit1 += s * W[2 * k + 1];
        d.contributions[k] = s * (static_cast<double>(W[2 * k + 1]) - W[2 * k]);
        total += d.contributions[k];
    }
    if (!b.empty()) {
        d.logit0 += b[0];
        d.logit1 += b[1];
        d.biasTerm = static_cast<double>(b[1]) - b[0];
    }
    d.margin = d.logit1 - d.logit0;
    d.probability = 1.0 / (1.0 + std::exp(-d.margin));
    d.residual = d.margin - total - d.biasTerm;
    return d;
}

} // namespace descry
