#pragma once
// Private (torch) header: include only from .cpp files, after <torch/torch.h>.

#include <torch/torch.h>

#include "core/common/Result.h"
#include "core/model/detail/ConceptHeadModule.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace descry::detail {

// How to train a CXR head (DESIGN.md §1: L1 concept loss + cross-entropy weighted 2:1, Adam lr 5e-3).
struct CxrHeadTrainerOptions
{
    int epochs = 60;
    int batchSize = 32;
    double lr = 5e-3;
    double conceptWeight = 2.0;
    double classWeight = 1.0;
    uint64_t seed = 0;                                    // mini-batch order (own generator)
    std::function<void(int epoch, double loss)> progress; // after each epoch (1-based), mean loss of that epoch
    const std::atomic<bool>* cancel = nullptr;            // polled before every mini-batch
};

// Concept supervision of one image: +1 the report says the descriptor is present (target: the image's largest
// concept score S, detached), −1 absent (target: its smallest), 0 unsupervised (masked out of the L1 loss).
inline constexpr int8_t kConceptPresent = 1;
inline constexpr int8_t kConceptAbsent = -1;

// Trains the head's trainable parameters (F_i, W, b, a learnable alpha; T stays fixed) with Adam on
// conceptWeight·L1(S, targets) (mean over supervised entries) + classWeight·CE(logits e, labels) (mean over images
// with a label). X: B×d frozen embeddings; targets: B×N int8 (kConceptPresent/kConceptAbsent/0); labels: B int64 in
// {0, 1}, or −1 for an image kept out of the cross-entropy (report uncertain or silent). Deterministic for a seed
// and a fixed intra-op thread count. Returns the mean loss per epoch; ErrorCode::Cancelled when cancelled,
// ErrorCode::Usage for bad inputs, ErrorCode::Internal if the loss diverges.
Result<std::vector<double>> trainCxrHead(ConceptHeadModule& head, const torch::Tensor& X, const torch::Tensor& targets,
                                         const torch::Tensor& labels, const CxrHeadTrainerOptions& options);

} // namespace descry::detail
