#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace descry {

// Size limits of the files Descry reads whole (decimal units, as people read them): far above any real file of
// the kind, low enough that a hostile or mistaken file (a renamed video, /dev/zero) cannot exhaust memory.
inline constexpr qint64 kMaxJsonFileBytes = 64'000'000;  // case files, manifests, catalogs
inline constexpr qint64 kMaxListFileBytes = 256'000'000; // CSV pair and label lists

// A byte count as a person reads it: "812 bytes", "70.5 MB", "2 GB" (decimal units, 3 significant digits).
QString formatByteSize(qint64 bytes);

// The size of the regular file at `path`, or an Input error naming it: not found, a symbolic link loop, a
// folder, not a regular file (device, pipe, socket), unreadable, or larger than `maxBytes` (the limit named).
// Nothing is opened, so a pipe or device never blocks.
Result<qint64> checkRegularFile(const QString& path, qint64 maxBytes);

// The whole content of `path` after checkRegularFile(); reads at most maxBytes + 1 bytes, so a file that grows
// while it is read is refused too.
Result<QByteArray> readWholeFile(const QString& path, qint64 maxBytes);

} // namespace descry
