// Exact face-score and CXR-margin decompositions (DESIGN.md §1), by hand and against the torch head.
#include <torch/torch.h>

#include "core/explain/MarginDecomposition.h"
#include "core/explain/CosineDecomposition.h"
#include "core/model/ConceptHead.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <random>

using namespace descry;

namespace {

std::vector<float> randomVector(std::mt19937& rng, size_t n, float lo, float hi)
{
    std::uniform_real_distribution<float> dist(lo, hi);
    std::vector<float> v(n);
    for (float& x : v)
        x = dist(rng);
    return v;
}

double sum(const std::vector<double>& v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}

double cosine(const std::vector<float>& a, const std::vector<float>& b)
{
    double ab = 0, aa = 0, bb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        ab += double(a[i]) * b[i];
        aa += double(a[i]) * a[i];
        bb += double(b[i]) * b[i];
    }
    return ab / std::sqrt(aa * bb);
}

} // namespace

TEST(CosineDecomposition, HandExampleWithoutBias)
{
    // W = I₂, S_p = (0.8, 0.6), S_r = (0.6, 0.8): e_p = S_p, e_r = S_r, both of norm 1, score = 0.48 + 0.48 = 0.96.
    // W e_r = (0.6, 0.8), W e_p = (0.8, 0.6): c_1 = (0.8·0.6 + 0.6·0.8)/2 = 0.48, c_2 = (0.6·0.8 + 0.8·0.6)/2 = 0.48.
    auto d = decomposeCosineScore({0.8f, 0.6f}, {0.6f, 0.8f}, {1, 0, 0, 1}, {});
    ASSERT_TRUE(d.ok());
    EXPECT_NEAR(d->score, 0.96, 1e-6);
    ASSERT_EQ(d->contributions.size(), 2u);
    EXPECT_NEAR(d->contributions[0], 0.48, 1e-6);
    EXPECT_NEAR(d->contributions[1], 0.48, 1e-6);
    EXPECT_EQ(d->biasTerm, 0.0);
    EXPECT_NEAR(d->residual, 0.0, 1e-12);
}

TEST(CosineDecomposition, HandExampleWithBias)
{
    // b = (1, 0): e_p = (1.8, 0.6), e_r = (1.6, 0.8); e_p·e_r = 2.88 + 0.48 = 3.36;
    // |e_p||e_r| = √3.6·√3.2 = √11.52 = 3.3941125497, score = 0.9899494937; 2|e_p||e_r| = 6.7882250994.
    // c_1 = (0.8·1.6 + 0.6·1.8)/6.7882250994 = 2.36/6.7882250994 = 0.3476608
    // c_2 = (0.6·0.8 + 0.8·0.6)/6.7882250994 = 0.96/6.7882250994 = 0.1414214
    // bias = (b·e_r + b·e_p)/6.7882250994 = (1.6 + 1.8)/6.7882250994 = 0.5008673
    // sum: (2.36 + 0.96 + 3.4)/6.7882250994 = 6.72/6.7882250994 = 0.9899495 = score.
    auto d = decomposeCosineScore({0.8f, 0.6f}, {0.6f, 0.8f}, {1, 0, 0, 1}, {1.0f, 0.0f});
    ASSERT_TRUE(d.ok());
    EXPECT_NEAR(d->score, 0.9899494937, 1e-6);
    EXPECT_NEAR(d->contributions[0], 0.3476608, 1e-6);
    EXPECT_NEAR(d->contributions[1], 0.1414214, 1e-6);
    EXPECT_NEAR(d->biasTerm, 0.5008673, 1e-6);
    EXPECT_NEAR(d->residual, 0.0, 1e-12);
}

