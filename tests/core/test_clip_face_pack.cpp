// CLIP face packs: the prompt concept layout, writeClipFacePack / encodeDescriptorPrompts / readClipFaceHead and
// the openclip-vit encoder as FaceModel::open loads it, on generated checkpoints (no ../shared needed).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "FakeEncoders.h"
#include "core/clip/ClipEncoder.h"
#include "core/clip/ClipPreprocess.h"
#include "core/common/Hash.h"
#include "core/diagnostics/Runtime.h"
#include "core/face/ClipFacePack.h"
#include "core/face/FaceModel.h"
#include "core/pack/ModelPack.h"

#include <cmath>
#include <random>

using namespace descry;

namespace {

Catalog faceCatalog()
{
    auto c = Catalog::load(defaultFaceCatalogPath());
    EXPECT_TRUE(c) << c.error().toString().toStdString();
    return *c;
}

ClipConfig tinyConfig()
{
    return *ClipConfig::named(QStringLiteral("tiny-vit32-quickgelu"));
}

// A random head for the prompt layout with T from `T` (catalog order).
FaceModelParts randomParts(const Catalog& catalog, const std::vector<float>& T, int d)
{
    auto layout = FaceConceptLayout::build(catalog, ConceptSource::Prompt);
    EXPECT_TRUE(layout);
    HeadConfig cfg;
    cfg.d = d;
    cfg.r = 4;
    cfg.m = 16;
    cfg.nDirect = layout->nDirect;
    cfg.groupOf = layout->groupOf;
    cfg.tau = 0.1f;
    auto head = ConceptHead::create(cfg, 5);
    EXPECT_TRUE(head);
    EXPECT_TRUE(head->setDescriptorEmbeddings(layout->cosineRows(T, d)));
    FaceModelParts parts{catalog, *layout, *head, {}, 0.5, 0.8};
    const size_t nq = morphometry::quantities().size();
    parts.stats.mean.assign(nq, 1.0);
    parts.stats.stddev.assign(nq, 0.5);
    return parts;
}

FacePackInfo fakeLocatorInfo()
{
    FacePackInfo info;
    info.name = QStringLiteral("face-clip-test");
    info.version = QStringLiteral("0.0.1");
    info.calibration = QJsonObject{{QStringLiteral("threshold"), 0.5},
                                   {QStringLiteral("baseline_threshold"), 0.8},
                                   {QStringLiteral("operating_point"), QStringLiteral("test")},
                                   {QStringLiteral("dataset"), QStringLiteral("none")},
                                   {QStringLiteral("date"), QStringLiteral("2026-12-01T00:00:00Z")}};
    EncoderSpec locator;
    locator.type = QStringLiteral("fake-landmarks");
    info.sources = {locator};
    return info;
}

// A tiny checkpoint on disk, its model (with text tower) and the catalog's descriptor embeddings.
struct ClipFixture
{
    QTemporaryDir dir;
    QString checkpoint;
    std::optional<ClipModel> model;
    std::vector<float> T;
    Catalog catalog;

    ClipFixture()
    {
        runtime::init(1);
        fakes::registerFakeEncoders();
        checkpoint = dir.filePath(QStringLiteral("tiny.safetensors"));
        EXPECT_TRUE(writeSafetensors(checkpoint, clipRandomWeights(tinyConfig(), 7)));
        ClipModelOptions o;
        o.activation = ClipActivation::QuickGelu;
        auto m = ClipModel::open(checkpoint, o);
        EXPECT_TRUE(m) << m.error().toString().toStdString();
        model = *m;
        catalog = faceCatalog();
        auto tok = ClipTokenizer::loadDefault();
        EXPECT_TRUE(tok) << tok.error().toString().toStdString();
        auto t = encodeDescriptorPrompts(*model, *tok, catalog);
        EXPECT_TRUE(t) << t.error().toString().toStdString();
        T = *t;
    }
    Status write(const QString& pack, bool copy = false, QMap<QString, TensorData> tuned = {}) const
    {
        ClipPackEncoder enc;
        enc.checkpointPath = checkpoint;
        enc.copyIntoPack = copy;
        enc.activation = ClipActivation::QuickGelu;
        enc.tuned = std::move(tuned);
        return writeClipFacePack(pack, randomParts(catalog, T, model->config().embedDim), fakeLocatorInfo(), enc);
    }
};

} // namespace

