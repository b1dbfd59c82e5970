#pragma once
// Private header (torch types): reader for TensorFlow.js layers-model weight files.

#include <torch/torch.h>

#include "core/common/Result.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace descry::detail {

// Named float32 tensors from a tfjs "weights_manifest.json" + ".bin" pair, in the manifest's (tfjs) shapes
// and layout (conv filters HWIO). Plain value type; tensors are contiguous CPU float32.
struct TfjsWeightMap
{
    std::map<std::string, torch::Tensor> tensors;
    std::vector<std::string> order; // manifest order
};

// Reads every weight listed by the manifest (all groups, in order) from the single binary file `weightsPath`.
// Quantised entries ("quantization": {dtype: uint8|uint16, scale, min}) are dequantised as q*scale + min
// (computed in double, stored as float32, like tfjs); float16 quantisation is widened. The file must hold
// exactly the bytes the manifest describes. Errors are ErrorCode::Model and name the offending file.
Result<TfjsWeightMap> readTfjsWeights(const QString& manifestPath, const QString& weightsPath);

// TensorFlow 'SAME' padding along one axis: {before, after}; the odd extra pixel goes after (bottom/right).
struct SamePadding
{
    int before = 0;
    int after = 0;
};
SamePadding tfjsSamePadding(int inputSize, int kernel, int stride);

} // namespace descry::detail
