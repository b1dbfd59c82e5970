#include "cli/Output.h"

#include <QJsonDocument>

#include <cstdio>

namespace descry::cli {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "descry-cli: error: %s\n", message.simplified().toLocal8Bit().constData());
    return code;
}

int fail(const Error& error)
{
    return fail(error.exitCode(), error.toString());
}

void printText(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

} // namespace descry::cli
