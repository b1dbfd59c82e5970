// `descry-cli manpage` and `descry-cli completion`: the manual pages and the shell completion, generated from the
// option declarations (the package build runs them; see packaging/CMakeLists.txt).
#include "app/cli/BashCompletion.h"
#include "app/cli/Commands.h"
#include "app/cli/GuiCommandLine.h"
#include "app/cli/ManPage.h"
#include "app/cli/Output.h"

#include "core/common/AtomicFile.h"
#include "core/common/Tr.h"

#include <QCoreApplication>
#include <QDateTime>

namespace descry::cli {

namespace {

// The page's date: $SOURCE_DATE_EPOCH when set (reproducible package builds), else today (UTC).
QString pageDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    const QDateTime when = ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc();
    return when.toString(QStringLiteral("yyyy-MM-dd"));
}

ExitCode writeOut(const ParsedArgs& args, const QString& text)
{
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printText(text);
        return ExitCode::Success;
    }
    if (Status st = writeFileAtomically(out, text.toUtf8()); !st)
        return fail(st.error());
    return ExitCode::Success;
}

Option outOption()
{
    return Option::text(QStringLiteral("out"), QStringLiteral("FILE"),
                        Tr::tr("write to FILE (replaced atomically) instead of stdout"));
}

ExitCode runManpage(const ParsedArgs& args)
{
    const QString version = QCoreApplication::applicationVersion();
    const bool gui = args.positional(0) == QLatin1String("descry");
    return writeOut(args, gui ? guiManPage(guiCommandLine(), version, pageDate())
                              : cliManPage(commands(), version, pageDate()));
}

ExitCode runCompletion(const ParsedArgs& args)
{
    return writeOut(args, bashCompletion(commands(), guiCommandLine()));
}

} // namespace

Command manpageCommand()
{
    return Command{
        .words = {QStringLiteral("manpage")},
        .summary = Tr::tr("print the manual page of descry-cli or descry (troff), generated from the options"),
        .positionals = {{QStringLiteral("PROGRAM"), Tr::tr("descry-cli (default) or descry"), true}},
        .options = {outOption()},
        .run =
            [](const ParsedArgs& args) {
                const QString program = args.positional(0);
                if (!program.isEmpty() && program != QLatin1String("descry-cli") && program != QLatin1String("descry"))
                    return fail(
                        args.usageError(Tr::tr("unknown program '%1' (expected descry-cli or descry)").arg(program)));
                return runManpage(args);
            },
    };
}

Command completionCommand()
{
    return Command{
        .words = {QStringLiteral("completion")},
        .summary = Tr::tr("print the bash completion of descry-cli and descry, generated from the options"),
        .positionals = {},
        .options = {Option::choice(QStringLiteral("shell"), {QStringLiteral("bash")}, Tr::tr("the shell"))
                        .withDefault(QStringLiteral("bash")),
                    outOption()},
        .run = runCompletion,
    };
}

} // namespace descry::cli
