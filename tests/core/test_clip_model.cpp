#include <torch/torch.h>

#include "core/clip/ClipConfig.h"
#include "core/clip/ClipModel.h"
#include "core/tensor/Safetensors.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <cmath>

using namespace descry;

namespace {

const QString kGolden = QStringLiteral(DESCRY_TEST_SHARED_DIR "/golden/clip");

double maxAbs(const std::vector<float>& a, const std::vector<float>& b)
{
    double m = 0;
    for (size_t i = 0; i < a.size(); ++i)
        m = std::max(m, std::abs(double(a[i]) - double(b[i])));
    return m;
}

ClipConfig tiny()
{
    return *ClipConfig::named(QStringLiteral("tiny-vit32-quickgelu"));
}

std::vector<float> randomPixels(int n, int size, uint64_t seed)
{
    torch::manual_seed(int64_t(seed));
    const torch::Tensor t = torch::randn({n, 3, size, size}).contiguous();
    return std::vector<float>(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
}

// open_clip's forward written the plain way (every token through every block, MultiheadAttention as in
// PyTorch), independently of the runtime's fused and class-token-only paths.
torch::Tensor referenceImage(const QMap<QString, TensorData>& w, const ClipConfig& c, const torch::Tensor& px)
{
    auto t = [&](const QString& n) { return torch::from_blob(const_cast<char*>(w[n].bytes.constData()), w[n].shape); };
    const int64_t n = px.size(0), g = c.vision.grid(), wd = c.vision.width, h = c.vision.heads, hd = wd / h;
    torch::Tensor x = torch::conv2d(px, t(QStringLiteral("visual.conv1.weight")), {}, c.vision.patchSize);
    x = x.reshape({n, wd, g * g}).permute({0, 2, 1});
    x = torch::cat({t(QStringLiteral("visual.class_embedding")).view({1, 1, wd}).expand({n, 1, wd}), x}, 1);
    x = x + t(QStringLiteral("visual.positional_embedding"));
    x = torch::layer_norm(x, {wd}, t(QStringLiteral("visual.ln_pre.weight")), t(QStringLiteral("visual.ln_pre.bias")));
    for (int i = 0; i < c.vision.layers; ++i) {
        const QString p = QStringLiteral("visual.transformer.resblocks.%1.").arg(i);
        torch::Tensor y = torch::layer_norm(x, {wd}, t(p + "ln_1.weight"), t(p + "ln_1.bias"));
        torch::Tensor qkv = torch::linear(y, t(p + "attn.in_proj_weight"), t(p + "attn.in_proj_bias"));
        auto parts = qkv.chunk(3, -1);
        auto heads = [&](const torch::Tensor& z) { return z.reshape({n, -1, h, hd}).transpose(1, 2); };
        torch::Tensor a = torch::softmax(
            torch::matmul(heads(parts[0]) / std::sqrt(double(hd)), heads(parts[1]).transpose(-1, -2)), -1);
        torch::Tensor o = torch::matmul(a, heads(parts[2])).transpose(1, 2).reshape({n, -1, wd});
        x = x + torch::linear(o, t(p + "attn.out_proj.weight"), t(p + "attn.out_proj.bias"));
        y = torch::layer_norm(x, {wd}, t(p + "ln_2.weight"), t(p + "ln_2.bias"));
        torch::Tensor f = torch::linear(y, t(p + "mlp.c_fc.weight"), t(p + "mlp.c_fc.bias"));
        f = c.activation == ClipActivation::QuickGelu ? f * torch::sigmoid(1.702 * f) : torch::gelu(f);
        x = x + torch::linear(f, t(p + "mlp.c_proj.weight"), t(p + "mlp.c_proj.bias"));
    }
    x = torch::layer_norm(x.select(1, 0), {wd}, t(QStringLiteral("visual.ln_post.weight")),
                          t(QStringLiteral("visual.ln_post.bias")));
    return torch::matmul(x, t(QStringLiteral("visual.proj")));
}

// Golden tensors of one test model.
struct Golden
{
    QMap<QString, TensorData> t;
    std::vector<float> get(const char* name) const { return t[QLatin1String(name)].toFloat(); }
};

std::optional<Golden> readGolden(const QString& model)
{
    auto g = readSafetensors(kGolden + QLatin1Char('/') + model + QStringLiteral("/golden.safetensors"));
    if (!g)
        return std::nullopt;
    return Golden{*g};
}

std::vector<std::vector<int64_t>> tokenRows(const TensorData& tokens)
{
    std::vector<std::vector<int64_t>> rows;
    const auto* ids = reinterpret_cast<const int64_t*>(tokens.bytes.constData());
    for (int64_t r = 0; r < tokens.shape[0]; ++r)
        rows.emplace_back(ids + r * tokens.shape[1], ids + (r + 1) * tokens.shape[1]);
    return rows;
}

} // namespace

TEST(ClipModel, GoldenFeaturesFromPixelsAndTokens)
{
    for (const QString& model : {QStringLiteral("tiny-vit14-gelu"), QStringLiteral("tiny-vit32-quickgelu")}) {
        const auto golden = readGolden(model);
        if (!golden)
            GTEST_SKIP() << "shared golden data absent: " << kGolden.toStdString();
        auto clip = ClipModel::open(kGolden + QLatin1Char('/') + model + QStringLiteral("/model.safetensors"));
        ASSERT_TRUE(clip) << clip.error().toString().toStdString();
        const ClipConfig& c = clip->config();
        EXPECT_EQ(c.name, model);
        const std::vector<float> pixels = golden->get("pixels");
        std::vector<float> image(size_t(3 * c.embedDim));
        ASSERT_TRUE(clip->encodeImages(pixels.data(), 3, image.data()));
        const double imageErr = maxAbs(image, golden->get("image_features"));
        const auto rows = tokenRows(golden->t[QStringLiteral("tokens")]);
        std::vector<float> text(rows.size() * size_t(c.embedDim));
        ASSERT_TRUE(clip->encodeTexts(rows, text.data()));
        const double textErr = maxAbs(text, golden->get("text_features"));
        std::printf("%s: image max abs %.3g, text max abs %.3g\n", qPrintable(model), imageErr, textErr);
        EXPECT_LT(imageErr, 1e-4) << model.toStdString();
        EXPECT_LT(textErr, 1e-4) << model.toStdString();
    }
}

TEST(ClipModel, MatchesAPlainForwardPassOnRandomWeights)
{
    for (const QString& name : {QStringLiteral("tiny-vit32-quickgelu"), QStringLiteral("tiny-vit14-gelu")}) {
        const ClipConfig c = *ClipConfig::named(name);
        const auto weights = clipRandomWeights(c, 7);
        auto model = ClipModel::random(c, 7);
        ASSERT_TRUE(model);
        const std::vector<float> px = randomPixels(3, c.vision.imageSize, 3);
        std::vector<float> fast(size_t(3 * c.embedDim));
        ASSERT_TRUE(model->encodeImages(px.data(), 3, fast.data(), {}, 2));
        const torch::Tensor ref = referenceImage(weights, c,
                                                 torch::from_blob(const_cast<float*>(px.data()),
                                                                  {3, 3, c.vision.imageSize, c.vision.imageSize}))
                                      .contiguous();
        const std::vector<float> r(ref.data_ptr<float>(), ref.data_ptr<float>() + ref.numel());
        EXPECT_LT(maxAbs(fast, r), 1e-5) << name.toStdString();
    }
}

TEST(ClipModel, BatchSizeDoesNotChangeFeatures)
{
    auto model = ClipModel::random(tiny(), 1);
    ASSERT_TRUE(model);
    const int e = tiny().embedDim;
    const std::vector<float> px = randomPixels(5, 224, 9);
    std::vector<float> one(size_t(5 * e)), eight(size_t(5 * e));
    ASSERT_TRUE(model->encodeImages(px.data(), 5, one.data(), {}, 1));
    ASSERT_TRUE(model->encodeImages(px.data(), 5, eight.data(), {}, 8));
    EXPECT_LT(maxAbs(one, eight), 1e-5);
}

// Only the shapes of `c`'s tensors (no data): what inferClipConfig reads.
QMap<QString, TensorData> shapesOnly(const ClipConfig& c)
{
    QMap<QString, TensorData> t;
    auto add = [&](const QString& name, std::vector<int64_t> shape) {
        TensorData d;
        d.name = name;
        d.dtype = QStringLiteral("F32");
        d.shape = std::move(shape);
        t.insert(name, d);
    };
    const auto& v = c.vision;
    add(QStringLiteral("visual.conv1.weight"), {v.width, 3, v.patchSize, v.patchSize});
    add(QStringLiteral("visual.positional_embedding"), {v.tokens(), v.width});
    add(QStringLiteral("visual.proj"), {v.width, c.embedDim});
    for (int i = 0; i < v.layers; ++i)
        add(QStringLiteral("visual.transformer.resblocks.%1.mlp.c_fc.weight").arg(i), {v.mlpWidth, v.width});
    add(QStringLiteral("token_embedding.weight"), {c.text.vocabSize, c.text.width});
    add(QStringLiteral("positional_embedding"), {c.text.contextLength, c.text.width});
    add(QStringLiteral("text_projection"), {c.text.width, c.embedDim});
    for (int i = 0; i < c.text.layers; ++i)
        add(QStringLiteral("transformer.resblocks.%1.mlp.c_fc.weight").arg(i), {c.text.mlpWidth, c.text.width});
    return t;
}

TEST(ClipModel, ConfigIsInferredFromTensorShapes)
{
    // Every known architecture from its shapes alone (ViT-H/14's head width is 80, not open_clip's default 64).
    for (const QString& name : ClipConfig::names()) {
        const ClipConfig c = *ClipConfig::named(name);
        auto inferred = inferClipConfig(shapesOnly(c), {}, QStringLiteral("x.safetensors"));
        ASSERT_TRUE(inferred) << inferred.error().toString().toStdString();
        EXPECT_EQ(inferred->name, name);
        EXPECT_EQ(inferred->vision.heads, c.vision.heads) << name.toStdString();
        EXPECT_EQ(inferred->vision.layers, c.vision.layers) << name.toStdString();
        EXPECT_EQ(inferred->vision.imageSize, c.vision.imageSize) << name.toStdString();
        EXPECT_EQ(inferred->vision.patchSize, c.vision.patchSize) << name.toStdString();
        EXPECT_EQ(inferred->text.heads, c.text.heads) << name.toStdString();
        EXPECT_EQ(inferred->text.layers, c.text.layers) << name.toStdString();
        EXPECT_EQ(inferred->embedDim, c.embedDim);
        EXPECT_EQ(inferred->activation, c.activation);
    }
    // The tiny configs also from real random weights, as a checkpoint file holds them.
    for (const QString& name : {QStringLiteral("tiny-vit14-gelu"), QStringLiteral("tiny-vit32-quickgelu")}) {
        auto inferred = inferClipConfig(clipRandomWeights(*ClipConfig::named(name), 0), {}, QStringLiteral("x"));
        ASSERT_TRUE(inferred);
        EXPECT_EQ(inferred->name, name);
    }
}

TEST(ClipModel, KnownArchitecturesHaveOpenClipSizes)
{
    const ClipConfig l14 = *ClipConfig::named(QStringLiteral("ViT-L-14"));
    EXPECT_NEAR(l14.imageMacs() / 1e9, 81.0, 0.5);
    EXPECT_EQ(ClipConfig::named(QStringLiteral("ViT-H-14"))->vision.heads, 16);
    EXPECT_EQ(ClipConfig::named(QStringLiteral("ViT-L-14-336"))->vision.tokens(), 577);
    EXPECT_FALSE(ClipConfig::named(QStringLiteral("ViT-X")));
}

TEST(ClipModel, HeadCountComesFromTheConfigWhenShapesAreAmbiguous)
{
    ClipConfig c = tiny();
    c.vision.layers = 1; // matches no known architecture
    const auto weights = clipRandomWeights(c, 0);
    auto guessed = inferClipConfig(weights, {}, QStringLiteral("x"));
    ASSERT_FALSE(guessed); // width 96 is no multiple of 64 and no known shape set says otherwise
    EXPECT_NE(guessed.error().toString().indexOf(QStringLiteral("config.json")), -1);
    const QJsonObject cfg{{QStringLiteral("vision_cfg"), QJsonObject{{QStringLiteral("head_width"), 32}}},
                          {QStringLiteral("text_cfg"), QJsonObject{{QStringLiteral("heads"), 3}}},
                          {QStringLiteral("quick_gelu"), true}};
    auto given = inferClipConfig(weights, cfg, QStringLiteral("x"));
    ASSERT_TRUE(given);
    EXPECT_EQ(given->name, QStringLiteral("custom"));
    EXPECT_EQ(given->vision.heads, 3);
    EXPECT_EQ(given->activation, ClipActivation::QuickGelu);
}

TEST(ClipModel, MissingOrMisshapenTensorIsNamed)
{
    QTemporaryDir dir;
    auto weights = clipRandomWeights(tiny(), 0);
    weights.remove(QStringLiteral("visual.transformer.resblocks.1.attn.out_proj.bias"));
    const QString missing = dir.filePath(QStringLiteral("missing.safetensors"));
    ASSERT_TRUE(writeSafetensors(missing, weights));
    auto m = ClipModel::open(missing);
    ASSERT_FALSE(m);
    EXPECT_EQ(m.error().code(), ErrorCode::Model);
    EXPECT_NE(m.error().toString().indexOf(QStringLiteral("resblocks.1.attn.out_proj.bias")), -1);
    EXPECT_NE(m.error().toString().indexOf(missing), -1);

    weights = clipRandomWeights(tiny(), 0);
    weights[QStringLiteral("ln_final.bias")] =
        TensorData::fromFloat(QStringLiteral("ln_final.bias"), {95}, std::vector<float>(95, 0.f));
    const QString shaped = dir.filePath(QStringLiteral("shape.safetensors"));
    ASSERT_TRUE(writeSafetensors(shaped, weights));
    m = ClipModel::open(shaped);
    ASSERT_FALSE(m);
    EXPECT_NE(m.error().toString().indexOf(QStringLiteral("ln_final.bias")), -1);
    EXPECT_NE(m.error().toString().indexOf(QStringLiteral("[95]")), -1);
}

TEST(ClipModel, ActivationOverrideAndTunedTensorsChangeFeatures)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("m.safetensors"));
    ASSERT_TRUE(writeSafetensors(file, clipRandomWeights(tiny(), 4)));
    auto base = ClipModel::open(file);
    ASSERT_TRUE(base);
    EXPECT_EQ(base->config().activation, ClipActivation::QuickGelu);
    ClipModelOptions gelu;
    gelu.activation = ClipActivation::Gelu;
    auto other = ClipModel::open(file, gelu);
    ASSERT_TRUE(other);
    EXPECT_EQ(other->config().activation, ClipActivation::Gelu);

    ClipModelOptions tuned;
    const QString fc = base->lastMlpTensorNames()[0];
    tuned.overrides.insert(fc, TensorData::fromFloat(fc, {384, 96}, std::vector<float>(384 * 96, 0.01f)));
    auto t = ClipModel::open(file, tuned);
    ASSERT_TRUE(t);
    const std::vector<float> px = randomPixels(1, 224, 2);
    std::vector<float> a(48), b(48), g(48);
    ASSERT_TRUE(base->encodeImages(px.data(), 1, a.data()));
    ASSERT_TRUE(t->encodeImages(px.data(), 1, b.data()));
    ASSERT_TRUE(other->encodeImages(px.data(), 1, g.data()));
    EXPECT_GT(maxAbs(a, b), 1e-4);
    EXPECT_GT(maxAbs(a, g), 1e-6);

    tuned.overrides[fc] = TensorData::fromFloat(fc, {2, 2}, {0, 0, 0, 0});
    auto bad = ClipModel::open(file, tuned);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().toString().indexOf(fc), -1);
}

