#pragma once
// Private: the header validation of safetensors files, shared by readSafetensors() (Safetensors.cpp) and the
// memory-mapped TensorFile. Errors are ErrorCode::Input naming `path`; callers re-label the code.

#include "core/common/Result.h"
#include "core/tensor/Safetensors.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

namespace descry::detail {

// One tensor of a parsed header: its name, dtype and shape (bytes empty) and where its bytes lie in the data
// buffer.
struct SafetensorsEntry
{
    TensorData tensor;
    qint64 begin = 0;
    qint64 end = 0;
};

// A validated header: the entries plus where the data buffer starts in the file and its size.
struct SafetensorsLayout
{
    QList<SafetensorsEntry> entries;
    qint64 dataStart = 0;
    qint64 dataSize = 0;
};

// The JSON header length stored in the first 8 bytes of a file of `fileSize` bytes, checked to be plausible
// and to fit inside the file.
Result<qint64> safetensorsHeaderLength(const char* first8, qint64 fileSize, const QString& path);

// Validates the JSON header `json` (the headerLength bytes after the first 8) of a file of `fileSize` bytes:
// dtypes, shapes against data_offsets, offsets inside the data buffer, no overlap, no gap, no trailing bytes.
// "__metadata__" goes to *metadata when given.
Result<SafetensorsLayout> parseSafetensorsHeader(QByteArrayView json, qint64 fileSize, const QString& path,
                                                 QJsonObject* metadata);

} // namespace descry::detail
