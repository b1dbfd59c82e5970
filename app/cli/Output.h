#pragma once

#include "core/common/Error.h"

#include <QJsonObject>
#include <QString>

namespace descry::cli {

// Exit codes of DESIGN.md §6.
enum Exit { ExitOk = 0, ExitUsage = 1, ExitInput = 2, ExitModel = 3, ExitInternal = 4 };

// Prints one line "descry-cli: error: …" on stderr and returns `code`.
int fail(int code, const QString& message);
int fail(const Error& error);

// Prints text on stdout / one JSON object on stdout.
void printText(const QString& text);
void printJson(const QJsonObject& object);

} // namespace descry::cli
