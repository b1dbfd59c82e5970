#include "app/cli/Command.h"

#include "core/common/Tr.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace descry::cli {

namespace {

constexpr qsizetype kHelpColumn = 26; // where option and argument descriptions start

const Option& helpOption()
{
    static const Option help = Option::flag(QStringLiteral("help"), Tr::tr("show this help and exit"));
    return help;
}

bool isHelpToken(const QString& a)
{
    return a == QLatin1String("--help") || a == QLatin1String("-h");
}

QString numberText(double v)
{
    return QString::number(v, 'g', 12);
}

// "  SYNOPSIS        description", wrapping after a synopsis too wide for the column.
QString helpLine(const QString& synopsis, const QString& description)
{
    const QString left = QStringLiteral("  ") + synopsis;
    if (left.size() + 2 > kHelpColumn)
        return left + QLatin1Char('\n') + QString(kHelpColumn, QLatin1Char(' ')) + description + QLatin1Char('\n');
    return left.leftJustified(kHelpColumn) + description + QLatin1Char('\n');
}

QString optionDescription(const Option& o)
{
    QString d = o.help;
    const QString values = o.valueDescription();
    if (!values.isEmpty() && o.kind != ValueKind::Choice)
        d += Tr::tr("; %1").arg(values);
    if (!o.defaultValue.isEmpty())
        d += Tr::tr(" (default: %1)").arg(o.defaultValue);
    if (o.required)
        d += Tr::tr(" (required)");
    if (o.repeatable)
        d += Tr::tr(" (repeatable)");
    return d;
}

} // namespace

QString Option::description() const
{
    return optionDescription(*this);
}

namespace {

QString positionalSynopsis(const Positional& p)
{
    const QString s = p.repeatable ? p.name + QStringLiteral("...") : p.name;
    return p.optional ? QStringLiteral("[%1]").arg(s) : s;
}

QString optionUsage(const Option& o)
{
    if (o.required && o.repeatable)
        return QStringLiteral("%1 [%1]...").arg(o.synopsis());
    if (o.required)
        return o.synopsis();
    return o.repeatable ? QStringLiteral("[%1]...").arg(o.synopsis()) : QStringLiteral("[%1]").arg(o.synopsis());
}

QString kindId(ValueKind k)
{
    switch (k) {
    case ValueKind::Flag:
        return QStringLiteral("flag");
    case ValueKind::Text:
        return QStringLiteral("text");
    case ValueKind::Choice:
        return QStringLiteral("choice");
    case ValueKind::Integer:
        return QStringLiteral("integer");
    case ValueKind::Number:
        return QStringLiteral("number");
    }
    return {};
}

QJsonObject optionJson(const Option& o)
{
    QJsonObject j{{QStringLiteral("name"), o.name},
                  {QStringLiteral("kind"), kindId(o.kind)},
                  {QStringLiteral("help"), o.help},
                  {QStringLiteral("repeatable"), o.repeatable},
                  {QStringLiteral("required"), o.required}};
    if (o.takesValue())
        j.insert(QStringLiteral("value"), o.kind == ValueKind::Choice ? o.choices.join(QLatin1Char('|')) : o.valueName);
    if (o.kind == ValueKind::Choice)
        j.insert(QStringLiteral("choices"), QJsonArray::fromStringList(o.choices));
    if (o.kind == ValueKind::Integer) {
        j.insert(QStringLiteral("min"), double(o.intMin));
        j.insert(QStringLiteral("max"), double(o.intMax));
    }
    if (o.kind == ValueKind::Number && std::isfinite(o.min))
        j.insert(QStringLiteral("min"), o.min);
    if (o.kind == ValueKind::Number && std::isfinite(o.max))
        j.insert(QStringLiteral("max"), o.max);
    if (o.minExclusive)
        j.insert(QStringLiteral("min_exclusive"), true);
    if (!o.defaultValue.isEmpty())
        j.insert(QStringLiteral("default"), o.defaultValue);
    return j;
}

} // namespace

// ---- Option ----

Option Option::flag(const QString& name, const QString& help)
{
    Option o;
    o.name = name;
    o.help = help;
    return o;
}

Option Option::text(const QString& name, const QString& valueName, const QString& help)
{
    Option o = flag(name, help);
    o.valueName = valueName;
    o.kind = ValueKind::Text;
    return o;
}

Option Option::choice(const QString& name, const QStringList& choices, const QString& help)
{
    Option o = text(name, choices.join(QLatin1Char('|')), help);
    o.kind = ValueKind::Choice;
    o.choices = choices;
    return o;
}

Option Option::integer(const QString& name, const QString& valueName, const QString& help, qint64 min, qint64 max)
{
    Option o = text(name, valueName, help);
    o.kind = ValueKind::Integer;
    o.intMin = min;
    o.intMax = max;
    return o;
}

