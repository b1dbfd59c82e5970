#pragma once

#include "core/common/Result.h"

#include <QString>

#include <cstdint>

namespace descry::fixtures {

// Writes a small TorchScript image encoder, built and saved from C++ (no Python): input N×3×S×S (S = inputSize),
// output N×dim: the mean of each cell of a grid×grid partition of the image per channel, mapped by a fixed random
// linear layer (seeded) and a tanh. Spatially sensitive, so planted left/right signals stay separable. Loadable by
// torch.jit.load / openTorchScriptEncoder.
Status writeGridTorchScriptEncoder(const QString& path, int inputSize = 64, int grid = 4, int dim = 32,
                                   uint64_t seed = 1);

} // namespace descry::fixtures
