#include "core/casefile/AuditLog.h"
#include "core/common/Tr.h"

#include "core/common/Hash.h"
#include "core/common/Json.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

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

QString utcForHumans(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

bool isSha256Hex(const QString& text)
{
    return text.size() == 64 &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

QString AuditEntry::chainStart()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditEntry::computeHash(const QString& prev, const QDateTime& utc, const QString& action, const QString& detail,
                                const QString& state, const QString& examiner)
{
    QJsonObject o{{QStringLiteral("prev"), prev},
                  {QStringLiteral("utc"), utcToIso(utc)},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("detail"), detail},
                  {QStringLiteral("state"), state}};
    if (!examiner.isEmpty())
        o.insert(QStringLiteral("examiner"), examiner);
    return sha256Hex(json::canonical(o));
}

QDateTime AuditLog::now() const
{
    const QDateTime t = m_clock ? m_clock() : systemUtcNow();
    return t.toUTC();
}

const AuditEntry& AuditLog::append(const QString& action, const QString& detail, const QString& state,
                                   const QString& examiner)
{
    QDateTime utc = now();
    if (!m_entries.isEmpty() && utc < m_entries.constLast().utc)
        utc = m_entries.constLast().utc;
    AuditEntry e{utc, action, detail, examiner, state, headHash(), {}};
    e.hash = AuditEntry::computeHash(e.prev, e.utc, e.action, e.detail, e.state, e.examiner);
    m_entries.append(e);
    return m_entries.constLast();
}

QString AuditLog::headHash() const
{
    return m_entries.isEmpty() ? AuditEntry::chainStart() : m_entries.constLast().hash;
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

QString AuditLog::describe(int index) const
{
    const AuditEntry& e = m_entries.at(index - 1);
    return Tr::tr("entry %1 (%2, %3)").arg(index).arg(e.action, utcForHumans(e.utc));
}

QJsonArray AuditLog::toJson() const
{
    QJsonArray array;
    for (const AuditEntry& e : m_entries) {
        QJsonObject o{{QStringLiteral("utc"), utcToIso(e.utc)}, {QStringLiteral("action"), e.action},
                      {QStringLiteral("detail"), e.detail},     {QStringLiteral("state"), e.state},
                      {QStringLiteral("prev"), e.prev},         {QStringLiteral("hash"), e.hash}};
        if (!e.examiner.isEmpty())
            o.insert(QStringLiteral("examiner"), e.examiner);
        array.append(o);
    }
    return array;
}

namespace {

// One entry's own members, checked one by one so that the error names the member; the chain is checked later.
Result<AuditEntry> entryFromJson(const QJsonValue& value, int number, bool chained, const QString& origin)
{
    const auto bad = [&](const QString& why) {
        return Error(ErrorCode::Input, Tr::tr("audit entry %1: %2").arg(number).arg(why), origin);
    };
    if (!value.isObject())
        return bad(Tr::tr("must be an object"));
    const QJsonObject o = value.toObject();
    // The hash covers these members only: anything else would be unchained text in the log.
    static const QStringList known{QStringLiteral("utc"),      QStringLiteral("action"), QStringLiteral("detail"),
                                   QStringLiteral("examiner"), QStringLiteral("prev"),   QStringLiteral("state"),
                                   QStringLiteral("hash")};
    for (const QString& key : o.keys())
        if (!known.contains(key))
            return bad(Tr::tr("unknown member '%1'").arg(key.left(80)));
    AuditEntry e;
    e.utc = utcFromIso(o.value(QStringLiteral("utc")).toString());
    e.action = o.value(QStringLiteral("action")).toString();
    if (!e.utc.isValid())
        return bad(Tr::tr("member 'utc' must be an ISO 8601 UTC time"));
    if (!AuditLog::knownActions().contains(e.action))
        return bad(Tr::tr("member 'action' is '%1', which is not an action Descry records").arg(e.action));
    if (!o.value(QStringLiteral("detail")).isString())
        return bad(Tr::tr("member 'detail' must be a string"));
    e.detail = o.value(QStringLiteral("detail")).toString();
    if (e.detail.size() > AuditLog::kMaxDetailChars)
        return bad(Tr::tr("member 'detail' is longer than %1 characters").arg(AuditLog::kMaxDetailChars));
    const QJsonValue examiner = o.value(QStringLiteral("examiner"));
    if (!examiner.isUndefined() && (!examiner.isString() || examiner.toString().size() > 1000))
        return bad(Tr::tr("member 'examiner' must be a name of at most 1000 characters"));
    e.examiner = examiner.toString();
    if (!chained)
        return e;
    e.state = o.value(QStringLiteral("state")).toString();
    e.prev = o.value(QStringLiteral("prev")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    if (!o.value(QStringLiteral("state")).isString() || (!e.state.isEmpty() && !isSha256Hex(e.state)))
        return bad(Tr::tr("member 'state' must be a SHA-256 (64 lower-case hex digits)"));
    if (!isSha256Hex(e.prev))
        return bad(Tr::tr("member 'prev' must be a SHA-256 (64 lower-case hex digits)"));
    if (!isSha256Hex(e.hash))
        return bad(Tr::tr("member 'hash' must be a SHA-256 (64 lower-case hex digits)"));
    return e;
}

} // namespace

Result<AuditLog> AuditLog::fromJson(const QJsonArray& array, const QString& origin, bool chained)
{
    if (array.size() > kMaxEntries)
        return Error(
            ErrorCode::Input,
            Tr::tr("member 'audit' has %1 entries, more than the limit of %2").arg(array.size()).arg(kMaxEntries),
            origin);
    AuditLog log;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<AuditEntry> e = entryFromJson(array.at(i), int(i + 1), chained, origin);
        if (!e)
            return e.error();
        if (!chained) {
            // Migrated from a format without a chain: linked now, with no content digest to commit to.
            e->prev = log.headHash();
            e->hash = AuditEntry::computeHash(e->prev, e->utc, e->action, e->detail, e->state, e->examiner);
        }
        log.m_entries.append(*e);
    }
    // The chain first: an entry moved, removed or inserted is named as such, not as a time out of order.
    if (chained)
        if (Status s = log.verifyChain(origin); !s)
            return s.error();
    for (int i = 1; i < log.size(); ++i)
        if (log.m_entries.at(i).utc < log.m_entries.at(i - 1).utc)
            return Error(ErrorCode::Input,
                         Tr::tr("audit %1 is dated before the entry above it: times in the log never go backwards")
                             .arg(log.describe(i + 1)),
                         origin);
    return log;
}

Status AuditLog::verifyChain(const QString& origin) const
{
    QString expectedPrev = AuditEntry::chainStart();
    for (int i = 0; i < m_entries.size(); ++i) {
        const AuditEntry& e = m_entries.at(i);
        if (e.prev != expectedPrev) {
            const QString message =
                i == 0 ? Tr::tr("audit %1 does not start the log: the log was edited, entries removed, reordered or "
                                "inserted")
                             .arg(describe(1))
                       : Tr::tr("audit %1 does not follow entry %2: the log was edited, entries removed, reordered "
                                "or inserted")
                             .arg(describe(i + 1))
                             .arg(i);
            return Error(ErrorCode::Input, message, origin);
        }
        if (AuditEntry::computeHash(e.prev, e.utc, e.action, e.detail, e.state, e.examiner) != e.hash)
            return Error(ErrorCode::Input,
                         Tr::tr("audit %1 was edited after it was recorded: its hash does not match its content")
                             .arg(describe(i + 1)),
                         origin);
        expectedPrev = e.hash;
    }
    return {};
}

QStringList AuditLog::knownActions()
{
    return {QLatin1String(Load),    QLatin1String(Run),       QLatin1String(WhatIf), QLatin1String(Note),
            QLatin1String(Lock),    QLatin1String(Amend),     QLatin1String(Export), QLatin1String(Save),
            QLatin1String(Open),    QLatin1String(Blind),     QLatin1String(Reveal), QLatin1String(Face),
            QLatin1String(Details), QLatin1String(Conclusion)};
}

} // namespace descry
