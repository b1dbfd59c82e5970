#include <torch/torch.h>

#include "core/clip/ClipModel.h"

#include "core/clip/ClipCheckpoint.h"
#include "core/clip/detail/ClipTower.h"
#include "core/common/Tr.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/tensor/detail/SafetensorsTorch.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <cstring>
#include <optional>

namespace descry {

using Shapes = QMap<QString, std::vector<int64_t>>;

struct detail::ClipModelImpl
{
    ClipConfig config;
    QString path, format;
    std::optional<ClipCheckpoint> checkpoint; // keeps the mapped weights alive
    QMap<QString, TensorData> tensors;        // what the weights alias (checkpoint, overrides or random data)
    detail::ClipVision vision;
    detail::ClipText text;
    bool hasText = false;
};

namespace {

void addBlockShapes(Shapes& s, const QString& prefix, int layers, int64_t w, int64_t mlp)
{
    for (int i = 0; i < layers; ++i) {
        const QString p = prefix + QStringLiteral("resblocks.%1.").arg(i);
        s[p + QStringLiteral("ln_1.weight")] = {w};
        s[p + QStringLiteral("ln_1.bias")] = {w};
        s[p + QStringLiteral("attn.in_proj_weight")] = {3 * w, w};
        s[p + QStringLiteral("attn.in_proj_bias")] = {3 * w};
        s[p + QStringLiteral("attn.out_proj.weight")] = {w, w};
        s[p + QStringLiteral("attn.out_proj.bias")] = {w};
        s[p + QStringLiteral("ln_2.weight")] = {w};
        s[p + QStringLiteral("ln_2.bias")] = {w};
        s[p + QStringLiteral("mlp.c_fc.weight")] = {mlp, w};
        s[p + QStringLiteral("mlp.c_fc.bias")] = {mlp};
        s[p + QStringLiteral("mlp.c_proj.weight")] = {w, mlp};
        s[p + QStringLiteral("mlp.c_proj.bias")] = {w};
    }
}

// Every tensor the towers read, with its shape, under open_clip names.
Shapes expectedShapes(const ClipConfig& c, bool withText)
{
    Shapes s;
    const auto& v = c.vision;
    const int64_t w = v.width;
    s[QStringLiteral("visual.conv1.weight")] = {w, 3, v.patchSize, v.patchSize};
    s[QStringLiteral("visual.class_embedding")] = {w};
    s[QStringLiteral("visual.positional_embedding")] = {v.tokens(), w};
    s[QStringLiteral("visual.ln_pre.weight")] = {w};
    s[QStringLiteral("visual.ln_pre.bias")] = {w};
    s[QStringLiteral("visual.ln_post.weight")] = {w};
    s[QStringLiteral("visual.ln_post.bias")] = {w};
    s[QStringLiteral("visual.proj")] = {w, c.embedDim};
    addBlockShapes(s, QStringLiteral("visual.transformer."), v.layers, w, v.mlpWidth);
    if (withText) {
        const auto& t = c.text;
        s[QStringLiteral("token_embedding.weight")] = {t.vocabSize, t.width};
        s[QStringLiteral("positional_embedding")] = {t.contextLength, t.width};
        s[QStringLiteral("ln_final.weight")] = {t.width};
        s[QStringLiteral("ln_final.bias")] = {t.width};
        s[QStringLiteral("text_projection")] = {t.width, c.embedDim};
        addBlockShapes(s, QStringLiteral("transformer."), t.layers, t.width, t.mlpWidth);
    }
    return s;
}

// True when every element is finite: the exponent bits of IEEE single, half and bfloat16 values are all ones
// only for infinities and NaNs, so the check reads the raw bits (no conversion, no copy).
bool allFinite(const TensorData& t)
{
    const char* data = t.bytes.constData();
    const int64_t n = t.numel();
    if (t.dtype == QLatin1String("F32")) {
        uint32_t acc = 0;
        for (int64_t i = 0; i < n; ++i) {
            uint32_t bits;
            std::memcpy(&bits, data + 4 * i, 4);
            acc |= uint32_t((bits & 0x7F800000u) == 0x7F800000u);
        }
        return acc == 0;
    }
    const uint16_t mask = t.dtype == QLatin1String("F16") ? 0x7C00u : 0x7F80u;
    uint32_t acc = 0;
    for (int64_t i = 0; i < n; ++i) {
        uint16_t bits;
        std::memcpy(&bits, data + 2 * i, 2);
        acc |= uint32_t((bits & mask) == mask);
    }
    return acc == 0;
}

Status checkShapes(const QMap<QString, TensorData>& tensors, const Shapes& expected, const QString& file)
{
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const auto t = tensors.constFind(it.key());
        if (t == tensors.constEnd())
            return Error(ErrorCode::Model, Tr::tr("tensor '%1' is missing").arg(it.key()), file);
        if (t->shape != it.value())
            return Error(
                ErrorCode::Model,
                Tr::tr("tensor '%1' has shape %2; this architecture needs %3")
                    .arg(it.key(), safetensors::shapeToString(t->shape), safetensors::shapeToString(it.value())),
                file);
        if (t->dtype != QLatin1String("F32") && t->dtype != QLatin1String("F16") && t->dtype != QLatin1String("BF16"))
            return Error(
                ErrorCode::Model,
                Tr::tr("tensor '%1' has dtype %2; CLIP weights must be F32, F16 or BF16").arg(it.key(), t->dtype),
                file);
        if (t->bytes.size() != t->numel() * safetensors::dtypeSize(t->dtype))
            return Error(ErrorCode::Model, Tr::tr("tensor '%1' holds the wrong number of bytes").arg(it.key()), file);
        if (!allFinite(*t))
            return Error(ErrorCode::Model,
                         Tr::tr("tensor '%1' holds NaN or infinite values: the checkpoint is damaged").arg(it.key()),
                         file);
    }
    return {};
}

// A float32 view of the stored bytes when they are float32 and aligned (zero-copy), else a converted copy.
torch::Tensor weightOf(const TensorData& t)
{
    const char* data = t.bytes.constData();
    if (t.dtype == QLatin1String("F32") && reinterpret_cast<uintptr_t>(data) % alignof(float) == 0)
        return torch::from_blob(const_cast<char*>(data), t.shape, torch::kFloat32);
    return detail::toTensor(t, true).to(torch::kFloat32).contiguous();
}

std::vector<detail::ClipBlock> blocksOf(const QMap<QString, TensorData>& t, const QString& prefix, int layers)
{
    std::vector<detail::ClipBlock> out;
    for (int i = 0; i < layers; ++i) {
        const QString p = prefix + QStringLiteral("resblocks.%1.").arg(i);
        auto w = [&](const char* name) { return weightOf(t[p + QLatin1String(name)]); };
        out.push_back({w("ln_1.weight"), w("ln_1.bias"), w("attn.in_proj_weight"), w("attn.in_proj_bias"),
                       w("attn.out_proj.weight"), w("attn.out_proj.bias"), w("ln_2.weight"), w("ln_2.bias"),
                       w("mlp.c_fc.weight"), w("mlp.c_fc.bias"), w("mlp.c_proj.weight"), w("mlp.c_proj.bias")});
    }
    return out;
}

void buildTowers(detail::ClipModelImpl& m)
{
    const auto& t = m.tensors;
    auto w = [&](const char* name) { return weightOf(t[QLatin1String(name)]); };
    m.vision = {w("visual.conv1.weight"),
                w("visual.class_embedding"),
                w("visual.positional_embedding"),
                w("visual.ln_pre.weight"),
                w("visual.ln_pre.bias"),
                w("visual.ln_post.weight"),
                w("visual.ln_post.bias"),
                w("visual.proj"),
                {}};
    m.vision.blocks = blocksOf(t, QStringLiteral("visual.transformer."), m.config.vision.layers);
    if (m.hasText) {
        m.text = {w("token_embedding.weight"), w("positional_embedding"), w("ln_final.weight"),
                  w("ln_final.bias"),          w("text_projection"),      {}};
        m.text.blocks = blocksOf(t, QStringLiteral("transformer."), m.config.text.layers);
    }
}

torch::Tensor activate(torch::Tensor h, ClipActivation activation)
{
    if (activation == ClipActivation::QuickGelu)
        return h.mul_(torch::sigmoid(h * 1.702));
    return torch::gelu(h);
}

// softmax(q kᵀ + mask) v over [heads, tokens, head width], a few heads at a time so that the score matrices
// stay in cache (eight ViT-L images at once would otherwise stream 135 MB of scores per layer).
torch::Tensor attentionHeads(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                             const torch::Tensor& mask)
{
    const int64_t bh = q.size(0), tq = q.size(1), T = k.size(1);
    torch::Tensor out = torch::empty({bh, tq, v.size(2)});
    const int64_t chunk = std::clamp<int64_t>((int64_t(1) << 18) / std::max<int64_t>(1, tq * T), 1, bh);
    torch::Tensor scores = torch::empty({chunk, tq, T});
    torch::Tensor probs = torch::empty({chunk, tq, T});
    const torch::Tensor kT = k.transpose(1, 2);
    for (int64_t s = 0; s < bh; s += chunk) {
        const int64_t c = std::min(chunk, bh - s);
        torch::Tensor sc = scores.narrow(0, 0, c), pr = probs.narrow(0, 0, c);
        if (mask.defined()) {
            sc.copy_(mask.expand({c, tq, T}));
            sc.baddbmm_(q.narrow(0, s, c), kT.narrow(0, s, c));
        } else {
            at::bmm_out(sc, q.narrow(0, s, c), kT.narrow(0, s, c));
        }
        at::_softmax_out(pr, sc, -1, false);
        torch::Tensor o = out.narrow(0, s, c);
        at::bmm_out(o, pr, v.narrow(0, s, c));
    }
    return out;
}

// x [n, T, w] += attention(ln_1(x)). With classOnly only the class token's output is computed (the last block
// of the image tower: nothing else reaches the features) and x becomes [n, 1, w].
torch::Tensor attend(torch::Tensor x, const detail::ClipBlock& b, int heads, const torch::Tensor& mask, bool classOnly)
{
    const int64_t n = x.size(0), T = x.size(1), w = x.size(2), hd = w / heads;
    const torch::Tensor y = torch::layer_norm(x, {w}, b.ln1w, b.ln1b, 1e-5).view({n * T, w});
    const double scale = 1.0 / std::sqrt(double(hd));
    torch::Tensor q, k, v;
    if (classOnly) {
        const torch::Tensor kv = torch::addmm(b.inB.narrow(0, w, 2 * w), y, b.inW.narrow(0, w, 2 * w).t());
        const torch::Tensor kv5 = kv.view({n, T, 2, heads, hd});
        k = kv5.select(2, 0).permute({0, 2, 1, 3});
        v = kv5.select(2, 1).permute({0, 2, 1, 3});
        const torch::Tensor cls = y.view({n, T, w}).select(1, 0);
        q = torch::addmm(b.inB.narrow(0, 0, w), cls, b.inW.narrow(0, 0, w).t()).view({n, 1, heads, hd});
        q = q.permute({0, 2, 1, 3});
    } else {
        const torch::Tensor qkv = torch::addmm(b.inB, y, b.inW.t()).view({n, T, 3, heads, hd});
        q = qkv.select(2, 0).permute({0, 2, 1, 3});
        k = qkv.select(2, 1).permute({0, 2, 1, 3});
        v = qkv.select(2, 2).permute({0, 2, 1, 3});
    }
    const int64_t tq = q.size(2);
    q = q.reshape({n * heads, tq, hd}).mul_(scale);
    k = k.reshape({n * heads, T, hd});
    v = v.reshape({n * heads, T, hd});
    const torch::Tensor out =
        attentionHeads(q, k, v, mask).view({n, heads, tq, hd}).permute({0, 2, 1, 3}).reshape({n * tq, w});
    torch::Tensor res = (classOnly ? x.select(1, 0) : x).reshape({n * tq, w}).clone();
    res.addmm_(out, b.outW.t()).add_(b.outB);
    return res.view({n, tq, w});
}

// x [n, T, w] += mlp(ln_2(x)), the residual add fused into the second GEMM.
torch::Tensor feedForward(torch::Tensor x, const detail::ClipBlock& b, ClipActivation activation)
{
    const int64_t n = x.size(0), T = x.size(1), w = x.size(2);
    const torch::Tensor y = torch::layer_norm(x, {w}, b.ln2w, b.ln2b, 1e-5).view({n * T, w});
    const torch::Tensor h = activate(torch::addmm(b.fcB, y, b.fcW.t()), activation);
    torch::Tensor x2 = x.reshape({n * T, w});
    x2.addmm_(h, b.projW.t()).add_(b.projB);
    return x2.view({n, T, w});
}

// Patch embedding, class token, positions and ln_pre: [n, 3, S, S] -> [n, T, w].
torch::Tensor embedPatches(const ClipConfig& c, const detail::ClipVision& v, const torch::Tensor& pixels)
{
    const int64_t n = pixels.size(0), g = c.vision.grid(), p = c.vision.patchSize, w = c.vision.width;
    const torch::Tensor patches =
        pixels.view({n, 3, g, p, g, p}).permute({0, 2, 4, 1, 3, 5}).reshape({n * g * g, 3 * p * p});
    const torch::Tensor emb = torch::mm(patches, v.conv1.view({w, 3 * p * p}).t()).view({n, g * g, w});
    torch::Tensor x = torch::cat({v.classEmbedding.view({1, 1, w}).expand({n, 1, w}), emb}, 1);
    x.add_(v.positional);
    return torch::layer_norm(x, {w}, v.lnPreW, v.lnPreB, 1e-5);
}

bool stepBlock(const Progress& progress, int done, int total, const QString& what)
{
    return progress.step(double(done) / std::max(1, total), what);
}

// The image tower up to the last block's MLP input for the class token (n × w).
Result<torch::Tensor> imageTrunk(const detail::ClipModelImpl& m, const torch::Tensor& pixels, const Progress& progress)
{
    const ClipConfig& c = m.config;
    torch::Tensor x = embedPatches(c, m.vision, pixels);
    const int layers = c.vision.layers;
    for (int i = 0; i < layers; ++i) {
        if (!stepBlock(progress, i, layers, Tr::tr("Encoding images")))
            return Error(ErrorCode::Cancelled, Tr::tr("encoding cancelled"));
        const bool last = i == layers - 1;
        x = attend(x, m.vision.blocks[size_t(i)], c.vision.heads, {}, last);
        if (!last)
            x = feedForward(x, m.vision.blocks[size_t(i)], c.activation);
    }
    return x.select(1, 0);
}

torch::Tensor pixelTensor(const float* pixels, int64_t n, int size)
{
    return torch::from_blob(const_cast<float*>(pixels), {n, 3, size, size}, torch::kFloat32);
}

} // namespace

