// Training on CLIP features (issue 10, point 6): the feature cache of the frozen tower, the trainer that tunes the
// last MLP block with the head, the pack it writes (loaded back with the same features), and the zero-shot
// alignment proxy. A tiny random checkpoint and generated faces: no ../shared needed.
#include <torch/torch.h>

#include "FakeEncoders.h"
#include "core/clip/ClipConfig.h"
#include "core/clip/ClipEncoder.h"
#include "core/clip/ClipModel.h"
#include "core/clip/ClipPreprocess.h"
#include "core/clip/ClipTokenizer.h"
#include "core/eval/ZeroShot.h"
#include "core/face/FaceModel.h"
#include "core/face/train/ClipFaceTrainer.h"
#include "core/face/train/ClipFeatureCache.h"
#include "core/face/train/FaceDataset.h"
#include "core/tensor/Safetensors.h"
#include "core/train/detail/HeadTrainer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>

using namespace descry;

namespace {

double maxAbs(const std::vector<float>& a, const std::vector<float>& b)
{
    if (a.size() != b.size())
        return INFINITY;
    double m = 0;
    for (size_t i = 0; i < a.size(); ++i)
        m = std::max(m, std::abs(double(a[i]) - double(b[i])));
    return m;
}

double maxAbsValue(const std::vector<float>& a)
{
    double m = 0;
    for (float v : a)
        m = std::max(m, std::abs(double(v)));
    return m;
}

std::shared_ptr<const FaceLocator> fakeLocator()
{
    EncoderContext ctx;
    ctx.spec.type = QStringLiteral("fake-landmarks");
    auto e = EncoderRegistry::global().create(ctx);
    EXPECT_TRUE(e.ok());
    return e ? std::dynamic_pointer_cast<const FaceLocator>(*e) : nullptr;
}

// A solid picture with a shape whose colour and place tell the class (a toy labelled folder).
QImage classPicture(int cls, int variant)
{
    QImage img(96, 80, QImage::Format_RGB888);
    img.fill(QColor::fromHsv((cls * 120 + variant * 7) % 360, 200, 220));
    QPainter p(&img);
    p.setBrush(QColor::fromHsv((cls * 120 + 180) % 360, 150, 90));
    p.drawEllipse(QPoint(20 + cls * 25, 40), 12 + variant, 12);
    return img;
}

// A temporary world: a tiny random checkpoint, six generated identities with three photos each, a labelled
// zero-shot folder of three classes.
class ClipTraining : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_config = *ClipConfig::named(QStringLiteral("tiny-vit32-quickgelu"));
        m_weights = clipRandomWeights(m_config, 7);
        m_checkpoint = m_dir.filePath(QStringLiteral("tiny.safetensors"));
        ASSERT_TRUE(writeSafetensors(m_checkpoint, m_weights).ok());
        m_faces = m_dir.filePath(QStringLiteral("faces"));
        for (int id = 0; id < 6; ++id)
            for (int v = 0; v < 3; ++v) {
                const QString folder = m_faces + QStringLiteral("/set/p%1").arg(id);
                ASSERT_TRUE(QDir().mkpath(folder));
                ASSERT_TRUE(fakes::writeFakeFacePhoto(folder + QStringLiteral("/%1.png").arg(v), id, v, 160, 200));
            }
        m_zeroShot = m_dir.filePath(QStringLiteral("zero-shot"));
        const QStringList classes{QStringLiteral("red_apple"), QStringLiteral("blue_sky"), QStringLiteral("tree")};
        for (int c = 0; c < classes.size(); ++c) {
            ASSERT_TRUE(QDir().mkpath(m_zeroShot + QLatin1Char('/') + classes[c]));
            for (int v = 0; v < 2; ++v)
                ASSERT_TRUE(classPicture(c, v).save(m_zeroShot + QStringLiteral("/%1/%2.png").arg(classes[c]).arg(v)));
        }
    }

    ClipFaceTrainingOptions options(const QString& out) const
    {
        ClipFaceTrainingOptions o;
        o.base.facesRoot = m_faces;
        o.base.outDir = m_dir.filePath(out);
        o.base.cacheFile = m_dir.filePath(QStringLiteral("cache.safetensors"));
        o.base.epochs = 3;
        o.base.m = 16;
        o.checkpoint = m_checkpoint;
        o.activation = ClipActivation::QuickGelu;
        o.locator = fakeLocator();
        return o;
    }

    Result<ClipFaceTrainingResult> train(const ClipFaceTrainingOptions& o)
    {
        m_log.clear();
        return trainClipFacePack(o, [this](const QString& line) { m_log << line; });
    }

    ClipModel checkpointModel(const QMap<QString, TensorData>& overrides = {}) const
    {
        ClipModelOptions mo;
        mo.activation = ClipActivation::QuickGelu;
        mo.overrides = overrides;
        auto model = ClipModel::open(m_checkpoint, mo);
        EXPECT_TRUE(model.ok()) << (model ? "" : model.error().toString().toStdString());
        return *model;
    }

    QString logText() const { return m_log.join(QLatin1Char('\n')); }

    QTemporaryDir m_dir;
    ClipConfig m_config;
    QMap<QString, TensorData> m_weights;
    QString m_checkpoint, m_faces, m_zeroShot;
    QStringList m_log;
};

} // namespace

