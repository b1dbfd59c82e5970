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
              "  pack info|verify PACK [--json]   show / verify a model pack (folder, manifest.json or name)\n"
              "  embed --dlib-resnet --chip FILE [--chip FILE]... [--json]   descriptors of aligned 150x150 chips\n"
              "  compare PROBE REFERENCE [--pack P] [--json] [--report OUT.pdf] [--cropped]\n"
              "  verify-pairs PAIRS.csv [--root DIR] [--pack P] [--json] [--cropped]\n"
              "  train face --data DIR --out PACK [--loss adaface|arcface|cosface] [--epochs N] [--seed S]\n"
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
    if (command == QLatin1String("pack"))
        return pack(rest);
    if (command == QLatin1String("embed"))
        return embed(rest);
    if (command == QLatin1String("train"))
        return train(rest);
    if (command == QLatin1String("compare"))
        return compare(rest);
    if (command == QLatin1String("verify-pairs"))
        return verifyPairsCommand(rest);
    return fail(ExitUsage, tr("unknown command '%1' (try 'descry-cli --help')").arg(command));
}

} // namespace descry::cli