torch::Tensor detail::clipMlp(const torch::Tensor& x, const torch::Tensor& fcW, const torch::Tensor& fcB,
                              const torch::Tensor& projW, const torch::Tensor& projB, ClipActivation activation)
{
    torch::Tensor h = torch::addmm(fcB, x, fcW.t());
    h = activation == ClipActivation::QuickGelu ? h * torch::sigmoid(h * 1.702) : torch::gelu(h);
    return torch::addmm(projB, h, projW.t());
}

torch::Tensor detail::clipImageTail(const ClipVision& vision, const torch::Tensor& h, const torch::Tensor& fcW,
                                    const torch::Tensor& fcB, const torch::Tensor& projW, const torch::Tensor& projB,
                                    ClipActivation activation)
{
    const ClipBlock& b = vision.blocks.back();
    const int64_t w = h.size(1);
    const torch::Tensor y = torch::layer_norm(h, {w}, b.ln2w, b.ln2b, 1e-5);
    const torch::Tensor x = h + clipMlp(y, fcW, fcB, projW, projB, activation);
    return torch::mm(torch::layer_norm(x, {w}, vision.lnPostW, vision.lnPostB, 1e-5), vision.proj);
}

const detail::ClipVision& detail::ClipModelAccess::vision(const ClipModel& model)
{
    return model.m_impl->vision;
}

