// TODO(H4): implement.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"

namespace descry::cli {

Command trainCxrCommand()
{
    return Command{
        .words = {QStringLiteral("train"), QStringLiteral("cxr")},
        .summary =
            Tr::tr("train, calibrate and evaluate an explainable chest X-ray pack on radiographs with their reports"),
        .positionals = {},
        .options = {},
        .run = [](const ParsedArgs&) { return fail(Error(ErrorCode::Internal, Tr::tr("not implemented yet"))); },
    };
}

} // namespace descry::cli
