// `descry-cli pack build --task face --clip ...` end to end without ../shared: a tiny random checkpoint and a
// random head -> pack build -> pack verify -> compare two generated faces -> every catalog descriptor scored, the
// encoder and checkpoint hash in the JSON and in the PDF report.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "FakeEncoders.h"
#include "app/CliRunner.h"
#include "app/ClipFixtures.h"

namespace {

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

QJsonObject parseJson(const QByteArray& out)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(out, &pe).object();
    EXPECT_EQ(pe.error, QJsonParseError::NoError) << out.left(400).toStdString();
    return o;
}

// A checkpoint, a head and two generated faces in one folder.
struct Fixture
{
    QTemporaryDir dir;
    QString checkpoint, head, probe, reference;
    int embedDim = 0;

    Fixture()
    {
        checkpoint = dir.filePath(QStringLiteral("tiny.safetensors"));
        head = dir.filePath(QStringLiteral("head.safetensors"));
        probe = dir.filePath(QStringLiteral("probe.png"));
        reference = dir.filePath(QStringLiteral("reference.png"));
        embedDim = clip_fixtures::writeTinyCheckpoint(checkpoint);
        EXPECT_GT(embedDim, 0);
        EXPECT_TRUE(clip_fixtures::writeFaceHead(head, embedDim));
        EXPECT_TRUE(descry::fakes::writeFakeFacePhoto(probe, 1));
        EXPECT_TRUE(descry::fakes::writeFakeFacePhoto(reference, 1, 1));
    }
    QStringList build(const QString& out, const QStringList& extra = {}) const
    {
        return QStringList{QStringLiteral("pack"),
                           QStringLiteral("build"),
                           QStringLiteral("--task"),
                           QStringLiteral("face"),
                           QStringLiteral("--clip"),
                           checkpoint,
                           QStringLiteral("--head"),
                           head,
                           QStringLiteral("--out"),
                           out,
                           QStringLiteral("--threshold"),
                           QStringLiteral("0.5"),
                           QStringLiteral("--baseline-threshold"),
                           QStringLiteral("0.8")} +
               extra;
    }
};