const detail::ClipText& detail::ClipModelAccess::text(const ClipModel& model)
{
    return model.m_impl->text;
}

QMap<QString, TensorData> clipRandomWeights(const ClipConfig& config, uint64_t seed, bool withText)
{
    QMap<QString, TensorData> out;
    torch::NoGradGuard noGrad;
    auto gen = at::detail::createCPUGenerator(seed);
    const Shapes shapes = expectedShapes(config, withText);
    for (auto it = shapes.constBegin(); it != shapes.constEnd(); ++it) {
        TensorData t;
        t.name = it.key();
        t.dtype = QStringLiteral("F32");
        t.shape = it.value();
        t.bytes = QByteArray(qsizetype(t.numel() * 4), Qt::Uninitialized);
        torch::Tensor view = torch::from_blob(t.bytes.data(), t.shape, torch::kFloat32);
        const QString& name = it.key();
        if (name.contains(QLatin1String("ln_")) && name.endsWith(QLatin1String(".weight")))
            view.fill_(1.0);
        else if (name.endsWith(QLatin1String("bias")))
            view.zero_();
        else
            view.normal_(0.0, 0.02, gen);
        out.insert(name, std::move(t));
    }
    if (withText)
        out.insert(QStringLiteral("logit_scale"),
                   TensorData::fromFloat(QStringLiteral("logit_scale"), {}, {float(std::log(1 / 0.07))}));
    return out;
}

