// Fuzzes the face-api/tfjs weights reader (weights_manifest.json + .bin): its torch-free half, which checks the
// manifest against the .bin and decodes every entry (readTfjsWeights only adds the tensors around it). Input
// framing: 2 bytes little-endian manifest length n, n bytes of manifest JSON, the rest is the .bin.

#include "core/face/detail/TfjsManifest.h"
#include "detail/FuzzInput.h"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const size_t n = std::min<size_t>(size - 2, size_t(data[0]) | size_t(data[1]) << 8);
    const QString manifest = descry::fuzz::writeInput(data + 2, n, QStringLiteral("weights_manifest.json"));
    const QString weights = descry::fuzz::writeInput(data + 2 + n, size - 2 - n, QStringLiteral("weights.bin"));
    auto file = descry::detail::readTfjsWeightFile(manifest, weights);
    if (!file)
        return 0;
    std::vector<float> values;
    for (const descry::detail::TfjsEntry& e : file->entries) {
        values.resize(static_cast<size_t>(e.numel));
        descry::detail::decodeTfjsEntry(*file, e, values.data());
    }
    return 0;
}
