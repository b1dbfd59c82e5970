#pragma once
// Bash completion for descry-cli and descry, generated from the option declarations: command words, subcommands,
// each command's options, the values of choice options, and files where a value or argument is a path.

#include "app/cli/Command.h"

#include <QList>
#include <QString>

namespace descry::cli {

// A script for /usr/share/bash-completion/completions/ that completes both programs (sourced as either name).
QString bashCompletion(const QList<Command>& commands, const Command& gui);

} // namespace descry::cli
