#include <torch/torch.h>

#include "core/face/train/ClipFeatureCache.h"

#include "core/clip/ClipPreprocess.h"
#include "core/clip/detail/ClipTower.h"
#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/common/Tr.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/face/FaceAnalyzer.h"
#include "core/face/FaceEncoders.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace descry {

namespace {

const QString kFormat = QStringLiteral("descry-clip-feature-cache/1");
// Every version of the cache starts its format marker with this; an older one is ours to replace.
const QString kFormatFamily = QStringLiteral("descry-clip-feature-cache/");
// Bump when detection, alignment or morphometry change (as FaceFeatureSet's kAnalyserVersion): stale entries go.
const QString kAnalyserVersion = QStringLiteral("3"); // 3: 30 landmark quantities (expression, pose, jaw curvature)

QString faceKey(const ClipFaceFeatures& f)
{
    return f.sha256 + (f.face.cropped ? QStringLiteral(":cropped") : QString());
}

QString analysisKey(const ClipCacheKey& key, const ClipFaceFeatures& f)
{
    return faceKey(f) + QLatin1Char('/') + key.locator;
}

QString featureKey(const ClipCacheKey& key, const ClipFaceFeatures& f, const QString& what)
{
    return faceKey(f) + QLatin1Char('/') + key.checkpointSha256 + QLatin1Char('/') + key.activation + QLatin1Char('/') +
           what;
}

TensorData f64Tensor(const QString& name, const std::vector<double>& v)
{
    TensorData t;
    t.name = name;
    t.dtype = QStringLiteral("F64");
    t.shape = {int64_t(v.size())};
    t.bytes = QByteArray(reinterpret_cast<const char*>(v.data()), qsizetype(v.size() * sizeof(double)));
    return t;
}

std::vector<double> f64Values(const TensorData& t)
{
    std::vector<double> v(size_t(t.numel()));
    if (t.dtype == QLatin1String("F64") && size_t(t.bytes.size()) == v.size() * sizeof(double))
        std::memcpy(v.data(), t.bytes.constData(), v.size() * sizeof(double));
    return v;
}

QJsonObject analysisJson(const ClipFaceFeatures& f)
{
    return {{QStringLiteral("ok"), f.ok},
            {QStringLiteral("failure"), f.failure},
            {QStringLiteral("inter_eye"), f.quality.interEyePixels},
            {QStringLiteral("yaw"), f.quality.yawDegrees},
            {QStringLiteral("roll"), f.quality.rollDegrees},
            {QStringLiteral("sharpness"), f.quality.sharpness},
            {QStringLiteral("problems"), QJsonArray::fromStringList(f.quality.problems)}};
}

void readAnalysis(const QJsonObject& o, ClipFaceFeatures& f)
{
    f.ok = o.value(QStringLiteral("ok")).toBool();
    f.failure = o.value(QStringLiteral("failure")).toString();
    f.quality.interEyePixels = o.value(QStringLiteral("inter_eye")).toDouble();
    f.quality.yawDegrees = o.value(QStringLiteral("yaw")).toDouble();
    f.quality.rollDegrees = o.value(QStringLiteral("roll")).toDouble();
    f.quality.sharpness = o.value(QStringLiteral("sharpness")).toDouble();
    f.quality.problems.clear();
    for (const auto& v : o.value(QStringLiteral("problems")).toArray())
        f.quality.problems << v.toString();
}

} // namespace

ClipFeatureCache ClipFeatureCache::load(const QString& path)
{
    ClipFeatureCache c;
    c.m_path = path;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return c;
    QJsonObject meta;
    auto tensors = readSafetensors(path, &meta);
    if (!tensors) {
        c.m_loadError = tensors.error().message();
        return c;
    }
    if (meta.value(QStringLiteral("format")).toString() != kFormat ||
        meta.value(QStringLiteral("analyser_version")).toString() != kAnalyserVersion) {
        c.m_loadError = Tr::tr("not a feature cache of this version");
        return c;
    }
    c.m_analysis = QJsonDocument::fromJson(meta.value(QStringLiteral("analysis")).toString().toUtf8()).object();
    c.m_tensors = std::move(tensors).value();
    return c;
}

