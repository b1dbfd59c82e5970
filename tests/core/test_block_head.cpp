// Block-structured aggregation (issue 13 §6a): W stays zero outside the blocks while training, the block
// decomposition adds up to the score, a characteristic's share depends on that characteristic alone (and does
// not with a full W), an off-block W is refused on load, and full packs (old manifests) keep loading.
#include <torch/torch.h>

#include "BlockFakePack.h"
#include "FakeEncoders.h"

#include "core/common/Json.h"
#include "core/explain/BlockDecomposition.h"
#include "core/explain/CosineDecomposition.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/model/ConceptHead.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/train/detail/HeadTrainer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace descry;
using namespace descry::detail;

namespace {

const std::vector<int64_t> kGroups{0, 0, 1, 1, 2, 3, 2, 3, 2, 3}; // 4 groups, interleaved
constexpr int kWidth = 2;                                         // m = 4 × 2

ConceptHeadOptions blockOptions(bool block)
{
    ConceptHeadOptions o;
    o.d = 16;
    o.r = 4;
    o.nDirect = 4;
    o.m = 4 * kWidth;
    o.tau = 0.5f;
    o.groupOf = kGroups;
    o.seed = 42;
    o.block = block;
    o.blockWidth = block ? kWidth : 0;
    return o;
}

std::vector<float> toVector(const torch::Tensor& t)
{
    const torch::Tensor c = t.detach().contiguous().to(torch::kFloat32);
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// Random group-softmaxed scores for the 10 concepts (each group sums to 1).
std::vector<float> randomSsm(std::mt19937& rng)
{
    std::uniform_real_distribution<float> u(0.05f, 1.0f);
    std::vector<float> s(kGroups.size());
    std::vector<double> sums(4, 0.0);
    for (size_t k = 0; k < s.size(); ++k)
        sums[size_t(kGroups[k])] += (s[k] = u(rng));
    for (size_t k = 0; k < s.size(); ++k)
        s[k] = float(s[k] / sums[size_t(kGroups[k])]);
    return s;
}

std::vector<int> groupIds()
{
    return std::vector<int>(kGroups.begin(), kGroups.end());
}

// Σ over group g of the unnormalised contributions c_k·|e_p||e_r|: what group g adds to e_p·e_r.
double groupProduct(const CosineDecomposition& d, int g)
{
    double pp = 0, rr = 0;
    for (size_t j = 0; j < d.eProbe.size(); ++j) {
        pp += d.eProbe[j] * d.eProbe[j];
        rr += d.eReference[j] * d.eReference[j];
    }
    double sum = 0;
    for (size_t k = 0; k < kGroups.size(); ++k)
        if (kGroups[k] == g)
            sum += d.contributions[k];
    return sum * std::sqrt(pp) * std::sqrt(rr);
}

} // namespace

TEST(BlockHead, WeightsStayZeroOutsideTheBlocksWhileTraining)
{
    ConceptHeadModule head(blockOptions(true));
    auto gen = at::make_generator<at::CPUGeneratorImpl>(5);
    head->setDescriptorEmbeddings(torch::randn({6, 16}, gen));
    const torch::Tensor outside = 1 - head->blockMask();
    EXPECT_EQ((head->W * outside).abs().max().item<float>(), 0.0f) << "initialised outside the blocks";
    const torch::Tensor before = head->W.detach().clone();

    const torch::Tensor labels = torch::arange(3).repeat_interleave(20);
    const torch::Tensor X = torch::randn({3, 16}, gen).index_select(0, labels) + 0.3 * torch::randn({60, 16}, gen);
    const torch::Tensor D = torch::randn({3, 4}, gen).index_select(0, labels) + 0.3 * torch::randn({60, 4}, gen);
    HeadTrainerOptions options;
    options.epochs = 5;
    options.batchSize = 20;
    options.lr = 1e-2;
    options.seed = 3;
    auto trained = trainHead(head, X, D, labels, options);
    ASSERT_TRUE(trained) << trained.error().toString().toStdString();
    // The raw parameter itself, not only what forward() uses: AdamW never moved an entry outside the blocks.
    EXPECT_EQ((head->W * outside).abs().max().item<float>(), 0.0f);
    EXPECT_GT((head->W - before).abs().max().item<float>(), 1e-4f) << "the blocks were trained";
    // Each group writes only to its own columns of e.
    torch::NoGradGuard ng;
    const torch::Tensor e = head->forward(X.slice(0, 0, 1), D.slice(0, 0, 1)).e;
    ConceptHeadModule same(blockOptions(true));
    EXPECT_EQ(e.size(1), 8);
}

TEST(BlockHead, BlockConfigurationNeedsGroupsTimesWidth)
{
    ConceptHeadOptions o = blockOptions(true);
    o.m = 7;
    const Status st = ConceptHeadModuleImpl::validate(o);
    ASSERT_FALSE(st);
    EXPECT_NE(st.error().message().indexOf(QStringLiteral("block")), -1) << st.error().message().toStdString();
}

TEST(BlockHead, DecompositionAddsUpToTheScoreAndMatchesTheDescriptorValues)
{
    ConceptHeadModule head(blockOptions(true));
    const std::vector<float> W = toVector(head->aggregationWeight());
    std::mt19937 rng(1);
    for (int trial = 0; trial < 20; ++trial) {
        const std::vector<float> p = randomSsm(rng), r = randomSsm(rng);
        auto block = decomposeBlockScore(p, r, W, {}, groupIds(), kWidth);
        ASSERT_TRUE(block) << block.error().message().toStdString();
        auto cosine = decomposeCosineScore(p, r, W, {});
        ASSERT_TRUE(cosine);
        double sum = 0;
        for (double s : block->shares)
            sum += s;
        EXPECT_NEAR(block->score, sum + block->biasTerm, 1e-6);
        EXPECT_NEAR(block->score, cosine->score, 1e-9);
        // Per descriptor: c_k restricted to the block sums to the group's share.
        for (int g = 0; g < 4; ++g) {
            double inGroup = 0;
            for (size_t k = 0; k < kGroups.size(); ++k)
                if (kGroups[k] == g)
                    inGroup += cosine->contributions[k];
            EXPECT_NEAR(inGroup, block->shares[size_t(g)], 1e-9);
            EXPECT_NEAR(block->shares[size_t(g)], block->weights[size_t(g)] * block->blockCosines[size_t(g)], 1e-9);
        }
    }
}

TEST(BlockHead, WithABiasTheDecompositionStillAddsUp)
{
    ConceptHeadOptions o = blockOptions(true);
    o.bias = true;
    ConceptHeadModule head(o);
    {
        torch::NoGradGuard ng;
        head->b.copy_(torch::linspace(-0.3, 0.4, 8));
    }
    std::mt19937 rng(2);
    const std::vector<float> p = randomSsm(rng), r = randomSsm(rng);
    auto block = decomposeBlockScore(p, r, toVector(head->aggregationWeight()), toVector(head->b), groupIds(), kWidth);
    ASSERT_TRUE(block);
    double sum = 0;
    for (double s : block->shares)
        sum += s;
    EXPECT_NE(block->biasTerm, 0.0);
    EXPECT_NEAR(block->residual, 0.0, 1e-9);
    EXPECT_NEAR(block->score, sum + block->biasTerm, 1e-9);
}

// The locality property: changing group 3's scores in the probe leaves what every other group adds to
// e_p·e_r unchanged (its share moves only by the common factor 1/(|e_p||e_r|), the same for all groups);
// with a full W the other groups' contributions change too.
TEST(BlockHead, AGroupsShareDependsOnlyOnThatGroup)
{
    std::mt19937 rng(9);
    const std::vector<float> p = randomSsm(rng), r = randomSsm(rng);
    std::vector<float> changed = p;
    for (size_t k = 0; k < kGroups.size(); ++k)
        if (kGroups[k] == 3)
            changed[k] = 0.0f;
    changed[5] = 1.0f; // group 3 now certain of its first descriptor
    for (bool block : {true, false}) {
        ConceptHeadModule head(blockOptions(block));
        const std::vector<float> W = toVector(head->aggregationWeight());
        auto before = decomposeCosineScore(p, r, W, {});
        auto after = decomposeCosineScore(changed, r, W, {});
        ASSERT_TRUE(before && after);
        double largestChange = 0;
        for (int g = 0; g < 3; ++g)
            largestChange = std::max(largestChange, std::abs(groupProduct(*after, g) - groupProduct(*before, g)));
        if (block) {
            EXPECT_LT(largestChange, 1e-9) << "block head: another group's change leaked into groups 0-2";
            auto b0 = decomposeBlockScore(p, r, W, {}, groupIds(), kWidth);
            auto b1 = decomposeBlockScore(changed, r, W, {}, groupIds(), kWidth);
            ASSERT_TRUE(b0 && b1);
            const double factor = b1->shares[0] / b0->shares[0];
            for (int g = 1; g < 3; ++g) {
                EXPECT_NEAR(b1->shares[size_t(g)], factor * b0->shares[size_t(g)], 1e-9);
                EXPECT_NEAR(b1->blockCosines[size_t(g)], b0->blockCosines[size_t(g)], 1e-12);
            }
        } else {
            EXPECT_GT(largestChange, 1e-3) << "a full W should mix the groups (the issue's contradiction)";
            EXPECT_FALSE(decomposeBlockScore(p, r, W, {}, groupIds(), kWidth)) << "a full W is not local";
        }
    }
}

TEST(BlockHead, StoredWeightsOutsideTheBlocksAreRefused)
{
    ConceptHeadModule head(blockOptions(true));
    head->setDescriptorEmbeddings(torch::randn({6, 16}));
    auto tensors = head->tensors();
    ASSERT_EQ((tensors.at("W") * (1 - head->blockMask())).abs().max().item<float>(), 0.0f);
    EXPECT_TRUE(head->loadTensors(tensors));
    tensors.at("W")[0][7] = 0.25f; // concept 0 is in group 0 (columns 0-1)
    const Status st = head->loadTensors(tensors);
    ASSERT_FALSE(st);
    const QString message = st.error().message();
    EXPECT_NE(message.indexOf(QStringLiteral("'W'")), -1) << message.toStdString();
    EXPECT_NE(message.indexOf(QStringLiteral("W[0, 7]")), -1) << message.toStdString();
    EXPECT_NE(message.indexOf(QStringLiteral("outside the block")), -1) << message.toStdString();
}

TEST(BlockHead, AggregationIdsRoundTrip)
{
    EXPECT_EQ(headAggregationId(HeadAggregation::Block), QStringLiteral("block"));
    EXPECT_EQ(headAggregationFromId(QStringLiteral("full")), HeadAggregation::Full);
    EXPECT_EQ(headAggregationFromId(QStringLiteral("block")), HeadAggregation::Block);
    EXPECT_FALSE(headAggregationFromId(QStringLiteral("Block")).has_value());
}

class BlockFacePack : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto pack = fakes::writeBlockFakeFacePack(m_dir.path());
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        m_block = *pack;
        m_full = QDir(m_dir.path()).filePath(QStringLiteral("full"));
    }
    QString photo(int identity, int variant)
    {
        const QString p = m_dir.filePath(QStringLiteral("id%1_v%2.png").arg(identity).arg(variant));
        EXPECT_TRUE(fakes::writeFakeFacePhoto(p, identity, variant));
        return p;
    }
    QTemporaryDir m_dir;
    QString m_block, m_full;
};

