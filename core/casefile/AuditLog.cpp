#include "core/casefile/AuditLog.h"
#include "core/common/Tr.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace descry {

QString utcToIso(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime utcFromIso(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime AuditLog::now() const
{
    const QDateTime t = m_clock ? m_clock() : systemUtcNow();
    return t.toUTC();
}

const AuditEntry& AuditLog::append(const QString& action, const QString& detail)
{
    m_entries.append(AuditEntry{now(), action, detail});
    return m_entries.constLast();
}

QStringList AuditLog::summary() const
{
    QStringList lines;
    lines.reserve(m_entries.size());
    for (const AuditEntry& e : m_entries) {
        QString line = Tr::tr("%1 UTC  %2").arg(e.utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.action);
        if (!e.detail.isEmpty())
            line += QStringLiteral("  ") + e.detail.simplified();
        lines << line;
    }
    return lines;
}

QJsonArray AuditLog::toJson() const
{
    QJsonArray array;
    for (const AuditEntry& e : m_entries)
        array.append(QJsonObject{{QStringLiteral("utc"), utcToIso(e.utc)},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("detail"), e.detail}});
    return array;
}

Result<AuditLog> AuditLog::fromJson(const QJsonArray& array, const QString& origin)
{
    AuditLog log;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QDateTime utc = utcFromIso(o.value(QStringLiteral("utc")).toString());
        const QString action = o.value(QStringLiteral("action")).toString();
        if (!array.at(i).isObject() || !utc.isValid() || action.isEmpty() ||
            !o.value(QStringLiteral("detail")).isString())
            return Error(ErrorCode::Input, Tr::tr("audit entry %1 is malformed (needs utc, action, detail)").arg(i + 1),
                         origin);
        log.m_entries.append(AuditEntry{utc, action, o.value(QStringLiteral("detail")).toString()});
    }
    return log;
}

QStringList AuditLog::knownActions()
{
    return {QLatin1String(Load),   QLatin1String(Run),  QLatin1String(WhatIf),
            QLatin1String(Note),   QLatin1String(Lock), QLatin1String(Amend),
            QLatin1String(Export), QLatin1String(Save), QLatin1String(Open)};
}

} // namespace descry
