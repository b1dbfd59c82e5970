#include <torch/torch.h>

#include "core/model/ConceptHead.h"
#include "core/common/Tr.h"

#include "core/common/detail/ExceptionAdapter.h"
#include "core/model/detail/ConceptHeadModule.h"

#include <QCoreApplication>

#include <cmath>

namespace descry {

namespace {
detail::ConceptHeadOptions toOptions(const HeadConfig& c, uint64_t seed)
{
    detail::ConceptHeadOptions o;
    o.d = c.d;
    o.r = c.r;
    o.nDirect = c.nDirect;
    o.m = c.m;
    o.alpha = c.alpha;
    o.learnableAlpha = c.learnableAlpha;
    o.tau = c.tau;
    o.bias = c.bias;
    o.groupOf.assign(c.groupOf.begin(), c.groupOf.end());
    o.seed = seed;
    o.block = c.aggregation == HeadAggregation::Block;
    o.blockWidth = c.blockWidth;
    return o;
}

HeadConfig toConfig(const detail::ConceptHeadOptions& o)
{
    HeadConfig c;
    c.d = static_cast<int>(o.d);
    c.r = static_cast<int>(o.r);
    c.nDirect = static_cast<int>(o.nDirect);
    c.m = static_cast<int>(o.m);
    c.alpha = o.alpha;
    c.learnableAlpha = o.learnableAlpha;
    c.tau = o.tau;
    c.bias = o.bias;
    c.groupOf.assign(o.groupOf.begin(), o.groupOf.end());
    c.aggregation = o.block ? HeadAggregation::Block : HeadAggregation::Full;
    c.blockWidth = int(o.blockWidth);
    return c;
}

Error inputError(const QString& what)
{
    return Error(ErrorCode::Input, QCoreApplication::translate("descry", "concept head input: %1").arg(what));
}

bool allFinite(const std::vector<float>& v)
{
    for (float x : v)
        if (!std::isfinite(x))
            return false;
    return true;
}

std::vector<float> rowOf(const torch::Tensor& t, int64_t row)
{
    const torch::Tensor r = t[row].contiguous();
    return std::vector<float>(r.data_ptr<float>(), r.data_ptr<float>() + r.numel());
}

} // namespace

QString headAggregationId(HeadAggregation aggregation)
{
    return aggregation == HeadAggregation::Block ? QStringLiteral("block") : QStringLiteral("full");
}

std::optional<HeadAggregation> headAggregationFromId(const QString& id)
{
    if (id == QLatin1String("full"))
        return HeadAggregation::Full;
    if (id == QLatin1String("block"))
        return HeadAggregation::Block;
    return std::nullopt;
}

struct ConceptHead::Impl
{
    HeadConfig config;
    detail::ConceptHeadModule module{nullptr};
};

namespace {

Error invalidHead()
{
    return Error(ErrorCode::Internal, Tr::tr("the concept head could not be copied (out of memory?)"));
}

} // namespace

ConceptHead::ConceptHead(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
ConceptHead::ConceptHead(ConceptHead&&) noexcept = default;
ConceptHead& ConceptHead::operator=(ConceptHead&&) noexcept = default;
ConceptHead::~ConceptHead() = default;

// A copy constructor cannot return a Result: when LibTorch fails to clone (out of memory, ...), the copy is
// left without a module and every member that needs one reports the failure as an error instead of throwing.
ConceptHead::ConceptHead(const ConceptHead& other) : m_impl(std::make_unique<Impl>())
{
    m_impl->config = other.m_impl->config;
    if (other.m_impl->module.is_empty())
        return;
    try {
        m_impl->module = detail::ConceptHeadModule(
            std::dynamic_pointer_cast<detail::ConceptHeadModuleImpl>(other.m_impl->module->clone()));
    } catch (...) {
        m_impl->module = detail::ConceptHeadModule(nullptr);
    }
}

ConceptHead& ConceptHead::operator=(const ConceptHead& other)
{
    if (this != &other)
        *this = ConceptHead(other);
    return *this;
}

Result<ConceptHead> ConceptHead::create(const HeadConfig& config, uint64_t seed)
{
    const detail::ConceptHeadOptions options = toOptions(config, seed);
    if (Status valid = detail::ConceptHeadModuleImpl::validate(options); !valid)
        return valid.error();
    return detail::guarded(ErrorCode::Internal, QString(), [&]() -> Result<ConceptHead> {
        auto impl = std::make_unique<Impl>();
        impl->config = config;
        impl->module = detail::ConceptHeadModule(options);
        impl->module->eval();
        return ConceptHead(std::move(impl));
    });
}

QMap<QString, std::vector<int64_t>> ConceptHead::tensorShapes(const HeadConfig& config)
{
    QMap<QString, std::vector<int64_t>> out;
    for (const auto& [name, shape] : detail::ConceptHeadModuleImpl::expectedShapes(toOptions(config, 0)))
        out.insert(QString::fromStdString(name), shape);
    return out;
}

const HeadConfig& ConceptHead::config() const
{
    return m_impl->config;
}
int ConceptHead::numConcepts() const
{
    return static_cast<int>(m_impl->config.groupOf.size());
}
int ConceptHead::numGroups() const
{
    return isValid() ? static_cast<int>(m_impl->module->numGroups()) : 0;
}

bool ConceptHead::isBlock() const
{
    return m_impl && m_impl->config.aggregation == HeadAggregation::Block;
}

bool ConceptHead::isValid() const
{
    return m_impl && !m_impl->module.is_empty();
}

std::vector<float> ConceptHead::aggregationMatrix() const
{
    if (!isValid())
        return {};
    torch::NoGradGuard noGrad;
    const torch::Tensor w = m_impl->module->aggregationWeight().detach().contiguous();
    return std::vector<float>(w.data_ptr<float>(), w.data_ptr<float>() + w.numel());
}

std::vector<float> ConceptHead::aggregationBias() const
{
    if (!isValid())
        return {};
    const torch::Tensor& b = m_impl->module->b;
    if (!b.defined())
        return {};
    const torch::Tensor c = b.detach().contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

Status ConceptHead::setDescriptorEmbeddings(const std::vector<float>& rowMajor)
{
    if (!isValid())
        return invalidHead();
    const HeadConfig& c = m_impl->config;
    const size_t rows = c.groupOf.size() - static_cast<size_t>(c.nDirect);
    if (rows == 0 || rowMajor.size() != rows * static_cast<size_t>(c.d))
        return Error(ErrorCode::Model, QCoreApplication::translate("descry", "descriptor embeddings hold %1 values, "
                                                                             "expected %2 × %3")
                                           .arg(rowMajor.size())
                                           .arg(rows)
                                           .arg(c.d));
    return detail::guarded(ErrorCode::Model, QString(), [&]() -> Status {
        const auto t = torch::from_blob(const_cast<float*>(rowMajor.data()),
                                        {static_cast<int64_t>(rows), static_cast<int64_t>(c.d)}, torch::kFloat32);
        m_impl->module->setDescriptorEmbeddings(t);
        return {};
    });
}

Result<ConceptOutput> ConceptHead::forward(const std::vector<float>& embedding, const std::vector<float>& direct) const
{
    std::vector<std::vector<float>> embeddings;
    std::vector<std::vector<float>> directs;
    if (!embedding.empty())
        embeddings.push_back(embedding);
    if (!direct.empty())
        directs.push_back(direct);
    if (embeddings.empty() && directs.empty())
        return inputError(QCoreApplication::translate("descry", "neither an embedding nor direct scores given"));
    auto batch = forwardBatch(embeddings, directs);
    if (!batch)
        return batch.error();
    return std::move(batch.value().front());
}

Result<std::vector<ConceptOutput>> ConceptHead::forwardBatch(const std::vector<std::vector<float>>& embeddings,
                                                             const std::vector<std::vector<float>>& direct) const
{
    if (!isValid())
        return invalidHead();
    const HeadConfig& c = m_impl->config;
    const bool usesEmbedding = numConcepts() > c.nDirect;
    const size_t batch = usesEmbedding ? embeddings.size() : direct.size();
    if (usesEmbedding && c.nDirect > 0 && embeddings.size() != direct.size())
        return inputError(
            Tr::tr("%1 embeddings but %2 direct score vectors").arg(embeddings.size()).arg(direct.size()));
    if (!usesEmbedding && !embeddings.empty())
        return inputError(Tr::tr("this head takes no image embedding"));
    if (c.nDirect == 0 && !direct.empty())
        return inputError(Tr::tr("this head takes no direct scores"));
    if (batch == 0)
        return std::vector<ConceptOutput>{};
    for (const auto& v : embeddings)
        if (v.size() != static_cast<size_t>(c.d) || !allFinite(v))
            return inputError(Tr::tr("an embedding has %1 values (expected %2 finite values)").arg(v.size()).arg(c.d));
    for (const auto& v : direct)
        if (v.size() != static_cast<size_t>(c.nDirect) || !allFinite(v))
            return inputError(
                Tr::tr("a direct score vector has %1 values (expected %2 finite values)").arg(v.size()).arg(c.nDirect));
    if (!m_impl->module->hasDescriptorEmbeddings())
        return Error(ErrorCode::Model, Tr::tr("the concept head's descriptor embeddings are not loaded"));

    return detail::guarded(ErrorCode::Internal, QString(), [&]() -> Result<std::vector<ConceptOutput>> {
        torch::NoGradGuard noGrad;
        const auto rows = static_cast<int64_t>(batch);
        torch::Tensor x;
        torch::Tensor s;
        if (usesEmbedding) {
            x = torch::empty({rows, c.d}, torch::kFloat32);
            for (int64_t i = 0; i < rows; ++i)
                std::copy(embeddings[i].begin(), embeddings[i].end(), x.data_ptr<float>() + i * c.d);
        }
        if (c.nDirect > 0) {
            s = torch::empty({rows, c.nDirect}, torch::kFloat32);
            for (int64_t i = 0; i < rows; ++i)
                std::copy(direct[i].begin(), direct[i].end(), s.data_ptr<float>() + i * c.nDirect);
        }
        const detail::ConceptHeadForward f = m_impl->module->forward(x, s);
        const torch::Tensor S = f.S.contiguous(), Ssm = f.Ssm.contiguous(), e = f.e.contiguous();
        std::vector<ConceptOutput> out(batch);
        for (int64_t i = 0; i < rows; ++i)
            out[i] = ConceptOutput{rowOf(S, i), rowOf(Ssm, i), rowOf(e, i)};
        return out;
    });
}

namespace detail {

ConceptHeadModule ConceptHeadAccess::module(const ConceptHead& head)
{
    return head.m_impl->module;
}

Result<ConceptHead> ConceptHeadAccess::fromModule(ConceptHeadModule module)
{
    if (module.is_empty())
        return Error(ErrorCode::Internal, QCoreApplication::translate("descry", "no concept head module"));
    auto impl = std::make_unique<ConceptHead::Impl>();
    impl->config = toConfig(module->options());
    impl->module = std::move(module);
    return ConceptHead(std::move(impl));
}

ConceptHeadModule module(const ConceptHead& head)
{
    return ConceptHeadAccess::module(head);
}

} // namespace detail

} // namespace descry