namespace {

Result<detail::ClipModelImpl> buildImpl(detail::ClipModelImpl m, const ClipModelOptions& options)
{
    for (auto it = options.overrides.constBegin(); it != options.overrides.constEnd(); ++it) {
        if (!m.tensors.contains(it.key()))
            return Error(ErrorCode::Model, Tr::tr("tuned tensor '%1' is not a tensor of this checkpoint").arg(it.key()),
                         m.path);
        if (m.tensors[it.key()].shape != it->shape)
            return Error(ErrorCode::Model,
                         Tr::tr("tuned tensor '%1' has shape %2; the checkpoint's is %3")
                             .arg(it.key(), safetensors::shapeToString(it->shape),
                                  safetensors::shapeToString(m.tensors[it.key()].shape)),
                         m.path);
        m.tensors[it.key()] = it.value();
    }
    if (options.activation)
        m.config.activation = *options.activation;
    if (auto st = checkShapes(m.tensors, expectedShapes(m.config, m.hasText), m.path); !st)
        return st.error();
    buildTowers(m);
    return m;
}

} // namespace

Result<ClipModel> ClipModel::fromCheckpoint(const ClipCheckpoint& checkpoint, const ClipModelOptions& options,
                                            const Progress& progress)
{
    return detail::guarded(ErrorCode::Model, checkpoint.path(), [&]() -> Result<ClipModel> {
        if (!progress.step(0, Tr::tr("Reading CLIP checkpoint")))
            return Error(ErrorCode::Cancelled, Tr::tr("loading cancelled"));
        auto config = inferClipConfig(checkpoint.tensors(), checkpoint.configJson(), checkpoint.path());
        if (!config)
            return config.error();
        detail::ClipModelImpl m;
        m.config = *config;
        m.path = checkpoint.path();
        m.format = checkpoint.formatName();
        m.checkpoint = checkpoint;
        m.tensors = checkpoint.tensors();
        m.hasText = !options.imageOnly && m.config.text.layers > 0;
        auto built = buildImpl(std::move(m), options);
        if (!built)
            return built.error();
        ClipModel model;
        model.m_impl = std::make_shared<const detail::ClipModelImpl>(std::move(built).value());
        return model;
    });
}

