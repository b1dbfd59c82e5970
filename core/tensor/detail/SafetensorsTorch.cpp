#include <torch/torch.h>

#include "core/tensor/detail/SafetensorsTorch.h"

#include <QtEndian>

#include <cstring>
#include <optional>
#include <stdexcept>

namespace descry::detail {

namespace {

std::optional<torch::ScalarType> nativeType(const QString& dtype)
{
    static const QMap<QString, torch::ScalarType> types = {
        {QStringLiteral("F32"), torch::kFloat32},   {QStringLiteral("F16"), torch::kFloat16},
        {QStringLiteral("BF16"), torch::kBFloat16}, {QStringLiteral("F64"), torch::kFloat64},
        {QStringLiteral("I64"), torch::kInt64},     {QStringLiteral("I32"), torch::kInt32},
        {QStringLiteral("I16"), torch::kInt16},     {QStringLiteral("I8"), torch::kInt8},
        {QStringLiteral("U8"), torch::kUInt8},      {QStringLiteral("BOOL"), torch::kBool}};
    const auto it = types.constFind(dtype);
    if (it == types.constEnd())
        return std::nullopt;
    return *it;
}

void checkSize(const TensorData& data)
{
    const int size = safetensors::dtypeSize(data.dtype);
    if (size == 0 || data.bytes.size() != data.numel() * size)
        throw std::invalid_argument("tensor '" + data.name.toStdString() + "': bytes do not fit dtype " +
                                    data.dtype.toStdString() + " and shape " +
                                    safetensors::shapeToString(data.shape).toStdString());
}

} // namespace

torch::Tensor toTensor(const TensorData& data, bool keepDtype)
{
    checkSize(data);
    const std::vector<int64_t>& shape = data.shape;
    const auto native = nativeType(data.dtype);
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "safetensors bytes are little-endian: copied as they are");
    if (native && (keepDtype || *native == torch::kFloat32)) {
        torch::Tensor t = torch::empty(shape, torch::TensorOptions().dtype(*native));
        if (data.bytes.size() > 0)
            std::memcpy(t.data_ptr(), data.bytes.constData(), size_t(data.bytes.size()));
        return t;
    }
    const std::vector<float> values = data.toFloat();
    torch::Tensor t = torch::empty(shape, torch::TensorOptions().dtype(torch::kFloat32));
    if (!values.empty())
        std::memcpy(t.data_ptr<float>(), values.data(), values.size() * sizeof(float));
    return t;
}

TensorData fromTensor(const QString& name, const torch::Tensor& tensor)
{
    const torch::Tensor t = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    TensorData out;
    out.name = name;
    out.dtype = QStringLiteral("F32");
    out.shape = t.sizes().vec();
    out.bytes = QByteArray(reinterpret_cast<const char*>(t.data_ptr<float>()), qsizetype(t.numel() * sizeof(float)));
    return out;
}

} // namespace descry::detail
