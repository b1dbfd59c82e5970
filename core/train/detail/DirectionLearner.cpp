#include <torch/torch.h>

#include "core/train/detail/DirectionLearner.h"

namespace descry::detail {

Directions learnDirections(const torch::Tensor& X, const torch::Tensor& Y, double l2, int steps, uint64_t seed)
{
    auto gen = at::detail::createCPUGenerator(seed);
    torch::Tensor w = (torch::randn({Y.size(1), X.size(1)}, gen) * 0.01).requires_grad_(true);
    torch::Tensor b = torch::zeros({Y.size(1)}).requires_grad_(true);
    torch::optim::Adam opt({w, b}, torch::optim::AdamOptions(0.05));
    // Balance positives and negatives per descriptor: grades in the middle are common, extremes rare.
    const torch::Tensor pos = Y.sum(0).clamp_min(1.0);
    const torch::Tensor neg = (Y.size(0) - Y.sum(0)).clamp_min(1.0);
    const torch::Tensor posWeight = neg / pos;
    for (int step = 0; step < steps; ++step) {
        opt.zero_grad();
        const torch::Tensor logits = torch::matmul(X, w.t()) + b;
        torch::Tensor loss = torch::binary_cross_entropy_with_logits(logits, Y, {}, posWeight) + l2 * w.pow(2).sum();
        loss.backward();
        opt.step();
    }
    return {w.detach().clone(), b.detach().clone()};
}

} // namespace descry::detail