Result<ClipModel> ClipModel::open(const QString& checkpointPath, const ClipModelOptions& options,
                                  const Progress& progress)
{
    auto checkpoint = ClipCheckpoint::open(checkpointPath, progress.sub(0, 0.9));
    if (!checkpoint)
        return checkpoint.error();
    return fromCheckpoint(*checkpoint, options, progress.sub(0.9, 1));
}

Result<ClipModel> ClipModel::random(const ClipConfig& config, uint64_t seed)
{
    return detail::guarded(ErrorCode::Internal, {}, [&]() -> Result<ClipModel> {
        detail::ClipModelImpl m;
        m.config = config;
        m.format = QStringLiteral("random");
        m.hasText = config.text.layers > 0;
        m.tensors = clipRandomWeights(config, seed, m.hasText);
        auto built = buildImpl(std::move(m), {});
        if (!built)
            return built.error();
        ClipModel model;
        model.m_impl = std::make_shared<const detail::ClipModelImpl>(std::move(built).value());
        return model;
    });
}

const ClipConfig& ClipModel::config() const
{
    return m_impl->config;
}
QString ClipModel::checkpointPath() const
{
    return m_impl->path;
}
QString ClipModel::checkpointFormat() const
{
    return m_impl->format;
}
bool ClipModel::hasTextTower() const
{
    return m_impl->hasText;
}

