#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/tensor/Safetensors.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <memory>

namespace descry {

// A CLIP checkpoint as the runtime reads it: open_clip safetensors, Hugging Face `transformers` CLIP
// safetensors (vision_model.* / text_model.*, separate q/k/v projections) or a PyTorch torch.save zip,
// with every tensor under open_clip's names (`visual.conv1.weight`, `transformer.resblocks.0.attn.in_proj_weight`,
// ...). Tensors alias the memory-mapped file where no conversion is needed; HF q/k/v are concatenated and
// HF projections transposed (copies). Immutable value type; copies share the mapping.
class ClipCheckpoint
{
public:
    // Model errors (exit 3), one line naming the file and the tensor: unreadable or malformed file, a tensor
    // missing, duplicated by two layouts, of a dtype other than F32/F16/BF16, or of an unexpected shape.
    static Result<ClipCheckpoint> open(const QString& path, const Progress& progress = {});

    QString path() const;
    // "open_clip safetensors", "transformers safetensors", "open_clip torch.save", "transformers torch.save".
    QString formatName() const;
    // Tensors under open_clip names, as stored (F32, F16 or BF16; the model converts to float32).
    const QMap<QString, TensorData>& tensors() const;
    // The configuration found with the checkpoint: open_clip's `model_cfg` from a config.json or
    // open_clip_config.json beside it, or a transformers config.json (its `vision_config`/`text_config`
    // mapped to open_clip keys: width, layers, heads, patch_size, image_size, quick_gelu); the preprocessing
    // mean/std of open_clip's `preprocess_cfg` or a transformers preprocessor_config.json become top-level
    // "mean"/"std". Empty when none.
    QJsonObject configJson() const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace descry
