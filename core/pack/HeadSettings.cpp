#include "core/pack/HeadSettings.h"

#include "core/common/Tr.h"

#include <QJsonValue>

#include <cmath>

namespace descry {

namespace {

Error fieldError(const QString& manifestPath, const QString& field, const QString& problem)
{
    return Error(ErrorCode::Model, QStringLiteral("head.%1: %2").arg(field, problem), manifestPath);
}

// "head.m = 1000000000 is more than the limit 8192": the value and the limit, so the user sees which is wrong.
Error limitError(const QString& manifestPath, const QString& field, double value, double limit)
{
    return Error(ErrorCode::Model,
                 Tr::tr("head.%1 = %2 is more than the limit %3").arg(field).arg(value, 0, 'g', 12).arg(limit),
                 manifestPath);
}

// An integer member in [lo, hi]; JSON numbers are doubles, so 4.5 or 1e12 are refused here.
Result<int> intField(const QJsonObject& head, const QString& field, int lo, int hi, const QString& manifestPath)
{
    const QJsonValue v = head.value(field);
    if (v.isUndefined())
        return fieldError(manifestPath, field, Tr::tr("missing"));
    const double x = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(x) || x != std::floor(x) || x < lo)
        return fieldError(manifestPath, field, Tr::tr("must be an integer in %1..%2").arg(lo).arg(hi));
    if (x > hi)
        return limitError(manifestPath, field, x, hi);
    return int(x);
}

// A number member in [lo, hi] ((lo, hi] with openLow); `hi` is a size limit (reported as such) with hiIsLimit.
Result<double> numberField(const QJsonObject& head, const QString& field, double lo, double hi, bool openLow,
                           bool hiIsLimit, const QString& manifestPath)
{
    const QJsonValue v = head.value(field);
    if (v.isUndefined())
        return fieldError(manifestPath, field, Tr::tr("missing"));
    const double x = v.toDouble(std::nan(""));
    const bool low = openLow ? x > lo : x >= lo;
    if (hiIsLimit && v.isDouble() && std::isfinite(x) && x > hi)
        return limitError(manifestPath, field, x, hi);
    if (!v.isDouble() || !std::isfinite(x) || !low || x > hi)
        return fieldError(manifestPath, field,
                          (openLow ? Tr::tr("must be a number in (%1, %2]") : Tr::tr("must be a number in [%1, %2]"))
                              .arg(lo)
                              .arg(hi));
    return x;
}

} // namespace

Result<HeadConfig> headConfigFromManifest(const PackManifest& manifest, const QString& manifestPath)
{
    const QJsonObject& h = manifest.head.json;
    HeadConfig cfg;
    auto d = intField(h, QStringLiteral("d"), 0, head_limits::kMaxEmbedding, manifestPath);
    if (!d)
        return d.error();
    auto r = intField(h, QStringLiteral("r"), 1, head_limits::kMaxReduction, manifestPath);
    if (!r)
        return r.error();
    if (*d > 0 && *d % *r != 0)
        return fieldError(manifestPath, QStringLiteral("r"), Tr::tr("must divide d = %1").arg(*d));
    auto m = intField(h, QStringLiteral("m"), 1, head_limits::kMaxAggregated, manifestPath);
    if (!m)
        return m.error();
    auto nDirect = intField(h, QStringLiteral("n_direct"), 0, head_limits::kMaxConcepts, manifestPath);
    if (!nDirect)
        return nDirect.error();
    auto alpha = numberField(h, QStringLiteral("alpha"), 0, 1, false, false, manifestPath);
    if (!alpha)
        return alpha.error();
    auto tau = numberField(h, QStringLiteral("tau"), 0, head_limits::kMaxTau, true, true, manifestPath);
    if (!tau)
        return tau.error();
    const QJsonValue bias = h.value(QStringLiteral("bias"));
    if (!bias.isBool())
        return fieldError(manifestPath, QStringLiteral("bias"),
                          bias.isUndefined() ? Tr::tr("missing") : Tr::tr("must be true or false"));
    cfg.d = *d;
    cfg.r = *r;
    cfg.m = *m;
    cfg.nDirect = *nDirect;
    cfg.alpha = float(*alpha);
    cfg.tau = float(*tau);
    cfg.bias = bias.toBool();
    return cfg;
}

Status checkStoredTensor(const TensorData& tensor, const std::vector<int64_t>& shape, const QString& path,
                         const QString& role)
{
    if (tensor.dtype != QLatin1String("F32"))
        return Error(ErrorCode::Model, Tr::tr("tensor '%1' is %2; %3 must be F32").arg(tensor.name, tensor.dtype, role),
                     path);
    if (tensor.shape != shape)
        return Error(
            ErrorCode::Model,
            Tr::tr("tensor '%1' has shape %2; %3 needs %4")
                .arg(tensor.name, safetensors::shapeToString(tensor.shape), role, safetensors::shapeToString(shape)),
            path);
    return {};
}

namespace {

// Checks the header of one file of the head: `expected` tensors present with shape and dtype, and, when
// `exclusive`, nothing else.
Status checkHeadHeader(const ModelPack& pack, const QString& rel, const QMap<QString, std::vector<int64_t>>& expected,
                       bool exclusive)
{
    const QString path = pack.filePath(rel);
    if (!pack.manifest().tensors.contains(rel))
        return Error(ErrorCode::Model, Tr::tr("missing from the pack (manifest.json lists no tensors for it)"), path);
    auto header = readSafetensorsHeader(path);
    if (!header)
        return Error(ErrorCode::Model, header.error().message(), path);
    const QString role = Tr::tr("a head");
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const auto found = header->constFind(it.key());
        if (found == header->constEnd())
            return Error(ErrorCode::Model,
                         Tr::tr("tensor '%1' is missing (the head settings need %2)")
                             .arg(it.key(), safetensors::shapeToString(it.value())),
                         path);
        if (auto s = checkStoredTensor(*found, it.value(), path, role); !s)
            return s;
    }
    for (auto it = header->begin(); exclusive && it != header->end(); ++it) {
        if (!expected.contains(it.key()))
            return Error(ErrorCode::Model, Tr::tr("tensor '%1' is not part of the head").arg(it.key()), path);
    }
    return {};
}

} // namespace

Result<QMap<QString, TensorData>> readHeadTensors(const ModelPack& pack, const HeadConfig& config,
                                                  const QString& headFile, const QString& descriptorFile)
{
    QMap<QString, std::vector<int64_t>> inHead = ConceptHead::tensorShapes(config);
    QMap<QString, std::vector<int64_t>> inDescriptors;
    if (inHead.contains(QStringLiteral("T")))
        inDescriptors.insert(QStringLiteral("T"), inHead.take(QStringLiteral("T")));
    if (auto s = checkHeadHeader(pack, headFile, inHead, true); !s)
        return s.error();
    if (auto s = checkHeadHeader(pack, descriptorFile, inDescriptors, false); !s)
        return s.error();
    auto head = pack.tensors(headFile);
    if (!head)
        return head.error();
    QMap<QString, TensorData> out = *head;
    auto descriptors = pack.tensors(descriptorFile);
    if (!descriptors)
        return descriptors.error();
    if (inDescriptors.isEmpty() && descriptors->contains(QStringLiteral("T")))
        return Error(ErrorCode::Model, Tr::tr("tensor 'T' is not part of the head (it has no descriptor concepts)"),
                     pack.filePath(descriptorFile));
    if (!inDescriptors.isEmpty())
        out.insert(QStringLiteral("T"), descriptors->value(QStringLiteral("T")));
    return out;
}

} // namespace descry
