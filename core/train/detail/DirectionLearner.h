#pragma once
// Private (torch) header.
#include <torch/torch.h>

#include <vector>

namespace descry::detail {

// Descriptor directions in an embedding space learned from measured labels: one L2-regularised logistic
// regression per descriptor (full batch). Returns the N×d weight rows (not normalised) and biases.
struct Directions
{
    torch::Tensor weight; // N×d
    torch::Tensor bias;   // N
};
Directions learnDirections(const torch::Tensor& X, const torch::Tensor& Y, double l2 = 1e-3, int steps = 400,
                           uint64_t seed = 0);

} // namespace descry::detail
