// The `torchscript` encoder type (issue 12, point 4): config, the golden tiny encoder, the C++-built grid
// fixture, the registry, and hostile modules (each a one-line Model error, never a crash).
#include <torch/torch.h>
#include <torch/script.h>

#include "core/diagnostics/Runtime.h"
#include "core/pack/EncoderRegistry.h"
#include "core/tensor/Safetensors.h"
#include "core/torchscript/TorchScriptEncoder.h"
#include "core/torchscript/detail/TorchScriptModule.h"
#include "support/TorchScriptFixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <iostream>
#include <thread>

using namespace descry;

namespace {

const QString kGoldenDir = QStringLiteral(DESCRY_TEST_SHARED_DIR "/golden/torchscript");

TorchScriptConfig config(int size, float mean = 0.f, float sd = 1.f)
{
    TorchScriptConfig c;
    c.inputSize = size;
    c.mean = {mean, mean, mean};
    c.std = {sd, sd, sd};
    return c;
}

// A TorchScript module with the given forward body, built in C++ (a weight `w` of fanIn×4 when fanIn > 0).
void writeModule(const QString& path, const std::string& forward, int64_t fanIn = 0)
{
    torch::jit::Module m("Hostile");
    if (fanIn > 0)
        m.register_parameter("w", torch::ones({fanIn, 4}), false);
    m.define("def forward(self, x):\n    " + forward + "\n");
    m.save(QFile::encodeName(path).toStdString());
}

// An S×S×3 image (0..255) with a bright lower band on the image's left or right half, plus a little texture.
std::vector<float> plantedImage(int s, bool leftHalf, float texture)
{
    std::vector<float> px(size_t(s) * s * 3, 60.f);
    for (int y = 0; y < s; ++y)
        for (int x = 0; x < s; ++x)
            for (int c = 0; c < 3; ++c) {
                float& v = px[(size_t(y) * s + x) * 3 + c];
                v += texture * float((x * 7 + y * 13 + c * 5) % 11) / 10.f;
                if (y >= s * 2 / 3 && (leftHalf ? x < s / 2 : x >= s / 2))
                    v = 230.f;
            }
    return px;
}

double distance(const std::vector<float>& a, const std::vector<float>& b)
{
    double d = 0;
    for (size_t i = 0; i < a.size(); ++i)
        d += (double(a[i]) - b[i]) * (double(a[i]) - b[i]);
    return std::sqrt(d);
}

void expectOneLineModelError(const Error& e, const QString& file)
{
    EXPECT_EQ(e.code(), ErrorCode::Model) << e.toString().toStdString();
    EXPECT_FALSE(e.toString().contains(QLatin1Char('\n'))) << e.toString().toStdString();
    EXPECT_TRUE(e.toString().startsWith(file)) << e.toString().toStdString();
}

} // namespace

TEST(TorchScriptConfig, RoundTripsWithShortDecimals)
{
    TorchScriptConfig c;
    c.inputSize = 224;
    c.mean = {0.485f, 0.456f, 0.406f};
    c.std = {0.229f, 0.224f, 0.225f};
    const QJsonObject json = c.toJson();
    // Floats are written in their shortest decimal form, as a person would type them into a manifest.
    EXPECT_EQ(QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString(),
              R"({"input_size":224,"mean":[0.485,0.456,0.406],"std":[0.229,0.224,0.225]})");
    auto back = TorchScriptConfig::fromJson(json, QStringLiteral("m.json"));
    ASSERT_TRUE(back) << back.error().toString().toStdString();
    EXPECT_EQ(back->inputSize, 224);
    EXPECT_EQ(back->mean, c.mean);
    EXPECT_EQ(back->std, c.std);
}

TEST(TorchScriptConfig, StrictOnEveryMember)
{
    const QJsonArray three{0.5, 0.5, 0.5};
    const QJsonObject good{{"input_size", 64}, {"mean", three}, {"std", three}};
    ASSERT_TRUE(TorchScriptConfig::fromJson(good, QStringLiteral("m.json")));
    const auto with = [&](const QString& key, const QJsonValue& v) {
        QJsonObject o = good;
        if (v.isUndefined())
            o.remove(key);
        else
            o.insert(key, v);
        return o;
    };
    const std::vector<std::pair<QJsonObject, const char*>> bad = {
        {with("input_size", QJsonValue::Undefined), "input_size"},
        {with("input_size", 64.5), "input_size"},
        {with("input_size", 0), "input_size"},
        {with("input_size", "64"), "input_size"},
        {with("mean", QJsonValue::Undefined), "mean"},
        {with("mean", QJsonArray{0.5, 0.5}), "mean"},
        {with("mean", QJsonArray{0.5, "a", 0.5}), "mean"},
        {with("std", QJsonArray{0.5, 0.0, 0.5}), "std"},
        {with("std", QJsonArray{0.5, -1, 0.5}), "std"},
        {with("extra", 1), "extra"},
    };
    for (const auto& [config, member] : bad) {
        auto r = TorchScriptConfig::fromJson(config, QStringLiteral("m.json"));
        ASSERT_FALSE(r) << member;
        expectOneLineModelError(r.error(), QStringLiteral("m.json"));
        EXPECT_TRUE(r.error().message().contains(QLatin1String(member))) << r.error().toString().toStdString();
    }
}

