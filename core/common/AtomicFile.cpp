#include "core/common/AtomicFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace descry {

Status writeFileAtomically(const QString& path, const DeviceWriter& writer)
{
    QSaveFile file(path);
    // Never fall back to writing in place: a half-written case file or report is worse than none.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Input,
                     QCoreApplication::translate("descry", "cannot write (%1)").arg(file.errorString()), path);
    QString writerError;
    if (!writer(file, &writerError)) {
        file.cancelWriting();
        file.commit(); // discards the temporary file because writing was cancelled
        if (writerError.isEmpty())
            writerError = file.errorString();
        return Error(ErrorCode::Input,
                     QCoreApplication::translate("descry", "write failed, previous file kept (%1)").arg(writerError),
                     path);
    }
    if (!file.commit())
        return Error(
            ErrorCode::Input,
            QCoreApplication::translate("descry", "write failed, previous file kept (%1)").arg(file.errorString()),
            path);
    return {};
}

Status writeFileAtomically(const QString& path, const QByteArray& data)
{
    return writeFileAtomically(path, [&data](QIODevice& device, QString* error) {
        if (device.write(data) != data.size()) {
            *error = device.errorString();
            return false;
        }
        return true;
    });
}

} // namespace descry
