#pragma once

#include <QDateTime>

#include <functional>

namespace descry {

// Source of "now" for audit entries and note timestamps; injectable so tests get fixed, ordered times.
// Must return a valid QDateTime; callers convert it to UTC.
using UtcClock = std::function<QDateTime()>;

// The wall clock in UTC (millisecond precision).
inline QDateTime systemUtcNow()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace descry