TEST(ClipFaceLayout, PromptLayoutScoresEveryDescriptorOnceGroupedByCharacteristic)
{
    const Catalog catalog = faceCatalog();
    auto appearance = FaceConceptLayout::build(catalog);
    auto prompt = FaceConceptLayout::build(catalog, ConceptSource::Prompt);
    ASSERT_TRUE(appearance);
    ASSERT_TRUE(prompt);
    EXPECT_EQ(appearance->layoutId(), QStringLiteral("measured+appearance"));
    EXPECT_EQ(prompt->layoutId(), QStringLiteral("measured+prompt"));
    EXPECT_EQ(FaceConceptLayout::cosineSourceFromLayoutId(prompt->layoutId()), ConceptSource::Prompt);
    EXPECT_FALSE(FaceConceptLayout::cosineSourceFromLayoutId(QStringLiteral("measured+measured")));
    // The measured part is the same as before; the prompt part covers the whole catalog, once each.
    EXPECT_EQ(prompt->nDirect, appearance->nDirect);
    EXPECT_EQ(prompt->numCosine(), catalog.descriptors().size());
    EXPECT_LT(appearance->numCosine(), prompt->numCosine()) << "some descriptors cannot be measured";
    QSet<int> seen;
    for (int k = prompt->nDirect; k < prompt->concepts.size(); ++k) {
        const FaceConcept& c = prompt->concepts[k];
        EXPECT_EQ(c.source, ConceptSource::Prompt);
        EXPECT_FALSE(seen.contains(c.descriptor));
        seen.insert(c.descriptor);
        const FaceConceptGroup& g = prompt->groups[c.group];
        EXPECT_EQ(g.catalogGroup, catalog.descriptors()[c.descriptor].group) << "grouped by characteristic";
        EXPECT_TRUE(g.concepts.contains(k));
    }
    EXPECT_EQ(seen.size(), catalog.descriptors().size());
    // T rows follow the layout: row j of cosineRows is the embedding of concept nDirect + j's descriptor.
    const int d = 3;
    std::vector<float> perDescriptor(size_t(catalog.descriptors().size()) * d);
    for (size_t i = 0; i < perDescriptor.size(); ++i)
        perDescriptor[i] = float(i);
    const std::vector<float> rows = prompt->cosineRows(perDescriptor, d);
    ASSERT_EQ(rows.size(), size_t(prompt->numCosine()) * d);
    for (int j = 0; j < prompt->numCosine(); ++j)
        EXPECT_EQ(rows[size_t(j) * d], float(prompt->concepts[prompt->nDirect + j].descriptor * d));
    EXPECT_EQ(conceptSourceFromName(QStringLiteral("prompt")), ConceptSource::Prompt);
}

TEST(ClipFaceLayout, PacksWithoutALayoutMemberStillLoadAndAnUnknownLayoutIsRefused)
{
    QTemporaryDir dir;
    auto pack = fakes::writeFakeFacePack(dir.filePath(QStringLiteral("p")));
    ASSERT_TRUE(pack) << pack.error().toString().toStdString();
    const QString manifestPath = QDir(*pack).filePath(QStringLiteral("manifest.json"));
    QFile f(manifestPath);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonObject head = m[QStringLiteral("head")].toObject();
    EXPECT_EQ(head[QStringLiteral("layout")].toString(), QStringLiteral("measured+appearance"));
    auto rewrite = [&](const QJsonObject& h) {
        m[QStringLiteral("head")] = h;
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(m).toJson());
        f.close();
    };
    head.remove(QStringLiteral("layout")); // as packs written before prompt concepts
    rewrite(head);
    auto model = FaceModel::open(*pack);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    EXPECT_EQ(model->layout().cosineSource, ConceptSource::Appearance);
    EXPECT_EQ(model->conceptEncoder().cosine, QStringLiteral("fake-embedding"));
    EXPECT_EQ(model->conceptEncoder().cosineSource, QStringLiteral("appearance"));
    head.insert(QStringLiteral("layout"), QStringLiteral("measured+colour"));
    rewrite(head);
    auto bad = FaceModel::open(*pack);
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message().contains(QStringLiteral("head.layout"))) << bad.error().toString().toStdString();
    // A layout that does not match the listed concepts is refused by the concepts check.
    head.insert(QStringLiteral("layout"), QStringLiteral("measured+prompt"));
    rewrite(head);
    auto mismatch = FaceModel::open(*pack);
    ASSERT_FALSE(mismatch);
    EXPECT_EQ(mismatch.error().code(), ErrorCode::Model);
}

