// STUB (owned by the checkpoint helper): replaced by the real reader.
#include "core/tensor/TensorFile.h"

#include "core/common/Tr.h"

namespace descry {

struct TensorFile::Data
{
    QString path;
    Format format = Format::Safetensors;
    QMap<QString, TensorData> tensors;
    QJsonObject metadata;
};

Result<TensorFile> TensorFile::open(const QString& path, ErrorCode code, const Progress&)
{
    QJsonObject meta;
    auto t = readSafetensors(path, &meta);
    if (!t)
        return Error(code, t.error().message(), path);
    auto d = std::make_shared<Data>();
    d->path = path;
    d->tensors = *t;
    d->metadata = meta;
    TensorFile f;
    f.m_data = d;
    return f;
}

QString TensorFile::path() const
{
    return m_data->path;
}
TensorFile::Format TensorFile::format() const
{
    return m_data->format;
}
QString TensorFile::formatName() const
{
    return m_data->format == Format::Safetensors ? QStringLiteral("safetensors") : QStringLiteral("torch.save zip");
}
const QMap<QString, TensorData>& TensorFile::tensors() const
{
    return m_data->tensors;
}
QJsonObject TensorFile::metadata() const
{
    return m_data->metadata;
}

} // namespace descry
