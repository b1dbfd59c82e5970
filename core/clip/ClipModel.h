#pragma once

#include "core/clip/ClipConfig.h"
#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/tensor/Safetensors.h"

#include <QMap>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace descry {

class ClipCheckpoint;

namespace detail {
struct ClipModelAccess;
struct ClipModelImpl;
} // namespace detail

// How a checkpoint becomes a model.
struct ClipModelOptions
{
    // Overrides the activation the checkpoint's config gives (pack manifest, --activation).
    std::optional<ClipActivation> activation;
    // Tensors that replace the checkpoint's, under open_clip names: a pack's tuned last MLP block.
    QMap<QString, TensorData> overrides;
    // Load only the image tower (face packs with cached descriptor embeddings need no text tower).
    bool imageOnly = false;
};

// Native LibTorch implementation of open_clip's VisionTransformer and TextTransformer (class token,
// positional embeddings, ln_pre, residual attention blocks with GELU or QuickGELU, ln_post, projection;
// causal mask, end-token pooling, ln_final, text projection), float32 on the CPU. Weights alias the
// memory-mapped checkpoint where they are float32 already, so a model costs one copy of its weights at most.
// Immutable value type (copies share the weights); encode calls are thread-safe and use the calling
// thread's intra-op thread count (set it on the inference thread: runtime::configureThreads).
class ClipModel
{
public:
    static Result<ClipModel> open(const QString& checkpointPath, const ClipModelOptions& options = {},
                                  const Progress& progress = {});
    static Result<ClipModel> fromCheckpoint(const ClipCheckpoint& checkpoint, const ClipModelOptions& options = {},
                                            const Progress& progress = {});
    // Random weights of the real size (benchmarks): N(0, 0.02) like open_clip's init, LayerNorms at 1/0.
    static Result<ClipModel> random(const ClipConfig& config, uint64_t seed = 0);

    const ClipConfig& config() const;
    // The checkpoint's path and format (empty for random models).
    QString checkpointPath() const;
    QString checkpointFormat() const;
    bool hasTextTower() const;

    // pixels: n × 3 × S × S normalised CHW floats (clipPreprocess), S = config().vision.imageSize;
    // out: n × embedDim unnormalised image features (open_clip's encode_image). Batches of at most
    // `batch` images; progress polled between blocks (ErrorCode::Cancelled).
    Status encodeImages(const float* pixels, int n, float* out, const Progress& progress = {}, int batch = 8) const;
    // tokens: n rows of contextLength ids (ClipTokenizer::tokenize); out: n × embedDim unnormalised text
    // features (encode_text). Model error when the model has no text tower.
    Status encodeTexts(const std::vector<std::vector<int64_t>>& tokens, float* out,
                       const Progress& progress = {}) const;

    // Training support (DESIGN.md §1): the class token's residual stream after the last block's attention,
    // i.e. the input of the last MLP block (n × vision.width). Everything before it is frozen and cached.
    Status encodeImagesBeforeLastMlp(const float* pixels, int n, float* out, const Progress& progress = {}) const;
    // open_clip names of the last vision block's MLP tensors (c_fc / c_proj weights and biases): what a pack
    // stores when training tuned them.
    QStringList lastMlpTensorNames() const;

private:
    std::shared_ptr<const detail::ClipModelImpl> m_impl;
    friend struct detail::ClipModelAccess;
};

// Random weights of `config`'s real shapes under open_clip names (F32), as ClipModel::random uses them: for
// benchmarks and for tests that need a checkpoint file (write them with writeSafetensors).
QMap<QString, TensorData> clipRandomWeights(const ClipConfig& config, uint64_t seed = 0, bool withText = true);

} // namespace descry
