#pragma once
// Manual pages in troff (man(7)) generated from the option declarations: descry-cli(1) from every command's,
// descry(1) from the desktop application's, so the manual says exactly what the parsers accept.

#include "app/cli/Command.h"

#include <QList>
#include <QString>

namespace descry::cli {

// descry-cli(1): NAME, SYNOPSIS, DESCRIPTION, COMMANDS (each with its arguments and options), EXIT STATUS,
// ENVIRONMENT, FILES, SEE ALSO. `date` is the page's date (YYYY-MM-DD), `version` the program's.
QString cliManPage(const QList<Command>& commands, const QString& version, const QString& date);
// descry(1): the desktop application's arguments and options.
QString guiManPage(const Command& gui, const QString& version, const QString& date);

// Text made safe for troff: backslashes, hyphens of options, and a leading '.' or '\''.
QString troffEscape(const QString& text);

} // namespace descry::cli
