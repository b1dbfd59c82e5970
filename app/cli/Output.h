#pragma once

#include "core/common/Error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace descry::cli {

// Prints one line "descry-cli: error: FILE: message" on stderr and returns the error's exit code.
ExitCode fail(const Error& error);

// Prints text on stdout / one JSON object on stdout.
void printText(const QString& text);
void printJson(const QJsonObject& object);
// One "descry-cli: warning: …" line on stderr per warning.
void printWarnings(const QStringList& warnings);

} // namespace descry::cli