QStringList ClipModel::lastMlpTensorNames() const
{
    const QString p = QStringLiteral("visual.transformer.resblocks.%1.mlp.").arg(m_impl->config.vision.layers - 1);
    return {p + QStringLiteral("c_fc.weight"), p + QStringLiteral("c_fc.bias"), p + QStringLiteral("c_proj.weight"),
            p + QStringLiteral("c_proj.bias")};
}

Status ClipModel::encodeImages(const float* pixels, int n, float* out, const Progress& progress, int batch) const
{
    return detail::guarded(ErrorCode::Internal, m_impl->path, [&]() -> Status {
        c10::InferenceMode guard;
        const ClipConfig& c = m_impl->config;
        const int size = c.vision.imageSize;
        const int64_t per = int64_t(3) * size * size;
        batch = std::max(1, batch);
        for (int start = 0; start < n; start += batch) {
            const int b = std::min(batch, n - start);
            const Progress part = progress.sub(double(start) / n, double(start + b) / n);
            auto h = imageTrunk(*m_impl, pixelTensor(pixels + start * per, b, size), part);
            if (!h)
                return h.error();
            const auto& blk = m_impl->vision.blocks.back();
            const torch::Tensor feats =
                detail::clipImageTail(m_impl->vision, *h, blk.fcW, blk.fcB, blk.projW, blk.projB, c.activation)
                    .contiguous();
            std::memcpy(out + int64_t(start) * c.embedDim, feats.data_ptr<float>(),
                        size_t(b) * size_t(c.embedDim) * sizeof(float));
        }
        return {};
    });
}

Status ClipModel::encodeImagesBeforeLastMlp(const float* pixels, int n, float* out, const Progress& progress) const
{
    return detail::guarded(ErrorCode::Internal, m_impl->path, [&]() -> Status {
        c10::InferenceMode guard;
        const ClipConfig& c = m_impl->config;
        const int size = c.vision.imageSize;
        const int64_t per = int64_t(3) * size * size;
        for (int start = 0; start < n; start += 8) {
            const int b = std::min(8, n - start);
            auto h = imageTrunk(*m_impl, pixelTensor(pixels + start * per, b, size),
                                progress.sub(double(start) / n, double(start + b) / n));
            if (!h)
                return h.error();
            const torch::Tensor hc = h->contiguous();
            std::memcpy(out + int64_t(start) * c.vision.width, hc.data_ptr<float>(),
                        size_t(b) * size_t(c.vision.width) * sizeof(float));
        }
        return {};
    });
}