TEST(TorchScriptEncoder, GoldenTinyEncoderReproducesItsOutput)
{
    const QString module = kGoldenDir + QStringLiteral("/tiny-encoder.pt");
    auto golden = readSafetensors(kGoldenDir + QStringLiteral("/golden.safetensors"));
    if (!QFile::exists(module) || !golden)
        GTEST_SKIP() << "shared golden data absent: " << kGoldenDir.toStdString();
    const TensorData& in = golden->value(QStringLiteral("input"));
    const TensorData& out = golden->value(QStringLiteral("output"));
    ASSERT_EQ(in.shape, (std::vector<int64_t>{2, 3, 224, 224}));
    ASSERT_EQ(out.shape, (std::vector<int64_t>{2, 32}));
    const std::vector<float> input = in.toFloat(), expected = out.toFloat();

    auto m = descry::detail::TorchScriptModule::open(module, config(224));
    ASSERT_TRUE(m) << m.error().toString().toStdString();
    EXPECT_EQ((*m)->dimension(), 32);
    EXPECT_EQ((*m)->inputSize(), 224);
    // The NCHW tensor exactly as the golden file holds it.
    std::vector<float> got(expected.size());
    ASSERT_TRUE((*m)->forwardNormalized(input.data(), 2, got.data()));
    double worst = 0;
    for (size_t i = 0; i < got.size(); ++i)
        worst = std::max(worst, std::abs(double(got[i]) - expected[i]));
    EXPECT_LE(worst, 1e-5);
    std::cout << "  golden, NCHW path: max abs difference " << worst << "\n";

    // The ImageEncoder path: the same images as HWC 0..255 (mean 0, std 1 makes x/255 the golden input).
    auto encoder = openTorchScriptEncoder(module, config(224));
    ASSERT_TRUE(encoder) << encoder.error().toString().toStdString();
    EXPECT_EQ((*encoder)->type(), QStringLiteral("torchscript"));
    const int s = 224;
    std::vector<float> hwc(input.size());
    for (int n = 0; n < 2; ++n)
        for (int c = 0; c < 3; ++c)
            for (int p = 0; p < s * s; ++p)
                hwc[(size_t(n) * s * s + p) * 3 + c] = input[(size_t(n) * 3 + c) * s * s + p] * 255.f;
    std::fill(got.begin(), got.end(), 0.f);
    ASSERT_TRUE((*encoder)->encode(hwc.data(), 2, got.data(), {}));
    worst = 0;
    for (size_t i = 0; i < got.size(); ++i)
        worst = std::max(worst, std::abs(double(got[i]) - expected[i]));
    EXPECT_LE(worst, 1e-5);
    std::cout << "  golden, HWC 0..255 path: max abs difference " << worst << "\n";
}

