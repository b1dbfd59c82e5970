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

#include <optional>
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

// A trained head for a CLIP face pack as `pack build --head` reads it: a safetensors file holding the head's
// tensors under their pack names without T (ConceptHead::tensorShapes: F.0.weight, F.0.bias, F.2.weight,
// F.2.bias, W, optionally b and alpha), all F32, for the measured + prompt layout of `catalog` (W has one row per
// concept: the measured ones, then every catalog descriptor) and, when the layout has measured concepts, the
// population statistics morph.mean / morph.std. alpha and tau come from `alpha`/`tau` when given, else from the
// file's __metadata__ ("alpha", "tau"). r, m, bias and learnable alpha are read off the shapes. T is
// `descriptorEmbeddings` (catalog order, N × embedDim: encodeDescriptorPrompts). Model error naming the file and
// the tensor or setting.
Result<FaceModelParts> readClipFaceHead(const QString& path, const Catalog& catalog,
                                        const std::vector<float>& descriptorEmbeddings, int embedDim,
                                        std::optional<double> alpha = {}, std::optional<double> tau = {});

// What readClipFaceHead takes from elsewhere than the head file: alpha and tau (over the file's metadata), and the
// population statistics when the file has no morph.* (a pack's head.safetensors: they are in its
// descriptors.safetensors).
struct ClipHeadSettings
{
    std::optional<double> alpha, tau;
    std::optional<morphometry::PopulationStats> stats;
};

// The same reading and checks without descriptor embeddings (T a placeholder until head->setDescriptorEmbeddings), so
// a build refuses a bad head before it encodes a single prompt. A missing alpha or tau is a Usage error (give it as
// an option); everything else a Model error naming the file.
Result<FaceModelParts> readClipFaceHead(const QString& path, const Catalog& catalog, int embedDim,
                                        const ClipHeadSettings& settings);

} // namespace descry
