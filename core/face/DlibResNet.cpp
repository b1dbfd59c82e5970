#include <torch/torch.h>

#include "core/face/DlibResNet.h"
#include "core/common/Tr.h"

#include "core/common/Hash.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/pack/AssetLock.h"
#include "core/face/detail/TfjsWeights.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstring>

namespace F = torch::nn::functional;

namespace descry {

namespace {

// Chips per forward pass: bounds peak memory (a few MB of activations per chip) for long lists.
constexpr int kBatch = 32;

// face-api's FaceRecognitionNet.forwardInput: mean RGB subtracted before scaling by 1/255.
const float kMeanRgb[3] = {122.782f, 117.001f, 104.298f};

// conv + bias, then dlib's affine "scale" layer, optionally ReLU (face-api convLayer.ts).
struct ConvLayer
{
    torch::Tensor filters; // OIHW
    torch::Tensor bias;
    torch::Tensor scaleWeights; // [1,C,1,1]
    torch::Tensor scaleBiases;  // [1,C,1,1]
};

// Two conv layers with an identity (or avg-pooled, zero-padded) shortcut (face-api residualLayer.ts).
struct ResidualBlock
{
    ConvLayer conv1;
    ConvLayer conv2;
    bool down = false;
};

// Layer table of face-api's extractParams.ts: name, input channels, output channels, down-sampling.
struct BlockSpec
{
    const char* name;
    int64_t in;
    int64_t out;
    bool down;
};
const BlockSpec kBlocks[] = {
    {"conv32_1", 32, 32, false},    {"conv32_2", 32, 32, false},          {"conv32_3", 32, 32, false},
    {"conv64_down", 32, 64, true},  {"conv64_1", 64, 64, false},          {"conv64_2", 64, 64, false},
    {"conv64_3", 64, 64, false},    {"conv128_down", 64, 128, true},      {"conv128_1", 128, 128, false},
    {"conv128_2", 128, 128, false}, {"conv256_down", 128, 256, true},     {"conv256_1", 256, 256, false},
    {"conv256_2", 256, 256, false}, {"conv256_down_out", 256, 256, true},
};

} // namespace

struct DlibResNetImpl
{
    ConvLayer stem; // conv32_down: 7x7 stride 2 'valid'
    std::vector<ResidualBlock> blocks;
    torch::Tensor fc;   // [256,128]
    torch::Tensor mean; // [3]
    QString weightsSha256;

