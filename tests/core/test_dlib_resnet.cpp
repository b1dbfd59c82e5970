#include <torch/torch.h>

#include "core/common/Json.h"
#include "core/common/Paths.h"
#include "core/face/DlibResNet.h"
#include "core/face/detail/TfjsWeights.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <thread>

using namespace descry;

namespace {

const QString kManifestName = QStringLiteral("face_recognition_model-weights_manifest.json");
const QString kBinName = QStringLiteral("face_recognition_model.bin");

QString sharedDir()
{
    return QStringLiteral(DESCRY_TEST_SHARED_DIR);
}

QString assetModelDir()
{
    return paths::assetsDir() + QStringLiteral("/face-api/model");
}

bool assetsPresent()
{
    return QFile::exists(assetModelDir() + QLatin1Char('/') + kManifestName) &&
           QFile::exists(assetModelDir() + QLatin1Char('/') + kBinName);
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The golden synthetic input: pixel[y][x][c] = (3x + 5y + 71c) mod 256.
QImage patternChip()
{
    QImage img(DlibResNet::ChipSize, DlibResNet::ChipSize, QImage::Format_RGB888);
    for (int y = 0; y < img.height(); ++y) {
        uchar* row = img.scanLine(y);
        for (int x = 0; x < img.width(); ++x)
            for (int c = 0; c < 3; ++c)
                row[3 * x + c] = static_cast<uchar>((3 * x + 5 * y + 71 * c) % 256);
    }
    return img;
}

float maxAbsDiff(const FaceDescriptor& a, const QJsonArray& b)
{
    float m = 0.f;
    for (int i = 0; i < 128; ++i)
        m = std::max(m, std::fabs(a[static_cast<size_t>(i)] - static_cast<float>(b[i].toDouble())));
    return m;
}

} // namespace

TEST(TfjsWeights, DequantisesUint8AndReadsFloat32)
{
    QTemporaryDir dir;
    const QString manifest = dir.filePath(QStringLiteral("m.json"));
    const QString bin = dir.filePath(QStringLiteral("w.bin"));
    ASSERT_TRUE(writeFile(manifest, R"([{"paths":["w.bin"],"weights":[
        {"name":"q","shape":[2,2],"dtype":"float32","quantization":{"dtype":"uint8","scale":0.5,"min":-1}},
        {"name":"f","shape":[2],"dtype":"float32"}]}])"));
    QByteArray data;
    data.append(char(0)).append(char(1)).append(char(2)).append(char(255));
    const float f[2] = {1.5f, -2.25f};
    data.append(reinterpret_cast<const char*>(f), sizeof f);
    ASSERT_TRUE(writeFile(bin, data));

    auto map = descry::detail::readTfjsWeights(manifest, bin);
    ASSERT_TRUE(map.ok()) << map.error().toString().toStdString();
    ASSERT_EQ(map->order, (std::vector<std::string>{"q", "f"}));
    const torch::Tensor q = map->tensors.at("q");
    ASSERT_EQ(q.sizes().vec(), (std::vector<int64_t>{2, 2}));
    EXPECT_FLOAT_EQ(q[0][0].item<float>(), -1.0f); // 0 * 0.5 - 1
    EXPECT_FLOAT_EQ(q[0][1].item<float>(), -0.5f);
    EXPECT_FLOAT_EQ(q[1][0].item<float>(), 0.0f);
    EXPECT_FLOAT_EQ(q[1][1].item<float>(), 126.5f); // 255 * 0.5 - 1
    EXPECT_FLOAT_EQ(map->tensors.at("f")[1].item<float>(), -2.25f);

    // One byte short: Model error naming the .bin.
    ASSERT_TRUE(writeFile(bin, data.left(data.size() - 1)));
    auto bad = descry::detail::readTfjsWeights(manifest, bin);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code(), ErrorCode::Model);
    EXPECT_EQ(bad.error().file(), bin);
}

