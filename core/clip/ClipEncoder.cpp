#include "core/clip/ClipEncoder.h"

#include "core/clip/ClipPreprocess.h"
#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/common/Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace descry {

namespace {

const QString kType = QStringLiteral("openclip-vit");

Error specError(const EncoderContext& c, const QString& message)
{
    return Error(ErrorCode::Model, QStringLiteral("encoder '%1': %2").arg(kType, message), c.manifestPath);
}

// Where the checkpoint is and what its SHA-256 must be, read from the manifest's spec.
struct CheckpointRef
{
    QString path;
    QString sha256;
    bool inPack = false;
};

Result<CheckpointRef> checkpointRef(const EncoderContext& c)
{
    const QJsonValue value = c.spec.config.value(QStringLiteral("checkpoint"));
    if (!value.isObject())
        return specError(c, Tr::tr("config.checkpoint is missing or not an object {path or file, sha256}"));
    const QJsonObject cp = value.toObject();
    CheckpointRef ref;
    ref.sha256 = cp.value(QStringLiteral("sha256")).toString();
    if (ref.sha256.size() != 64 || ref.sha256.contains(QRegularExpression(QStringLiteral("[^0-9a-f]"))))
        return specError(c, Tr::tr("config.checkpoint.sha256 must be 64 lower-case hex digits"));
    const QString file = cp.value(QStringLiteral("file")).toString();
    const QString path = cp.value(QStringLiteral("path")).toString();
    if (file.isEmpty() == path.isEmpty())
        return specError(c, Tr::tr("config.checkpoint needs either 'file' (a copy inside the pack) or 'path' "
                                   "(an absolute path outside it), not both"));
    if (!file.isEmpty()) {
        if (const QString problem = pack::relativePathProblem(file); !problem.isEmpty())
            return specError(c, Tr::tr("config.checkpoint.file: %1").arg(problem));
        if (!c.spec.files.contains(file))
            return specError(c, Tr::tr("config.checkpoint.file '%1' is not listed in the encoder's files").arg(file));
        ref.path = c.filePath(file);
        ref.inPack = true;
        return ref;
    }
    if (!QDir::isAbsolutePath(path))
        return specError(c, Tr::tr("config.checkpoint.path must be absolute (it is '%1')").arg(path));
    ref.path = QDir::cleanPath(path);
    return ref;
}

// A checkpoint outside the pack is hashed here (pack verification hashes the files inside it): a user who
// replaced or edited it gets a refusal naming both the manifest and the checkpoint, not other features.
Status verifyCheckpoint(const EncoderContext& c, const CheckpointRef& ref)
{
    if (ref.inPack) {
        // Verified against manifest.json's `files` when the pack was opened; the spec must agree with it.
        auto manifest = json::readObjectFile(c.manifestPath);
        const QString rel = QDir(c.packDirectory).relativeFilePath(ref.path);
        const QString listed =
            manifest ? manifest->value(QStringLiteral("files")).toObject().value(rel).toString() : QString();
        if (listed != ref.sha256)
            return specError(c, Tr::tr("config.checkpoint.sha256 does not match the SHA-256 manifest.json lists "
                                       "for the copied checkpoint %1")
                                    .arg(QDir::toNativeSeparators(ref.path)));
        return {};
    }
    const QFileInfo info(ref.path);
    if (!info.isFile())
        return specError(c, Tr::tr("the checkpoint %1 is missing (config.checkpoint.path); put the file back or "
                                   "rebuild the pack")
                                .arg(QDir::toNativeSeparators(ref.path)));
    const Progress& progress = c.progress;
    const QString what = Tr::tr("Checking the checkpoint's SHA-256");
    auto sha = sha256File(
        ref.path, [&](qint64 done, qint64 total) { progress.step(total > 0 ? 0.5 * done / total : 0, what); },
        progress.cancel);
    if (!sha)
        return sha.error().code() == ErrorCode::Cancelled
                   ? sha.error()
                   : specError(c, Tr::tr("cannot read the checkpoint %1 (%2)")
                                      .arg(QDir::toNativeSeparators(ref.path), sha.error().message()));
    if (*sha != ref.sha256)
        return specError(c, Tr::tr("the checkpoint %1 has SHA-256 %2, the pack was built with %3: it was "
                                   "replaced or modified")
                                .arg(QDir::toNativeSeparators(ref.path), *sha, ref.sha256));
    return {};
}

// config.tuned: the tensors training tuned (pack-relative safetensors), loaded as overrides.
Result<QMap<QString, TensorData>> tunedTensors(const EncoderContext& c)
{
    const QJsonValue tuned = c.spec.config.value(QStringLiteral("tuned"));
    if (tuned.isUndefined() || tuned.isNull())
        return QMap<QString, TensorData>{};
    const QString rel = tuned.toString();
    if (const QString problem = pack::relativePathProblem(rel); !tuned.isString() || !problem.isEmpty())
        return specError(c, Tr::tr("config.tuned must be a pack-relative file (%1)")
                                .arg(tuned.isString() ? problem : Tr::tr("not a string")));
    if (!c.spec.files.contains(rel))
        return specError(c, Tr::tr("config.tuned '%1' is not listed in the encoder's files").arg(rel));
    auto tensors = readSafetensors(c.filePath(rel));
    if (!tensors)
        return Error(ErrorCode::Model, tensors.error().message(), tensors.error().file());
    return tensors;
}

Result<std::shared_ptr<const Encoder>> createClipEncoder(const EncoderContext& c)
{
    const auto activation = clipActivationFromId(c.spec.config.value(QStringLiteral("activation")).toString());
    if (!activation)
        return specError(c, Tr::tr("config.activation must be \"gelu\" or \"quickgelu\""));
    auto ref = checkpointRef(c);
    if (!ref)
        return ref.error();
    const QString copy =
        c.spec.config.value(QStringLiteral("checkpoint")).toObject().value(QStringLiteral("file")).toString();
    const QString tunedFile = c.spec.config.value(QStringLiteral("tuned")).toString();
    for (const QString& f : c.spec.files) {
        if (f != copy && f != tunedFile)
            return specError(c, Tr::tr("files: '%1' is neither the checkpoint copy nor the tuned tensors").arg(f));
    }
    if (auto st = verifyCheckpoint(c, *ref); !st)
        return st.error();
    ClipModelOptions options;
    options.activation = activation;
    options.imageOnly = true;
    auto tuned = tunedTensors(c);
    if (!tuned)
        return tuned.error();
    options.overrides = *tuned;
    auto model = ClipModel::open(ref->path, options, c.progress.sub(ref->inPack ? 0 : 0.5, 1));
    if (!model)
        return model.error();
    return std::shared_ptr<const Encoder>(std::make_shared<ClipImageEncoder>(*model, ref->sha256));
}

} // namespace

Status ClipImageEncoder::encode(const float* pixels, int n, float* out, const Progress& progress) const
{
    const ClipConfig& cfg = m_model.config();
    const int s = cfg.vision.imageSize;
    const ClipImageNorm norm{s, cfg.mean, cfg.std};
    const size_t plane = size_t(s) * size_t(s) * 3;
    std::vector<float> chw;
    chw.reserve(size_t(n) * plane);
    for (int i = 0; i < n; ++i) {
        const std::vector<float> one = clipNormalize(pixels + size_t(i) * plane, s, norm);
        chw.insert(chw.end(), one.begin(), one.end());
    }
    return m_model.encodeImages(chw.data(), n, out, progress);
}

void registerClipEncoder(EncoderRegistry& registry)
{
    registry.add(kType, createClipEncoder);
}

} // namespace descry
