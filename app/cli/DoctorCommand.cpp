#include "cli/Commands.h"
#include "cli/Output.h"

#include "core/diagnostics/Doctor.h"

#include <QCoreApplication>

namespace descry::cli {

int doctor(const QStringList& args)
{
    bool strict = false;
    bool json = false;
    for (const QString& a : args) {
        if (a == QLatin1String("--strict"))
            strict = true;
        else if (a == QLatin1String("--json"))
            json = true;
        else
            return fail(ExitUsage, QCoreApplication::translate("descry-cli", "doctor: unknown option '%1'").arg(a));
    }
    const DoctorReport report = runDoctor();
    if (json)
        printJson(report.toJson());
    else
        printText(report.toText());
    return strict && !report.problems.isEmpty() ? ExitModel : ExitOk;
}

} // namespace descry::cli
