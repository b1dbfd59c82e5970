#pragma once
// The desktop application's command line, declared once with the CLI's Option/Positional types: `descry` parses
// its arguments with it, and `descry-cli manpage descry` and `descry-cli completion bash` are generated from it.

#include "app/cli/Command.h"

namespace descry::cli {

// `descry [CASE] [--probe FILE] [--reference FILE] [--check] [--repeat N] [--version]`. Its `run` is empty: the
// desktop application's main acts on the parsed arguments.
const Command& guiCommandLine();

} // namespace descry::cli
