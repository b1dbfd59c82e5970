// Fuzzes the face-api/tfjs weights reader (weights_manifest.json + .bin). Input framing: 2 bytes little-endian
// manifest length n, n bytes of manifest JSON, the rest is the .bin. Normal (gcc) builds only: it needs LibTorch.

#include "core/face/detail/TfjsWeights.h"
#include "detail/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const size_t n = std::min<size_t>(size - 2, size_t(data[0]) | size_t(data[1]) << 8);
    const QString manifest = descry::fuzz::writeInput(data + 2, n, QStringLiteral("weights_manifest.json"));
    const QString weights = descry::fuzz::writeInput(data + 2 + n, size - 2 - n, QStringLiteral("weights.bin"));
    (void)descry::detail::readTfjsWeights(manifest, weights);
    return 0;
}