    torch::Tensor forward(const torch::Tensor& nhwcUint8) const;
};

namespace {

QString shapeString(c10::IntArrayRef sizes)
{
    QStringList parts;
    for (int64_t v : sizes)
        parts << QString::number(v);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

// Takes a weight out of the map, checking its tfjs shape; errors name the manifest.
Result<torch::Tensor> take(const detail::TfjsWeightMap& map, const std::string& name, std::vector<int64_t> shape,
                           const QString& manifestPath)
{
    auto it = map.tensors.find(name);
    if (it == map.tensors.end())
        return Error(ErrorCode::Model, Tr::tr("weights manifest lacks weight '%1'").arg(QString::fromStdString(name)),
                     manifestPath);
    if (it->second.sizes().vec() != shape)
        return Error(ErrorCode::Model,
                     Tr::tr("weight '%1' has shape %2, expected %3")
                         .arg(QString::fromStdString(name), shapeString(it->second.sizes()), shapeString(shape)),
                     manifestPath);
    return it->second;
}

Result<ConvLayer> takeConv(const detail::TfjsWeightMap& map, const std::string& prefix, int64_t k, int64_t in,
                           int64_t out, const QString& manifestPath)
{
    auto filters = take(map, prefix + "/conv/filters", {k, k, in, out}, manifestPath);
    if (!filters)
        return filters.error();
    auto bias = take(map, prefix + "/conv/bias", {out}, manifestPath);
    if (!bias)
        return bias.error();
    auto sw = take(map, prefix + "/scale/weights", {out}, manifestPath);
    if (!sw)
        return sw.error();
    auto sb = take(map, prefix + "/scale/biases", {out}, manifestPath);
    if (!sb)
        return sb.error();
    ConvLayer c;
    c.filters = filters->permute({3, 2, 0, 1}).contiguous(); // tfjs HWIO -> torch OIHW
    c.bias = *bias;
    c.scaleWeights = sw->view({1, out, 1, 1});
    c.scaleBiases = sb->view({1, out, 1, 1});
    return c;
}

// tf.conv2d(x, filters, strides, padding) + bias, scale layer, optional ReLU.
torch::Tensor convLayer(const torch::Tensor& x, const ConvLayer& c, int stride, bool same, bool relu)
{
    torch::Tensor in = x;
    int64_t padH = 0, padW = 0;
    if (same) {
        const int k = static_cast<int>(c.filters.size(2));
        const auto ph = detail::tfjsSamePadding(static_cast<int>(x.size(2)), k, stride);
        const auto pw = detail::tfjsSamePadding(static_cast<int>(x.size(3)), k, stride);
        if (ph.before == ph.after && pw.before == pw.after) {
            padH = ph.before;
            padW = pw.before;
        } else { // TensorFlow puts the odd pixel at the bottom/right
            in = F::pad(x, F::PadFuncOptions({pw.before, pw.after, ph.before, ph.after}));
        }
    }
    // ATen sends small single-image 3x3 convolutions to its im2col path; oneDNN is faster (1 chip: 11.5 -> 9 ms).
    torch::Tensor out =
        at::hasMKLDNN() ? torch::mkldnn_convolution(in, c.filters, c.bias, {padH, padW}, {stride, stride}, {1, 1}, 1)
                        : torch::conv2d(in, c.filters, c.bias, stride, {padH, padW});
    out.mul_(c.scaleWeights).add_(c.scaleBiases);
    return relu ? out.relu_() : out;
}

torch::Tensor residual(const torch::Tensor& x, const ResidualBlock& b)
{
    torch::Tensor out = convLayer(x, b.conv1, 1, true, true);
    out = convLayer(out, b.conv2, 1, true, false);
    return out.add_(x).relu_();
}

torch::Tensor residualDown(const torch::Tensor& x, const ResidualBlock& b)
{
    torch::Tensor out = convLayer(x, b.conv1, 2, false, true);
    out = convLayer(out, b.conv2, 1, true, false);
    torch::Tensor pooled = torch::avg_pool2d(x, 2, 2);
    if (pooled.size(2) != out.size(2) || pooled.size(3) != out.size(3)) // one zero row (bottom) and column (right)
        out = F::pad(out, F::PadFuncOptions({0, 1, 0, 1}));
    if (pooled.size(1) != out.size(1)) // extra channels of the shortcut are zeros
        pooled = torch::cat({pooled, torch::zeros_like(pooled)}, 1);
    return out.add_(pooled).relu_();
}

} // namespace

torch::Tensor DlibResNetImpl::forward(const torch::Tensor& nhwcUint8) const
{
    // uint8 samples and float samples 0..255 give the same floats here.
    torch::Tensor x = nhwcUint8.to(torch::kFloat32).sub(mean).div(255.0f).permute({0, 3, 1, 2}).contiguous();
    x = convLayer(x, stem, 2, false, true);
    x = torch::max_pool2d(x, 3, 2);
    for (const ResidualBlock& b : blocks)
        x = b.down ? residualDown(x, b) : residual(x, b);
    return x.mean({2, 3}).matmul(fc);
}

Result<DlibResNet> DlibResNet::load(const QString& manifestPath, const QString& weightsPath)
{
    return detail::guarded(ErrorCode::Model, weightsPath, [&]() -> Result<DlibResNet> {
        auto map = detail::readTfjsWeights(manifestPath, weightsPath);
        if (!map)
            return map.error();
        auto impl = std::make_shared<DlibResNetImpl>();
        auto stem = takeConv(*map, "conv32_down", 7, 3, 32, manifestPath);
        if (!stem)
            return stem.error();
        impl->stem = *stem;
        for (const BlockSpec& s : kBlocks) {
            ResidualBlock b;
            b.down = s.down;
            auto c1 = takeConv(*map, std::string(s.name) + "/conv1", 3, s.in, s.out, manifestPath);
            if (!c1)
                return c1.error();
            auto c2 = takeConv(*map, std::string(s.name) + "/conv2", 3, s.out, s.out, manifestPath);
            if (!c2)
                return c2.error();
            b.conv1 = *c1;
            b.conv2 = *c2;
            impl->blocks.push_back(std::move(b));
        }
        auto fc = take(*map, "fc", {256, 128}, manifestPath);
        if (!fc)
            return fc.error();
        impl->fc = *fc;
        impl->mean = torch::tensor({kMeanRgb[0], kMeanRgb[1], kMeanRgb[2]}, torch::kFloat32);
        auto sha = sha256File(weightsPath);
        if (!sha)
            return sha.error().withFile(weightsPath);
        impl->weightsSha256 = *sha;
        return DlibResNet(std::move(impl));
    });
}

Result<DlibResNet> DlibResNet::loadDefault()
{
    auto manifest = verifiedAssetPath(QStringLiteral("face_recognition_model-weights_manifest.json"));
    if (!manifest)
        return manifest.error();
    auto weights = verifiedAssetPath(QStringLiteral("face_recognition_model.bin"));
    if (!weights)
        return weights.error();
    return load(*manifest, *weights);
}

Result<std::vector<FaceDescriptor>> DlibResNet::embed(const QList<QImage>& chips) const
{
    // Validate and convert everything first: no inference when any chip is unusable.
    std::vector<QImage> rgb;
    rgb.reserve(static_cast<size_t>(chips.size()));
    for (qsizetype i = 0; i < chips.size(); ++i) {
        const QImage& c = chips[i];
        if (c.isNull())
            return Error(ErrorCode::Input, Tr::tr("chip %1 is an empty image").arg(i));
        if (c.width() != ChipSize || c.height() != ChipSize)
            return Error(ErrorCode::Input, Tr::tr("chip %1 is %2x%3; expected an aligned %4x%4 chip")
                                               .arg(i)
                                               .arg(c.width())
                                               .arg(c.height())
                                               .arg(ChipSize));
        rgb.push_back(c.convertToFormat(QImage::Format_RGB888));
    }
    return detail::guarded(ErrorCode::Internal, {}, [&]() -> Result<std::vector<FaceDescriptor>> {
        c10::InferenceMode guard;
        std::vector<FaceDescriptor> out;
        out.reserve(rgb.size());
        const int64_t rowBytes = 3 * ChipSize;
        for (size_t start = 0; start < rgb.size(); start += kBatch) {
            const int64_t n = static_cast<int64_t>(std::min<size_t>(kBatch, rgb.size() - start));
            torch::Tensor batch = torch::empty({n, ChipSize, ChipSize, 3}, torch::kUInt8);
            uint8_t* dst = batch.data_ptr<uint8_t>();
            for (int64_t i = 0; i < n; ++i) {
                const QImage& img = rgb[start + static_cast<size_t>(i)];
                for (int y = 0; y < ChipSize; ++y)
                    std::memcpy(dst + (i * ChipSize + y) * rowBytes, img.constScanLine(y), rowBytes);
            }
            const torch::Tensor desc = d->forward(batch).contiguous();
            const float* p = desc.data_ptr<float>();
            for (int64_t i = 0; i < n; ++i) {
                FaceDescriptor f;
                std::memcpy(f.data(), p + i * 128, sizeof(float) * 128);
                out.push_back(f);
            }
        }
        return out;
    });
}

Result<FaceDescriptor> DlibResNet::embed(const QImage& chip) const
{
    auto r = embed(QList<QImage>{chip});
    if (!r)
        return r.error();
    return r->front();
}

Status DlibResNet::embed(const float* pixels, int n, float* out, const Progress& progress) const
{
    if (n < 0 || (n > 0 && (!pixels || !out)))
        return Error(ErrorCode::Internal, Tr::tr("invalid chip buffer"));
    return detail::guarded(ErrorCode::Internal, {}, [&]() -> Status {
        c10::InferenceMode guard;
        const int64_t chipValues = int64_t(ChipSize) * ChipSize * 3;
        for (int start = 0; start < n; start += kBatch) {
            if (!progress.step(double(start) / n, Tr::tr("Embedding faces")))
                return Error(ErrorCode::Cancelled, Tr::tr("embedding cancelled"));
            const int64_t count = std::min<int64_t>(kBatch, n - start);
            // from_blob does not copy: the caller's buffer outlives the forward pass.
            const torch::Tensor batch = torch::from_blob(const_cast<float*>(pixels + start * chipValues),
                                                         {count, ChipSize, ChipSize, 3}, torch::kFloat32);
            const torch::Tensor desc = d->forward(batch).contiguous();
            std::memcpy(out + int64_t(start) * 128, desc.data_ptr<float>(), sizeof(float) * size_t(count) * 128);
        }
        return {};
    });
}

QString DlibResNet::weightsSha256() const
{
    return d->weightsSha256;
}

} // namespace descry