TEST_F(ClipTraining, TrainsAPackThatVerifiesAndTheSecondRunReadsEveryFaceFromTheCache)
{
    auto first = train(options(QStringLiteral("pack1")));
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->faces, 18);
    EXPECT_EQ(first->cacheHits, 0);
    EXPECT_TRUE(logText().contains(QStringLiteral("feature cache: 0 of 18 faces reused"))) << logText().toStdString();
    EXPECT_TRUE(logText().contains(QStringLiteral("alignment proxy skipped"))) << logText().toStdString();
    EXPECT_FALSE(first->metrics.contains(QStringLiteral("alignment_proxy")));
    EXPECT_TRUE(first->tuned.isEmpty());
    EXPECT_TRUE(first->metrics.value(QStringLiteral("held_out")).toObject().contains(QStringLiteral("set")));

    auto pack = FaceModel::open(m_dir.filePath(QStringLiteral("pack1")));
    ASSERT_TRUE(pack.ok()) << pack.error().toString().toStdString();
    EXPECT_EQ(pack->layout().cosineSource, ConceptSource::Prompt);
    EXPECT_EQ(pack->layout().numCosine(), pack->catalog().descriptors().size());
    EXPECT_GT(pack->layout().nDirect, 0);
    ASSERT_NE(pack->analyzer().encoder(), nullptr);
    EXPECT_EQ(pack->analyzer().encoder()->type(), QStringLiteral("openclip-vit"));
    EXPECT_NEAR(pack->parts().head->config().alpha, first->alpha, 1e-6);

    auto second = train(options(QStringLiteral("pack2")));
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_EQ(second->cacheHits, 18);
    EXPECT_TRUE(logText().contains(QStringLiteral("feature cache: 18 of 18 faces reused"))) << logText().toStdString();
    // The cached features are the computed ones: the same training, to the bit.
    EXPECT_EQ(second->metrics.value(QStringLiteral("final_loss")).toDouble(),
              first->metrics.value(QStringLiteral("final_loss")).toDouble());
    EXPECT_EQ(second->imageFeatures, first->imageFeatures);
}

