#include "app/cli/Commands.h"

#include "app/cli/Output.h"

#include "core/common/Tr.h"
#include "core/imaging/ImageLoader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace descry::cli {

namespace {

constexpr ExitCode kExitCodes[] = {ExitCode::Success, ExitCode::Usage, ExitCode::Input, ExitCode::Model,
                                   ExitCode::Internal};

bool isHelpToken(const QString& a)
{
    return a == QLatin1String("--help") || a == QLatin1String("-h");
}

// The commands whose first word is `word` (one, or the subcommands of a group).
QList<const Command*> group(const QString& word)
{
    QList<const Command*> out;
    for (const Command& c : commands())
        if (c.words.value(0) == word)
            out << &c;
    return out;
}

QStringList subcommandNames(const QList<const Command*>& g)
{
    QStringList names;
    for (const Command* c : g)
        names << c->words.value(1);
    return names;
}

QString indented(const QString& left, const QString& right)
{
    return QStringLiteral("  %1 %2\n").arg(left, -16).arg(right);
}

QString topHelp()
{
    QString s = Tr::tr("usage: descry-cli COMMAND [ARGUMENTS] [OPTIONS]\n"
                       "'descry-cli COMMAND --help' or 'descry-cli help COMMAND' shows a command's options.\n");
    s += Tr::tr("\ncommands:\n");
    for (const Command& c : commands())
        s += indented(c.name(), c.summary);
    s += indented(QStringLiteral("--version"), Tr::tr("print the version and exit"));
    s += Tr::tr("\nexit codes:\n");
    for (ExitCode code : kExitCodes)
        s += QStringLiteral("  %1  %2\n").arg(int(code)).arg(exitCodeMeaning(code));
    return s;
}

QString groupHelp(const QString& word, const QList<const Command*>& g)
{
    QString s = Tr::tr("usage: descry-cli %1 %2 ...\n").arg(word, subcommandNames(g).join(QLatin1Char('|')));
    s += Tr::tr("\nsubcommands:\n");
    for (const Command* c : g)
        s += QStringLiteral("  %1\n      %2\n").arg(c->usage(), c->summary);
    return s;
}

QJsonObject allJson()
{
    QJsonArray list;
    for (const Command& c : commands())
        list.append(c.toJson());
    QJsonObject codes;
    for (ExitCode code : kExitCodes)
        codes.insert(QString::number(int(code)), exitCodeMeaning(code));
    return {{QStringLiteral("commands"), list}, {QStringLiteral("exit_codes"), codes}};
}

Error unknownCommand(const QString& name)
{
    return Error(ErrorCode::Usage, Tr::tr("unknown command '%1' (try 'descry-cli help')").arg(name));
}

ExitCode runHelp(const ParsedArgs& args)
{
    const bool json = args.isSet(QStringLiteral("json"));
    const QStringList words = args.positionals();
    if (words.isEmpty()) {
        json ? printJson(allJson()) : printText(topHelp());
        return ExitCode::Success;
    }
    for (const Command& c : commands()) {
        if (c.words == words) {
            json ? printJson(c.toJson()) : printText(c.help());
            return ExitCode::Success;
        }
    }
    const QList<const Command*> g = group(words.front());
    if (words.size() == 1 && !g.isEmpty() && !json) {
        printText(groupHelp(words.front(), g));
        return ExitCode::Success;
    }
    return fail(unknownCommand(words.join(QLatin1Char(' '))));
}

Command helpCommand()
{
    return Command{
        .words = {QStringLiteral("help")},
        .summary = Tr::tr("list the commands, or show one command's arguments and options"),
        .positionals = {{QStringLiteral("COMMAND"), Tr::tr("a command, e.g. 'compare' or 'train face'"), true, true}},
        .options = {Option::flag(QStringLiteral("json"),
                                 Tr::tr("print the declarations (arguments, options) as one JSON object"))},
        .run = runHelp,
    };
}

ExitCode invoke(const Command& command, const QStringList& args)
{
    auto parsed = command.parse(args);
    if (!parsed)
        return fail(parsed.error());
    if (Command::helpRequested(*parsed)) {
        printText(command.help());
        return ExitCode::Success;
    }
    return command.run(*parsed);
}

// `WORD SUBCOMMAND ARGS...` for a group of subcommands (pack info|verify, train face).
ExitCode invokeGroup(const QString& word, const QList<const Command*>& g, const QStringList& args)
{
    const QString sub = args.value(0);
    const QString expected = subcommandNames(g).join(QLatin1Char('|'));
    if (isHelpToken(sub)) {
        printText(groupHelp(word, g));
        return ExitCode::Success;
    }
    for (const Command* c : g)
        if (c->words.value(1) == sub)
            return invoke(*c, args.mid(1));
    if (sub.isEmpty())
        return fail(Error(ErrorCode::Usage, Tr::tr("%1: missing subcommand (expected %2)").arg(word, expected)));
    return fail(Error(ErrorCode::Usage, Tr::tr("%1: unknown subcommand '%2' (expected %3)").arg(word, sub, expected)));
}

ExitCode dispatch(const QStringList& args)
{
    if (args.isEmpty())
        return fail(Error(ErrorCode::Usage, Tr::tr("no command given (try 'descry-cli help')")));
    const QString word = args.front();
    if (isHelpToken(word)) {
        printText(topHelp());
        return ExitCode::Success;
    }
    if (word == QLatin1String("--version")) {
        printText(QStringLiteral("descry-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Success;
    }
    const QList<const Command*> g = group(word);
    if (g.isEmpty())
        return fail(unknownCommand(word));
    if (g.size() == 1 && g.front()->words.size() == 1)
        return invoke(*g.front(), args.mid(1));
    return invokeGroup(word, g, args.mid(1));
}

} // namespace

QList<ExitCode> exitCodes()
{
    return {std::begin(kExitCodes), std::end(kExitCodes)};
}

QString exitCodeMeaning(ExitCode code)
{
    switch (code) {
    case ExitCode::Success:
        return Tr::tr("success");
    case ExitCode::Usage:
        return Tr::tr("usage error");
    case ExitCode::Input:
        return Tr::tr("input error (unreadable or corrupt file, no face found)");
    case ExitCode::Model:
        return Tr::tr("model or pack error");
    case ExitCode::Internal:
        return Tr::tr("internal error");
    }
    return {};
}

Option jsonOption()
{
    return Option::flag(QStringLiteral("json"), Tr::tr("print one JSON object on stdout instead of text"));
}

Option packOption()
{
    return Option::text(QStringLiteral("pack"), QStringLiteral("P"),
                        Tr::tr("model pack: a folder, its manifest.json or an installed pack name"))
        .withDefault(QStringLiteral("face-default"));
}

Option allowDamagedOption()
{
    return Option::flag(QStringLiteral("allow-damaged"),
                        Tr::tr("analyse a truncated or corrupt photo that still decodes (the output says so)"));
}

Option maxMegapixelsOption()
{
    return Option::integer(QStringLiteral("max-megapixels"), QStringLiteral("N"),
                           Tr::tr("refuse images of more than N megapixels, checked before decoding"), 1, 4000)
        .withDefault(QString::number(ImageLimits().maxPixels / 1'000'000));
}

void applyImageOptions(const ParsedArgs& args)
{
    int megapixels = 0;
    args.read(QStringLiteral("max-megapixels"), &megapixels);
    if (megapixels <= 0)
        return;
    ImageLimits limits = ImageLimits::defaults();
    limits.maxPixels = qint64(megapixels) * 1'000'000;
    setDefaultImageLimits(limits);
}

const QList<Command>& commands()
{
    static const QList<Command> all{doctorCommand(),
                                    packInfoCommand(),
                                    packVerifyCommand(),
                                    packBuildCommand(),
                                    embedCommand(),
                                    compareCommand(),
                                    verifyPairsCommand(),
                                    trainFaceCommand(),
                                    caseVerifyCommand(),
                                    caseSignCommand(),
                                    benchClipCommand(),
                                    benchDicomCommand(),
                                    benchSoakCommand(),
                                    renderCommand(),
                                    deidentifyCommand(),
                                    cxrCommand(),
                                    extractDescriptorsCommand(),
                                    trainCxrCommand(),
                                    evalExtractionCommand(),
                                    evalExplanationsCommand(),
                                    evalCalibrateLrCommand(),
                                    evalVisibilityCommand(),
                                    evalMergeCommand(),
                                    evalFaceGapCommand(),
                                    manpageCommand(),
                                    completionCommand(),
                                    helpCommand()};
    return all;
}

int run(const QStringList& args)
{
    return int(dispatch(args));
}

} // namespace descry::cli