TEST(TorchScriptFixtures, GridEncoderLoadsAndSeparatesLeftFromRight)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grid.pt"));
    ASSERT_TRUE(fixtures::writeGridTorchScriptEncoder(path, 64, 4, 32, 1));
    auto encoder = openTorchScriptEncoder(path, config(64, 0.5f, 0.25f));
    ASSERT_TRUE(encoder) << encoder.error().toString().toStdString();
    EXPECT_EQ((*encoder)->inputSize(), 64);
    EXPECT_EQ((*encoder)->dimension(), 32);
    std::vector<float> images;
    for (const auto& [left, texture] : std::vector<std::pair<bool, float>>{{true, 0.f}, {true, 8.f}, {false, 0.f}}) {
        const std::vector<float> one = plantedImage(64, left, texture);
        images.insert(images.end(), one.begin(), one.end());
    }
    std::vector<float> f(3 * 32);
    ASSERT_TRUE((*encoder)->encode(images.data(), 3, f.data(), {}));
    const std::vector<float> left1(f.begin(), f.begin() + 32), left2(f.begin() + 32, f.begin() + 64),
        right(f.begin() + 64, f.end());
    // The planted side moves the features far more than texture does.
    EXPECT_GT(distance(left1, right), 5 * distance(left1, left2))
        << distance(left1, right) << " vs " << distance(left1, left2);
    EXPECT_GT(distance(left1, right), 0.5);

    // Another seed is another encoder; the same seed the same features.
    const QString other = dir.filePath(QStringLiteral("grid2.pt"));
    ASSERT_TRUE(fixtures::writeGridTorchScriptEncoder(other, 64, 4, 32, 2));
    auto second = openTorchScriptEncoder(other, config(64, 0.5f, 0.25f));
    ASSERT_TRUE(second);
    std::vector<float> g(32);
    ASSERT_TRUE((*second)->encode(images.data(), 1, g.data(), {}));
    EXPECT_GT(distance(g, left1), 0.1);
    ASSERT_TRUE(fixtures::writeGridTorchScriptEncoder(other, 64, 4, 32, 1));
    auto same = openTorchScriptEncoder(other, config(64, 0.5f, 0.25f));
    ASSERT_TRUE(same);
    ASSERT_TRUE((*same)->encode(images.data(), 1, g.data(), {}));
    EXPECT_EQ(g, left1);
}

TEST(TorchScriptEncoder, BatchesGiveTheSameFeaturesAsSingleImagesAndCancel)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grid.pt"));
    ASSERT_TRUE(fixtures::writeGridTorchScriptEncoder(path, 32, 4, 8, 3));
    auto encoder = openTorchScriptEncoder(path, config(32, 0.5f, 0.25f));
    ASSERT_TRUE(encoder);
    const int n = 20; // more than one internal batch
    std::vector<float> images;
    for (int i = 0; i < n; ++i) {
        const std::vector<float> one = plantedImage(32, i % 2 == 0, float(i));
        images.insert(images.end(), one.begin(), one.end());
    }
    std::vector<float> all(size_t(n) * 8);
    ASSERT_TRUE((*encoder)->encode(images.data(), n, all.data(), {}));
    for (int i = 0; i < n; ++i) {
        std::vector<float> one(8);
        ASSERT_TRUE((*encoder)->encode(images.data() + size_t(i) * 32 * 32 * 3, 1, one.data(), {}));
        for (int k = 0; k < 8; ++k)
            EXPECT_NEAR(one[size_t(k)], all[size_t(i) * 8 + k], 1e-6) << i;
    }
    std::atomic<bool> cancel{true};
    Progress progress;
    progress.cancel = &cancel;
    auto st = (*encoder)->encode(images.data(), n, all.data(), progress);
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code(), ErrorCode::Cancelled);
}

TEST(TorchScriptEncoder, ConcurrentEncodesAgree)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grid.pt"));
    ASSERT_TRUE(fixtures::writeGridTorchScriptEncoder(path, 32, 4, 8, 5));
    auto encoder = openTorchScriptEncoder(path, config(32, 0.5f, 0.25f));
    ASSERT_TRUE(encoder);
    const std::vector<float> image = plantedImage(32, true, 3.f);
    std::vector<float> expected(8);
    ASSERT_TRUE((*encoder)->encode(image.data(), 1, expected.data(), {}));
    std::vector<std::vector<float>> got(4, std::vector<float>(8));
    std::vector<bool> ok(4, false);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            bool all = true;
            for (int k = 0; k < 20; ++k)
                all = all && (*encoder)->encode(image.data(), 1, got[size_t(t)].data(), {}).ok();
            ok[size_t(t)] = all;
        });
    for (auto& th : threads)
        th.join();
    for (int t = 0; t < 4; ++t) {
        EXPECT_TRUE(ok[size_t(t)]);
        EXPECT_EQ(got[size_t(t)], expected);
    }
}

