// Head trainer: learns a separable toy problem, deterministically, and honours cancellation.
#include <torch/torch.h>

#include "core/train/detail/HeadTrainer.h"

#include <gtest/gtest.h>

using namespace descry;
using namespace descry::detail;

namespace {

// Three identities; each sample = the identity's prototype + noise, in both the embedding and the direct scores.
struct Toy
{
    torch::Tensor X, D, labels, T;
};

Toy makeToy(int perClass = 30)
{
    auto gen = at::make_generator<at::CPUGeneratorImpl>(1234);
    const int classes = 3;
    const auto protoX = torch::randn({classes, 16}, gen);
    const auto protoD = 2.0 * torch::randn({classes, 4}, gen);
    Toy t;
    t.labels = torch::arange(classes).repeat_interleave(perClass);
    t.X = protoX.index_select(0, t.labels) + 0.3 * torch::randn({classes * perClass, 16}, gen);
    t.D = protoD.index_select(0, t.labels) + 0.3 * torch::randn({classes * perClass, 4}, gen);
    t.T = torch::randn({6, 16}, gen);
    return t;
}

ConceptHeadModule makeHead(const Toy& toy)
{
    ConceptHeadOptions o;
    o.d = 16;
    o.r = 4;
    o.nDirect = 4;
    o.m = 8;
    o.alpha = 0.5f;
    o.tau = 0.5f;
    o.bias = true;
    o.groupOf = {0, 0, 1, 1, 2, 3, 2, 3, 2, 3}; // direct {0,0,1,1}, descriptors interleave groups 2 and 3
    o.seed = 42;
    ConceptHeadModule head(o);
    head->setDescriptorEmbeddings(toy.T);
    return head;
}

// Mean cosine of same-identity pairs and of different-identity pairs of the trained head's embeddings.
std::pair<double, double> cosineSeparation(ConceptHeadModule& head, const Toy& toy)
{
    torch::NoGradGuard g;
    const auto e = torch::nn::functional::normalize(head->forward(toy.X, toy.D).e,
                                                    torch::nn::functional::NormalizeFuncOptions().dim(1));
    const auto cos = e.matmul(e.t());
    const auto same = toy.labels.unsqueeze(0) == toy.labels.unsqueeze(1);
    const auto offDiagonal = torch::eye(cos.size(0), torch::kBool).logical_not();
    const auto sameMask = same.logical_and(offDiagonal);
    const auto diffMask = same.logical_not();
    return {cos.masked_select(sameMask).mean().item<double>(), cos.masked_select(diffMask).mean().item<double>()};
}

} // namespace

TEST(HeadTrainer, LearnsSeparableToyProblemWithEachLoss)
{
    const Toy toy = makeToy();
    for (auto kind : {MarginLossKind::AdaFace, MarginLossKind::ArcFace, MarginLossKind::CosFace}) {
        ConceptHeadModule head = makeHead(toy);
        HeadTrainerOptions options;
        options.loss = kind;
        options.lr = 1e-2;
        options.epochs = 40;
        options.batchSize = 30;
        options.seed = 7;
        int reported = 0;
        options.progress = [&](int epoch, double loss) {
            EXPECT_EQ(epoch, ++reported);
            EXPECT_TRUE(std::isfinite(loss));
        };
        const auto result = trainHead(head, toy.X, toy.D, toy.labels, options);
        ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
        EXPECT_EQ(reported, 40);
        ASSERT_EQ(result->epochLoss.size(), 40u);
        EXPECT_EQ(result->steps, 40 * 3);
        EXPECT_EQ(result->classCentres.sizes().vec(), (std::vector<int64_t>{3, 8}));
        const double first = result->epochLoss.front(), last = result->epochLoss.back();
        const std::string name = kind == MarginLossKind::AdaFace   ? "AdaFace"
                                 : kind == MarginLossKind::ArcFace ? "ArcFace"
                                                                   : "CosFace";
        RecordProperty(name + "_loss", std::to_string(first) + " -> " + std::to_string(last));
        EXPECT_LT(last, 0.5 * first) << "loss " << first << " -> " << last << " (kind " << int(kind) << ")";
        const auto [sameCos, diffCos] = cosineSeparation(head, toy);
        EXPECT_GT(sameCos, diffCos + 0.5) << "same " << sameCos << " different " << diffCos;
        RecordProperty(name + "_cosine", std::to_string(sameCos) + " vs " + std::to_string(diffCos));
        // F was trained: its last layer left zero.
        EXPECT_GT(head->F[2]->as<torch::nn::Linear>()->weight.abs().sum().item<double>(), 0.0);
    }
}

TEST(HeadTrainer, DeterministicForASeed)
{
    const Toy toy = makeToy(10);
    HeadTrainerOptions options;
    options.lr = 1e-2;
    options.epochs = 5;
    options.batchSize = 8;
    options.seed = 3;
    ConceptHeadModule a = makeHead(toy), b = makeHead(toy);
    const auto ra = trainHead(a, toy.X, toy.D, toy.labels, options);
    const auto rb = trainHead(b, toy.X, toy.D, toy.labels, options);
    ASSERT_TRUE(ra.ok() && rb.ok());
    EXPECT_EQ(ra->epochLoss, rb->epochLoss);
    EXPECT_TRUE(torch::equal(a->W, b->W));
    EXPECT_TRUE(torch::equal(ra->classCentres, rb->classCentres));
}

TEST(HeadTrainer, CancelsAndRejectsBadInput)
{
    const Toy toy = makeToy(4);
    ConceptHeadModule head = makeHead(toy);
    std::atomic<bool> cancel{true};
    HeadTrainerOptions options;
    options.cancel = &cancel;
    const auto cancelled = trainHead(head, toy.X, toy.D, toy.labels, options);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code(), ErrorCode::Cancelled);

    options.cancel = nullptr;
    const auto wrongRows = trainHead(head, toy.X.slice(0, 1), toy.D, toy.labels, options);
    ASSERT_FALSE(wrongRows.ok());
    EXPECT_EQ(wrongRows.error().code(), ErrorCode::Usage);
    options.numClasses = 2; // labels go up to 2
    EXPECT_FALSE(trainHead(head, toy.X, toy.D, toy.labels, options).ok());
}
