#pragma once
// Private: the configuration files published beside CLIP checkpoints, read into open_clip's model_cfg keys.

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>

namespace descry::detail {

// The configuration beside `checkpoint`: open_clip_config.json or config.json holding open_clip's
// {"model_cfg": {...}} (its `preprocess_cfg` mean/std added as top-level "mean"/"std"), an open_clip model
// config ({"vision_cfg": ...}) or a transformers CLIPConfig (mapped by openClipConfigFromTransformers, with
// mean/std from a preprocessor_config.json beside it). Empty when there is none or it is of another kind.
// A file that is not a JSON object is a Model error naming it.
Result<QJsonObject> clipConfigBeside(const QString& checkpoint);

// A transformers CLIPConfig ({"projection_dim", "vision_config", "text_config"}) under open_clip's keys:
// embed_dim, quick_gelu, vision_cfg{image_size, patch_size, width, layers, heads, head_width, mlp_ratio},
// text_cfg{width, layers, heads, context_length, vocab_size, mlp_ratio}. Keys the file omits take
// transformers' defaults (ViT-B/32, QuickGELU), as transformers itself does.
QJsonObject openClipConfigFromTransformers(const QJsonObject& hf);

} // namespace descry::detail
