#include "app/cli/Output.h"

#include "app/cli/ProgressLine.h"

#include "core/common/Tr.h"

#include <QJsonDocument>

#include <cstdio>

namespace descry::cli {

QString errorLine(const Error& error)
{
    // A message that already starts with its file (an error passed up with the file added twice) names it once.
    const QString prefix = error.file() + QStringLiteral(": ");
    QString message = error.message().simplified();
    while (!error.file().isEmpty() && message.startsWith(prefix))
        message = message.mid(prefix.size());
    return Error(error.code(), message, error.file()).toString();
}

ExitCode fail(const Error& error)
{
    ProgressLine::breakLine();
    std::fprintf(stderr, "%s\n", Tr::tr("descry-cli: error: %1").arg(errorLine(error)).toLocal8Bit().constData());
    return exitCodeFor(error.code());
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

void printWarnings(const QStringList& warnings)
{
    ProgressLine::breakLine();
    for (const QString& w : warnings)
        std::fprintf(stderr, "%s\n", Tr::tr("descry-cli: warning: %1").arg(w.simplified()).toLocal8Bit().constData());
}

} // namespace descry::cli
