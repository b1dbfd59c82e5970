// Margin losses (ArcFace, CosFace, AdaFace) against values worked out by hand.
#include <torch/torch.h>

#include "core/train/detail/MarginLosses.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace descry::detail;

namespace {

// The shared hand case: 2 classes, 2-D features, 2 samples, in double precision.
//   Wc = [[2, 0], [0, 3]]  → normalised inside to the identity, so cos(f_i, class j) = f_i[j].
//   f_1 = (0.8, 0.6),  label 0 → cos θ_y = 0.8,  sin θ_y = 0.6,  other logit 0.6
//   f_2 = (0.96, 0.28), label 1 → cos θ_y = 0.28, sin θ_y = 0.96, other logit 0.96
// For two classes CE = log(1 + exp(s·(other − target))) = softplus(s·(other − target)).
struct HandCase
{
    torch::Tensor f = torch::tensor({0.8, 0.6, 0.96, 0.28}, torch::kDouble).reshape({2, 2});
    torch::Tensor Wc = torch::tensor({2.0, 0.0, 0.0, 3.0}, torch::kDouble).reshape({2, 2});
    torch::Tensor labels = torch::tensor({0, 1}, torch::kLong);
    torch::Tensor norms = torch::tensor({10.0, 20.0}, torch::kDouble);
};

double softplus(double x)
{
    return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
}

double plainCrossEntropy(const HandCase& c, double s)
{
    return torch::nn::functional::cross_entropy(s * cosineLogits(c.f, c.Wc), c.labels).item<double>();
}

} // namespace

TEST(MarginLosses, CosineLogitsNormaliseCentres)
{
    HandCase c;
    const auto cos = cosineLogits(c.f, c.Wc);
    EXPECT_NEAR(cos[0][0].item<double>(), 0.8, 1e-12);
    EXPECT_NEAR(cos[0][1].item<double>(), 0.6, 1e-12);
    EXPECT_NEAR(cos[1][0].item<double>(), 0.96, 1e-12);
    EXPECT_NEAR(cos[1][1].item<double>(), 0.28, 1e-12);
}

TEST(MarginLosses, ArcFaceByHand)
{
    // m = 0.5: cos 0.5 = 0.8775825619, sin 0.5 = 0.4794255386; threshold cos(π − 0.5) = −0.8776 (both cos θ_y above).
    // sample 1: cos(θ+m) = 0.8·0.8775825619 − 0.6·0.4794255386 = 0.7020660495 − 0.2876553232 = 0.4144107263
    //           s·(other − target) = 64·(0.6 − 0.4144107263) = 11.8777135136 → softplus = 11.8777135136 + 6.94e-6
    //           = 11.8777204570
    // sample 2: cos(θ+m) = 0.28·0.8775825619 − 0.96·0.4794255386 = 0.2457231173 − 0.4602485171 = −0.2145253997
    //           64·(0.96 + 0.2145253997) = 75.1696255828 → softplus = 75.1696255828 (e^−75 is negligible)
    // mean = (11.8777204570 + 75.1696255828) / 2 = 43.5236730199
    HandCase c;
    EXPECT_NEAR(arcFaceLoss(c.f, c.Wc, c.labels, 0.5, 64.0).item<double>(), 43.5236730199, 1e-5);
}

TEST(MarginLosses, ArcFaceBeyondPiContinuesLinearly)
{
    // One sample, s = 1: f = (−0.9, √0.19), label 0 → cos θ_y = −0.9 < cos(π − 0.5) = −0.8775825619, so the target
    // logit is cos θ_y − m·sin m = −0.9 − 0.5·0.4794255386 = −1.1397127693 (cos(θ+m) would be −0.9983).
    // other = √0.19 = 0.4358898944; CE = softplus(0.4358898944 + 1.1397127693) = softplus(1.5756026637)
    // = log(1 + 4.8336538080) = 1.7636435293
    const auto f = torch::tensor({-0.9, std::sqrt(0.19)}, torch::kDouble).reshape({1, 2});
    const auto Wc = torch::eye(2, torch::kDouble);
    const auto labels = torch::tensor({0}, torch::kLong);
    EXPECT_NEAR(arcFaceLoss(f, Wc, labels, 0.5, 1.0).item<double>(), 1.7636435293, 1e-5);
}

TEST(MarginLosses, CosFaceByHand)
{
    // m = 0.35: sample 1 target 0.8 − 0.35 = 0.45, 64·(0.6 − 0.45) = 9.6 → softplus = 9.6 + log(1 + e^−9.6)
    //           = 9.6 + 0.0000677264 = 9.6000677264
    // sample 2 target 0.28 − 0.35 = −0.07, 64·(0.96 + 0.07) = 65.92 → 65.92
    // mean = (9.6000677264 + 65.92) / 2 = 37.7600338632
    HandCase c;
    EXPECT_NEAR(cosFaceLoss(c.f, c.Wc, c.labels, 0.35, 64.0).item<double>(), 37.7600338632, 1e-5);
}

