#include "core/face/train/FaceFeatureSet.h"

#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/common/Tr.h"
#include "core/common/WholeFile.h"
#include "core/face/train/Augmentation.h"
#include "core/imaging/ImageLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace descry {

namespace {

// Bump when detection, alignment or morphometry change: stale cache entries are then ignored.
// 3: the measured vector holds the 30 landmark quantities and the `regions` quantities (NaN = null).
constexpr int kAnalyserVersion = 3;
const QString kFormat = QStringLiteral("descry-face-feature-cache");
// Augmented copies make caches of thousands of entries (~20 kB each): far above the limit of other JSON files.
constexpr qint64 kMaxCacheBytes = 2'000'000'000;

Result<QJsonObject> readCache(const QString& path)
{
    auto data = readWholeFile(path, kMaxCacheBytes);
    if (!data)
        return data.error();
    return json::parseObject(*data, path);
}

QJsonArray toArray(const std::vector<double>& v)
{
    QJsonArray a;
    for (double x : v)
        a.append(std::isfinite(x) ? QJsonValue(x) : QJsonValue()); // not assessed: null
    return a;
}

QJsonArray landmarksToJson(const std::optional<Landmarks68>& l)
{
    QJsonArray a;
    if (l)
        for (const QPointF& p : *l)
            a << p.x() << p.y();
    return a;
}

QJsonObject toJson(const FaceFeatures& f)
{
    QJsonArray emb;
    for (float x : f.embedding)
        emb.append(double(x));
    return QJsonObject{{QStringLiteral("ok"), f.ok},
                       {QStringLiteral("failure"), f.failure},
                       {QStringLiteral("morphometry"), toArray(f.morphometry)},
                       {QStringLiteral("embedding"), emb},
                       {QStringLiteral("inter_eye"), f.quality.interEyePixels},
                       {QStringLiteral("yaw"), f.quality.yawDegrees},
                       {QStringLiteral("roll"), f.quality.rollDegrees},
                       {QStringLiteral("sharpness"), f.quality.sharpness},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(f.quality.problems)},
                       {QStringLiteral("landmarks"), landmarksToJson(f.landmarks)},
                       {QStringLiteral("augmentation_params"), f.augmentationParams}};
}

void fromJson(const QJsonObject& o, FaceFeatures& f)
{
    f.ok = o.value(QStringLiteral("ok")).toBool();
    f.failure = o.value(QStringLiteral("failure")).toString();
    for (const auto& v : o.value(QStringLiteral("morphometry")).toArray())
        f.morphometry.push_back(v.isDouble() ? v.toDouble() : std::nan(""));
    const QJsonArray emb = o.value(QStringLiteral("embedding")).toArray();
    for (int i = 0; i < 128 && i < emb.size(); ++i)
        f.embedding[size_t(i)] = float(emb[i].toDouble());
    f.quality.interEyePixels = o.value(QStringLiteral("inter_eye")).toDouble();
    f.quality.yawDegrees = o.value(QStringLiteral("yaw")).toDouble();
    f.quality.rollDegrees = o.value(QStringLiteral("roll")).toDouble();
    f.quality.sharpness = o.value(QStringLiteral("sharpness")).toDouble();
    for (const auto& v : o.value(QStringLiteral("problems")).toArray())
        f.quality.problems << v.toString();
    const QJsonArray l = o.value(QStringLiteral("landmarks")).toArray();
    if (l.size() == 136) {
        Landmarks68 pts;
        for (int i = 0; i < 68; ++i)
            pts[size_t(i)] = QPointF(l[2 * i].toDouble(), l[2 * i + 1].toDouble());
        f.landmarks = pts;
    }
    f.augmentationParams = o.value(QStringLiteral("augmentation_params")).toString();
}

// The cache file's entries, read once and written once per run.
class FeatureCacheFile
{
public:
    explicit FeatureCacheFile(const QString& path) : m_path(path)
    {
        if (path.isEmpty() || !QFileInfo::exists(path))
            return;
        auto c = readCache(path);
        if (c && c->value(QStringLiteral("version")).toInt() == kAnalyserVersion)
            m_faces = c->value(QStringLiteral("faces")).toObject();
    }
    // Entries of the photos themselves count only with landmarks (older entries lack them: analysed again).
    bool lookup(const QString& key, FaceFeatures& f, bool needLandmarks) const
    {
        const auto it = m_faces.constFind(key);
        if (it == m_faces.constEnd())
            return false;
        const QJsonObject o = it->toObject();
        if (needLandmarks && o.value(QStringLiteral("ok")).toBool() &&
            o.value(QStringLiteral("landmarks")).toArray().size() != 136)
            return false;
        fromJson(o, f);
        return true;
    }
    void insert(const QString& key, const FaceFeatures& f) { m_faces.insert(key, toJson(f)); }
    Status save() const
    {
        if (m_path.isEmpty())
            return {};
        return json::writeObjectFile(m_path, QJsonObject{{QStringLiteral("format"), kFormat},
                                                         {QStringLiteral("version"), kAnalyserVersion},
                                                         {QStringLiteral("faces"), m_faces}});
    }

private:
    QString m_path;
    QJsonObject m_faces;
};

// Analyses one photo into `f`; an Input error (no face, unreadable) marks it failed, anything else is returned.
Status analyseInto(const FaceAnalyzer& analyzer, const LoadedImage& image, bool cropped, FaceFeatures& f)
{
    DetectOptions options;
    options.cropped = cropped;
    auto a = analyzer.analyze(image, options);
    if (a) {
        f.ok = true;
        f.morphometry = a->morphometry;
        std::copy_n(a->embedding.begin(), std::min(a->embedding.size(), f.embedding.size()), f.embedding.begin());
        f.quality = a->aligned.quality;
        f.landmarks = a->aligned.face.landmarks;
        return {};
    }
    if (a.error().code() != ErrorCode::Input)
        return a.error();
    f.failure = a.error().message();
    return {};
}