TEST(ClipModel, BeforeLastMlpIsTheCachedTrunk)
{
    auto model = ClipModel::random(tiny(), 5);
    ASSERT_TRUE(model);
    const std::vector<float> px = randomPixels(2, 224, 6);
    std::vector<float> h(size_t(2 * tiny().vision.width)), f(size_t(2 * tiny().embedDim));
    ASSERT_TRUE(model->encodeImagesBeforeLastMlp(px.data(), 2, h.data()));
    ASSERT_TRUE(model->encodeImages(px.data(), 2, f.data()));
    // Different inputs give different trunks, and the trunk is not the final features.
    EXPECT_GT(maxAbs(std::vector<float>(h.begin(), h.begin() + 96), std::vector<float>(h.begin() + 96, h.end())), 1e-3);
}

TEST(ClipModel, EncodingStopsWhenCancelled)
{
    auto model = ClipModel::random(tiny(), 5);
    ASSERT_TRUE(model);
    const std::vector<float> px = randomPixels(2, 224, 6);
    std::vector<float> f(size_t(2 * tiny().embedDim));
    std::atomic<bool> cancel{true};
    Progress p;
    p.cancel = &cancel;
    const Status st = model->encodeImages(px.data(), 2, f.data(), p);
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code(), ErrorCode::Cancelled);
}

