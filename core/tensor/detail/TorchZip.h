#pragma once
// Private: the zip container of PyTorch `torch.save` checkpoints (PyTorch >= 1.6), read from memory.

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace descry::detail {

// One member of a zip archive: where its stored bytes lie in the file.
struct ZipEntry
{
    QString name;
    qint64 dataOffset = 0; // first byte of the member's data in the file
    qint64 size = 0;       // bytes stored (compressed size)
    qint64 uncompressedSize = 0;
    int method = 0; // 0 = stored; anything else is compressed and cannot be mapped
};

// Reads the central directory of the zip archive in data[0, size) (zip64 included): every entry's local
// header and data are checked to lie inside the file, before the central directory. Encrypted, multi-disk
// and self-inconsistent archives are refused. Errors are one line of kind `code` naming `path`.
Result<QList<ZipEntry>> readZipDirectory(const uchar* data, qint64 size, const QString& path, ErrorCode code);

} // namespace descry::detail
