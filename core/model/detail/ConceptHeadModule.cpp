#include <torch/torch.h>

#include "core/model/detail/ConceptHeadModule.h"
#include "core/common/Tr.h"
#include "core/model/ConceptHead.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <tuple>

namespace descry::detail {

namespace {
// Uniform(−bound, bound) from our own generator, so initialisation never touches torch's global RNG state.
torch::Tensor uniformTensor(std::mt19937_64& rng, std::vector<int64_t> shape, double bound)
{
    std::uniform_real_distribution<double> dist(-bound, bound);
    auto t = torch::empty(shape, torch::kFloat32);
    float* p = t.data_ptr<float>();
    for (int64_t i = 0; i < t.numel(); ++i)
        p[i] = static_cast<float>(dist(rng));
    return t;
}

QString shapeText(const std::vector<int64_t>& shape)
{
    QStringList parts;
    for (int64_t s : shape)
        parts << QString::number(s);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

Error configError(const QString& what)
{
    return Error(ErrorCode::Model,
                 QCoreApplication::translate("descry", "invalid concept head configuration: %1").arg(what));
}

} // namespace

ConceptHeadModuleImpl::ConceptHeadModuleImpl(ConceptHeadOptions options) : m_options(std::move(options))
{
    const Status valid = validate(m_options);
    TORCH_CHECK(valid.ok(), valid.ok() ? std::string() : valid.error().message().toStdString());
    reset();
}

Status ConceptHeadModuleImpl::validate(const ConceptHeadOptions& o)
{
    if (o.m < 1)
        return configError(Tr::tr("the aggregated width m must be at least 1"));
    if (o.d < 0 || o.nDirect < 0)
        return configError(Tr::tr("the embedding width and the number of direct scores must not be negative"));
    const auto n = static_cast<int64_t>(o.groupOf.size());
    if (n < 1)
        return configError(Tr::tr("there are no concepts (groupOf is empty)"));
    // Sizes are bounded before anything is allocated: a corrupt manifest or catalog must not ask for gigabytes.
    for (const auto& [what, value, limit] : {std::tuple{"d", o.d, int64_t(head_limits::kMaxEmbedding)},
                                             std::tuple{"r", o.r, int64_t(head_limits::kMaxReduction)},
                                             std::tuple{"m", o.m, int64_t(head_limits::kMaxAggregated)},
                                             std::tuple{"N", n, int64_t(head_limits::kMaxConcepts)}}) {
        if (value > limit)
            return configError(
                Tr::tr("%1 = %2 is more than the limit %3").arg(QString::fromLatin1(what)).arg(value).arg(limit));
    }
    if (o.nDirect > n)
        return configError(Tr::tr("%1 direct scores but only %2 concepts").arg(o.nDirect).arg(n));
    if (n - o.nDirect > 0 && o.d == 0)
        return configError(Tr::tr("%1 descriptor concepts need an embedding width d > 0").arg(n - o.nDirect));
    if (o.d > 0 && (o.r < 1 || o.d / o.r < 1))
        return configError(Tr::tr("reduction r = %1 does not fit embedding width d = %2").arg(o.r).arg(o.d));
    if (!(o.tau > 0.0f) || !std::isfinite(o.tau))
        return configError(Tr::tr("the temperature tau must be positive"));
    if (!(o.alpha >= 0.0f && o.alpha <= 1.0f))
        return configError(Tr::tr("alpha must lie in [0, 1]"));
    const int64_t maxGroup = *std::max_element(o.groupOf.begin(), o.groupOf.end());
    if (*std::min_element(o.groupOf.begin(), o.groupOf.end()) < 0)
        return configError(Tr::tr("group ids must not be negative"));
    if (maxGroup >= n) // every id 0..G−1 is used, so G <= N; checked before the table of used ids is allocated
        return configError(Tr::tr("group id %1 is not below the number of concepts %2").arg(maxGroup).arg(n));
    std::vector<bool> used(static_cast<size_t>(maxGroup + 1), false);
    for (int64_t g : o.groupOf)
        used[static_cast<size_t>(g)] = true;
    for (int64_t g = 0; g <= maxGroup; ++g)
        if (!used[static_cast<size_t>(g)])
            return configError(Tr::tr("group id %1 is unused (ids must be 0..G−1)").arg(g));
    if (o.block && (o.blockWidth < 1 || o.m != (maxGroup + 1) * o.blockWidth))
        return configError(Tr::tr("a block head needs m = groups × block width (%1 × %2 = %3), m is %4")
                               .arg(maxGroup + 1)
                               .arg(o.blockWidth)
                               .arg((maxGroup + 1) * o.blockWidth)
                               .arg(o.m));
    return {};
}

void ConceptHeadModuleImpl::reset()
{
    const ConceptHeadOptions& o = m_options;
    const int64_t n = numConcepts();
    m_numGroups = *std::max_element(o.groupOf.begin(), o.groupOf.end()) + 1;
    m_groupIndex = torch::tensor(o.groupOf, torch::kLong);
    m_notInGroup = torch::arange(m_numGroups, torch::kLong).unsqueeze(1) != m_groupIndex.unsqueeze(0); // G×N

    torch::NoGradGuard noGrad;
    std::mt19937_64 rng(o.seed);
    // W first, so its initialisation does not depend on d.
    W = register_parameter("W", uniformTensor(rng, {n, o.m}, 1.0 / std::sqrt(static_cast<double>(n))));
    m_blockMask = torch::Tensor();
    if (o.block) {
        // Column j belongs to group j / blockWidth; W starts (and, with a zero gradient there, stays) zero outside.
        const torch::Tensor columnGroup = torch::arange(o.m, torch::kLong).div(o.blockWidth, "floor");
        m_blockMask = (m_groupIndex.unsqueeze(1) == columnGroup.unsqueeze(0)).to(torch::kFloat32);
        W.mul_(m_blockMask);
    }
    b = o.bias ? register_parameter("b", torch::zeros({o.m})) : torch::Tensor();
    if (o.d > 0) {
        const int64_t h = hidden();
        F = register_module(
            "F", torch::nn::Sequential(torch::nn::Linear(o.d, h), torch::nn::ReLU(), torch::nn::Linear(h, o.d)));
        auto* first = F[0]->as<torch::nn::Linear>();
        auto* last = F[2]->as<torch::nn::Linear>();
        const double bound = 1.0 / std::sqrt(static_cast<double>(o.d));
        first->weight.copy_(uniformTensor(rng, {h, o.d}, bound));
        first->bias.copy_(uniformTensor(rng, {h}, bound));
        // Zero last layer: F(x) = 0 at start, so I = alpha·x; the residual mix begins at the encoder's features.
        last->weight.zero_();
        last->bias.zero_();
    } else {
        F = torch::nn::Sequential(nullptr);
    }
    T = numText() > 0 ? register_buffer("T", torch::zeros({numText(), o.d})) : torch::Tensor();
    alpha = o.learnableAlpha ? register_parameter("alpha", torch::full({1}, o.alpha)) : torch::Tensor();
}

double ConceptHeadModuleImpl::alphaValue() const
{
    return alpha.defined() ? std::clamp(alpha.item<double>(), 0.0, 1.0) : static_cast<double>(m_options.alpha);
}

torch::Tensor ConceptHeadModuleImpl::imageFeature(const torch::Tensor& x)
{
    TORCH_CHECK(m_options.d > 0, "concept head has no embedding part");
    TORCH_CHECK(x.dim() == 2 && x.size(1) == m_options.d, "embedding must be B x ", m_options.d);
    const torch::Tensor xf = x.to(W.dtype());
    if (alpha.defined()) {
        const torch::Tensor a = alpha.clamp(0.0, 1.0);
        return a * xf + (1 - a) * F->forward(xf);
    }
    const double a = m_options.alpha;
    if (a == 1.0)
        return xf;
    return a * xf + (1.0 - a) * F->forward(xf);
}

torch::Tensor ConceptHeadModuleImpl::groupSoftmax(const torch::Tensor& S) const
{
    TORCH_CHECK(S.dim() == 2 && S.size(1) == numConcepts(), "concept scores must be B x ", numConcepts());
    const int64_t batch = S.size(0);
    const torch::Tensor z = S / static_cast<double>(m_options.tau);
    const torch::Tensor index = m_groupIndex.to(S.device()).unsqueeze(0).expand({batch, numConcepts()});
    torch::Tensor groupMax;
    {
        // Softmax is invariant to the subtracted constant, so the maximum needs no gradient. Per-group maxima come
        // from the dense B×G×N masked view (torch 1.13's scatter_reduce is beta and warns on first use).
        torch::NoGradGuard noGrad;
        groupMax = z.detach()
                       .unsqueeze(1)
                       .masked_fill(m_notInGroup.to(S.device()).unsqueeze(0), -std::numeric_limits<double>::infinity())
                       .amax(2);
    }
    const torch::Tensor ex = (z - groupMax.gather(1, index)).exp();
    const torch::Tensor groupSum = torch::zeros({batch, m_numGroups}, z.options()).scatter_add(1, index, ex);
    return ex / groupSum.gather(1, index);
}

ConceptHeadForward ConceptHeadModuleImpl::forward(const torch::Tensor& x, const torch::Tensor& sDirect)
{
    const ConceptHeadOptions& o = m_options;
    std::vector<torch::Tensor> parts;
    int64_t batch = -1;
    if (o.nDirect > 0) {
        TORCH_CHECK(sDirect.defined() && sDirect.dim() == 2 && sDirect.size(1) == o.nDirect,
                    "direct concept scores must be B x ", o.nDirect);
        parts.push_back(sDirect.to(W.dtype()));
        batch = sDirect.size(0);
    }
    if (numText() > 0) {
        TORCH_CHECK(x.defined() && x.dim() == 2 && x.size(1) == o.d, "embedding must be B x ", o.d);
        TORCH_CHECK(batch < 0 || x.size(0) == batch, "embedding and direct scores have different batch sizes");
        const torch::Tensor image = torch::nn::functional::normalize(
            imageFeature(x), torch::nn::functional::NormalizeFuncOptions().p(2).dim(1).eps(1e-12));
        parts.push_back(image.matmul(T.t()));
    }
    ConceptHeadForward out;
    out.S = parts.size() == 1 ? parts.front() : torch::cat(parts, 1);
    out.Ssm = groupSoftmax(out.S);
    out.e = out.Ssm.matmul(aggregationWeight());
    if (b.defined())
        out.e = out.e + b;
    return out;
}

torch::Tensor ConceptHeadModuleImpl::aggregationWeight() const
{
    return m_blockMask.defined() ? W * m_blockMask.to(W.device()) : W;
}

void ConceptHeadModuleImpl::setDescriptorEmbeddings(const torch::Tensor& embeddings)
{
    TORCH_CHECK(numText() > 0, "concept head has no descriptor concepts");
    TORCH_CHECK(embeddings.dim() == 2 && embeddings.size(0) == numText() && embeddings.size(1) == m_options.d,
                "descriptor embeddings must be ", numText(), " x ", m_options.d);
    const torch::Tensor t = embeddings.detach().to(torch::kFloat32);
    const torch::Tensor norms = t.norm(2, 1, /*keepdim=*/true);
    TORCH_CHECK(torch::isfinite(t).all().item<bool>(), "descriptor embeddings are not finite");
    TORCH_CHECK((norms > 0).all().item<bool>(), "a descriptor embedding is zero");
    torch::NoGradGuard noGrad;
    T.copy_(t / norms);
    m_descriptorsLoaded = true;
}

std::map<std::string, std::vector<int64_t>> ConceptHeadModuleImpl::expectedShapes(const ConceptHeadOptions& o)
{
    std::map<std::string, std::vector<int64_t>> shapes;
    const auto n = static_cast<int64_t>(o.groupOf.size());
    if (o.d > 0) {
        const int64_t h = o.r > 0 ? o.d / o.r : 0;
        shapes["F.0.weight"] = {h, o.d};
        shapes["F.0.bias"] = {h};
        shapes["F.2.weight"] = {o.d, h};
        shapes["F.2.bias"] = {o.d};
    }
    shapes["W"] = {n, o.m};
    if (o.bias)
        shapes["b"] = {o.m};
    if (n - o.nDirect > 0)
        shapes["T"] = {n - o.nDirect, o.d};
    if (o.learnableAlpha)
        shapes["alpha"] = {1};
    return shapes;
}

std::map<std::string, torch::Tensor> ConceptHeadModuleImpl::tensors() const
{
    std::map<std::string, torch::Tensor> out;
    for (const auto& p : named_parameters(/*recurse=*/true))
        out[p.key()] = p.value().detach().clone();
    if (m_blockMask.defined()) // what forward uses: exactly zero outside the blocks, whatever the optimiser did
        out["W"] = aggregationWeight().detach().clone();
    for (const auto& p : named_buffers(/*recurse=*/true))
        out[p.key()] = p.value().detach().clone();
    return out;
}

Status ConceptHeadModuleImpl::loadTensors(const std::map<std::string, torch::Tensor>& input)
{
    const auto expected = expectedShapes();
    QStringList problems;
    std::map<std::string, torch::Tensor> converted;
    for (const auto& [name, shape] : expected) {
        const auto it = input.find(name);
        const QString qname = QString::fromStdString(name);
        if (it == input.end() || !it->second.defined()) {
            problems << Tr::tr("missing '%1' (expected %2)").arg(qname, shapeText(shape));
            continue;
        }
        const torch::Tensor& t = it->second;
        if (t.sizes().vec() != shape) {
            problems
                << Tr::tr("'%1' has shape %2, expected %3").arg(qname, shapeText(t.sizes().vec()), shapeText(shape));
            continue;
        }
        if (!t.is_floating_point()) {
            problems << Tr::tr("'%1' is not a floating-point tensor").arg(qname);
            continue;
        }
        const torch::Tensor f = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
        if (!torch::isfinite(f).all().item<bool>()) {
            problems << Tr::tr("'%1' holds non-finite values").arg(qname);
            continue;
        }
        if (name == "T" && !(f.norm(2, 1) > 0).all().item<bool>()) {
            problems << Tr::tr("'T' has a zero row");
            continue;
        }
        if (name == "W" && m_blockMask.defined()) {
            const torch::Tensor outside = (f * (1 - m_blockMask)).abs();
            if (outside.max().item<float>() > 0.0f) {
                const int64_t flat = outside.argmax().item<int64_t>();
                const int64_t k = flat / m_options.m, j = flat % m_options.m;
                problems << Tr::tr("'W' is a block head's matrix but W[%1, %2] = %3 lies outside the block of "
                                   "concept %1's group %4 (columns %5..%6)")
                                .arg(k)
                                .arg(j)
                                .arg(f[k][j].item<float>())
                                .arg(m_options.groupOf[size_t(k)])
                                .arg(m_options.groupOf[size_t(k)] * m_options.blockWidth)
                                .arg((m_options.groupOf[size_t(k)] + 1) * m_options.blockWidth - 1);
                continue;
            }
        }
        if (name == "alpha" && !(f.item<float>() >= 0.0f && f.item<float>() <= 1.0f)) {
            problems << Tr::tr("'alpha' = %1 lies outside [0, 1]").arg(f.item<float>());
            continue;
        }
        converted[name] = f;
    }
    for (const auto& [name, t] : input)
        if (!expected.count(name))
            problems << Tr::tr("unexpected '%1'").arg(QString::fromStdString(name));
    if (!problems.isEmpty())
        return Error(
            ErrorCode::Model,
            Tr::tr("head tensors do not match the head configuration: %1").arg(problems.join(QStringLiteral("; "))));

    torch::NoGradGuard noGrad;
    auto params = named_parameters(/*recurse=*/true);
    auto buffers = named_buffers(/*recurse=*/true);
    for (const auto& [name, t] : converted) {
        if (name == "T") {
            T.copy_(t / t.norm(2, 1, /*keepdim=*/true));
            m_descriptorsLoaded = true;
        } else if (torch::Tensor* p = params.find(name)) {
            p->copy_(t);
        } else if (torch::Tensor* bf = buffers.find(name)) {
            bf->copy_(t);
        }
    }
    return {};
}

} // namespace descry::detail
