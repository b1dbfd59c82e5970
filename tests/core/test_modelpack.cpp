#include "FakeEncoders.h"

#include "core/common/AtomicFile.h"
#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/face/FaceModel.h"
#include "core/pack/ModelPack.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtEndian>
#include <gtest/gtest.h>

using namespace descry;

namespace {

PackManifest sampleManifest()
{
    PackManifest m;
    m.name = QStringLiteral("tiny-face");
    m.version = QStringLiteral("0.1.0");
    m.task = QStringLiteral("face-verification");
    m.encoder.type = QStringLiteral("morphometric");
    m.encoder.config = {{QStringLiteral("landmarks"), QStringLiteral("dlib-68")}};
    m.descriptors = {QStringLiteral("fiswg-face"), QStringLiteral("1.0"), QString(64, QLatin1Char('a'))};
    m.head.alpha = 0.5;
    m.head.tau = 0.07;
    m.calibration.present = true;
    m.calibration.threshold = 0.42;
    m.calibration.operatingPoint = QStringLiteral("FAR=1e-3");
    m.calibration.dataset = QStringLiteral("synthetic");
    m.calibration.date = QStringLiteral("2024-01-01");
    m.metrics = {{QStringLiteral("accuracy"), 0.9}};
    m.provenance = {{QStringLiteral("trainer"), QStringLiteral("unit test")}};
    return m;
}

QMap<QString, QMap<QString, TensorData>> sampleTensors()
{
    QMap<QString, TensorData> head;
    head.insert(QStringLiteral("W"),
                TensorData::fromFloat(QStringLiteral("W"), {4, 3}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
    head.insert(QStringLiteral("b"), TensorData::fromFloat(QStringLiteral("b"), {3}, {0.5f, -0.5f, 0}));
    QMap<QString, TensorData> descriptors;
    descriptors.insert(QStringLiteral("T"),
                       TensorData::fromFloat(QStringLiteral("T"), {4, 2}, {1, 0, 0, 1, 1, 0, 0, 1}));
    return {{QStringLiteral("head.safetensors"), head}, {QStringLiteral("descriptors.safetensors"), descriptors}};
}

void flipLastByte(const QString& path)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray data = f.readAll();
    data[data.size() - 1] = char(data[data.size() - 1] ^ 0x01);
    ASSERT_TRUE(f.seek(0));
    ASSERT_EQ(f.write(data), data.size());
}

void swapFiles(const QString& a, const QString& b)
{
    const QString tmp = a + QStringLiteral(".swap");
    ASSERT_TRUE(QFile::rename(a, tmp));
    ASSERT_TRUE(QFile::rename(b, a));
    ASSERT_TRUE(QFile::rename(tmp, b));
}

class ModelPackTest : public ::testing::Test
{
protected:
    QTemporaryDir root;
    QString packDir;

    void SetUp() override
    {
        packDir = root.filePath(QStringLiteral("packs/tiny-face"));
        const Status s = writePack(packDir, sampleManifest(), sampleTensors(),
                                   {{QStringLiteral("docs/README.txt"), QByteArray("a tiny pack for tests\n")}});
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }

    QString file(const QString& rel) const { return QDir(packDir).filePath(rel); }

    QJsonObject manifestJson() const { return json::readObjectFile(file(QStringLiteral("manifest.json"))).value(); }
    void setManifest(const QJsonObject& o) const
    {
        ASSERT_TRUE(json::writeObjectFile(file(QStringLiteral("manifest.json")), o).ok());
    }

    // Opens the pack and expects a Model error, on one line, "<file>: <message containing `what`>".
    void expectFailure(const QString& rel, const QString& what) const
    {
        auto pack = ModelPack::open(packDir);
        ASSERT_FALSE(pack.ok()) << "opened, expected: " << what.toStdString();
        EXPECT_EQ(pack.error().code(), ErrorCode::Model);
        EXPECT_EQ(pack.error().file(), file(rel)) << pack.error().toString().toStdString();
        EXPECT_TRUE(pack.error().message().contains(what)) << pack.error().toString().toStdString();
        EXPECT_FALSE(pack.error().toString().contains(QLatin1Char('\n')));
        EXPECT_FALSE(verifyPack(packDir).ok());
    }
};

} // namespace

TEST_F(ModelPackTest, WrittenPackOpensWithEveryField)
{
    QStringList warnings;
    ASSERT_TRUE(verifyPack(packDir, &warnings).ok());
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char('\n')).toStdString();

