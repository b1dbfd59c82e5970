#include <torch/torch.h>

#include "core/train/detail/MarginLosses.h"

#include <algorithm>
#include <cmath>

namespace descry::detail {

namespace {

namespace F = torch::nn::functional;

torch::Tensor normalizeRows(const torch::Tensor& t)
{
    return F::normalize(t, F::NormalizeFuncOptions().p(2).dim(1).eps(1e-12));
}

void checkShapes(const torch::Tensor& f, const torch::Tensor& Wc, const torch::Tensor& labels)
{
    TORCH_CHECK(f.dim() == 2 && Wc.dim() == 2 && f.size(1) == Wc.size(1), "features B x m and centres C x m expected");
    TORCH_CHECK(labels.dim() == 1 && labels.size(0) == f.size(0), "one label per feature row expected");
}

// Mean cross-entropy of s·logits where only the target logits were changed to `target` (B).
torch::Tensor scaledCrossEntropy(const torch::Tensor& cosine, const torch::Tensor& target, const torch::Tensor& labels,
                                 double s)
{
    const torch::Tensor idx = labels.to(torch::kLong).unsqueeze(1);
    const torch::Tensor logits = cosine.scatter(1, idx, target.unsqueeze(1));
    return F::cross_entropy(s * logits, labels.to(torch::kLong));
}

} // namespace

torch::Tensor cosineLogits(const torch::Tensor& f, const torch::Tensor& Wc)
{
    return normalizeRows(f).matmul(normalizeRows(Wc).t());
}

torch::Tensor arcFaceLoss(const torch::Tensor& f, const torch::Tensor& Wc, const torch::Tensor& labels, double m,
                          double s)
{
    checkShapes(f, Wc, labels);
    const torch::Tensor cosine = cosineLogits(f, Wc);
    const torch::Tensor cosY = cosine.gather(1, labels.to(torch::kLong).unsqueeze(1)).squeeze(1);
    // sin θ from cos θ; the tiny floor keeps the gradient of sqrt finite at |cos| = 1.
    const torch::Tensor sinY = (1.0 - cosY * cosY).clamp_min(1e-12).sqrt();
    const torch::Tensor phi = cosY * std::cos(m) - sinY * std::sin(m);
    const double th = std::cos(M_PI - m);
    const double mm = std::sin(M_PI - m) * m; // = m·sin m
    const torch::Tensor target = torch::where(cosY > th, phi, cosY - mm);
    return scaledCrossEntropy(cosine, target, labels, s);
}

torch::Tensor cosFaceLoss(const torch::Tensor& f, const torch::Tensor& Wc, const torch::Tensor& labels, double m,
                          double s)
{
    checkShapes(f, Wc, labels);
    const torch::Tensor cosine = cosineLogits(f, Wc);
    const torch::Tensor cosY = cosine.gather(1, labels.to(torch::kLong).unsqueeze(1)).squeeze(1);
    return scaledCrossEntropy(cosine, cosY - m, labels, s);
}

AdaFaceLoss::AdaFaceLoss(double m, double h, double s, double tAlpha, double eps)
    : m_m(m), m_h(h), m_s(s), m_tAlpha(tAlpha), m_eps(eps)
{
}

void AdaFaceLoss::resetStatistics()
{
    m_initialised = false;
    m_mean = 0.0;
    m_std = 0.0;
}

torch::Tensor AdaFaceLoss::logits(const torch::Tensor& f, const torch::Tensor& norms, const torch::Tensor& Wc,
                                  const torch::Tensor& labels) const
{
    checkShapes(f, Wc, labels);
    TORCH_CHECK(norms.numel() == f.size(0), "one feature norm per row expected");
    const torch::Tensor cosine = cosineLogits(f, Wc).clamp(-1.0 + m_eps, 1.0 - m_eps);
    const torch::Tensor safeNorms = norms.detach().reshape({-1}).to(cosine.dtype()).clamp(0.001, 100.0);
    const torch::Tensor scaler = ((safeNorms - m_mean) / (m_std + m_eps) * m_h).clamp(-1.0, 1.0);
    const torch::Tensor gAngle = -m_m * scaler;
    const torch::Tensor gAdd = m_m * scaler + m_m;
    const torch::Tensor idx = labels.to(torch::kLong).unsqueeze(1);
    const torch::Tensor cosY = cosine.gather(1, idx).squeeze(1);
    const torch::Tensor theta = (cosY.acos() + gAngle).clamp(m_eps, M_PI - m_eps);
    const torch::Tensor target = theta.cos() - gAdd;
    return cosine.scatter(1, idx, target.unsqueeze(1));
}

torch::Tensor AdaFaceLoss::operator()(const torch::Tensor& f, const torch::Tensor& norms, const torch::Tensor& Wc,
                                      const torch::Tensor& labels, bool updateStatistics)
{
    TORCH_CHECK(norms.numel() == f.size(0), "one feature norm per row expected");
    if (updateStatistics && norms.numel() > 0) {
        const torch::Tensor n = norms.detach().reshape({-1}).to(torch::kDouble).clamp(0.001, 100.0);
        const double mean = n.mean().item<double>();
        const bool hasStd = n.numel() > 1;
        const double std = hasStd ? n.std(/*unbiased=*/true).item<double>() : 0.0;
        if (!m_initialised) {
            m_mean = mean;
            m_std = std;
            m_initialised = true;
        } else {
            m_mean = m_tAlpha * mean + (1.0 - m_tAlpha) * m_mean;
            if (hasStd)
                m_std = m_tAlpha * std + (1.0 - m_tAlpha) * m_std;
        }
    }
    return F::cross_entropy(m_s * logits(f, norms, Wc, labels), labels.to(torch::kLong));
}

MarginLoss::MarginLoss(MarginLossKind kind, double s, double margin, double h)
    : m_kind(kind), m_s(s), m_margin(margin >= 0.0 ? margin : (kind == MarginLossKind::CosFace ? 0.35 : 0.5)),
      m_adaFace(m_margin, h, s)
{
}

torch::Tensor MarginLoss::operator()(const torch::Tensor& f, const torch::Tensor& norms, const torch::Tensor& Wc,
                                     const torch::Tensor& labels)
{
    switch (m_kind) {
    case MarginLossKind::ArcFace:
        return arcFaceLoss(f, Wc, labels, m_margin, m_s);
    case MarginLossKind::CosFace:
        return cosFaceLoss(f, Wc, labels, m_margin, m_s);
    case MarginLossKind::AdaFace:
        break;
    }
    return m_adaFace(f, norms, Wc, labels);
}

} // namespace descry::detail