TEST(ClipFacePack, DescriptorPromptsAreAveragedNormalisedTextFeatures)
{
    ClipFixture fx;
    const int e = fx.model->config().embedDim;
    ASSERT_EQ(fx.T.size(), size_t(fx.catalog.descriptors().size()) * e);
    auto tok = ClipTokenizer::loadDefault();
    ASSERT_TRUE(tok);
    // Descriptor 0 by hand: each prompt's features normalised, averaged, normalised again.
    const QStringList prompts = fx.catalog.descriptors()[0].prompts;
    std::vector<std::vector<int64_t>> rows;
    for (const QString& p : prompts)
        rows.push_back(tok->tokenize(p));
    std::vector<float> f(rows.size() * size_t(e));
    ASSERT_TRUE(fx.model->encodeTexts(rows, f.data()));
    std::vector<double> mean(size_t(e), 0);
    for (size_t r = 0; r < rows.size(); ++r) {
        double n = 0;
        for (int j = 0; j < e; ++j)
            n += double(f[r * e + j]) * f[r * e + j];
        for (int j = 0; j < e; ++j)
            mean[size_t(j)] += f[r * e + j] / std::sqrt(n);
    }
    double n = 0;
    for (double v : mean)
        n += v * v;
    for (int j = 0; j < e; ++j)
        EXPECT_NEAR(fx.T[size_t(j)], mean[size_t(j)] / std::sqrt(n), 1e-5);
    // A model without a text tower cannot encode prompts.
    ClipModelOptions imageOnly;
    imageOnly.imageOnly = true;
    auto vision = ClipModel::open(fx.checkpoint, imageOnly);
    ASSERT_TRUE(vision);
    auto none = encodeDescriptorPrompts(*vision, *tok, fx.catalog);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code(), ErrorCode::Model);
}

TEST(ClipFacePack, WrittenPackLoadsTheClipEncoderAndScoresEveryDescriptor)
{
    ClipFixture fx;
    const QString pack = fx.dir.filePath(QStringLiteral("pack"));
    ASSERT_TRUE(fx.write(pack));
    auto model = FaceModel::open(pack);
    ASSERT_TRUE(model) << model.error().toString().toStdString();
    EXPECT_EQ(model->layout().cosineSource, ConceptSource::Prompt);
    const auto* clip = dynamic_cast<const ClipImageEncoder*>(model->analyzer().encoder());
    ASSERT_NE(clip, nullptr);
    const QString sha = *sha256File(fx.checkpoint);
    EXPECT_EQ(clip->checkpointSha256(), sha);
    EXPECT_EQ(clip->model().config().activation, ClipActivation::QuickGelu);
    const ConceptEncoderInfo& info = model->conceptEncoder();
    EXPECT_EQ(info.cosine, QStringLiteral("openclip-vit"));
    EXPECT_EQ(info.cosineSource, QStringLiteral("prompt"));
    EXPECT_EQ(info.measured, QStringLiteral("fake-landmarks"));
    EXPECT_EQ(info.checkpointSha256, sha);
    EXPECT_EQ(info.activation, QStringLiteral("quickgelu"));
    EXPECT_TRUE(info.summary().contains(sha));

    // The encoder is the model's image tower on clipNormalize'd samples.
    const QImage face = fakes::fakeFacePhoto(2).scaled(224, 224);
    LoadedImage loaded;
    loaded.image = face;
    auto a = model->analyzer().analyze(loaded);
    ASSERT_TRUE(a) << a.error().toString().toStdString();
    ASSERT_EQ(a->embedding.size(), size_t(fx.model->config().embedDim));
    const std::vector<float> rgb = [&] {
        std::vector<float> v;
        const QImage img = a->aligned.aligned224.convertToFormat(QImage::Format_RGB888);
        for (int y = 0; y < 224; ++y)
            for (int x = 0; x < 224 * 3; ++x)
                v.push_back(img.constScanLine(y)[x]);
        return v;
    }();
    const ClipConfig& cfg = fx.model->config();
    const std::vector<float> chw = clipNormalize(rgb.data(), 224, ClipImageNorm{224, cfg.mean, cfg.std});
    std::vector<float> direct(size_t(cfg.embedDim));
    ASSERT_TRUE(fx.model->encodeImages(chw.data(), 1, direct.data()));
    for (size_t i = 0; i < direct.size(); ++i)
        EXPECT_NEAR(a->embedding[i], direct[i], 1e-5);
    auto out = model->concepts(*a);
    ASSERT_TRUE(out) << out.error().toString().toStdString();
    ASSERT_EQ(out->S.size(), size_t(model->layout().concepts.size()));
    for (int k = model->layout().nDirect; k < model->layout().concepts.size(); ++k) {
        EXPECT_TRUE(std::isfinite(out->S[size_t(k)]));
        EXPECT_LE(std::abs(out->S[size_t(k)]), 1.0f + 1e-5f) << "cos(I, T_k)";
    }
}

