// `descry-cli cxr` end to end on the fake CXR pack (descry-cli-fakes): text and --json, the installed-pack lookup
// and its one-line refusal, tampered packs, corrupt input, the PDF report and its refusal to replace the input.
#include "CliRunner.h"
#include "ClipFixtures.h"
#include "DicomFixtures.h"
#include "FakeCxrPack.h"
#include "FakeEncoders.h"

#include "core/common/Json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace descry;

namespace {

class CxrCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("packs"))));
        ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("data"))));
        auto pack = fakes::writeFakeCxrPack(m_dir.filePath(QStringLiteral("packs/cxr-fake")));
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        m_pack = *pack;
        m_left = m_dir.filePath(QStringLiteral("left.png"));
        ASSERT_TRUE(fakes::fakeChestRadiograph(QStringLiteral("left"), 2).save(m_left));
    }

    // The CLI with `packs` as its only pack folder (no user or system data folders).
    QList<QPair<QString, QString>> env(const QString& packs) const
    {
        return {{QStringLiteral("DESCRY_PACKS"), packs},
                {QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data"))},
                {QStringLiteral("XDG_DATA_DIRS"), m_dir.filePath(QStringLiteral("data"))}};
    }
    CliRun cxr(const QStringList& args) const
    {
        return runFakeCli(QStringList{QStringLiteral("cxr")} + args, env(m_dir.filePath(QStringLiteral("packs"))));
    }

    QTemporaryDir m_dir;
    QString m_pack, m_left;
};

} // namespace

TEST_F(CxrCli, JsonIsOneObjectWithTheExactDecomposition)
{
    const CliRun r = cxr({m_left, QStringLiteral("--pack"), m_pack, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &pe).object();
    ASSERT_EQ(pe.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(o.value("decision").toString(), QStringLiteral("effusion"));
    EXPECT_GT(o.value("probability").toDouble(), 0.5);
    const QJsonObject d = o.value("decomposition").toObject();
    EXPECT_NEAR(d.value("sum_contributions").toDouble() + d.value("bias_term").toDouble(),
                d.value("head_margin").toDouble(), 1e-5);
    EXPECT_LE(std::abs(d.value("residual").toDouble()), 1e-4);
    const QStringList present = [&] {
        QStringList l;
        for (const QJsonValue& v : o.value("present").toArray())
            l << v.toString();
        return l;
    }();
    EXPECT_TRUE(present.contains(QStringLiteral("basal_opacity.left"))) << present.join(' ').toStdString();
    EXPECT_EQ(o.value("image").toObject().value("window").toString(), QStringLiteral("8-bit raster, no window"));
    EXPECT_DOUBLE_EQ(o.value("calibration").toObject().value("threshold").toDouble(), 0.5);
}

TEST_F(CxrCli, TextShowsTheDecisionScoresAndTheDecomposition)
{
    const CliRun r = cxr({m_left}); // the installed pack is found by task
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    for (const char* part : {"P(effusion) = ", "Decision: PLEURAL EFFUSION", "Calibration: threshold 0.500",
                             "Descriptors present: ", "basal_opacity.left", "Concept scores by group", "Costophrenic",
                             "[present]", "sum of descriptor contributions", "+ bias term", "= margin l1 - l0",
                             "head's own forward pass", "residual", "What the encoder saw", "patient's left"})
        EXPECT_TRUE(out.contains(QLatin1String(part))) << part << "\n" << out.toStdString();
}

TEST_F(CxrCli, WithoutAPackItSaysInOneLineHowToInstallOne)
{
    QTemporaryDir empty;
    const CliRun r = runFakeCli({QStringLiteral("cxr"), m_left}, env(empty.path()));
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("no chest X-ray pack is installed"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("descry-cli train cxr")));
    EXPECT_TRUE(err.contains(QStringLiteral("pack build --task cxr")));
    EXPECT_TRUE(err.contains(QStringLiteral("Chest X-ray packs")));
}

TEST_F(CxrCli, ATamperedPackIsRefusedWithExitCode3)
{
    QFile f(QDir(m_pack).filePath(QStringLiteral("descriptors.safetensors")));
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() - 5] = char(bytes[bytes.size() - 5] ^ 0x10);
    f.seek(0);
    f.write(bytes);
    f.close();
    const CliRun r = cxr({m_left, QStringLiteral("--pack"), m_pack});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("descriptors.safetensors")) << r.err.toStdString();
}

