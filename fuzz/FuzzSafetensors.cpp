// Fuzzes the safetensors reader: header only, then the whole file with every tensor converted to float.

#include "core/tensor/Safetensors.h"
#include "detail/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = descry::fuzz::writeInput(data, size, QStringLiteral("input.safetensors"));
    QJsonObject metadata;
    (void)descry::readSafetensorsHeader(path, &metadata);
    if (auto tensors = descry::readSafetensors(path, &metadata); tensors) {
        for (const auto& tensor : *tensors) {
            if (tensor.toFloat().size() != size_t(tensor.numel()))
                std::abort(); // readSafetensors promises tensors that always convert
        }
    }
    return 0;
}
