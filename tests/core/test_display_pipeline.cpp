// The display pipeline (VOI window / LUT, MONOCHROME1 and Presentation LUT inversion, the reader's invert) checked
// against the formulas of PS3.3 C.11.2.1.2 and against DCMTK's own DicomImage output (8 bits, getOutputData) on
// fixtures generated here with DCMTK, on the same fixtures read through loadRadiograph, and on the shared files
// when present. Every DCMTK comparison must agree within one grey level per pixel.
#include "DicomFixtures.h"

#include "core/imaging/DisplayPipeline.h"
#include "core/imaging/RadiographLoader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dctk.h>
#include <dcmtk/dcmimage/diregist.h>
#include <dcmtk/dcmimgle/dcmimage.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <functional>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>

using namespace descry;

namespace {

const QString kShared = QStringLiteral(DESCRY_TEST_SHARED_DIR);

void initialiseDcmtkForTests()
{
    static std::once_flag once;
    std::call_once(once, [] {
        OFLog::configure(OFLogger::OFF_LOG_LEVEL);
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
    });
}

// ---- hand-built images (no loader involved) ----

MedicalImageInfo monoInfo(int columns, int rows, int bitsStored = 12, bool isSigned = false)
{
    MedicalImageInfo info;
    info.modality = QStringLiteral("CR");
    info.photometric = QStringLiteral("MONOCHROME2");
    info.columns = columns;
    info.rows = rows;
    info.bitsStored = bitsStored;
    info.highBit = bitsStored - 1;
    info.signedPixels = isSigned;
    return info;
}

MedicalImage rowImage(const std::vector<qint32>& values, MedicalImageInfo info)
{
    info.columns = int(values.size());
    info.rows = 1;
    return MedicalImage::monochrome(std::move(info), {values});
}

quint8 pixelAt(const QImage& image, int x, int y = 0)
{
    return image.constScanLine(y)[x];
}

TEST(DisplayPipeline, MinMaxDefaultSpansTheFrameLikeDcmtk)
{
    const MedicalImage image = rowImage({100, 600, 1100, 4095}, monoInfo(4, 1));
    const ResolvedWindow w = resolveWindow(image, 0, {});
    EXPECT_EQ(w.kind, ResolvedWindow::Kind::MinMax);
    EXPECT_DOUBLE_EQ(w.center, (100 + 4095 + 1) / 2.0);
    EXPECT_DOUBLE_EQ(w.width, 4095 - 100 + 1.0);
    const QImage out = renderDisplay(image, 0);
    ASSERT_EQ(out.format(), QImage::Format_Grayscale8);
    EXPECT_EQ(pixelAt(out, 0), 0);
    EXPECT_GE(pixelAt(out, 3), 254); // 254.99..., truncated: DCMTK's own arithmetic gives the same
    EXPECT_LT(pixelAt(out, 1), pixelAt(out, 2));
    // Asked for explicitly, the min/max window wins over the file's presets.
    MedicalImageInfo withPreset = monoInfo(4, 1);
    withPreset.windowPresets = {{0, 10, {}}};
    DisplaySettings minMax;
    minMax.minMaxWindow = true;
    const MedicalImage presetImage = rowImage({100, 600, 1100, 4095}, withPreset);
    EXPECT_EQ(resolveWindow(presetImage, 0, {}).kind, ResolvedWindow::Kind::Preset);
    EXPECT_EQ(resolveWindow(presetImage, 0, minMax).kind, ResolvedWindow::Kind::MinMax);
    EXPECT_EQ(renderDisplay(presetImage, 0, minMax), out);
}

TEST(DisplayPipeline, LinearWindowFollowsPs33Borders)
{
    // C.11.2.1.2.1 with C = 2048, W = 4096: x <= c - 0.5 - (w-1)/2 = 0 is black, x > 4095 white,
    // else ((x - (c - 0.5)) / (w - 1) + 0.5) * 255, truncated.
    MedicalImageInfo info = monoInfo(0, 1);
    info.windowPresets = {{2048, 4096, {}}};
    const std::vector<qint32> xs{0, 1, 1024, 2048, 4094, 4095};
    const QImage out = renderDisplay(rowImage(xs, info), 0);
    for (size_t i = 0; i < xs.size(); ++i) {
        const double x = xs[i];
        const double expected = x <= 0 ? 0 : ((x - 2047.5) / 4095.0 + 0.5) * 255.0;
        EXPECT_EQ(pixelAt(out, int(i)), quint8(expected)) << "x = " << xs[i];
    }
}

TEST(DisplayPipeline, WidthOneIsAThreshold)
{
    MedicalImageInfo info = monoInfo(0, 1);
    info.windowPresets = {{100, 1, {}}};
    const QImage out = renderDisplay(rowImage({99, 100, 101}, info), 0);
    EXPECT_EQ(pixelAt(out, 0), 0);   // 99 <= 99.5
    EXPECT_EQ(pixelAt(out, 1), 255); // 100 > 99.5
    EXPECT_EQ(pixelAt(out, 2), 255);
}

TEST(DisplayPipeline, LinearExactUsesTheExactWindow)
{
    MedicalImageInfo info = monoInfo(0, 1);
    info.windowPresets = {{100, 100, {}}};
    info.voiFunction = VoiFunction::LinearExact;
    const QImage out = renderDisplay(rowImage({50, 51, 100, 150, 151}, info), 0);
    EXPECT_EQ(pixelAt(out, 0), 0);                             // x <= c - w/2
    EXPECT_EQ(pixelAt(out, 1), quint8((1.0 / 100.0) * 255.0)); // 2
    EXPECT_EQ(pixelAt(out, 2), 127);                           // 127.5 truncated
    EXPECT_EQ(pixelAt(out, 3), 255);                           // x = c + w/2 is inside: (0.5 + 0.5) * 255
    EXPECT_EQ(pixelAt(out, 4), 255);                           // beyond
    // LINEAR's window is half a unit lower and one unit narrower: the centre maps to 128.8 instead of 127.5.
    info.voiFunction = VoiFunction::Linear;
    EXPECT_EQ(pixelAt(renderDisplay(rowImage({50, 51, 100, 150, 151}, info), 0), 2), 128);
}

TEST(DisplayPipeline, SigmoidFollowsPs33)
{
    MedicalImageInfo info = monoInfo(0, 1);
    info.windowPresets = {{1000, 400, {}}};
    info.voiFunction = VoiFunction::Sigmoid;
    const std::vector<qint32> xs{0, 800, 1000, 1200, 4000};
    const QImage out = renderDisplay(rowImage(xs, info), 0);
    for (size_t i = 0; i < xs.size(); ++i)
        EXPECT_EQ(pixelAt(out, int(i)), quint8(255.0 / (1.0 + std::exp(-4.0 * (xs[i] - 1000.0) / 400.0))));
    EXPECT_EQ(pixelAt(out, 2), 127);
}

TEST(DisplayPipeline, PresetsAreChosenByIndexAndCustomWins)
{
    MedicalImageInfo info = monoInfo(0, 1);
    info.windowPresets = {{500, 100, QStringLiteral("NARROW")}, {2000, 4000, QStringLiteral("WIDE")}};
    const MedicalImage image = rowImage({0, 500, 1000, 4000}, info);
    ResolvedWindow w = resolveWindow(image, 0, {});
    EXPECT_EQ(w.kind, ResolvedWindow::Kind::Preset);
    EXPECT_EQ(w.index, 0);
    EXPECT_TRUE(w.description.contains(QStringLiteral("Preset 1"))) << w.description.toStdString();
    EXPECT_TRUE(w.description.contains(QStringLiteral("NARROW")));
    DisplaySettings second;
    second.presetIndex = 1;
    w = resolveWindow(image, 0, second);
    EXPECT_EQ(w.index, 1);
    EXPECT_DOUBLE_EQ(w.center, 2000);
    EXPECT_NE(pixelAt(renderDisplay(image, 0, {}), 2), pixelAt(renderDisplay(image, 0, second), 2));
    DisplaySettings custom = second;
    custom.windowCenter = 1000;
    custom.windowWidth = 2;
    w = resolveWindow(image, 0, custom);
    EXPECT_EQ(w.kind, ResolvedWindow::Kind::Custom);
    EXPECT_DOUBLE_EQ(w.width, 2);
    // An index out of range falls back to the default rather than failing.
    DisplaySettings bad;
    bad.presetIndex = 7;
    EXPECT_EQ(resolveWindow(image, 0, bad).index, 0);
}

TEST(DisplayPipeline, VoiLutIsTheDefaultWithoutPresetsAndIsScaledFromItsBits)
{
    MedicalImageInfo info = monoInfo(0, 1);
    LookupTable lut;
    lut.firstMapped = 10;
    lut.bitsPerEntry = 12;
    lut.data = {0, 1000, 2000, 4095};
    info.voiLuts = {lut};
    const MedicalImage image = rowImage({0, 10, 11, 12, 13, 100}, info);
    const ResolvedWindow w = resolveWindow(image, 0, {});
    EXPECT_EQ(w.kind, ResolvedWindow::Kind::VoiLut);
    const QImage out = renderDisplay(image, 0);
    EXPECT_EQ(pixelAt(out, 0), 0); // below the first mapped value: data[0]
    // 2^12 levels onto 256: one output level per 16 LUT levels (DCMTK's scaling).
    EXPECT_EQ(pixelAt(out, 2), 1000 / 16);
    EXPECT_EQ(pixelAt(out, 3), 2000 / 16);
    EXPECT_EQ(pixelAt(out, 5), 255); // above the last entry: data.back() = 4095
}

TEST(DisplayPipeline, RescaleAndModalityLutComeBeforeTheWindow)
{
    MedicalImageInfo info = monoInfo(0, 1, 16, true);
    info.rescaleSlope = 2;
    info.rescaleIntercept = -1000;
    info.windowPresets = {{100, 1001, {}}};          // in modality units: [-400.5, 599.5]
    const std::vector<qint32> stored{300, 550, 800}; // modality -400, 100, 600
    const QImage out = renderDisplay(rowImage(stored, info), 0);
    EXPECT_EQ(pixelAt(out, 0), 0);   // ((-400 - 99.5) / 1000 + 0.5) * 255 = 0.13
    EXPECT_EQ(pixelAt(out, 1), 127); // 127.6
    EXPECT_EQ(pixelAt(out, 2), 255); // beyond the window
    // Without the rescale the same stored values would sit elsewhere in the window.
    info.rescaleSlope = 1;
    info.rescaleIntercept = 0;
    EXPECT_EQ(pixelAt(renderDisplay(rowImage(stored, info), 0), 0), 178);
    // A Modality LUT replaces the rescale: stored 0, 1, 2 -> 0, 100, 600.
    LookupTable m;
    m.data = {0, 100, 600};
    info.modalityLut = m;
    const QImage viaLut = renderDisplay(rowImage({0, 1, 2}, info), 0);
    EXPECT_EQ(pixelAt(viaLut, 1), 127);
    EXPECT_EQ(pixelAt(viaLut, 2), 255);
}

TEST(DisplayPipeline, Monochrome1AndInverseShapeInvertOnceAndTheReaderInvertsOnTop)
{
    MedicalImageInfo info = monoInfo(0, 1);
    info.windowPresets = {{2048, 4096, {}}};
    const std::vector<qint32> xs{0, 1000, 3000, 4095};
    const QImage mono2 = renderDisplay(rowImage(xs, info), 0);
    info.photometric = QStringLiteral("MONOCHROME1");
    const QImage mono1 = renderDisplay(rowImage(xs, info), 0);
    info.presentationInverse = true; // DX MONOCHROME1 states INVERSE for the same inversion
    const QImage mono1Inverse = renderDisplay(rowImage(xs, info), 0);
    DisplaySettings readerInvert;
    readerInvert.invert = true;
    const QImage mono1Reader = renderDisplay(rowImage(xs, info), 0, readerInvert);
    info.photometric = QStringLiteral("MONOCHROME2");
    const QImage mono2Inverse = renderDisplay(rowImage(xs, info), 0);
    EXPECT_TRUE(resolveWindow(rowImage(xs, info), 0, {}).inverted);
    for (int i = 0; i < int(xs.size()); ++i) {
        EXPECT_LE(std::abs(int(pixelAt(mono1, i)) - (255 - int(pixelAt(mono2, i)))), 1) << i;
        EXPECT_EQ(pixelAt(mono1Inverse, i), pixelAt(mono1, i)) << i;
        EXPECT_EQ(pixelAt(mono2Inverse, i), pixelAt(mono1, i)) << i;
        EXPECT_EQ(pixelAt(mono1Reader, i), pixelAt(mono2, i)) << i;
    }
    EXPECT_EQ(pixelAt(mono1, 0), 255); // low values are white in MONOCHROME1
}

TEST(DisplayPipeline, FramesAreSelectedAndBadFramesGiveNull)
{
    MedicalImageInfo info = monoInfo(2, 1);
    info.windowPresets = {{2048, 4096, {}}};
    const MedicalImage image = MedicalImage::monochrome(info, {{0, 0}, {4095, 4095}});
    EXPECT_EQ(pixelAt(renderDisplay(image, 0), 0), 0);
    EXPECT_EQ(pixelAt(renderDisplay(image, 1), 1), 255);
    EXPECT_TRUE(renderDisplay(image, 2).isNull());
    EXPECT_TRUE(renderDisplay(image, -1).isNull());
    EXPECT_TRUE(DisplayLut(image, 5, resolveWindow(image, 0, {})).isNull());
}

TEST(DisplayPipeline, ColourFramesPassThroughWithTheReadersInvert)
{
    QImage rgb(2, 1, QImage::Format_RGB888);
    rgb.setPixel(0, 0, qRgb(10, 20, 30));
    rgb.setPixel(1, 0, qRgb(200, 100, 0));
    MedicalImageInfo info;
    info.photometric = QStringLiteral("RGB");
    info.columns = 2;
    info.rows = 1;
    info.samplesPerPixel = 3;
    const MedicalImage image = MedicalImage::colour(info, {rgb});
    EXPECT_EQ(renderDisplay(image, 0).pixel(1, 0), qRgb(200, 100, 0));
    DisplaySettings invert;
    invert.invert = true;
    EXPECT_EQ(renderDisplay(image, 0, invert).pixel(0, 0), qRgb(245, 235, 225));
}

TEST(DisplayPipeline, HugeStoredRangesAreMappedWithoutATable)
{
    MedicalImageInfo info = monoInfo(0, 1, 32, true);
    info.bitsAllocated = 32;
    const std::vector<qint32> xs{-2000000000, 0, 2000000000};
    const MedicalImage image = rowImage(xs, info);
    const DisplayLut lut(image, 0, resolveWindow(image, 0, {}));
    ASSERT_FALSE(lut.isNull());
    EXPECT_EQ(lut.map(xs[0]), 0);
    EXPECT_EQ(lut.map(xs[1]), 127);
    EXPECT_EQ(lut.map(xs[2]), 255);
}

TEST(DisplayPipeline, TheTableCoversTheStoredRangeAndClampsOutside)
{
    MedicalImageInfo info = monoInfo(0, 1);
    info.windowPresets = {{2048, 4096, {}}};
    const MedicalImage image = rowImage({1000, 3000}, info);
    const DisplayLut lut(image, 0, resolveWindow(image, 0, {}));
    EXPECT_EQ(lut.map(0), lut.map(1000)); // below the frame's range: its first entry
    EXPECT_EQ(lut.map(4095), lut.map(3000));
    std::vector<qint32> in{1000, 2000, 3000};
    std::vector<quint8> out(3);
    lut.apply(in.data(), out.data(), 3);
    EXPECT_EQ(out[1], lut.map(2000));
    EXPECT_LT(out[0], out[1]);
}

// ---- DCMTK parity ----

// 8-bit output of DCMTK's DicomImage for one frame after `setup` chose the VOI step.
struct DcmtkOutput
{
    bool ok = false;
    QString why;
    int width = 0, height = 0, samples = 1;
    std::vector<quint8> pixels;
};

using DcmtkSetup = std::function<void(DicomImage&)>;

// What our default means, in DCMTK calls: first preset, else first VOI LUT, else the min/max window.
void dcmtkDefault(DicomImage& d)
{
    if (d.getWindowCount() > 0)
        d.setWindow(0);
    else if (d.getVoiLutCount() > 0)
        d.setVoiLut(0);
    else
        d.setMinMaxWindow(0);
}

DcmtkOutput dcmtkRender(const QString& path, int frame, const DcmtkSetup& setup)
{
    initialiseDcmtkForTests();
    DcmtkOutput r;
    DicomImage image(path.toLocal8Bit().constData(), 0, unsigned(frame), 1);
    if (image.getStatus() != EIS_Normal) {
        r.why = QString::fromLatin1(DicomImage::getString(image.getStatus()));
        return r;
    }
    if (image.isMonochrome()) {
        image.hideAllOverlays(); // overlays are not part of our rendering
        setup(image);
    }
    r.width = int(image.getWidth());
    r.height = int(image.getHeight());
    r.samples = image.isMonochrome() ? 1 : 3;
    const auto* data = static_cast<const quint8*>(image.getOutputData(8, 0, 0));
    if (!data) {
        r.why = QStringLiteral("no output data");
        return r;
    }
    r.pixels.assign(data, data + qint64(r.width) * r.height * r.samples);
    r.ok = true;
    return r;
}

// Largest per-pixel difference between our rendering and DCMTK's; -1 when the sizes or kinds differ.
int maxDifference(const QImage& ours, const DcmtkOutput& ref)
{
    if (ours.width() != ref.width || ours.height() != ref.height)
        return -1;
    const bool colour = ref.samples == 3;
    const QImage img = ours.convertToFormat(colour ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    int worst = 0;
    const qint64 rowBytes = qint64(ref.width) * ref.samples;
    for (int y = 0; y < ref.height; ++y) {
        const uchar* a = img.constScanLine(y);
        const quint8* b = ref.pixels.data() + y * rowBytes;
        for (qint64 i = 0; i < rowBytes; ++i)
            worst = std::max(worst, std::abs(int(a[i]) - int(b[i])));
    }
    return worst;
}

// Deterministic pixels over [lo, hi], with lo and hi both present.
std::vector<qint32> noisePixels(qint64 count, qint32 lo, qint32 hi, quint32 seed)
{
    std::vector<qint32> v(static_cast<size_t>(count));
    quint64 s = seed;
    for (auto& x : v) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        x = qint32(lo + qint64((s >> 33) % quint64(qint64(hi) - lo + 1)));
    }
    v[0] = lo;
    v[1] = hi;
    return v;
}

bool addLutSequence(const QString& path, const DcmTagKey& sequence, const LookupTable& lut, const char* lutType)
{
    DcmFileFormat file;
    if (file.loadFile(path.toLocal8Bit().constData()).bad())
        return false;
    DcmDataset* ds = file.getDataset();
    DcmItem* item = nullptr;
    if (ds->findOrCreateSequenceItem(sequence, item, -2).bad() || !item)
        return false;
    const Uint16 descriptor[3] = {Uint16(lut.data.size()), Uint16(lut.firstMapped), Uint16(lut.bitsPerEntry)};
    item->putAndInsertUint16Array(DcmTag(DCM_LUTDescriptor, EVR_US), descriptor, 3);
    item->putAndInsertUint16Array(DcmTag(DCM_LUTData, EVR_OW), lut.data.data(), (unsigned long)lut.data.size());
    if (!lut.explanation.isEmpty())
        item->putAndInsertString(DCM_LUTExplanation, lut.explanation.toLatin1().constData());
    if (lutType)
        item->putAndInsertString(DCM_ModalityLUTType, lutType);
    return file.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good();
}

// One generated file, the MedicalImage that mirrors it (built by hand, so the pipeline is checked independently
// of the loader), and the VOI choices to compare.
struct ParityCase
{
    QString name;
    DisplaySettings settings;
    DcmtkSetup dcmtk;
    int frame = 0;
};

struct ParityFixture
{
    QString name;
    fixtures::DicomSpec spec;
    MedicalImageInfo info;
    std::optional<LookupTable> voiLut, modalityLut;
    QList<ParityCase> cases;
};

MedicalImageInfo mirrorInfo(const fixtures::DicomSpec& spec)
{
    MedicalImageInfo info = monoInfo(spec.columns, spec.rows, spec.bitsStored, spec.signedPixels);
    info.photometric = spec.photometric;
    info.bitsAllocated = spec.bitsAllocated;
    info.frames = spec.frames;
    return info;
}

DisplaySettings custom(double c, double w)
{
    DisplaySettings s;
    s.windowCenter = c;
    s.windowWidth = w;
    return s;
}

DisplaySettings preset(int k)
{
    DisplaySettings s;
    s.presetIndex = k;
    return s;
}

DisplaySettings inverted()
{
    DisplaySettings s;
    s.invert = true;
    return s;
}

ParityCase customCase(double c, double w)
{
    return {QStringLiteral("custom C %1 W %2").arg(c).arg(w), custom(c, w),
            [c, w](DicomImage& d) { d.setWindow(c, w); }};
}

QList<ParityFixture> parityFixtures()
{
    QList<ParityFixture> all;
    const ParityCase byDefault{QStringLiteral("default"), {}, dcmtkDefault};
    DisplaySettings minMaxSettings;
    minMaxSettings.minMaxWindow = true;
    const ParityCase minMax{QStringLiteral("min/max"), minMaxSettings, [](DicomImage& d) { d.setMinMaxWindow(0); }};
    auto fixture = [](const QString& name, int bits, bool isSigned, qint32 lo, qint32 hi) {
        ParityFixture f;
        f.name = name;
        f.spec.rows = 48;
        f.spec.columns = 40;
        f.spec.bitsStored = bits;
        f.spec.bitsAllocated = bits > 8 ? 16 : 8;
        f.spec.signedPixels = isSigned;
        f.spec.pixels = noisePixels(qint64(f.spec.rows) * f.spec.columns, lo, hi, quint32(bits * 31 + isSigned));
        return f;
    };

    ParityFixture presets = fixture(QStringLiteral("mono2-12bit-presets"), 12, false, 3, 4090);
    presets.spec.attributes = {{QStringLiteral("0028,1050"), QStringLiteral("1000\\2047.5")},
                               {QStringLiteral("0028,1051"), QStringLiteral("500\\4096")}};
    presets.info = mirrorInfo(presets.spec);
    presets.info.windowPresets = {{1000, 500, {}}, {2047.5, 4096, {}}};
    presets.cases = {byDefault,
                     {QStringLiteral("preset 2"), preset(1), [](DicomImage& d) { d.setWindow(1); }},
                     customCase(2047.3, 517),
                     customCase(100, 1),
                     customCase(3000, 2.5),
                     minMax,
                     {QStringLiteral("reader invert"), inverted(), [](DicomImage& d) {
                          dcmtkDefault(d);
                          d.setPresentationLutShape(ESP_Inverse);
                      }}};
    all << presets;

    ParityFixture mono1 = fixture(QStringLiteral("mono1-10bit"), 10, false, 0, 1023);
    mono1.spec.photometric = QStringLiteral("MONOCHROME1");
    mono1.spec.attributes = {{QStringLiteral("0028,1050"), QStringLiteral("550")},
                             {QStringLiteral("0028,1051"), QStringLiteral("1024")}};
    mono1.info = mirrorInfo(mono1.spec);
    mono1.info.windowPresets = {{550, 1024, {}}};
    mono1.cases = {byDefault, customCase(300, 200), minMax};
    all << mono1;

    ParityFixture ct = fixture(QStringLiteral("signed-16bit-rescale"), 16, true, -3000, 3000);
    ct.spec.modality = QStringLiteral("CT");
    ct.spec.attributes = {{QStringLiteral("0028,1052"), QStringLiteral("-1024")},
                          {QStringLiteral("0028,1053"), QStringLiteral("2")},
                          {QStringLiteral("0028,1050"), QStringLiteral("40")},
                          {QStringLiteral("0028,1051"), QStringLiteral("400")}};
    ct.info = mirrorInfo(ct.spec);
    ct.info.rescaleIntercept = -1024;
    ct.info.rescaleSlope = 2;
    ct.info.windowPresets = {{40, 400, {}}};
    ct.cases = {byDefault, customCase(-1024, 6000), minMax};
    all << ct;

    ParityFixture sigmoid = fixture(QStringLiteral("sigmoid"), 12, false, 0, 4095);
    sigmoid.spec.attributes = {{QStringLiteral("0028,1050"), QStringLiteral("2000")},
                               {QStringLiteral("0028,1051"), QStringLiteral("1500")},
                               {QStringLiteral("0028,1056"), QStringLiteral("SIGMOID")}};
    sigmoid.info = mirrorInfo(sigmoid.spec);
    sigmoid.info.windowPresets = {{2000, 1500, {}}};
    sigmoid.info.voiFunction = VoiFunction::Sigmoid;
    sigmoid.cases = {byDefault, customCase(1000, 300)};
    all << sigmoid;

    for (const QString& photometric : {QStringLiteral("MONOCHROME2"), QStringLiteral("MONOCHROME1")}) {
        ParityFixture inverse = fixture(QStringLiteral("%1-presentation-inverse").arg(photometric), 12, false, 0, 4095);
        inverse.spec.photometric = photometric;
        inverse.spec.modality = QStringLiteral("DX");
        inverse.spec.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.1.1");
        inverse.spec.attributes = {{QStringLiteral("2050,0020"), QStringLiteral("INVERSE")},
                                   {QStringLiteral("0028,1050"), QStringLiteral("2048")},
                                   {QStringLiteral("0028,1051"), QStringLiteral("4096")}};
        inverse.info = mirrorInfo(inverse.spec);
        inverse.info.presentationInverse = true;
        inverse.info.windowPresets = {{2048, 4096, {}}};
        inverse.cases = {byDefault, customCase(1000, 800)};
        all << inverse;
    }

    for (const int bits : {12, 16}) {
        ParityFixture voi = fixture(QStringLiteral("voi-lut-%1bit").arg(bits), 12, false, 0, 4095);
        LookupTable lut;
        lut.firstMapped = 200;
        lut.bitsPerEntry = bits;
        const int entries = 3000;
        const double top = std::ldexp(1.0, bits) - 1;
        for (int i = 0; i < entries; ++i) // a gamma-like curve over the entries
            lut.data.push_back(quint16(std::lround(top * std::pow(double(i) / (entries - 1), 0.6))));
        lut.explanation = QStringLiteral("GAMMA");
        voi.voiLut = lut;
        voi.info = mirrorInfo(voi.spec);
        voi.info.voiLuts = {lut};
        voi.cases = {byDefault, customCase(2048, 4096), {QStringLiteral("inverted"), inverted(), [](DicomImage& d) {
                                                             d.setVoiLut(0);
                                                             d.setPresentationLutShape(ESP_Inverse);
                                                         }}};
        all << voi;
    }

    ParityFixture mlut = fixture(QStringLiteral("modality-lut"), 12, false, 0, 4095);
    LookupTable m;
    m.firstMapped = 0;
    m.bitsPerEntry = 16;
    for (int i = 0; i < 4096; ++i)
        m.data.push_back(quint16(40000 - i * 7));
    mlut.modalityLut = m;
    mlut.info = mirrorInfo(mlut.spec);
    mlut.info.modalityLut = m;
    mlut.cases = {byDefault, customCase(30000, 10000)};
    all << mlut;

    ParityFixture eight = fixture(QStringLiteral("mono2-8bit"), 8, false, 20, 230);
    eight.info = mirrorInfo(eight.spec);
    eight.cases = {byDefault, customCase(128, 64)};
    all << eight;

    ParityFixture frames = fixture(QStringLiteral("multiframe"), 12, false, 0, 0);
    frames.spec.frames = 3;
    frames.spec.pixels.clear();
    for (int f = 0; f < 3; ++f) {
        const auto v = noisePixels(qint64(frames.spec.rows) * frames.spec.columns, 100 * f, 1000 + 1000 * f, f);
        frames.spec.pixels.insert(frames.spec.pixels.end(), v.begin(), v.end());
    }
    frames.info = mirrorInfo(frames.spec);
    ParityCase frame2 = minMax;
    frame2.name = QStringLiteral("frame 3 min/max");
    frame2.frame = 2;
    ParityCase frame1 = customCase(900, 700);
    frame1.frame = 1;
    frames.cases = {minMax, frame1, frame2};
    all << frames;
    return all;
}

bool writeParityFixture(const ParityFixture& f, const QString& path, QString* error)
{
    if (!fixtures::writeDicom(path, f.spec, error))
        return false;
    if (f.voiLut && !addLutSequence(path, DCM_VOILUTSequence, *f.voiLut, nullptr)) {
        *error = QStringLiteral("VOI LUT sequence not written");
        return false;
    }
    if (f.modalityLut && !addLutSequence(path, DCM_ModalityLUTSequence, *f.modalityLut, "US")) {
        *error = QStringLiteral("modality LUT sequence not written");
        return false;
    }
    return true;
}

MedicalImage mirrorImage(const ParityFixture& f)
{
    const qint64 frameSize = qint64(f.spec.rows) * f.spec.columns;
    std::vector<std::vector<qint32>> frames;
    for (int k = 0; k < f.spec.frames; ++k)
        frames.emplace_back(f.spec.pixels.begin() + k * frameSize, f.spec.pixels.begin() + (k + 1) * frameSize);
    return MedicalImage::monochrome(f.info, std::move(frames));
}

// Compares every case of every fixture; `load` gives the MedicalImage to render (mirror or loader).
void checkParity(const std::function<Result<MedicalImage>(const ParityFixture&, const QString&)>& load,
                 const char* label)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    int worstOverall = 0;
    for (const ParityFixture& f : parityFixtures()) {
        const QString path = dir.filePath(f.name + QStringLiteral(".dcm"));
        QString error;
        ASSERT_TRUE(writeParityFixture(f, path, &error)) << f.name.toStdString() << ": " << error.toStdString();
        const auto image = load(f, path);
        ASSERT_TRUE(image) << f.name.toStdString() << ": " << image.error().toString().toStdString();
        for (const ParityCase& c : f.cases) {
            const DcmtkOutput ref = dcmtkRender(path, c.frame, c.dcmtk);
            ASSERT_TRUE(ref.ok) << f.name.toStdString() << ": DCMTK: " << ref.why.toStdString();
            const int diff = maxDifference(renderDisplay(*image, c.frame, c.settings), ref);
            std::cout << "[parity " << label << "] " << f.name.toStdString() << " / " << c.name.toStdString()
                      << ": max difference " << diff << "\n";
            EXPECT_GE(diff, 0) << f.name.toStdString() << " / " << c.name.toStdString() << ": size differs";
            EXPECT_LE(diff, 1) << f.name.toStdString() << " / " << c.name.toStdString();
            worstOverall = std::max(worstOverall, diff);
        }
    }
    std::cout << "[parity " << label << "] worst: " << worstOverall << "\n";
}

