#pragma once

#include "core/common/Result.h"
#include "core/descriptors/Catalog.h"
#include "core/model/ConceptHead.h"
#include "core/tensor/Safetensors.h"

#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace descry::detail {

// A trained chest-X-ray head as `pack build --task cxr --head` reads it: F.0.weight, F.0.bias, F.2.weight,
// F.2.bias, W [N × 2] (one row per catalog descriptor, class 1 = effusion) and b [2], all F32, optionally a
// stored "alpha"; alpha and tau from the options, else the file's __metadata__. Read and checked in full before
// any prompt is encoded; T comes later (buildCxrHead).
struct CxrHeadFile
{
    HeadConfig config;                 // groupOf from the catalog, learnableAlpha false
    QMap<QString, TensorData> tensors; // the stored head tensors, without T and alpha
};

// Model errors name the file and the tensor; a missing alpha or tau is a Usage error (give it as an option).
Result<CxrHeadFile> readCxrHeadFile(const QString& path, const Catalog& catalog, int embedDim,
                                    std::optional<double> alpha, std::optional<double> tau);

// The head with its stored tensors and T (N × d, catalog order, e.g. encodeDescriptorPrompts).
Result<ConceptHead> buildCxrHead(const CxrHeadFile& file, const std::vector<float>& descriptorEmbeddings,
                                 const QString& path);

} // namespace descry::detail
