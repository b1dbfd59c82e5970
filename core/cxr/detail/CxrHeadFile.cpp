#include <torch/torch.h>

#include "core/cxr/detail/CxrHeadFile.h"

#include "core/common/Tr.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/pack/HeadSettings.h"
#include "core/tensor/detail/SafetensorsTorch.h"

#include <cmath>

namespace descry::detail {

namespace {

Error headError(const QString& path, const QString& message)
{
    return Error(ErrorCode::Model, message, path);
}

// alpha or tau: the option when given, else a number in the metadata (written as a string), else the stored value.
Result<double> setting(const QString& path, const QJsonObject& metadata, const QString& key,
                       std::optional<double> given, std::optional<double> stored)
{
    if (given)
        return *given;
    bool ok = false;
    const double v = metadata.value(key).toString().toDouble(&ok);
    if (ok && std::isfinite(v))
        return v;
    if (stored)
        return *stored;
    return Error(ErrorCode::Usage, Tr::tr("__metadata__ has no number '%1' (give it as an option)").arg(key), path);
}

Result<HeadConfig> configOf(const QString& path, const QMap<QString, TensorData>& t, const Catalog& catalog,
                            int embedDim)
{
    const int64_t n = catalog.descriptors().size();
    const TensorData w = t.value(QStringLiteral("W"));
    if (!t.contains(QStringLiteral("W")) || w.shape != std::vector<int64_t>{n, 2})
        return headError(path,
                         Tr::tr("tensor 'W' must be [%1, 2] (one row per descriptor of catalog %2, logits no "
                                "effusion / effusion), not %3")
                             .arg(n)
                             .arg(catalog.name(), t.contains(QStringLiteral("W")) ? safetensors::shapeToString(w.shape)
                                                                                  : Tr::tr("missing")));
    if (!t.contains(QStringLiteral("b")))
        return headError(path, Tr::tr("tensor 'b' is missing (a chest X-ray head has a bias per logit)"));
    const TensorData f0 = t.value(QStringLiteral("F.0.weight"));
    if (f0.shape.size() != 2 || f0.shape[1] != embedDim || f0.shape[0] < 1 || embedDim % f0.shape[0] != 0)
        return headError(path, Tr::tr("tensor 'F.0.weight' must be [%1 / r, %1] for the checkpoint's embedding "
                                      "width %1, not %2")
                                   .arg(embedDim)
                                   .arg(safetensors::shapeToString(f0.shape)));
    HeadConfig cfg;
    cfg.d = embedDim;
    cfg.r = int(embedDim / f0.shape[0]);
    cfg.m = 2;
    cfg.bias = true;
    for (const Descriptor& d : catalog.descriptors())
        cfg.groupOf.push_back(d.group);
    return cfg;
}

} // namespace

Result<CxrHeadFile> readCxrHeadFile(const QString& path, const Catalog& catalog, int embedDim,
                                    std::optional<double> alpha, std::optional<double> tau)
{
    QJsonObject metadata;
    auto stored = readSafetensors(path, &metadata);
    if (!stored)
        return headError(path, stored.error().message());
    auto cfg = configOf(path, *stored, catalog, embedDim);
    if (!cfg)
        return cfg.error();
    std::optional<double> storedAlpha;
    if (stored->contains(QStringLiteral("alpha"))) {
        const std::vector<float> a = stored->value(QStringLiteral("alpha")).toFloat();
        if (a.size() == 1)
            storedAlpha = a[0];
        stored->remove(QStringLiteral("alpha")); // a trained alpha is stored as the pack's fixed alpha
    }
    auto a = setting(path, metadata, QStringLiteral("alpha"), alpha, storedAlpha);
    if (!a)
        return a.error();
    auto t = setting(path, metadata, QStringLiteral("tau"), tau, std::nullopt);
    if (!t)
        return t.error();
    if (!(*a >= 0 && *a <= 1))
        return headError(path, Tr::tr("alpha = %1 lies outside [0, 1]").arg(*a));
    if (!(*t > 0 && *t <= head_limits::kMaxTau))
        return headError(path, Tr::tr("tau = %1 must lie in (0, %2]").arg(*t).arg(head_limits::kMaxTau));
    cfg->alpha = float(*a);
    cfg->tau = float(*t);
    const auto shapes = ConceptHead::tensorShapes(*cfg);
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        if (!shapes.contains(it.key()) || it.key() == QLatin1String("T"))
            return headError(path, Tr::tr("tensor '%1' is not part of a chest X-ray head").arg(it.key()));
        if (auto st = checkStoredTensor(it.value(), shapes.value(it.key()), path, Tr::tr("a head")); !st)
            return st.error();
    }
    for (auto it = shapes.cbegin(); it != shapes.cend(); ++it)
        if (it.key() != QLatin1String("T") && !stored->contains(it.key()))
            return headError(path, Tr::tr("tensor '%1' is missing").arg(it.key()));
    return CxrHeadFile{*cfg, *stored};
}

Result<ConceptHead> buildCxrHead(const CxrHeadFile& file, const std::vector<float>& descriptorEmbeddings,
                                 const QString& path)
{
    return guarded(ErrorCode::Model, path, [&]() -> Result<ConceptHead> {
        auto head = ConceptHead::create(file.config);
        if (!head)
            return head.error().withFile(path);
        if (auto st = head->setDescriptorEmbeddings(descriptorEmbeddings); !st)
            return st.error().withFile(path);
        auto m = module(*head);
        std::map<std::string, torch::Tensor> all = m->tensors();
        for (auto it = file.tensors.cbegin(); it != file.tensors.cend(); ++it)
            all[it.key().toStdString()] = toTensor(it.value());
        if (auto st = m->loadTensors(all); !st)
            return st.error().withFile(path);
        return *head;
    });
}

} // namespace descry::detail