    auto pack = ModelPack::open(packDir);
    ASSERT_TRUE(pack.ok()) << pack.error().toString().toStdString();
    const PackManifest& m = pack->manifest();
    EXPECT_EQ(m.format, QStringLiteral("descry-pack/1"));
    EXPECT_EQ(m.name, QStringLiteral("tiny-face"));
    EXPECT_EQ(m.task, QStringLiteral("face-verification"));
    EXPECT_EQ(m.encoder.types(), QStringList{QStringLiteral("morphometric")});
    EXPECT_EQ(m.encoder.config.value(QStringLiteral("landmarks")).toString(), QStringLiteral("dlib-68"));
    EXPECT_DOUBLE_EQ(m.head.alpha, 0.5);
    EXPECT_DOUBLE_EQ(m.head.tau, 0.07);
    EXPECT_DOUBLE_EQ(m.calibration.threshold, 0.42);
    EXPECT_EQ(m.calibration.operatingPoint.toString(), QStringLiteral("FAR=1e-3"));
    EXPECT_EQ(m.descriptors.catalog, QStringLiteral("fiswg-face"));
    EXPECT_EQ(m.provenance.value(QStringLiteral("trainer")).toString(), QStringLiteral("unit test"));
    EXPECT_EQ(m.files.keys(), (QStringList{QStringLiteral("descriptors.safetensors"), QStringLiteral("docs/README.txt"),
                                           QStringLiteral("head.safetensors")}));
    EXPECT_EQ(m.files.value(QStringLiteral("docs/README.txt")), sha256Hex("a tiny pack for tests\n"));
    EXPECT_EQ(m.tensors.value(QStringLiteral("head.safetensors")).value(QStringLiteral("W")),
              (std::vector<int64_t>{4, 3}));
    EXPECT_EQ(pack->directory(), QDir::cleanPath(packDir));
    EXPECT_EQ(pack->filePath(QStringLiteral("head.safetensors")), file(QStringLiteral("head.safetensors")));

    // The pack hash, recomputed by hand from the sorted "path sha256" lines.
    QByteArray lines;
    for (const char* rel : {"descriptors.safetensors", "docs/README.txt", "head.safetensors", "manifest.json"})
        lines += QByteArray(rel) + ' ' + sha256File(file(QString::fromLatin1(rel))).value().toLatin1() + '\n';
    EXPECT_EQ(pack->packSha256(), sha256Hex(lines));

    auto head = pack->tensors(QStringLiteral("head.safetensors"));
    ASSERT_TRUE(head.ok()) << head.error().toString().toStdString();
    EXPECT_EQ((*head)[QStringLiteral("b")].toFloat(), (std::vector<float>{0.5f, -0.5f, 0}));
    EXPECT_FALSE(pack->tensors(QStringLiteral("docs/README.txt")).ok());

    // A manifest path works as well as the folder.
    auto byManifest = ModelPack::open(file(QStringLiteral("manifest.json")));
    ASSERT_TRUE(byManifest.ok());
    EXPECT_EQ(byManifest->packSha256(), pack->packSha256());
}

TEST_F(ModelPackTest, TamperedByteIsRefusedNamingTheFile)
{
    flipLastByte(file(QStringLiteral("head.safetensors")));
    expectFailure(QStringLiteral("head.safetensors"), QStringLiteral("SHA-256 mismatch"));
    EXPECT_EQ(ModelPack::open(packDir).error().toString(),
              file(QStringLiteral("head.safetensors")) +
                  QStringLiteral(": SHA-256 mismatch (file modified or corrupt)"));
}

TEST_F(ModelPackTest, TruncatedFileIsRefused)
{
    QFile f(file(QStringLiteral("descriptors.safetensors")));
    ASSERT_TRUE(f.resize(f.size() - 4));
    expectFailure(QStringLiteral("descriptors.safetensors"), QStringLiteral("SHA-256 mismatch"));
}

