#pragma once

#include <QtGlobal>

namespace descry::diagnostics {

// The resident set size of this process in bytes (Linux /proc/self/statm); 0 when it cannot be read.
qint64 residentBytes();

} // namespace descry::diagnostics
