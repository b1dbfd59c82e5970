#pragma once

#include "core/common/Result.h"

#include <vector>

namespace descry {

// Exact split of a chest-X-ray decision margin (DESIGN.md §1): logits l = S_sm·W + b with m = 2 (class 1 =
// pleural effusion), Δ = l_1 − l_0 = Σ_k S_sm[k]·(W[k,1] − W[k,0]) + (b_1 − b_0); c_k = S_sm[k]·(W[k,1] − W[k,0]).
struct MarginDecomposition
{
    double logit0 = 0.0;
    double logit1 = 0.0;
    double margin = 0.0;               // Δ = l_1 − l_0
    double probability = 0.0;          // softmax(l)_1 = 1 / (1 + exp(−Δ))
    std::vector<double> contributions; // c_k, N values
    double biasTerm = 0.0;             // b_1 − b_0 (0 without bias)
    double residual = 0.0;             // Δ − Σ c_k − biasTerm (rounding only)
};

// ssm: N group-softmaxed scores; W: N×2 row-major; b: 2 values or empty. Fails (ErrorCode::Model) on sizes.
Result<MarginDecomposition> decomposeMargin(const std::vector<float>& ssm, const std::vector<float>& W,
                                            const std::vector<float>& b);

} // namespace descry