TEST_F(ModelPackTest, SwappedTensorFilesAreCaughtByHashAndByNames)
{
    swapFiles(file(QStringLiteral("head.safetensors")), file(QStringLiteral("descriptors.safetensors")));
    expectFailure(QStringLiteral("descriptors.safetensors"), QStringLiteral("SHA-256 mismatch"));

    // Even with hashes recomputed after the swap (a mislabelled rebuild), the tensor names do not match.
    QJsonObject m = manifestJson();
    QJsonObject files = m.value(QStringLiteral("files")).toObject();
    for (const QString& rel : {QStringLiteral("head.safetensors"), QStringLiteral("descriptors.safetensors")})
        files.insert(rel, sha256File(file(rel)).value());
    m.insert(QStringLiteral("files"), files);
    setManifest(m);
    expectFailure(QStringLiteral("descriptors.safetensors"), QStringLiteral("tensor 'T' is missing"));
}

TEST_F(ModelPackTest, ShapeDifferentFromManifestIsRefused)
{
    QJsonObject m = manifestJson();
    QJsonObject tensors = m.value(QStringLiteral("tensors")).toObject();
    QJsonObject head = tensors.value(QStringLiteral("head.safetensors")).toObject();
    head.insert(QStringLiteral("W"), QJsonArray{5, 3});
    tensors.insert(QStringLiteral("head.safetensors"), head);
    m.insert(QStringLiteral("tensors"), tensors);
    setManifest(m);
    expectFailure(QStringLiteral("head.safetensors"),
                  QStringLiteral("tensor 'W' has shape [4, 3], manifest says [5, 3]"));
}

TEST_F(ModelPackTest, MissingFileIsRefused)
{
    ASSERT_TRUE(QFile::remove(file(QStringLiteral("docs/README.txt"))));
    expectFailure(QStringLiteral("docs/README.txt"), QStringLiteral("listed in manifest.json but missing"));
}

TEST_F(ModelPackTest, UnlistedFileIsOnlyAWarning)
{
    QFile extra(file(QStringLiteral("extra.bin")));
    ASSERT_TRUE(extra.open(QIODevice::WriteOnly));
    extra.write("x");
    extra.close();
    auto pack = ModelPack::open(packDir);
    ASSERT_TRUE(pack.ok()) << pack.error().toString().toStdString();
    ASSERT_EQ(pack->warnings().size(), 1);
    EXPECT_EQ(pack->warnings().front(), file(QStringLiteral("extra.bin")) +
                                            QStringLiteral(": present but not listed in manifest.json (ignored)"));
}