TEST_F(BlockFacePack, LoadsAsBlockAndExplainsLocally)
{
    const QJsonObject manifest = *json::readObjectFile(QDir(m_block).filePath(QStringLiteral("manifest.json")));
    const QJsonObject head = manifest.value(QStringLiteral("head")).toObject();
    EXPECT_EQ(head.value(QStringLiteral("aggregation")).toString(), QStringLiteral("block"));
    EXPECT_EQ(head.value(QStringLiteral("block_width")).toInt(), 2);
    auto model = FaceModel::open(m_block);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    ASSERT_TRUE(model->parts().head->isBlock());
    EXPECT_EQ(model->parts().head->config().m, 2 * int(model->layout().groups.size()));

    FaceComparison comparison(std::make_shared<const FaceModel>(*model));
    auto r = comparison.compare(photo(1, 0), photo(2, 1));
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->aggregation, QStringLiteral("block"));
    EXPECT_LT(std::abs(r->residual), 1e-6);
    double sum = 0;
    for (const GroupExplanation& g : r->groups) {
        ASSERT_TRUE(std::isfinite(g.blockCosine)) << g.characteristic.toStdString();
        EXPECT_NEAR(g.contribution, g.blockWeight * g.blockCosine, 1e-6);
        // The sign of a characteristic's share is the sign of its own similarity: no contradiction possible.
        if (std::abs(g.contribution) > 1e-9) {
            EXPECT_EQ(g.contribution > 0, g.blockCosine > 0) << g.characteristic.toStdString();
        }
        sum += g.contribution;
    }
    EXPECT_NEAR(r->score, sum + r->biasTerm, 1e-6);
    const QJsonObject json = r->toJson();
    EXPECT_EQ(json.value(QStringLiteral("aggregation")).toString(), QStringLiteral("block"));
    EXPECT_TRUE(json.value(QStringLiteral("groups"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("block_cosine"))
                    .isDouble());
}

