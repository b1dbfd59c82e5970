#include "core/tensor/TensorFile.h"

#include "core/common/Tr.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/tensor/detail/SafetensorsHeader.h"
#include "core/tensor/detail/TorchZip.h"
#include "core/tensor/detail/Unpickler.h"

#include <QFile>
#include <QHash>

#include <cstring>
#include <limits>

namespace descry {

namespace {

// What an open file holds; TensorFile::Data is this, shared read-only.
struct Contents
{
    QString path;
    TensorFile::Format format = TensorFile::Format::Safetensors;
    // Declared before the tensors: the mapping (or the fallback buffer) they alias.
    std::unique_ptr<QFile> file;
    QByteArray fallback;
    QMap<QString, TensorData> tensors;
    QJsonObject metadata;
};

using detail::Pickle;
using detail::PickleObject;
using detail::ZipEntry;

// The whole file image: the read-only mapping, or the buffer read in when the file cannot be mapped.
struct Image
{
    const uchar* data = nullptr;
    qint64 size = 0;
};

Error relabel(const Error& e, ErrorCode code)
{
    return Error(code, e.message(), e.file());
}

Result<Image> mapFile(Contents& d, ErrorCode code)
{
    d.file = std::make_unique<QFile>(d.path);
    if (!d.file->open(QIODevice::ReadOnly))
        return Error(code, Tr::tr("cannot open for reading (%1)").arg(d.file->errorString()), d.path);
    const qint64 size = d.file->size();
    if (size == 0)
        return Error(code, Tr::tr("the file is empty"), d.path);
    if (uchar* mapped = d.file->map(0, size))
        return Image{mapped, size};
    // Some file systems cannot map: one copy in memory, read once.
    d.fallback = d.file->readAll();
    if (d.fallback.size() != size)
        return Error(code, Tr::tr("read error (%1)").arg(d.file->errorString()), d.path);
    return Image{reinterpret_cast<const uchar*>(d.fallback.constData()), size};
}

Status cancelledAt(const Progress& progress, double fraction, const QString& path)
{
    if (!progress.step(fraction, Tr::tr("Reading %1").arg(path)))
        return Error(ErrorCode::Cancelled, Tr::tr("cancelled"), path);
    return {};
}

Status openSafetensors(Contents& d, const Image& image, ErrorCode code, const Progress& progress)
{
    auto length = detail::safetensorsHeaderLength(reinterpret_cast<const char*>(image.data), image.size, d.path);
    if (!length)
        return relabel(length.error(), code);
    const QByteArrayView json(image.data + 8, *length);
    auto layout = detail::parseSafetensorsHeader(json, image.size, d.path, &d.metadata);
    if (!layout)
        return relabel(layout.error(), code);
    const qsizetype count = layout->entries.size();
    for (qsizetype i = 0; i < count; ++i) {
        if (Status st = cancelledAt(progress, double(i) / double(count), d.path); !st)
            return st;
        const detail::SafetensorsEntry& e = layout->entries[i];
        TensorData t = e.tensor;
        if (e.end > e.begin)
            t.bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(image.data + layout->dataStart + e.begin),
                                              qsizetype(e.end - e.begin));
        d.tensors.insert(t.name, std::move(t));
    }
    return {};
}

// The members of a torch.save archive: `<archive>/data.pkl`, `<archive>/data/<key>` storages.
struct Archive
{
    const Image* image = nullptr;
    QString prefix;
    QHash<QString, ZipEntry> entries;
    qint64 copied = 0; // bytes of non-contiguous tensors copied so far
};

Result<Archive> readArchive(const Image& image, const QString& path, ErrorCode code)
{
    auto list = detail::readZipDirectory(image.data, image.size, path, code);
    if (!list)
        return list.error();
    Archive a;
    a.image = &image;
    QStringList pickles;
    bool torchScript = false;
    for (const ZipEntry& e : *list) {
        a.entries.insert(e.name, e);
        if (e.name.endsWith(QLatin1String("/data.pkl")) && e.name.count(QLatin1Char('/')) == 1)
            pickles << e.name;
        torchScript = torchScript || e.name.endsWith(QLatin1String("/constants.pkl"));
    }
    if (pickles.isEmpty())
        return Error(code,
                     torchScript ? Tr::tr("a TorchScript archive (torch.jit.save) holds code, not a state_dict; save "
                                          "its state_dict() with torch.save or as safetensors")
                                 : Tr::tr("not a torch.save checkpoint: the zip archive has no data.pkl entry"),
                     path);
    if (pickles.size() > 1)
        return Error(code,
                     Tr::tr("the zip archive holds %1 data.pkl entries; a checkpoint holds one").arg(pickles.size()),
                     path);
    a.prefix = pickles.first().chopped(int(qstrlen("/data.pkl")));
    const auto order = a.entries.constFind(a.prefix + QLatin1String("/byteorder"));
    if (order != a.entries.constEnd()) {
        const QByteArray value(reinterpret_cast<const char*>(image.data + order->dataOffset), qsizetype(order->size));
        if (order->method != 0 || value.trimmed() != "little")
            return Error(code,
                         Tr::tr("only little-endian checkpoints can be read (byteorder '%1')")
                             .arg(QString::fromLatin1(value.left(16))),
                         path);
    }
    return a;
}

Result<const ZipEntry*> storedEntry(const Archive& a, const QString& name, const QString& tensor, const QString& path,
                                    ErrorCode code)
{
    const auto it = a.entries.constFind(name);
    if (it == a.entries.constEnd())
        return Error(code, Tr::tr("tensor '%1': its storage '%2' is missing from the archive").arg(tensor, name), path);
    if (it->method != 0)
        return Error(code,
                     Tr::tr("zip entry '%1' is compressed (method %2); torch.save stores entries uncompressed, so "
                            "it cannot be memory-mapped: re-save the checkpoint with torch.save")
                         .arg(name)
                         .arg(it->method),
                     path);
    return &*it;
}

// Highest element index a strided view touches, or -1 when it overflows.
qint64 viewExtent(const PickleObject& t)
{
    qint64 extent = t.storageOffset;
    for (size_t i = 0; i < t.shape.size(); ++i) {
        const qint64 span = t.shape[i] - 1;
        if (t.stride[i] != 0 && span > (std::numeric_limits<qint64>::max() - extent) / t.stride[i])
            return -1;
        extent += span * t.stride[i];
    }
    return extent;
}

bool isContiguous(const PickleObject& t)
{
    qint64 expected = 1;
    for (size_t i = t.shape.size(); i-- > 0;) {
        if (t.shape[i] != 1 && t.stride[i] != expected)
            return false;
        expected *= t.shape[i];
    }
    return true;
}

// A C-order copy of a strided view (dimensions walked like an odometer; bounds checked by the caller).
QByteArray gather(const char* storage, const PickleObject& t, int elementSize, qint64 numel)
{
    QByteArray out(qsizetype(numel * elementSize), Qt::Uninitialized);
    std::vector<qint64> index(t.shape.size(), 0);
    qint64 source = t.storageOffset;
    for (qint64 n = 0; n < numel; ++n) {
        std::memcpy(out.data() + n * elementSize, storage + source * elementSize, size_t(elementSize));
        for (size_t i = t.shape.size(); i-- > 0;) {
            source += t.stride[i];
            if (++index[i] < t.shape[i])
                break;
            source -= t.stride[i] * t.shape[i];
            index[i] = 0;
        }
    }
    return out;
}

Result<TensorData> torchTensor(const Pickle& p, const PickleObject& t, const QString& name, Archive& a,
                               const QString& path, ErrorCode code)
{
    const auto fail = [&](const QString& message) {
        return Error(code, Tr::tr("tensor '%1': %2").arg(name, message), path);
    };
    const PickleObject& storage = p.at(t.storage);
    const int elementSize = safetensors::dtypeSize(t.dtype);
    auto entry = storedEntry(a, a.prefix + QLatin1String("/data/") + storage.text, name, path, code);
    if (!entry)
        return entry.error();
    if (storage.integer > (*entry)->size / elementSize || storage.integer * elementSize != (*entry)->size)
        return fail(Tr::tr("its storage '%1' holds %2 bytes, but %3 elements of %4 need %5")
                        .arg(storage.text)
                        .arg((*entry)->size)
                        .arg(storage.integer)
                        .arg(t.dtype)
                        .arg(storage.integer > (*entry)->size / elementSize
                                 ? Tr::tr("more")
                                 : QString::number(storage.integer * elementSize)));
    TensorData out;
    out.name = name;
    out.dtype = t.dtype;
    out.shape = t.shape;
    const int64_t numel = safetensors::checkedNumel(t.shape);
    const bool negative = std::any_of(t.shape.begin(), t.shape.end(), [](qint64 v) { return v < 0; }) ||
                          std::any_of(t.stride.begin(), t.stride.end(), [](qint64 v) { return v < 0; });
    if (negative || numel < 0 || t.storageOffset < 0)
        return fail(Tr::tr("implausible shape %1, stride %2 or offset %3")
                        .arg(safetensors::shapeToString(t.shape), safetensors::shapeToString(t.stride))
                        .arg(t.storageOffset));
    if (numel == 0)
        return out;
    const qint64 extent = viewExtent(t);
    if (extent < 0 || extent >= storage.integer)
        return fail(Tr::tr("shape %1 with stride %2 at offset %3 runs past its storage of %4 elements")
                        .arg(safetensors::shapeToString(t.shape), safetensors::shapeToString(t.stride))
                        .arg(t.storageOffset)
                        .arg(storage.integer));
    const char* base = reinterpret_cast<const char*>(a.image->data + (*entry)->dataOffset);
    if (isContiguous(t)) {
        out.bytes = QByteArray::fromRawData(base + t.storageOffset * elementSize, qsizetype(numel * elementSize));
        return out;
    }
    // A view (a transposed or sliced tensor saved as is): copied, bounded by the file size in total.
    a.copied += numel * elementSize;
    if (numel > storage.integer || a.copied > a.image->size)
        return fail(Tr::tr("its strides %1 repeat elements of the storage; save tensor.contiguous() instead")
                        .arg(safetensors::shapeToString(t.stride)));
    out.bytes = gather(base, t, elementSize, numel);
    return out;
}

// The state_dict of the pickle: the root dict, or the one nested under `state_dict`, `model` or `module`.
Result<int> stateDict(const Pickle& p, const QString& path, ErrorCode code)
{
    int dict = p.root();
    if (p.at(dict).kind != PickleObject::Kind::Dict)
        return Error(code, Tr::tr("the checkpoint holds a %1, not a state_dict").arg(p.kindName(dict)), path);
    for (int depth = 0; depth < 4; ++depth) {
        int inner = -1;
        for (const char* key : {"state_dict", "model", "module"}) {
            inner = p.dictValue(dict, QString::fromLatin1(key));
            if (inner >= 0 && p.at(inner).kind == PickleObject::Kind::Dict)
                break;
            inner = -1;
        }
        if (inner < 0)
            break;
        dict = inner;
    }
    return dict;
}

Status openTorchZip(Contents& d, const Image& image, ErrorCode code, const Progress& progress)
{
    auto archive = readArchive(image, d.path, code);
    if (!archive)
        return archive.error();
    const QString pickleName = archive->prefix + QLatin1String("/data.pkl");
    auto pickleEntry = storedEntry(*archive, pickleName, QStringLiteral("data.pkl"), d.path, code);
    if (!pickleEntry)
        return pickleEntry.error();
    const QByteArrayView pickleBytes(image.data + (*pickleEntry)->dataOffset, (*pickleEntry)->size);
    auto pickle = Pickle::parse(pickleBytes, d.path, pickleName, code);
    if (!pickle)
        return pickle.error();
    auto dict = stateDict(*pickle, d.path, code);
    if (!dict)
        return dict.error();
    const std::vector<int>& items = pickle->at(*dict).items;
    for (size_t i = 0; i + 1 < items.size(); i += 2) {
        if (Status st = cancelledAt(progress, double(i) / double(items.size()), d.path); !st)
            return st;
        const PickleObject& key = pickle->at(items[i]);
        const PickleObject& value = pickle->at(items[i + 1]);
        if (value.kind != PickleObject::Kind::Tensor)
            continue; // state_dicts may carry plain values (versions, counters) beside the tensors
        if (key.kind != PickleObject::Kind::String)
            return Error(code, Tr::tr("a tensor is stored under a %1 key").arg(pickle->kindName(items[i])), d.path);
        QString name = key.text;
        if (name.startsWith(QLatin1String("module.")))
            name.remove(0, int(qstrlen("module.")));
        if (d.tensors.contains(name))
            return Error(code, Tr::tr("tensor '%1' appears twice").arg(name), d.path);
        auto tensor = torchTensor(*pickle, value, name, *archive, d.path, code);
        if (!tensor)
            return tensor.error();
        d.tensors.insert(name, std::move(tensor).value());
    }
    if (d.tensors.isEmpty())
        return Error(code, Tr::tr("the checkpoint holds no tensors"), d.path);
    return {};
}

bool isLegacyTorchPickle(const Image& image)
{
    // torch.save before PyTorch 1.6: a bare pickle starting with its magic number 0x1950a86a20f9469cfc6c.
    static const uchar kMagic[] = {0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8};
    return image.size >= qint64(sizeof kMagic) && std::memcmp(image.data, kMagic, sizeof kMagic) == 0;
}

Status openAny(Contents& d, ErrorCode code, const Progress& progress)
{
    auto image = mapFile(d, code);
    if (!image)
        return image.error();
    if (image->size >= 4 && std::memcmp(image->data, "PK\x03\x04", 4) == 0) {
        d.format = TensorFile::Format::TorchZip;
        return openTorchZip(d, *image, code, progress);
    }
    if (isLegacyTorchPickle(*image))
        return Error(code,
                     Tr::tr("a torch.save checkpoint of the legacy format (PyTorch before 1.6) cannot be read; re-save "
                            "it with a current PyTorch or as safetensors"),
                     d.path);
    d.format = TensorFile::Format::Safetensors;
    return openSafetensors(d, *image, code, progress);
}

} // namespace

struct TensorFile::Data : Contents
{
};

Result<TensorFile> TensorFile::open(const QString& path, ErrorCode code, const Progress& progress)
{
    return detail::guarded(code, path, [&]() -> Result<TensorFile> {
        auto d = std::make_shared<Data>();
        d->path = path;
        if (Status st = openAny(*d, code, progress); !st)
            return st.error();
        TensorFile f;
        f.m_data = std::move(d);
        return f;
    });
}

QString TensorFile::path() const
{
    return m_data->path;
}

TensorFile::Format TensorFile::format() const
{
    return m_data->format;
}

QString TensorFile::formatName() const
{
    return m_data->format == Format::Safetensors ? QStringLiteral("safetensors") : QStringLiteral("torch.save zip");
}

const QMap<QString, TensorData>& TensorFile::tensors() const
{
    return m_data->tensors;
}

QJsonObject TensorFile::metadata() const
{
    return m_data->metadata;
}

} // namespace descry
