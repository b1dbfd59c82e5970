// TODO(H2): implement.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"

namespace descry::cli {

Command evalExplanationsCommand()
{
    return Command{
        .words = {QStringLiteral("eval"), QStringLiteral("explanations")},
        .summary = Tr::tr("score explanation sentences against reference sentences: corpus ROUGE-L and METEOR"),
        .positionals = {},
        .options = {},
        .run = [](const ParsedArgs&) { return fail(Error(ErrorCode::Internal, Tr::tr("not implemented yet"))); },
    };
}

} // namespace descry::cli