// True for a cache this code wrote: marked, or unmarked with exactly the two keys of earlier versions.
bool isFeatureCache(const QJsonObject& o)
{
    if (o.contains(QStringLiteral("format")))
        return o.value(QStringLiteral("format")).toString() == kFormat;
    return o.size() == 2 && o.value(QStringLiteral("version")).isDouble() &&
           o.value(QStringLiteral("faces")).isObject();
}

} // namespace

Status checkFaceFeatureCacheReplaceable(const QString& cacheFile)
{
    if (cacheFile.isEmpty() || !QFileInfo::exists(cacheFile))
        return {};
    const Error refused(ErrorCode::Input, Tr::tr("exists and is not a Descry feature cache; it is not replaced"),
                        cacheFile);
    // A glance at the first byte first, so a multi-GB photo or checkpoint is never read whole.
    QFile f(cacheFile);
    if (!QFileInfo(cacheFile).isFile() || !f.open(QIODevice::ReadOnly))
        return refused;
    if (!f.peek(4096).trimmed().startsWith('{'))
        return refused;
    f.close();
    auto o = readCache(cacheFile);
    if (!o || !isFeatureCache(*o))
        return refused;
    return {};
}

Result<std::vector<FaceFeatures>> extractFaceFeatures(const FaceAnalyzer& analyzer, const QList<LabelledFace>& faces,
                                                      const QString& cacheFile,
                                                      const std::function<void(int, int)>& progress,
                                                      const std::atomic<bool>* cancel)
{
    FeatureCacheFile cache(cacheFile);
    std::vector<FaceFeatures> out;
    out.reserve(size_t(faces.size()));
    for (int i = 0; i < faces.size(); ++i) {
        if (cancel && cancel->load())
            return Error(ErrorCode::Cancelled, QCoreApplication::translate("descry", "feature extraction cancelled"));
        FaceFeatures f;
        f.face = faces[i];
        auto sum = sha256File(faces[i].path);
        if (!sum)
            return sum.error();
        f.sha256 = *sum;
        const QString key = f.sha256 + (faces[i].cropped ? QStringLiteral(":cropped") : QString());
        if (!cache.lookup(key, f, true)) {
            f = FaceFeatures();
            f.face = faces[i];
            f.sha256 = *sum;
            auto image = loadImage(faces[i].path);
            if (image) {
                if (auto st = analyseInto(analyzer, *image, faces[i].cropped, f); !st)
                    return st.error();
            } else if (image.error().code() == ErrorCode::Input) {
                f.failure = image.error().message();
            } else {
                return image.error();
            }
            cache.insert(key, f);
        }
        out.push_back(f);
        if (progress)
            progress(i + 1, int(faces.size()));
    }
    if (auto st = cache.save(); !st)
        return st.error();
    return out;
}

Result<std::vector<FaceFeatures>>
extractAugmentedFeatures(const FaceAnalyzer& analyzer, const std::vector<FaceFeatures>& sources,
                         const std::vector<AugmentationRequest>& requests, uint64_t baseSeed, const QString& cacheFile,
                         const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    FeatureCacheFile cache(cacheFile);
    std::vector<FaceFeatures> out;
    out.reserve(requests.size());
    int lastSource = -1;
    std::optional<LoadedImage> image;
    for (size_t i = 0; i < requests.size(); ++i) {
        if (cancel && cancel->load())
            return Error(ErrorCode::Cancelled, QCoreApplication::translate("descry", "feature extraction cancelled"));
        const AugmentationRequest& r = requests[i];
        if (r.source < 0 || size_t(r.source) >= sources.size())
            return Error(ErrorCode::Usage,
                         QStringLiteral("augmentation request for face %1 of %2").arg(r.source).arg(sources.size()));
        const FaceFeatures& src = sources[size_t(r.source)];
        FaceFeatures f;
        f.face = src.face;
        f.sha256 = src.sha256;
        f.augmentation = r.id;
        f.source = r.source;
        if (!src.ok) {
            f.failure = src.failure;
            out.push_back(f);
            continue;
        }
        if (r.source != lastSource) {
            auto loaded = loadImage(src.face.path);
            if (!loaded)
                return loaded.error();
            image = *loaded;
            lastSource = r.source;
        }
        AugmentationContext context;
        context.landmarks = src.landmarks;
        auto photo = augmentPhoto(image->image, r.id, augmentationSeed(src.sha256, r.id, r.copy, baseSeed), context);
        if (!photo) {
            if (photo.error().code() != ErrorCode::Input)
                return photo.error().withFile(src.face.path);
            f.failure = photo.error().message();
            out.push_back(f);
            continue;
        }
        f.augmentationParams = photo->params;
        const QString key = src.sha256 + (src.face.cropped ? QStringLiteral(":cropped") : QString()) +
                            QStringLiteral("|aug|") + r.id + QLatin1Char('|') + photo->params;
        if (!cache.lookup(key, f, false)) {
            LoadedImage copy = *image;
            copy.image = photo->image;
            if (auto st = analyseInto(analyzer, copy, src.face.cropped, f); !st)
                return st.error();
            cache.insert(key, f);
        }
        f.augmentation = r.id;
        f.source = r.source;
        out.push_back(f);
        if (progress)
            progress(int(i) + 1, int(requests.size()));
    }
    if (auto st = cache.save(); !st)
        return st.error();
    return out;
}

} // namespace descry