// float16 entries widen exactly, subnormals and the largest half included (IEEE 754 binary16 bit patterns).
TEST(TfjsWeights, WidensFloat16Exactly)
{
    QTemporaryDir dir;
    const QString manifest = dir.filePath(QStringLiteral("m.json"));
    const QString bin = dir.filePath(QStringLiteral("w.bin"));
    ASSERT_TRUE(writeFile(manifest, R"([{"paths":["w.bin"],"weights":[
        {"name":"h","shape":[4],"dtype":"float32","quantization":{"dtype":"float16"}}]}])"));
    const uint16_t halves[4] = {0x3C00, 0xC000, 0x7BFF, 0x0001};
    ASSERT_TRUE(writeFile(bin, QByteArray(reinterpret_cast<const char*>(halves), sizeof halves)));
    auto map = descry::detail::readTfjsWeights(manifest, bin);
    ASSERT_TRUE(map.ok()) << map.error().toString().toStdString();
    const torch::Tensor h = map->tensors.at("h");
    EXPECT_EQ(h[0].item<float>(), 1.0f);
    EXPECT_EQ(h[1].item<float>(), -2.0f);
    EXPECT_EQ(h[2].item<float>(), 65504.0f);
    EXPECT_EQ(h[3].item<float>(), std::ldexp(1.0f, -24));
}

// A third party's manifest may claim any shape: one whose size overflows int64 (2^96 values wrap to 0 bytes, which
// an empty .bin "matched") is refused by name before anything is allocated.
TEST(TfjsWeights, RefusesAShapeTooLargeToExistNamingTheWeight)
{
    QTemporaryDir dir;
    const QString manifest = dir.filePath(QStringLiteral("m.json"));
    const QString bin = dir.filePath(QStringLiteral("w.bin"));
    ASSERT_TRUE(writeFile(manifest, R"([{"paths":["w.bin"],"weights":[
        {"name":"huge","shape":[4294967296,4294967296,4294967296],"dtype":"float32"}]}])"));
    ASSERT_TRUE(writeFile(bin, QByteArray()));
    auto bad = descry::detail::readTfjsWeights(manifest, bin);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code(), ErrorCode::Model);
    EXPECT_EQ(bad.error().file(), manifest);
    EXPECT_TRUE(bad.error().message().contains(QStringLiteral("'huge' is implausibly large")))
        << bad.error().message().toStdString();
}

// Duplicate names are refused from the manifest alone, before the .bin is read.
TEST(TfjsWeights, RefusesAWeightListedTwice)
{
    QTemporaryDir dir;
    const QString manifest = dir.filePath(QStringLiteral("m.json"));
    const QString bin = dir.filePath(QStringLiteral("w.bin"));
    ASSERT_TRUE(writeFile(manifest, R"([{"paths":["w.bin"],"weights":[{"name":"a","shape":[1],"dtype":"float32"}]},
        {"paths":["w.bin"],"weights":[{"name":"a","shape":[1],"dtype":"float32"}]}])"));
    ASSERT_TRUE(writeFile(bin, QByteArray(8, '\0')));
    auto bad = descry::detail::readTfjsWeights(manifest, bin);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().file(), manifest);
    EXPECT_TRUE(bad.error().message().contains(QStringLiteral("'a' twice"))) << bad.error().message().toStdString();
}

TEST(TfjsWeights, SamePaddingPutsTheOddPixelAfter)
{
    auto eq = [](descry::detail::SamePadding p, int before, int after) {
        return p.before == before && p.after == after;
    };
    EXPECT_TRUE(eq(descry::detail::tfjsSamePadding(150, 3, 1), 1, 1));
    EXPECT_TRUE(eq(descry::detail::tfjsSamePadding(150, 7, 2), 2, 3)); // out 75: (75-1)*2+7-150 = 5
    EXPECT_TRUE(eq(descry::detail::tfjsSamePadding(8, 3, 2), 0, 1));   // out 4: 3*2+3-8 = 1
    EXPECT_TRUE(eq(descry::detail::tfjsSamePadding(4, 2, 2), 0, 0));
}

