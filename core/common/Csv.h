#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace descry {

// RFC 4180 CSV text to rows: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF rows; a
// leading byte-order mark and blank rows are skipped. Input error naming `origin` when a quoted field is not closed.
// Pure; the one CSV reader of the training sets and the extraction evaluation.
Result<QList<QStringList>> parseCsv(const QString& text, const QString& origin);

} // namespace descry