// The fake CLI's generated faces need its fake locator: the built pack's morphometric source is swapped for it
// (manifest.json is not among the hashed files). The openclip-vit source, head and descriptors stay as built.
void useFakeLocator(const QString& pack)
{
    QFile f(QDir(pack).filePath(QStringLiteral("manifest.json")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    ASSERT_TRUE(text.contains("\"morphometric\""));
    text.replace("\"morphometric\"", "\"fake-landmarks\"");
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

QString pdfText(const QString& pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST(CliPackBuild, ClipFacePackBuildsVerifiesAndComparesWithEveryDescriptorScored)
{
    Fixture fx;
    const QString pack = fx.dir.filePath(QStringLiteral("pack"));
    const CliRun b = runCli(fx.build(pack, {QStringLiteral("--json")}));
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    const QJsonObject built = parseJson(b.out);
    auto catalog = descry::Catalog::load(descry::defaultFaceCatalogPath());
    ASSERT_TRUE(catalog);
    const int n = int(catalog->descriptors().size());
    EXPECT_EQ(built[QStringLiteral("layout")].toString(), QStringLiteral("measured+prompt"));
    EXPECT_EQ(built[QStringLiteral("prompt_concepts")].toInt(), n);
    const QString sha = sha256Of(fx.checkpoint);
    EXPECT_EQ(built[QStringLiteral("checkpoint")].toObject()[QStringLiteral("sha256")].toString(), sha);

    // The manifest references the checkpoint by absolute path + SHA-256 and records the layout; T is cached.
    QFile mf(QDir(pack).filePath(QStringLiteral("manifest.json")));
    ASSERT_TRUE(mf.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(mf.readAll()).object();
    mf.close();
    EXPECT_EQ(manifest[QStringLiteral("head")].toObject()[QStringLiteral("layout")].toString(),
              QStringLiteral("measured+prompt"));
    const QJsonArray sources = manifest[QStringLiteral("encoder")].toObject()[QStringLiteral("sources")].toArray();
    ASSERT_EQ(sources.size(), 2);
    const QJsonObject clipSpec = sources[1].toObject();
    EXPECT_EQ(clipSpec[QStringLiteral("type")].toString(), QStringLiteral("openclip-vit"));
    const QJsonObject ref = clipSpec[QStringLiteral("config")].toObject()[QStringLiteral("checkpoint")].toObject();
    EXPECT_EQ(ref[QStringLiteral("path")].toString(), fx.checkpoint);
    EXPECT_EQ(ref[QStringLiteral("sha256")].toString(), sha);
    const QJsonArray T = manifest[QStringLiteral("tensors")]
                             .toObject()[QStringLiteral("descriptors.safetensors")]
                             .toObject()[QStringLiteral("T")]
                             .toArray();
    ASSERT_EQ(T.size(), 2);
    EXPECT_EQ(T[0].toInt(), n);
    EXPECT_EQ(T[1].toInt(), fx.embedDim);

    const CliRun v = runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack});
    EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();

    useFakeLocator(pack);
    const QString pdf = fx.dir.filePath(QStringLiteral("report.pdf"));
    const CliRun c = runFakeCli({QStringLiteral("compare"), fx.probe, fx.reference, QStringLiteral("--pack"), pack,
                                 QStringLiteral("--json"), QStringLiteral("--report"), pdf});
    ASSERT_EQ(c.exitCode, 0) << c.err.toStdString();
    const QJsonObject j = parseJson(c.out);
    const QJsonObject enc = j[QStringLiteral("concept_encoder")].toObject();
    EXPECT_EQ(enc[QStringLiteral("cosine")].toString(), QStringLiteral("openclip-vit"));
    EXPECT_EQ(enc[QStringLiteral("cosine_source")].toString(), QStringLiteral("prompt"));
    EXPECT_EQ(enc[QStringLiteral("checkpoint")].toObject()[QStringLiteral("sha256")].toString(), sha);
    EXPECT_EQ(enc[QStringLiteral("checkpoint")].toObject()[QStringLiteral("path")].toString(), fx.checkpoint);
    EXPECT_EQ(j[QStringLiteral("baseline")].toObject()[QStringLiteral("encoder")].toString(),
              QStringLiteral("openclip-vit"));
    QSet<QString> prompted;
    for (const QJsonValue& cv : j[QStringLiteral("concepts")].toArray()) {
        const QJsonObject o = cv.toObject();
        if (o[QStringLiteral("source")].toString() != QLatin1String("prompt"))
            continue;
        EXPECT_TRUE(o[QStringLiteral("probe")].isDouble());
        EXPECT_GE(o[QStringLiteral("probe")].toDouble(), -1.0);
        EXPECT_LE(o[QStringLiteral("probe")].toDouble(), 1.0) << "a prompt score is a cosine";
        prompted.insert(o[QStringLiteral("id")].toString());
    }
    EXPECT_EQ(prompted.size(), n);
    for (const descry::Descriptor& d : catalog->descriptors())
        EXPECT_TRUE(prompted.contains(d.id)) << d.id.toStdString();
    EXPECT_LT(std::abs(j[QStringLiteral("residual")].toDouble()), 1e-4);

    // verify-pairs scores pairs with the same pack, explainable score and CLIP baseline alike.
    ASSERT_TRUE(descry::fakes::writeFakeFacePhoto(fx.dir.filePath(QStringLiteral("other.png")), 4));
    const QString csv = fx.dir.filePath(QStringLiteral("pairs.csv"));
    QFile pairs(csv);
    ASSERT_TRUE(pairs.open(QIODevice::WriteOnly));
    pairs.write("probe.png,reference.png,1\nprobe.png,other.png,0\nreference.png,other.png,0\n");
    pairs.close();
    const CliRun vp = runFakeCli({QStringLiteral("verify-pairs"), csv, QStringLiteral("--root"), fx.dir.path(),
                                  QStringLiteral("--pack"), pack, QStringLiteral("--json")});
    ASSERT_EQ(vp.exitCode, 0) << vp.err.toStdString();
    const QJsonObject pj = parseJson(vp.out);
    EXPECT_EQ(pj[QStringLiteral("pairs")].toInt(), 3);
    EXPECT_EQ(pj[QStringLiteral("explainable")].toObject()[QStringLiteral("pairs")].toInt(), 3);
    EXPECT_EQ(pj[QStringLiteral("baseline")].toObject()[QStringLiteral("pairs")].toInt(), 3);
    EXPECT_TRUE(pj[QStringLiteral("failed")].toArray().isEmpty()) << vp.out.toStdString();

    const QString text = pdfText(pdf);
    if (text.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed: report text not checked";
    EXPECT_TRUE(text.contains(QStringLiteral("openclip-vit"))) << text.toStdString();
    EXPECT_TRUE(text.contains(sha.left(32))) << "the checkpoint's SHA-256 is in the report";
    // The baseline is the CLIP image embedding's cosine: nothing may call it dlib's ResNet (it once did).
    EXPECT_TRUE(text.simplified().contains(QStringLiteral("Black-box baseline (CLIP image embedding)")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("dlib ResNet"))) << text.toStdString();
    const CliRun human =
        runFakeCli({QStringLiteral("compare"), fx.probe, fx.reference, QStringLiteral("--pack"), pack});
    ASSERT_EQ(human.exitCode, 0) << human.err.toStdString();
    EXPECT_TRUE(human.out.contains("Baseline (CLIP image embedding):")) << human.out.toStdString();
    EXPECT_FALSE(human.out.contains("dlib ResNet")) << human.out.toStdString();
    EXPECT_FALSE(human.out.contains("(prompt)")) << "the source is shown translated, not as its id";
}

TEST(CliPackBuild, CopiedCheckpointLoadsWithoutTheOriginal)
{
    Fixture fx;
    const QString pack = fx.dir.filePath(QStringLiteral("pack"));
    const CliRun b = runCli(fx.build(pack, {QStringLiteral("--copy-encoder")}));
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    const QString sha = sha256Of(fx.checkpoint);
    EXPECT_EQ(sha256Of(QDir(pack).filePath(QStringLiteral("encoder/checkpoint.safetensors"))), sha);
    ASSERT_TRUE(QFile::remove(fx.checkpoint));
    const CliRun v = runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack});
    EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();
    // A flipped byte in the copy is caught by the pack's own hashes.
    QFile copy(QDir(pack).filePath(QStringLiteral("encoder/checkpoint.safetensors")));
    ASSERT_TRUE(copy.open(QIODevice::ReadWrite));
    copy.seek(copy.size() - 3);
    copy.write("\x01");
    copy.close();
    const CliRun bad = runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack});
    EXPECT_EQ(bad.exitCode, 3);
    EXPECT_TRUE(bad.err.contains("encoder/checkpoint.safetensors")) << bad.err.toStdString();
}

