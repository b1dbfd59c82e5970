#include <torch/torch.h>

#include "TorchScriptFixtures.h"

// TODO(H2): implement with torch::jit::Module::define + save.

namespace descry::fixtures {

Status writeGridTorchScriptEncoder(const QString& path, int, int, int, uint64_t)
{
    return Error(ErrorCode::Internal, QStringLiteral("writeGridTorchScriptEncoder is not implemented yet"), path);
}

} // namespace descry::fixtures
