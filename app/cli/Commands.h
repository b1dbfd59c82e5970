#pragma once

#include "app/cli/Command.h"

#include <QList>
#include <QStringList>

namespace descry::cli {

// Dispatches `descry-cli COMMAND [SUBCOMMAND] ARGS...` and returns the process exit code (DESIGN.md §6).
int run(const QStringList& args);

// Every command's declaration, in the order `descry-cli help` lists them (built once, on first use).
const QList<Command>& commands();

// Options several commands share, declared once: --json, and --pack P (default face-default).
Option jsonOption();
Option packOption();

// The declaration of each command (one per *Command.cpp file).
Command doctorCommand();
Command packInfoCommand();
Command packVerifyCommand();
Command embedCommand();
Command compareCommand();
Command verifyPairsCommand();
Command trainFaceCommand();

} // namespace descry::cli
