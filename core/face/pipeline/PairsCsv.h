#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace descry {

// One line of a pairs file: two image paths and whether they show the same person.
struct PairRow
{
    QString a;
    QString b;
    int same = 0;
    int line = 0; // 1-based line in the pairs file; 0 when the row did not come from one
};

// Reads "path1,path2,same(0/1)" lines; blank lines and '#' comments are skipped anywhere, and the first other line
// is a header when its third column is not 0 or 1. Relative paths are resolved against `root` (default: the CSV's
// folder). Input error naming the file: over kMaxListFileBytes, a folder, unreadable, or the line number of a
// malformed line.
Result<QList<PairRow>> readPairsCsv(const QString& path, const QString& root = {});

// The distinct image paths of `rows` in first-seen order; linear in the rows (a hash set).
QStringList distinctImages(const QList<PairRow>& rows);

} // namespace descry
