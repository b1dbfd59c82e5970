// `descry-cli render`: the PNG a reader sees and the --json metadata, on DICOM fixtures generated here (window,
// presets, frames, identifiers gating, refusals), and every shared DICOM file either rendered with the expected
// content or refused with exit code 2 and one line naming it.
#include "DicomFixtures.h"

#include "app/CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

namespace {

const QString kShared = QStringLiteral(DESCRY_TEST_SHARED_DIR);

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

QJsonObject jsonOf(const CliRun& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

CliRun render(const QStringList& args)
{
    return runCli(QStringList{QStringLiteral("render")} + args);
}

// stderr is one line naming `file`.
void expectOneLineNaming(const CliRun& r, const QString& file)
{
    const QString err = QString::fromUtf8(r.err).trimmed();
    EXPECT_FALSE(err.isEmpty());
    EXPECT_FALSE(err.contains(QLatin1Char('\n'))) << err.toStdString();
    EXPECT_TRUE(err.contains(file)) << err.toStdString();
}

double meanOf(const QImage& grey, const QRectF& fraction)
{
    const QRect r(int(fraction.x() * grey.width()), int(fraction.y() * grey.height()),
                  int(fraction.width() * grey.width()), int(fraction.height() * grey.height()));
    double sum = 0;
    qint64 n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = r.left(); x <= r.right(); ++x, ++n)
            sum += line[x];
    }
    return n ? sum / double(n) : 0.0;
}

class RenderTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // 40 x 32, 12 bits, two presets, spacing, burned-in flag and identifiers.
    QString writeCr(const QString& name, fixtures::DicomSpec spec = {})
    {
        spec.rows = 32;
        spec.columns = 40;
        spec.attributes << qMakePair(QStringLiteral("0028,1050"), QStringLiteral("1000\\2048"))
                        << qMakePair(QStringLiteral("0028,1051"), QStringLiteral("500\\4096"))
                        << qMakePair(QStringLiteral("0028,1055"), QStringLiteral("SOFT\\FULL"))
                        << qMakePair(QStringLiteral("0018,1164"), QStringLiteral("0.2\\0.1"))
                        << qMakePair(QStringLiteral("0028,0301"), QStringLiteral("NO"))
                        << qMakePair(QStringLiteral("0010,0010"), QStringLiteral("DOE^JOHN"))
                        << qMakePair(QStringLiteral("0010,0020"), QStringLiteral("PID12345"))
                        << qMakePair(QStringLiteral("0008,0050"), QStringLiteral("ACC777"));
        const QString p = path(name);
        QString error;
        EXPECT_TRUE(fixtures::writeDicom(p, spec, &error)) << error.toStdString();
        return p;
    }

    QTemporaryDir m_dir;
};

