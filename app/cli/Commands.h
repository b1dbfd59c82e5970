#pragma once

#include "app/cli/Command.h"

#include <QList>
#include <QStringList>

namespace descry::cli {

// Dispatches `descry-cli COMMAND [SUBCOMMAND] ARGS...` and returns the process exit code (DESIGN.md §6).
int run(const QStringList& args);

// Every command's declaration, in the order `descry-cli help` lists them (built once, on first use).
const QList<Command>& commands();

// Every exit code of descry-cli, and its translated meaning (the help, `help --json` and the man page list them).
QList<ExitCode> exitCodes();
QString exitCodeMeaning(ExitCode code);

// Options several commands share, declared once: --json, and --pack P (default face-default).
Option jsonOption();
Option packOption();

// Options of the commands that read photos: --allow-damaged (analyse a truncated or corrupt file that still
// decodes, and say so) and --max-megapixels N (the pixel limit checked before decoding; default 250).
Option allowDamagedOption();
Option maxMegapixelsOption();
// Applies --max-megapixels to the process-wide image limits (only when given, so DESCRY_MAX_MEGAPIXELS still works).
void applyImageOptions(const ParsedArgs& args);

// The declaration of each command (one per *Command.cpp file).
Command doctorCommand();
Command packInfoCommand();
Command packVerifyCommand();
Command packBuildCommand();
Command embedCommand();
Command compareCommand();
Command verifyPairsCommand();
Command trainFaceCommand();
Command caseVerifyCommand();
Command caseSignCommand();
Command benchClipCommand();
Command deidentifyCommand();
Command benchDicomCommand();
Command benchSoakCommand();
Command renderCommand();
Command extractDescriptorsCommand();
Command evalExtractionCommand();
Command evalExplanationsCommand();
Command evalCalibrateLrCommand();
Command evalVisibilityCommand();
Command evalMergeCommand();
Command evalFaceGapCommand();
Command cxrCommand();
Command trainCxrCommand();
Command manpageCommand();
Command completionCommand();

} // namespace descry::cli
