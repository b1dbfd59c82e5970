#include <torch/torch.h>
#include <torch/script.h>

#include "core/torchscript/TorchScriptEncoder.h"

#include "core/common/Tr.h"
#include "core/common/WholeFile.h"
#include "core/torchscript/detail/TorchScriptModule.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <charconv>
#include <cmath>
#include <cstring>
#include <mutex>

namespace descry {

namespace {

const QString kType = QStringLiteral("torchscript");

// Far above any image encoder's TorchScript file (a ViT-L is about 1.2 GB); refuses /dev/zero and the like.
constexpr qint64 kMaxModuleBytes = 16'000'000'000;
// Images per forward pass: cancellation and progress are checked between batches.
constexpr int kBatch = 16;

// The line of a TorchScript error a user can act on. Interpreter errors start with "The following operation
// failed in the TorchScript interpreter." and a traceback; the cause is the last "SomethingError: ..." line.
QString torchMessage(const char* text)
{
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(QStringLiteral("Error: "));
        if (colon > 0 && !line.left(colon).contains(QLatin1Char(' ')))
            return line.mid(colon + 7).trimmed();
    }
    return lines.isEmpty() ? QString() : lines.front().trimmed();
}

// The one place where torch/c10 exceptions of this encoder become Errors: `context` says what was being done
// ("cannot load ...", "fails on ..."), the exception's cause follows it. Nothing thrown leaves this function.
template <typename F> Status torchBoundary(const QString& file, const QString& context, F&& f)
{
    QString cause;
    try {
        return f();
    } catch (const c10::Error& e) {
        cause = torchMessage(e.what_without_backtrace());
    } catch (const std::bad_alloc&) {
        cause = Tr::tr("out of memory");
    } catch (const std::exception& e) {
        cause = torchMessage(e.what());
    } catch (...) {
        cause = Tr::tr("unknown error");
    }
    return Error(ErrorCode::Model, cause.isEmpty() ? context : Tr::tr("%1: %2").arg(context, cause), file);
}

// A float as JSON shows it: its shortest decimal form (0.485, not 0.48500001430511475), so that manifests read
// as written and fromJson() gets exactly the same float back.
double shortestDouble(float v)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
    return std::strtod(std::string(buffer, end).c_str(), nullptr);
}

Result<std::array<float, 3>> triple(const QJsonObject& config, const QString& key, bool positive, const QString& origin)
{
    const QJsonValue v = config.value(key);
    const QJsonArray a = v.toArray();
    const Error bad(
        ErrorCode::Model,
        positive ? Tr::tr("encoder '%1': config.%2 must be an array of 3 positive numbers (R, G, B)").arg(kType, key)
                 : Tr::tr("encoder '%1': config.%2 must be an array of 3 numbers (R, G, B)").arg(kType, key),
        origin);
    if (!v.isArray() || a.size() != 3)
        return bad;
    std::array<float, 3> out{};
    for (int i = 0; i < 3; ++i) {
        const double d = a[i].toDouble(std::nan(""));
        if (!a[i].isDouble() || !std::isfinite(d) || !std::isfinite(float(d)) || (positive && !(float(d) > 0.f)))
            return bad;
        out[size_t(i)] = float(d);
    }
    return out;
}

} // namespace

