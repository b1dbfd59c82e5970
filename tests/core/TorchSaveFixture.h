#pragma once
// Test-only writers of torch.save-style checkpoints: pickle opcodes as PyTorch emits them (protocol 2) and a
// zip archive of stored entries (data aligned to 64 bytes like PyTorch's writer; optional zip64 records).

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QtEndian>

#include <cstdint>
#include <vector>

namespace descry::testing {

// Emits pickle opcodes; the helpers mirror what torch.save writes.
class PickleWriter
{
public:
    QByteArray bytes;
    PickleWriter& raw(const QByteArray& b)
    {
        bytes += b;
        return *this;
    }
    PickleWriter& op(char c)
    {
        bytes += c;
        return *this;
    }
    PickleWriter& proto() { return raw(QByteArray("\x80\x02", 2)); }
    PickleWriter& mark() { return op('('); }
    PickleWriter& global(const char* module, const char* name)
    {
        return op('c').raw(QByteArray(module) + '\n' + QByteArray(name) + '\n');
    }
    PickleWriter& string(const QString& s)
    {
        const QByteArray u = s.toUtf8();
        return op('X').u32(quint32(u.size())).raw(u);
    }
    PickleWriter& integer(qint64 v)
    {
        if (v >= 0 && v < 256)
            return op('K').raw(QByteArray(1, char(v)));
        if (v >= 0 && v < 65536)
            return op('M').u16(quint16(v));
        if (v >= INT32_MIN && v <= INT32_MAX)
            return op('J').u32(quint32(qint32(v)));
        QByteArray b(8, '\0');
        qToLittleEndian<qint64>(v, b.data());
        return op('\x8a').raw(QByteArray(1, 8)).raw(b);
    }
    PickleWriter& tuple(const std::vector<int64_t>& values)
    {
        mark();
        for (int64_t v : values)
            integer(v);
        return op('t');
    }
    PickleWriter& u16(quint16 v)
    {
        QByteArray b(2, '\0');
        qToLittleEndian<quint16>(v, b.data());
        return raw(b);
    }
    PickleWriter& u32(quint32 v)
    {
        QByteArray b(4, '\0');
        qToLittleEndian<quint32>(v, b.data());
        return raw(b);
    }
    PickleWriter& put(int index) { return op('q').raw(QByteArray(1, char(index))); }
    PickleWriter& get(int index) { return op('h').raw(QByteArray(1, char(index))); }
    PickleWriter& orderedDict() { return global("collections", "OrderedDict").op(')').op('R'); }
    // torch._utils._rebuild_tensor_v2(persistent storage, offset, size, stride, False, OrderedDict())
    PickleWriter& tensor(const char* storageClass, const QString& key, int64_t storageNumel, int64_t offset,
                         const std::vector<int64_t>& shape, const std::vector<int64_t>& stride)
    {
        global("torch._utils", "_rebuild_tensor_v2").mark();
        mark().string(QStringLiteral("storage")).global("torch", storageClass).string(key);
        string(QStringLiteral("cpu")).integer(storageNumel).op('t').op('Q');
        integer(offset).tuple(shape).tuple(stride).op('\x89').orderedDict();
        return op('t').op('R');
    }
    PickleWriter& stop() { return op('.'); }
};

// Contiguous C-order strides of a shape.
inline std::vector<int64_t> contiguousStrides(const std::vector<int64_t>& shape)
{
    std::vector<int64_t> s(shape.size(), 1);
    for (size_t i = shape.size(); i-- > 1;)
        s[i - 1] = s[i] * shape[i];
    return s;
}

// One tensor of a generated checkpoint: float32 values in its own storage data/<index>.
struct FakeTorchTensor
{
    QString name;
    std::vector<int64_t> shape;
    std::vector<float> values;
};

inline QByteArray floatBytes(const std::vector<float>& values)
{
    QByteArray b(qsizetype(values.size() * 4), '\0');
    for (size_t i = 0; i < values.size(); ++i)
        qToLittleEndian<float>(values[i], b.data() + i * 4);
    return b;
}

// A zip member to write: stored (method 0) unless `method` says otherwise (the bytes are written as given).
struct ZipMember
{
    QString name;
    QByteArray data;
    int method = 0;
};

inline void appendLe(QByteArray& out, quint64 v, int n)
{
    for (int i = 0; i < n; ++i)
        out += char((v >> (8 * i)) & 0xFF);
}

// A zip archive as PyTorch writes it: local headers padded with an extra field so data starts 64-byte aligned,
// then the central directory and the end record (zip64 records when `zip64`).
inline QByteArray zipArchive(const QList<ZipMember>& members, bool zip64 = false)
{
    QByteArray out, central;
    for (const ZipMember& m : members) {
        const QByteArray name = m.name.toUtf8();
        const qint64 local = out.size();
        const qint64 unpadded = local + 30 + name.size() + 4;
        const int padding = int((64 - unpadded % 64) % 64);
        appendLe(out, 0x04034b50, 4);
        appendLe(out, 20, 2);
        appendLe(out, 0, 2);
        appendLe(out, quint64(m.method), 2);
        appendLe(out, 0, 4); // time, date
        appendLe(out, 0, 4); // crc (not checked by readers of checkpoints)
        appendLe(out, quint64(m.data.size()), 4);
        appendLe(out, quint64(m.data.size()), 4);
        appendLe(out, quint64(name.size()), 2);
        appendLe(out, quint64(4 + padding), 2);
        out += name;
        appendLe(out, 0x4246, 2); // "FB": PyTorch's padding field
        appendLe(out, quint64(padding), 2);
        out += QByteArray(padding, 'Z');
        out += m.data;
        appendLe(central, 0x02014b50, 4);
        appendLe(central, 20, 2);
        appendLe(central, 20, 2);
        appendLe(central, 0, 2);
        appendLe(central, quint64(m.method), 2);
        appendLe(central, 0, 4);
        appendLe(central, 0, 4);
        const quint64 size = zip64 ? 0xFFFFFFFF : quint64(m.data.size());
        appendLe(central, size, 4);
        appendLe(central, size, 4);
        appendLe(central, quint64(name.size()), 2);
        appendLe(central, zip64 ? 28 : 0, 2);
        appendLe(central, 0, 2); // comment
        appendLe(central, 0, 2); // disk
        appendLe(central, 0, 2);
        appendLe(central, 0, 4);
        appendLe(central, zip64 ? 0xFFFFFFFF : quint64(local), 4);
        central += name;
        if (zip64) {
            appendLe(central, 0x0001, 2);
            appendLe(central, 24, 2);
            appendLe(central, quint64(m.data.size()), 8);
            appendLe(central, quint64(m.data.size()), 8);
            appendLe(central, quint64(local), 8);
        }
    }
    const qint64 cdOffset = out.size();
    out += central;
    if (zip64) {
        const qint64 end64 = out.size();
        appendLe(out, 0x06064b50, 4);
        appendLe(out, 44, 8);
        appendLe(out, 45, 2);
        appendLe(out, 45, 2);
        appendLe(out, 0, 4);
        appendLe(out, 0, 4);
        appendLe(out, quint64(members.size()), 8);
        appendLe(out, quint64(members.size()), 8);
        appendLe(out, quint64(central.size()), 8);
        appendLe(out, quint64(cdOffset), 8);
        appendLe(out, 0x07064b50, 4);
        appendLe(out, 0, 4);
        appendLe(out, quint64(end64), 8);
        appendLe(out, 1, 4);
    }
    appendLe(out, 0x06054b50, 4);
    appendLe(out, 0, 2);
    appendLe(out, 0, 2);
    appendLe(out, zip64 ? 0xFFFF : quint64(members.size()), 2);
    appendLe(out, zip64 ? 0xFFFF : quint64(members.size()), 2);
    appendLe(out, zip64 ? 0xFFFFFFFF : quint64(central.size()), 4);
    appendLe(out, zip64 ? 0xFFFFFFFF : quint64(cdOffset), 4);
    appendLe(out, 0, 2);
    return out;
}

// The pickle torch.save writes for an OrderedDict state_dict of float32 tensors (one storage each, data/<i>).
// With `nested` it sits under {"epoch": 3, "state_dict": ...}; `prefix` goes before every key ("module.").
inline QByteArray stateDictPickle(const QList<FakeTorchTensor>& tensors, bool nested = false,
                                  const QString& prefix = {})
{
    PickleWriter w;
    w.proto();
    if (nested)
        w.op('}').mark().string(QStringLiteral("epoch")).integer(3).string(QStringLiteral("state_dict"));
    w.orderedDict().mark();
    for (int i = 0; i < tensors.size(); ++i) {
        const FakeTorchTensor& t = tensors[i];
        w.string(prefix + t.name)
            .tensor("FloatStorage", QString::number(i), int64_t(t.values.size()), 0, t.shape,
                    contiguousStrides(t.shape));
    }
    w.op('u');
    if (nested)
        w.op('u');
    return w.stop().bytes;
}

// The members of a torch.save archive named `archive` for `tensors` (pickle as stateDictPickle writes it).
inline QList<ZipMember> torchSaveMembers(const QList<FakeTorchTensor>& tensors, const QByteArray& pickle,
                                         const QString& archive = QStringLiteral("archive"))
{
    QList<ZipMember> members{{archive + QStringLiteral("/data.pkl"), pickle}};
    for (int i = 0; i < tensors.size(); ++i)
        members << ZipMember{archive + QStringLiteral("/data/") + QString::number(i), floatBytes(tensors[i].values)};
    members << ZipMember{archive + QStringLiteral("/version"), QByteArray("3\n")};
    return members;
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace descry::testing