TEST_F(ModelPackTest, ManifestProblemsNameTheMember)
{
    const QJsonObject good = manifestJson();
    QJsonObject m = good;
    m.insert(QStringLiteral("format"), QStringLiteral("descry-pack/2"));
    m.remove(QStringLiteral("name")); // a future format is refused as such, not for a missing member
    setManifest(m);
    expectFailure(QStringLiteral("manifest.json"), QStringLiteral("unsupported pack format 'descry-pack/2'"));

    m = good;
    m.remove(QStringLiteral("head"));
    setManifest(m);
    expectFailure(QStringLiteral("manifest.json"), QStringLiteral("member 'head' is missing"));

    m = good;
    m.insert(QStringLiteral("task"), QStringLiteral("palm-reading"));
    setManifest(m);
    expectFailure(QStringLiteral("manifest.json"), QStringLiteral("unknown task 'palm-reading'"));

    m = good;
    m.remove(QStringLiteral("calibration"));
    setManifest(m);
    expectFailure(QStringLiteral("manifest.json"), QStringLiteral("'calibration' is missing"));

    QFile f(file(QStringLiteral("manifest.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"format\": ");
    f.close();
    expectFailure(QStringLiteral("manifest.json"), QStringLiteral("invalid JSON"));

    ASSERT_TRUE(QFile::remove(file(QStringLiteral("manifest.json"))));
    expectFailure(QStringLiteral("manifest.json"), QStringLiteral("not a model pack"));
}

TEST_F(ModelPackTest, PathsLeavingThePackAreRefused)
{
    QFile outside(root.filePath(QStringLiteral("packs/outside.bin")));
    ASSERT_TRUE(outside.open(QIODevice::WriteOnly));
    outside.write("secret");
    outside.close();
    const QString sha = sha256Hex("secret");
    const QJsonObject good = manifestJson();

    for (const QString& rel : {QStringLiteral("../outside.bin"), QStringLiteral("/etc/hostname"),
                               QStringLiteral("docs/../../outside.bin"), QStringLiteral("docs\\README.txt")}) {
        QJsonObject m = good;
        QJsonObject files = m.value(QStringLiteral("files")).toObject();
        files.insert(rel, sha);
        m.insert(QStringLiteral("files"), files);
        setManifest(m);
        auto pack = ModelPack::open(packDir);
        ASSERT_FALSE(pack.ok()) << rel.toStdString();
        EXPECT_EQ(pack.error().code(), ErrorCode::Model);
        EXPECT_EQ(pack.error().file(), file(QStringLiteral("manifest.json")));
        EXPECT_TRUE(pack.error().message().contains(rel)) << pack.error().toString().toStdString();
    }

    // A symbolic link inside the pack that leads out of it.
    setManifest(good);
    ASSERT_TRUE(QFile::link(outside.fileName(), file(QStringLiteral("link.bin"))));
    QJsonObject m = good;
    QJsonObject files = m.value(QStringLiteral("files")).toObject();
    files.insert(QStringLiteral("link.bin"), sha);
    m.insert(QStringLiteral("files"), files);
    setManifest(m);
    expectFailure(QStringLiteral("link.bin"), QStringLiteral("resolves outside the pack folder"));

    // writePack refuses such paths before writing anything.
    const QString other = root.filePath(QStringLiteral("other"));
    const Status s = writePack(other, sampleManifest(), {}, {{QStringLiteral("../escape.txt"), QByteArray("x")}});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message().contains(QStringLiteral("'..' would leave the pack folder")));
    EXPECT_FALSE(QFileInfo::exists(root.filePath(QStringLiteral("escape.txt"))));
    EXPECT_FALSE(QFileInfo::exists(other));
}

TEST_F(ModelPackTest, WritePackRefusesAnIncompleteManifest)
{
    PackManifest m = sampleManifest();
    m.calibration.present = false;
    const QString other = root.filePath(QStringLiteral("incomplete"));
    const Status s = writePack(other, m, sampleTensors());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code(), ErrorCode::Model);
    EXPECT_TRUE(s.error().message().contains(QStringLiteral("'calibration' is missing")))
        << s.error().toString().toStdString();
    EXPECT_FALSE(QFileInfo::exists(other));

    // A CXR pack needs no threshold; several concept sources may be combined.
    m.task = QStringLiteral("cxr-classification");
    m.encoder = {};
    EncoderSpec a;
    a.type = QStringLiteral("torchscript");
    a.files = {QStringLiteral("encoder.pt")};
    EncoderSpec b;
    b.type = QStringLiteral("openclip-vit");
    m.encoder.sources = {a, b};
    ASSERT_TRUE(writePack(other, m, sampleTensors(), {{QStringLiteral("encoder.pt"), QByteArray("module")}}).ok());
    auto pack = ModelPack::open(other);
    ASSERT_TRUE(pack.ok()) << pack.error().toString().toStdString();
    EXPECT_EQ(pack->manifest().encoder.types(),
              (QStringList{QStringLiteral("torchscript"), QStringLiteral("openclip-vit")}));
    EXPECT_EQ(pack->manifest().encoder.sources.front().files, QStringList{QStringLiteral("encoder.pt")});
    EXPECT_FALSE(pack->manifest().calibration.present);
}

TEST_F(ModelPackTest, FoundByNameInSearchPaths)
{
    const QStringList search{root.filePath(QStringLiteral("nowhere")), root.filePath(QStringLiteral("packs"))};
    auto pack = ModelPack::open(QStringLiteral("tiny-face"), search);
    ASSERT_TRUE(pack.ok()) << pack.error().toString().toStdString();
    EXPECT_EQ(QFileInfo(pack->directory()).canonicalFilePath(), QFileInfo(packDir).canonicalFilePath());

    auto missing = ModelPack::open(QStringLiteral("no-such-pack"), search);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code(), ErrorCode::Model);
    EXPECT_EQ(missing.error().file(), QStringLiteral("no-such-pack"));
    EXPECT_TRUE(missing.error().message().contains(QStringLiteral("model pack not found")));

    // Name lookup verifies too.
    flipLastByte(file(QStringLiteral("docs/README.txt")));
    EXPECT_FALSE(ModelPack::open(QStringLiteral("tiny-face"), search).ok());
}

