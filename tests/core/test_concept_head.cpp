// Concept-bottleneck head: group softmax, initial state, state-dict names/shapes, the public value-type wrapper.
#include <torch/torch.h>

#include "core/model/ConceptHead.h"
#include "core/model/detail/ConceptHeadModule.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <set>

using namespace descry;
using namespace descry::detail;

namespace {

ConceptHeadOptions smallOptions()
{
    ConceptHeadOptions o;
    o.d = 8;
    o.r = 2;
    o.nDirect = 2;
    o.m = 3;
    o.alpha = 0.5f;
    o.tau = 0.5f;
    o.bias = true;
    o.groupOf = {1, 0, 0, 1, 2, 0, 2}; // interleaved; N = 7, N_t = 5
    o.seed = 3;
    return o;
}

HeadConfig smallConfig()
{
    HeadConfig c;
    c.d = 8;
    c.r = 2;
    c.nDirect = 2;
    c.m = 3;
    c.alpha = 0.5f;
    c.tau = 0.5f;
    c.bias = true;
    c.groupOf = {1, 0, 0, 1, 2, 0, 2};
    return c;
}

std::vector<float> randomVector(std::mt19937& rng, size_t n)
{
    std::normal_distribution<float> dist;
    std::vector<float> v(n);
    for (float& x : v)
        x = dist(rng);
    return v;
}

} // namespace

TEST(ConceptHeadModule, GroupSoftmaxMatchesPerGroupSoftmax)
{
    ConceptHeadModule head(smallOptions());
    const auto S = torch::randn({4, 7});
    const auto sm = head->groupSoftmax(S);
    for (int64_t g = 0; g < 3; ++g) {
        std::vector<int64_t> members;
        for (int64_t k = 0; k < 7; ++k)
            if (smallOptions().groupOf[k] == g)
                members.push_back(k);
        const auto idx = torch::tensor(members, torch::kLong);
        const auto expected = torch::softmax(S.index_select(1, idx) / 0.5, 1);
        EXPECT_TRUE(torch::allclose(sm.index_select(1, idx), expected, 1e-6, 1e-7)) << "group " << g;
    }
    // Numerically stable: huge scores do not overflow.
    const auto big = head->groupSoftmax(torch::full({1, 7}, 1e4) + torch::arange(7).unsqueeze(0));
    EXPECT_TRUE(torch::isfinite(big).all().item<bool>());
    EXPECT_NEAR(big[0][0].item<float>() + big[0][3].item<float>(), 1.0f, 1e-6f); // group 1 = {0, 3}
}

TEST(ConceptHeadModule, StartsWithTheEncoderDirection)
{
    // F's last layer is zero, so I = alpha·x and S_t = cos(x, T_k) before training.
    ConceptHeadModule head(smallOptions());
    const auto T = torch::randn({5, 8});
    head->setDescriptorEmbeddings(T);
    const auto x = torch::randn({3, 8});
    const auto out = head->forward(x, torch::randn({3, 2}));
    namespace F = torch::nn::functional;
    const auto rows = F::NormalizeFuncOptions().dim(1);
    const auto expected = F::normalize(x, rows).matmul(F::normalize(T, rows).t());
    EXPECT_TRUE(torch::allclose(out.S.slice(1, 2), expected, 1e-5, 1e-6));
    EXPECT_TRUE(torch::allclose(head->imageFeature(x), 0.5 * x));
    EXPECT_TRUE(torch::allclose(out.e, out.Ssm.matmul(head->W) + head->b));
    // Seeded initialisation: same seed, same W; W is small.
    ConceptHeadModule again(smallOptions());
    EXPECT_TRUE(torch::equal(head->W, again->W));
    EXPECT_LE(head->W.abs().max().item<float>(), 1.0f / std::sqrt(7.0f));
}

TEST(ConceptHeadModule, TensorNamesAndShapes)
{
    ConceptHeadModule head(smallOptions());
    const auto tensors = head->tensors();
    std::set<std::string> names;
    for (const auto& [name, t] : tensors)
        names.insert(name);
    EXPECT_EQ(names, (std::set<std::string>{"F.0.weight", "F.0.bias", "F.2.weight", "F.2.bias", "W", "b", "T"}));
    EXPECT_EQ(tensors.at("F.0.weight").sizes().vec(), (std::vector<int64_t>{4, 8}));
    EXPECT_EQ(tensors.at("F.2.weight").sizes().vec(), (std::vector<int64_t>{8, 4}));
    EXPECT_EQ(tensors.at("W").sizes().vec(), (std::vector<int64_t>{7, 3}));
    EXPECT_EQ(tensors.at("T").sizes().vec(), (std::vector<int64_t>{5, 8}));
    EXPECT_TRUE(torch::equal(tensors.at("F.2.weight"), torch::zeros({8, 4})));

    // Direct-only head without bias: just W.
    ConceptHeadOptions direct;
    direct.nDirect = 3;
    direct.m = 2;
    direct.groupOf = {0, 0, 1};
    ConceptHeadModule directHead(direct);
    EXPECT_EQ(directHead->tensors().size(), 1u);
    EXPECT_EQ(directHead->tensors().count("W"), 1u);
}

