#include "core/clip/ClipConfig.h"

#include "core/common/Tr.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace descry {

namespace {

struct NamedConfig
{
    const char* name;
    int embed;
    int imageSize, patch, vWidth, vLayers, vHeads;
    int tWidth, tLayers, tHeads;
    ClipActivation activation;
};

// open_clip's model configs (src/open_clip/model_configs/*.json) and the golden test models.
constexpr NamedConfig kNamed[] = {
    {"ViT-B-32", 512, 224, 32, 768, 12, 12, 512, 12, 8, ClipActivation::Gelu},
    {"ViT-B-16", 512, 224, 16, 768, 12, 12, 512, 12, 8, ClipActivation::Gelu},
    {"ViT-L-14", 768, 224, 14, 1024, 24, 16, 768, 12, 12, ClipActivation::Gelu},
    {"ViT-L-14-336", 768, 336, 14, 1024, 24, 16, 768, 12, 12, ClipActivation::Gelu},
    {"ViT-H-14", 1024, 224, 14, 1280, 32, 16, 1024, 24, 16, ClipActivation::Gelu},
    {"tiny-vit14-gelu", 32, 224, 14, 128, 2, 2, 64, 2, 2, ClipActivation::Gelu},
    {"tiny-vit32-quickgelu", 48, 224, 32, 96, 3, 3, 96, 2, 3, ClipActivation::QuickGelu},
};

ClipConfig fromNamed(const NamedConfig& n)
{
    ClipConfig c;
    c.name = QString::fromLatin1(n.name);
    c.embedDim = n.embed;
    c.vision = {n.imageSize, n.patch, n.vWidth, n.vLayers, n.vHeads, 4 * n.vWidth};
    c.text = {77, 49408, n.tWidth, n.tLayers, n.tHeads, 4 * n.tWidth};
    c.activation = n.activation;
    return c;
}

bool sameShapes(const ClipConfig& a, const ClipConfig& b)
{
    return a.embedDim == b.embedDim && a.vision.imageSize == b.vision.imageSize &&
           a.vision.patchSize == b.vision.patchSize && a.vision.width == b.vision.width &&
           a.vision.layers == b.vision.layers && a.vision.mlpWidth == b.vision.mlpWidth &&
           a.text.width == b.text.width && a.text.layers == b.text.layers && a.text.mlpWidth == b.text.mlpWidth &&
           a.text.contextLength == b.text.contextLength && a.text.vocabSize == b.text.vocabSize;
}

// Shape of a tensor, or an error naming it when it is missing or has the wrong rank.
Result<std::vector<int64_t>> shapeOf(const QMap<QString, TensorData>& t, const QString& name, int rank,
                                     const QString& file)
{
    const auto it = t.constFind(name);
    if (it == t.constEnd())
        return Error(ErrorCode::Model, Tr::tr("tensor '%1' is missing: not a CLIP checkpoint").arg(name), file);
    if (int(it->shape.size()) != rank)
        return Error(ErrorCode::Model,
                     Tr::tr("tensor '%1' has shape %2; expected %3 dimensions")
                         .arg(name, safetensors::shapeToString(it->shape))
                         .arg(rank),
                     file);
    for (int64_t d : it->shape)
        if (d <= 0 || d > (int64_t(1) << 20))
            return Error(
                ErrorCode::Model,
                Tr::tr("tensor '%1' has shape %2, which fits no ViT").arg(name, safetensors::shapeToString(it->shape)),
                file);
    return it->shape;
}

int countLayers(const QMap<QString, TensorData>& t, const QString& prefix)
{
    const QRegularExpression re(QLatin1Char('^') + QRegularExpression::escape(prefix) +
                                QStringLiteral("resblocks\\.(\\d+)\\."));
    int layers = 0;
    for (auto it = t.constBegin(); it != t.constEnd(); ++it) {
        const auto m = re.match(it.key());
        if (m.hasMatch())
            layers = std::max(layers, m.captured(1).toInt() + 1);
    }
    return layers;
}

Status inferVision(const QMap<QString, TensorData>& t, ClipConfig& c, const QString& file)
{
    auto conv = shapeOf(t, QStringLiteral("visual.conv1.weight"), 4, file);
    if (!conv)
        return conv.error();
    auto pos = shapeOf(t, QStringLiteral("visual.positional_embedding"), 2, file);
    if (!pos)
        return pos.error();
    auto proj = shapeOf(t, QStringLiteral("visual.proj"), 2, file);
    if (!proj)
        return proj.error();
    auto fc = shapeOf(t, QStringLiteral("visual.transformer.resblocks.0.mlp.c_fc.weight"), 2, file);
    if (!fc)
        return fc.error();
    const auto& s = *conv;
    if (s[1] != 3 || s[2] != s[3])
        return Error(ErrorCode::Model,
                     Tr::tr("tensor 'visual.conv1.weight' has shape %1; expected [width, 3, patch, patch]")
                         .arg(safetensors::shapeToString(s)),
                     file);
    const int64_t grid = std::llround(std::sqrt(double((*pos)[0] - 1)));
    if (grid < 1 || grid * grid + 1 != (*pos)[0] || (*pos)[1] != s[0])
        return Error(ErrorCode::Model,
                     Tr::tr("tensor 'visual.positional_embedding' has shape %1; expected [grid² + 1, %2]")
                         .arg(safetensors::shapeToString(*pos))
                         .arg(s[0]),
                     file);
    c.vision.width = int(s[0]);
    c.vision.patchSize = int(s[2]);
    c.vision.imageSize = int(grid * s[2]);
    c.vision.layers = countLayers(t, QStringLiteral("visual.transformer."));
    c.vision.mlpWidth = int((*fc)[0]);
    c.embedDim = int((*proj)[1]);
    return {};
}

Status inferText(const QMap<QString, TensorData>& t, ClipConfig& c, const QString& file)
{
    auto tok = shapeOf(t, QStringLiteral("token_embedding.weight"), 2, file);
    if (!tok)
        return tok.error();
    auto pos = shapeOf(t, QStringLiteral("positional_embedding"), 2, file);
    if (!pos)
        return pos.error();
    auto proj = shapeOf(t, QStringLiteral("text_projection"), 2, file);
    if (!proj)
        return proj.error();
    auto fc = shapeOf(t, QStringLiteral("transformer.resblocks.0.mlp.c_fc.weight"), 2, file);
    if (!fc)
        return fc.error();
    c.text.vocabSize = int((*tok)[0]);
    c.text.width = int((*tok)[1]);
    c.text.contextLength = int((*pos)[0]);
    c.text.layers = countLayers(t, QStringLiteral("transformer."));
    c.text.mlpWidth = int((*fc)[0]);
    if ((*proj)[1] != c.embedDim)
        return Error(ErrorCode::Model,
                     Tr::tr("tensor 'text_projection' has shape %1 but the image tower embeds into %2")
                         .arg(safetensors::shapeToString(*proj))
                         .arg(c.embedDim),
                     file);
    return {};
}

// Heads from the config file when it gives them (heads, or width / head_width).
int headsFrom(const QJsonObject& cfg, int width)
{
    if (cfg.value(QStringLiteral("heads")).toInt() > 0)
        return cfg.value(QStringLiteral("heads")).toInt();
    const int hw = cfg.value(QStringLiteral("head_width")).toInt();
    return hw > 0 && width % hw == 0 ? width / hw : 0;
}

bool readTriple(const QJsonValue& v, std::array<float, 3>& out)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 3)
        return false;
    for (int i = 0; i < 3; ++i)
        if (!a[i].isDouble())
            return false;
    for (int i = 0; i < 3; ++i)
        out[size_t(i)] = float(a[i].toDouble());
    return true;
}

