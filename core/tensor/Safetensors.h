#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace descry {

// One tensor of a safetensors file: its name, dtype tag ("F32", "BF16", ...), shape and raw little-endian,
// C-order bytes exactly as stored. A plain value type; safe to copy between threads.
struct TensorData
{
    QString name;
    QString dtype;
    std::vector<int64_t> shape;
    QByteArray bytes;

    // Product of the dimensions (1 for a scalar, 0 when a dimension is 0).
    int64_t numel() const;

    // Values converted to float. Every dtype of the safetensors specification is converted (F32, F16, BF16,
    // F64, F8_E4M3, F8_E5M2, I64, I32, I16, I8, U64, U32, U16, U8, BOOL); 64-bit integers and F64 lose
    // precision as float does. Returns an empty vector when the dtype is unknown or `bytes` does not hold
    // exactly numel() elements (a TensorData from readSafetensors() always converts).
    std::vector<float> toFloat() const;

    // An F32 tensor holding `values` (which must hold the product of `shape` elements).
    static TensorData fromFloat(QString name, std::vector<int64_t> shape, const std::vector<float>& values);
};

namespace safetensors {

// Size in bytes of one element of a safetensors dtype, or 0 for an unknown dtype.
int dtypeSize(const QString& dtype);

// The dtype tags of the specification, in its order.
QStringList knownDtypes();

// Product of the dimensions, or -1 when it overflows int64 (shapes read from untrusted files).
int64_t checkedNumel(const std::vector<int64_t>& shape);

// "[40, 64]": a shape as error messages and manifests print it.
QString shapeToString(const std::vector<int64_t>& shape);

// Decodes IEEE half / bfloat16 bit patterns (exposed for tests and other readers).
float halfToFloat(uint16_t bits);
float bfloat16ToFloat(uint16_t bits);

} // namespace safetensors

// Reads a whole safetensors file with strict validation: header length, JSON, dtypes, shapes against
// data_offsets, offsets inside the buffer, no overlap, no gap, no trailing bytes. Errors are
// ErrorCode::Input, one line, naming `path`. Large files are memory-mapped, so peak memory is about one
// copy of the tensor data. The "__metadata__" map, when present, goes to *metadata. Reentrant.
Result<QMap<QString, TensorData>> readSafetensors(const QString& path, QJsonObject* metadata = nullptr);

// Reads only the header of a safetensors file (the same validation, without loading tensor data): the
// tensors it returns have name, dtype and shape but empty bytes.
Result<QMap<QString, TensorData>> readSafetensorsHeader(const QString& path, QJsonObject* metadata = nullptr);

// Writes tensors (data laid out in name order) atomically. The header is compact JSON with sorted keys,
// padded with spaces so the data starts 8-byte aligned. `metadata` becomes "__metadata__"; its values
// must be strings. Each tensor's bytes must match its dtype and shape. Reentrant.
Status writeSafetensors(const QString& path, const QMap<QString, TensorData>& tensors,
                        const QJsonObject& metadata = {});

} // namespace descry
