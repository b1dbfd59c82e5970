#include "core/tensor/Safetensors.h"
#include "core/common/Tr.h"
#include "core/tensor/detail/SafetensorsHeader.h"

#include "core/common/AtomicFile.h"
#include "core/common/detail/ExceptionAdapter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>

namespace descry {

namespace {

using safetensors::checkedNumel;

// The reference implementation refuses headers above 100 MB; so do we (a corrupt length must not allocate).
constexpr qint64 kMaxHeaderBytes = 100LL * 1024 * 1024;
// JSON numbers are doubles: offsets and dimensions above 2^53 cannot be represented exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

using detail::SafetensorsEntry;
using detail::SafetensorsLayout;

bool readInteger(const QJsonValue& v, qint64* out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < 0 || d > kMaxExactInteger || d != std::floor(d))
        return false;
    *out = static_cast<qint64>(d);
    return true;
}

Error headerError(const QString& path, const QString& message)
{
    return Error(ErrorCode::Input, message, path);
}

Result<SafetensorsEntry> parseEntry(const QString& path, const QString& name, const QJsonValue& value, qint64 dataSize)
{
    if (!value.isObject())
        return headerError(path, Tr::tr("tensor '%1': header entry is not an object").arg(name));
    const QJsonObject o = value.toObject();
    SafetensorsEntry e;
    e.tensor.name = name;
    const QJsonValue dtype = o.value(QStringLiteral("dtype"));
    if (!dtype.isString())
        return headerError(path, Tr::tr("tensor '%1': missing or non-string 'dtype'").arg(name));
    e.tensor.dtype = dtype.toString();
    const int elementSize = safetensors::dtypeSize(e.tensor.dtype);
    if (elementSize == 0)
        return headerError(path, Tr::tr("tensor '%1': unknown dtype '%2'").arg(name, e.tensor.dtype));
    const QJsonValue shape = o.value(QStringLiteral("shape"));
    if (!shape.isArray())
        return headerError(path, Tr::tr("tensor '%1': missing or non-array 'shape'").arg(name));
    for (const QJsonValue& d : shape.toArray()) {
        qint64 dim = 0;
        if (!readInteger(d, &dim))
            return headerError(path, Tr::tr("tensor '%1': shape must hold non-negative integers").arg(name));
        e.tensor.shape.push_back(dim);
    }
    const QJsonValue offsets = o.value(QStringLiteral("data_offsets"));
    const QJsonArray offsetArray = offsets.toArray();
    if (!offsets.isArray() || offsetArray.size() != 2 || !readInteger(offsetArray[0], &e.begin) ||
        !readInteger(offsetArray[1], &e.end))
        return headerError(path, Tr::tr("tensor '%1': 'data_offsets' must be two non-negative integers").arg(name));
    if (e.begin > e.end)
        return headerError(path,
                           Tr::tr("tensor '%1': data_offsets [%2, %3] are reversed").arg(name).arg(e.begin).arg(e.end));
    const int64_t numel = checkedNumel(e.tensor.shape);
    const qint64 span = e.end - e.begin;
    if (numel < 0 || numel > std::numeric_limits<int64_t>::max() / elementSize || numel * elementSize != span)
        return headerError(path,
                           Tr::tr("tensor '%1': shape %2 of dtype %3 needs %4 bytes but data_offsets [%5, %6] span %7")
                               .arg(name, safetensors::shapeToString(e.tensor.shape), e.tensor.dtype,
                                    numel < 0 ? Tr::tr("too many") : QString::number(numel * elementSize))
                               .arg(e.begin)
                               .arg(e.end)
                               .arg(span));
    if (e.end > dataSize)
        return headerError(path, Tr::tr("tensor '%1': data_offsets [%2, %3] run past the end of the data (%4 bytes; "
                                        "file truncated?)")
                                     .arg(name)
                                     .arg(e.begin)
                                     .arg(e.end)
                                     .arg(dataSize));
    return e;
}

} // namespace

