#include "core/tensor/detail/TorchZip.h"

#include "core/common/Tr.h"

#include <QSet>
#include <QtEndian>

namespace descry::detail {

namespace {

constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kEnd64LocatorSignature = 0x07064b50;
constexpr quint32 kEnd64Signature = 0x06064b50;
constexpr qint64 kEndSize = 22;
constexpr qint64 kCentralSize = 46;
constexpr qint64 kLocalSize = 30;

// Bounds-checked little-endian reads from the file image: every offset comes from the file itself.
class Bytes
{
public:
    Bytes(const uchar* data, qint64 size) : m_data(data), m_size(size) {}
    qint64 size() const { return m_size; }
    bool has(qint64 offset, qint64 length) const
    {
        return offset >= 0 && length >= 0 && offset <= m_size && length <= m_size - offset;
    }
    quint16 u16(qint64 offset) const { return qFromLittleEndian<quint16>(m_data + offset); }
    quint32 u32(qint64 offset) const { return qFromLittleEndian<quint32>(m_data + offset); }
    quint64 u64(qint64 offset) const { return qFromLittleEndian<quint64>(m_data + offset); }
    const char* at(qint64 offset) const { return reinterpret_cast<const char*>(m_data + offset); }

private:
    const uchar* m_data;
    qint64 m_size;
};

// Where the central directory lies and how many entries it announces.
struct Directory
{
    qint64 offset = 0;
    qint64 size = 0;
    qint64 entries = 0;
    qint64 end = 0; // where the end records start: the directory must end before
};

Result<Directory> findDirectory(const Bytes& b, const QString& path, ErrorCode code)
{
    const auto fail = [&](const QString& message) { return Error(code, message, path); };
    if (b.size() < kEndSize)
        return fail(Tr::tr("not a zip archive: %1 bytes is too short (file truncated?)").arg(b.size()));
    // The end record sits in the last 22 + 65535 (comment) bytes; search backwards for a consistent one.
    qint64 end = -1;
    for (qint64 pos = b.size() - kEndSize; pos >= 0 && pos >= b.size() - kEndSize - 0xFFFF; --pos) {
        if (b.u32(pos) == kEndSignature && pos + kEndSize + b.u16(pos + 20) == b.size()) {
            end = pos;
            break;
        }
    }
    if (end < 0)
        return fail(Tr::tr("the zip archive has no end of central directory record (file truncated?)"));
    Directory d;
    d.end = end;
    if (b.u16(end + 4) != 0 || (b.u16(end + 6) != 0 && b.u16(end + 6) != 0xFFFF))
        return fail(Tr::tr("multi-part zip archives are not supported"));
    d.entries = b.u16(end + 10);
    d.size = b.u32(end + 12);
    d.offset = b.u32(end + 16);
    const bool zip64 = d.entries == 0xFFFF || d.size == 0xFFFFFFFF || d.offset == 0xFFFFFFFF;
    if (zip64) {
        const qint64 locator = end - 20;
        if (!b.has(locator, 20) || b.u32(locator) != kEnd64LocatorSignature)
            return fail(Tr::tr("the zip64 end of central directory locator is missing (file damaged?)"));
        const quint64 end64 = b.u64(locator + 8);
        if (end64 > quint64(locator) || !b.has(qint64(end64), 56) || b.u32(qint64(end64)) != kEnd64Signature)
            return fail(Tr::tr("the zip64 end of central directory record lies outside the file (file damaged?)"));
        if (b.u32(qint64(end64) + 16) != 0 || b.u32(qint64(end64) + 20) != 0)
            return fail(Tr::tr("multi-part zip archives are not supported"));
        const quint64 entries = b.u64(qint64(end64) + 32), size = b.u64(qint64(end64) + 40),
                      offset = b.u64(qint64(end64) + 48);
        if (entries > quint64(b.size()) || size > quint64(b.size()) || offset > quint64(b.size()))
            return fail(Tr::tr("the zip64 central directory lies outside the file (file damaged?)"));
        d.entries = qint64(entries);
        d.size = qint64(size);
        d.offset = qint64(offset);
        d.end = qint64(end64);
    }
    if (!b.has(d.offset, d.size) || d.offset + d.size > d.end)
        return fail(Tr::tr("the zip central directory [%1, +%2) lies outside the file (%3 bytes; file truncated?)")
                        .arg(d.offset)
                        .arg(d.size)
                        .arg(b.size()));
    if (d.entries > d.size / kCentralSize)
        return fail(Tr::tr("the zip central directory announces %1 entries but holds at most %2")
                        .arg(d.entries)
                        .arg(d.size / kCentralSize));
    return d;
}

// Reads the zip64 extra field of a central entry: the 64-bit values replace those stored as 0xFFFFFFFF.
bool applyZip64(const Bytes& b, qint64 extra, qint64 extraLength, quint64* uncompressed, quint64* compressed,
                quint64* localOffset)
{
    for (qint64 p = extra; p + 4 <= extra + extraLength;) {
        const quint16 id = b.u16(p), length = b.u16(p + 2);
        if (p + 4 + length > extra + extraLength)
            return false;
        if (id == 0x0001) {
            qint64 q = p + 4;
            for (quint64* v : {uncompressed, compressed, localOffset}) {
                if (*v != 0xFFFFFFFF)
                    continue;
                if (q + 8 > p + 4 + length)
                    return false;
                *v = b.u64(q);
                q += 8;
            }
            return true;
        }
        p += 4 + length;
    }
    return *uncompressed != 0xFFFFFFFF && *compressed != 0xFFFFFFFF && *localOffset != 0xFFFFFFFF;
}

// One central directory record at `pos` (bounds already checked for the fixed part), resolved to its data.
Result<ZipEntry> readEntry(const Bytes& b, qint64 pos, const Directory& d, qint64* next, const QString& path,
                           ErrorCode code)
{
    const auto fail = [&](const QString& message) { return Error(code, message, path); };
    const quint16 flags = b.u16(pos + 8), method = b.u16(pos + 10);
    quint64 compressed = b.u32(pos + 20), uncompressed = b.u32(pos + 24), localOffset = b.u32(pos + 42);
    const qint64 nameLength = b.u16(pos + 28), extraLength = b.u16(pos + 30), commentLength = b.u16(pos + 32);
    const qint64 recordEnd = pos + kCentralSize + nameLength + extraLength + commentLength;
    if (recordEnd > d.offset + d.size)
        return fail(Tr::tr("a zip central directory record runs past the directory (file damaged?)"));
    ZipEntry e;
    e.name = QString::fromUtf8(b.at(pos + kCentralSize), nameLength);
    if (!applyZip64(b, pos + kCentralSize + nameLength, extraLength, &uncompressed, &compressed, &localOffset))
        return fail(Tr::tr("zip entry '%1': malformed zip64 extra field").arg(e.name));
    if (flags & 0x1)
        return fail(Tr::tr("zip entry '%1' is encrypted").arg(e.name));
    if (localOffset > quint64(d.offset) || !b.has(qint64(localOffset), kLocalSize) ||
        b.u32(qint64(localOffset)) != kLocalSignature)
        return fail(Tr::tr("zip entry '%1': its local header at byte %2 is missing or outside the file (file "
                           "damaged?)")
                        .arg(e.name)
                        .arg(localOffset));
    const qint64 local = qint64(localOffset);
    e.dataOffset = local + kLocalSize + b.u16(local + 26) + b.u16(local + 28);
    e.method = method;
    if (compressed > quint64(b.size()) || uncompressed > (quint64(1) << 62))
        return fail(Tr::tr("zip entry '%1': implausible size %2").arg(e.name).arg(compressed));
    e.size = qint64(compressed);
    e.uncompressedSize = qint64(uncompressed);
    if (e.dataOffset > d.offset || e.size > d.offset - e.dataOffset)
        return fail(Tr::tr("zip entry '%1': its %2 bytes at byte %3 run past the data area (file truncated?)")
                        .arg(e.name)
                        .arg(e.size)
                        .arg(e.dataOffset));
    if (method == 0 && e.size != e.uncompressedSize)
        return fail(Tr::tr("zip entry '%1' is stored but its sizes disagree (%2 and %3 bytes)")
                        .arg(e.name)
                        .arg(e.size)
                        .arg(e.uncompressedSize));
    *next = recordEnd;
    return e;
}

} // namespace

Result<QList<ZipEntry>> readZipDirectory(const uchar* data, qint64 size, const QString& path, ErrorCode code)
{
    const Bytes b(data, size);
    auto d = findDirectory(b, path, code);
    if (!d)
        return d.error();
    QList<ZipEntry> out;
    QSet<QString> names;
    qint64 pos = d->offset;
    for (qint64 i = 0; i < d->entries; ++i) {
        if (pos + kCentralSize > d->offset + d->size || b.u32(pos) != kCentralSignature)
            return Error(code,
                         Tr::tr("zip central directory record %1 of %2 is missing or damaged (file damaged?)")
                             .arg(i + 1)
                             .arg(d->entries),
                         path);
        auto e = readEntry(b, pos, *d, &pos, path, code);
        if (!e)
            return e.error();
        if (names.contains(e->name))
            return Error(code, Tr::tr("zip entry '%1' appears twice").arg(e->name), path);
        names.insert(e->name);
        out << std::move(e).value();
    }
    return out;
}

} // namespace descry::detail
