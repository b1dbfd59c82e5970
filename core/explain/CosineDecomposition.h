#pragma once

#include "core/common/Result.h"

#include <vector>

namespace descry {

// Exact split of a face-comparison score into per-descriptor contributions (DESIGN.md §1).
//
// With e_p = S_p·W + b and e_r = S_r·W + b (S = group-softmaxed scores, W: N×m, (W e)[k] = Σ_j W[k,j]·e[j]):
//   e_p·e_r = (S_p W)·e_r + b·e_r = Σ_k S_p[k]·(W e_r)[k] + b·e_r
//   e_p·e_r = (S_r W)·e_p + b·e_p = Σ_k S_r[k]·(W e_p)[k] + b·e_p        (the same product, read from the other side)
// Averaging the two and dividing by |e_p||e_r|:
//   score = Σ_k c_k + biasTerm,  c_k = (S_p[k]·(W e_r)[k] + S_r[k]·(W e_p)[k]) / (2|e_p||e_r|),
//   biasTerm = (b·e_r + b·e_p) / (2|e_p||e_r|).
// Nothing is left over: the b·b part of e_p·e_r sits inside b·e_r and b·e_p (b·e_r = b·S_rW + b·b), each read once
// and halved, so no separate bias·bias term is needed. Sums use double precision; the residual is only rounding.
struct CosineDecomposition
{
    double score = 0.0;                // cos(e_p, e_r); 0 when either embedding is zero
    std::vector<double> contributions; // c_k, N values
    double biasTerm = 0.0;             // 0 without bias
    double residual = 0.0;             // score − Σ c_k − biasTerm (~1e-16)
    std::vector<double> eProbe;        // e_p (m)
    std::vector<double> eReference;    // e_r (m)
};

// ssmProbe, ssmReference: N group-softmaxed scores; W: N×m row-major (N·m values); b: m values or empty.
// Fails (ErrorCode::Model) when the sizes disagree. A zero embedding gives score 0 and all-zero contributions.
Result<CosineDecomposition> decomposeCosineScore(const std::vector<float>& ssmProbe,
                                                 const std::vector<float>& ssmReference, const std::vector<float>& W,
                                                 const std::vector<float>& b);

// The score after the GUI's what-if: descriptors with keep[k] == false have S_sm[k] set to 0 in both images
// (after the softmax, no renormalisation), then e and the cosine are recomputed.
Result<double> scoreWithMask(const std::vector<float>& ssmProbe, const std::vector<float>& ssmReference,
                             const std::vector<float>& W, const std::vector<float>& b, const std::vector<bool>& keep);

// Sums values (e.g. contributions) per group: groupOf[k] in 0..numGroups−1; empty result on a size mismatch.
std::vector<double> sumByGroup(const std::vector<double>& values, const std::vector<int>& groupOf, int numGroups);

} // namespace descry
