#pragma once

#include <QStringList>

namespace descry::cli {

// Dispatches `descry-cli COMMAND ARGS...` and returns the process exit code (DESIGN.md §6).
int run(const QStringList& args);

// One function per command; each parses its own options.
int doctor(const QStringList& args);
int pack(const QStringList& args);
int embed(const QStringList& args);
int train(const QStringList& args);
int compare(const QStringList& args);
int verifyPairsCommand(const QStringList& args);

} // namespace descry::cli
