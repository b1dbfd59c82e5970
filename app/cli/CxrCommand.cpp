// TODO(H3): implement.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"

namespace descry::cli {

Command cxrCommand()
{
    return Command{
        .words = {QStringLiteral("cxr")},
        .summary = Tr::tr("review a chest radiograph for pleural effusion with an installed chest X-ray pack, "
                          "explained by radiologist descriptors"),
        .positionals = {},
        .options = {},
        .run = [](const ParsedArgs&) { return fail(Error(ErrorCode::Internal, Tr::tr("not implemented yet"))); },
    };
}

} // namespace descry::cli
