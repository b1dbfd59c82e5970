#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace descry::cli {

// Minimal option parser for one command: --flag, --name VALUE (repeatable), positionals.
class ArgParser
{
public:
    ArgParser(QString command, QSet<QString> flags, QSet<QString> valued)
        : m_command(std::move(command)), m_flags(std::move(flags)), m_valued(std::move(valued))
    {
    }

    // False with error() set on an unknown option or a missing value.
    bool parse(const QStringList& args);
    QString error() const { return m_error; }

    bool isSet(const QString& name) const { return m_set.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const;
    QStringList values(const QString& name) const { return m_values.value(name); }
    const QStringList& positional() const { return m_positional; }

private:
    QString m_command;
    QSet<QString> m_flags, m_valued, m_set;
    QMap<QString, QStringList> m_values;
    QStringList m_positional;
    QString m_error;
};

} // namespace descry::cli
