#pragma once

#include "core/casefile/UtcClock.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace descry {

// One audited event of a case: when (UTC), what (an action id), a free-text detail and who, when known; and its
// link in the case's hash chain (descry-case/3): the previous entry's hash, the digest of the case content the
// event leaves behind, and its own hash over all of these.
struct AuditEntry
{
    QDateTime utc;
    QString action; // one of AuditLog::Load, Run, ... (see AuditLog::knownActions())
    QString detail;
    QString examiner; // who did it, when known (lock, amend, committed notes); empty otherwise
    QString state;    // SHA-256 hex of the case content after the event; empty for entries migrated from /1 or /2
    QString prev;     // hash of the previous entry; 64 zeros for the first
    QString hash;     // computeHash() of the fields above

    // SHA-256 hex over (prev, utc, action, detail, state, examiner-if-any): the canonical JSON of those members.
    static QString computeHash(const QString& prev, const QDateTime& utc, const QString& action, const QString& detail,
                               const QString& state, const QString& examiner);
    // The 64 zeros the first entry follows.
    static QString chainStart();

    bool operator==(const AuditEntry& other) const = default;
};

// Append-only record of everything done to a case (load, run, what-if, note, lock, amend, export, save, open,
// blind, reveal, face), each stamped with UTC time and chained to the one before it. Value type; not thread-safe: use
// from one thread at a time.
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
    static constexpr const char* Blind = "blind";
    // The reader revealed the patient and study identifiers of an image (chest X-ray cases).
    static constexpr const char* Reveal = "reveal";
    // The examiner chose which face of a photo with several is compared (face cases).
    static constexpr const char* Face = "face";
    // The case's title, number, agency or exhibit numbers changed (face cases).
    static constexpr const char* Details = "details";
    // The examiner recorded or changed their conclusion (face cases).
    static constexpr const char* Conclusion = "conclusion";

    // Bounds a case file must respect (its reader refuses more).
    static constexpr int kMaxEntries = 100000;
    static constexpr int kMaxDetailChars = 256 * 1024;

    AuditLog() = default;
    explicit AuditLog(UtcClock clock) : m_clock(std::move(clock)) {}

    // The clock used by append(); a null clock means the system clock. Not serialised.
    void setClock(UtcClock clock) { m_clock = std::move(clock); }
    // "Now" in UTC from the clock.
    QDateTime now() const;

    // Appends an entry stamped with now() (converted to UTC; never earlier than the last entry, so that a clock set
    // back cannot make the log go backwards), chained to the last entry, and returns it. `state` is the digest of the
    // case content after the event (CaseFile supplies it).
    const AuditEntry& append(const QString& action, const QString& detail = {}, const QString& state = {},
                             const QString& examiner = {});

    const QList<AuditEntry>& entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // The hash of the last entry (chainStart() when empty): what a signature covers.
    QString headHash() const;

    // One line per entry, oldest first: "2026-11-26 01:23:45 UTC  run  detail".
    QStringList summary() const;
    // "entry 17 (note, 2026-11-26 01:23:45 UTC)": how errors and the report name an entry (1-based `index`).
    QString describe(int index) const;

    // [{"utc": "2026-11-26T01:23:45.678Z", "action": "...", "detail": "...", "examiner"?: "...", "state": "...",
    //   "prev": "...", "hash": "..."}...]
    QJsonArray toJson() const;
    // Strict: every entry an object with a valid time, a known action, a string detail (bounded), times never going
    // backwards, at most kMaxEntries. `chained` (descry-case/3) also requires state, prev and hash as hex digests and
    // checks every link (verifyChain); otherwise (/1, /2) the entries are chained afresh with an empty state.
    // `origin` names the source in errors.
    static Result<AuditLog> fromJson(const QJsonArray& array, const QString& origin, bool chained = true);
    // Checks that entry 1 starts the chain, each entry follows the one before and its hash matches its content;
    // the error names the first broken link.
    Status verifyChain(const QString& origin) const;

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
// "2026-11-26 01:23:45 UTC", as errors and reports show a time.
QString utcForHumans(const QDateTime& utc);
// True for exactly 64 lower-case hex digits (a SHA-256 as Descry writes it).
bool isSha256Hex(const QString& text);

} // namespace descry