namespace detail {

// A loaded module and what it was opened with. forward() is serialised: a TorchScript module's methods are not
// documented as safe to call concurrently, and one forward already uses every intra-op thread.
struct TorchScriptModule::Impl
{
    torch::jit::Module module;
    TorchScriptConfig config;
    QString path;
    int dimension = 0;
    std::mutex mutex;
};

TorchScriptModule::TorchScriptModule() : m_impl(std::make_unique<Impl>()) {}
TorchScriptModule::~TorchScriptModule() = default;

int TorchScriptModule::inputSize() const
{
    return m_impl->config.inputSize;
}

int TorchScriptModule::dimension() const
{
    return m_impl->dimension;
}

const QString& TorchScriptModule::path() const
{
    return m_impl->path;
}

namespace {

// One forward pass of n normalised images (n×3×S×S floats) into out (n×dimension, or just checked when
// `dimension` is 0: then the width found is returned through *found).
Status forwardChecked(TorchScriptModule::Impl& impl, torch::Tensor input, int64_t n, float* out, int* found)
{
    const int s = impl.config.inputSize;
    const QString context =
        Tr::tr("the TorchScript module fails on a %1×3×%2×%2 input (config.input_size %2)").arg(n).arg(s);
    return torchBoundary(impl.path, context, [&]() -> Status {
        c10::InferenceMode guard;
        torch::jit::IValue result;
        {
            std::lock_guard<std::mutex> lock(impl.mutex);
            result = impl.module.forward({std::move(input)});
        }
        if (!result.isTensor())
            return Error(ErrorCode::Model,
                         Tr::tr("the TorchScript module's forward returns a %1; an image encoder must return one "
                                "tensor of N×D features")
                             .arg(QString::fromStdString(result.tagKind())),
                         impl.path);
        const torch::Tensor t = result.toTensor();
        if (t.dim() != 2 || t.size(0) != n || t.size(1) < 1 || !t.is_floating_point()) {
            QStringList sizes;
            for (int64_t d : t.sizes())
                sizes << QString::number(d);
            return Error(ErrorCode::Model,
                         Tr::tr("the TorchScript module returns a %1 tensor of shape [%2] for %n image(s); an "
                                "image encoder must return %n×D floating-point features",
                                nullptr, int(n))
                             .arg(QString::fromStdString(std::string(c10::toString(t.scalar_type()))),
                                  sizes.join(QStringLiteral(", "))),
                         impl.path);
        }
        const torch::Tensor f = t.to(torch::kCPU, torch::kFloat).contiguous();
        if (!torch::isfinite(f).all().item<bool>())
            return Error(ErrorCode::Model, Tr::tr("the TorchScript module returns non-finite features"), impl.path);
        if (found)
            *found = int(f.size(1));
        else if (f.size(1) != impl.dimension)
            return Error(ErrorCode::Model,
                         Tr::tr("the TorchScript module returned %1 features per image, %2 when it was opened")
                             .arg(f.size(1))
                             .arg(impl.dimension),
                         impl.path);
        if (out)
            std::memcpy(out, f.data_ptr<float>(), size_t(f.numel()) * sizeof(float));
        return {};
    });
}

} // namespace

Result<std::shared_ptr<TorchScriptModule>> TorchScriptModule::open(const QString& path, const TorchScriptConfig& config)
{
    if (auto size = checkRegularFile(path, kMaxModuleBytes); !size)
        return Error(ErrorCode::Model, size.error().message(), path);
    auto module = std::shared_ptr<TorchScriptModule>(new TorchScriptModule());
    Impl& impl = *module->m_impl;
    impl.config = config;
    impl.path = path;
    const Status loaded = torchBoundary(
        path, Tr::tr("not a TorchScript module that torch.jit.load can read (write it with torch.jit.save)"),
        [&]() -> Status {
            impl.module = torch::jit::load(QFile::encodeName(path).toStdString(), torch::kCPU);
            impl.module.eval();
            if (!impl.module.find_method("forward"))
                return Error(ErrorCode::Model, Tr::tr("the TorchScript file has no forward method"), path);
            return {};
        });
    if (!loaded)
        return loaded.error();
    // The width D, and a first check that the module takes this input size at all.
    const int s = config.inputSize;
    auto probe = torchBoundary(path, Tr::tr("cannot build a probe image"), [&]() -> Status {
        return forwardChecked(impl, torch::zeros({1, 3, s, s}), 1, nullptr, &impl.dimension);
    });
    if (!probe)
        return probe.error();
    return module;
}

Status TorchScriptModule::forwardNormalized(const float* nchw, int n, float* out) const
{
    if (n <= 0)
        return {};
    const int s = m_impl->config.inputSize;
    return torchBoundary(m_impl->path, Tr::tr("cannot run the TorchScript module"), [&]() -> Status {
        // from_blob does not copy; the module only reads its input.
        torch::Tensor input = torch::from_blob(const_cast<float*>(nchw), {n, 3, s, s}, torch::kFloat);
        return forwardChecked(*m_impl, input, n, out, nullptr);
    });
}

Status TorchScriptModule::encode(const float* hwc, int n, float* out, const Progress& progress) const
{
    const TorchScriptConfig& c = m_impl->config;
    const int s = c.inputSize;
    const int64_t per = int64_t(3) * s * s;
    // Inside the boundary too: the batch buffer of a large input size may not fit in memory.
    return torchBoundary(m_impl->path, Tr::tr("cannot encode the images"), [&]() -> Status {
        std::vector<float> nchw;
        for (int start = 0; start < n; start += kBatch) {
            if (!progress.step(double(start) / n, Tr::tr("Encoding images")))
                return Error(ErrorCode::Cancelled, Tr::tr("encoding cancelled"));
            const int b = std::min(kBatch, n - start);
            nchw.resize(size_t(b) * size_t(per));
            // HWC 0..255 -> CHW, (x/255 - mean)/std per channel.
            for (int i = 0; i < b; ++i) {
                const float* src = hwc + (start + i) * per;
                float* dst = nchw.data() + i * per;
                for (int ch = 0; ch < 3; ++ch) {
                    const float mean = c.mean[size_t(ch)], sd = c.std[size_t(ch)];
                    float* plane = dst + int64_t(ch) * s * s;
                    for (int64_t p = 0; p < int64_t(s) * s; ++p)
                        plane[p] = (src[p * 3 + ch] / 255.f - mean) / sd;
                }
            }
            if (auto st = forwardNormalized(nchw.data(), b, out + int64_t(start) * m_impl->dimension); !st)
                return st;
        }
        progress.step(1.0, Tr::tr("Encoding images"));
        return {};
    });
}

} // namespace detail

