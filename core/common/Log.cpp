#include "core/common/Log.h"

#include "core/common/Hash.h"

#include <atomic>

namespace descry {

Q_LOGGING_CATEGORY(lcCore, "descry.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "descry.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "descry.ui", QtInfoMsg)

namespace {
std::atomic<bool> g_reveal{false};
}

namespace log {

void init(Level level, bool revealSensitive)
{
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));
    QString rules = QStringLiteral("descry.*.debug=%1\ndescry.*.info=%2\n")
                        .arg(level == Level::Debug ? QStringLiteral("true") : QStringLiteral("false"),
                             level == Level::Warning ? QStringLiteral("false") : QStringLiteral("true"));
    QLoggingCategory::setFilterRules(rules);
    g_reveal = revealSensitive && level == Level::Debug;
}

bool revealsSensitive()
{
    return g_reveal.load();
}

} // namespace log

QString sensitive(const QString& value)
{
    if (log::revealsSensitive())
        return value;
    return QStringLiteral("[redacted:%1]").arg(sha256Hex(value.toUtf8()).left(8));
}

} // namespace descry