TEST(MarginLosses, AdaFaceByHandWithFreshStatistics)
{
    // Norms 10 and 20; a fresh state takes the first batch's statistics: μ = 15, σ = |20 − 10|/√2 = 7.0710678119
    // (unbiased std of two values). eps = 0.001, h = 0.33, m = 0.5.
    // sample 1: ŝ = (10 − 15)/(7.0710678119 + 0.001)·0.33 = −0.2333122425 (inside [−1, 1])
    //           g_angle = −m·ŝ = 0.1166561212, g_add = m·ŝ + m = 0.3833438788
    //           θ = acos 0.8 = 0.6435011088, θ + g_angle = 0.7601572300, cos = 0.7247276826
    //           target = 0.7247276826 − 0.3833438788 = 0.3413838039
    //           64·(0.6 − 0.3413838039) = 16.5514365519 → softplus = 16.5514366167
    // sample 2: ŝ = +0.2333122425, g_angle = −0.1166561212, g_add = 0.6166561212
    //           θ = acos 0.28 = 1.2870022176, θ + g_angle = 1.1703460964, cos = 0.3898329925
    //           target = 0.3898329925 − 0.6166561212 = −0.2268231287
    //           64·(0.96 + 0.2268231287) = 75.9566802374 → 75.9566802374
    // mean = (16.5514366167 + 75.9566802374) / 2 = 46.2540584271
    HandCase c;
    AdaFaceLoss loss(0.5, 0.33, 64.0, 0.01);
    EXPECT_FALSE(loss.hasStatistics());
    EXPECT_NEAR(loss(c.f, c.norms, c.Wc, c.labels).item<double>(), 46.2540584271, 1e-5);
    EXPECT_NEAR(loss.batchMean(), 15.0, 1e-12);
    EXPECT_NEAR(loss.batchStd(), 7.0710678119, 1e-9);
}

TEST(MarginLosses, AdaFaceStatisticsFollowTheEma)
{
    // Second batch with norms 30 and 30: mean 30, std 0 → μ = 0.01·30 + 0.99·15 = 15.15, σ = 0.99·7.0710678119.
    HandCase c;
    AdaFaceLoss loss(0.5, 0.33, 64.0, 0.01);
    (void)loss(c.f, c.norms, c.Wc, c.labels);
    (void)loss(c.f, torch::tensor({30.0, 30.0}, torch::kDouble), c.Wc, c.labels);
    EXPECT_NEAR(loss.batchMean(), 15.15, 1e-12);
    EXPECT_NEAR(loss.batchStd(), 0.99 * 7.0710678119, 1e-9);
    loss.resetStatistics();
    EXPECT_FALSE(loss.hasStatistics());
}

TEST(MarginLosses, ZeroMarginIsSoftmaxCrossEntropy)
{
    // m = 0: every target logit stays cos θ_y. Plain CE by hand: softplus(64·(0.6 − 0.8)) = softplus(−12.8)
    // = 2.76e-6, softplus(64·(0.96 − 0.28)) = 43.52 → mean 21.7600013804.
    HandCase c;
    const double plain = plainCrossEntropy(c, 64.0);
    EXPECT_NEAR(plain, (softplus(-12.8) + softplus(43.52)) / 2.0, 1e-9);
    EXPECT_NEAR(plain, 21.7600013804, 1e-5);
    EXPECT_NEAR(arcFaceLoss(c.f, c.Wc, c.labels, 0.0, 64.0).item<double>(), plain, 1e-9);
    EXPECT_NEAR(cosFaceLoss(c.f, c.Wc, c.labels, 0.0, 64.0).item<double>(), plain, 1e-9);
    AdaFaceLoss ada(0.0, 0.33, 64.0);
    EXPECT_NEAR(ada(c.f, c.norms, c.Wc, c.labels).item<double>(), plain, 1e-9);
    // Same at a small scale, where both samples matter.
    const double plain2 = plainCrossEntropy(c, 2.0);
    EXPECT_NEAR(arcFaceLoss(c.f, c.Wc, c.labels, 0.0, 2.0).item<double>(), plain2, 1e-9);
    EXPECT_NEAR(cosFaceLoss(c.f, c.Wc, c.labels, 0.0, 2.0).item<double>(), plain2, 1e-9);
}

TEST(MarginLosses, WrapperPicksPaperDefaultsAndGradientsFlow)
{
    EXPECT_DOUBLE_EQ(MarginLoss(MarginLossKind::AdaFace).margin(), 0.5);
    EXPECT_DOUBLE_EQ(MarginLoss(MarginLossKind::ArcFace).margin(), 0.5);
    EXPECT_DOUBLE_EQ(MarginLoss(MarginLossKind::CosFace).margin(), 0.35);
    HandCase c;
    MarginLoss cos(MarginLossKind::CosFace);
    EXPECT_NEAR(cos(c.f, c.norms, c.Wc, c.labels).item<double>(), 37.7600338632, 1e-5);

    for (auto kind : {MarginLossKind::AdaFace, MarginLossKind::ArcFace, MarginLossKind::CosFace}) {
        auto f = torch::randn({4, 3}, torch::kFloat32).requires_grad_(true);
        auto Wc = torch::randn({2, 3}, torch::kFloat32).requires_grad_(true);
        MarginLoss loss(kind);
        auto value = loss(f, f.detach().norm(2, 1), Wc, torch::tensor({0, 1, 1, 0}, torch::kLong));
        value.backward();
        EXPECT_TRUE(torch::isfinite(f.grad()).all().item<bool>());
        EXPECT_TRUE(torch::isfinite(Wc.grad()).all().item<bool>());
        EXPECT_GT(Wc.grad().abs().sum().item<double>(), 0.0);
    }
}
