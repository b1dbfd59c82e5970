#pragma once
// Private to core/imaging: the one adapter between DCMTK's status values and descry's Error, and DCMTK's
// process-wide set-up. Includes DCMTK headers: never include it from a public header.

#include "core/common/Error.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/ofstd/ofcond.h>

#include <QString>

namespace descry::detail {

// Once per process, thread-safe: DCMTK's logger silenced (nothing on stderr) and its decoders (JPEG, JPEG-LS,
// RLE) registered. Call before any DCMTK file access.
void initialiseDcmtk();

// An Input error naming `file`: `what` (translated, what was being done or found) with DCMTK's reason in plain
// words, one line.
Error dcmtkError(const OFCondition& condition, const QString& file, const QString& what);

} // namespace descry::detail
