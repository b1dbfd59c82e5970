#include "core/clip/ClipCheckpoint.h"
#include "core/clip/ClipConfig.h"

#include "TorchSaveFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace descry;
using namespace descry::testing;

namespace {

const QString kGolden = QStringLiteral(DESCRY_TEST_SHARED_DIR "/golden/clip");

// Distinct values per tensor so that any mix-up of q/k/v, rows or columns shows.
TensorData ramp(const QString& name, std::vector<int64_t> shape, float base)
{
    const int64_t n = safetensors::checkedNumel(shape);
    std::vector<float> v(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        v[size_t(i)] = base + float(i);
    return TensorData::fromFloat(name, std::move(shape), v);
}

// A tiny transformers CLIPModel state_dict: vision width 8 (patch 4, image 8 → 4 patches), text width 8,
// one layer each, embed 6, vocabulary 10, context 5.
QMap<QString, TensorData> tinyTransformers()
{
    QMap<QString, TensorData> t;
    float base = 0;
    const auto add = [&](const QString& name, std::vector<int64_t> shape) {
        t.insert(name, ramp(name, std::move(shape), base));
        base += 1000;
    };
    for (const QString& tower : {QStringLiteral("vision_model"), QStringLiteral("text_model")}) {
        const QString layer = tower + QStringLiteral(".encoder.layers.0.");
        for (const char* p : {"q", "k", "v"}) {
            add(layer + QStringLiteral("self_attn.%1_proj.weight").arg(QLatin1String(p)), {8, 8});
            add(layer + QStringLiteral("self_attn.%1_proj.bias").arg(QLatin1String(p)), {8});
        }
        add(layer + QStringLiteral("self_attn.out_proj.weight"), {8, 8});
        add(layer + QStringLiteral("self_attn.out_proj.bias"), {8});
        for (const char* ln : {"layer_norm1", "layer_norm2"}) {
            add(layer + QLatin1String(ln) + QStringLiteral(".weight"), {8});
            add(layer + QLatin1String(ln) + QStringLiteral(".bias"), {8});
        }
        add(layer + QStringLiteral("mlp.fc1.weight"), {32, 8});
        add(layer + QStringLiteral("mlp.fc1.bias"), {32});
        add(layer + QStringLiteral("mlp.fc2.weight"), {8, 32});
        add(layer + QStringLiteral("mlp.fc2.bias"), {8});
    }
    add(QStringLiteral("vision_model.embeddings.class_embedding"), {8});
    add(QStringLiteral("vision_model.embeddings.patch_embedding.weight"), {8, 3, 4, 4});
    add(QStringLiteral("vision_model.embeddings.position_embedding.weight"), {5, 8});
    add(QStringLiteral("vision_model.pre_layrnorm.weight"), {8});
    add(QStringLiteral("vision_model.pre_layrnorm.bias"), {8});
    add(QStringLiteral("vision_model.post_layernorm.weight"), {8});
    add(QStringLiteral("vision_model.post_layernorm.bias"), {8});
    add(QStringLiteral("text_model.embeddings.token_embedding.weight"), {10, 8});
    add(QStringLiteral("text_model.embeddings.position_embedding.weight"), {5, 8});
    add(QStringLiteral("text_model.final_layer_norm.weight"), {8});
    add(QStringLiteral("text_model.final_layer_norm.bias"), {8});
    add(QStringLiteral("visual_projection.weight"), {6, 8});
    add(QStringLiteral("text_projection.weight"), {6, 8});
    add(QStringLiteral("logit_scale"), {});
    TensorData ids;
    ids.name = QStringLiteral("text_model.embeddings.position_ids");
    ids.dtype = QStringLiteral("I64");
    ids.shape = {1, 5};
    ids.bytes = QByteArray(40, '\0');
    t.insert(ids.name, ids);
    return t;
}

std::vector<float> concat(const std::vector<std::vector<float>>& parts)
{
    std::vector<float> out;
    for (const auto& p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

class ClipCheckpointTest : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void writeJson(const QString& name, const QJsonObject& o) const
    {
        ASSERT_TRUE(writeBytes(path(name), QJsonDocument(o).toJson()));
    }
    void expectRefused(const QString& file, const QStringList& parts) const
    {
        auto c = ClipCheckpoint::open(file);
        ASSERT_FALSE(c.ok());
        EXPECT_EQ(c.error().code(), ErrorCode::Model);
        EXPECT_EQ(c.error().exitCode(), 3);
        const QString text = c.error().toString();
        EXPECT_FALSE(text.contains(QLatin1Char('\n')));
        for (const QString& part : parts)
            EXPECT_TRUE(text.contains(part)) << "missing '" << part.toStdString() << "' in " << text.toStdString();
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ClipCheckpointTest, TransformersNamesMapOntoOpenClip)
{
    const QMap<QString, TensorData> hf = tinyTransformers();
    const QString file = path(QStringLiteral("model.safetensors"));
    ASSERT_TRUE(writeSafetensors(file, hf));
    auto c = ClipCheckpoint::open(file);
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c->formatName(), QStringLiteral("transformers safetensors"));
    const auto& t = c->tensors();
    for (auto it = t.begin(); it != t.end(); ++it) {
        EXPECT_FALSE(it.key().contains(QLatin1String("_model."))) << it.key().toStdString();
        EXPECT_EQ(it->name, it.key());
    }
    EXPECT_FALSE(t.contains(QStringLiteral("text_model.embeddings.position_ids")));
    const QString v = QStringLiteral("visual.transformer.resblocks.0.");
    const QString hv = QStringLiteral("vision_model.encoder.layers.0.self_attn.");
    EXPECT_EQ(t[v + "attn.in_proj_weight"].shape, (std::vector<int64_t>{24, 8}));
    EXPECT_EQ(t[v + "attn.in_proj_weight"].toFloat(),
              concat({hf[hv + "q_proj.weight"].toFloat(), hf[hv + "k_proj.weight"].toFloat(),
                      hf[hv + "v_proj.weight"].toFloat()}));
    EXPECT_EQ(
        t[v + "attn.in_proj_bias"].toFloat(),
        concat({hf[hv + "q_proj.bias"].toFloat(), hf[hv + "k_proj.bias"].toFloat(), hf[hv + "v_proj.bias"].toFloat()}));
    const QString ht = QStringLiteral("text_model.encoder.layers.0.");
    EXPECT_EQ(t["transformer.resblocks.0.attn.in_proj_bias"].toFloat(),
              concat({hf[ht + "self_attn.q_proj.bias"].toFloat(), hf[ht + "self_attn.k_proj.bias"].toFloat(),
                      hf[ht + "self_attn.v_proj.bias"].toFloat()}));
    EXPECT_EQ(t["transformer.resblocks.0.attn.out_proj.weight"].toFloat(),
              hf[ht + "self_attn.out_proj.weight"].toFloat());
    EXPECT_EQ(t["transformer.resblocks.0.ln_2.bias"].toFloat(), hf[ht + "layer_norm2.bias"].toFloat());
    EXPECT_EQ(t["transformer.resblocks.0.mlp.c_fc.weight"].toFloat(), hf[ht + "mlp.fc1.weight"].toFloat());
    EXPECT_EQ(t["visual.transformer.resblocks.0.mlp.c_proj.weight"].shape, (std::vector<int64_t>{8, 32}));
    EXPECT_EQ(t["visual.conv1.weight"].toFloat(), hf["vision_model.embeddings.patch_embedding.weight"].toFloat());
    EXPECT_EQ(t["visual.class_embedding"].toFloat(), hf["vision_model.embeddings.class_embedding"].toFloat());
    EXPECT_EQ(t["visual.ln_pre.weight"].toFloat(), hf["vision_model.pre_layrnorm.weight"].toFloat());
    EXPECT_EQ(t["visual.ln_post.bias"].toFloat(), hf["vision_model.post_layernorm.bias"].toFloat());
    EXPECT_EQ(t["positional_embedding"].toFloat(), hf["text_model.embeddings.position_embedding.weight"].toFloat());
    EXPECT_EQ(t["ln_final.weight"].toFloat(), hf["text_model.final_layer_norm.weight"].toFloat());
    // Projections: transformers stores Linear weights [embed, width]; open_clip multiplies by [width, embed].
    const std::vector<float> proj = hf["visual_projection.weight"].toFloat();
    const std::vector<float> mapped = t["visual.proj"].toFloat();
    ASSERT_EQ(t["visual.proj"].shape, (std::vector<int64_t>{8, 6}));
    for (int w = 0; w < 8; ++w)
        for (int e = 0; e < 6; ++e)
            EXPECT_EQ(mapped[size_t(w * 6 + e)], proj[size_t(e * 8 + w)]);
    EXPECT_EQ(t["text_projection"].shape, (std::vector<int64_t>{8, 6}));
    EXPECT_EQ(t["text_projection"].toFloat()[1], hf["text_projection.weight"].toFloat()[8]);
    EXPECT_EQ(t["logit_scale"].toFloat(), hf["logit_scale"].toFloat());
    // The mapped names are those the architecture inference reads (heads given: width 8 fits no default).
    const QJsonObject heads{{"vision_cfg", QJsonObject{{"heads", 2}}}, {"text_cfg", QJsonObject{{"heads", 2}}}};
    auto config = inferClipConfig(t, heads, file);
    ASSERT_TRUE(config.ok()) << config.error().toString().toStdString();
    EXPECT_EQ(config->vision.width, 8);
    EXPECT_EQ(config->vision.patchSize, 4);
    EXPECT_EQ(config->vision.imageSize, 8);
    EXPECT_EQ(config->text.contextLength, 5);
    EXPECT_EQ(config->embedDim, 6);
}

TEST_F(ClipCheckpointTest, OpenClipNamesPassThroughAliased)
{
    const QString file = path(QStringLiteral("oc.safetensors"));
    QMap<QString, TensorData> oc;
    oc.insert("visual.proj", ramp("visual.proj", {8, 6}, 1));
    oc.insert("token_embedding.weight", ramp("token_embedding.weight", {10, 8}, 2));
    ASSERT_TRUE(writeSafetensors(file, oc));
    auto c = ClipCheckpoint::open(file);
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c->formatName(), QStringLiteral("open_clip safetensors"));
    EXPECT_EQ(c->tensors().keys(), oc.keys());
    EXPECT_EQ(c->tensors()["visual.proj"].toFloat(), oc["visual.proj"].toFloat());
    EXPECT_TRUE(c->configJson().isEmpty());
}

TEST_F(ClipCheckpointTest, TorchSaveNestedUnderStateDictWithModulePrefixes)
{
    const QList<FakeTorchTensor> tensors{{QStringLiteral("visual.proj"), {2, 3}, {1, 2, 3, 4, 5, 6}},
                                         {QStringLiteral("logit_scale"), {}, {4.6f}}};
    const QString file = path(QStringLiteral("epoch_1.pt"));
    ASSERT_TRUE(writeBytes(
        file, zipArchive(torchSaveMembers(tensors, stateDictPickle(tensors, true, QStringLiteral("module."))))));
    auto c = ClipCheckpoint::open(file);
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c->formatName(), QStringLiteral("open_clip torch.save"));
    EXPECT_EQ(c->tensors().keys(), (QStringList{"logit_scale", "visual.proj"}));
    EXPECT_EQ(c->tensors()["visual.proj"].toFloat(), tensors[0].values);
}

TEST_F(ClipCheckpointTest, BadCheckpointsAreModelErrorsNamingTheTensor)
{
    QMap<QString, TensorData> hf = tinyTransformers();
    hf.remove(QStringLiteral("vision_model.encoder.layers.0.self_attn.k_proj.weight"));
    ASSERT_TRUE(writeSafetensors(path("nok.safetensors"), hf));
    expectRefused(path("nok.safetensors"),
                  {QStringLiteral("visual.transformer.resblocks.0.attn.in_proj_weight"), QStringLiteral("k_proj")});

    hf = tinyTransformers();
    hf.insert("visual.proj", ramp("visual.proj", {8, 6}, 0));
    ASSERT_TRUE(writeSafetensors(path("mixed.safetensors"), hf));
    expectRefused(path("mixed.safetensors"), {QStringLiteral("visual.proj"), QStringLiteral("two layouts")});

    hf = tinyTransformers();
    hf["vision_model.encoder.layers.0.self_attn.v_proj.weight"] =
        ramp("vision_model.encoder.layers.0.self_attn.v_proj.weight", {8, 4}, 0);
    ASSERT_TRUE(writeSafetensors(path("qkv.safetensors"), hf));
    expectRefused(path("qkv.safetensors"), {QStringLiteral("v_proj.weight"), QStringLiteral("[8, 4]")});

    QMap<QString, TensorData> ints;
    TensorData i32 = ramp("visual.conv1.weight", {2}, 0);
    i32.dtype = QStringLiteral("I32");
    ints.insert(i32.name, i32);
    ASSERT_TRUE(writeSafetensors(path("int.safetensors"), ints));
    expectRefused(path("int.safetensors"), {QStringLiteral("visual.conv1.weight"), QStringLiteral("I32")});

    QMap<QString, TensorData> other;
    other.insert("fc.weight", ramp("fc.weight", {2}, 0));
    ASSERT_TRUE(writeSafetensors(path("other.safetensors"), other));
    expectRefused(path("other.safetensors"), {QStringLiteral("not a CLIP checkpoint")});

    ASSERT_TRUE(writeBytes(path("garbage.safetensors"), QByteArray(64, 'x')));
    expectRefused(path("garbage.safetensors"), {path("garbage.safetensors")});
}

TEST_F(ClipCheckpointTest, OpenClipConfigBesideTheCheckpoint)
{
    const QString file = path(QStringLiteral("open_clip_model.safetensors"));
    QMap<QString, TensorData> oc;
    oc.insert("visual.proj", ramp("visual.proj", {8, 6}, 1));
    ASSERT_TRUE(writeSafetensors(file, oc));
    const QJsonObject modelCfg{{"embed_dim", 6}, {"quick_gelu", true}, {"vision_cfg", QJsonObject{{"head_width", 4}}}};
    writeJson(
        QStringLiteral("open_clip_config.json"),
        {{"model_cfg", modelCfg},
         {"preprocess_cfg", QJsonObject{{"mean", QJsonArray{0.5, 0.5, 0.5}}, {"std", QJsonArray{0.25, 0.25, 0.25}}}}});
    auto c = ClipCheckpoint::open(file);
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    QJsonObject expected = modelCfg;
    expected.insert("mean", QJsonArray{0.5, 0.5, 0.5});
    expected.insert("std", QJsonArray{0.25, 0.25, 0.25});
    EXPECT_EQ(c->configJson(), expected);
}

TEST_F(ClipCheckpointTest, TransformersConfigIsMappedToOpenClipKeys)
{
    const QString file = path(QStringLiteral("model.safetensors"));
    ASSERT_TRUE(writeSafetensors(file, tinyTransformers()));
    writeJson(QStringLiteral("config.json"), {{"projection_dim", 6},
                                              {"vision_config", QJsonObject{{"hidden_size", 8},
                                                                            {"num_hidden_layers", 1},
                                                                            {"num_attention_heads", 2},
                                                                            {"image_size", 8},
                                                                            {"patch_size", 4},
                                                                            {"intermediate_size", 32},
                                                                            {"hidden_act", "gelu"}}},
                                              {"text_config", QJsonObject{{"hidden_size", 8},
                                                                          {"num_attention_heads", 4},
                                                                          {"max_position_embeddings", 5},
                                                                          {"vocab_size", 10}}}});
    writeJson(QStringLiteral("preprocessor_config.json"),
              {{"image_mean", QJsonArray{0.1, 0.2, 0.3}}, {"image_std", QJsonArray{0.4, 0.5, 0.6}}});
    auto c = ClipCheckpoint::open(file);
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    const QJsonObject cfg = c->configJson();
    EXPECT_EQ(cfg["embed_dim"].toInt(), 6);
    EXPECT_FALSE(cfg["quick_gelu"].toBool());
    const QJsonObject vision = cfg["vision_cfg"].toObject(), text = cfg["text_cfg"].toObject();
    EXPECT_EQ(vision["width"].toInt(), 8);
    EXPECT_EQ(vision["layers"].toInt(), 1);
    EXPECT_EQ(vision["heads"].toInt(), 2);
    EXPECT_EQ(vision["head_width"].toInt(), 4);
    EXPECT_EQ(vision["image_size"].toInt(), 8);
    EXPECT_EQ(vision["patch_size"].toInt(), 4);
    EXPECT_EQ(vision["mlp_ratio"].toDouble(), 4.0);
    EXPECT_EQ(text["width"].toInt(), 8);
    EXPECT_EQ(text["layers"].toInt(), 12); // transformers' default when the file omits it
    EXPECT_EQ(text["heads"].toInt(), 4);
    EXPECT_EQ(text["context_length"].toInt(), 5);
    EXPECT_EQ(text["vocab_size"].toInt(), 10);
    EXPECT_EQ(cfg["mean"].toArray(), (QJsonArray{0.1, 0.2, 0.3}));
    EXPECT_EQ(cfg["std"].toArray(), (QJsonArray{0.4, 0.5, 0.6}));
    // The heads reach the architecture: text width 8 / 4 heads (shapes alone would say 1 head of 64... or none).
    auto config = inferClipConfig(c->tensors(), cfg, file);
    ASSERT_TRUE(config.ok()) << config.error().toString().toStdString();
    EXPECT_EQ(config->text.heads, 4);
    EXPECT_EQ(config->vision.heads, 2);
    EXPECT_EQ(config->activation, ClipActivation::Gelu);

    // transformers' default activation is QuickGELU (OpenAI's models).
    writeJson(QStringLiteral("config.json"), {{"vision_config", QJsonObject{}}, {"text_config", QJsonObject{}}});
    auto quick = ClipCheckpoint::open(file);
    ASSERT_TRUE(quick.ok()) << quick.error().toString().toStdString();
    EXPECT_TRUE(quick->configJson()["quick_gelu"].toBool());
    EXPECT_EQ(quick->configJson()["embed_dim"].toInt(), 512);
}

TEST_F(ClipCheckpointTest, MalformedOrUnrelatedConfig)
{
    const QString file = path(QStringLiteral("model.safetensors"));
    ASSERT_TRUE(writeSafetensors(file, tinyTransformers()));
    writeJson(QStringLiteral("config.json"), {{"architectures", QJsonArray{"Something"}}});
    auto unrelated = ClipCheckpoint::open(file);
    ASSERT_TRUE(unrelated.ok()) << unrelated.error().toString().toStdString();
    EXPECT_TRUE(unrelated->configJson().isEmpty());
    ASSERT_TRUE(writeBytes(path("config.json"), QByteArray("{\"model_cfg\": {")));
    expectRefused(file, {path("config.json")});
}

TEST_F(ClipCheckpointTest, GoldenTorchSaveAndSafetensorsGiveTheSameCheckpoint)
{
    if (!QFileInfo::exists(kGolden))
        GTEST_SKIP() << "golden CLIP data not found at " << kGolden.toStdString();
    for (const QString& model : QDir(kGolden).entryList({QStringLiteral("tiny-*")}, QDir::Dirs)) {
        SCOPED_TRACE(model.toStdString());
        const QString dir = kGolden + QLatin1Char('/') + model;
        auto pt = ClipCheckpoint::open(dir + QStringLiteral("/model.pt"));
        auto st = ClipCheckpoint::open(dir + QStringLiteral("/model.safetensors"));
        ASSERT_TRUE(pt.ok()) << pt.error().toString().toStdString();
        ASSERT_TRUE(st.ok()) << st.error().toString().toStdString();
        EXPECT_EQ(pt->formatName(), QStringLiteral("open_clip torch.save"));
        EXPECT_EQ(st->formatName(), QStringLiteral("open_clip safetensors"));
        ASSERT_EQ(pt->tensors().keys(), st->tensors().keys());
        for (auto it = st->tensors().begin(); it != st->tensors().end(); ++it) {
            EXPECT_EQ(pt->tensors()[it.key()].shape, it->shape) << it.key().toStdString();
            EXPECT_EQ(pt->tensors()[it.key()].bytes, it->bytes) << it.key().toStdString();
        }
        EXPECT_EQ(pt->configJson(), st->configJson());
        EXPECT_TRUE(st->configJson().contains(QStringLiteral("vision_cfg")));
        auto config = inferClipConfig(st->tensors(), st->configJson(), st->path());
        ASSERT_TRUE(config.ok()) << config.error().toString().toStdString();
        EXPECT_EQ(config->name, model);
    }
}
