#include "core/face/pipeline/PairsCsv.h"

#include "core/common/Tr.h"
#include "core/common/WholeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace descry {

namespace {

// The header: the first line that is neither blank nor a comment, when its 'same' column is not 0 or 1.
bool parseRow(const QString& line, int lineNo, const QDir& base, PairRow* row, bool* bad)
{
    const QStringList cols = line.split(QLatin1Char(','));
    *bad = cols.size() != 3;
    if (*bad)
        return false;
    bool ok = false;
    const int same = cols[2].trimmed().toInt(&ok);
    if (!ok || (same != 0 && same != 1))
        return false;
    *row = PairRow{base.absoluteFilePath(cols[0].trimmed()), base.absoluteFilePath(cols[1].trimmed()), same, lineNo};
    return true;
}

} // namespace

Result<QList<PairRow>> readPairsCsv(const QString& path, const QString& root)
{
    if (auto size = checkRegularFile(path, kMaxListFileBytes); !size)
        return size.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(ErrorCode::Input, Tr::tr("cannot open for reading (%1)").arg(f.errorString()), path);
    const QDir base(root.isEmpty() ? QFileInfo(path).absolutePath() : root);
    QList<PairRow> rows;
    bool seenContent = false;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (lineNo == 1 && line.startsWith(QChar(0xFEFF)))
            line = line.mid(1).trimmed(); // a byte-order mark from a spreadsheet export
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const bool first = !seenContent;
        seenContent = true;
        PairRow row;
        bool bad = false;
        if (parseRow(line, lineNo, base, &row, &bad)) {
            rows << row;
            continue;
        }
        if (bad)
            return Error(ErrorCode::Input, Tr::tr("line %1: expected 'path1,path2,same'").arg(lineNo), path);
        if (!first)
            return Error(ErrorCode::Input, Tr::tr("line %1: 'same' must be 0 or 1").arg(lineNo), path);
    }
    if (f.error() != QFileDevice::NoError)
        return Error(ErrorCode::Input, Tr::tr("read error (%1)").arg(f.errorString()), path);
    if (rows.isEmpty())
        return Error(ErrorCode::Input, Tr::tr("no pairs found"), path);
    return rows;
}

QStringList distinctImages(const QList<PairRow>& rows)
{
    QStringList images;
    QSet<QString> seen;
    seen.reserve(rows.size() * 2);
    for (const PairRow& r : rows) {
        for (const QString* p : {&r.a, &r.b}) {
            if (!seen.contains(*p)) {
                seen.insert(*p);
                images << *p;
            }
        }
    }
    return images;
}

} // namespace descry
