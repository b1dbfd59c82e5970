#pragma once
// Private: the loaded TorchScript module behind the `torchscript` ImageEncoder, with a path for inputs that are
// already normalised (tests feed golden NCHW tensors through it). No torch type appears here.

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/torchscript/TorchScriptEncoder.h"

#include <memory>

namespace descry::detail {

// One TorchScript image encoder on the CPU, in eval mode; its output width found by a probe at open.
// Immutable after open(); encode() and forwardNormalized() are thread-safe (forward passes are serialised).
class TorchScriptModule
{
public:
    struct Impl;
    ~TorchScriptModule();

    // Model error naming `path`: not a regular file, not TorchScript, no forward, or the probe (one zero image
    // of config.inputSize) does not return 1×D finite floats.
    static Result<std::shared_ptr<TorchScriptModule>> open(const QString& path, const TorchScriptConfig& config);

    int inputSize() const;
    int dimension() const;
    const QString& path() const;

    // n images already as the module takes them (n×3×S×S, channel-major, normalised) into out (n×dimension).
    Status forwardNormalized(const float* nchw, int n, float* out) const;
    // n images of S×S×3 interleaved RGB in 0..255 (ImageEncoder::encode), normalised as the config says.
    Status encode(const float* hwc, int n, float* out, const Progress& progress) const;

private:
    TorchScriptModule();
    std::unique_ptr<Impl> m_impl;
};

} // namespace descry::detail