TEST(CliPackBuild, ReplacedOrMissingCheckpointIsRefusedNamingManifestAndCheckpoint)
{
    Fixture fx;
    const QString pack = fx.dir.filePath(QStringLiteral("pack"));
    ASSERT_EQ(runCli(fx.build(pack)).exitCode, 0);
    const QString manifest = QDir(pack).filePath(QStringLiteral("manifest.json"));
    // Another checkpoint of the same shapes under the same name: loads fine as a file, but is not the pack's.
    ASSERT_TRUE(QFile::remove(fx.checkpoint));
    ASSERT_GT(clip_fixtures::writeTinyCheckpoint(fx.checkpoint, 99), 0);
    CliRun v = runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack});
    EXPECT_EQ(v.exitCode, 3);
    EXPECT_TRUE(v.err.contains(manifest.toUtf8())) << v.err.toStdString();
    EXPECT_TRUE(v.err.contains(fx.checkpoint.toUtf8())) << v.err.toStdString();
    EXPECT_TRUE(v.err.contains("SHA-256")) << v.err.toStdString();
    EXPECT_EQ(v.err.count('\n'), 1) << v.err.toStdString();
    ASSERT_TRUE(QFile::remove(fx.checkpoint));
    v = runCli({QStringLiteral("pack"), QStringLiteral("verify"), pack});
    EXPECT_EQ(v.exitCode, 3);
    EXPECT_TRUE(v.err.contains(fx.checkpoint.toUtf8()) && v.err.contains("missing")) << v.err.toStdString();
}