namespace {

// The pack's ImageEncoder over a loaded module.
class TorchScriptImageEncoder : public ImageEncoder
{
public:
    explicit TorchScriptImageEncoder(std::shared_ptr<const detail::TorchScriptModule> module)
        : m_module(std::move(module))
    {
    }
    QString type() const override { return kType; }
    int inputSize() const override { return m_module->inputSize(); }
    int dimension() const override { return m_module->dimension(); }
    Status encode(const float* pixels, int n, float* out, const Progress& progress) const override
    {
        return m_module->encode(pixels, n, out, progress);
    }

private:
    std::shared_ptr<const detail::TorchScriptModule> m_module;
};

Result<std::shared_ptr<const Encoder>> createTorchScriptEncoder(const EncoderContext& c)
{
    if (c.spec.files.size() != 1)
        return Error(ErrorCode::Model,
                     Tr::tr("encoder '%1': files must name exactly one file, the TorchScript module (it names %2)")
                         .arg(kType)
                         .arg(c.spec.files.size()),
                     c.manifestPath);
    // A pack-relative path: never a file outside the pack (the manifest's own `files` are checked the same way).
    if (const QString problem = pack::relativePathProblem(c.spec.files.front()); !problem.isEmpty())
        return Error(ErrorCode::Model,
                     Tr::tr("encoder '%1': files: '%2': %3").arg(kType, c.spec.files.front(), problem), c.manifestPath);
    auto config = TorchScriptConfig::fromJson(c.spec.config, c.manifestPath);
    if (!config)
        return config.error();
    auto encoder = openTorchScriptEncoder(c.filePath(c.spec.files.front()), *config);
    if (!encoder)
        return encoder.error();
    return std::shared_ptr<const Encoder>(*encoder);
}

} // namespace

Result<TorchScriptConfig> TorchScriptConfig::fromJson(const QJsonObject& config, const QString& origin)
{
    static const QStringList kKeys = {QStringLiteral("input_size"), QStringLiteral("mean"), QStringLiteral("std")};
    for (auto it = config.begin(); it != config.end(); ++it)
        if (!kKeys.contains(it.key()))
            return Error(ErrorCode::Model,
                         Tr::tr("encoder '%1': unknown config member '%2' (expected input_size, mean, std)")
                             .arg(kType, it.key()),
                         origin);
    TorchScriptConfig out;
    const QJsonValue size = config.value(QStringLiteral("input_size"));
    const double s = size.toDouble(-1);
    if (!size.isDouble() || s != std::floor(s) || s < 1 || s > 4096)
        return Error(
            ErrorCode::Model,
            Tr::tr("encoder '%1': config.input_size must be a whole number of pixels from 1 to 4096").arg(kType),
            origin);
    out.inputSize = int(s);
    auto mean = triple(config, QStringLiteral("mean"), false, origin);
    if (!mean)
        return mean.error();
    auto sd = triple(config, QStringLiteral("std"), true, origin);
    if (!sd)
        return sd.error();
    out.mean = *mean;
    out.std = *sd;
    return out;
}

QJsonObject TorchScriptConfig::toJson() const
{
    QJsonArray m, s;
    for (int i = 0; i < 3; ++i) {
        m.append(shortestDouble(mean[size_t(i)]));
        s.append(shortestDouble(std[size_t(i)]));
    }
    return {{QStringLiteral("input_size"), inputSize}, {QStringLiteral("mean"), m}, {QStringLiteral("std"), s}};
}

Result<std::shared_ptr<const ImageEncoder>> openTorchScriptEncoder(const QString& path, const TorchScriptConfig& config)
{
    if (config.inputSize < 1 || config.inputSize > 4096)
        return Error(ErrorCode::Model, Tr::tr("input size %1 is outside 1..4096").arg(config.inputSize), path);
    for (int i = 0; i < 3; ++i)
        if (!std::isfinite(config.mean[size_t(i)]) || !(config.std[size_t(i)] > 0.f) ||
            !std::isfinite(config.std[size_t(i)]))
            return Error(ErrorCode::Model, Tr::tr("the normalisation needs finite means and positive deviations"),
                         path);
    auto module = detail::TorchScriptModule::open(path, config);
    if (!module)
        return module.error();
    return std::shared_ptr<const ImageEncoder>(std::make_shared<TorchScriptImageEncoder>(*module));
}

void registerTorchScriptEncoder(EncoderRegistry& registry)
{
    registry.add(kType, createTorchScriptEncoder);
}

} // namespace descry