TEST(TorchScriptEncoder, RegisteredTypeReadsTheModuleFromThePack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(fixtures::writeGridTorchScriptEncoder(dir.filePath(QStringLiteral("enc.pt")), 32, 2, 6, 1));
    EncoderRegistry registry;
    registerTorchScriptEncoder(registry);
    ASSERT_TRUE(registry.contains(QStringLiteral("torchscript")));
    EncoderContext c;
    c.packDirectory = dir.path();
    c.manifestPath = dir.filePath(QStringLiteral("manifest.json"));
    c.spec.type = QStringLiteral("torchscript");
    c.spec.files = {QStringLiteral("enc.pt")};
    c.spec.config = config(32, 0.5f, 0.5f).toJson();
    auto enc = registry.create(c);
    ASSERT_TRUE(enc) << enc.error().toString().toStdString();
    auto image = std::dynamic_pointer_cast<const ImageEncoder>(*enc);
    ASSERT_TRUE(image);
    EXPECT_EQ(image->type(), QStringLiteral("torchscript"));
    EXPECT_EQ(image->inputSize(), 32);
    EXPECT_EQ(image->dimension(), 6);

    // The spec is strict: one file, a valid config (errors name the manifest).
    EncoderContext twoFiles = c;
    twoFiles.spec.files << QStringLiteral("other.pt");
    auto r = registry.create(twoFiles);
    ASSERT_FALSE(r);
    expectOneLineModelError(r.error(), c.manifestPath);
    EncoderContext badConfig = c;
    badConfig.spec.config.remove(QStringLiteral("std"));
    r = registry.create(badConfig);
    ASSERT_FALSE(r);
    expectOneLineModelError(r.error(), c.manifestPath);
    // The module stays inside the pack.
    for (const QString& outside : {QStringLiteral("../enc.pt"), dir.filePath(QStringLiteral("enc.pt"))}) {
        EncoderContext escape = c;
        escape.spec.files = {outside};
        r = registry.create(escape);
        ASSERT_FALSE(r) << outside.toStdString();
        expectOneLineModelError(r.error(), c.manifestPath);
    }
    // A missing module names the module.
    EncoderContext missing = c;
    missing.spec.files = {QStringLiteral("gone.pt")};
    r = registry.create(missing);
    ASSERT_FALSE(r);
    expectOneLineModelError(r.error(), dir.filePath(QStringLiteral("gone.pt")));
}

TEST(TorchScriptEncoder, HostileFilesAreOneLineModelErrors)
{
    QTemporaryDir dir;
    const auto file = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    {
        QFile text(file("text.pt"));
        ASSERT_TRUE(text.open(QIODevice::WriteOnly));
        text.write("this is not a TorchScript archive\n");
    }
    ASSERT_TRUE(fixtures::writeGridTorchScriptEncoder(file("whole.pt"), 16, 2, 4, 1));
    {
        QFile whole(file("whole.pt"));
        ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QFile cut(file("truncated.pt"));
        ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
    }
    torch::save(torch::ones({2, 2}), QFile::encodeName(file("tensor.pt")).toStdString()); // no forward
    writeModule(file("tuple.pt"), "return (x.mean(), x)");
    writeModule(file("3d.pt"), "return x.mean(1)");
    writeModule(file("int.pt"), "return x.reshape(x.size(0), -1).long()");
    writeModule(file("nan.pt"), "return x.reshape(x.size(0), -1) / 0.0");
    writeModule(file("fixed8.pt"), "return torch.matmul(x.reshape(x.size(0), -1), self.w)", 3 * 8 * 8);
    QDir(dir.path()).mkdir(QStringLiteral("folder.pt"));

    for (const char* name : {"text.pt", "truncated.pt", "tensor.pt", "tuple.pt", "3d.pt", "int.pt", "nan.pt",
                             "fixed8.pt", "folder.pt", "absent.pt"}) {
        auto r = openTorchScriptEncoder(file(name), config(16));
        ASSERT_FALSE(r) << name;
        expectOneLineModelError(r.error(), file(name));
        std::cout << "  " << name << ": " << r.error().toString().toStdString() << "\n";
    }
    // The fixed-size module is fine at its own size; a module whose row count depends on nothing fails at
    // encode time, not with a crash.
    auto fixed = openTorchScriptEncoder(file("fixed8.pt"), config(8));
    ASSERT_TRUE(fixed) << fixed.error().toString().toStdString();
    EXPECT_EQ((*fixed)->dimension(), 4);
    writeModule(file("onerow.pt"), "return x.reshape(1, -1)[:, 0:4]");
    auto oneRow = openTorchScriptEncoder(file("onerow.pt"), config(8));
    ASSERT_TRUE(oneRow) << oneRow.error().toString().toStdString();
    std::vector<float> pixels(2 * 8 * 8 * 3, 100.f), out(2 * 4);
    auto st = (*oneRow)->encode(pixels.data(), 2, out.data(), {});
    ASSERT_FALSE(st);
    expectOneLineModelError(st.error(), file("onerow.pt"));
}

TEST(TorchScriptEncoder, RuntimeInitRegistersTheType)
{
    runtime::init();
    EXPECT_TRUE(EncoderRegistry::global().contains(QStringLiteral("torchscript")));
    EXPECT_TRUE(EncoderRegistry::global().contains(QStringLiteral("openclip-vit")));
}