TEST_F(CxrCli, ACorruptDicomIsAnInputErrorOnOneLine)
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.dcm"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(128, '\0') + "DICM" + QByteArray(64, '\x11'));
    f.close();
    const CliRun r = cxr({bad, QStringLiteral("--pack"), m_pack});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("bad.dcm")) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(CxrCli, BadDisplayOptionsAreUsageErrors)
{
    EXPECT_EQ(cxr({m_left, QStringLiteral("--window"), QStringLiteral("40")}).exitCode, 1);
    EXPECT_EQ(cxr({m_left, QStringLiteral("--frame"), QStringLiteral("2")}).exitCode, 1);
    EXPECT_EQ(cxr({m_left, QStringLiteral("--preset"), QStringLiteral("1")}).exitCode, 1);
    const CliRun custom =
        cxr({m_left, QStringLiteral("--window"), QStringLiteral("100,120"), QStringLiteral("--json")});
    ASSERT_EQ(custom.exitCode, 0) << custom.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(custom.out).object().value("image").toObject().value("window").toString(),
              QStringLiteral("C 100 W 120 (custom)"));
}

TEST_F(CxrCli, TheReportIsWrittenAndNeverReplacesTheInput)
{
    const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
    const CliRun r = cxr({m_left, QStringLiteral("--report"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF-"));
    f.close();
    QFile in(m_left);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray before = in.readAll();
    in.close();
    const CliRun over = cxr({m_left, QStringLiteral("--report"), m_left});
    EXPECT_EQ(over.exitCode, 1) << over.err.toStdString();
    EXPECT_EQ(over.err.count('\n'), 1) << over.err.toStdString();
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    EXPECT_EQ(in.readAll(), before) << "the radiograph is untouched";
}

namespace {

// A random CXR head for the built-in catalog and embedding width `d`, as `pack build --task cxr --head` reads it.
bool writeCxrHead(const QString& path, int d, const QJsonObject& metadata, int logits = 2)
{
    auto catalog = Catalog::load(defaultCxrCatalogPath());
    if (!catalog)
        return false;
    const int64_t n = catalog->descriptors().size();
    std::mt19937 rng(5);
    std::normal_distribution<float> normal(0.f, 0.5f);
    auto random = [&](std::vector<int64_t> shape) {
        int64_t count = 1;
        for (int64_t x : shape)
            count *= x;
        std::vector<float> v(static_cast<size_t>(count));
        for (float& x : v)
            x = normal(rng);
        return v;
    };
    QMap<QString, TensorData> t;
    const QList<QPair<QString, std::vector<int64_t>>> shapes{{"F.0.weight", {d / 4, d}}, {"F.0.bias", {d / 4}},
                                                             {"F.2.weight", {d, d / 4}}, {"F.2.bias", {d}},
                                                             {"W", {n, logits}},         {"b", {logits}}};
    for (const auto& [name, shape] : shapes)
        t.insert(name, TensorData::fromFloat(name, shape, random(shape)));
    return bool(writeSafetensors(path, t, metadata));
}

} // namespace

TEST_F(CxrCli, PackBuildTurnsAClipCheckpointAndAHeadIntoAPackThatReviews)
{
    const QString checkpoint = m_dir.filePath(QStringLiteral("tiny.safetensors"));
    const int d = clip_fixtures::writeTinyCheckpoint(checkpoint);
    ASSERT_GT(d, 0);
    const QString head = m_dir.filePath(QStringLiteral("head.safetensors"));
    ASSERT_TRUE(writeCxrHead(head, d, {{"alpha", "0.5"}, {"tau", "0.1"}}));
    const QString out = m_dir.filePath(QStringLiteral("packs/cxr-clip"));
    const QStringList build{QStringLiteral("pack"),   QStringLiteral("build"),
                            QStringLiteral("--task"), QStringLiteral("cxr"),
                            QStringLiteral("--clip"), checkpoint,
                            QStringLiteral("--head"), head,
                            QStringLiteral("--out"),  out};
    CliRun r = runCli(build); // no threshold anywhere: a usage error before any work
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("--threshold")) << r.err.toStdString();
    EXPECT_FALSE(QDir(out).exists());
    r = runCli(build + QStringList{QStringLiteral("--threshold"), QStringLiteral("1.0")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    r = runCli(build + QStringList{QStringLiteral("--threshold"), QStringLiteral("0.4"), QStringLiteral("--json")},
               env(m_dir.filePath(QStringLiteral("packs"))));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject built = QJsonDocument::fromJson(r.out).object();
    EXPECT_TRUE(built.value("verified").toBool());
    EXPECT_EQ(built.value("task").toString(), QStringLiteral("cxr-classification"));
    EXPECT_DOUBLE_EQ(built.value("threshold").toDouble(), 0.4);
    auto mf = json::readObjectFile(QDir(out).filePath(QStringLiteral("manifest.json")));
    ASSERT_TRUE(mf);
    EXPECT_EQ(mf->value("encoder").toObject().value("type").toString(), QStringLiteral("openclip-vit"));
    EXPECT_TRUE(mf->value("calibration").toObject().value("indeterminate").isNull());

    // pack info and verify open it as a chest X-ray pack.
    const CliRun info = runCli({QStringLiteral("pack"), QStringLiteral("info"), out, QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(info.out).object().value("task").toString(),
              QStringLiteral("cxr-classification"));
    EXPECT_EQ(runCli({QStringLiteral("pack"), QStringLiteral("verify"), out}).exitCode, 0);

    // The real CLI reviews with it, with an exact decomposition.
    const CliRun review =
        runCli({QStringLiteral("cxr"), m_left, QStringLiteral("--pack"), out, QStringLiteral("--json")});
    ASSERT_EQ(review.exitCode, 0) << review.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(review.out).object();
    const QJsonObject dec = o.value("decomposition").toObject();
    EXPECT_NEAR(dec.value("sum_contributions").toDouble() + dec.value("bias_term").toDouble(),
                dec.value("head_margin").toDouble(), 1e-4);
    EXPECT_DOUBLE_EQ(o.value("threshold").toDouble(), 0.4);
    EXPECT_TRUE(o.value("image").toObject().value("conversion").toString().contains(QStringLiteral("resized to")));
}

TEST_F(CxrCli, PackBuildRefusesAHeadThatIsNotACxrHead)
{
    const QString checkpoint = m_dir.filePath(QStringLiteral("tiny.safetensors"));
    const int d = clip_fixtures::writeTinyCheckpoint(checkpoint);
    ASSERT_GT(d, 0);
    const QString head = m_dir.filePath(QStringLiteral("head3.safetensors"));
    ASSERT_TRUE(writeCxrHead(head, d, {{"alpha", "0.5"}, {"tau", "0.1"}, {"threshold", "0.5"}}, 3));
    const QString out = m_dir.filePath(QStringLiteral("bad"));
    const CliRun r =
        runCli({QStringLiteral("pack"), QStringLiteral("build"), QStringLiteral("--task"), QStringLiteral("cxr"),
                QStringLiteral("--clip"), checkpoint, QStringLiteral("--head"), head, QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("'W'")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("head3.safetensors")) << r.err.toStdString();
    EXPECT_FALSE(QDir(out).exists());
}

TEST_F(CxrCli, PackInfoAndVerifyOpenCxrPacksAsCxrPacks)
{
    const CliRun info = runFakeCli({QStringLiteral("pack"), QStringLiteral("info"), m_pack});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains("cxr-classification")) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains("head.safetensors"));
    // A CXR pack whose calibration lacks a member is refused by verify as by `cxr`, with the same line.
    const QString manifest = QDir(m_pack).filePath(QStringLiteral("manifest.json"));
    QJsonObject o = *json::readObjectFile(manifest);
    QJsonObject cal = o.value(QStringLiteral("calibration")).toObject();
    cal.remove(QStringLiteral("indeterminate"));
    o.insert(QStringLiteral("calibration"), cal);
    ASSERT_TRUE(json::writeObjectFile(manifest, o));
    const CliRun verify = runFakeCli({QStringLiteral("pack"), QStringLiteral("verify"), m_pack});
    const CliRun review = cxr({m_left, QStringLiteral("--pack"), m_pack});
    EXPECT_EQ(verify.exitCode, 3);
    EXPECT_EQ(review.exitCode, 3);
    EXPECT_EQ(verify.err, review.err);
    EXPECT_TRUE(verify.err.contains("calibration.indeterminate")) << verify.err.toStdString();
}

TEST_F(CxrCli, AFacePackLabelledCxrIsRefusedByBothReaders)
{
    auto face = fakes::writeFakeFacePack(m_dir.filePath(QStringLiteral("face")));
    ASSERT_TRUE(face) << face.error().toString().toStdString();
    const QString manifest = QDir(*face).filePath(QStringLiteral("manifest.json"));
    QJsonObject o = *json::readObjectFile(manifest);
    o.insert(QStringLiteral("task"), QStringLiteral("cxr-classification"));
    ASSERT_TRUE(json::writeObjectFile(manifest, o));
    const CliRun verify = runFakeCli({QStringLiteral("pack"), QStringLiteral("verify"), *face});
    const CliRun review = cxr({m_left, QStringLiteral("--pack"), *face});
    EXPECT_EQ(verify.exitCode, 3);
    EXPECT_EQ(verify.err, review.err) << "pack verify opens it as `cxr` does";
    EXPECT_EQ(verify.err.count('\n'), 1) << verify.err.toStdString();
    const CliRun compare = runFakeCli({QStringLiteral("compare"), m_left, m_left, QStringLiteral("--pack"), *face});
    EXPECT_EQ(compare.exitCode, 3);
    EXPECT_TRUE(compare.err.contains("task: is 'cxr-classification', expected face-verification"))
        << compare.err.toStdString();
}

TEST_F(CxrCli, AGoldenTorchSaveClipCheckpointBuildsAPackThatReviewsSharedRadiographs)
{
    const QString shared = QStringLiteral(DESCRY_TEST_SHARED_DIR);
    const QString checkpoint = shared + QStringLiteral("/golden/clip/tiny-vit32-quickgelu/model.pt");
    const QString dicom = shared + QStringLiteral("/data/cxr/dicom/CR-MONO1-10-chest.dcm");
    const QString nih = shared + QStringLiteral("/data/cxr/00000001_000.png");
    if (!QFileInfo::exists(checkpoint) || !QFileInfo::exists(dicom) || !QFileInfo::exists(nih))
        GTEST_SKIP() << "../shared golden CLIP or chest radiographs not present";
    // A torch.save open_clip checkpoint, as CheXzero publishes, with a head for its 48-wide embedding.
    const QString head = m_dir.filePath(QStringLiteral("head.safetensors"));
    ASSERT_TRUE(writeCxrHead(head, 48, {{"alpha", "0.5"}, {"tau", "0.1"}, {"threshold", "0.5"}}));
    const QString out = m_dir.filePath(QStringLiteral("golden-pack"));
    const CliRun build =
        runCli({QStringLiteral("pack"), QStringLiteral("build"), QStringLiteral("--task"), QStringLiteral("cxr"),
                QStringLiteral("--clip"), checkpoint, QStringLiteral("--head"), head, QStringLiteral("--out"), out});
    ASSERT_EQ(build.exitCode, 0) << build.err.toStdString();
    for (const QString& image : {dicom, nih}) {
        const CliRun r =
            runCli({QStringLiteral("cxr"), image, QStringLiteral("--pack"), out, QStringLiteral("--json")});
        ASSERT_EQ(r.exitCode, 0) << image.toStdString() << ": " << r.err.toStdString();
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject d = o.value("decomposition").toObject();
        EXPECT_LE(std::abs(d.value("residual").toDouble()), 1e-4);
        EXPECT_NEAR(d.value("sum_contributions").toDouble() + d.value("bias_term").toDouble(),
                    d.value("head_margin").toDouble(), 1e-4);
        EXPECT_TRUE(o.value("image").toObject().value("conversion").toString().contains(QStringLiteral("224 px")));
        EXPECT_EQ(o.value("image").toObject().value("input_size").toInt(), 224);
    }
}

// Regression: the CLI's report was given no identifiers, so a DICOM named after the patient printed the name in the
// report's file lines although identifiers are omitted.
TEST_F(CxrCli, TheReportOmitsThePatientsNameEvenInTheFileName)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed";
    fixtures::DicomSpec spec;
    spec.rows = spec.columns = 96;
    spec.attributes = {{QStringLiteral("0010,0010"), QStringLiteral("Quintessa^Marlowe")},
                       {QStringLiteral("0010,0020"), QStringLiteral("MRN-733194")}};
    const QString dcm = m_dir.filePath(QStringLiteral("Quintessa_Marlowe_MRN-733194.dcm"));
    ASSERT_TRUE(fixtures::writeDicom(dcm, spec));
    const QString pdf = m_dir.filePath(QStringLiteral("named.pdf"));
    const CliRun r = cxr({dcm, QStringLiteral("--pack"), m_pack, QStringLiteral("--report"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(all.contains(QStringLiteral("Effusion"), Qt::CaseInsensitive)) << all.left(400).toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("Quintessa"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("Marlowe"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("733194"))) << all.toStdString();
}
