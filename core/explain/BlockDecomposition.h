#pragma once

#include "core/common/Result.h"

#include <vector>

namespace descry {

// Exact, local split of a block head's face score into per-group shares (DESIGN.md §1, "Locality").
//
// A block head's W is zero outside the blocks: group g writes only to the columns B_g = [g·w, (g+1)·w) of e, so
// e^g = S_sm^g·W_g (+ b^g) and e_p·e_r = Σ_g e_p^g·e_r^g. Dividing by |e_p||e_r|:
//   score = Σ_g share_g + biasTerm,   share_g = (e_p^g·e_r^g − (b^g·e_r^g + b^g·e_p^g)/2) / (|e_p||e_r|),
// which is e_p^g·e_r^g / (|e_p||e_r|) exactly for a head without bias (every face pack). share_g reads only the
// two faces' scores of group g: another group changes it only through the common factor 1/(|e_p||e_r|), the same
// for every group. Per descriptor, the values inside a group are the CosineDecomposition c_k restricted to the
// block ((W e_r)[k] reads only e_r^g there): Σ_{k∈g} c_k = share_g. Also per group:
//   blockCosine_g = cos(e_p^g, e_r^g)          how alike the characteristic is in the two faces (−1..1, 0 if empty)
//   weight_g      = |e_p^g||e_r^g| / (|e_p||e_r|)  how much of the two embeddings it carries (share = weight × cosine
//                                                 without bias)
struct BlockDecomposition
{
    double score = 0.0;
    std::vector<double> shares;       // share_g, G values
    std::vector<double> blockCosines; // cos(e_p^g, e_r^g), G values
    std::vector<double> weights;      // |e_p^g||e_r^g| / (|e_p||e_r|), G values
    double biasTerm = 0.0;            // (b·e_r + b·e_p) / (2|e_p||e_r|), 0 without bias
    double residual = 0.0;            // score − Σ share_g − biasTerm (rounding only)
};

// ssm: N scores per face; W: N×m row-major with m = G × blockWidth; groupOf: N group ids 0..G−1. Model error when
// the sizes disagree or W has a non-zero entry outside its block (naming the entry): such a head is not local.
Result<BlockDecomposition> decomposeBlockScore(const std::vector<float>& ssmProbe,
                                               const std::vector<float>& ssmReference, const std::vector<float>& W,
                                               const std::vector<float>& b, const std::vector<int>& groupOf,
                                               int blockWidth);

} // namespace descry