Status applyConfigJson(const QJsonObject& cfg, ClipConfig& c, const QString& file)
{
    const QJsonObject vision = cfg.value(QStringLiteral("vision_cfg")).toObject();
    const QJsonObject text = cfg.value(QStringLiteral("text_cfg")).toObject();
    if (int h = headsFrom(vision, c.vision.width); h > 0)
        c.vision.heads = h;
    if (int h = headsFrom(text, c.text.width); h > 0)
        c.text.heads = h;
    if (cfg.value(QStringLiteral("quick_gelu")).isBool())
        c.activation =
            cfg.value(QStringLiteral("quick_gelu")).toBool() ? ClipActivation::QuickGelu : ClipActivation::Gelu;
    std::array<float, 3> m{}, s{};
    if (readTriple(cfg.value(QStringLiteral("mean")), m))
        c.mean = m;
    if (readTriple(cfg.value(QStringLiteral("std")), s)) {
        for (float v : s)
            if (!(v > 0))
                return Error(ErrorCode::Model, Tr::tr("config 'std' must be positive"), file);
        c.std = s;
    }
    return {};
}

} // namespace

QString clipActivationId(ClipActivation activation)
{
    return activation == ClipActivation::QuickGelu ? QStringLiteral("quickgelu") : QStringLiteral("gelu");
}

