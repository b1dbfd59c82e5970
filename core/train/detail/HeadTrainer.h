#pragma once
// Private (torch) header: include only from .cpp files, after <torch/torch.h>.

#include <torch/torch.h>

#include "core/common/Result.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/train/detail/MarginLosses.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace descry::detail {

// How to train a face head with a margin loss (DESIGN.md §1: AdaFace m 0.5, h 0.33, AdamW lr 3e-4).
struct HeadTrainerOptions
{
    MarginLossKind loss = MarginLossKind::AdaFace;
    double margin = -1.0; // < 0: the loss's default (AdaFace 0.5, ArcFace 0.5, CosFace 0.35)
    double h = 0.33;      // AdaFace norm sensitivity
    double scale = 64.0;  // s
    double lr = 3e-4;
    double weightDecay = 0.01; // AdamW's decoupled weight decay (torch's default)
    int epochs = 10;
    int batchSize = 64;
    uint64_t seed = 0;  // class-centre initialisation and mini-batch order (own generator, not the global one)
    int numClasses = 0; // 0: max label + 1
    std::function<void(int epoch, double loss)> progress; // after each epoch (1-based), mean loss of that epoch
    const std::atomic<bool>* cancel = nullptr;            // polled before every mini-batch
};

// What training produced besides the updated head.
struct HeadTrainingResult
{
    std::vector<double> epochLoss; // mean training loss per epoch
    torch::Tensor classCentres;    // C×m (not normalised), detached
    int steps = 0;
};

// Trains the head's trainable parameters (F, W, b and a learnable alpha; T stays fixed) together with one centre per
// class, minimising the margin loss on f = e/|e| with the norms |e| given to AdaFace. Deterministic for a seed and a
// fixed intra-op thread count. X: B×d embeddings (may be undefined/empty when the head has no descriptor concepts),
// D: B×nDirect direct scores (likewise), labels: B integers in 0..C−1. Returns ErrorCode::Cancelled when cancelled
// (the head keeps the steps taken so far), ErrorCode::Usage for bad inputs, ErrorCode::Internal if the loss diverges.
// Threading: runs on the caller's thread; the head must not be used elsewhere meanwhile.
Result<HeadTrainingResult> trainHead(ConceptHeadModule& head, const torch::Tensor& X, const torch::Tensor& D,
                                     const torch::Tensor& labels, const HeadTrainerOptions& options);

// A trainable stage in front of the head (e.g. the image tower's last MLP block): maps rows of cached inputs H to the
// head's image embeddings X (B×d). Its parameters are optimised together with the head by the same AdamW.
struct HeadInputTail
{
    std::function<torch::Tensor(const torch::Tensor& rows)> forward;
    std::vector<torch::Tensor> parameters; // leaf tensors with requires_grad set
};

// trainHead with X = tail.forward(H rows) recomputed for every mini-batch, so the tail's parameters are tuned too
// (DESIGN.md §1: optionally the last MLP of the image encoder). H: B×h cached inputs; otherwise as trainHead.
Result<HeadTrainingResult> trainHeadWithTail(ConceptHeadModule& head, const HeadInputTail& tail, const torch::Tensor& H,
                                             const torch::Tensor& D, const torch::Tensor& labels,
                                             const HeadTrainerOptions& options);

} // namespace descry::detail
