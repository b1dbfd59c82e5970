#include "cli/ArgParser.h"

#include <QCoreApplication>

namespace descry::cli {

bool ArgParser::parse(const QStringList& args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a.startsWith(QLatin1String("--"))) {
            const QString name = a.mid(2);
            if (m_flags.contains(name)) {
                m_set.insert(name);
            } else if (m_valued.contains(name)) {
                if (i + 1 >= args.size()) {
                    m_error = QCoreApplication::translate("descry-cli", "%1: option '%2' needs a value").arg(m_command, a);
                    return false;
                }
                m_set.insert(name);
                m_values[name] << args[++i];
            } else {
                m_error = QCoreApplication::translate("descry-cli", "%1: unknown option '%2'").arg(m_command, a);
                return false;
            }
        } else {
            m_positional << a;
        }
    }
    return true;
}

QString ArgParser::value(const QString& name, const QString& fallback) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? fallback : v.last();
}

} // namespace descry::cli
