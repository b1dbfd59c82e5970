// TODO(H1): implement.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"

namespace descry::cli {

Command extractDescriptorsCommand()
{
    return Command{
        .words = {QStringLiteral("extract-descriptors")},
        .summary = Tr::tr("read a radiology report: the pleural effusion finding (present, side, size) and every "
                          "catalog descriptor it mentions, with evidence"),
        .positionals = {},
        .options = {},
        .run = [](const ParsedArgs&) { return fail(Error(ErrorCode::Internal, Tr::tr("not implemented yet"))); },
    };
}

Command evalExtractionCommand()
{
    return Command{
        .words = {QStringLiteral("eval"), QStringLiteral("extraction")},
        .summary = Tr::tr("evaluate report-descriptor extraction against labelled reports (Indiana MeSH terms)"),
        .positionals = {},
        .options = {},
        .run = [](const ParsedArgs&) { return fail(Error(ErrorCode::Internal, Tr::tr("not implemented yet"))); },
    };
}

} // namespace descry::cli
