#include "core/cxr/train/detail/CxrFeatureCache.h"

#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/common/Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace descry::detail {

namespace {

const QString kFormat = QStringLiteral("descry-cxr-feature-cache/1");
const QString kFormatFamily = QStringLiteral("descry-cxr-feature-cache/");
// Bump when the way a radiograph becomes the encoder's input changes (display window, cxrEncoderInput): every
// cached embedding then belongs to another computation.
const QString kInputVersion = QStringLiteral("cxr-input/1");

QString keyOf(const QString& imageSha256, const QString& encoderIdentity)
{
    return imageSha256 + QLatin1Char('/') + encoderIdentity;
}

} // namespace

Result<QString> cxrEncoderIdentity(const EncoderSpec& spec, const QString& directory)
{
    QByteArray text = spec.type.toUtf8() + '\n' + json::canonical(spec.config) + '\n' + kInputVersion.toUtf8() + '\n';
    for (const QString& rel : spec.files) {
        const QString path = QDir(directory).filePath(rel);
        auto sha = sha256File(path);
        if (!sha)
            return Error(ErrorCode::Model, sha.error().message(), path);
        text += rel.toUtf8() + ':' + sha->toUtf8() + '\n';
    }
    return sha256Hex(text);
}

CxrFeatureCache CxrFeatureCache::load(const QString& path)
{
    CxrFeatureCache c;
    c.m_path = path;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return c;
    QJsonObject meta;
    auto tensors = readSafetensors(path, &meta);
    if (!tensors) {
        c.m_loadError = tensors.error().message();
        return c;
    }
    if (meta.value(QStringLiteral("format")).toString() != kFormat) {
        c.m_loadError = Tr::tr("not a chest X-ray feature cache of this version");
        return c;
    }
    c.m_tensors = std::move(tensors).value();
    return c;
}

Status CxrFeatureCache::checkReplaceable(const QString& path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {};
    QJsonObject meta;
    const bool ours = QFileInfo(path).isFile() && readSafetensorsHeader(path, &meta).ok() &&
                      meta.value(QStringLiteral("format")).toString().startsWith(kFormatFamily);
    if (!ours)
        return Error(ErrorCode::Input, Tr::tr("exists and is not a Descry feature cache; it is not replaced"), path);
    return {};
}

bool CxrFeatureCache::lookup(const QString& imageSha256, const QString& encoderIdentity, int dimension,
                             std::vector<float>& out) const
{
    const auto it = m_tensors.constFind(keyOf(imageSha256, encoderIdentity));
    if (it == m_tensors.constEnd() || it->numel() != dimension)
        return false;
    out = it->toFloat();
    return int(out.size()) == dimension;
}

void CxrFeatureCache::insert(const QString& imageSha256, const QString& encoderIdentity,
                             const std::vector<float>& embedding)
{
    const QString key = keyOf(imageSha256, encoderIdentity);
    m_tensors.insert(key, TensorData::fromFloat(key, {int64_t(embedding.size())}, embedding));
}

Status CxrFeatureCache::save() const
{
    if (m_path.isEmpty())
        return {};
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error(ErrorCode::Input, Tr::tr("cannot create the cache folder"), QFileInfo(m_path).absolutePath());
    return writeSafetensors(m_path, m_tensors, QJsonObject{{QStringLiteral("format"), kFormat}});
}

} // namespace descry::detail
