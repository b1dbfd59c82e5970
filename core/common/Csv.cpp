#include "core/common/Csv.h"

#include "core/common/Tr.h"

namespace descry {

Result<QList<QStringList>> parseCsv(const QString& text, const QString& origin)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, any = false; // `any`: the row has a separator or a quoted field (not blank)
    const qsizetype start = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = any = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty())
                rows << (row << field);
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
        }
    }
    if (quoted)
        return Error(ErrorCode::Input, Tr::tr("a quoted CSV field is not closed"), origin);
    if (any || !field.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace descry