TEST_F(ClipTraining, TunedLastMlpIsStoredInThePackAndLoadsBackWithTheTrainersFeatures)
{
    ClipFaceTrainingOptions o = options(QStringLiteral("tuned"));
    o.tuneLastMlp = true;
    o.base.lr = 1e-3;
    o.zeroShotDir = m_zeroShot;
    auto r = train(o);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    const ClipModel original = checkpointModel();
    QStringList names = original.lastMlpTensorNames();
    names.sort();
    EXPECT_EQ(names.size(), 4);
    ASSERT_EQ(r->tuned.keys(), names);
    for (auto it = r->tuned.cbegin(); it != r->tuned.cend(); ++it) {
        EXPECT_EQ(it->shape, m_weights[it.key()].shape) << it.key().toStdString();
        EXPECT_GT(maxAbs(it->toFloat(), m_weights[it.key()].toFloat()), 1e-6) << it.key().toStdString();
    }
    // The pack stores exactly the tuned tensors.
    auto stored = readSafetensors(m_dir.filePath(QStringLiteral("tuned/encoder/tuned.safetensors")));
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    for (auto it = r->tuned.cbegin(); it != r->tuned.cend(); ++it)
        EXPECT_EQ(maxAbs((*stored)[it.key()].toFloat(), it->toFloat()), 0.0) << it.key().toStdString();

    // Loaded back, the pack's encoder computes what the head was calibrated on, and not the untuned tower.
    auto pack = FaceModel::open(m_dir.filePath(QStringLiteral("tuned")));
    ASSERT_TRUE(pack.ok()) << pack.error().toString().toStdString();
    ASSERT_FALSE(r->imageFeatures.isEmpty());
    double untunedDiff = 0;
    for (auto it = r->imageFeatures.cbegin(); it != r->imageFeatures.cend(); ++it) {
        auto a = pack->analyze(it.key());
        ASSERT_TRUE(a.ok()) << a.error().toString().toStdString();
        EXPECT_LT(maxAbs(a->embedding, it.value()), 1e-4 * std::max(1.0, maxAbsValue(it.value())))
            << it.key().toStdString();
        auto aligned = fakeLocator()->locate(QImage(it.key()), it.key(), {}, {});
        ASSERT_TRUE(aligned.ok());
        const std::vector<float> pixels = clipFacePixels(*aligned, original);
        std::vector<float> plain(size_t(m_config.embedDim));
        ASSERT_TRUE(original.encodeImages(pixels.data(), 1, plain.data()).ok());
        untunedDiff = std::max(untunedDiff, maxAbs(plain, it.value()));
    }
    EXPECT_GT(untunedDiff, 1e-4);

    // The alignment proxy: before = the checkpoint's tower, after = the tuned tower, both as open_clip computes them.
    ASSERT_TRUE(r->alignment.has_value());
    auto tokenizer = ClipTokenizer::loadDefault();
    ASSERT_TRUE(tokenizer.ok()) << tokenizer.error().toString().toStdString();
    auto set = scanZeroShotFolder(m_zeroShot);
    ASSERT_TRUE(set.ok());
    auto before = evaluateZeroShot(original, *tokenizer, *set);
    auto after = evaluateZeroShot(checkpointModel(r->tuned), *tokenizer, *set);
    ASSERT_TRUE(before.ok() && after.ok());
    EXPECT_DOUBLE_EQ(r->alignment->before, *before);
    EXPECT_DOUBLE_EQ(r->alignment->after, *after);
    const QJsonObject proxy = r->metrics.value(QStringLiteral("alignment_proxy")).toObject();
    EXPECT_EQ(proxy.value(QStringLiteral("classes")).toInt(), 3);
    EXPECT_EQ(proxy.value(QStringLiteral("images")).toInt(), 6);
    EXPECT_DOUBLE_EQ(proxy.value(QStringLiteral("drop")).toDouble(), *before - *after);
    EXPECT_TRUE(proxy.value(QStringLiteral("after_residual")).isDouble());
    EXPECT_TRUE(logText().contains(QStringLiteral("alignment proxy (zero-shot on 6 images of 3 classes")))
        << logText().toStdString();
}

TEST_F(ClipTraining, WithoutTuningTheTowerKeepsItsZeroShotAccuracy)
{
    ClipFaceTrainingOptions o = options(QStringLiteral("frozen"));
    o.base.cacheFile.clear();
    o.zeroShotDir = m_zeroShot;
    auto r = train(o);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_TRUE(r->alignment.has_value());
    EXPECT_EQ(r->alignment->after, r->alignment->before);
    EXPECT_GE(r->alignment->afterResidual, 0.0);
    EXPECT_LE(r->alignment->afterResidual, 1.0);
    EXPECT_TRUE(logText().contains(QStringLiteral("feature cache: none"))) << logText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("frozen/encoder/tuned.safetensors"))));
}