std::optional<ClipActivation> clipActivationFromId(const QString& id)
{
    if (id == QLatin1String("gelu"))
        return ClipActivation::Gelu;
    if (id == QLatin1String("quickgelu"))
        return ClipActivation::QuickGelu;
    return std::nullopt;
}

std::optional<ClipConfig> ClipConfig::named(const QString& name)
{
    for (const NamedConfig& n : kNamed)
        if (name == QLatin1String(n.name))
            return fromNamed(n);
    return std::nullopt;
}

QStringList ClipConfig::names()
{
    QStringList out;
    for (const NamedConfig& n : kNamed)
        out << QString::fromLatin1(n.name);
    return out;
}

double ClipConfig::imageMacs() const
{
    const double t = vision.tokens(), w = vision.width;
    const double patch = double(vision.grid()) * vision.grid() * 3.0 * vision.patchSize * vision.patchSize * w;
    const double perLayer = t * w * 3 * w + 2 * t * t * w + t * w * w + 2 * t * w * vision.mlpWidth;
    return patch + vision.layers * perLayer + w * embedDim;
}

QJsonObject ClipConfig::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("embed_dim"), embedDim},
            {QStringLiteral("activation"), clipActivationId(activation)},
            {QStringLiteral("vision"), QJsonObject{{QStringLiteral("image_size"), vision.imageSize},
                                                   {QStringLiteral("patch_size"), vision.patchSize},
                                                   {QStringLiteral("width"), vision.width},
                                                   {QStringLiteral("layers"), vision.layers},
                                                   {QStringLiteral("heads"), vision.heads},
                                                   {QStringLiteral("mlp_width"), vision.mlpWidth}}},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("context_length"), text.contextLength},
                                                 {QStringLiteral("vocab_size"), text.vocabSize},
                                                 {QStringLiteral("width"), text.width},
                                                 {QStringLiteral("layers"), text.layers},
                                                 {QStringLiteral("heads"), text.heads},
                                                 {QStringLiteral("mlp_width"), text.mlpWidth}}},
            {QStringLiteral("mean"), QJsonArray{mean[0], mean[1], mean[2]}},
            {QStringLiteral("std"), QJsonArray{std[0], std[1], std[2]}}};
}

Result<ClipConfig> inferClipConfig(const QMap<QString, TensorData>& tensors, const QJsonObject& configJson,
                                   const QString& file)
{
    ClipConfig c;
    c.name = QStringLiteral("custom");
    if (auto st = inferVision(tensors, c, file); !st)
        return st.error();
    const bool hasText = tensors.contains(QStringLiteral("token_embedding.weight"));
    if (hasText) {
        if (auto st = inferText(tensors, c, file); !st)
            return st.error();
    } else {
        c.text.layers = 0;
    }
    c.vision.heads = c.vision.width % 64 == 0 ? c.vision.width / 64 : 0;
    c.text.heads = c.text.width % 64 == 0 ? c.text.width / 64 : 0;
    for (const NamedConfig& n : kNamed) {
        const ClipConfig known = fromNamed(n);
        if (sameShapes(known, c) ||
            (!hasText && known.embedDim == c.embedDim && known.vision.width == c.vision.width &&
             known.vision.layers == c.vision.layers && known.vision.patchSize == c.vision.patchSize &&
             known.vision.imageSize == c.vision.imageSize)) {
            c.name = known.name;
            c.vision.heads = known.vision.heads;
            if (hasText)
                c.text.heads = known.text.heads;
            c.activation = known.activation;
            break;
        }
    }
    if (auto st = applyConfigJson(configJson, c, file); !st)
        return st.error();
    if (c.vision.layers < 1 || c.vision.heads < 1 || c.vision.width % c.vision.heads != 0)
        return Error(ErrorCode::Model,
                     Tr::tr("the image tower's width %1 cannot be split into attention heads; give the head count "
                            "in a config.json beside the checkpoint")
                         .arg(c.vision.width),
                     file);
    if (hasText && (c.text.layers < 1 || c.text.heads < 1 || c.text.width % c.text.heads != 0))
        return Error(ErrorCode::Model,
                     Tr::tr("the text tower's width %1 cannot be split into attention heads; give the head count "
                            "in a config.json beside the checkpoint")
                         .arg(c.text.width),
                     file);
    return c;
}

} // namespace descry
