#include <torch/torch.h>

#include "core/face/detail/TfjsWeights.h"
#include "core/common/Tr.h"

#include "core/common/detail/ExceptionAdapter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace descry::detail {

namespace {

// One manifest entry, validated.
struct Entry
{
    std::string name;
    std::vector<int64_t> shape;
    QString quantDtype; // empty: raw float32
    double scale = 1.0;
    double min = 0.0;
    int64_t numel = 1;
    int64_t bytes = 0;
};

Result<Entry> parseEntry(const QJsonValue& value, const QString& manifestPath)
{
    const QJsonObject w = value.toObject();
    Entry e;
    e.name = w.value(QStringLiteral("name")).toString().toStdString();
    if (e.name.empty())
        return Error(ErrorCode::Model, Tr::tr("weights manifest: an entry has no name"), manifestPath);
    const QString qname = QString::fromStdString(e.name);
    if (w.value(QStringLiteral("dtype")).toString() != QLatin1String("float32"))
        return Error(ErrorCode::Model,
                     Tr::tr("weights manifest: weight '%1' has unsupported dtype '%2'")
                         .arg(qname, w.value(QStringLiteral("dtype")).toString()),
                     manifestPath);
    const QJsonValue shape = w.value(QStringLiteral("shape"));
    if (!shape.isArray())
        return Error(ErrorCode::Model, Tr::tr("weights manifest: weight '%1' has no shape").arg(qname), manifestPath);
    for (const QJsonValue& d : shape.toArray()) {
        const double v = d.toDouble(-1.0);
        if (v < 0 || v != static_cast<double>(static_cast<int64_t>(v)))
            return Error(ErrorCode::Model, Tr::tr("weights manifest: weight '%1' has a bad shape").arg(qname),
                         manifestPath);
        e.shape.push_back(static_cast<int64_t>(v));
        e.numel *= e.shape.back();
    }
    int bytesPerValue = 4;
    if (w.contains(QStringLiteral("quantization"))) {
        const QJsonObject q = w.value(QStringLiteral("quantization")).toObject();
        e.quantDtype = q.value(QStringLiteral("dtype")).toString();
        if (e.quantDtype == QLatin1String("uint8") || e.quantDtype == QLatin1String("uint16")) {
            if (!q.value(QStringLiteral("scale")).isDouble() || !q.value(QStringLiteral("min")).isDouble())
                return Error(ErrorCode::Model,
                             Tr::tr("weights manifest: weight '%1' lacks quantization scale/min").arg(qname),
                             manifestPath);
            e.scale = q.value(QStringLiteral("scale")).toDouble();
            e.min = q.value(QStringLiteral("min")).toDouble();
            bytesPerValue = e.quantDtype == QLatin1String("uint8") ? 1 : 2;
        } else if (e.quantDtype == QLatin1String("float16")) {
            bytesPerValue = 2;
        } else {
            return Error(
                ErrorCode::Model,
                Tr::tr("weights manifest: weight '%1' has unsupported quantization '%2'").arg(qname, e.quantDtype),
                manifestPath);
        }
    }
    e.bytes = e.numel * bytesPerValue;
    return e;
}

torch::Tensor decode(const Entry& e, const char* data)
{
    torch::Tensor out = torch::empty(e.shape, torch::kFloat32);
    float* dst = out.data_ptr<float>();
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
        torch::Tensor half = torch::empty(e.shape, torch::kHalf);
        std::memcpy(half.data_ptr(), data, static_cast<size_t>(e.bytes));
        out.copy_(half.to(torch::kFloat32));
    }
    return out;
}

Result<TfjsWeightMap> readImpl(const QString& manifestPath, const QString& weightsPath)
{
    QFile mf(manifestPath);
    if (!mf.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Model, Tr::tr("cannot read weights manifest: %1").arg(mf.errorString()), manifestPath);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(mf.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error(ErrorCode::Model, Tr::tr("weights manifest is not valid JSON: %1").arg(pe.errorString()),
                     manifestPath);
    if (!doc.isArray() || doc.array().isEmpty())
        return Error(ErrorCode::Model, Tr::tr("weights manifest must be a non-empty array of weight groups"),
                     manifestPath);

    std::vector<Entry> entries;
    int64_t totalBytes = 0;
    for (const QJsonValue& group : doc.array()) {
        const QJsonValue weights = group.toObject().value(QStringLiteral("weights"));
        if (!weights.isArray())
            return Error(ErrorCode::Model, Tr::tr("weights manifest: a group has no 'weights' array"), manifestPath);
        for (const QJsonValue& w : weights.toArray()) {
            auto e = parseEntry(w, manifestPath);
            if (!e)
                return e.error();
            totalBytes += e->bytes;
            entries.push_back(std::move(e).value());
        }
    }

    QFile bf(weightsPath);
    if (!bf.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Model, Tr::tr("cannot read weights: %1").arg(bf.errorString()), weightsPath);
    const QByteArray bin = bf.readAll();
    if (bin.size() != totalBytes)
        return Error(ErrorCode::Model,
                     Tr::tr("weights file has %1 bytes but its manifest describes %2 (truncated or mismatched)")
                         .arg(bin.size())
                         .arg(totalBytes),
                     weightsPath);

    TfjsWeightMap map;
    int64_t offset = 0;
    for (const Entry& e : entries) {
        if (map.tensors.count(e.name))
            return Error(ErrorCode::Model,
                         Tr::tr("weights manifest lists weight '%1' twice").arg(QString::fromStdString(e.name)),
                         manifestPath);
        map.tensors.emplace(e.name, decode(e, bin.constData() + offset));
        map.order.push_back(e.name);
        offset += e.bytes;
    }
    return map;
}

} // namespace

Result<TfjsWeightMap> readTfjsWeights(const QString& manifestPath, const QString& weightsPath)
{
    return guarded(ErrorCode::Model, weightsPath, [&] { return readImpl(manifestPath, weightsPath); });
}

SamePadding tfjsSamePadding(int inputSize, int kernel, int stride)
{
    const int out = (inputSize + stride - 1) / stride;
    const int total = std::max((out - 1) * stride + kernel - inputSize, 0);
    return {total / 2, total - total / 2};
}

} // namespace descry::detail