class DlibResNetAssets : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!assetsPresent())
            GTEST_SKIP() << "face-api assets absent from " << assetModelDir().toStdString()
                         << " (run packaging/setup.sh)";
    }
    static const DlibResNet& model()
    {
        static const Result<DlibResNet> m = DlibResNet::loadDefault();
        EXPECT_TRUE(m.ok()) << m.error().toString().toStdString();
        return m.value();
    }
};

TEST_F(DlibResNetAssets, LoadsPinnedWeights)
{
    EXPECT_EQ(model().weightsSha256(),
              QStringLiteral("b413e420d6840b2775fba32008db6f3cddb07d485967fb42cfcf379c16a8c589"));
}

TEST_F(DlibResNetAssets, MatchesFaceApiGolden)
{
    const QString goldenPath = sharedDir() + QStringLiteral("/golden/face-api/golden.json");
    if (!QFile::exists(goldenPath))
        GTEST_SKIP() << "shared test data absent: " << goldenPath.toStdString();
    auto golden = json::readObjectFile(goldenPath);
    ASSERT_TRUE(golden.ok()) << golden.error().toString().toStdString();
    EXPECT_EQ(golden->value(QStringLiteral("weights_sha256")).toString(), model().weightsSha256());

    QList<QImage> chips;
    QStringList names;
    QList<QJsonArray> expected;
    for (const auto& c : golden->value(QStringLiteral("cases")).toArray()) {
        const QString name = c[QStringLiteral("name")].toString();
        QImage img;
        if (name.startsWith(QLatin1String("pattern:"))) {
            ASSERT_EQ(name, QStringLiteral("pattern:(3x+5y+71c)%256"));
            img = patternChip();
        } else {
            const QString path = sharedDir() + QStringLiteral("/data/faces/dlib-johns/") + name;
            img = QImage(path);
            ASSERT_FALSE(img.isNull()) << path.toStdString();
        }
        chips << img;
        names << name;
        expected << c[QStringLiteral("descriptor")].toArray();
    }
    ASSERT_EQ(chips.size(), 11);

    auto batch = model().embed(chips);
    ASSERT_TRUE(batch.ok()) << batch.error().toString().toStdString();
    ASSERT_EQ(batch->size(), 11u);
    float worst = 0.f;
    for (qsizetype i = 0; i < chips.size(); ++i) {
        const float err = maxAbsDiff((*batch)[static_cast<size_t>(i)], expected[i]);
        std::printf("  dlib-resnet parity %-36s max abs error %.3g\n", qPrintable(names[i]), err);
        EXPECT_LE(err, 1e-3f) << names[i].toStdString();
        worst = std::max(worst, err);

        auto single = model().embed(chips[i]);
        ASSERT_TRUE(single.ok());
        for (size_t k = 0; k < 128; ++k)
            ASSERT_NEAR((*single)[k], (*batch)[static_cast<size_t>(i)][k], 1e-5f) << "batched vs single";
    }
    std::printf("  dlib-resnet parity worst case: %.3g\n", worst);
}

TEST_F(DlibResNetAssets, AcceptsAnyFormatAndRejectsWrongSize)
{
    const QImage rgb = patternChip();
    auto a = model().embed(rgb);
    auto b = model().embed(rgb.convertToFormat(QImage::Format_ARGB32));
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(*a, *b);

    auto wrong = model().embed(rgb.scaled(100, 150));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code(), ErrorCode::Input);
    EXPECT_TRUE(wrong.error().message().contains(QStringLiteral("expected an aligned 150x150 chip")));
    auto empty = model().embed(QList<QImage>{rgb, QImage()});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code(), ErrorCode::Input);
    auto none = model().embed(QList<QImage>{});
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
}

