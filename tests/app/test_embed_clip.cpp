// `descry-cli embed --clip`: generated checkpoints (always) and the golden open_clip models (../shared).
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "app/CliRunner.h"
#include "app/ClipFixtures.h"

#include <cmath>

namespace {

const QString kGolden = QStringLiteral(DESCRY_TEST_SHARED_DIR "/golden/clip");

QJsonObject parseJson(const CliRun& r)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &pe).object();
    EXPECT_EQ(pe.error, QJsonParseError::NoError) << r.out.left(400).toStdString();
    return o;
}

std::vector<double> numbers(const QJsonValue& v)
{
    std::vector<double> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(x.toDouble());
    return out;
}

double cosine(const std::vector<double>& a, const std::vector<double>& b)
{
    double ab = 0, aa = 0, bb = 0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        ab += a[i] * b[i];
        aa += a[i] * a[i];
        bb += b[i] * b[i];
    }
    return ab / std::sqrt(aa * bb);
}

QString writeImage(const QTemporaryDir& dir, const QString& name, int w, int h, QColor colour)
{
    QImage img(w, h, QImage::Format_RGB888);
    img.fill(colour);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; x += 7)
            img.setPixelColor(x, y, QColor((x * 3) % 256, (y * 5) % 256, 90));
    const QString path = dir.filePath(name);
    EXPECT_TRUE(img.save(path));
    return path;
}

} // namespace

TEST(CliEmbedClip, GeneratedCheckpointGivesImageAndTextFeatures)
{
    QTemporaryDir dir;
    const QString ck = dir.filePath(QStringLiteral("tiny.safetensors"));
    const int e = clip_fixtures::writeTinyCheckpoint(ck);
    ASSERT_GT(e, 0);
    const QString a = writeImage(dir, QStringLiteral("a.png"), 300, 200, Qt::darkRed);
    const QString b = writeImage(dir, QStringLiteral("b.png"), 180, 260, Qt::cyan);
    const QStringList args{QStringLiteral("embed"),
                           QStringLiteral("--clip"),
                           ck,
                           QStringLiteral("--image"),
                           a,
                           QStringLiteral("--image"),
                           b,
                           QStringLiteral("--text"),
                           QStringLiteral("a photo of a face"),
                           QStringLiteral("--json")};
    const CliRun r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject j = parseJson(r);
    EXPECT_EQ(j[QStringLiteral("encoder")].toString(), QStringLiteral("openclip-vit"));
    const QJsonObject checkpoint = j[QStringLiteral("checkpoint")].toObject();
    EXPECT_EQ(checkpoint[QStringLiteral("path")].toString(), ck);
    EXPECT_EQ(checkpoint[QStringLiteral("sha256")].toString().size(), 64);
    EXPECT_FALSE(checkpoint[QStringLiteral("format")].toString().isEmpty());
    EXPECT_EQ(j[QStringLiteral("config")].toObject()[QStringLiteral("embed_dim")].toInt(), e);
    // No config.json beside it: the known architecture of these shapes gives the activation.
    EXPECT_EQ(j[QStringLiteral("activation")].toString(), QStringLiteral("quickgelu"));
    const QJsonArray images = j[QStringLiteral("images")].toArray();
    ASSERT_EQ(images.size(), 2);
    EXPECT_EQ(images[0].toObject()[QStringLiteral("path")].toString(), a);
    const auto fa = numbers(images[0].toObject()[QStringLiteral("features")]);
    const auto fb = numbers(images[1].toObject()[QStringLiteral("features")]);
    const auto na = numbers(images[0].toObject()[QStringLiteral("normalized")]);
    ASSERT_EQ(fa.size(), size_t(e));
    ASSERT_EQ(na.size(), size_t(e));
    double norm = 0;
    for (double v : na)
        norm += v * v;
    EXPECT_NEAR(norm, 1.0, 1e-5);
    EXPECT_NEAR(cosine(fa, na), 1.0, 1e-6);
    EXPECT_LT(cosine(fa, fb), 0.999999) << "two different images gave the same features";
    const QJsonArray texts = j[QStringLiteral("texts")].toArray();
    ASSERT_EQ(texts.size(), 1);
    const QJsonArray tokens = texts[0].toObject()[QStringLiteral("tokens")].toArray();
    ASSERT_EQ(tokens.size(), 77);
    EXPECT_EQ(tokens[0].toInteger(), 49406);
    EXPECT_EQ(numbers(texts[0].toObject()[QStringLiteral("features")]).size(), size_t(e));

    // Deterministic, and the activation flag is honoured (the shapes cannot tell GELU from QuickGELU).
    const CliRun again = runCli(args);
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.out, r.out);
    QStringList gelu = args;
    gelu << QStringLiteral("--activation") << QStringLiteral("gelu");
    const CliRun q = runCli(gelu);
    ASSERT_EQ(q.exitCode, 0) << q.err.toStdString();
    const QJsonObject jq = parseJson(q);
    EXPECT_EQ(jq[QStringLiteral("activation")].toString(), QStringLiteral("gelu"));
    const auto fq = numbers(jq[QStringLiteral("images")].toArray()[0].toObject()[QStringLiteral("features")]);
    double diff = 0;
    for (size_t i = 0; i < fq.size(); ++i)
        diff = std::max(diff, std::abs(fq[i] - fa[i]));
    EXPECT_GT(diff, 1e-6);

    // Text mode: one line per item, kind, name, values.
    const CliRun t = runCli({QStringLiteral("embed"), QStringLiteral("--clip"), ck, QStringLiteral("--image"), a,
                             QStringLiteral("--text"), QStringLiteral("x")});
    ASSERT_EQ(t.exitCode, 0) << t.err.toStdString();
    const QStringList lines = QString::fromUtf8(t.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("image\t") + a + QLatin1Char('\t')));
    EXPECT_EQ(lines[1].split(QLatin1Char('\t')).value(2).split(QLatin1Char(' ')).size(), e);
}

