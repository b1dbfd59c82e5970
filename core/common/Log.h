#pragma once

#include <QLoggingCategory>
#include <QString>

namespace descry {

Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcModel)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

// Logging policy. Patient and case data (names, paths, report text, DICOM tags) must pass through
// sensitive(): at the default level it prints only a short stable fingerprint, so logs can be shared
// with support without leaking evidence. Full values appear only when explicitly enabled.
namespace log {

enum class Level { Warning, Info, Debug };

// Installs the message format and level. Call once from main(); thread-safe afterwards.
void init(Level level = Level::Info, bool revealSensitive = false);

// Whether sensitive() prints full values (only with Debug level and the explicit reveal switch).
bool revealsSensitive();

} // namespace log

// "[redacted:1a2b3c4d]" by default; the value itself only when log::revealsSensitive().
QString sensitive(const QString& value);

} // namespace descry
