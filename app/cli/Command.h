#pragma once
// The one declaration of every descry-cli command: its words, summary, positionals and options. Parsing,
// validation, `descry-cli help`, `COMMAND --help`, `help --json` and the usage line of usage errors are all
// generated from it, so what the help says is exactly what the parser accepts.

#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <limits>

namespace descry::cli {

// What an option takes: nothing (a flag), any text, one of a fixed set, an integer or a real number.
enum class ValueKind { Flag, Text, Choice, Integer, Number };

// One `--name [VALUE]` option of a command.
struct Option
{
    QString name;      // without the leading "--"
    QString valueName; // "DIR", "N"...; empty for a flag
    QString help;      // translated one-line description
    ValueKind kind = ValueKind::Flag;
    QStringList choices;                                   // Choice: the allowed values
    qint64 intMin = 0, intMax = 0;                         // Integer: allowed range
    double min = -std::numeric_limits<double>::infinity(); // Number: allowed range
    double max = std::numeric_limits<double>::infinity();
    bool minExclusive = false; // Number: value must be > min (not >= min)
    QString defaultValue;      // shown in the help; ParsedArgs::value() when the option is absent
    bool repeatable = false;
    bool required = false;
    bool emptyAllowed = false; // Text: an empty value is meant (e.g. the empty text `embed --text ""` encodes)

    static Option flag(const QString& name, const QString& help);
    static Option text(const QString& name, const QString& valueName, const QString& help);
    // The value must be one of `choices`; usage and help show them as "a|b|c".
    static Option choice(const QString& name, const QStringList& choices, const QString& help);
    // An integer in [min, max].
    static Option integer(const QString& name, const QString& valueName, const QString& help, qint64 min,
                          qint64 max = std::numeric_limits<int>::max());
    // A real number >= min (> min when minExclusive) and <= max, finite in single precision.
    static Option number(const QString& name, const QString& valueName, const QString& help, double min,
                         double max = std::numeric_limits<double>::infinity(), bool minExclusive = false);

    // Builder steps, for declarations written as one expression.
    Option withDefault(const QString& value) const;
    Option repeated() const;
    Option mandatory() const;
    Option allowingEmpty() const;

    bool takesValue() const { return kind != ValueKind::Flag; }
    // "--epochs N", "--loss adaface|arcface|cosface", "--json"
    QString synopsis() const;
    // The help line with the accepted values, the default and "(required)"/"(repeatable)", as the help shows it.
    QString description() const;
    // Translated description of the accepted values ("one of adaface, arcface, cosface", "a number > 0").
    QString valueDescription() const;
    // Empty when `value` is acceptable; otherwise the translated reason, naming the option and what it accepts.
    QString check(const QString& value) const;
};

// A positional argument.
struct Positional
{
    QString name; // "PROBE"
    QString help;
    bool optional = false;
    bool repeatable = false; // takes all remaining positionals (last positional only)
};

class Command;

// The validated arguments of one invocation. Reading an option the command did not declare is a programming
// error and aborts, so uses cannot drift from the declaration either.
class ParsedArgs
{
public:
    bool isSet(const QString& option) const;
    // The last value given, or the declared default.
    QString value(const QString& option) const;
    QStringList values(const QString& option) const;
    const QStringList& positionals() const { return m_positionals; }
    QString positional(qsizetype i) const { return m_positionals.value(i); }
    // The arguments as given after the command's words (for provenance records).
    const QStringList& arguments() const { return m_arguments; }
    // A Usage error of this command (for checks that go beyond the declaration), with its usage line.
    Error usageError(const QString& message) const;

    // Typed reads of a validated option: `*out` is only assigned when the option was given.
    void read(const QString& option, QString* out) const;
    void read(const QString& option, int* out) const;
    void read(const QString& option, uint64_t* out) const;
    void read(const QString& option, float* out) const;
    void read(const QString& option, double* out) const;

private:
    friend class Command;
    const Option& declared(const QString& name) const;
    const Command* m_command = nullptr;
    QMap<QString, QStringList> m_values; // given options (flags map to an empty list entry)
    QStringList m_positionals;
    QStringList m_arguments;
    bool m_help = false;
};

// One command ("doctor") or subcommand ("pack info"): its declaration and what runs it.
class Command
{
public:
    QStringList words; // {"pack", "info"}
    QString summary;   // translated one-line description
    QList<Positional> positionals;
    QList<Option> options; // --help is implied and not listed here
    std::function<ExitCode(const ParsedArgs&)> run;
    QString program = QStringLiteral("descry-cli"); // the executable ("descry" for the desktop application's)

    QString name() const { return words.join(QLatin1Char(' ')); }
    // "pack info"; the program for a command line without command words (the desktop application's).
    QString displayName() const { return words.isEmpty() ? program : name(); }
    // The declared options followed by the implied --help.
    QList<Option> allOptions() const;
    const Option* option(const QString& name) const;

    // "descry-cli compare PROBE REFERENCE [--pack P] [--json]"; "descry [CASE] [--probe FILE] ..."
    QString usage() const;
    // Usage, summary, positionals and every option with its values and default.
    QString help() const;
    QJsonObject toJson() const;

    // Unknown options, missing values, invalid choices and numbers, wrong positional counts and missing required
    // options are Usage errors whose message names the command and ends with its usage line. `--help` anywhere
    // skips the positional and required checks (helpRequested() then tells the caller to print help()).
    Result<ParsedArgs> parse(const QStringList& args) const;
    static bool helpRequested(const ParsedArgs& args) { return args.m_help; }

    // A Usage error "NAME: message (usage: …)".
    Error usageError(const QString& message) const;

private:
    Result<ParsedArgs> parseTokens(const QStringList& args) const;
    Status checkCounts(const ParsedArgs& parsed) const;
};

} // namespace descry::cli