Option Option::number(const QString& name, const QString& valueName, const QString& help, double min, double max,
                      bool minExclusive)
{
    Option o = text(name, valueName, help);
    o.kind = ValueKind::Number;
    o.min = min;
    o.max = max;
    o.minExclusive = minExclusive;
    return o;
}

Option Option::withDefault(const QString& value) const
{
    Option o = *this;
    o.defaultValue = value;
    return o;
}

Option Option::repeated() const
{
    Option o = *this;
    o.repeatable = true;
    return o;
}

Option Option::mandatory() const
{
    Option o = *this;
    o.required = true;
    return o;
}

Option Option::allowingEmpty() const
{
    Option o = *this;
    o.emptyAllowed = true;
    return o;
}

QString Option::synopsis() const
{
    return takesValue() ? QStringLiteral("--%1 %2").arg(name, valueName) : QStringLiteral("--%1").arg(name);
}

QString Option::valueDescription() const
{
    const bool bounded = std::isfinite(max);
    switch (kind) {
    case ValueKind::Flag:
    case ValueKind::Text:
        return {};
    case ValueKind::Choice:
        return Tr::tr("one of %1").arg(choices.join(QStringLiteral(", ")));
    case ValueKind::Integer:
        return Tr::tr("an integer from %1 to %2").arg(intMin).arg(intMax);
    case ValueKind::Number:
        if (minExclusive)
            return bounded ? Tr::tr("a number > %1 and <= %2").arg(numberText(min), numberText(max))
                           : Tr::tr("a number > %1").arg(numberText(min));
        return bounded ? Tr::tr("a number from %1 to %2").arg(numberText(min), numberText(max))
                       : Tr::tr("a number >= %1").arg(numberText(min));
    }
    return {};
}

QString Option::check(const QString& value) const
{
    bool ok = true;
    switch (kind) {
    case ValueKind::Flag:
    case ValueKind::Text:
        return {};
    case ValueKind::Choice:
        ok = choices.contains(value);
        break;
    case ValueKind::Integer: {
        const qint64 v = value.toLongLong(&ok);
        ok = ok && v >= intMin && v <= intMax;
        break;
    }
    case ValueKind::Number: {
        const double v = value.toDouble(&ok);
        ok = ok && std::isfinite(v) && std::abs(v) <= double(std::numeric_limits<float>::max()) &&
             (minExclusive ? v > min : v >= min) && v <= max;
        break;
    }
    }
    return ok ? QString() : Tr::tr("--%1 must be %2, not '%3'").arg(name, valueDescription(), value);
}

// ---- ParsedArgs ----

const Option& ParsedArgs::declared(const QString& name) const
{
    const Option* o = m_command ? m_command->option(name) : nullptr;
    if (!o) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("descry-cli: internal error: option --%1 is not declared").arg(name)));
        std::abort();
    }
    return *o;
}

bool ParsedArgs::isSet(const QString& option) const
{
    declared(option);
    return m_values.contains(option);
}

QString ParsedArgs::value(const QString& option) const
{
    const Option& o = declared(option);
    const QStringList v = m_values.value(option);
    return v.isEmpty() ? o.defaultValue : v.last();
}

QStringList ParsedArgs::values(const QString& option) const
{
    declared(option);
    return m_values.value(option);
}

Error ParsedArgs::usageError(const QString& message) const
{
    return m_command->usageError(message);
}

void ParsedArgs::read(const QString& option, QString* out) const
{
    if (isSet(option))
        *out = value(option);
}

// The parser validated the text against the declared kind and range; a failing conversion here means the
// declaration promises more than the field can hold.
template <typename T, typename Convert>
static void readConverted(const ParsedArgs& args, const QString& option, T* out, Convert convert)
{
    if (!args.isSet(option))
        return;
    bool ok = false;
    const T v = convert(args.value(option), &ok);
    if (!ok) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(Tr::tr("descry-cli: internal error: --%1's declared range exceeds its type").arg(option)));
        std::abort();
    }
    *out = v;
}

void ParsedArgs::read(const QString& option, int* out) const
{
    readConverted(*this, option, out, [](const QString& s, bool* ok) { return s.toInt(ok); });
}

void ParsedArgs::read(const QString& option, uint64_t* out) const
{
    readConverted(*this, option, out, [](const QString& s, bool* ok) { return uint64_t(s.toULongLong(ok)); });
}

void ParsedArgs::read(const QString& option, float* out) const
{
    readConverted(*this, option, out, [](const QString& s, bool* ok) { return s.toFloat(ok); });
}

void ParsedArgs::read(const QString& option, double* out) const
{
    readConverted(*this, option, out, [](const QString& s, bool* ok) { return s.toDouble(ok); });
}

// ---- Command ----

QList<Option> Command::allOptions() const
{
    return options + QList<Option>{helpOption()};
}

const Option* Command::option(const QString& name) const
{
    for (const Option& o : options)
        if (o.name == name)
            return &o;
    return name == helpOption().name ? &helpOption() : nullptr;
}