// Issue 12 hostile test: a pack trained with `--out …/packs/cxr-ht` (manifest name "cxr-trained") was not found as
// "cxr-ht", the name its folder was installed as.
TEST_F(ModelPackTest, FoundByTheFolderItWasInstalledAs)
{
    const QStringList search{root.filePath(QStringLiteral("packs"))};
    const QString installed = root.filePath(QStringLiteral("packs/installed-as"));
    ASSERT_TRUE(QDir().rename(packDir, installed));
    auto pack = ModelPack::open(QStringLiteral("installed-as"), search);
    ASSERT_TRUE(pack.ok()) << pack.error().toString().toStdString();
    EXPECT_EQ(QFileInfo(pack->directory()).canonicalFilePath(), QFileInfo(installed).canonicalFilePath());
    EXPECT_EQ(pack->manifest().name, QStringLiteral("tiny-face"));
    EXPECT_TRUE(ModelPack::open(QStringLiteral("tiny-face"), search).ok()) << "the manifest name still finds it";
}

// Issue 9, defect 8: a manifest without `tensors` verified although nothing could check the head's tensors.
TEST_F(ModelPackTest, ManifestWithoutTensorsIsRefused)
{
    QJsonObject m = manifestJson();
    m.remove(QStringLiteral("tensors"));
    setManifest(m);
    expectFailure(QStringLiteral("manifest.json"), QStringLiteral("manifest: member 'tensors' is missing"));
}

// Issue 9, defect 7: every size a manifest states is bounded, with the limit named, before anything is read.
TEST_F(ModelPackTest, ManifestSizesAreBoundedWithTheLimitNamed)
{
    const QJsonObject good = manifestJson();
    auto withHeadShape = [&](const QJsonArray& shape) {
        QJsonObject m = good;
        QJsonObject tensors = m.value(QStringLiteral("tensors")).toObject();
        QJsonObject head = tensors.value(QStringLiteral("head.safetensors")).toObject();
        head.insert(QStringLiteral("W"), shape);
        tensors.insert(QStringLiteral("head.safetensors"), head);
        m.insert(QStringLiteral("tensors"), tensors);
        setManifest(m);
    };
    withHeadShape(QJsonArray{1e12, 3});
    expectFailure(QStringLiteral("manifest.json"),
                  QStringLiteral("shape of 'W' has a dimension of 1e+12, more than the limit of 4294967296 elements"));
    withHeadShape(QJsonArray{100000, 100000});
    expectFailure(QStringLiteral("manifest.json"),
                  QStringLiteral("[100000, 100000] has more than the limit of 4294967296 elements"));
    withHeadShape(QJsonArray{1, 1, 1, 1, 1, 1, 1, 1, 1});
    expectFailure(QStringLiteral("manifest.json"), QStringLiteral("has 9 dimensions, more than the limit 8"));

    QJsonObject m = good;
    QJsonObject files = m.value(QStringLiteral("files")).toObject();
    for (int i = 0; i <= pack::kMaxFiles; ++i)
        files.insert(QStringLiteral("f%1.bin").arg(i), QString(64, QLatin1Char('0')));
    m.insert(QStringLiteral("files"), files);
    setManifest(m);
    expectFailure(QStringLiteral("manifest.json"), QStringLiteral("files: 10004 entries, more than the limit 10000"));

    // A manifest above 16 MB is refused by its size, before it is parsed.
    QFile f(file(QStringLiteral("manifest.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_TRUE(f.resize(pack::kMaxManifestBytes + 1));
    f.close();
    expectFailure(QStringLiteral("manifest.json"),
                  QStringLiteral("is 16777217 bytes, more than the limit of 16777216 bytes for a manifest"));
}

// Issue 9: a pack is written as a whole folder. Files of the previous pack that the new one does not have are
// gone (they used to stay, unlisted), and a write that fails half-way leaves the previous pack untouched (the
// tensor files used to be replaced before the manifest, leaving a pack whose hashes no longer matched).
TEST_F(ModelPackTest, WritePackReplacesTheWholeFolderOrNothing)
{
    const QString parent = QFileInfo(packDir).absolutePath();
    PackManifest v2 = sampleManifest();
    v2.version = QStringLiteral("0.2.0");
    ASSERT_TRUE(writePack(packDir, v2, sampleTensors()));
    EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("docs/README.txt"))));
    QStringList warnings;
    ASSERT_TRUE(verifyPack(packDir, &warnings));
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char(' ')).toStdString();
    const QString sha = ModelPack::open(packDir)->packSha256();

    PackManifest v3 = sampleManifest();
    v3.version = QStringLiteral("0.3.0");
    auto tensors = sampleTensors();
    tensors[QStringLiteral("head.safetensors")][QStringLiteral("W")].bytes.chop(4); // refused by writeSafetensors
    const Status failed = writePack(packDir, v3, tensors, {{QStringLiteral("docs/new.txt"), QByteArray("new\n")}});
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().file(), file(QStringLiteral("head.safetensors")))
        << failed.error().toString().toStdString();
    auto still = ModelPack::open(packDir);
    ASSERT_TRUE(still) << still.error().toString().toStdString();
    EXPECT_EQ(still->manifest().version, QStringLiteral("0.2.0"));
    EXPECT_EQ(still->packSha256(), sha);
    EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("docs/new.txt"))));
    EXPECT_TRUE(QDir(parent)
                    .entryList({QStringLiteral("*") + QLatin1String(kTemporaryMarker) + QStringLiteral("*")},
                               QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
}

// Issue 9, defect 1 for packs: replacing the folder would remove whatever is in it, so an input inside it, or a
// folder that is not a pack at all, is never replaced.
TEST_F(ModelPackTest, WritePackNeverReplacesAnInputOrAForeignFolder)
{
    const QString input = file(QStringLiteral("docs/README.txt"));
    Status s = writePack(packDir, sampleManifest(), sampleTensors(), {}, {input});
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code(), ErrorCode::Usage);
    EXPECT_EQ(s.error().file(), packDir);
    EXPECT_TRUE(s.error().message().contains(QStringLiteral("holds an input of this run")))
        << s.error().toString().toStdString();
    EXPECT_TRUE(QFileInfo::exists(input));
    s = writePack(packDir, sampleManifest(), sampleTensors(), {}, {packDir + QStringLiteral("/./docs/../")});
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code(), ErrorCode::Usage);

    const QString documents = root.filePath(QStringLiteral("documents"));
    ASSERT_TRUE(QDir().mkpath(documents));
    QFile letter(QDir(documents).filePath(QStringLiteral("letter.txt")));
    ASSERT_TRUE(letter.open(QIODevice::WriteOnly));
    letter.write("keep me");
    letter.close();
    s = writePack(documents, sampleManifest(), sampleTensors());
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.error().message().contains(QStringLiteral("not a model pack (no manifest.json)")))
        << s.error().toString().toStdString();
    EXPECT_TRUE(QFileInfo::exists(letter.fileName()));
    EXPECT_FALSE(checkPackOutput(letter.fileName()));
    EXPECT_EQ(checkPackOutput(QString()).error().code(), ErrorCode::Usage);
    EXPECT_TRUE(checkPackOutput(root.filePath(QStringLiteral("new-pack"))));
}

