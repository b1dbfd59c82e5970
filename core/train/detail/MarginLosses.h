#pragma once
// Private (torch) header: include only from .cpp files, after <torch/torch.h>.

#include <torch/torch.h>

namespace descry::detail {

// Margin-based classification losses on the hypersphere used to train face heads (DESIGN.md §1).
// Common shape: f (B×m) features, Wc (C×m) class centres, labels (B, int64 in 0..C−1). Both f and Wc are
// L2-normalised inside (idempotent for already normalised f), cos_{ij} = <f_i, Wc_j>; the target logit of each
// sample gets the margin, every logit is multiplied by the scale s, and the result is the mean cross-entropy.
// With margin 0 each reduces to softmax cross-entropy of s·cos (AdaFace: as long as |cos| ≤ 1 − eps).

enum class MarginLossKind { AdaFace, ArcFace, CosFace };

// cos(f_i, Wc_j): B×C.
torch::Tensor cosineLogits(const torch::Tensor& f, const torch::Tensor& Wc);

// ArcFace (Deng et al. 2019), additive angular margin, without the "easy margin" variant: the target logit is
// cos(θ_y + m) = cos θ_y·cos m − sin θ_y·sin m while θ_y + m ≤ π (i.e. cos θ_y > cos(π − m)); beyond that point,
// where cos(θ + m) would stop decreasing in θ, it continues linearly as cos θ_y − m·sin m (insightface's
// th / mm formulation), so the logit stays monotone in θ_y.
torch::Tensor arcFaceLoss(const torch::Tensor& f, const torch::Tensor& Wc, const torch::Tensor& labels, double m = 0.5,
                          double s = 64.0);

// CosFace (Wang et al. 2018), additive cosine margin: target logit cos θ_y − m.
torch::Tensor cosFaceLoss(const torch::Tensor& f, const torch::Tensor& Wc, const torch::Tensor& labels, double m = 0.35,
                          double s = 64.0);

// AdaFace (Kim et al. 2022), feature-norm-adaptive margin, after the authors' reference head:
//   cos clamped to [−1 + eps, 1 − eps]; n_i = clip(||e_i||, 0.001, 100) (no gradient);
//   EMA of the batch mean and (unbiased, n−1) std of n: μ ← t_alpha·mean + (1 − t_alpha)·μ, same for σ;
//   ŝ_i = clip((n_i − μ)/(σ + eps)·h, −1, 1);  g_angle = −m·ŝ_i,  g_add = m·ŝ_i + m;
//   target logit cos(clip(θ_y + g_angle, eps, π − eps)) − g_add; other logits cos θ_j.
// Difference from the reference: a fresh state takes the first batch's mean/std as μ and σ (the reference starts
// from μ = 20, σ = 100, values tied to its backbone's feature norms); later batches update them by the EMA.
// A single-sample batch has no std: it leaves σ unchanged (0 when fresh).
// Not thread-safe (the EMA state changes on every call in training mode).
class AdaFaceLoss
{
public:
    explicit AdaFaceLoss(double m = 0.5, double h = 0.33, double s = 64.0, double tAlpha = 0.01, double eps = 1e-3);

    // norms: B feature norms (the un-normalised e's ||e||). Updates the EMA state when `updateStatistics`.
    torch::Tensor operator()(const torch::Tensor& f, const torch::Tensor& norms, const torch::Tensor& Wc,
                             const torch::Tensor& labels, bool updateStatistics = true);

    // The margin-adjusted, unscaled logits (B×C) for the current state (no update).
    torch::Tensor logits(const torch::Tensor& f, const torch::Tensor& norms, const torch::Tensor& Wc,
                         const torch::Tensor& labels) const;

    bool hasStatistics() const { return m_initialised; }
    double batchMean() const { return m_mean; }
    double batchStd() const { return m_std; }
    void resetStatistics();

private:
    double m_m, m_h, m_s, m_tAlpha, m_eps;
    bool m_initialised = false;
    double m_mean = 0.0;
    double m_std = 0.0;
};

// One of the three losses with its paper defaults (margin < 0 picks the default: AdaFace 0.5, ArcFace 0.5,
// CosFace 0.35). Not thread-safe (AdaFace state).
class MarginLoss
{
public:
    explicit MarginLoss(MarginLossKind kind, double s = 64.0, double margin = -1.0, double h = 0.33);
    torch::Tensor operator()(const torch::Tensor& f, const torch::Tensor& norms, const torch::Tensor& Wc,
                             const torch::Tensor& labels);
    MarginLossKind kind() const { return m_kind; }
    double margin() const { return m_margin; }

private:
    MarginLossKind m_kind;
    double m_s;
    double m_margin;
    AdaFaceLoss m_adaFace;
};

} // namespace descry::detail
