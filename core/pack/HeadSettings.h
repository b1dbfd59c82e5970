#pragma once

#include "core/common/Result.h"
#include "core/model/ConceptHead.h"
#include "core/pack/ModelPack.h"
#include "core/pack/PackManifest.h"
#include "core/tensor/Safetensors.h"

#include <QMap>
#include <QString>

namespace descry {

// Reads the manifest's `head` member strictly into a HeadConfig (d, r, m, bias, alpha, tau, n_direct): every
// member present, of the right JSON type and in range, no defaults; Model error naming `manifestPath` and the
// member (e.g. "head.r: must be an integer in 1..1024", "head.m = 1000000000 is more than the limit 8192"). The
// limits are head_limits (ConceptHead.h). groupOf is left for the task to fill from its catalog.
Result<HeadConfig> headConfigFromManifest(const PackManifest& manifest, const QString& manifestPath);

// Checks one stored tensor before its values are used: dtype F32 (the dtype every loader reads; an I32 or F16
// tensor would be converted and change the score) and exactly `shape`. `role` completes "a head must be F32".
// Model error naming `path` and the tensor, e.g. "head.safetensors: tensor 'W' is I32; a head must be F32".
Status checkStoredTensor(const TensorData& tensor, const std::vector<int64_t>& shape, const QString& path,
                         const QString& role);

// Reads the tensors of a concept head with `config` (groupOf filled) from a verified pack: `headFile` holds
// exactly ConceptHead::tensorShapes(config) without "T"; "T" (when the head has descriptor concepts) comes from
// `descriptorFile`, which may hold other tensors too. Names, shapes and dtypes are checked on the headers
// before any tensor data is read. Returns every head tensor by name (T included); Model errors name the file.
Result<QMap<QString, TensorData>> readHeadTensors(const ModelPack& pack, const HeadConfig& config,
                                                  const QString& headFile, const QString& descriptorFile);

} // namespace descry
