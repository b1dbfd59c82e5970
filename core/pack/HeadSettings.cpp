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

// An integer member in [lo, hi]; JSON numbers are doubles, so 4.5 or 1e12 are refused here.
Result<int> intField(const QJsonObject& head, const QString& field, int lo, int hi, const QString& manifestPath)
{
    const QJsonValue v = head.value(field);
    if (v.isUndefined())
        return fieldError(manifestPath, field, Tr::tr("missing"));
    const double x = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(x) || x != std::floor(x) || x < lo || x > hi)
        return fieldError(manifestPath, field, Tr::tr("must be an integer in %1..%2").arg(lo).arg(hi));
    return int(x);
}

Result<double> numberField(const QJsonObject& head, const QString& field, double lo, double hi, bool openLow,
                           const QString& manifestPath)
{
    const QJsonValue v = head.value(field);
    if (v.isUndefined())
        return fieldError(manifestPath, field, Tr::tr("missing"));
    const double x = v.toDouble(std::nan(""));
    const bool low = openLow ? x > lo : x >= lo;
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
    auto alpha = numberField(h, QStringLiteral("alpha"), 0, 1, false, manifestPath);
    if (!alpha)
        return alpha.error();
    auto tau = numberField(h, QStringLiteral("tau"), 0, head_limits::kMaxTau, true, manifestPath);
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

} // namespace descry
