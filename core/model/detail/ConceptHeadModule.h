#pragma once
// Private (torch) header: include only from .cpp files, after <torch/torch.h>.

#include <torch/torch.h>

#include "core/common/Result.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace descry {
class ConceptHead;
}

namespace descry::detail {

// Shape and hyper-parameters of a concept-bottleneck head (DESIGN.md §1).
struct ConceptHeadOptions
{
    int64_t d = 0;                // image-embedding width; 0 = no embedding part (direct concept scores only)
    int64_t r = 4;                // F_i reduction: hidden width d / r (integer division, must be >= 1)
    int64_t nDirect = 0;          // direct concept scores (e.g. morphometric log-likelihoods), placed first in S
    int64_t m = 0;                // aggregated embedding width (face: identity space; CXR: 2 logits)
    float alpha = 0.5f;           // I = alpha·x + (1 − alpha)·F(x), in [0, 1]
    bool learnableAlpha = false;  // alpha becomes the parameter "alpha" (clamped to [0, 1] in forward)
    float tau = 1.0f;             // group-softmax temperature
    bool bias = false;            // aggregation bias b (m)
    std::vector<int64_t> groupOf; // size N = nDirect + N_t; group ids 0..G−1 (every id used), may interleave
    uint64_t seed = 0;            // initialisation of W and F.0 (own generator; F.2 starts at zero)
    bool block = false;     // block aggregation: group g writes only to columns [g·blockWidth, (g+1)·blockWidth)
    int64_t blockWidth = 0; // with block: m == G × blockWidth
};

// What the head computes for a batch: raw concept scores, group-softmaxed scores and the aggregated embedding.
struct ConceptHeadForward
{
    torch::Tensor S;   // B×N: [s_direct, cos(I, T_k)]
    torch::Tensor Ssm; // B×N: softmax(S/tau) within each group
    torch::Tensor e;   // B×m: Ssm·W + b
};

// The concept-bottleneck head as a torch module (trainers, pack I/O); ConceptHead wraps it for inference.
// Threading: forward() under NoGradGuard only reads state and may run concurrently; anything that changes
// parameters (training, loadTensors, setDescriptorEmbeddings) needs exclusive access.
class ConceptHeadModuleImpl : public torch::nn::Cloneable<ConceptHeadModuleImpl>
{
public:
    explicit ConceptHeadModuleImpl(ConceptHeadOptions options);

    // Checks the options; an Error (ErrorCode::Model) names the first problem.
    static Status validate(const ConceptHeadOptions& options);

    // (Re)creates F, W, b, T (and alpha) from the options with the seeded initialisation.
    void reset() override;

    // x: B×d (undefined or empty when the head has no descriptor embeddings), sDirect: B×nDirect
    // (undefined or empty when nDirect == 0). Throws c10::Error on shape mismatches (callers validate first).
    ConceptHeadForward forward(const torch::Tensor& x, const torch::Tensor& sDirect);

    // I = alpha·x + (1 − alpha)·F(x) (B×d).
    torch::Tensor imageFeature(const torch::Tensor& x);

    // softmax(S/tau) within each group (B×N), stable (group maximum subtracted).
    torch::Tensor groupSoftmax(const torch::Tensor& S) const;

    // Sets T (N_t×d); rows are L2-normalised here. Throws on a wrong shape or a zero row.
    void setDescriptorEmbeddings(const torch::Tensor& T);
    bool hasDescriptorEmbeddings() const { return numText() == 0 || m_descriptorsLoaded; }

    // State under the pack names: "F.0.weight", "F.0.bias", "F.2.weight", "F.2.bias" (when d > 0), "W",
    // "b" (when bias), "T" (when N_t > 0), "alpha" (a 1-element tensor, when learnableAlpha). Detached copies.
    std::map<std::string, torch::Tensor> tensors() const;
    // Exactly the names and shapes of tensors(): missing, unexpected, misshapen, non-floating or non-finite
    // tensors are all listed in one ErrorCode::Model message; nothing changes on failure. T rows are normalised.
    Status loadTensors(const std::map<std::string, torch::Tensor>& tensors);
    // The names and shapes loadTensors() expects.
    std::map<std::string, std::vector<int64_t>> expectedShapes() const { return expectedShapes(m_options); }
    // The same for any options, without building a module (valid options only).
    static std::map<std::string, std::vector<int64_t>> expectedShapes(const ConceptHeadOptions& options);

    const ConceptHeadOptions& options() const { return m_options; }
    int64_t numConcepts() const { return static_cast<int64_t>(m_options.groupOf.size()); }
    int64_t numText() const { return numConcepts() - m_options.nDirect; }
    int64_t numGroups() const { return m_numGroups; }
    int64_t hidden() const { return m_options.d > 0 ? m_options.d / m_options.r : 0; }
    // The alpha in use (the learnable one clamped to [0, 1]).
    double alphaValue() const;

    // W as the forward pass uses it: W itself for a full head, W ⊙ blockMask for a block head (so the gradient
    // outside the blocks is zero and an entry there never reaches e).
    torch::Tensor aggregationWeight() const;
    // N×m 0/1 mask of the blocks (undefined for a full head).
    const torch::Tensor& blockMask() const { return m_blockMask; }

    torch::nn::Sequential F{nullptr}; // Linear(d→d/r) – ReLU – Linear(d/r→d); null when d == 0
    torch::Tensor W;                  // N×m aggregation
    torch::Tensor b;                  // m, undefined without bias
    torch::Tensor T;                  // N_t×d buffer of normalised descriptor embeddings
    torch::Tensor alpha;              // 1-element parameter when learnableAlpha, undefined otherwise

private:
    ConceptHeadOptions m_options;
    int64_t m_numGroups = 0;
    torch::Tensor m_groupIndex; // int64 N
    torch::Tensor m_notInGroup; // bool G×N, true where concept k is not in group g
    torch::Tensor m_blockMask;  // float N×m, block heads only
    bool m_descriptorsLoaded = false;
};
TORCH_MODULE(ConceptHeadModule);

// Private accessors of ConceptHead for trainers and pack I/O. module() shares the module: changes made through it
// (training, loading) are seen by that ConceptHead (and not by its earlier copies, which are deep).
struct ConceptHeadAccess
{
    static ConceptHeadModule module(const ConceptHead& head);
    // Wraps a module (taken over, not copied); fails when its options cannot be expressed as a HeadConfig.
    static Result<ConceptHead> fromModule(ConceptHeadModule module);
};
ConceptHeadModule module(const ConceptHead& head);

} // namespace descry::detail