TEST_F(BlockFacePack, FullPacksWithoutAnAggregationMemberStillLoad)
{
    const QString path = QDir(m_full).filePath(QStringLiteral("manifest.json"));
    QJsonObject manifest = *json::readObjectFile(path);
    QJsonObject head = manifest.value(QStringLiteral("head")).toObject();
    EXPECT_EQ(head.value(QStringLiteral("aggregation")).toString(), QStringLiteral("full"));
    head.remove(QStringLiteral("aggregation")); // as every pack written before block heads
    manifest.insert(QStringLiteral("head"), head);
    ASSERT_TRUE(json::writeObjectFile(path, manifest));
    auto model = FaceModel::open(m_full);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    EXPECT_FALSE(model->parts().head->isBlock());
    FaceComparison comparison(std::make_shared<const FaceModel>(*model));
    auto r = comparison.compare(photo(1, 0), photo(1, 1));
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->aggregation, QStringLiteral("full"));
    EXPECT_TRUE(std::isnan(r->groups.first().blockCosine));
    EXPECT_TRUE(r->toJson()
                    .value(QStringLiteral("groups"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("block_cosine"))
                    .isNull());

    head.insert(QStringLiteral("aggregation"), QStringLiteral("diagonal"));
    manifest.insert(QStringLiteral("head"), head);
    ASSERT_TRUE(json::writeObjectFile(path, manifest));
    auto bad = FaceModel::open(m_full);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message().indexOf(QStringLiteral("head.aggregation")), -1);
}