Status ClipFeatureCache::checkReplaceable(const QString& path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {};
    // The header only: its length is checked against the file by the reader, nothing else is loaded.
    QJsonObject meta;
    const bool ours = QFileInfo(path).isFile() && readSafetensorsHeader(path, &meta).ok() &&
                      meta.value(QStringLiteral("format")).toString().startsWith(kFormatFamily);
    if (!ours)
        return Error(ErrorCode::Input, Tr::tr("exists and is not a Descry feature cache; it is not replaced"), path);
    return {};
}

bool ClipFeatureCache::lookup(const ClipCacheKey& key, ClipFaceFeatures& f) const
{
    const QString ak = analysisKey(key, f);
    if (!m_analysis.contains(ak))
        return false;
    ClipFaceFeatures found = f;
    readAnalysis(m_analysis.value(ak).toObject(), found);
    if (found.ok) {
        const auto morph = m_tensors.constFind(ak + QStringLiteral("/morphometry"));
        const auto pre = m_tensors.constFind(featureKey(key, f, QStringLiteral("pre_mlp")));
        const auto feats = m_tensors.constFind(featureKey(key, f, QStringLiteral("features")));
        if (morph == m_tensors.constEnd() || pre == m_tensors.constEnd() || feats == m_tensors.constEnd())
            return false;
        found.morphometry = f64Values(*morph);
        found.preMlp = pre->toFloat();
        found.features = feats->toFloat();
    }
    found.fromCache = true;
    f = std::move(found);
    return true;
}

void ClipFeatureCache::insert(const ClipCacheKey& key, const ClipFaceFeatures& f)
{
    const QString ak = analysisKey(key, f);
    m_analysis.insert(ak, analysisJson(f));
    if (!f.ok)
        return;
    const QString morph = ak + QStringLiteral("/morphometry");
    m_tensors.insert(morph, f64Tensor(morph, f.morphometry));
    const QString pre = featureKey(key, f, QStringLiteral("pre_mlp"));
    m_tensors.insert(pre, TensorData::fromFloat(pre, {int64_t(f.preMlp.size())}, f.preMlp));
    const QString feats = featureKey(key, f, QStringLiteral("features"));
    m_tensors.insert(feats, TensorData::fromFloat(feats, {int64_t(f.features.size())}, f.features));
}

Status ClipFeatureCache::save() const
{
    if (m_path.isEmpty())
        return {};
    const QJsonObject meta{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("analyser_version"), kAnalyserVersion},
        {QStringLiteral("analysis"), QString::fromUtf8(QJsonDocument(m_analysis).toJson(QJsonDocument::Compact))}};
    return writeSafetensors(m_path, m_tensors, meta);
}

std::vector<float> clipFacePixels(const AlignedFace& aligned, const ClipModel& model)
{
    const ClipConfig& cfg = model.config();
    const int size = cfg.vision.imageSize;
    // The very choice FaceAnalyzer makes for a pack's image encoder, so training sees what inference sees.
    const QImage chip = aligned.chip150.width() == size && aligned.chip150.height() == size
                            ? aligned.chip150
                            : aligned.aligned224.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (chip.isNull())
        return {};
    const std::vector<float> rgb = rgbSamples(chip);
    return clipNormalize(rgb.data(), size, ClipImageNorm{size, cfg.mean, cfg.std});
}

