#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

namespace descry {

// Writes `path` atomically: data goes to a temporary file in the same folder, is flushed to disk and
// only then renamed over the target. If the writer fails (returns false) or any I/O step fails, the
// previous file stays untouched and the temporary file is removed.
// The writer may set *error to explain its failure.
using DeviceWriter = std::function<bool(QIODevice& device, QString* error)>;
Status writeFileAtomically(const QString& path, const DeviceWriter& writer);
Status writeFileAtomically(const QString& path, const QByteArray& data);

} // namespace descry
