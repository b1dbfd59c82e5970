// The dtype table and the value conversions declared in Safetensors.h.
#include "core/tensor/Safetensors.h"

#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>

namespace descry {

namespace {

struct DtypeInfo
{
    const char* name;
    int size;
};

constexpr DtypeInfo kDtypes[] = {{"BOOL", 1}, {"U8", 1},  {"I8", 1},  {"F8_E5M2", 1}, {"F8_E4M3", 1},
                                 {"I16", 2},  {"U16", 2}, {"F16", 2}, {"BF16", 2},    {"I32", 4},
                                 {"U32", 4},  {"F32", 4}, {"F64", 8}, {"I64", 8},     {"U64", 8}};

template <typename T> T loadLe(const char* p)
{
    return qFromLittleEndian<T>(p);
}

float f8e4m3ToFloat(uint8_t bits)
{
    const bool negative = bits & 0x80;
    const int exponent = (bits >> 3) & 0xF;
    const int mantissa = bits & 0x7;
    float v;
    if (exponent == 0xF && mantissa == 0x7)
        v = std::numeric_limits<float>::quiet_NaN(); // the "fn" variant: no infinities, one NaN pattern
    else if (exponent == 0)
        v = std::ldexp(float(mantissa), -9); // subnormal: mantissa/8 * 2^-6
    else
        v = std::ldexp(1.0f + float(mantissa) / 8.0f, exponent - 7);
    return negative ? -v : v;
}

} // namespace

namespace safetensors {

int64_t checkedNumel(const std::vector<int64_t>& shape)
{
    int64_t n = 1;
    for (int64_t d : shape) {
        if (d != 0 && n > std::numeric_limits<int64_t>::max() / d)
            return -1;
        n *= d;
    }
    return n;
}

int dtypeSize(const QString& dtype)
{
    for (const DtypeInfo& d : kDtypes) {
        if (dtype == QLatin1String(d.name))
            return d.size;
    }
    return 0;
}

QStringList knownDtypes()
{
    QStringList out;
    for (const DtypeInfo& d : kDtypes)
        out << QString::fromLatin1(d.name);
    return out;
}

QString shapeToString(const std::vector<int64_t>& shape)
{
    QStringList parts;
    for (int64_t d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

float halfToFloat(uint16_t bits)
{
    const uint32_t sign = uint32_t(bits & 0x8000) << 16;
    const uint32_t exponent = (bits >> 10) & 0x1F;
    const uint32_t mantissa = bits & 0x3FF;
    if (exponent == 0) { // zero or subnormal: mantissa * 2^-24
        const float v = std::ldexp(float(mantissa), -24);
        return sign ? -v : v;
    }
    uint32_t out;
    if (exponent == 0x1F)
        out = sign | 0x7F800000u | (mantissa << 13); // infinity or NaN (payload kept)
    else
        out = sign | ((exponent + 112) << 23) | (mantissa << 13);
    float f;
    std::memcpy(&f, &out, sizeof f);
    return f;
}

float bfloat16ToFloat(uint16_t bits)
{
    const uint32_t out = uint32_t(bits) << 16;
    float f;
    std::memcpy(&f, &out, sizeof f);
    return f;
}

} // namespace safetensors

int64_t TensorData::numel() const
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

std::vector<float> TensorData::toFloat() const
{
    const int size = safetensors::dtypeSize(dtype);
    const int64_t n = safetensors::checkedNumel(shape);
    if (size == 0 || n < 0 || bytes.size() != n * size)
        return {};
    std::vector<float> out(static_cast<size_t>(n));
    const char* p = bytes.constData();
    auto convert = [&](auto&& element) {
        for (int64_t i = 0; i < n; ++i)
            out[size_t(i)] = element(p + i * size);
    };
    if (dtype == QLatin1String("F32"))
        convert([](const char* q) { return loadLe<float>(q); });
    else if (dtype == QLatin1String("F16"))
        convert([](const char* q) { return safetensors::halfToFloat(loadLe<quint16>(q)); });
    else if (dtype == QLatin1String("BF16"))
        convert([](const char* q) { return safetensors::bfloat16ToFloat(loadLe<quint16>(q)); });
    else if (dtype == QLatin1String("F64"))
        convert([](const char* q) { return float(loadLe<double>(q)); });
    else if (dtype == QLatin1String("F8_E5M2"))
        convert([](const char* q) { return safetensors::halfToFloat(uint16_t(uint8_t(*q)) << 8); });
    else if (dtype == QLatin1String("F8_E4M3"))
        convert([](const char* q) { return f8e4m3ToFloat(uint8_t(*q)); });
    else if (dtype == QLatin1String("I64"))
        convert([](const char* q) { return float(loadLe<qint64>(q)); });
    else if (dtype == QLatin1String("U64"))
        convert([](const char* q) { return float(loadLe<quint64>(q)); });
    else if (dtype == QLatin1String("I32"))
        convert([](const char* q) { return float(loadLe<qint32>(q)); });
    else if (dtype == QLatin1String("U32"))
        convert([](const char* q) { return float(loadLe<quint32>(q)); });
    else if (dtype == QLatin1String("I16"))
        convert([](const char* q) { return float(loadLe<qint16>(q)); });
    else if (dtype == QLatin1String("U16"))
        convert([](const char* q) { return float(loadLe<quint16>(q)); });
    else if (dtype == QLatin1String("I8"))
        convert([](const char* q) { return float(int8_t(*q)); });
    else if (dtype == QLatin1String("U8"))
        convert([](const char* q) { return float(uint8_t(*q)); });
    else if (dtype == QLatin1String("BOOL"))
        convert([](const char* q) { return *q != 0 ? 1.0f : 0.0f; });
    return out;
}

TensorData TensorData::fromFloat(QString name, std::vector<int64_t> shape, const std::vector<float>& values)
{
    TensorData t;
    t.name = std::move(name);
    t.dtype = QStringLiteral("F32");
    t.shape = std::move(shape);
    t.bytes.resize(qsizetype(values.size() * sizeof(float)));
    char* p = t.bytes.data();
    for (size_t i = 0; i < values.size(); ++i)
        qToLittleEndian<float>(values[i], p + i * sizeof(float));
    return t;
}

} // namespace descry
