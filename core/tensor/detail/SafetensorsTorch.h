#pragma once
// Private bridge between safetensors TensorData and LibTorch (torch types: include only from .cpp files
// that include <torch/torch.h> first). Both functions may throw c10::Error / std::bad_alloc: callers wrap
// them in detail::guarded().

#include <torch/torch.h>

#include "core/tensor/Safetensors.h"

namespace descry::detail {

// A CPU tensor owning a copy of the data. With keepDtype, dtypes LibTorch has (F32, F16, BF16, F64, I64,
// I32, I16, I8, U8, BOOL) keep their native type and every other dtype becomes float32; without it the
// result is always float32. Throws std::invalid_argument when bytes do not fit dtype and shape.
torch::Tensor toTensor(const TensorData& data, bool keepDtype = false);

// A float32, contiguous copy of `tensor` (any dtype, any device) as TensorData named `name`.
TensorData fromTensor(const QString& name, const torch::Tensor& tensor);

} // namespace descry::detail