TEST(DisplayParity, HandBuiltImagesMatchDcmtk)
{
    checkParity([](const ParityFixture& f, const QString&) -> Result<MedicalImage> { return mirrorImage(f); },
                "hand-built");
}

TEST(DisplayParity, LoadedFixturesMatchDcmtk)
{
    checkParity([](const ParityFixture&, const QString& path) { return loadRadiograph(path); }, "loader");
}

TEST(DisplayParity, SharedFilesMatchDcmtk)
{
    const QDir dir(kShared + QStringLiteral("/data/cxr/dicom"));
    if (kShared.isEmpty() || !dir.exists())
        GTEST_SKIP() << "no shared DICOM files (DESCRY_TEST_SHARED_DIR/data/cxr/dicom)";
    int compared = 0;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        const auto image = loadRadiograph(path);
        const DcmtkOutput first = dcmtkRender(path, 0, dcmtkDefault);
        if (!image || !first.ok) {
            std::cout << "[parity shared] " << name.toStdString()
                      << ": not compared (ours: " << (image ? "ok" : image.error().toString().toStdString())
                      << ", DCMTK: " << (first.ok ? "ok" : first.why.toStdString()) << ")\n";
            continue;
        }
        QList<int> frames{0};
        if (image->frameCount() > 1)
            frames << image->frameCount() / 2 << image->frameCount() - 1;
        for (int frame : frames) {
            const DcmtkOutput ref = frame == 0 ? first : dcmtkRender(path, frame, dcmtkDefault);
            ASSERT_TRUE(ref.ok) << name.toStdString() << " frame " << frame;
            const int diff = maxDifference(renderDisplay(*image, frame), ref);
            std::cout << "[parity shared] " << name.toStdString() << " frame " << frame + 1 << ": max difference "
                      << diff << "\n";
            EXPECT_GE(diff, 0) << name.toStdString() << ": size differs";
            EXPECT_LE(diff, 1) << name.toStdString() << " frame " << frame;
            ++compared;
        }
    }
    EXPECT_GT(compared, 0);
}

} // namespace
