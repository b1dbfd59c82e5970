#include <torch/torch.h>

#include "core/face/detail/TfjsWeights.h"
#include "core/face/detail/TfjsManifest.h"

#include "core/common/detail/ExceptionAdapter.h"

namespace descry::detail {

namespace {

Result<TfjsWeightMap> readImpl(const QString& manifestPath, const QString& weightsPath)
{
    auto file = readTfjsWeightFile(manifestPath, weightsPath);
    if (!file)
        return file.error();
    TfjsWeightMap map;
    for (const TfjsEntry& e : file->entries) {
        torch::Tensor t = torch::empty(e.shape, torch::kFloat32);
        decodeTfjsEntry(*file, e, t.data_ptr<float>());
        map.tensors.emplace(e.name, std::move(t));
        map.order.push_back(e.name);
    }
    return map;
}

} // namespace

Result<TfjsWeightMap> readTfjsWeights(const QString& manifestPath, const QString& weightsPath)
{
    return guarded(ErrorCode::Model, weightsPath, [&] { return readImpl(manifestPath, weightsPath); });
}

SamePadding tfjsSamePadding(int inputSize, int kernel, int stride)
{
    const int out = (inputSize + stride - 1) / stride;
    const int total = std::max((out - 1) * stride + kernel - inputSize, 0);
    return {total / 2, total - total / 2};
}

} // namespace descry::detail