TEST_F(ClipTraining, RefusesAnUnknownLossAMissingCheckpointAndABadZeroShotFolderBeforeWriting)
{
    ClipFaceTrainingOptions o = options(QStringLiteral("bad"));
    o.base.loss = static_cast<FaceLoss>(42);
    auto loss = train(o);
    ASSERT_FALSE(loss.ok());
    EXPECT_EQ(loss.error().code(), ErrorCode::Usage);

    o = options(QStringLiteral("bad"));
    o.checkpoint = m_dir.filePath(QStringLiteral("missing.safetensors"));
    auto missing = train(o);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code(), ErrorCode::Model);
    EXPECT_TRUE(missing.error().toString().contains(QStringLiteral("missing.safetensors")))
        << missing.error().toString().toStdString();

    o = options(QStringLiteral("bad"));
    const QString oneClass = m_dir.filePath(QStringLiteral("one-class"));
    ASSERT_TRUE(QDir().mkpath(oneClass + QStringLiteral("/cat")));
    ASSERT_TRUE(classPicture(0, 0).save(oneClass + QStringLiteral("/cat/1.png")));
    o.zeroShotDir = oneClass;
    auto zs = train(o);
    ASSERT_FALSE(zs.ok());
    EXPECT_EQ(zs.error().code(), ErrorCode::Input);
    EXPECT_TRUE(zs.error().message().contains(QStringLiteral("at least two class")))
        << zs.error().toString().toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("bad"))));
}

TEST_F(ClipTraining, FeatureCacheHoldsTheTowersFeaturesAndIgnoresADamagedFileOrAnotherCheckpoint)
{
    const ClipModel model = checkpointModel();
    auto faces = scanFaceDatasets(m_faces);
    ASSERT_TRUE(faces.ok());
    const QString cache = m_dir.filePath(QStringLiteral("features.safetensors"));
    const auto locator = fakeLocator();
    const QString sha(64, QLatin1Char('a')), otherSha(64, QLatin1Char('b'));
    ClipCacheStats stats;
    auto fresh = extractClipFaceFeatures(*locator, model, sha, *faces, cache, &stats);
    ASSERT_TRUE(fresh.ok()) << fresh.error().toString().toStdString();
    EXPECT_EQ(stats.hits, 0);
    // The features from the cached last-MLP input are open_clip's encode_image of the aligned face.
    const ClipFaceFeatures& f0 = (*fresh)[0];
    ASSERT_TRUE(f0.ok);
    EXPECT_EQ(int(f0.preMlp.size()), m_config.vision.width);
    auto aligned = locator->locate(QImage(f0.face.path), f0.face.path, {}, {});
    ASSERT_TRUE(aligned.ok());
    const std::vector<float> pixels = clipFacePixels(*aligned, model);
    std::vector<float> direct(size_t(m_config.embedDim));
    ASSERT_TRUE(model.encodeImages(pixels.data(), 1, direct.data()).ok());
    EXPECT_LT(maxAbs(f0.features, direct), 1e-4 * std::max(1.0, maxAbsValue(direct)));

    auto cached = extractClipFaceFeatures(*locator, model, sha, *faces, cache, &stats);
    ASSERT_TRUE(cached.ok());
    EXPECT_EQ(stats.hits, 18);
    for (size_t i = 0; i < cached->size(); ++i) {
        EXPECT_EQ((*cached)[i].preMlp, (*fresh)[i].preMlp);
        EXPECT_EQ((*cached)[i].features, (*fresh)[i].features);
        EXPECT_EQ((*cached)[i].morphometry, (*fresh)[i].morphometry);
    }
    // Another checkpoint misses, and its entries join the first one's.
    ASSERT_TRUE(extractClipFaceFeatures(*locator, model, otherSha, *faces, cache, &stats).ok());
    EXPECT_EQ(stats.hits, 0);
    ASSERT_TRUE(extractClipFaceFeatures(*locator, model, sha, *faces, cache, &stats).ok());
    EXPECT_EQ(stats.hits, 18);

    QFile damaged(cache);
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("not a safetensors file");
    damaged.close();
    ASSERT_TRUE(extractClipFaceFeatures(*locator, model, sha, *faces, cache, &stats).ok());
    EXPECT_EQ(stats.hits, 0);
    EXPECT_FALSE(stats.unusable.isEmpty());
    ASSERT_TRUE(extractClipFaceFeatures(*locator, model, sha, *faces, cache, &stats).ok());
    EXPECT_EQ(stats.hits, 18);
    EXPECT_TRUE(stats.unusable.isEmpty());
}

