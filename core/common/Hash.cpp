#include "core/common/Hash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace descry {

Result<QString> sha256File(const QString& path, const ByteProgress& progress, const std::atomic<bool>* cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Input,
                     QCoreApplication::translate("descry", "cannot open for reading (%1)").arg(file.errorString()),
                     path);
    return sha256Device(file, path, progress, cancel);
}

Result<QString> sha256Device(QIODevice& device, const QString& file, const ByteProgress& progress,
                             const std::atomic<bool>* cancel)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    constexpr qint64 chunkSize = 1 << 20;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    const qint64 total = device.isSequential() ? -1 : device.size() - device.pos();
    qint64 done = 0;
    for (;;) {
        if (cancel && cancel->load())
            return Error(ErrorCode::Cancelled, QCoreApplication::translate("descry", "hashing cancelled"), file);
        const qint64 n = device.read(buffer.data(), chunkSize);
        if (n < 0)
            return Error(ErrorCode::Input,
                         QCoreApplication::translate("descry", "read error (%1)").arg(device.errorString()), file);
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        done += n;
        if (progress)
            progress(done, total);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace descry
