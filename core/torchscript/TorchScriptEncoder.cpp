#include <torch/torch.h>

#include "core/torchscript/TorchScriptEncoder.h"

#include "core/common/Tr.h"

// TODO(H2): implement (torch/script.h, torch::jit::load).

namespace descry {

Result<TorchScriptConfig> TorchScriptConfig::fromJson(const QJsonObject&, const QString& origin)
{
    return Error(ErrorCode::Internal, Tr::tr("torchscript encoders are not implemented yet"), origin);
}

QJsonObject TorchScriptConfig::toJson() const
{
    return {};
}

Result<std::shared_ptr<const ImageEncoder>> openTorchScriptEncoder(const QString& path, const TorchScriptConfig&)
{
    return Error(ErrorCode::Internal, Tr::tr("torchscript encoders are not implemented yet"), path);
}

void registerTorchScriptEncoder(EncoderRegistry&) {}

} // namespace descry