TEST_F(RenderTest, WritesThePngAndTheMetadata)
{
    const QString in = writeCr(QStringLiteral("cr.dcm"));
    const QString out = path(QStringLiteral("cr.png"));
    const CliRun r = render({in, QStringLiteral("--out"), out, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage png(out);
    ASSERT_FALSE(png.isNull());
    EXPECT_EQ(png.size(), QSize(40, 32));
    EXPECT_TRUE(png.isGrayscale());

    const QJsonObject o = jsonOf(r);
    EXPECT_EQ(o[QStringLiteral("sha256")].toString(), sha256Of(in));
    EXPECT_EQ(o[QStringLiteral("output_sha256")].toString(), sha256Of(out));
    EXPECT_EQ(o[QStringLiteral("frame")].toInt(), 1);
    const QJsonObject image = o[QStringLiteral("image")].toObject();
    EXPECT_EQ(image[QStringLiteral("modality")].toString(), QStringLiteral("CR"));
    EXPECT_EQ(image[QStringLiteral("photometric")].toString(), QStringLiteral("MONOCHROME2"));
    EXPECT_EQ(image[QStringLiteral("transfer_syntax_uid")].toString(), QStringLiteral("1.2.840.10008.1.2.1"));
    EXPECT_TRUE(image[QStringLiteral("transfer_syntax_name")].toString().contains(QStringLiteral("Little Endian")))
        << image[QStringLiteral("transfer_syntax_name")].toString().toStdString();
    EXPECT_EQ(image[QStringLiteral("rows")].toInt(), 32);
    EXPECT_EQ(image[QStringLiteral("columns")].toInt(), 40);
    EXPECT_EQ(image[QStringLiteral("frames")].toInt(), 1);
    EXPECT_EQ(image[QStringLiteral("bits_stored")].toInt(), 12);
    const QJsonObject spacing = image[QStringLiteral("pixel_spacing")].toObject();
    EXPECT_EQ(spacing[QStringLiteral("source")].toString(), QStringLiteral("ImagerPixelSpacing"));
    EXPECT_DOUBLE_EQ(spacing[QStringLiteral("row_mm")].toDouble(), 0.2);
    EXPECT_DOUBLE_EQ(spacing[QStringLiteral("column_mm")].toDouble(), 0.1);
    const QJsonArray presets = image[QStringLiteral("window_presets")].toArray();
    ASSERT_EQ(presets.size(), 2);
    EXPECT_EQ(presets[1].toObject()[QStringLiteral("number")].toInt(), 2);
    EXPECT_DOUBLE_EQ(presets[1].toObject()[QStringLiteral("center")].toDouble(), 2048);
    EXPECT_EQ(presets[1].toObject()[QStringLiteral("explanation")].toString(), QStringLiteral("FULL"));
    EXPECT_EQ(image[QStringLiteral("voi_lut_count")].toInt(), 0);
    EXPECT_EQ(image[QStringLiteral("burned_in_annotation")].toString(), QStringLiteral("NO"));
    const QJsonObject window = o[QStringLiteral("window")].toObject();
    EXPECT_EQ(window[QStringLiteral("kind")].toString(), QStringLiteral("preset"));
    EXPECT_EQ(window[QStringLiteral("preset")].toInt(), 1);
    EXPECT_DOUBLE_EQ(window[QStringLiteral("center")].toDouble(), 1000);
    EXPECT_FALSE(o.contains(QStringLiteral("identifiers")));
}

TEST_F(RenderTest, WindowAndPresetOptionsChooseTheVoi)
{
    const QString in = writeCr(QStringLiteral("cr.dcm"));
    auto run = [&](const QString& name, const QStringList& extra) {
        const QString out = path(name);
        const CliRun r = render(QStringList{in, QStringLiteral("--out"), out, QStringLiteral("--json")} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return std::pair{QImage(out).convertToFormat(QImage::Format_Grayscale8), jsonOf(r)};
    };
    const auto [byDefault, jDefault] = run(QStringLiteral("default.png"), {});
    const auto [second, jSecond] =
        run(QStringLiteral("preset2.png"), {QStringLiteral("--preset"), QStringLiteral("2")});
    const auto [typed, jTyped] =
        run(QStringLiteral("typed.png"), {QStringLiteral("--window"), QStringLiteral("2048,4096")});
    const auto [narrow, jNarrow] =
        run(QStringLiteral("narrow.png"), {QStringLiteral("--window"), QStringLiteral("-100,50")});
    EXPECT_NE(byDefault, second);
    EXPECT_EQ(second, typed); // preset 2 is C 2048 W 4096
    EXPECT_NE(narrow, typed);
    EXPECT_EQ(jSecond[QStringLiteral("window")].toObject()[QStringLiteral("preset")].toInt(), 2);
    EXPECT_DOUBLE_EQ(jSecond[QStringLiteral("window")].toObject()[QStringLiteral("center")].toDouble(), 2048);
    EXPECT_EQ(jTyped[QStringLiteral("window")].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("custom"));
    EXPECT_DOUBLE_EQ(jNarrow[QStringLiteral("window")].toObject()[QStringLiteral("center")].toDouble(), -100);
    // C -100 W 50 lies below every stored value (0..4095): all white.
    EXPECT_EQ(narrow.pixel(7, 5), qRgb(255, 255, 255));
}

TEST_F(RenderTest, FrameOptionPicksTheFrame)
{
    fixtures::DicomSpec spec;
    spec.frames = 3;
    spec.rows = 32;
    spec.columns = 40;
    for (int f = 0; f < 3; ++f)
        spec.pixels.insert(spec.pixels.end(), size_t(32 * 40), qint32(1000 * (f + 1)));
    spec.attributes = {{QStringLiteral("0028,1050"), QStringLiteral("2048")},
                       {QStringLiteral("0028,1051"), QStringLiteral("4096")}};
    const QString in = path(QStringLiteral("frames.dcm"));
    ASSERT_TRUE(fixtures::writeDicom(in, spec));
    for (int f = 1; f <= 3; ++f) {
        const QString out = path(QStringLiteral("frame%1.png").arg(f));
        const CliRun r = render({in, QStringLiteral("--out"), out, QStringLiteral("--frame"), QString::number(f),
                                 QStringLiteral("--json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(jsonOf(r)[QStringLiteral("frame")].toInt(), f);
        // LINEAR C 2048 W 4096: ((v - 2047.5) / 4095 + 0.5) * 255, truncated.
        const int expected = int(((1000.0 * f - 2047.5) / 4095.0 + 0.5) * 255.0);
        EXPECT_EQ(qGray(QImage(out).pixel(3, 3)), expected) << "frame " << f;
    }
    const CliRun beyond = render(
        {in, QStringLiteral("--out"), path(QStringLiteral("x.png")), QStringLiteral("--frame"), QStringLiteral("4")});
    EXPECT_EQ(beyond.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(beyond.err).contains(QStringLiteral("has 3 frame"))) << beyond.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.png"))));
}

TEST_F(RenderTest, IdentifiersOnlyWhenAskedFor)
{
    const QString in = writeCr(QStringLiteral("cr.dcm"));
    const QString out = path(QStringLiteral("cr.png"));
    for (const QStringList& extra : {QStringList{QStringLiteral("--json")}, QStringList{}}) {
        const CliRun r = render(QStringList{in, QStringLiteral("--out"), out} + extra);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        for (const char* secret : {"DOE", "JOHN", "PID12345", "ACC777"}) {
            EXPECT_FALSE(r.out.contains(secret)) << secret;
            EXPECT_FALSE(r.err.contains(secret)) << secret;
        }
    }
    const CliRun r =
        render({in, QStringLiteral("--out"), out, QStringLiteral("--json"), QStringLiteral("--identifiers")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject ids = jsonOf(r)[QStringLiteral("identifiers")].toObject();
    EXPECT_EQ(ids[QStringLiteral("patient_name")].toString(), QStringLiteral("DOE^JOHN"));
    EXPECT_EQ(ids[QStringLiteral("patient_id")].toString(), QStringLiteral("PID12345"));
    EXPECT_EQ(ids[QStringLiteral("accession_number")].toString(), QStringLiteral("ACC777"));
}

TEST_F(RenderTest, UsageErrorsExitOne)
{
    const QString in = writeCr(QStringLiteral("cr.dcm"));
    const QString out = path(QStringLiteral("out.png"));
    const QList<QStringList> bad{
        {QStringLiteral("--preset"), QStringLiteral("3")},     {QStringLiteral("--preset"), QStringLiteral("0")},
        {QStringLiteral("--frame"), QStringLiteral("0")},      {QStringLiteral("--window"), QStringLiteral("100")},
        {QStringLiteral("--window"), QStringLiteral("100,0")}, {QStringLiteral("--window"), QStringLiteral("a,b")},
        {QStringLiteral("--window"), QStringLiteral("1,2,3")},
    };
    for (const QStringList& extra : bad) {
        const CliRun r = render(QStringList{in, QStringLiteral("--out"), out} + extra);
        EXPECT_EQ(r.exitCode, 1) << extra.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(out)) << extra.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_EQ(render({in}).exitCode, 1); // --out is required
}

TEST_F(RenderTest, NeverWritesOverTheInputOrAnotherFile)
{
    const QString in = writeCr(QStringLiteral("cr.dcm"));
    const QString before = sha256Of(in);
    CliRun r = render({in, QStringLiteral("--out"), in});
    EXPECT_EQ(r.exitCode, 1);
    expectOneLineNaming(r, in);
    EXPECT_EQ(sha256Of(in), before);
    // A spelling with ../ is the same file.
    r = render({in, QStringLiteral("--out"),
                m_dir.path() + QStringLiteral("/../") + QDir(m_dir.path()).dirName() + QStringLiteral("/cr.dcm")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(sha256Of(in), before);
    // Another existing file that is not a PNG (a case file, another radiograph) is not replaced either.
    const QString other = writeCr(QStringLiteral("other.dcm"));
    const QString otherHash = sha256Of(other);
    r = render({in, QStringLiteral("--out"), other});
    EXPECT_EQ(r.exitCode, 1);
    expectOneLineNaming(r, other);
    EXPECT_EQ(sha256Of(other), otherHash);
    // An earlier rendering is replaced.
    const QString out = path(QStringLiteral("cr.png"));
    ASSERT_EQ(render({in, QStringLiteral("--out"), out}).exitCode, 0);
    r = render({in, QStringLiteral("--out"), out, QStringLiteral("--preset"), QStringLiteral("2")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST_F(RenderTest, BadInputsExitTwoWithOneLine)
{
    const QString out = path(QStringLiteral("out.png"));
    const QString missing = path(QStringLiteral("missing.dcm"));
    CliRun r = render({missing, QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    expectOneLineNaming(r, missing);

    const QString garbage = path(QStringLiteral("garbage.dcm"));
    QFile g(garbage);
    ASSERT_TRUE(g.open(QIODevice::WriteOnly));
    g.write(QByteArray(128, '\0') + "DICM" + QByteArray(300, '\x7f'));
    g.close();
    r = render({garbage, QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    expectOneLineNaming(r, garbage);

    // A fixture cut in the middle of its pixel data.
    const QString whole = writeCr(QStringLiteral("whole.dcm"));
    QFile w(whole);
    ASSERT_TRUE(w.open(QIODevice::ReadOnly));
    const QByteArray bytes = w.readAll();
    const QString truncated = path(QStringLiteral("truncated.dcm"));
    QFile t(truncated);
    ASSERT_TRUE(t.open(QIODevice::WriteOnly));
    t.write(bytes.left(bytes.size() - 1000));
    t.close();
    r = render({truncated, QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    expectOneLineNaming(r, truncated);

    r = render({whole, QStringLiteral("--out"), path(QStringLiteral("no/such/folder/out.png"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(RenderTest, Monochrome1IsInverted)
{
    fixtures::DicomSpec spec;
    spec.photometric = QStringLiteral("MONOCHROME1");
    spec.rows = 32;
    spec.columns = 40;
    spec.pixels.assign(size_t(32 * 40), 100); // low values: white in MONOCHROME1
    const QString in = path(QStringLiteral("mono1.dcm"));
    spec.attributes = {{QStringLiteral("0028,1050"), QStringLiteral("2048")},
                       {QStringLiteral("0028,1051"), QStringLiteral("4096")}};
    ASSERT_TRUE(fixtures::writeDicom(in, spec));
    const QString out = path(QStringLiteral("mono1.png"));
    const CliRun r = render({in, QStringLiteral("--out"), out, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_GT(qGray(QImage(out).pixel(5, 5)), 240);
    EXPECT_TRUE(jsonOf(r)[QStringLiteral("window")].toObject()[QStringLiteral("inverted")].toBool());
}

// ---- the shared files ----

struct Expected
{
    bool renders = false;
    QSize size; // when it renders
    bool colour = false;
};

// Every file of ../shared/data/cxr/dicom, by name, and what render must do with it.
QMap<QString, Expected> sharedTable()
{
    return {
        {QStringLiteral("1.2.276.0.7230010.3.1.4.8323329.6904.1517875201.850819.dcm"), {true, {1024, 1024}}},
        {QStringLiteral("CR-MONO1-10-chest.dcm"), {true, {440, 440}}},
        {QStringLiteral("Fake_MONOHR1.dcm"), {true, {1024, 1024}}},
        {QStringLiteral("GH178.dcm"), {false, {}}}, // CT header without pixel data
        {QStringLiteral("HasFragmentSequence.dcm"), {true, {512, 512}}},
        {QStringLiteral("JPEG-lossy.dcm"), {true, {256, 1024}}},
        {QStringLiteral("MR_truncated.dcm"), {false, {}}}, // pixel data cut short
        {QStringLiteral("multiframe.dcm"), {true, {240, 240}, true}},
        // No file meta header and a stray byte before the first attribute: read with the inferred syntax, a CT slice.
        {QStringLiteral("no_meta.dcm"), {true, {128, 128}}},
        {QStringLiteral("test1.dcm"), {true, {1024, 1024}}},
        {QStringLiteral("test2.dcm"), {true, {1024, 1024}}},
        {QStringLiteral("test3.dcm"), {true, {1024, 1024}}},
    };
}

QString sharedDicomDir()
{
    return kShared + QStringLiteral("/data/cxr/dicom");
}

TEST(RenderShared, EveryFileRendersOrFailsAsExpected)
{
    const QDir dir(sharedDicomDir());
    if (kShared.isEmpty() || !dir.exists())
        GTEST_SKIP() << "no shared DICOM files (DESCRY_TEST_SHARED_DIR/data/cxr/dicom)";
    QTemporaryDir outDir;
    ASSERT_TRUE(outDir.isValid());
    const QMap<QString, Expected> table = sharedTable();
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& name : files) {
        SCOPED_TRACE(name.toStdString());
        ASSERT_TRUE(table.contains(name)) << "a new shared file: add it to the expected table";
        const Expected e = table.value(name);
        const QString in = dir.filePath(name);
        const QString out = outDir.filePath(name + QStringLiteral(".png"));
        const CliRun r = render({in, QStringLiteral("--out"), out, QStringLiteral("--json")});
        if (e.renders) {
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
            const QImage png(out);
            ASSERT_FALSE(png.isNull());
            EXPECT_EQ(png.size(), e.size);
            EXPECT_EQ(png.isGrayscale(), !e.colour);
            EXPECT_EQ(jsonOf(r)[QStringLiteral("sha256")].toString(), sha256Of(in));
        } else {
            EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
            expectOneLineNaming(r, name);
            EXPECT_FALSE(QFile::exists(out));
        }
    }
    for (const QString& name : table.keys())
        EXPECT_TRUE(files.contains(name)) << name.toStdString() << " is in the table but not in the shared folder";
}

QImage renderShared(const QString& name, QTemporaryDir& outDir, QJsonObject* json)
{
    const QString in = QDir(sharedDicomDir()).filePath(name);
    const QString out = outDir.filePath(name + QStringLiteral(".png"));
    const CliRun r = render({in, QStringLiteral("--out"), out, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    *json = jsonOf(r);
    return QImage(out).convertToFormat(QImage::Format_Grayscale8);
}

TEST(RenderShared, CrMonochrome1ChestShowsBrightBonesAndDarkLungs)
{
    if (!QFile::exists(QDir(sharedDicomDir()).filePath(QStringLiteral("CR-MONO1-10-chest.dcm"))))
        GTEST_SKIP() << "shared file CR-MONO1-10-chest.dcm absent";
    QTemporaryDir outDir;
    QJsonObject json;
    const QImage img = renderShared(QStringLiteral("CR-MONO1-10-chest.dcm"), outDir, &json);
    ASSERT_FALSE(img.isNull());
    EXPECT_EQ(json[QStringLiteral("image")].toObject()[QStringLiteral("photometric")].toString(),
              QStringLiteral("MONOCHROME1"));
    EXPECT_TRUE(json[QStringLiteral("window")].toObject()[QStringLiteral("inverted")].toBool());
    const double leftLung = meanOf(img, {0.22, 0.30, 0.16, 0.30});
    const double rightLung = meanOf(img, {0.62, 0.30, 0.16, 0.30});
    const double mediastinum = meanOf(img, {0.46, 0.25, 0.08, 0.50});
    std::cout << "[CR-MONO1-10-chest] lungs " << leftLung << " / " << rightLung << ", mediastinum " << mediastinum
              << "\n";
    EXPECT_LT(leftLung + 30, mediastinum);
    EXPECT_LT(rightLung + 30, mediastinum);
}

TEST(RenderShared, Test3IsAPaChestWithDarkSymmetricLungs)
{
    if (!QFile::exists(QDir(sharedDicomDir()).filePath(QStringLiteral("test3.dcm"))))
        GTEST_SKIP() << "shared file test3.dcm absent";
    QTemporaryDir outDir;
    QJsonObject json;
    const QImage img = renderShared(QStringLiteral("test3.dcm"), outDir, &json);
    ASSERT_FALSE(img.isNull());
    EXPECT_EQ(json[QStringLiteral("image")].toObject()[QStringLiteral("modality")].toString(), QStringLiteral("DX"));
    const double leftLung = meanOf(img, {0.20, 0.30, 0.18, 0.30});
    const double rightLung = meanOf(img, {0.62, 0.30, 0.18, 0.30});
    const double mediastinum = meanOf(img, {0.46, 0.25, 0.08, 0.50});
    const double leftHalf = meanOf(img, {0.05, 0.1, 0.45, 0.8});
    const double rightHalf = meanOf(img, {0.50, 0.1, 0.45, 0.8});
    std::cout << "[test3] lungs " << leftLung << " / " << rightLung << ", mediastinum " << mediastinum << ", halves "
              << leftHalf << " / " << rightHalf << "\n";
    EXPECT_LT(leftLung + 30, mediastinum);
    EXPECT_LT(rightLung + 30, mediastinum);
    // Roughly symmetric: upper lung fields alike, halves within 20% (an effusion makes one base whiter).
    EXPECT_LT(std::abs(leftLung - rightLung), 0.15 * std::max(leftLung, rightLung));
    EXPECT_LT(std::abs(leftHalf - rightHalf), 0.20 * std::max(leftHalf, rightHalf));
}

} // namespace

namespace {

// The benchmark is not timed here (figures depend on the machine); it must run and report every figure.
TEST(BenchDicom, ReportsEveryFigureForASmallImage)
{
    const CliRun r =
        runCli({QStringLiteral("bench"), QStringLiteral("dicom"), QStringLiteral("--size"), QStringLiteral("64"),
                QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o[QStringLiteral("size")].toInt(), 64);
    EXPECT_GT(o[QStringLiteral("file_bytes")].toInteger(), 64 * 64 * 2);
    for (const char* key : {"decode_seconds", "first_display_seconds", "lut_build_seconds", "lut_apply_seconds",
                            "scale_seconds", "paint_seconds", "redraw_fps", "redraw_scaled_fps", "memcpy_gbps",
                            "frame_copy_seconds", "first_display_cpu_seconds", "redraw_cpu_fps"})
        EXPECT_GT(o[QLatin1String(key)].toDouble(), 0.0) << key;
    EXPECT_TRUE(o[QStringLiteral("first_display_meets_goal")].isBool());
    EXPECT_EQ(runCli({QStringLiteral("bench"), QStringLiteral("dicom"), QStringLiteral("--size"), QStringLiteral("3")})
                  .exitCode,
              1);
}

} // namespace
