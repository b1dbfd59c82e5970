#pragma once
// Private: the torch side of ClipModel (include only from .cpp files that include <torch/torch.h> first). The
// trainer uses it to run the last MLP block with gradients. Functions may throw c10::Error: callers guard.

#include <torch/torch.h>

#include "core/clip/ClipConfig.h"
#include "core/clip/ClipModel.h"

#include <vector>

namespace descry::detail {

// One residual attention block's weights (open_clip ResidualAttentionBlock), float32, [out, in] as stored.
struct ClipBlock
{
    torch::Tensor ln1w, ln1b, inW, inB, outW, outB, ln2w, ln2b, fcW, fcB, projW, projB;
};

// The MLP of one block: c_proj(act(c_fc(x))); differentiable in every argument.
torch::Tensor clipMlp(const torch::Tensor& x, const torch::Tensor& fcW, const torch::Tensor& fcB,
                      const torch::Tensor& projW, const torch::Tensor& projB, ClipActivation activation);

// One tower's weights.
struct ClipVision
{
    torch::Tensor conv1, classEmbedding, positional, lnPreW, lnPreB, lnPostW, lnPostB, proj; // proj [width, E]
    std::vector<ClipBlock> blocks;
};

struct ClipText
{
    torch::Tensor tokenEmbedding, positional, lnFinalW, lnFinalB, proj; // proj [width, E]
    std::vector<ClipBlock> blocks;
};

// The image tower after the cached point: h (n × width, the last block's MLP input for the class token) ->
// h + mlp(ln_2(h)) -> ln_post -> proj. With the given MLP weights (the checkpoint's or tuned ones).
torch::Tensor clipImageTail(const ClipVision& vision, const torch::Tensor& h, const torch::Tensor& fcW,
                            const torch::Tensor& fcB, const torch::Tensor& projW, const torch::Tensor& projB,
                            ClipActivation activation);

// Read access to a model's weights for core code that trains on them.
struct ClipModelAccess
{
    static const ClipVision& vision(const ClipModel& model);
    static const ClipText& text(const ClipModel& model);
};

} // namespace descry::detail