TEST(CosineDecomposition, RandomInputsSumExactly)
{
    std::mt19937 rng(20240611);
    for (int trial = 0; trial < 50; ++trial) {
        const size_t n = 1 + rng() % 40, m = 1 + rng() % 16;
        const auto sp = randomVector(rng, n, 0.0f, 1.0f);
        const auto sr = randomVector(rng, n, 0.0f, 1.0f);
        const auto W = randomVector(rng, n * m, -1.0f, 1.0f);
        for (bool withBias : {false, true}) {
            const auto b = withBias ? randomVector(rng, m, -0.5f, 0.5f) : std::vector<float>{};
            auto d = decomposeCosineScore(sp, sr, W, b);
            ASSERT_TRUE(d.ok());
            EXPECT_NEAR(sum(d->contributions) + d->biasTerm, d->score, 1e-5);
            EXPECT_LT(std::abs(d->residual), 1e-12);
            if (!withBias) {
                EXPECT_EQ(d->biasTerm, 0.0);
            }
            // The score really is the cosine of e_p and e_r.
            std::vector<float> ep(d->eProbe.begin(), d->eProbe.end()), er(d->eReference.begin(), d->eReference.end());
            EXPECT_NEAR(d->score, cosine(ep, er), 1e-6);
            // With nothing masked the what-if reproduces the score.
            auto same = scoreWithMask(sp, sr, W, b, std::vector<bool>(n, true));
            ASSERT_TRUE(same.ok());
            EXPECT_NEAR(*same, d->score, 1e-12);
        }
    }
}

TEST(CosineDecomposition, MaskZeroesDescriptorsAfterSoftmax)
{
    // Masking descriptor 0 in the hand example: e_p = (0, 0.6), e_r = (0, 0.8) → cosine 1.
    auto masked = scoreWithMask({0.8f, 0.6f}, {0.6f, 0.8f}, {1, 0, 0, 1}, {}, {false, true});
    ASSERT_TRUE(masked.ok());
    EXPECT_NEAR(*masked, 1.0, 1e-12);
    // Everything masked, no bias: zero embeddings → 0 by convention.
    auto none = scoreWithMask({0.8f, 0.6f}, {0.6f, 0.8f}, {1, 0, 0, 1}, {}, {false, false});
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(*none, 0.0);
    // Everything masked with bias: e_p = e_r = b → 1.
    auto biasOnly = scoreWithMask({0.8f, 0.6f}, {0.6f, 0.8f}, {1, 0, 0, 1}, {0.3f, 0.1f}, {false, false});
    ASSERT_TRUE(biasOnly.ok());
    EXPECT_NEAR(*biasOnly, 1.0, 1e-12);
    EXPECT_FALSE(scoreWithMask({0.8f, 0.6f}, {0.6f, 0.8f}, {1, 0, 0, 1}, {}, {true}).ok());
}

TEST(CosineDecomposition, RejectsInconsistentSizesAndHandlesZeroEmbeddings)
{
    EXPECT_FALSE(decomposeCosineScore({1, 2}, {1}, {1, 0, 0, 1}, {}).ok());
    EXPECT_FALSE(decomposeCosineScore({1, 2}, {1, 2}, {1, 0, 0}, {}).ok());
    auto badBias = decomposeCosineScore({1, 2}, {1, 2}, {1, 0, 0, 1}, {1, 2, 3});
    ASSERT_FALSE(badBias.ok());
    EXPECT_EQ(badBias.error().code(), ErrorCode::Model);
    auto zero = decomposeCosineScore({0, 0}, {1, 2}, {1, 0, 0, 1}, {});
    ASSERT_TRUE(zero.ok());
    EXPECT_EQ(zero->score, 0.0);
    EXPECT_EQ(sum(zero->contributions), 0.0);
}

TEST(CosineDecomposition, GroupSums)
{
    const auto sums = sumByGroup({0.1, 0.2, 0.3, 0.4}, {1, 0, 1, 0}, 2);
    ASSERT_EQ(sums.size(), 2u);
    EXPECT_NEAR(sums[0], 0.6, 1e-12);
    EXPECT_NEAR(sums[1], 0.4, 1e-12);
    EXPECT_TRUE(sumByGroup({0.1}, {2}, 2).empty());
}