TEST_F(ClipTraining, ZeroShotScansClassFoldersAndEvaluatesATower)
{
    auto set = scanZeroShotFolder(m_zeroShot);
    ASSERT_TRUE(set.ok()) << set.error().toString().toStdString();
    EXPECT_EQ(set->classNames, (QStringList{"blue sky", "red apple", "tree"}));
    EXPECT_EQ(set->prompts, (QStringList{"a photo of a blue sky", "a photo of a red apple", "a photo of a tree"}));
    EXPECT_EQ(set->images.size(), 6);
    EXPECT_EQ(set->labels, (std::vector<int>{0, 0, 1, 1, 2, 2}));

    // evaluateZeroShot is argmax cosine of encode_image against encode_text of the prompts.
    const ClipModel model = checkpointModel();
    auto tokenizer = ClipTokenizer::loadDefault();
    ASSERT_TRUE(tokenizer.ok()) << tokenizer.error().toString().toStdString();
    auto accuracy = evaluateZeroShot(model, *tokenizer, *set);
    ASSERT_TRUE(accuracy.ok()) << accuracy.error().toString().toStdString();
    std::vector<std::vector<int64_t>> tokens;
    for (const QString& p : set->prompts)
        tokens.push_back(tokenizer->tokenize(p));
    std::vector<float> text(3 * size_t(m_config.embedDim)), image(6 * size_t(m_config.embedDim));
    ASSERT_TRUE(model.encodeTexts(tokens, text.data()).ok());
    for (int i = 0; i < 6; ++i) {
        const std::vector<float> px = clipPreprocess(QImage(set->images[i]), ClipImageNorm{});
        ASSERT_TRUE(model.encodeImages(px.data(), 1, image.data() + size_t(i) * m_config.embedDim).ok());
    }
    EXPECT_DOUBLE_EQ(*accuracy, zeroShotAccuracy(image.data(), 6, text.data(), 3, m_config.embedDim, set->labels));

    // Folders that cannot be a labelled set are input errors naming the folder.
    EXPECT_EQ(scanZeroShotFolder(m_dir.filePath(QStringLiteral("nope"))).error().code(), ErrorCode::Input);
    ASSERT_TRUE(QDir().mkpath(m_zeroShot + QStringLiteral("/empty_class")));
    auto empty = scanZeroShotFolder(m_zeroShot);
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message().contains(QStringLiteral("empty_class")))
        << empty.error().toString().toStdString();
    EXPECT_EQ(empty.error().file(), m_zeroShot);
}