TEST(ConceptHeadModule, LoadTensorsRoundTripsAndReportsMismatches)
{
    ConceptHeadModule source(smallOptions());
    source->setDescriptorEmbeddings(torch::randn({5, 8}));
    {
        torch::NoGradGuard g;
        source->F[2]->as<torch::nn::Linear>()->weight.normal_();
        source->b.normal_();
    }
    auto other = smallOptions();
    other.seed = 11;
    ConceptHeadModule target(other);
    ASSERT_TRUE(target->loadTensors(source->tensors()).ok());
    const auto x = torch::randn({2, 8}), s = torch::randn({2, 2});
    EXPECT_TRUE(torch::allclose(source->forward(x, s).e, target->forward(x, s).e));

    auto broken = source->tensors();
    broken.erase("W");
    broken["F.0.weight"] = torch::zeros({3, 8});
    broken["extra"] = torch::zeros({1});
    broken["b"] = torch::full({3}, std::nanf(""));
    const Status status = target->loadTensors(broken);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code(), ErrorCode::Model);
    const std::string message = status.error().message().toStdString();
    EXPECT_NE(message.find("missing 'W' (expected [7, 3])"), std::string::npos) << message;
    EXPECT_NE(message.find("'F.0.weight' has shape [3, 8], expected [4, 8]"), std::string::npos) << message;
    EXPECT_NE(message.find("unexpected 'extra'"), std::string::npos) << message;
    EXPECT_NE(message.find("'b' holds non-finite values"), std::string::npos) << message;
    // Nothing changed on failure.
    EXPECT_TRUE(torch::allclose(source->forward(x, s).e, target->forward(x, s).e));
}

TEST(ConceptHeadModule, LearnableAlphaIsAParameter)
{
    auto o = smallOptions();
    o.learnableAlpha = true;
    o.alpha = 0.25f;
    ConceptHeadModule head(o);
    EXPECT_EQ(head->tensors().count("alpha"), 1u);
    EXPECT_NEAR(head->alphaValue(), 0.25, 1e-7);
}

TEST(ConceptHead, RejectsInvalidConfigurations)
{
    HeadConfig c = smallConfig();
    c.groupOf = {0, 0, 2, 2, 0, 0, 2}; // id 1 unused
    auto unused = ConceptHead::create(c);
    ASSERT_FALSE(unused.ok());
    EXPECT_EQ(unused.error().code(), ErrorCode::Model);
    c = smallConfig();
    c.d = 0; // descriptor concepts need an embedding
    EXPECT_FALSE(ConceptHead::create(c).ok());
    c = smallConfig();
    c.tau = 0.0f;
    EXPECT_FALSE(ConceptHead::create(c).ok());
    c = smallConfig();
    c.m = 0;
    EXPECT_FALSE(ConceptHead::create(c).ok());
    c = smallConfig();
    c.r = 16;
    EXPECT_FALSE(ConceptHead::create(c).ok());
}

TEST(ConceptHead, ForwardValidatesAndMatchesTheModule)
{
    auto head = ConceptHead::create(smallConfig(), 3);
    ASSERT_TRUE(head.ok());
    std::mt19937 rng(1);
    const auto x = randomVector(rng, 8), s = randomVector(rng, 2);
    auto missing = head->forward(x, s);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code(), ErrorCode::Model); // descriptor embeddings not loaded

    ASSERT_TRUE(head->setDescriptorEmbeddings(randomVector(rng, 40)).ok());
    EXPECT_FALSE(head->setDescriptorEmbeddings(randomVector(rng, 39)).ok());
    auto out = head->forward(x, s);
    ASSERT_TRUE(out.ok()) << out.error().toString().toStdString();
    EXPECT_EQ(out->S.size(), 7u);
    EXPECT_EQ(out->Ssm.size(), 7u);
    EXPECT_EQ(out->e.size(), 3u);
    EXPECT_EQ(out->S[0], s[0]); // direct scores come first, unchanged
    EXPECT_NEAR(out->Ssm[0] + out->Ssm[3], 1.0f, 1e-6f);

    auto module = descry::detail::module(*head);
    torch::NoGradGuard g;
    const auto ref = module->forward(torch::from_blob(const_cast<float*>(x.data()), {1, 8}).clone(),
                                     torch::from_blob(const_cast<float*>(s.data()), {1, 2}).clone());
    for (int j = 0; j < 3; ++j)
        EXPECT_NEAR(out->e[j], ref.e[0][j].item<float>(), 1e-6f);

    auto bad = head->forward(std::vector<float>(7, 0.0f), s);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code(), ErrorCode::Input);
    EXPECT_FALSE(head->forward(x, {1.0f, NAN}).ok());
    EXPECT_FALSE(head->forward(x, {}).ok());

    // The batch variant gives the same rows.
    const auto x2 = randomVector(rng, 8), s2 = randomVector(rng, 2);
    auto batch = head->forwardBatch({x, x2}, {s, s2});
    ASSERT_TRUE(batch.ok());
    ASSERT_EQ(batch->size(), 2u);
    for (int j = 0; j < 3; ++j)
        EXPECT_NEAR((*batch)[0].e[j], out->e[j], 1e-6f);
    auto second = head->forward(x2, s2);
    ASSERT_TRUE(second.ok());
    for (int j = 0; j < 3; ++j)
        EXPECT_NEAR((*batch)[1].e[j], second->e[j], 1e-6f);
}

