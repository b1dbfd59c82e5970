#include "app/cli/Output.h"

#include "core/common/Tr.h"

#include <QJsonDocument>

#include <cstdio>

namespace descry::cli {

ExitCode fail(const Error& error)
{
    std::fprintf(stderr, "%s\n",
                 Tr::tr("descry-cli: error: %1").arg(error.toString().simplified()).toLocal8Bit().constData());
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
    for (const QString& w : warnings)
        std::fprintf(stderr, "%s\n", Tr::tr("descry-cli: warning: %1").arg(w.simplified()).toLocal8Bit().constData());
}

} // namespace descry::cli
