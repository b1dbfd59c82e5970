#include "core/clip/detail/ClipConfigFiles.h"

#include "core/common/Json.h"
#include "core/common/Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace descry::detail {

namespace {

int intOr(const QJsonObject& o, const char* key, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() && v.toInt() > 0 ? v.toInt() : fallback;
}

// Reads a JSON object file; a file that exists but does not parse is the checkpoint's problem (exit 3).
Result<QJsonObject> readConfig(const QString& path)
{
    auto o = json::readObjectFile(path);
    if (!o)
        return Error(ErrorCode::Model,
                     Tr::tr("the configuration beside the checkpoint cannot be read: %1").arg(o.error().message()),
                     path);
    return o;
}

// Copies preprocessing mean/std (3 numbers each) from `from` (keys meanKey/stdKey) into cfg's "mean"/"std".
void addMeanStd(QJsonObject& cfg, const QJsonObject& from, const char* meanKey, const char* stdKey)
{
    for (const auto& [source, target] : {std::pair{meanKey, "mean"}, std::pair{stdKey, "std"}}) {
        const QJsonValue v = from.value(QLatin1String(source));
        if (v.isArray() && v.toArray().size() == 3 && !cfg.contains(QLatin1String(target)))
            cfg.insert(QLatin1String(target), v);
    }
}

QJsonObject towerConfig(const QJsonObject& hf, int width, int layers, int heads)
{
    const int w = intOr(hf, "hidden_size", width);
    const int h = intOr(hf, "num_attention_heads", heads);
    QJsonObject out{{QStringLiteral("width"), w},
                    {QStringLiteral("layers"), intOr(hf, "num_hidden_layers", layers)},
                    {QStringLiteral("heads"), h},
                    {QStringLiteral("mlp_ratio"), double(intOr(hf, "intermediate_size", 4 * w)) / double(w)}};
    if (w % h == 0)
        out.insert(QStringLiteral("head_width"), w / h);
    return out;
}

} // namespace

QJsonObject openClipConfigFromTransformers(const QJsonObject& hf)
{
    const QJsonObject vision = hf.value(QStringLiteral("vision_config")).toObject();
    const QJsonObject text = hf.value(QStringLiteral("text_config")).toObject();
    // transformers' CLIPVisionConfig/CLIPTextConfig defaults: ViT-B/32 with QuickGELU.
    QJsonObject visionCfg = towerConfig(vision, 768, 12, 12);
    visionCfg.insert(QStringLiteral("image_size"), intOr(vision, "image_size", 224));
    visionCfg.insert(QStringLiteral("patch_size"), intOr(vision, "patch_size", 32));
    QJsonObject textCfg = towerConfig(text, 512, 12, 8);
    textCfg.insert(QStringLiteral("context_length"), intOr(text, "max_position_embeddings", 77));
    textCfg.insert(QStringLiteral("vocab_size"), intOr(text, "vocab_size", 49408));
    QString act = vision.value(QStringLiteral("hidden_act")).toString();
    if (act.isEmpty())
        act = text.value(QStringLiteral("hidden_act")).toString(QStringLiteral("quick_gelu"));
    return {{QStringLiteral("embed_dim"), intOr(hf, "projection_dim", 512)},
            {QStringLiteral("quick_gelu"), act == QLatin1String("quick_gelu")},
            {QStringLiteral("vision_cfg"), visionCfg},
            {QStringLiteral("text_cfg"), textCfg}};
}

Result<QJsonObject> clipConfigBeside(const QString& checkpoint)
{
    const QDir dir = QFileInfo(checkpoint).absoluteDir();
    for (const char* name : {"open_clip_config.json", "config.json"}) {
        const QString path = dir.filePath(QLatin1String(name));
        if (!QFileInfo(path).isFile())
            continue;
        auto o = readConfig(path);
        if (!o)
            return o.error();
        if (o->value(QStringLiteral("model_cfg")).isObject()) {
            QJsonObject cfg = o->value(QStringLiteral("model_cfg")).toObject();
            addMeanStd(cfg, o->value(QStringLiteral("preprocess_cfg")).toObject(), "mean", "std");
            return cfg;
        }
        if (o->value(QStringLiteral("vision_cfg")).isObject())
            return *o;
        if (o->value(QStringLiteral("vision_config")).isObject() ||
            o->value(QStringLiteral("text_config")).isObject()) {
            QJsonObject cfg = openClipConfigFromTransformers(*o);
            const QString preprocessor = dir.filePath(QStringLiteral("preprocessor_config.json"));
            if (QFileInfo(preprocessor).isFile()) {
                auto p = readConfig(preprocessor);
                if (!p)
                    return p.error();
                addMeanStd(cfg, *p, "image_mean", "image_std");
            }
            return cfg;
        }
    }
    return QJsonObject{};
}

} // namespace descry::detail