namespace {

// Faces waiting for the tower, encoded a batch at a time.
struct PendingFaces
{
    std::vector<size_t> index;
    std::vector<float> pixels;
};

// The frozen part of the tower for a batch: the last MLP block's input, and the rest of the tower from it with the
// checkpoint's own MLP (the same computation as encodeImages, without running the blocks twice).
Status encodePending(const ClipModel& model, PendingFaces& p, std::vector<ClipFaceFeatures>& out)
{
    if (p.index.empty())
        return {};
    const ClipConfig& cfg = model.config();
    const int n = int(p.index.size());
    std::vector<float> pre(size_t(n) * size_t(cfg.vision.width));
    if (auto st = model.encodeImagesBeforeLastMlp(p.pixels.data(), n, pre.data()); !st)
        return st;
    auto tail = detail::guarded(ErrorCode::Internal, QString(), [&]() -> Result<std::vector<float>> {
        torch::NoGradGuard ng;
        const detail::ClipVision& v = detail::ClipModelAccess::vision(model);
        const detail::ClipBlock& last = v.blocks.back();
        const torch::Tensor h = torch::from_blob(pre.data(), {n, cfg.vision.width}, torch::kFloat32);
        const torch::Tensor f =
            detail::clipImageTail(v, h, last.fcW, last.fcB, last.projW, last.projB, cfg.activation).contiguous();
        return std::vector<float>(f.data_ptr<float>(), f.data_ptr<float>() + f.numel());
    });
    if (!tail)
        return tail.error();
    for (int i = 0; i < n; ++i) {
        ClipFaceFeatures& f = out[p.index[size_t(i)]];
        f.preMlp.assign(pre.begin() + ptrdiff_t(i) * cfg.vision.width,
                        pre.begin() + ptrdiff_t(i + 1) * cfg.vision.width);
        f.features.assign(tail->begin() + ptrdiff_t(i) * cfg.embedDim, tail->begin() + ptrdiff_t(i + 1) * cfg.embedDim);
    }
    p.index.clear();
    p.pixels.clear();
    return {};
}

// Detection, landmarks and alignment of one face; an Input error (no face...) becomes the face's failure.
Status analyseFace(const FaceAnalyzer& analyzer, const ClipModel& model, ClipFaceFeatures& f,
                   std::vector<float>& pixels)
{
    DetectOptions options;
    options.cropped = f.face.cropped;
    auto a = analyzer.analyze(f.face.path, options);
    if (!a) {
        if (a.error().code() != ErrorCode::Input)
            return a.error();
        f.failure = a.error().message();
        return {};
    }
    pixels = clipFacePixels(a->aligned, model);
    if (pixels.empty()) {
        f.failure = Tr::tr("no aligned face to encode");
        return {};
    }
    f.ok = true;
    f.morphometry = a->morphometry;
    f.quality = a->aligned.quality;
    return {};
}

} // namespace

Result<std::vector<ClipFaceFeatures>>
extractClipFaceFeatures(const FaceLocator& locator, const ClipModel& model, const QString& checkpointSha256,
                        const QList<LabelledFace>& faces, const QString& cacheFile, ClipCacheStats* stats,
                        const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    ClipFeatureCache cache = ClipFeatureCache::load(cacheFile);
    const ClipCacheKey key{checkpointSha256, clipActivationId(model.config().activation), locator.type()};
    // The locator outlives this call: a non-owning handle.
    const FaceAnalyzer analyzer(std::shared_ptr<const FaceLocator>(&locator, [](const FaceLocator*) {}), nullptr);
    std::vector<ClipFaceFeatures> out(size_t(faces.size()));
    PendingFaces pending;
    int hits = 0;
    constexpr int kBatch = 8;
    for (int i = 0; i < faces.size(); ++i) {
        if (cancel && cancel->load())
            return Error(ErrorCode::Cancelled, Tr::tr("feature extraction cancelled"));
        ClipFaceFeatures& f = out[size_t(i)];
        f.face = faces[i];
        auto sum = sha256File(faces[i].path);
        if (!sum)
            return sum.error();
        f.sha256 = *sum;
        if (cache.lookup(key, f)) {
            ++hits;
        } else {
            std::vector<float> pixels;
            if (auto st = analyseFace(analyzer, model, f, pixels); !st)
                return st.error();
            if (f.ok) {
                pending.index.push_back(size_t(i));
                pending.pixels.insert(pending.pixels.end(), pixels.begin(), pixels.end());
            }
        }
        if (int(pending.index.size()) == kBatch || i + 1 == faces.size())
            if (auto st = encodePending(model, pending, out); !st)
                return st.error();
        if (progress)
            progress(i + 1, int(faces.size()));
    }
    for (const ClipFaceFeatures& f : out)
        if (!f.fromCache)
            cache.insert(key, f);
    if (auto st = cache.save(); !st)
        return st.error();
    if (stats)
        *stats = ClipCacheStats{hits, cache.loadError()};
    return out;
}

} // namespace descry
