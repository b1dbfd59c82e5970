#pragma once

#include "core/common/Result.h"
#include "core/model/Encoder.h"
#include "core/pack/EncoderRegistry.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <memory>

namespace descry {

// How a user's TorchScript image encoder wants its input (manifest `encoder.config` of type `torchscript`):
// {"input_size": 224, "mean": [r, g, b], "std": [r, g, b]}; the module gets N×3×S×S floats
// ((x/255 − mean)/std, RGB, channel-major) and returns N×D features. All members required (no silent defaults).
struct TorchScriptConfig
{
    int inputSize = 224;
    std::array<float, 3> mean{0.f, 0.f, 0.f};
    std::array<float, 3> std{1.f, 1.f, 1.f};

    // Model error naming `origin` and the member on anything missing, mistyped or out of range.
    static Result<TorchScriptConfig> fromJson(const QJsonObject& config, const QString& origin);
    QJsonObject toJson() const;
};

// Opens a TorchScript module (torch.jit.load of a file written by torch.jit.script/trace/save) as a pack's
// ImageEncoder on the CPU, in eval mode, and finds its output width D with one forward pass of a zero image.
// Model error naming `path` when the file is not TorchScript, fails to run, or returns anything but N×D floats.
Result<std::shared_ptr<const ImageEncoder>> openTorchScriptEncoder(const QString& path,
                                                                   const TorchScriptConfig& config);

// Registers `torchscript` (called by runtime::init()): `files` names the module file (pack-relative), `config`
// is a TorchScriptConfig; the module's SHA-256 is checked by pack verification like every listed file.
void registerTorchScriptEncoder(EncoderRegistry& registry);

} // namespace descry
