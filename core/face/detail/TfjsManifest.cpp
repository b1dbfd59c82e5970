#include "core/face/detail/TfjsManifest.h"
#include "core/common/Tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <qfloat16.h>

#include <cmath>
#include <cstring>

namespace descry::detail {

namespace {

// No face-api weight is near this; it keeps every size computation far from int64 overflow (shapes come from
// files a third party supplies).
constexpr int64_t kMaxValues = int64_t(1) << 40;

Error manifestError(const QString& message, const QString& manifestPath)
{
    return Error(ErrorCode::Model, message, manifestPath);
}

Result<int> parseQuantisation(const QJsonObject& w, TfjsEntry& e, const QString& manifestPath)
{
    const QString qname = QString::fromStdString(e.name);
    if (!w.contains(QStringLiteral("quantization")))
        return 4;
    const QJsonObject q = w.value(QStringLiteral("quantization")).toObject();
    e.quantDtype = q.value(QStringLiteral("dtype")).toString();
    if (e.quantDtype == QLatin1String("uint8") || e.quantDtype == QLatin1String("uint16")) {
        if (!q.value(QStringLiteral("scale")).isDouble() || !q.value(QStringLiteral("min")).isDouble())
            return manifestError(Tr::tr("weights manifest: weight '%1' lacks quantization scale/min").arg(qname),
                                 manifestPath);
        e.scale = q.value(QStringLiteral("scale")).toDouble();
        e.min = q.value(QStringLiteral("min")).toDouble();
        return e.quantDtype == QLatin1String("uint8") ? 1 : 2;
    }
    if (e.quantDtype == QLatin1String("float16"))
        return 2;
    return manifestError(
        Tr::tr("weights manifest: weight '%1' has unsupported quantization '%2'").arg(qname, e.quantDtype),
        manifestPath);
}

Result<TfjsEntry> parseEntry(const QJsonValue& value, const QString& manifestPath)
{
    const QJsonObject w = value.toObject();
    TfjsEntry e;
    e.name = w.value(QStringLiteral("name")).toString().toStdString();
    if (e.name.empty())
        return manifestError(Tr::tr("weights manifest: an entry has no name"), manifestPath);
    const QString qname = QString::fromStdString(e.name);
    if (w.value(QStringLiteral("dtype")).toString() != QLatin1String("float32"))
        return manifestError(Tr::tr("weights manifest: weight '%1' has unsupported dtype '%2'")
                                 .arg(qname, w.value(QStringLiteral("dtype")).toString()),
                             manifestPath);
    const QJsonValue shape = w.value(QStringLiteral("shape"));
    if (!shape.isArray())
        return manifestError(Tr::tr("weights manifest: weight '%1' has no shape").arg(qname), manifestPath);
    for (const QJsonValue& d : shape.toArray()) {
        const double v = d.toDouble(-1.0);
        if (!(v >= 0) || v != std::floor(v))
            return manifestError(Tr::tr("weights manifest: weight '%1' has a bad shape").arg(qname), manifestPath);
        if (v > double(kMaxValues) || (v > 0 && double(e.numel) * v > double(kMaxValues)))
            return manifestError(Tr::tr("weights manifest: weight '%1' is implausibly large").arg(qname), manifestPath);
        e.shape.push_back(static_cast<int64_t>(v));
        e.numel *= e.shape.back();
    }
    auto bytesPerValue = parseQuantisation(w, e, manifestPath);
    if (!bytesPerValue)
        return bytesPerValue.error();
    e.bytes = e.numel * *bytesPerValue;
    return e;
}

Result<std::vector<TfjsEntry>> parseManifest(const QString& manifestPath)
{
    QFile mf(manifestPath);
    if (!mf.open(QIODevice::ReadOnly))
        return manifestError(Tr::tr("cannot read weights manifest: %1").arg(mf.errorString()), manifestPath);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(mf.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return manifestError(Tr::tr("weights manifest is not valid JSON: %1").arg(pe.errorString()), manifestPath);
    if (!doc.isArray() || doc.array().isEmpty())
        return manifestError(Tr::tr("weights manifest must be a non-empty array of weight groups"), manifestPath);

    std::vector<TfjsEntry> entries;
    QSet<QString> names;
    int64_t offset = 0;
    for (const QJsonValue& group : doc.array()) {
        const QJsonValue weights = group.toObject().value(QStringLiteral("weights"));
        if (!weights.isArray())
            return manifestError(Tr::tr("weights manifest: a group has no 'weights' array"), manifestPath);
        for (const QJsonValue& w : weights.toArray()) {
            auto e = parseEntry(w, manifestPath);
            if (!e)
                return e.error();
            const QString name = QString::fromStdString(e->name);
            if (names.contains(name))
                return manifestError(Tr::tr("weights manifest lists weight '%1' twice").arg(name), manifestPath);
            names.insert(name);
            if (offset > 2 * kMaxValues) // many large entries: their sum would still fit, but no file does
                return manifestError(Tr::tr("weights manifest describes implausibly many bytes"), manifestPath);
            e->offset = offset;
            offset += e->bytes;
            entries.push_back(std::move(e).value());
        }
    }
    return entries;
}

} // namespace

Result<TfjsWeightFile> readTfjsWeightFile(const QString& manifestPath, const QString& weightsPath)
{
    auto entries = parseManifest(manifestPath);
    if (!entries)
        return entries.error();
    const int64_t totalBytes = entries->empty() ? 0 : entries->back().offset + entries->back().bytes;

    QFile bf(weightsPath);
    if (!bf.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Model, Tr::tr("cannot read weights: %1").arg(bf.errorString()), weightsPath);
    // The manifest says how much to expect: compare sizes before reading, so a huge claim reads nothing.
    if (bf.size() != totalBytes)
        return Error(ErrorCode::Model,
                     Tr::tr("weights file has %1 bytes but its manifest describes %2 (truncated or mismatched)")
                         .arg(bf.size())
                         .arg(totalBytes),
                     weightsPath);
    TfjsWeightFile file;
    file.bin = bf.readAll();
    if (file.bin.size() != totalBytes)
        return Error(ErrorCode::Model, Tr::tr("cannot read weights: %1").arg(bf.errorString()), weightsPath);
    file.entries = std::move(entries).value();
    return file;
}

void decodeTfjsEntry(const TfjsWeightFile& file, const TfjsEntry& e, float* dst)
{
    const char* data = file.bin.constData() + e.offset;
    if (e.quantDtype.isEmpty()) {
        std::memcpy(dst, data, static_cast<size_t>(e.bytes)); // little-endian float32, like the host
    } else if (e.quantDtype == QLatin1String("uint8")) {
        const auto* q = reinterpret_cast<const uint8_t*>(data);
        for (int64_t i = 0; i < e.numel; ++i)
            dst[i] = static_cast<float>(q[i] * e.scale + e.min); // JS: double arithmetic into a Float32Array
    } else if (e.quantDtype == QLatin1String("uint16")) {
        for (int64_t i = 0; i < e.numel; ++i) {
            uint16_t q;
            std::memcpy(&q, data + 2 * i, 2);
            dst[i] = static_cast<float>(q * e.scale + e.min);
        }
    } else { // float16
        for (int64_t i = 0; i < e.numel; ++i) {
            qfloat16 h;
            std::memcpy(&h, data + 2 * i, 2);
            dst[i] = float(h);
        }
    }
}

} // namespace descry::detail