QString Command::usage() const
{
    QStringList parts{program};
    if (!words.isEmpty())
        parts << name();
    for (const Positional& p : positionals)
        parts << positionalSynopsis(p);
    for (const Option& o : options)
        parts << optionUsage(o);
    return parts.join(QLatin1Char(' '));
}

QString Command::help() const
{
    QString s = Tr::tr("usage: %1\n").arg(usage());
    s += QLatin1Char('\n') + summary + QLatin1Char('\n');
    if (!positionals.isEmpty()) {
        s += Tr::tr("\narguments:\n");
        for (const Positional& p : positionals)
            s += helpLine(p.name, p.help);
    }
    s += Tr::tr("\noptions:\n");
    for (const Option& o : options)
        s += helpLine(o.synopsis(), optionDescription(o));
    s += helpLine(QStringLiteral("-h, ") + helpOption().synopsis(), helpOption().help);
    return s;
}

QJsonObject Command::toJson() const
{
    QJsonArray args, opts;
    for (const Positional& p : positionals)
        args.append(QJsonObject{{QStringLiteral("name"), p.name},
                                {QStringLiteral("help"), p.help},
                                {QStringLiteral("optional"), p.optional},
                                {QStringLiteral("repeatable"), p.repeatable}});
    for (const Option& o : allOptions())
        opts.append(optionJson(o));
    return {{QStringLiteral("name"), name()},      {QStringLiteral("words"), QJsonArray::fromStringList(words)},
            {QStringLiteral("summary"), summary},  {QStringLiteral("usage"), usage()},
            {QStringLiteral("positionals"), args}, {QStringLiteral("options"), opts}};
}

Error Command::usageError(const QString& message) const
{
    return Error(ErrorCode::Usage, Tr::tr("%1: %2 (usage: %3)").arg(displayName(), message, usage()));
}

Result<ParsedArgs> Command::parseTokens(const QStringList& args) const
{
    ParsedArgs parsed;
    parsed.m_command = this;
    parsed.m_arguments = args;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (onlyPositionals || a == QLatin1String("-") || !a.startsWith(QLatin1Char('-'))) {
            parsed.m_positionals << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (isHelpToken(a)) {
            parsed.m_help = true;
            continue;
        }
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        const QString name = a.mid(2, eq < 0 ? -1 : eq - 2);
        const Option* o = a.startsWith(QLatin1String("--")) ? option(name) : nullptr;
        if (!o)
            return usageError(Tr::tr("unknown option '%1'").arg(eq < 0 ? a : a.left(eq)));
        if (!o->takesValue()) {
            if (eq >= 0)
                return usageError(Tr::tr("option '--%1' takes no value").arg(name));
            parsed.m_values.insert(name, {});
            continue;
        }
        if (eq < 0 && (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))))
            return usageError(Tr::tr("option '--%1' needs a value (%2)").arg(name, o->valueName));
        const QString value = eq < 0 ? args[++i] : a.mid(eq + 1);
        // An empty value is never meant (a shell variable that was not set): `--report ""` must not fall back to
        // some default file, nor reach a writer as an empty path.
        if (value.trimmed().isEmpty() && !o->emptyAllowed)
            return usageError(Tr::tr("option '--%1' needs a value (%2), not an empty one").arg(name, o->valueName));
        if (const QString problem = o->check(value); !problem.isEmpty())
            return usageError(problem);
        if (parsed.m_values.contains(name) && !o->repeatable)
            return usageError(Tr::tr("option '--%1' given more than once").arg(name));
        parsed.m_values[name] << value;
    }
    return parsed;
}

Status Command::checkCounts(const ParsedArgs& parsed) const
{
    const QStringList& given = parsed.m_positionals;
    qsizetype required = 0;
    bool unbounded = false;
    for (const Positional& p : positionals) {
        required += p.optional ? 0 : 1;
        unbounded = unbounded || p.repeatable;
    }
    if (given.size() < required)
        return usageError(Tr::tr("missing %1").arg(positionals[given.size()].name));
    if (!unbounded && given.size() > positionals.size())
        return usageError(Tr::tr("unexpected argument '%1'").arg(given[positionals.size()]));
    for (qsizetype i = 0; i < given.size(); ++i)
        if (given[i].trimmed().isEmpty())
            return usageError(Tr::tr("%1 is empty; give a file or value")
                                  .arg(positionals.value(std::min(i, positionals.size() - 1)).name));
    for (const Option& o : options)
        if (o.required && !parsed.m_values.contains(o.name))
            return usageError(Tr::tr("option '--%1' is required").arg(o.name));
    return {};
}

Result<ParsedArgs> Command::parse(const QStringList& args) const
{
    auto parsed = parseTokens(args);
    if (!parsed || parsed->m_help)
        return parsed;
    if (auto counts = checkCounts(*parsed); !counts)
        return counts.error();
    return parsed;
}

} // namespace descry::cli