TEST(ConceptHead, CopiesAreDeep)
{
    auto head = ConceptHead::create(smallConfig(), 3);
    ASSERT_TRUE(head.ok());
    std::mt19937 rng(2);
    ASSERT_TRUE(head->setDescriptorEmbeddings(randomVector(rng, 40)).ok());
    ConceptHead copy = *head;
    const auto before = copy.aggregationMatrix();
    {
        torch::NoGradGuard g;
        descry::detail::module(*head)->W.add_(1.0);
    }
    EXPECT_EQ(copy.aggregationMatrix(), before);
    EXPECT_NE(head->aggregationMatrix(), before);
    EXPECT_EQ(copy.config().groupOf, smallConfig().groupOf);
    EXPECT_EQ(copy.numGroups(), 3);
    // The copy kept its descriptor embeddings.
    EXPECT_TRUE(copy.forward(randomVector(rng, 8), randomVector(rng, 2)).ok());

    auto wrapped = ConceptHeadAccess::fromModule(descry::detail::module(copy));
    ASSERT_TRUE(wrapped.ok());
    EXPECT_EQ(wrapped->config().m, 3);
    EXPECT_EQ(wrapped->aggregationBias().size(), 3u);
}

TEST(ConceptHead, DirectOnlyHead)
{
    HeadConfig c;
    c.nDirect = 4;
    c.m = 2;
    c.groupOf = {0, 0, 1, 1};
    auto head = ConceptHead::create(c, 5);
    ASSERT_TRUE(head.ok());
    auto out = head->forward({}, {0.0f, std::log(3.0f), 1.0f, 1.0f});
    ASSERT_TRUE(out.ok()) << out.error().toString().toStdString();
    // tau = 1: softmax(0, ln 3) = (1/4, 3/4); equal scores → (1/2, 1/2).
    EXPECT_NEAR(out->Ssm[0], 0.25f, 1e-6f);
    EXPECT_NEAR(out->Ssm[1], 0.75f, 1e-6f);
    EXPECT_NEAR(out->Ssm[2], 0.5f, 1e-6f);
    EXPECT_FALSE(head->forward({1.0f}, {0, 0, 0, 0}).ok()); // takes no embedding
}

TEST(ConceptHead, TensorShapesAreTheModulesWithoutBuildingOne)
{
    const HeadConfig c = smallConfig();
    const auto shapes = ConceptHead::tensorShapes(c);
    ConceptHeadModule module(smallOptions());
    std::map<std::string, std::vector<int64_t>> actual;
    for (const auto& [name, t] : module->tensors())
        actual[name] = t.sizes().vec();
    ASSERT_EQ(size_t(shapes.size()), actual.size());
    for (auto it = shapes.begin(); it != shapes.end(); ++it)
        EXPECT_EQ(it.value(), actual[it.key().toStdString()]) << it.key().toStdString();
    EXPECT_EQ(shapes.value(QStringLiteral("W")), (std::vector<int64_t>{7, 3}));
    EXPECT_EQ(shapes.value(QStringLiteral("T")), (std::vector<int64_t>{5, 8}));
}

// Issue 9, defect 7: sizes from a manifest or a catalog are bounded before anything is allocated (a W of
// 100000 × 10^9 floats would have been allocated, or LibTorch's raw message returned, before).
TEST(ConceptHead, OversizedConfigurationsAreRefusedBeforeAllocation)
{
    HeadConfig c = smallConfig();
    c.m = 1000000000;
    auto head = ConceptHead::create(c);
    ASSERT_FALSE(head);
    EXPECT_EQ(head.error().code(), ErrorCode::Model);
    EXPECT_TRUE(head.error().message().contains(QStringLiteral("m = 1000000000 is more than the limit 8192")))
        << head.error().toString().toStdString();

    c = smallConfig();
    c.d = 1 << 20;
    head = ConceptHead::create(c);
    ASSERT_FALSE(head);
    EXPECT_TRUE(head.error().message().contains(QStringLiteral("d = 1048576 is more than the limit 16384")));

    // A group id far above the number of concepts would have sized the table of used ids by it.
    c = smallConfig();
    c.groupOf.back() = 2000000000;
    head = ConceptHead::create(c);
    ASSERT_FALSE(head);
    EXPECT_TRUE(head.error().message().contains(QStringLiteral("group id 2000000000 is not below")))
        << head.error().toString().toStdString();
}