TEST(ZeroShot, AccuracyIsTheShareOfImagesClosestToTheirOwnClassPrompt)
{
    // Text rows of very different norms: cosine, not the dot product, decides.
    const std::vector<float> text{10, 0, 0, /**/ 0, 0.1f, 0, /**/ 0, 0, 1};
    const std::vector<float> images{1, 0.2f, 0, /**/ 0.1f, 1, 0, /**/ 0, 0.3f, 1, /**/ 1, 0.9f, 0};
    EXPECT_DOUBLE_EQ(zeroShotAccuracy(images.data(), 4, text.data(), 3, 3, {0, 1, 2, 1}), 0.75);
    EXPECT_DOUBLE_EQ(zeroShotAccuracy(images.data(), 4, text.data(), 3, 3, {0, 1, 2, 0}), 1.0);
    EXPECT_TRUE(std::isnan(zeroShotAccuracy(images.data(), 0, text.data(), 3, 3, {})));
    EXPECT_EQ(zeroShotPrompt(QStringLiteral("golden_retriever")), QStringLiteral("a photo of a golden retriever"));
}

TEST(AlignmentProxy, WarnsWhenTuningCostMoreThanTenPointsAndReportsBothAfters)
{
    AlignmentProxy p{QStringLiteral("/data/cifar"), 10, 200, 0.80, 0.75, 0.62};
    EXPECT_NEAR(p.drop(), 0.05, 1e-12);
    EXPECT_NEAR(p.dropResidual(), 0.18, 1e-12);
    QStringList lines = p.logLines();
    ASSERT_EQ(lines.size(), 2) << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("before tuning 80.0 %"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("tuned tower 75.0 %"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("warning: "))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral("18.0 points"))) << lines[1].toStdString();
    p.after = 0.65;
    lines = p.logLines();
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[1].contains(QStringLiteral("lowered the tower's zero-shot accuracy by 15.0 points")))
        << lines[1].toStdString();
    const QJsonObject j = p.toJson();
    EXPECT_EQ(j.value(QStringLiteral("classes")).toInt(), 10);
    EXPECT_EQ(j.value(QStringLiteral("images")).toInt(), 200);
    EXPECT_DOUBLE_EQ(j.value(QStringLiteral("before")).toDouble(), 0.80);
    EXPECT_DOUBLE_EQ(j.value(QStringLiteral("after")).toDouble(), 0.65);
    EXPECT_NEAR(j.value(QStringLiteral("drop")).toDouble(), 0.15, 1e-12);
    EXPECT_DOUBLE_EQ(j.value(QStringLiteral("after_residual")).toDouble(), 0.62);
    p.after = p.afterResidual = 0.79;
    EXPECT_EQ(p.logLines().size(), 1);
}

TEST(HeadTrainerTail, TheTailIsTunedWithTheHeadAndTheLossFalls)
{
    using namespace descry::detail;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(99);
    const int classes = 3, per = 20, h = 12, d = 8;
    const torch::Tensor labels = torch::arange(classes).repeat_interleave(per);
    const torch::Tensor protos = torch::randn({classes, h}, gen);
    const torch::Tensor H = protos.index_select(0, labels) + 0.3 * torch::randn({classes * per, h}, gen);
    ConceptHeadOptions o;
    o.d = d;
    o.m = 6;
    o.groupOf = {0, 0, 1, 1, 1};
    o.seed = 3;
    ConceptHeadModule head(o);
    head->setDescriptorEmbeddings(torch::randn({5, d}, gen));
    const torch::Tensor W0 = torch::randn({d, h}, gen) * 0.3;
    const torch::Tensor W = W0.clone().requires_grad_(true);
    HeadInputTail tail{[&](const torch::Tensor& rows) { return torch::matmul(rows, W.t()); }, {W}};
    HeadTrainerOptions to;
    to.epochs = 30;
    to.lr = 1e-2;
    to.batchSize = 16;
    auto r = trainHeadWithTail(head, tail, H, {}, labels, to);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_LT(r->epochLoss.back(), r->epochLoss.front());
    EXPECT_GT((W.detach() - W0).abs().max().item<double>(), 1e-3);

    // A tail whose output does not fit the head is refused before a step is taken.
    const torch::Tensor Wbad = torch::randn({d + 1, h}, gen);
    HeadInputTail bad{[&](const torch::Tensor& rows) { return torch::matmul(rows, Wbad.t()); }, {}};
    auto refused = trainHeadWithTail(head, bad, H, {}, labels, to);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::Usage);
}