TEST(ClipFacePack, CheckpointReferenceIsVerifiedBeforeLoading)
{
    ClipFixture fx;
    const QString pack = fx.dir.filePath(QStringLiteral("pack"));
    ASSERT_TRUE(fx.write(pack));
    const QString manifest = QDir(pack).filePath(QStringLiteral("manifest.json"));
    // Same shapes, other weights: the pack must not silently score with them.
    ASSERT_TRUE(writeSafetensors(fx.checkpoint, clipRandomWeights(tinyConfig(), 8)));
    auto replaced = FaceModel::open(pack);
    ASSERT_FALSE(replaced);
    EXPECT_EQ(replaced.error().code(), ErrorCode::Model);
    EXPECT_EQ(replaced.error().file(), manifest);
    EXPECT_TRUE(replaced.error().message().contains(fx.checkpoint)) << replaced.error().toString().toStdString();
    ASSERT_TRUE(QFile::remove(fx.checkpoint));
    auto missing = FaceModel::open(pack);
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message().contains(QStringLiteral("missing")))
        << missing.error().toString().toStdString();
    EXPECT_TRUE(missing.error().message().contains(fx.checkpoint));
}

TEST(ClipFacePack, CopiedCheckpointAndTunedTensorsAreUsed)
{
    ClipFixture fx;
    const QString plain = fx.dir.filePath(QStringLiteral("plain"));
    ASSERT_TRUE(fx.write(plain));
    // The tuned last MLP block replaces the checkpoint's: features change.
    const QStringList names = fx.model->lastMlpTensorNames();
    ASSERT_FALSE(names.isEmpty());
    auto stored = readSafetensors(fx.checkpoint);
    ASSERT_TRUE(stored);
    QMap<QString, TensorData> tuned;
    for (const QString& n : names) {
        const TensorData& t = stored->value(n);
        std::vector<float> v = t.toFloat();
        for (float& x : v)
            x = -x;
        tuned.insert(n, TensorData::fromFloat(n, t.shape, v));
    }
    const QString copied = fx.dir.filePath(QStringLiteral("copied"));
    ASSERT_TRUE(fx.write(copied, true, tuned));
    EXPECT_TRUE(QFile::exists(QDir(copied).filePath(QStringLiteral("encoder/checkpoint.safetensors"))));
    EXPECT_TRUE(QFile::exists(QDir(copied).filePath(QStringLiteral("encoder/tuned.safetensors"))));
    ASSERT_TRUE(QFile::remove(fx.checkpoint)); // the copy is self-contained
    auto p = FaceModel::open(plain);
    ASSERT_FALSE(p);
    auto c = FaceModel::open(copied);
    ASSERT_TRUE(c) << c.error().toString().toStdString();
    const auto* clip = dynamic_cast<const ClipImageEncoder*>(c->analyzer().encoder());
    ASSERT_NE(clip, nullptr);
    std::vector<float> rgb(224 * 224 * 3);
    std::mt19937 rng(1);
    for (float& x : rgb)
        x = float(rng() % 256);
    std::vector<float> fTuned(size_t(fx.model->config().embedDim)), fPlain(fTuned.size());
    ASSERT_TRUE(clip->encode(rgb.data(), 1, fTuned.data(), {}));
    const ClipImageEncoder untuned(*fx.model, QString());
    ASSERT_TRUE(untuned.encode(rgb.data(), 1, fPlain.data(), {}));
    double diff = 0;
    for (size_t i = 0; i < fTuned.size(); ++i)
        diff = std::max(diff, double(std::abs(fTuned[i] - fPlain[i])));
    EXPECT_GT(diff, 1e-4) << "the tuned tensors were not applied";
}