TEST_F(DlibResNetAssets, ConcurrentEmbedsAgreeWithSerialOne)
{
    const QImage chip = patternChip();
    auto serial = model().embed(chip);
    ASSERT_TRUE(serial.ok());
    std::vector<FaceDescriptor> results(4);
    std::vector<std::thread> threads;
    const DlibResNet copy = model(); // copies share the immutable weights
    for (size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&, i] {
            auto r = (i % 2 ? copy : model()).embed(chip);
            if (r.ok())
                results[i] = *r;
        });
    for (auto& t : threads)
        t.join();
    for (const FaceDescriptor& r : results)
        for (size_t k = 0; k < 128; ++k)
            EXPECT_NEAR(r[k], (*serial)[k], 1e-6f);
}

TEST_F(DlibResNetAssets, TruncatedWeightsGiveModelErrorNamingTheFile)
{
    QTemporaryDir dir;
    const QString manifest = dir.filePath(kManifestName);
    const QString bin = dir.filePath(kBinName);
    ASSERT_TRUE(QFile::copy(assetModelDir() + QLatin1Char('/') + kManifestName, manifest));
    ASSERT_TRUE(QFile::copy(assetModelDir() + QLatin1Char('/') + kBinName, bin));
    ASSERT_TRUE(DlibResNet::load(manifest, bin).ok());

    QFile f(bin);
    ASSERT_TRUE(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    ASSERT_TRUE(f.resize(f.size() - 1000));
    auto r = DlibResNet::load(manifest, bin);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), ErrorCode::Model);
    EXPECT_EQ(r.error().file(), bin);
    EXPECT_TRUE(r.error().toString().contains(bin)) << r.error().toString().toStdString();
}

TEST_F(DlibResNetAssets, MissingOrMisshapenWeightNamesTheManifest)
{
    QTemporaryDir dir;
    const QString bin = assetModelDir() + QLatin1Char('/') + kBinName;
    QFile in(assetModelDir() + QLatin1Char('/') + kManifestName);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray text = in.readAll();
    ASSERT_TRUE(text.contains(R"("name":"fc","shape":[256,128])")) << "manifest layout changed";

    const QString renamed = dir.filePath(QStringLiteral("renamed.json"));
    ASSERT_TRUE(writeFile(renamed, QByteArray(text).replace(R"("name":"fc")", R"("name":"fcx")")));
    auto r1 = DlibResNet::load(renamed, bin);
    ASSERT_FALSE(r1.ok());
    EXPECT_EQ(r1.error().code(), ErrorCode::Model);
    EXPECT_EQ(r1.error().file(), renamed);
    EXPECT_TRUE(r1.error().message().contains(QStringLiteral("'fc'")));

    const QString reshaped = dir.filePath(QStringLiteral("reshaped.json"));
    ASSERT_TRUE(writeFile(reshaped, QByteArray(text).replace(R"("shape":[256,128])", R"("shape":[128,256])")));
    auto r2 = DlibResNet::load(reshaped, bin);
    ASSERT_FALSE(r2.ok());
    EXPECT_EQ(r2.error().file(), reshaped);
    EXPECT_TRUE(r2.error().message().contains(QStringLiteral("[128,256], expected [256,128]")))
        << r2.error().message().toStdString();
}

TEST_F(DlibResNetAssets, ReportsTimePerChip)
{
    const QList<QImage> ten(10, patternChip());
    const int defaultThreads = torch::get_num_threads();
    for (int threads : {1, defaultThreads}) {
        torch::set_num_threads(threads);
        ASSERT_TRUE(model().embed(ten).ok()); // warm-up
        QElapsedTimer t;
        t.start();
        constexpr int reps = 2;
        for (int i = 0; i < reps; ++i)
            ASSERT_TRUE(model().embed(ten).ok());
        const double batched = double(t.nsecsElapsed()) / 1e6 / (reps * 10);
        t.restart();
        for (const QImage& chip : ten)
            ASSERT_TRUE(model().embed(chip).ok());
        const double single = double(t.nsecsElapsed()) / 1e6 / 10;
        std::printf("  dlib-resnet, %d thread(s): %.1f ms/chip in a batch of 10, %.1f ms/chip one at a time\n", threads,
                    batched, single);
        EXPECT_GT(batched, 0.0);
    }
    torch::set_num_threads(defaultThreads);
}
