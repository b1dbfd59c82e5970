#pragma once
// Time limits of the tests that assert speed, scaled by $DESCRY_TIME_SCALE (default 1): the sanitizer suites
// (packaging/setup.sh test-asan, test-tsan) run the same assertions on code that instrumentation slows down.

#include <QString>

inline double timeBudget(double ms)
{
    bool ok = false;
    const double scale = qEnvironmentVariable("DESCRY_TIME_SCALE").toDouble(&ok);
    return ok && scale >= 1 ? ms * scale : ms;
}