TEST_F(BlockFacePack, AFullHeadsMatrixDeclaredBlockIsRefusedNamingW)
{
    // A dense W of the block head's shape under a manifest that says "block": the stored tensor is checked.
    auto full = FaceModel::open(m_full);
    ASSERT_TRUE(full) << full.error().toString().toStdString();
    FaceModelParts parts = full->parts();
    HeadConfig cfg = parts.head->config();
    cfg.m = 2 * int(parts.layout.groups.size());
    auto head = ConceptHead::create(cfg, 3);
    ASSERT_TRUE(head);
    ASSERT_TRUE(
        head->setDescriptorEmbeddings(std::vector<float>(size_t(parts.layout.numAppearance()) * size_t(cfg.d), 0.5f)));
    parts.head.emplace(*head);
    FacePackInfo info;
    info.name = QStringLiteral("face-fake-dense");
    info.version = QStringLiteral("0.0.1");
    info.sources = full->pack().manifest().encoder.sources;
    info.calibration = full->pack().manifest().calibration.json;
    const QString dense = m_dir.filePath(QStringLiteral("dense"));
    ASSERT_TRUE(writeFacePack(dense, parts, info));
    ASSERT_TRUE(FaceModel::open(dense)) << "the dense pack itself is valid";
    const QString path = QDir(dense).filePath(QStringLiteral("manifest.json"));
    QJsonObject manifest = *json::readObjectFile(path);
    QJsonObject h = manifest.value(QStringLiteral("head")).toObject();
    h.insert(QStringLiteral("aggregation"), QStringLiteral("block"));
    h.insert(QStringLiteral("block_width"), 2);
    manifest.insert(QStringLiteral("head"), h);
    ASSERT_TRUE(json::writeObjectFile(path, manifest));
    auto bad = FaceModel::open(dense);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message().indexOf(QStringLiteral("'W'")), -1) << bad.error().message().toStdString();
    EXPECT_NE(bad.error().message().indexOf(QStringLiteral("outside the block")), -1);
    EXPECT_TRUE(bad.error().file().endsWith(QStringLiteral("head.safetensors"))) << bad.error().file().toStdString();

    h.insert(QStringLiteral("block_width"), 3); // m = 2G is not G × 3
    manifest.insert(QStringLiteral("head"), h);
    ASSERT_TRUE(json::writeObjectFile(path, manifest));
    auto width = FaceModel::open(dense);
    ASSERT_FALSE(width);
    EXPECT_NE(width.error().message().indexOf(QStringLiteral("head.block_width")), -1);
}

TEST(BlockHead, TheCommittedDefaultPackStillLoadsAsAFullHead)
{
    // The committed pack assembled with its fetched encoder files (packaging/assemble-packs.sh).
    const QString pack = QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/packs/face-default");
    if (!QFileInfo::exists(pack + QStringLiteral("/manifest.json")))
        GTEST_SKIP() << "packaging/packs/face-default is not assembled (packaging/setup.sh)";
    auto model = FaceModel::open(pack);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    const QJsonObject head = model->pack().manifest().head.json;
    const bool block = head.value(QStringLiteral("aggregation")).toString() == QStringLiteral("block");
    EXPECT_EQ(model->parts().head->isBlock(), block);
}
