#pragma once

#include <QStringList>

namespace descry::cli {

// Dispatches `descry-cli COMMAND ARGS...` and returns the process exit code (DESIGN.md §6).
int run(const QStringList& args);

// One function per command; each parses its own options.
int doctor(const QStringList& args);

} // namespace descry::cli