TEST(ClipModel, BadTokensAreRefused)
{
    auto model = ClipModel::random(tiny(), 5);
    ASSERT_TRUE(model);
    std::vector<float> f(48);
    EXPECT_FALSE(model->encodeTexts({std::vector<int64_t>(10, 1)}, f.data()));
    std::vector<int64_t> row(77, 0);
    row[3] = 49408;
    EXPECT_FALSE(model->encodeTexts({row}, f.data()));
}

// A checkpoint with one NaN weight was accepted and gave NaN features with exit 0 (and a pack that verified).
TEST(ClipModel, NonFiniteWeightsAreRefusedNamingTheTensor)
{
    QTemporaryDir dir;
    for (const char* dtype : {"F32", "F16", "BF16"}) {
        auto weights = clipRandomWeights(tiny(), 0);
        const QString name = QStringLiteral("visual.transformer.resblocks.0.mlp.c_fc.weight");
        TensorData& t = weights[name];
        if (QLatin1String(dtype) != QLatin1String("F32")) {
            const std::vector<float> values = t.toFloat();
            QByteArray bytes(qsizetype(values.size() * 2), Qt::Uninitialized);
            for (size_t i = 0; i < values.size(); ++i) {
                uint32_t bits;
                std::memcpy(&bits, &values[i], 4);
                const uint16_t half =
                    QLatin1String(dtype) == QLatin1String("BF16") ? uint16_t(bits >> 16) : uint16_t(0x3C00);
                std::memcpy(bytes.data() + 2 * i, &half, 2);
            }
            const uint16_t nan = QLatin1String(dtype) == QLatin1String("BF16") ? 0x7FC0 : 0x7E00;
            std::memcpy(bytes.data() + 2 * 17, &nan, 2);
            t.dtype = QLatin1String(dtype);
            t.bytes = bytes;
        } else {
            const float nan = std::nanf("");
            std::memcpy(t.bytes.data() + 4 * 17, &nan, 4);
        }
        const QString file = dir.filePath(QStringLiteral("nan-%1.safetensors").arg(QLatin1String(dtype)));
        ASSERT_TRUE(writeSafetensors(file, weights));
        auto m = ClipModel::open(file);
        ASSERT_FALSE(m) << dtype;
        EXPECT_EQ(m.error().code(), ErrorCode::Model);
        EXPECT_NE(m.error().toString().indexOf(name), -1) << m.error().toString().toStdString();
        EXPECT_NE(m.error().toString().indexOf(file), -1);
    }
    auto inf = clipRandomWeights(tiny(), 0);
    const float infinity = INFINITY;
    std::memcpy(inf[QStringLiteral("ln_final.weight")].bytes.data(), &infinity, 4);
    const QString file = dir.filePath(QStringLiteral("inf.safetensors"));
    ASSERT_TRUE(writeSafetensors(file, inf));
    EXPECT_FALSE(ClipModel::open(file));
}
