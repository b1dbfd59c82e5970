#pragma once

#include "core/common/Result.h"
#include "core/tensor/Safetensors.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>

namespace descry {

// The MLP activation of a CLIP checkpoint: open_clip models trained on LAION use GELU, OpenAI's QuickGELU.
// Shapes cannot tell them apart, so it comes from the pack manifest, a flag or the checkpoint's config.
enum class ClipActivation { Gelu, QuickGelu };

// "gelu" / "quickgelu": the ids of the CLI (--activation) and of pack manifests.
QString clipActivationId(ClipActivation activation);
std::optional<ClipActivation> clipActivationFromId(const QString& id);

// open_clip's VisionTransformer settings.
struct ClipVisionConfig
{
    int imageSize = 224;
    int patchSize = 14;
    int width = 1024;
    int layers = 24;
    int heads = 16;
    int mlpWidth = 4096;
    int grid() const { return imageSize / patchSize; }
    int tokens() const { return grid() * grid() + 1; }
};

// open_clip's TextTransformer settings.
struct ClipTextConfig
{
    int contextLength = 77;
    int vocabSize = 49408;
    int width = 768;
    int layers = 12;
    int heads = 12;
    int mlpWidth = 3072;
};

// The architecture of one CLIP model: both towers, the joint embedding width and the activation.
struct ClipConfig
{
    QString name; // "ViT-L-14", "ViT-B-32", ..., or "custom" when the shapes match no known architecture
    ClipVisionConfig vision;
    ClipTextConfig text;
    int embedDim = 768;
    ClipActivation activation = ClipActivation::Gelu;
    std::array<float, 3> mean{0.48145466f, 0.4578275f, 0.40821073f};
    std::array<float, 3> std{0.26862954f, 0.26130258f, 0.27577711f};

    // The architectures of open_clip's model configs this runtime knows by name (ViT-B-32, ViT-B-16,
    // ViT-L-14, ViT-L-14-336, ViT-H-14) and the two golden test configs.
    static std::optional<ClipConfig> named(const QString& name);
    static QStringList names();

    // Multiply-accumulates of one image through the vision tower (ViT-L/14 at 224: about 81 G).
    double imageMacs() const;
    // {"name", "embed_dim", "activation", "vision": {...}, "text": {...}}: what packs and --json print.
    QJsonObject toJson() const;
};

// Infers the architecture from tensor shapes under open_clip's names (see ClipCheckpoint): widths, layers,
// patch and image size, context length, vocabulary and embedding width. Head counts cannot be read from
// shapes: they come from `configJson` (open_clip's `model_cfg`, a Hugging Face config, or the config.json
// beside the checkpoint) when it gives them, else from the known architecture with these shapes, else
// head width 64 as open_clip's default. The activation comes from configJson (`quick_gelu`,
// `hidden_act`) or stays GELU; callers override it from a manifest or flag. A Model error naming `file` and
// the tensor when a required tensor is missing or shapes fit no ViT.
Result<ClipConfig> inferClipConfig(const QMap<QString, TensorData>& tensors, const QJsonObject& configJson,
                                   const QString& file);

} // namespace descry