TEST(CliEmbedClip, UsageInputAndCheckpointErrors)
{
    QTemporaryDir dir;
    const QString ck = dir.filePath(QStringLiteral("tiny.safetensors"));
    ASSERT_GT(clip_fixtures::writeTinyCheckpoint(ck), 0);
    const QString img = writeImage(dir, QStringLiteral("a.png"), 64, 64, Qt::gray);

    CliRun r = runCli({QStringLiteral("embed"), QStringLiteral("--clip"), ck});
    EXPECT_EQ(r.exitCode, 1) << "no --image and no --text";
    EXPECT_TRUE(r.err.contains("--image")) << r.err.toStdString();
    r = runCli({QStringLiteral("embed"), QStringLiteral("--clip"), ck, QStringLiteral("--chip"), img});
    EXPECT_EQ(r.exitCode, 1);
    r = runCli({QStringLiteral("embed"), QStringLiteral("--clip"), ck, QStringLiteral("--text"), QStringLiteral("x"),
                QStringLiteral("--activation"), QStringLiteral("relu")});
    EXPECT_EQ(r.exitCode, 1);

    // A bad image is an input error naming it.
    const QString bad = dir.filePath(QStringLiteral("bad.png"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a PNG at all");
    f.close();
    r = runCli({QStringLiteral("embed"), QStringLiteral("--clip"), ck, QStringLiteral("--image"), bad});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(bad.toUtf8()));
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();

    // Checkpoint problems are model errors (exit 3) naming the file; a missing tensor is named.
    const QString missing = dir.filePath(QStringLiteral("missing.safetensors"));
    r = runCli({QStringLiteral("embed"), QStringLiteral("--clip"), missing, QStringLiteral("--image"), img});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(missing.toUtf8())) << r.err.toStdString();
    const QString truncated = dir.filePath(QStringLiteral("truncated.safetensors"));
    QFile src(ck);
    ASSERT_TRUE(src.open(QIODevice::ReadOnly));
    QFile dst(truncated);
    ASSERT_TRUE(dst.open(QIODevice::WriteOnly));
    dst.write(src.read(src.size() / 2));
    dst.close();
    r = runCli({QStringLiteral("embed"), QStringLiteral("--clip"), truncated, QStringLiteral("--image"), img});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(truncated.toUtf8())) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    auto cfg = descry::ClipConfig::named(QStringLiteral("tiny-vit32-quickgelu"));
    ASSERT_TRUE(cfg);
    auto weights = descry::clipRandomWeights(*cfg, 3);
    weights.remove(QStringLiteral("visual.ln_post.weight"));
    const QString incomplete = dir.filePath(QStringLiteral("incomplete.safetensors"));
    ASSERT_TRUE(descry::writeSafetensors(incomplete, weights));
    r = runCli({QStringLiteral("embed"), QStringLiteral("--clip"), incomplete, QStringLiteral("--image"), img});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("visual.ln_post.weight")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(incomplete.toUtf8())) << r.err.toStdString();
}