// Issue 9, defect 8: a head tensor stored as I32 was converted to float and loaded, changing the score.
TEST(FacePackTensors, AHeadStoredAsI32IsRefusedByName)
{
    QTemporaryDir dir;
    auto packDir = fakes::writeFakeFacePack(dir.filePath(QStringLiteral("pack")));
    ASSERT_TRUE(packDir) << packDir.error().toString().toStdString();
    ASSERT_TRUE(FaceModel::open(*packDir));
    const QString head = QDir(*packDir).filePath(QStringLiteral("head.safetensors"));
    auto tensors = readSafetensors(head);
    ASSERT_TRUE(tensors);
    TensorData& w = (*tensors)[QStringLiteral("W")];
    const std::vector<float> values = w.toFloat();
    w.dtype = QStringLiteral("I32");
    for (size_t i = 0; i < values.size(); ++i)
        qToLittleEndian<qint32>(qint32(std::lround(values[i] * 1000)), w.bytes.data() + i * 4);
    ASSERT_TRUE(writeSafetensors(head, *tensors));
    const QString manifestPath = QDir(*packDir).filePath(QStringLiteral("manifest.json"));
    QJsonObject m = *json::readObjectFile(manifestPath);
    QJsonObject files = m.value(QStringLiteral("files")).toObject();
    files.insert(QStringLiteral("head.safetensors"), *sha256File(head));
    m.insert(QStringLiteral("files"), files);
    ASSERT_TRUE(json::writeObjectFile(manifestPath, m));

    ASSERT_TRUE(ModelPack::open(*packDir)) << "the files themselves are consistent";
    auto model = FaceModel::open(*packDir);
    ASSERT_FALSE(model);
    EXPECT_EQ(model.error().code(), ErrorCode::Model);
    EXPECT_EQ(model.error().toString(), head + QStringLiteral(": tensor 'W' is I32; a head must be F32"));
}
