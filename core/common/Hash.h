#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <atomic>
#include <functional>

namespace descry {

// Progress callback: bytes done, bytes total. Called from the calling thread.
using ByteProgress = std::function<void(qint64 done, qint64 total)>;

// Lower-case hex SHA-256 of a file, read in fixed-size chunks (constant memory for any file size).
// Thread-agnostic; `cancel` is polled between chunks.
Result<QString> sha256File(const QString& path, const ByteProgress& progress = {},
                           const std::atomic<bool>* cancel = nullptr);

// The same over an open device from its current position to its end; errors name `file`. Lets a caller hash and
// then decode the very bytes of one open file (no second open that could find another file under the name).
Result<QString> sha256Device(QIODevice& device, const QString& file, const ByteProgress& progress = {},
                             const std::atomic<bool>* cancel = nullptr);

// Lower-case hex SHA-256 of a buffer.
QString sha256Hex(const QByteArray& data);

} // namespace descry