TEST(CliPackBuild, RefusesBadHeadsOutputsAndTasks)
{
    Fixture fx;
    // A face head is no chest X-ray head (W has no 2 logits per CXR descriptor): refused, nothing written.
    CliRun r = runCli({QStringLiteral("pack"), QStringLiteral("build"), QStringLiteral("--task"), QStringLiteral("cxr"),
                       QStringLiteral("--clip"), fx.checkpoint, QStringLiteral("--head"), fx.head,
                       QStringLiteral("--threshold"), QStringLiteral("0.5"), QStringLiteral("--out"),
                       fx.dir.filePath(QStringLiteral("cxr"))});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("'W'")) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(fx.dir.filePath(QStringLiteral("cxr"))));

    // The output never replaces an input or a folder that is not a pack.
    r = runCli(fx.build(fx.dir.path()));
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(fx.checkpoint));
    const QString other = fx.dir.filePath(QStringLiteral("other"));
    ASSERT_TRUE(QDir().mkpath(other));
    QFile keep(other + QStringLiteral("/keep.txt"));
    ASSERT_TRUE(keep.open(QIODevice::WriteOnly));
    keep.close();
    r = runCli(fx.build(other));
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(QFile::exists(other + QStringLiteral("/keep.txt")));

    // A head with T (the text tower makes it), a wrong shape or no tau is refused, naming the head file.
    const QString withT = fx.dir.filePath(QStringLiteral("withT.safetensors"));
    ASSERT_TRUE(clip_fixtures::writeFaceHead(
        withT, fx.embedDim,
        {{QStringLiteral("T"), descry::TensorData::fromFloat(QStringLiteral("T"), {1, fx.embedDim},
                                                             std::vector<float>(size_t(fx.embedDim), 1.f))}}));
    r = runCli(fx.build(fx.dir.filePath(QStringLiteral("p1"))).replaceInStrings(fx.head, withT));
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(withT.toUtf8()) && r.err.contains("'T'")) << r.err.toStdString();
    const QString badW = fx.dir.filePath(QStringLiteral("badW.safetensors"));
    ASSERT_TRUE(clip_fixtures::writeFaceHead(
        badW, fx.embedDim,
        {{QStringLiteral("W"), descry::TensorData::fromFloat(QStringLiteral("W"), {3, 16}, std::vector<float>(48))}}));
    r = runCli(fx.build(fx.dir.filePath(QStringLiteral("p2"))).replaceInStrings(fx.head, badW));
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("'W'")) << r.err.toStdString();
    // The head is checked in full before any prompt is encoded.
    EXPECT_FALSE(r.err.contains("encoding descriptor prompts")) << r.err.toStdString();
    const QString noTau = fx.dir.filePath(QStringLiteral("noTau.safetensors"));
    ASSERT_TRUE(clip_fixtures::writeFaceHead(noTau, fx.embedDim, {},
                                             QJsonObject{{QStringLiteral("alpha"), QStringLiteral("0.5")}}));
    r = runCli(fx.build(fx.dir.filePath(QStringLiteral("p3"))).replaceInStrings(fx.head, noTau));
    // A setting to give as an option is a usage error, found before any prompt is encoded.
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("--tau")) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains("encoding descriptor prompts")) << r.err.toStdString();
    r = runCli(fx.build(fx.dir.filePath(QStringLiteral("p4")), {QStringLiteral("--tau"), QStringLiteral("0.2")})
                   .replaceInStrings(fx.head, noTau));
    EXPECT_EQ(r.exitCode, 0) << "tau given as an option: " << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("encoding descriptor prompts")) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(fx.dir.filePath(QStringLiteral("p1"))));
}