namespace {

// Checks token rows and flattens them; Usage error for a wrong length or an id outside the vocabulary.
Result<std::vector<int64_t>> flattenTokens(const std::vector<std::vector<int64_t>>& tokens, const ClipConfig& c)
{
    std::vector<int64_t> flat;
    flat.reserve(tokens.size() * size_t(c.text.contextLength));
    for (const auto& row : tokens) {
        if (int64_t(row.size()) != c.text.contextLength)
            return Error(
                ErrorCode::Usage,
                Tr::tr("a token row has %1 ids; this model takes %2").arg(row.size()).arg(c.text.contextLength));
        for (int64_t id : row)
            if (id < 0 || id >= c.text.vocabSize)
                return Error(ErrorCode::Usage,
                             Tr::tr("token id %1 is outside the vocabulary of %2").arg(id).arg(c.text.vocabSize));
        flat.insert(flat.end(), row.begin(), row.end());
    }
    return flat;
}

// Text features of n rows. The mask is causal and only the end token (the row's largest id, as open_clip pools)
// is read, so positions after the latest end token of the batch cannot change the result: they are not computed.
Result<torch::Tensor> textChunk(const detail::ClipModelImpl& m, const torch::Tensor& ids, const Progress& progress)
{
    const ClipConfig& c = m.config;
    const int64_t n = ids.size(0), w = c.text.width;
    const torch::Tensor pool = ids.argmax(-1);
    const int64_t used = pool.max().item<int64_t>() + 1;
    const torch::Tensor active = ids.narrow(1, 0, used).contiguous();
    const detail::ClipText& t = m.text;
    torch::Tensor x = t.tokenEmbedding.index_select(0, active.flatten()).view({n, used, w});
    x.add_(t.positional.narrow(0, 0, used));
    const torch::Tensor mask = torch::full({used, used}, -INFINITY).triu_(1);
    for (int i = 0; i < c.text.layers; ++i) {
        if (!stepBlock(progress, i, c.text.layers, Tr::tr("Encoding texts")))
            return Error(ErrorCode::Cancelled, Tr::tr("encoding cancelled"));
        x = attend(x, t.blocks[size_t(i)], c.text.heads, mask, false);
        x = feedForward(x, t.blocks[size_t(i)], c.activation);
    }
    const torch::Tensor pooled = x.index({torch::arange(n), pool});
    return torch::mm(torch::layer_norm(pooled, {w}, t.lnFinalW, t.lnFinalB, 1e-5), t.proj).contiguous();
}

} // namespace

Status ClipModel::encodeTexts(const std::vector<std::vector<int64_t>>& tokens, float* out,
                              const Progress& progress) const
{
    if (!m_impl->hasText)
        return Error(ErrorCode::Model, Tr::tr("this model has no text tower"), m_impl->path);
    return detail::guarded(ErrorCode::Internal, m_impl->path, [&]() -> Status {
        c10::InferenceMode guard;
        const ClipConfig& c = m_impl->config;
        auto flat = flattenTokens(tokens, c);
        if (!flat)
            return flat.error();
        const int64_t n = int64_t(tokens.size()), ctx = c.text.contextLength;
        const torch::Tensor ids = torch::from_blob(flat->data(), {n, ctx}, torch::kInt64);
        constexpr int64_t kChunk = 32; // bounds the activations (attention scores grow with rows × context²)
        for (int64_t start = 0; start < n; start += kChunk) {
            const int64_t b = std::min(kChunk, n - start);
            auto feats = textChunk(*m_impl, ids.narrow(0, start, b),
                                   progress.sub(double(start) / double(n), double(start + b) / double(n)));
            if (!feats)
                return feats.error();
            std::memcpy(out + start * c.embedDim, feats->data_ptr<float>(),
                        size_t(b) * size_t(c.embedDim) * sizeof(float));
        }
        return {};
    });
}

} // namespace descry
