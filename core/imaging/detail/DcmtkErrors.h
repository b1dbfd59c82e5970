#pragma once

// Private to core/imaging: the one place DCMTK and OpenJPEG failures become descry::Error, and where DCMTK is made
// ready (codecs registered, logger silenced) before any use.

#include <dcmtk/config/osconfig.h>
#include <dcmtk/ofstd/ofcond.h>

#include "core/common/Error.h"

#include <QString>

namespace descry::detail {

// Registers DCMTK's JPEG, JPEG-LS and RLE decoders and turns its logger off (nothing on stderr), once per
// process; safe to call from any thread, cheap after the first call. Call before touching any DCMTK object.
void initialiseDcmtk();

// Whether DCMTK's data dictionary is loaded (without it implicit-VR files cannot be parsed).
bool dcmtkDictionaryLoaded();

// Whether a DCMTK read failure means the data ended before what it announced (a truncated file).
bool isTruncation(const OFCondition& condition);

// A DCMTK failure as an error naming `file`: "`what`: <DCMTK's reason>" (one line). Truncation gets its own words.
Error dcmtkError(const OFCondition& condition, const QString& what, const QString& file,
                 ErrorCode code = ErrorCode::Input);

// An OpenJPEG failure (its collected error messages, possibly several lines) as one-line error naming `file`.
Error openJpegError(const QString& what, const QString& messages, const QString& file,
                    ErrorCode code = ErrorCode::Input);

} // namespace descry::detail
