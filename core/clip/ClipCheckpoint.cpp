// STUB (owned by the checkpoint helper): open_clip safetensors only, until the real reader lands.
#include "core/clip/ClipCheckpoint.h"

#include "core/tensor/TensorFile.h"

namespace descry {

struct ClipCheckpoint::Data
{
    TensorFile file;
    QJsonObject config;
};

Result<ClipCheckpoint> ClipCheckpoint::open(const QString& path, const Progress& progress)
{
    auto f = TensorFile::open(path, ErrorCode::Model, progress);
    if (!f)
        return f.error();
    ClipCheckpoint c;
    c.m_data = std::make_shared<Data>(Data{*f, {}});
    return c;
}

QString ClipCheckpoint::path() const
{
    return m_data->file.path();
}
QString ClipCheckpoint::formatName() const
{
    return QStringLiteral("open_clip safetensors");
}
const QMap<QString, TensorData>& ClipCheckpoint::tensors() const
{
    return m_data->file.tensors();
}
QJsonObject ClipCheckpoint::configJson() const
{
    return m_data->config;
}

} // namespace descry
