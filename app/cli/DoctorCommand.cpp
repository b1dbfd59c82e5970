// `descry-cli doctor [--strict] [--json]`: dependencies, threads, BLAS speed, assets and packs.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"
#include "core/diagnostics/Doctor.h"

namespace descry::cli {

namespace {

ExitCode runDoctor(const ParsedArgs& args)
{
    const DoctorReport report = descry::runDoctor();
    if (args.isSet(QStringLiteral("json")))
        printJson(report.toJson());
    else
        printText(report.toText());
    return args.isSet(QStringLiteral("strict")) && !report.problems.isEmpty() ? ExitCode::Model : ExitCode::Success;
}

} // namespace

Command doctorCommand()
{
    return Command{
        .words = {QStringLiteral("doctor")},
        .summary = Tr::tr("check dependencies, threads, BLAS speed, assets and packs"),
        .positionals = {},
        .options = {Option::flag(QStringLiteral("strict"), Tr::tr("exit with 3 when a problem is found")),
                    jsonOption()},
        .run = runDoctor,
    };
}

} // namespace descry::cli
