#include "cli/Commands.h"

#include "cli/Output.h"

#include <QCoreApplication>

namespace descry::cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("descry-cli", s);
}

QString usage()
{
    return tr("usage: descry-cli COMMAND [OPTIONS]\n"
              "\n"
              "commands:\n"
              "  doctor [--strict] [--json]   check dependencies, threads, BLAS speed, assets and packs\n"
              "\n"
              "exit codes: 0 success, 1 usage error, 2 input error, 3 model/pack error, 4 internal error\n");
}

} // namespace

int run(const QStringList& args)
{
    if (args.isEmpty())
        return fail(ExitUsage, tr("no command given (try 'descry-cli --help')"));
    const QString command = args.front();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printText(usage());
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        printText(QStringLiteral("descry-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (command == QLatin1String("doctor"))
        return doctor(rest);
    return fail(ExitUsage, tr("unknown command '%1' (try 'descry-cli --help')").arg(command));
}

} // namespace descry::cli
