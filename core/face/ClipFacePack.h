#pragma once

#include "core/clip/ClipConfig.h"
#include "core/clip/ClipModel.h"
#include "core/clip/ClipTokenizer.h"
#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/descriptors/Catalog.h"
#include "core/face/FaceModel.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace descry {

// The `openclip-vit` source of a face pack: which checkpoint (referenced by absolute path + SHA-256, or
// copied into the pack's encoder/ folder), its activation, and tensors training tuned (last MLP block).
struct ClipPackEncoder
{
    QString checkpointPath;
    QString sha256; // of the checkpoint file; computed by writeClipFacePack when empty
    bool copyIntoPack = false;
    ClipActivation activation = ClipActivation::Gelu;
    QMap<QString, TensorData> tuned; // open_clip names -> F32 tensors (empty: the checkpoint as is)
};

// Descriptor embeddings T of a catalog (DESIGN.md §1): every prompt of every descriptor encoded once by the text
// tower, the prompts of one descriptor averaged and re-normalised; rows in catalog order, N × embedDim row-major.
Result<std::vector<float>> encodeDescriptorPrompts(const ClipModel& model, const ClipTokenizer& tokenizer,
                                                   const Catalog& catalog, const Progress& progress = {});

// Writes a face pack whose sources are `morphometric` (detection, landmarks, measured concepts) and
// `openclip-vit` (a prompt concept for every catalog descriptor): manifest, head.safetensors (T = the descriptor
// embeddings held by parts.head), descriptors.safetensors, the checkpoint copy or reference, the tuned tensors
// (encoder/tuned.safetensors). Atomic as a whole folder; `protectedInputs` are never replaced.
Status writeClipFacePack(const QString& dir, const FaceModelParts& parts, const FacePackInfo& info,
                         const ClipPackEncoder& encoder, const QStringList& protectedInputs = {});

} // namespace descry
