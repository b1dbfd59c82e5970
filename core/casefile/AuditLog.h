#pragma once

#include "core/casefile/UtcClock.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace descry {

// One audited event of a case: when (UTC), what (an action id) and a free-text detail.
struct AuditEntry
{
    QDateTime utc;
    QString action; // one of AuditLog::Load, Run, ... (see AuditLog::knownActions())
    QString detail;

    bool operator==(const AuditEntry& other) const = default;
};

// Append-only record of everything done to a case (load, run, what-if, note, lock, amend, export, save,
// open), each stamped with UTC time. Value type; not thread-safe: use from one thread at a time.
class AuditLog
{
public:
    static constexpr const char* Load = "load";
    static constexpr const char* Run = "run";
    static constexpr const char* WhatIf = "what-if";
    static constexpr const char* Note = "note";
    static constexpr const char* Lock = "lock";
    static constexpr const char* Amend = "amend";
    static constexpr const char* Export = "export";
    static constexpr const char* Save = "save";
    static constexpr const char* Open = "open";

    AuditLog() = default;
    explicit AuditLog(UtcClock clock) : m_clock(std::move(clock)) {}

    // The clock used by append(); a null clock means the system clock. Not serialised.
    void setClock(UtcClock clock) { m_clock = std::move(clock); }
    // "Now" in UTC from the clock.
    QDateTime now() const;

    // Appends an entry stamped with now() (converted to UTC) and returns it.
    const AuditEntry& append(const QString& action, const QString& detail = {});

    const QList<AuditEntry>& entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // One line per entry, oldest first: "2026-11-26 01:23:45 UTC  run  detail".
    QStringList summary() const;

    // [{"utc": "2026-11-26T01:23:45.678Z", "action": "...", "detail": "..."}...]
    QJsonArray toJson() const;
    // Rejects entries with a missing/invalid time or an empty action; `origin` names the source in errors.
    static Result<AuditLog> fromJson(const QJsonArray& array, const QString& origin);

    static QStringList knownActions();

    // Entries only; the clock is not compared.
    bool operator==(const AuditLog& other) const { return m_entries == other.m_entries; }

private:
    QList<AuditEntry> m_entries;
    UtcClock m_clock;
};

// Shared by the case file formats: ISO 8601 UTC with milliseconds, and its strict parser (invalid on error).
QString utcToIso(const QDateTime& utc);
QDateTime utcFromIso(const QString& text);

} // namespace descry
