#pragma once

#include "core/common/Result.h"

#include <QMap>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace descry {

namespace detail {
struct ConceptHeadAccess;
}

// Upper bounds of a head's sizes: a configuration (read from a manifest or a catalog) that asks for more is refused
// before anything is allocated. The largest head they allow stays a few GB; today's packs use d = 128, m = 64.
namespace head_limits {
inline constexpr int kMaxEmbedding = 16384; // d
inline constexpr int kMaxReduction = 1024;  // r
inline constexpr int kMaxAggregated = 8192; // m
inline constexpr int kMaxConcepts = 100000; // N (and n_direct), the catalog's descriptors
inline constexpr double kMaxTau = 100.0;
} // namespace head_limits

// How the softmaxed concept scores are aggregated into e (DESIGN.md §1, "Locality"). Full: W is a dense N×m
// matrix, so every concept writes to every column of e. Block: each softmax group g owns the columns
// [g·blockWidth, (g+1)·blockWidth) of e and W[k, j] = 0 outside the block of k's group, so e = [S_sm^g W_g]_g and a
// group's share of the cosine, e_p^g·e_r^g / (|e_p||e_r|), depends on that group alone.
enum class HeadAggregation { Full, Block };

// "full" | "block": the manifest's head.aggregation and the CLI's --aggregation.
QString headAggregationId(HeadAggregation aggregation);
// nullopt for anything but "full" and "block".
std::optional<HeadAggregation> headAggregationFromId(const QString& id);

// Shape and hyper-parameters of a concept-bottleneck head (DESIGN.md §1): N = groupOf.size() concepts, the first
// nDirect given directly (e.g. morphometric scores), the other N − nDirect measured as cos(I, T_k) on a d-wide
// image embedding.
struct HeadConfig
{
    int d = 0;       // image-embedding width (0: direct scores only)
    int r = 4;       // F_i reduction (hidden width d / r)
    int nDirect = 0; // direct concept scores, placed first in S
    int m = 0;       // aggregated width (face: identity embedding; CXR: 2 logits)
    float alpha = 0.5f;
    float tau = 1.0f;
    bool bias = false;
    std::vector<int> groupOf; // group (FISWG characteristic) of each concept, ids 0..G−1, may interleave
    bool learnableAlpha = false;
    HeadAggregation aggregation = HeadAggregation::Full;
    int blockWidth = 0; // Block: columns of e per group; m must be G × blockWidth

    // Block: the first column of group g's block (g·blockWidth); -1 for a full head.
    int blockStart(int group) const { return aggregation == HeadAggregation::Block ? group * blockWidth : -1; }
};

// One image's pass through the head.
struct ConceptOutput
{
    std::vector<float> S;   // N raw concept scores: direct scores, then cos(I, T_k)
    std::vector<float> Ssm; // N group-softmaxed scores (each group sums to 1)
    std::vector<float> e;   // m aggregated embedding Ssm·W + b
};

// Inference wrapper around the concept-bottleneck head; a value type (copies are deep).
// Threading: const members may run concurrently on one object; setDescriptorEmbeddings needs exclusive access.
class ConceptHead
{
public:
    // A freshly initialised head (W small uniform from `seed`, F's last layer zero, b zero); descriptor embeddings
    // still have to be set (setDescriptorEmbeddings or pack loading) before forward() when N_t > 0.
    static Result<ConceptHead> create(const HeadConfig& config, uint64_t seed = 0);

    // The tensors a head with `config` stores, by pack name ("F.0.weight", "F.0.bias", "F.2.weight", "F.2.bias"
    // when d > 0, "W", "b" with bias, "T" when N_t > 0, "alpha" when learnable), with their shapes; computed
    // without allocating, so stored tensors can be checked before a head is built. All are F32.
    static QMap<QString, std::vector<int64_t>> tensorShapes(const HeadConfig& config);

    ConceptHead(const ConceptHead& other);
    ConceptHead& operator=(const ConceptHead& other);
    ConceptHead(ConceptHead&&) noexcept;
    ConceptHead& operator=(ConceptHead&&) noexcept;
    ~ConceptHead();

    // embedding: d values (empty when the head has no descriptor concepts); direct: nDirect values.
    Result<ConceptOutput> forward(const std::vector<float>& embedding, const std::vector<float>& direct) const;
    // Batch variant: embeddings/direct hold one vector per image (a list may be empty when its width is 0).
    Result<std::vector<ConceptOutput>> forwardBatch(const std::vector<std::vector<float>>& embeddings,
                                                    const std::vector<std::vector<float>>& direct) const;

    // T: (N − nDirect)×d row-major descriptor embeddings; rows are L2-normalised here.
    Status setDescriptorEmbeddings(const std::vector<float>& rowMajor);

    // False only for a copy whose weights could not be cloned; such a head answers every call with an error.
    bool isValid() const;
    const HeadConfig& config() const;
    int numConcepts() const;
    int numGroups() const;
    // W as N×m row-major, and b (m values, empty without bias): what CosineDecomposition / MarginDecomposition take.
    std::vector<float> aggregationMatrix() const;
    std::vector<float> aggregationBias() const;
    // True for a block head (HeadConfig::aggregation).
    bool isBlock() const;

private:
    struct Impl;
    explicit ConceptHead(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
    friend struct detail::ConceptHeadAccess;
};

} // namespace descry
