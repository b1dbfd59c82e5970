#include "core/face/train/FaceFeatureSet.h"

#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/common/Tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace descry {

namespace {

// Bump when detection, alignment or morphometry change: stale cache entries are then ignored.
constexpr int kAnalyserVersion = 2;
const QString kFormat = QStringLiteral("descry-face-feature-cache");

QJsonArray toArray(const std::vector<double>& v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
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
                       {QStringLiteral("problems"), QJsonArray::fromStringList(f.quality.problems)}};
}

void fromJson(const QJsonObject& o, FaceFeatures& f)
{
    f.ok = o.value(QStringLiteral("ok")).toBool();
    f.failure = o.value(QStringLiteral("failure")).toString();
    for (const auto& v : o.value(QStringLiteral("morphometry")).toArray())
        f.morphometry.push_back(v.toDouble());
    const QJsonArray emb = o.value(QStringLiteral("embedding")).toArray();
    for (int i = 0; i < 128 && i < emb.size(); ++i)
        f.embedding[size_t(i)] = float(emb[i].toDouble());
    f.quality.interEyePixels = o.value(QStringLiteral("inter_eye")).toDouble();
    f.quality.yawDegrees = o.value(QStringLiteral("yaw")).toDouble();
    f.quality.rollDegrees = o.value(QStringLiteral("roll")).toDouble();
    f.quality.sharpness = o.value(QStringLiteral("sharpness")).toDouble();
    for (const auto& v : o.value(QStringLiteral("problems")).toArray())
        f.quality.problems << v.toString();
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
    auto o = json::readObjectFile(cacheFile);
    if (!o || !isFeatureCache(*o))
        return refused;
    return {};
}

Result<std::vector<FaceFeatures>> extractFaceFeatures(const FaceAnalyzer& analyzer, const QList<LabelledFace>& faces,
                                                      const QString& cacheFile,
                                                      const std::function<void(int, int)>& progress,
                                                      const std::atomic<bool>* cancel)
{
    QJsonObject cache;
    if (!cacheFile.isEmpty() && QFileInfo::exists(cacheFile)) {
        auto c = json::readObjectFile(cacheFile);
        if (c && c->value(QStringLiteral("version")).toInt() == kAnalyserVersion)
            cache = c->value(QStringLiteral("faces")).toObject();
    }
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
        if (cache.contains(key)) {
            fromJson(cache.value(key).toObject(), f);
        } else {
            DetectOptions options;
            options.cropped = faces[i].cropped;
            auto a = analyzer.analyze(faces[i].path, options);
            if (a) {
                f.ok = true;
                f.morphometry = a->morphometry;
                std::copy_n(a->embedding.begin(), std::min(a->embedding.size(), f.embedding.size()),
                            f.embedding.begin());
                f.quality = a->aligned.quality;
            } else if (a.error().code() == ErrorCode::Input) {
                f.failure = a.error().message();
            } else {
                return a.error();
            }
            cache.insert(key, toJson(f));
        }
        out.push_back(f);
        if (progress)
            progress(i + 1, int(faces.size()));
    }
    if (!cacheFile.isEmpty()) {
        auto st = json::writeObjectFile(cacheFile, QJsonObject{{QStringLiteral("format"), kFormat},
                                                               {QStringLiteral("version"), kAnalyserVersion},
                                                               {QStringLiteral("faces"), cache}});
        if (!st)
            return st.error();
    }
    return out;
}

} // namespace descry
