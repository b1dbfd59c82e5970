#include "app/cli/GuiCommandLine.h"

#include "core/common/Tr.h"

namespace descry::cli {

const Command& guiCommandLine()
{
    static const Command command{
        .words = {},
        .summary = Tr::tr("Descry, the desktop application: explained face comparison and chest X-ray review. "
                          "Without arguments it opens the main window; the command-line tool is descry-cli."),
        .positionals = {{QStringLiteral("CASE"),
                         Tr::tr("a Descry case file (.descry) to open, in the workspace of its task"), true}},
        .options = {Option::text(QStringLiteral("probe"), QStringLiteral("FILE"),
                                 Tr::tr("open this photo as the probe in the Face comparison workspace")),
                    Option::text(QStringLiteral("reference"), QStringLiteral("FILE"),
                                 Tr::tr("open this photo as the reference in the Face comparison workspace")),
                    Option::flag(
                        QStringLiteral("check"),
                        Tr::tr("without showing the window: open CASE as a double-click would, or compare --probe "
                               "with --reference through the application's inference service; print the outcome "
                               "and exit (checks an installation; works offscreen)")),
                    Option::integer(QStringLiteral("repeat"), QStringLiteral("N"),
                                    Tr::tr("with --check: compare N times in this one process, printing the resident "
                                           "memory (a soak test)"),
                                    1, 1000000)
                        .withDefault(QStringLiteral("1")),
                    Option::flag(QStringLiteral("version"), Tr::tr("print the version and exit"))},
        .run = {},
        .program = QStringLiteral("descry"),
    };
    return command;
}

} // namespace descry::cli