TEST(CosineDecomposition, MatchesTheTorchHead)
{
    HeadConfig config;
    config.d = 12;
    config.r = 3;
    config.nDirect = 3;
    config.m = 5;
    config.alpha = 0.6f;
    config.tau = 0.5f;
    config.groupOf = {0, 1, 0, 2, 1, 2, 2, 0, 1};
    for (bool bias : {false, true}) {
        config.bias = bias;
        auto head = ConceptHead::create(config, 7);
        ASSERT_TRUE(head.ok()) << head.error().toString().toStdString();
        std::mt19937 rng(99);
        ASSERT_TRUE(head->setDescriptorEmbeddings(randomVector(rng, 6 * 12, -1.0f, 1.0f)).ok());
        auto probe = head->forward(randomVector(rng, 12, -1, 1), randomVector(rng, 3, -2, 0));
        auto ref = head->forward(randomVector(rng, 12, -1, 1), randomVector(rng, 3, -2, 0));
        ASSERT_TRUE(probe.ok() && ref.ok());
        auto d = decomposeCosineScore(probe->Ssm, ref->Ssm, head->aggregationMatrix(), head->aggregationBias());
        ASSERT_TRUE(d.ok());
        for (int j = 0; j < config.m; ++j) {
            EXPECT_NEAR(d->eProbe[j], probe->e[j], 1e-5);
            EXPECT_NEAR(d->eReference[j], ref->e[j], 1e-5);
        }
        EXPECT_NEAR(d->score, cosine(probe->e, ref->e), 1e-5);
        EXPECT_NEAR(sum(d->contributions) + d->biasTerm, d->score, 1e-5);
    }
}

TEST(MarginDecomposition, HandExample)
{
    // S = (0.7, 0.3, 1.0), W = [[1, 2], [0.5, −1], [0, 0.25]], b = (0.1, −0.2):
    // l_0 = 0.7 + 0.15 + 0 + 0.1 = 0.95, l_1 = 1.4 − 0.3 + 0.25 − 0.2 = 1.15, Δ = 0.2;
    // c = (0.7·1, 0.3·(−1.5), 1.0·0.25) = (0.7, −0.45, 0.25), Σc = 0.5, bias term −0.3 → 0.2 = Δ.
    // P = 1/(1 + e^−0.2) = 0.5498339973.
    auto d = decomposeMargin({0.7f, 0.3f, 1.0f}, {1, 2, 0.5f, -1, 0, 0.25f}, {0.1f, -0.2f});
    ASSERT_TRUE(d.ok());
    EXPECT_NEAR(d->logit0, 0.95, 1e-6);
    EXPECT_NEAR(d->logit1, 1.15, 1e-6);
    EXPECT_NEAR(d->margin, 0.2, 1e-6);
    EXPECT_NEAR(d->contributions[0], 0.7, 1e-6);
    EXPECT_NEAR(d->contributions[1], -0.45, 1e-6);
    EXPECT_NEAR(d->contributions[2], 0.25, 1e-6);
    EXPECT_NEAR(d->biasTerm, -0.3, 1e-6);
    EXPECT_NEAR(d->probability, 0.5498339973, 1e-6);
    EXPECT_NEAR(d->residual, 0.0, 1e-12);
    EXPECT_FALSE(decomposeMargin({0.7f}, {1, 2, 3}, {}).ok());
}

TEST(MarginDecomposition, RandomInputsSumExactly)
{
    std::mt19937 rng(5);
    for (int trial = 0; trial < 20; ++trial) {
        const size_t n = 1 + rng() % 30;
        const auto s = randomVector(rng, n, 0, 1);
        const auto W = randomVector(rng, 2 * n, -2, 2);
        const auto b = trial % 2 ? randomVector(rng, 2, -1, 1) : std::vector<float>{};
        auto d = decomposeMargin(s, W, b);
        ASSERT_TRUE(d.ok());
        EXPECT_NEAR(sum(d->contributions) + d->biasTerm, d->margin, 1e-9);
        EXPECT_NEAR(d->margin, d->logit1 - d->logit0, 1e-12);
    }
}