TEST(ClipFacePack, HeadFileIsReadStrictly)
{
    ClipFixture fx;
    const int e = fx.model->config().embedDim;
    auto parts = randomParts(fx.catalog, fx.T, e);
    // Write the head as pack build reads it, from a real head's tensors.
    QMap<QString, TensorData> tensors;
    const auto shapes = ConceptHead::tensorShapes(parts.head->config());
    std::mt19937 rng(3);
    std::normal_distribution<float> normal;
    for (auto it = shapes.begin(); it != shapes.end(); ++it) {
        if (it.key() == QLatin1String("T"))
            continue;
        int64_t n = 1;
        for (int64_t d : it.value())
            n *= d;
        std::vector<float> v(static_cast<size_t>(n));
        for (float& x : v)
            x = normal(rng);
        tensors.insert(it.key(), TensorData::fromFloat(it.key(), it.value(), v));
    }
    const int64_t nq = int64_t(morphometry::quantities().size());
    tensors.insert(QStringLiteral("morph.mean"),
                   TensorData::fromFloat(QStringLiteral("morph.mean"), {nq}, std::vector<float>(size_t(nq), 2.f)));
    tensors.insert(QStringLiteral("morph.std"),
                   TensorData::fromFloat(QStringLiteral("morph.std"), {nq}, std::vector<float>(size_t(nq), 3.f)));
    const QString path = fx.dir.filePath(QStringLiteral("head.safetensors"));
    const QJsonObject meta{{QStringLiteral("alpha"), QStringLiteral("0.25")},
                           {QStringLiteral("tau"), QStringLiteral("0.2")}};
    ASSERT_TRUE(writeSafetensors(path, tensors, meta));
    auto read = readClipFaceHead(path, fx.catalog, fx.T, e);
    ASSERT_TRUE(read) << read.error().toString().toStdString();
    EXPECT_FLOAT_EQ(read->head->config().alpha, 0.25f);
    EXPECT_FLOAT_EQ(read->head->config().tau, 0.2f);
    EXPECT_EQ(read->head->config().m, 16);
    EXPECT_EQ(read->head->config().r, 4);
    EXPECT_EQ(read->stats.mean.front(), 2.0);
    EXPECT_EQ(read->head->aggregationMatrix(), tensors.value(QStringLiteral("W")).toFloat());
    auto override = readClipFaceHead(path, fx.catalog, fx.T, e, 0.75, std::nullopt);
    ASSERT_TRUE(override);
    EXPECT_FLOAT_EQ(override->head->config().alpha, 0.75f);

    auto refused = [&](QMap<QString, TensorData> t, const QString& expected) {
        const QString p = fx.dir.filePath(QStringLiteral("bad.safetensors"));
        EXPECT_TRUE(writeSafetensors(p, t, meta));
        auto r = readClipFaceHead(p, fx.catalog, fx.T, e);
        ASSERT_FALSE(r) << expected.toStdString();
        EXPECT_EQ(r.error().code(), ErrorCode::Model);
        EXPECT_EQ(r.error().file(), p);
        EXPECT_TRUE(r.error().message().contains(expected)) << r.error().toString().toStdString();
    };
    auto noStd = tensors;
    noStd.remove(QStringLiteral("morph.std"));
    refused(noStd, QStringLiteral("morph.std"));
    auto withT = tensors;
    withT.insert(QStringLiteral("T"),
                 TensorData::fromFloat(QStringLiteral("T"), {1, e}, std::vector<float>(size_t(e))));
    refused(withT, QStringLiteral("'T'"));
    auto extra = tensors;
    extra.insert(QStringLiteral("Q"), TensorData::fromFloat(QStringLiteral("Q"), {1}, {1.f}));
    refused(extra, QStringLiteral("'Q'"));
    auto shortW = tensors;
    shortW.insert(QStringLiteral("W"), TensorData::fromFloat(QStringLiteral("W"), {2, 16}, std::vector<float>(32)));
    refused(shortW, QStringLiteral("'W'"));
}