// Both golden models, from their safetensors and their torch.save copies: tokens as open_clip makes them, text
// features within 1e-4 of open_clip's, image features from the PNG files (own preprocessing) at cosine >= 0.9999,
// and the two files give identical output.
TEST(CliEmbedClip, GoldenModelsMatchOpenClip)
{
    if (!QFile::exists(kGolden + QStringLiteral("/golden_tokens.json")))
        GTEST_SKIP() << "shared golden data absent: " << kGolden.toStdString();
    QFile tf(kGolden + QStringLiteral("/golden_tokens.json"));
    ASSERT_TRUE(tf.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(tf.readAll())[QStringLiteral("cases")].toArray();
    ASSERT_EQ(cases.size(), 9);
    for (const QString& model : {QStringLiteral("tiny-vit14-gelu"), QStringLiteral("tiny-vit32-quickgelu")}) {
        SCOPED_TRACE(model.toStdString());
        const QString folder = kGolden + QLatin1Char('/') + model;
        auto golden = descry::readSafetensors(folder + QStringLiteral("/golden.safetensors"));
        ASSERT_TRUE(golden) << golden.error().toString().toStdString();
        const auto imageRef = golden->value(QStringLiteral("image_features")).toFloat();
        const auto textRef = golden->value(QStringLiteral("text_features")).toFloat();
        const int e = int(golden->value(QStringLiteral("text_features")).shape[1]);
        QByteArray firstOutput;
        for (const QString& file : {QStringLiteral("model.safetensors"), QStringLiteral("model.pt")}) {
            SCOPED_TRACE(file.toStdString());
            QStringList args{QStringLiteral("embed"),
                             QStringLiteral("--clip"),
                             folder + QLatin1Char('/') + file,
                             QStringLiteral("--activation"),
                             model.contains(QStringLiteral("quickgelu")) ? QStringLiteral("quickgelu")
                                                                         : QStringLiteral("gelu"),
                             QStringLiteral("--json")};
            for (int i = 0; i < 3; ++i)
                args << QStringLiteral("--image") << kGolden + QStringLiteral("/images/img%1.png").arg(i);
            for (const QJsonValue& c : cases)
                args << QStringLiteral("--text") << c[QStringLiteral("text")].toString();
            const CliRun r = runCli(args);
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
            const QJsonObject j = parseJson(r);
            const QJsonArray texts = j[QStringLiteral("texts")].toArray();
            ASSERT_EQ(texts.size(), 9);
            for (int t = 0; t < 9; ++t) {
                EXPECT_EQ(texts[t].toObject()[QStringLiteral("tokens")].toArray(),
                          cases[t].toObject()[QStringLiteral("tokens")].toArray())
                    << "case " << t;
                const auto f = numbers(texts[t].toObject()[QStringLiteral("features")]);
                ASSERT_EQ(f.size(), size_t(e));
                double worst = 0;
                for (int k = 0; k < e; ++k)
                    worst = std::max(worst, std::abs(f[size_t(k)] - textRef[size_t(t * e + k)]));
                EXPECT_LE(worst, 1e-4) << "text case " << t;
            }
            const QJsonArray images = j[QStringLiteral("images")].toArray();
            ASSERT_EQ(images.size(), 3);
            for (int i = 0; i < 3; ++i) {
                const auto f = numbers(images[i].toObject()[QStringLiteral("features")]);
                const std::vector<double> ref(imageRef.begin() + i * e, imageRef.begin() + (i + 1) * e);
                EXPECT_GE(cosine(f, ref), 0.9999) << "image " << i;
            }
            // Identical features from both files: only the checkpoint member (path, format, hash) may differ.
            QJsonObject comparable = j;
            comparable.remove(QStringLiteral("checkpoint"));
            const QByteArray out = QJsonDocument(comparable).toJson(QJsonDocument::Compact);
            if (firstOutput.isEmpty())
                firstOutput = out;
            else
                EXPECT_EQ(out, firstOutput) << "model.pt and model.safetensors disagree";
        }
    }
}
