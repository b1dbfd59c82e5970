#pragma once

#include "core/common/Result.h"
#include "core/pack/PackManifest.h"
#include "core/tensor/Safetensors.h"

#include <QMap>
#include <QString>

#include <vector>

namespace descry::detail {

// The identity of a frozen CXR encoder for the feature cache: SHA-256 over its type, canonical config, the SHA-256 of
// every file it names (found in `directory`) and the version of the image-to-input conversion. Model error naming a
// missing or unreadable encoder file.
Result<QString> cxrEncoderIdentity(const EncoderSpec& spec, const QString& directory);

// The feature cache of `train cxr`, one safetensors file: per image (file SHA-256) and encoder identity, the frozen
// encoder's embedding "<image sha256>/<encoder identity>" (F32, d). Entries of other encoders are kept, so switching
// back costs nothing. A missing, damaged or foreign file is an empty cache (loadError() says why). Not thread-safe;
// a value type.
class CxrFeatureCache
{
public:
    static CxrFeatureCache load(const QString& path);
    // Refuses (Input error naming the file) an existing file that is not a CXR feature cache: a cache path that
    // names a radiograph, a checkpoint or a manifest is never replaced. A missing file or an empty path is fine.
    static Status checkReplaceable(const QString& path);

    QString path() const { return m_path; }
    QString loadError() const { return m_loadError; }
    int size() const { return int(m_tensors.size()); }

    // The embedding of one image by one encoder, when cached with `dimension` values.
    bool lookup(const QString& imageSha256, const QString& encoderIdentity, int dimension,
                std::vector<float>& out) const;
    void insert(const QString& imageSha256, const QString& encoderIdentity, const std::vector<float>& embedding);
    // Written atomically (creating the folder); nothing is written for an empty path.
    Status save() const;

private:
    QString m_path;
    QString m_loadError;
    QMap<QString, TensorData> m_tensors;
};

} // namespace descry::detail