namespace detail {

Result<qint64> safetensorsHeaderLength(const char* first8, qint64 fileSize, const QString& path)
{
    if (fileSize < 8)
        return headerError(
            path, Tr::tr("not a safetensors file: %1 bytes, shorter than the 8-byte header length").arg(fileSize));
    const quint64 headerLength = qFromLittleEndian<quint64>(first8);
    if (headerLength < 2 || headerLength > quint64(kMaxHeaderBytes))
        return headerError(path, Tr::tr("not a safetensors file: implausible header length %1").arg(headerLength));
    if (headerLength > quint64(fileSize - 8))
        return headerError(path, Tr::tr("header length %1 exceeds the file size (%2 bytes; file truncated?)")
                                     .arg(headerLength)
                                     .arg(fileSize));
    return qint64(headerLength);
}

Result<SafetensorsLayout> parseSafetensorsHeader(QByteArrayView json, qint64 fileSize, const QString& path,
                                                 QJsonObject* metadata)
{
    const QByteArray headerBytes = QByteArray::fromRawData(json.data(), json.size());
    if (headerBytes.isEmpty() || headerBytes.front() != '{')
        return headerError(path, Tr::tr("header is not a JSON object"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(headerBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return headerError(
            path,
            Tr::tr("header is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    SafetensorsLayout header;
    header.dataStart = 8 + qint64(json.size());
    header.dataSize = fileSize - header.dataStart;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__")) {
            const QJsonObject meta = it.value().toObject();
            const bool allStrings =
                std::all_of(meta.begin(), meta.end(), [](const QJsonValue& v) { return v.isString(); });
            if (!it.value().isObject() || !allStrings)
                return headerError(path, Tr::tr("'__metadata__' must map strings to strings"));
            if (metadata)
                *metadata = meta;
            continue;
        }
        auto entry = parseEntry(path, it.key(), it.value(), header.dataSize);
        if (!entry)
            return entry.error();
        header.entries << std::move(entry).value();
    }
    // The specification requires the data buffer to be covered exactly: no overlap, no hole, nothing after.
    QList<const SafetensorsEntry*> order;
    for (const SafetensorsEntry& e : header.entries)
        order << &e;
    std::sort(order.begin(), order.end(), [](const SafetensorsEntry* a, const SafetensorsEntry* b) {
        return a->begin != b->begin ? a->begin < b->begin : a->end < b->end;
    });
    qint64 position = 0;
    const SafetensorsEntry* previous = nullptr;
    for (const SafetensorsEntry* e : order) {
        if (e->begin < position)
            return headerError(
                path,
                Tr::tr("tensors '%1' and '%2' overlap in the data buffer").arg(previous->tensor.name, e->tensor.name));
        if (e->begin > position)
            return headerError(path, Tr::tr("%1 bytes before tensor '%2' belong to no tensor (gap in the data buffer)")
                                         .arg(e->begin - position)
                                         .arg(e->tensor.name));
        position = e->end;
        previous = e;
    }
    if (position < header.dataSize)
        return headerError(path,
                           Tr::tr("%1 bytes of trailing data after the last tensor").arg(header.dataSize - position));
    return header;
}

} // namespace detail

namespace {

Result<SafetensorsLayout> parseHeader(QFile& file, const QString& path, QJsonObject* metadata)
{
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Input, Tr::tr("cannot open for reading (%1)").arg(file.errorString()), path);
    const qint64 fileSize = file.size();
    char lengthBytes[8] = {};
    if (fileSize >= 8 && file.read(lengthBytes, 8) != 8)
        return headerError(path, Tr::tr("read error (%1)").arg(file.errorString()));
    auto headerLength = detail::safetensorsHeaderLength(lengthBytes, fileSize, path);
    if (!headerLength)
        return headerLength.error();
    const QByteArray headerBytes = file.read(*headerLength);
    if (headerBytes.size() != *headerLength)
        return headerError(path, Tr::tr("read error (%1)").arg(file.errorString()));
    return detail::parseSafetensorsHeader(headerBytes, fileSize, path, metadata);
}

QMap<QString, TensorData> withoutData(const SafetensorsLayout& header)
{
    QMap<QString, TensorData> out;
    for (const SafetensorsEntry& e : header.entries)
        out.insert(e.tensor.name, e.tensor);
    return out;
}

Result<QMap<QString, TensorData>> readAll(const QString& path, QJsonObject* metadata)
{
    QFile file(path);
    auto header = parseHeader(file, path, metadata);
    if (!header)
        return header.error();
    QMap<QString, TensorData> out;
    for (const SafetensorsEntry& e : header->entries) {
        TensorData t = e.tensor;
        const qint64 span = e.end - e.begin;
        if (span > 0) {
            // One mapping per tensor, released after the copy: peak memory stays one copy of the data plus
            // one tensor's worth of mapped pages. Files that cannot be mapped are read tensor by tensor.
            uchar* mapped = file.map(header->dataStart + e.begin, span);
            if (mapped) {
                t.bytes = QByteArray(reinterpret_cast<const char*>(mapped), span);
                file.unmap(mapped);
            } else {
                t.bytes.resize(span);
                if (!file.seek(header->dataStart + e.begin) || file.read(t.bytes.data(), span) != span)
                    return headerError(path, Tr::tr("read error (%1)").arg(file.errorString()));
            }
        }
        out.insert(t.name, std::move(t));
    }
    return out;
}

} // namespace

Result<QMap<QString, TensorData>> readSafetensors(const QString& path, QJsonObject* metadata)
{
    return detail::guarded(ErrorCode::Input, path, [&] { return readAll(path, metadata); });
}

Result<QMap<QString, TensorData>> readSafetensorsHeader(const QString& path, QJsonObject* metadata)
{
    return detail::guarded(ErrorCode::Input, path, [&]() -> Result<QMap<QString, TensorData>> {
        QFile file(path);
        auto header = parseHeader(file, path, metadata);
        if (!header)
            return header.error();
        return withoutData(*header);
    });
}

Status writeSafetensors(const QString& path, const QMap<QString, TensorData>& tensors, const QJsonObject& metadata)
{
    QJsonObject root;
    qint64 offset = 0;
    for (auto it = tensors.begin(); it != tensors.end(); ++it) {
        const TensorData& t = it.value();
        const QString& name = it.key();
        if (name.isEmpty() || name == QLatin1String("__metadata__"))
            return Error(ErrorCode::Input, Tr::tr("invalid tensor name '%1'").arg(name), path);
        const int size = safetensors::dtypeSize(t.dtype);
        if (size == 0)
            return Error(ErrorCode::Input, Tr::tr("tensor '%1': unknown dtype '%2'").arg(name, t.dtype), path);
        const int64_t numel = checkedNumel(t.shape);
        if (numel < 0 || t.bytes.size() != numel * size)
            return Error(ErrorCode::Input,
                         Tr::tr("tensor '%1': %2 bytes do not fit shape %3 of dtype %4")
                             .arg(name)
                             .arg(t.bytes.size())
                             .arg(safetensors::shapeToString(t.shape), t.dtype),
                         path);
        QJsonArray shape;
        for (int64_t d : t.shape)
            shape.append(qint64(d));
        QJsonObject entry;
        entry.insert(QStringLiteral("dtype"), t.dtype);
        entry.insert(QStringLiteral("shape"), shape);
        entry.insert(QStringLiteral("data_offsets"), QJsonArray{offset, offset + t.bytes.size()});
        root.insert(name, entry);
        offset += t.bytes.size();
    }
    if (!metadata.isEmpty()) {
        for (auto it = metadata.begin(); it != metadata.end(); ++it) {
            if (!it.value().isString())
                return Error(ErrorCode::Input, Tr::tr("metadata value '%1' is not a string").arg(it.key()), path);
        }
        root.insert(QStringLiteral("__metadata__"), metadata);
    }
    // QJsonObject keeps keys sorted; compact output gives a stable header.
    QByteArray header = QJsonDocument(root).toJson(QJsonDocument::Compact);
    while ((8 + header.size()) % 8 != 0)
        header.append(' ');
    return writeFileAtomically(path, [&](QIODevice& device, QString* error) {
        uchar length[8];
        qToLittleEndian<quint64>(quint64(header.size()), length);
        bool ok = device.write(reinterpret_cast<const char*>(length), 8) == 8 && device.write(header) == header.size();
        for (auto it = tensors.begin(); ok && it != tensors.end(); ++it)
            ok = device.write(it.value().bytes) == it.value().bytes.size();
        if (!ok)
            *error = device.errorString();
        return ok;
    });
}

} // namespace descry
