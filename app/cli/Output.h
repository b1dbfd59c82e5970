#pragma once

#include "core/common/Error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace descry::cli {

// "FILE: message" on one line, the file named once even when the message repeats it as its own prefix.
QString errorLine(const Error& error);

// Prints one line "descry-cli: error: FILE: message" on stderr (after ending an open progress bar) and returns the
// error's exit code.
ExitCode fail(const Error& error);

// Prints text on stdout / one JSON object on stdout.
void printText(const QString& text);
void printJson(const QJsonObject& object);
// One "descry-cli: warning: …" line on stderr per warning.
void printWarnings(const QStringList& warnings);

} // namespace descry::cli
