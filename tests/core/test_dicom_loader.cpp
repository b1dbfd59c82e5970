// DICOM loader: one test per transfer syntax and per pixel/LUT path on fixtures generated here with DCMTK's and
// OpenJPEG's encoders, every decoded result checked against DCMTK's own DicomImage; refusals; the shared files.

#include "DicomFixtures.h"

#include "core/imaging/DicomLoader.h"
#include "core/imaging/detail/DcmtkErrors.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmimage/diregist.h>
#include <dcmtk/dcmimgle/dcmimage.h>
#include <dcmtk/dcmimgle/dipixel.h>

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <cmath>
#include <random>

using namespace descry;

namespace {

const char* const kExplicitLE = "1.2.840.10008.1.2.1";

// A smooth 16-bit-ish pattern (lossy codecs stay close on it), within `bits` stored bits.
std::vector<qint32> smoothPixels(const fixtures::DicomSpec& spec)
{
    std::vector<qint32> px;
    const double top = std::ldexp(1.0, spec.bitsStored) - 1.0;
    for (int f = 0; f < spec.frames; ++f)
        for (int y = 0; y < spec.rows; ++y)
            for (int x = 0; x < spec.columns; ++x)
                for (int s = 0; s < spec.samplesPerPixel; ++s) {
                    const double v = 0.5 + 0.4 * std::sin(0.08 * x + 0.05 * y + 0.7 * f + 1.3 * s);
                    px.push_back(qint32(std::lround(v * top)));
                }
    return px;
}

// DicomImage's modality values (after rescale / Modality LUT) of `frame`; empty when DCMTK cannot show the file.
std::vector<double> dcmtkModalityValues(const QString& path, int frame)
{
    descry::detail::initialiseDcmtk();
    DicomImage image(QFile::encodeName(path).constData(), 0, static_cast<unsigned long>(frame), 1);
    if (image.getStatus() != EIS_Normal)
        return {};
    const DiPixel* inter = image.getInterData();
    if (!inter || !inter->getData())
        return {};
    const size_t n = inter->getCount();
    std::vector<double> out(n);
    const void* d = inter->getData();
    for (size_t i = 0; i < n; ++i) {
        switch (inter->getRepresentation()) {
        case EPR_Uint8:
            out[i] = static_cast<const Uint8*>(d)[i];
            break;
        case EPR_Sint8:
            out[i] = static_cast<const Sint8*>(d)[i];
            break;
        case EPR_Uint16:
            out[i] = static_cast<const Uint16*>(d)[i];
            break;
        case EPR_Sint16:
            out[i] = static_cast<const Sint16*>(d)[i];
            break;
        case EPR_Uint32:
            out[i] = static_cast<const Uint32*>(d)[i];
            break;
        case EPR_Sint32:
            out[i] = static_cast<const Sint32*>(d)[i];
            break;
        }
    }
    return out;
}

// DicomImage's 8-bit RGB rendering of a colour `frame`.
std::vector<uint8_t> dcmtkRgb(const QString& path, int frame)
{
    descry::detail::initialiseDcmtk();
    DicomImage image(QFile::encodeName(path).constData(), 0, static_cast<unsigned long>(frame), 1);
    if (image.getStatus() != EIS_Normal || image.isMonochrome())
        return {};
    const auto* data = static_cast<const uint8_t*>(image.getOutputData(8, 0, 0));
    if (!data)
        return {};
    return std::vector<uint8_t>(data, data + image.getOutputDataSize(8));
}

// Every frame's modality values equal DicomImage's (the loader's part of "equal DCMTK's own output").
void expectMatchesDcmtk(const MedicalImage& image, const QString& path)
{
    for (int f = 0; f < image.frameCount(); ++f) {
        if (image.isColour()) {
            const std::vector<uint8_t> rgb = dcmtkRgb(path, f);
            ASSERT_EQ(rgb.size(), size_t(image.width()) * image.height() * 3) << path.toStdString();
            const QImage mine = image.colourFrame(f);
            int worst = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < 3 * image.width(); ++x)
                    worst = std::max(
                        worst, std::abs(int(mine.constScanLine(y)[x]) - int(rgb[size_t(y) * 3 * image.width() + x])));
            EXPECT_LE(worst, 2) << "frame " << f << " of " << path.toStdString();
            continue;
        }
        const std::vector<double> ref = dcmtkModalityValues(path, f);
        ASSERT_EQ(ref.size(), size_t(image.width()) * image.height()) << path.toStdString();
        const qint32* stored = image.storedFrame(f);
        size_t mismatches = 0;
        for (size_t i = 0; i < ref.size(); ++i)
            if (std::abs(image.modalityValue(stored[i]) - ref[i]) > 0.5)
                ++mismatches;
        EXPECT_EQ(mismatches, 0u) << "frame " << f << " of " << path.toStdString();
    }
}

// Writes encapsulated pixel data (one codestream per frame, optional Basic Offset Table) in syntax `xfer`.
bool writeEncapsulated(const QString& path, const fixtures::DicomSpec& spec, const std::vector<QByteArray>& frames,
                       E_TransferSyntax xfer, bool offsetTable, QString* error)
{
    const QString native = path + QStringLiteral(".native");
    if (!fixtures::writeDicom(native, spec, error))
        return false;
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(native).constData()).bad())
        return false;
    DcmDataset* ds = file.getDataset();
    auto* seq = new DcmPixelSequence(DcmTag(DCM_PixelSequenceTag));
    auto* table = new DcmPixelItem(DcmTag(DCM_Item, EVR_OB));
    std::vector<Uint8> offsets;
    Uint32 position = 0;
    for (const QByteArray& f : frames) {
        for (int b = 0; b < 4; ++b)
            offsets.push_back(Uint8(position >> (8 * b)));
        position += 8 + Uint32(f.size() + (f.size() % 2));
    }
    if (offsetTable)
        table->putUint8Array(offsets.data(), Uint32(offsets.size()));
    seq->insert(table);
    for (const QByteArray& f : frames) {
        auto* item = new DcmPixelItem(DcmTag(DCM_Item, EVR_OB));
        item->putUint8Array(reinterpret_cast<const Uint8*>(f.constData()), Uint32(f.size()));
        seq->insert(item);
    }
    auto* pixels = new DcmPixelData(DCM_PixelData);
    pixels->putOriginalRepresentation(xfer, nullptr, seq);
    ds->insert(pixels, true);
    const OFCondition c = file.saveFile(QFile::encodeName(path).constData(), xfer);
    if (c.bad() && error)
        *error = QString::fromLatin1(c.text());
    return c.good();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

class DicomLoaderTest : public ::testing::Test
{
protected:
    QString file(const QString& name) const { return m_dir.filePath(name); }

    QString write(const QString& name, const fixtures::DicomSpec& spec)
    {
        QString error;
        const QString path = file(name);
        EXPECT_TRUE(fixtures::writeDicom(path, spec, &error)) << error.toStdString();
        return path;
    }

    // Writes `spec` explicit LE, then runs `tool` (dcmcjpeg, dcmcjpls, dcmcrle) with `options` on it.
    QString compress(const QString& name, const fixtures::DicomSpec& spec, const QString& tool,
                     const QStringList& options)
    {
        const QString in = write(name + QStringLiteral(".in.dcm"), spec);
        const QString out = file(name);
        QString error;
        if (!fixtures::runTool(tool, options + QStringList{in, out}, &error)) {
            m_skip = error;
            return {};
        }
        return out;
    }

    // A J2K codestream of one frame, from opj_compress on a raw little-endian image.
    QByteArray jpeg2000(const fixtures::DicomSpec& spec, const std::vector<qint32>& px, int frame,
                        const QStringList& options)
    {
        const size_t n = size_t(spec.rows) * spec.columns * spec.samplesPerPixel;
        QByteArray raw;
        for (size_t i = 0; i < n; ++i) {
            const qint32 v = px[size_t(frame) * n + i];
            if (spec.bitsAllocated == 8)
                raw.append(char(v & 0xFF));
            else
                raw.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
        }
        const QString in = file(QStringLiteral("frame%1.rawl").arg(frame));
        const QString out = file(QStringLiteral("frame%1.j2k").arg(frame));
        writeBytes(in, raw);
        const QString format = QStringLiteral("%1,%2,%3,%4,%5")
                                   .arg(spec.columns)
                                   .arg(spec.rows)
                                   .arg(spec.samplesPerPixel)
                                   .arg(spec.bitsStored)
                                   .arg(spec.signedPixels ? QLatin1Char('s') : QLatin1Char('u'));
        QString error;
        if (!fixtures::runTool(
                QStringLiteral("opj_compress"),
                QStringList{QStringLiteral("-i"), in, QStringLiteral("-o"), out, QStringLiteral("-F"), format} +
                    options,
                &error)) {
            m_skip = error;
            return {};
        }
        return readAll(out);
    }

    static void expectStored(const MedicalImage& image, const fixtures::DicomSpec& spec,
                             const std::vector<qint32>& px = {})
    {
        ASSERT_FALSE(image.isColour());
        ASSERT_EQ(image.frameCount(), spec.frames);
        ASSERT_EQ(image.width(), spec.columns);
        ASSERT_EQ(image.height(), spec.rows);
        size_t wrong = 0, i = 0;
        for (int f = 0; f < spec.frames; ++f)
            for (int y = 0; y < spec.rows; ++y)
                for (int x = 0; x < spec.columns; ++x, ++i) {
                    const qint32 want = px.empty() ? fixtures::gradientValue(spec, f, y, x) : px[i];
                    if (image.storedValue(f, x, y) != want)
                        ++wrong;
                }
        EXPECT_EQ(wrong, 0u);
    }

    // Largest |decoded - original| over every pixel.
    static int worstError(const MedicalImage& image, const fixtures::DicomSpec& spec, const std::vector<qint32>& px)
    {
        int worst = 0;
        size_t i = 0;
        for (int f = 0; f < spec.frames; ++f)
            for (int y = 0; y < spec.rows; ++y)
                for (int x = 0; x < spec.columns; ++x, ++i)
                    worst = std::max(worst, std::abs(image.storedValue(f, x, y) - px[i]));
        return worst;
    }

    // Largest difference of decoded and original values, each mapped from its own min..max onto 0..1.
    static double rangeError(const MedicalImage& image, const std::vector<qint32>& px)
    {
        const auto [lo, hi] = image.storedRange(0);
        const auto [plo, phi] = std::minmax_element(px.begin(), px.end());
        double worst = 0.0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const double a = double(image.storedValue(0, x, y) - lo) / std::max(1, hi - lo);
                const double b = double(px[size_t(y) * image.width() + x] - *plo) / std::max(1, *phi - *plo);
                worst = std::max(worst, std::abs(a - b));
            }
        return worst;
    }

    Result<MedicalImage> load(const QString& path, const DicomLoadOptions& options = {})
    {
        return loadDicom(path, options);
    }

    static void expectRefused(const Result<MedicalImage>& r, const QString& path, const char* words)
    {
        ASSERT_FALSE(r.ok()) << path.toStdString();
        EXPECT_EQ(r.error().code(), ErrorCode::Input) << r.error().toString().toStdString();
        EXPECT_FALSE(r.error().toString().contains(QLatin1Char('\n')));
        EXPECT_TRUE(r.error().toString().startsWith(path)) << r.error().toString().toStdString();
        EXPECT_TRUE(r.error().message().contains(QLatin1String(words), Qt::CaseInsensitive))
            << r.error().toString().toStdString();
    }

    QTemporaryDir m_dir;
    QString m_skip;
};

#define SKIP_IF_TOOL_MISSING()                                                                                         \
    if (!m_skip.isEmpty())                                                                                             \
    GTEST_SKIP() << m_skip.toStdString()

fixtures::DicomSpec spec16()
{
    fixtures::DicomSpec s;
    s.rows = 48;
    s.columns = 64;
    s.bitsAllocated = 16;
    s.bitsStored = 16;
    return s;
}

} // namespace

TEST_F(DicomLoaderTest, UncompressedSyntaxesRoundTripExactly)
{
    const std::pair<const char*, const char*> syntaxes[] = {{"1.2.840.10008.1.2", "implicit"},
                                                            {kExplicitLE, "explicit"},
                                                            {"1.2.840.10008.1.2.2", "big"},
                                                            {"1.2.840.10008.1.2.1.99", "deflated"}};
    for (const auto& [uid, name] : syntaxes) {
        SCOPED_TRACE(name);
        fixtures::DicomSpec spec = spec16();
        spec.transferSyntaxUid = QLatin1String(uid);
        const QString path = write(QStringLiteral("%1.dcm").arg(QLatin1String(name)), spec);
        auto image = load(path);
        ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
        EXPECT_EQ(image->info().transferSyntaxUid, QLatin1String(uid));
        EXPECT_FALSE(image->info().transferSyntaxInferred);
        EXPECT_TRUE(image->info().hasFileMeta);
        expectStored(*image, spec);
        expectMatchesDcmtk(*image, path);
    }
}

TEST_F(DicomLoaderTest, EightBitUncompressedBothByteOrders)
{
    for (const char* uid : {kExplicitLE, "1.2.840.10008.1.2.2", "1.2.840.10008.1.2"}) {
        fixtures::DicomSpec spec = spec16();
        spec.bitsAllocated = spec.bitsStored = 8;
        spec.transferSyntaxUid = QLatin1String(uid);
        const QString path = write(QStringLiteral("eight-%1.dcm").arg(QLatin1String(uid)), spec);
        auto image = load(path);
        ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
        expectStored(*image, spec);
        expectMatchesDcmtk(*image, path);
    }
}

TEST_F(DicomLoaderTest, JpegBaselineIsCloseAndEqualsDcmtk)
{
    fixtures::DicomSpec spec = spec16();
    spec.bitsAllocated = spec.bitsStored = 8;
    spec.pixels = smoothPixels(spec);
    const QString path =
        compress(QStringLiteral("baseline.dcm"), spec, QStringLiteral("dcmcjpeg"), {QStringLiteral("+eb")});
    SKIP_IF_TOOL_MISSING();
    auto image = load(path);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    EXPECT_EQ(image->info().transferSyntaxUid, QLatin1String("1.2.840.10008.1.2.4.50"));
    // dcmcjpeg rescales lossy monochrome to the pixels' min..max range: compare on that scale.
    EXPECT_LE(rangeError(*image, spec.pixels), 0.03);
    expectMatchesDcmtk(*image, path);
}

TEST_F(DicomLoaderTest, JpegExtendedTwelveBitIsCloseAndEqualsDcmtk)
{
    fixtures::DicomSpec spec = spec16();
    spec.bitsStored = 12;
    spec.pixels = smoothPixels(spec);
    const QString path =
        compress(QStringLiteral("extended.dcm"), spec, QStringLiteral("dcmcjpeg"), {QStringLiteral("+ee")});
    SKIP_IF_TOOL_MISSING();
    auto image = load(path);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    EXPECT_EQ(image->info().transferSyntaxUid, QLatin1String("1.2.840.10008.1.2.4.51"));
    EXPECT_LE(rangeError(*image, spec.pixels), 0.03);
    expectMatchesDcmtk(*image, path);
}

TEST_F(DicomLoaderTest, LosslessCodecsRoundTripExactly)
{
    struct Case
    {
        const char* tool;
        const char* option;
        const char* uid;
    };
    const Case cases[] = {{"dcmcjpeg", "+e1", "1.2.840.10008.1.2.4.70"},
                          {"dcmcjpeg", "+el", "1.2.840.10008.1.2.4.57"},
                          {"dcmcjpls", "+el", "1.2.840.10008.1.2.4.80"},
                          {"dcmcrle", "+ti", "1.2.840.10008.1.2.5"}};
    for (const Case& c : cases) {
        SCOPED_TRACE(c.uid);
        fixtures::DicomSpec spec = spec16();
        spec.bitsStored = 16;
        const QString path =
            compress(QStringLiteral("%1.dcm").arg(QLatin1String(c.uid)), spec, QLatin1String(c.tool),
                     c.option == std::string("+ti") ? QStringList{} : QStringList{QLatin1String(c.option)});
        SKIP_IF_TOOL_MISSING();
        auto image = load(path);
        ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
        EXPECT_EQ(image->info().transferSyntaxUid, QLatin1String(c.uid));
        expectStored(*image, spec);
        expectMatchesDcmtk(*image, path);
    }
}

TEST_F(DicomLoaderTest, JpegLsNearLosslessStaysWithinItsBound)
{
    fixtures::DicomSpec spec = spec16();
    spec.bitsStored = 12;
    spec.pixels = smoothPixels(spec);
    const QString path = compress(QStringLiteral("near.dcm"), spec, QStringLiteral("dcmcjpls"),
                                  {QStringLiteral("+en"), QStringLiteral("+md"), QStringLiteral("3")});
    SKIP_IF_TOOL_MISSING();
    auto image = load(path);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    EXPECT_EQ(image->info().transferSyntaxUid, QLatin1String("1.2.840.10008.1.2.4.81"));
    EXPECT_LE(worstError(*image, spec, spec.pixels), 3);
    expectMatchesDcmtk(*image, path);
}

TEST_F(DicomLoaderTest, Jpeg2000LosslessRoundTripsExactly)
{
    for (const bool isSigned : {false, true}) {
        SCOPED_TRACE(isSigned ? "signed" : "unsigned");
        fixtures::DicomSpec spec = spec16();
        spec.bitsStored = 12;
        spec.signedPixels = isSigned;
        std::vector<qint32> px;
        for (int y = 0; y < spec.rows; ++y)
            for (int x = 0; x < spec.columns; ++x)
                px.push_back(fixtures::gradientValue(spec, 0, y, x));
        spec.pixels = px;
        const QByteArray j2k = jpeg2000(spec, px, 0, {});
        SKIP_IF_TOOL_MISSING();
        const QString path = file(isSigned ? QStringLiteral("j2k-s.dcm") : QStringLiteral("j2k-u.dcm"));
        QString error;
        ASSERT_TRUE(writeEncapsulated(path, spec, {j2k}, EXS_JPEG2000LosslessOnly, false, &error))
            << error.toStdString();
        auto image = load(path);
        ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
        EXPECT_EQ(image->info().transferSyntaxUid, QLatin1String("1.2.840.10008.1.2.4.90"));
        EXPECT_EQ(image->info().transferSyntaxName, QStringLiteral("JPEG 2000 (Lossless only)"));
        expectStored(*image, spec, px);
    }
}

TEST_F(DicomLoaderTest, Jpeg2000LossyIsClose)
{
    fixtures::DicomSpec spec = spec16();
    spec.bitsStored = 16;
    spec.pixels = smoothPixels(spec);
    const QByteArray j2k = jpeg2000(spec, spec.pixels, 0, {QStringLiteral("-r"), QStringLiteral("20")});
    SKIP_IF_TOOL_MISSING();
    const QString path = file(QStringLiteral("j2k-lossy.dcm"));
    QString error;
    ASSERT_TRUE(writeEncapsulated(path, spec, {j2k}, EXS_JPEG2000, false, &error)) << error.toStdString();
    auto image = load(path);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    EXPECT_EQ(image->info().transferSyntaxUid, QLatin1String("1.2.840.10008.1.2.4.91"));
    const int worst = worstError(*image, spec, spec.pixels);
    EXPECT_GT(worst, 0); // really lossy
    EXPECT_LE(worst, 65535 / 50);
}

TEST_F(DicomLoaderTest, Jpeg2000MultiFrameWithAndWithoutOffsetTableAndSplitFragments)
{
    fixtures::DicomSpec spec = spec16();
    spec.frames = 3;
    spec.bitsStored = 12;
    std::vector<qint32> px;
    for (int f = 0; f < spec.frames; ++f)
        for (int y = 0; y < spec.rows; ++y)
            for (int x = 0; x < spec.columns; ++x)
                px.push_back(fixtures::gradientValue(spec, f, y, x));
    spec.pixels = px;
    std::vector<QByteArray> frames;
    for (int f = 0; f < spec.frames; ++f)
        frames.push_back(jpeg2000(spec, px, f, {}));
    SKIP_IF_TOOL_MISSING();
    for (const bool table : {false, true}) {
        const QString path = file(table ? QStringLiteral("mf-bot.dcm") : QStringLiteral("mf.dcm"));
        QString error;
        ASSERT_TRUE(writeEncapsulated(path, spec, frames, EXS_JPEG2000LosslessOnly, table, &error));
        auto image = load(path);
        ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
        expectStored(*image, spec, px);
    }
    // Each frame in two fragments, no offset table: frames are found at codestream starts.
    std::vector<QByteArray> split;
    for (const QByteArray& f : frames) {
        const int half = (f.size() / 2) & ~1;
        split.push_back(f.left(half));
        split.push_back(f.mid(half));
    }
    const QString path = file(QStringLiteral("mf-split.dcm"));
    QString error;
    ASSERT_TRUE(writeEncapsulated(path, spec, split, EXS_JPEG2000LosslessOnly, false, &error));
    auto image = load(path);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    expectStored(*image, spec, px);
}

TEST_F(DicomLoaderTest, MultiFrameFramesAreDistinctNativeAndRle)
{
    fixtures::DicomSpec spec = spec16();
    spec.frames = 4;
    spec.bitsStored = 12;
    const QString native = write(QStringLiteral("mf-native.dcm"), spec);
    auto image = load(native);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    EXPECT_EQ(image->frameCount(), 4);
    expectStored(*image, spec);
    EXPECT_NE(image->storedValue(1, 0, 0), image->storedValue(2, 0, 0));
    expectMatchesDcmtk(*image, native);
    const QString rle = compress(QStringLiteral("mf-rle.dcm"), spec, QStringLiteral("dcmcrle"), {});
    SKIP_IF_TOOL_MISSING();
    auto decoded = load(rle);
    ASSERT_TRUE(decoded.ok()) << decoded.error().toString().toStdString();
    expectStored(*decoded, spec);
}

TEST_F(DicomLoaderTest, ProgressIsPerFrameAndCancelStops)
{
    fixtures::DicomSpec spec = spec16();
    spec.frames = 5;
    const QString path = write(QStringLiteral("progress.dcm"), spec);
    int calls = 0;
    Progress progress;
    progress.report = [&](double, const QString&) { return ++calls < 3; };
    auto r = loadDicom(path, {}, progress);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), ErrorCode::Cancelled);
    EXPECT_EQ(calls, 3);
    std::atomic<bool> cancel{true};
    Progress cancelled;
    cancelled.cancel = &cancel;
    auto c = loadDicom(path, {}, cancelled);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code(), ErrorCode::Cancelled);
}

TEST_F(DicomLoaderTest, RgbPlanarConfigurationOneAndYbrFull)
{
    for (const char* photometric : {"RGB", "YBR_FULL"}) {
        for (const int planar : {0, 1}) {
            SCOPED_TRACE(std::string(photometric) + (planar ? " planar" : " interleaved"));
            fixtures::DicomSpec spec = spec16();
            spec.samplesPerPixel = 3;
            spec.bitsAllocated = spec.bitsStored = 8;
            spec.photometric = QLatin1String(photometric);
            spec.planarConfiguration = planar;
            const QString path = write(QStringLiteral("%1-%2.dcm").arg(QLatin1String(photometric)).arg(planar), spec);
            auto image = load(path);
            ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
            ASSERT_TRUE(image->isColour());
            const QImage rgb = image->colourFrame(0);
            ASSERT_EQ(rgb.format(), QImage::Format_RGB888);
            if (spec.photometric == QLatin1String("RGB")) {
                for (int s = 0; s < 3; ++s)
                    EXPECT_EQ(int(rgb.constScanLine(5)[3 * 7 + s]), fixtures::gradientValue(spec, 0, 5, 7, s) & 0xFF);
            }
            expectMatchesDcmtk(*image, path);
        }
    }
}

TEST_F(DicomLoaderTest, YbrFullJpegIsConvertedToRgbLikeDcmtk)
{
    fixtures::DicomSpec spec = spec16();
    spec.samplesPerPixel = 3;
    spec.photometric = QStringLiteral("RGB");
    spec.bitsAllocated = spec.bitsStored = 8;
    spec.pixels = smoothPixels(spec);
    const QString path = compress(QStringLiteral("colour-jpeg.dcm"), spec, QStringLiteral("dcmcjpeg"),
                                  {QStringLiteral("+eb"), QStringLiteral("+cy"), QStringLiteral("+s2")});
    SKIP_IF_TOOL_MISSING();
    auto image = load(path);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    ASSERT_TRUE(image->isColour());
    expectMatchesDcmtk(*image, path);
    const QImage rgb = image->colourFrame(0);
    const int want = spec.pixels[size_t((10 * spec.columns + 10) * 3)];
    EXPECT_NEAR(int(rgb.constScanLine(10)[30]), want, 12);
}

TEST_F(DicomLoaderTest, SignedTwelveBitsAndGarbageAboveBitsStored)
{
    fixtures::DicomSpec spec = spec16();
    spec.bitsStored = 12;
    spec.signedPixels = true;
    const QString path = write(QStringLiteral("signed.dcm"), spec);
    auto image = load(path);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    EXPECT_TRUE(image->info().signedPixels);
    EXPECT_EQ(image->info().highBit, 11);
    expectStored(*image, spec);
    EXPECT_LT(image->storedRange(0).first, 0);
    expectMatchesDcmtk(*image, path);

    fixtures::DicomSpec garbage = spec16();
    garbage.bitsStored = 10;
    std::vector<qint32> clean;
    for (int y = 0; y < garbage.rows; ++y)
        for (int x = 0; x < garbage.columns; ++x) {
            const qint32 v = fixtures::gradientValue(garbage, 0, y, x);
            clean.push_back(v);
            garbage.pixels.push_back(v | 0xA400); // bits 10..15 hold an overlay or junk
        }
    const QString junk = write(QStringLiteral("garbage.dcm"), garbage);
    auto masked = load(junk);
    ASSERT_TRUE(masked.ok()) << masked.error().toString().toStdString();
    expectStored(*masked, garbage, clean);
    expectMatchesDcmtk(*masked, junk);
}

// Regression (hostile test): slope 0 with an absurd intercept made every pixel one value (an all-black image with
// no warning); DCMTK ignores such a rescale, and so do we, saying so.
TEST_F(DicomLoaderTest, ZeroOrAbsurdRescaleIsIgnoredWithAWarning)
{
    for (const auto& [slope, intercept] : {std::pair{"0", "1e308"}, std::pair{"1e300", "0"}, std::pair{"0", "0"}}) {
        fixtures::DicomSpec spec = spec16();
        spec.bitsStored = 12;
        spec.attributes = {{"0028,1053", slope}, {"0028,1052", intercept}};
        const QString path = write(QStringLiteral("rescale-bad.dcm"), spec);
        auto image = load(path);
        ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
        EXPECT_EQ(image->info().rescaleSlope, 1.0) << slope;
        EXPECT_EQ(image->info().rescaleIntercept, 0.0) << slope;
        EXPECT_FALSE(image->info().warnings.isEmpty()) << slope;
        const auto [lo, hi] = image->modalityRange(0);
        EXPECT_LT(lo, hi) << slope;
    }
}

TEST_F(DicomLoaderTest, RescaleSlopeInterceptAndWindowPresets)
{
    fixtures::DicomSpec spec = spec16();
    spec.bitsStored = 12;
    spec.modality = QStringLiteral("DX");
    spec.attributes = {{"0028,1053", "2"},           {"0028,1052", "-1024"},     {"0028,1054", "HU"},
                       {"0028,1050", "500\\40"},     {"0028,1051", "1500\\400"}, {"0028,1055", "WIDE\\NARROW"},
                       {"0028,1056", "SIGMOID"},     {"2050,0020", "INVERSE"},   {"0028,0301", "NO"},
                       {"0018,1164", "0.139\\0.14"}, {"0018,5101", "PA"},        {"0018,0015", "CHEST"},
                       {"0010,0010", "DOE^JOHN"},    {"0010,0020", "ID123"}};
    const QString path = write(QStringLiteral("rescale.dcm"), spec);
    auto image = load(path);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    const MedicalImageInfo& info = image->info();
    EXPECT_DOUBLE_EQ(info.rescaleSlope, 2.0);
    EXPECT_DOUBLE_EQ(info.rescaleIntercept, -1024.0);
    EXPECT_EQ(info.rescaleType, QStringLiteral("HU"));
    EXPECT_DOUBLE_EQ(image->modalityValue(100), 2 * 100 - 1024);
    ASSERT_EQ(info.windowPresets.size(), 2);
    EXPECT_DOUBLE_EQ(info.windowPresets[1].center, 40);
    EXPECT_DOUBLE_EQ(info.windowPresets[1].width, 400);
    EXPECT_EQ(info.windowPresets[1].explanation, QStringLiteral("NARROW"));
    EXPECT_EQ(info.voiFunction, VoiFunction::Sigmoid);
    EXPECT_TRUE(info.presentationInverse);
    EXPECT_EQ(info.burnedInAnnotation, BurnedInAnnotation::No);
    EXPECT_EQ(info.spacing.source, SpacingSource::ImagerPixelSpacing);
    EXPECT_DOUBLE_EQ(info.spacing.rowMm, 0.139);
    EXPECT_DOUBLE_EQ(info.spacing.columnMm, 0.14);
    EXPECT_EQ(info.viewPosition, QStringLiteral("PA"));
    EXPECT_EQ(info.bodyPart, QStringLiteral("CHEST"));
    EXPECT_EQ(info.modality, QStringLiteral("DX"));
    EXPECT_EQ(info.identifiers.patientName, QStringLiteral("DOE^JOHN"));
    EXPECT_EQ(info.identifiers.patientId, QStringLiteral("ID123"));
    EXPECT_FALSE(info.identifiers.sopInstanceUid.isEmpty());
    EXPECT_EQ(info.sopClassName, QStringLiteral("ComputedRadiographyImageStorage"));
    EXPECT_EQ(info.sha256.size(), 64);
    expectMatchesDcmtk(*image, path);
}

TEST_F(DicomLoaderTest, ModalityAndVoiLutSequences)
{
    fixtures::DicomSpec spec = spec16();
    spec.bitsStored = 8;
    spec.attributes = {{"0028,0030", "0.2\\0.25"}, {"0018,1164", "0.3\\0.3"}};
    const QString native = write(QStringLiteral("lut.in.dcm"), spec);
    DcmFileFormat ff;
    ASSERT_TRUE(ff.loadFile(QFile::encodeName(native).constData()).good());
    DcmDataset* ds = ff.getDataset();
    // Modality LUT: 256 entries from stored 0, output 3 x stored + 7 (12 bits).
    DcmItem* item = nullptr;
    ASSERT_TRUE(ds->findOrCreateSequenceItem(DCM_ModalityLUTSequence, item, -2).good());
    const Uint16 descriptor[] = {256, 0, 12};
    item->putAndInsertUint16Array(DCM_LUTDescriptor, descriptor, 3);
    std::vector<Uint16> table(256);
    for (int i = 0; i < 256; ++i)
        table[size_t(i)] = Uint16(3 * i + 7);
    item->putAndInsertUint16Array(DCM_LUTData, table.data(), 256);
    item->putAndInsertString(DCM_ModalityLUTType, "OD");
    DcmItem* voi = nullptr;
    ASSERT_TRUE(ds->findOrCreateSequenceItem(DCM_VOILUTSequence, voi, -2).good());
    const Uint16 voiDescriptor[] = {0, 0, 16}; // 0 entries means 65536
    voi->putAndInsertUint16Array(DCM_LUTDescriptor, voiDescriptor, 3);
    std::vector<Uint16> ramp(65536);
    for (size_t i = 0; i < ramp.size(); ++i)
        ramp[i] = Uint16(65535 - i);
    voi->putAndInsertUint16Array(DCM_LUTData, ramp.data(), Uint32(ramp.size()));
    voi->putAndInsertString(DCM_LUTExplanation, "REVERSED");
    const QString path = file(QStringLiteral("lut.dcm"));
    ASSERT_TRUE(ff.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good());

    auto image = load(path);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    const MedicalImageInfo& info = image->info();
    ASSERT_FALSE(info.modalityLut.isEmpty());
    EXPECT_EQ(info.modalityLut.data.size(), 256u);
    EXPECT_EQ(info.modalityLut.bitsPerEntry, 12);
    EXPECT_EQ(info.rescaleType, QStringLiteral("OD"));
    EXPECT_DOUBLE_EQ(image->modalityValue(10), 37);
    ASSERT_EQ(info.voiLuts.size(), 1);
    EXPECT_EQ(info.voiLuts[0].data.size(), 65536u);
    EXPECT_EQ(info.voiLuts[0].explanation, QStringLiteral("REVERSED"));
    EXPECT_EQ(info.spacing.source, SpacingSource::PixelSpacing); // preferred over the imager's
    EXPECT_DOUBLE_EQ(info.spacing.columnMm, 0.25);
    expectMatchesDcmtk(*image, path);
}

TEST_F(DicomLoaderTest, NoFileMetaHeaderInfersSyntax)
{
    for (const char* uid : {"1.2.840.10008.1.2", kExplicitLE}) {
        fixtures::DicomSpec spec = spec16();
        spec.writeMetaHeader = false;
        spec.transferSyntaxUid = QLatin1String(uid);
        const QString path = write(QStringLiteral("nometa-%1.dcm").arg(QLatin1String(uid)), spec);
        EXPECT_TRUE(looksLikeDicom(path));
        auto image = load(path);
        ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
        EXPECT_FALSE(image->info().hasFileMeta);
        EXPECT_TRUE(image->info().transferSyntaxInferred);
        EXPECT_EQ(image->info().transferSyntaxUid, QLatin1String(uid));
        expectStored(*image, spec);
    }
}

TEST_F(DicomLoaderTest, StrayByteBeforeTheFirstAttributeIsSkipped)
{
    fixtures::DicomSpec spec = spec16();
    spec.writeMetaHeader = false;
    const QString clean = write(QStringLiteral("clean.dcm"), spec);
    const QString path = file(QStringLiteral("stray.dcm"));
    ASSERT_TRUE(writeBytes(path, QByteArray(1, ' ') + readAll(clean)));
    EXPECT_TRUE(looksLikeDicom(path));
    auto image = load(path);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    expectStored(*image, spec);
    EXPECT_FALSE(image->info().warnings.isEmpty());
}

TEST_F(DicomLoaderTest, FileMetaWithoutTransferSyntaxInfersIt)
{
    fixtures::DicomSpec spec = spec16();
    spec.transferSyntaxUid = QStringLiteral("1.2.840.10008.1.2");
    const QByteArray bytes = readAll(write(QStringLiteral("meta.dcm"), spec));
    // Cut (0002,0010) out of the explicit-VR meta header and fix its group length.
    const QByteArray tag("\x02\x00\x10\x00UI", 6);
    const int at = bytes.indexOf(tag, 132);
    ASSERT_GT(at, 0);
    const int length = uchar(bytes[at + 6]) | (uchar(bytes[at + 7]) << 8);
    QByteArray edited = bytes.left(at) + bytes.mid(at + 8 + length);
    const int groupLength = bytes.indexOf(QByteArray("\x02\x00\x00\x00UL", 6), 132);
    ASSERT_GT(groupLength, 0);
    quint32 g = quint32(uchar(edited[groupLength + 8])) | (quint32(uchar(edited[groupLength + 9])) << 8);
    g -= quint32(8 + length);
    edited[groupLength + 8] = char(g & 0xFF);
    edited[groupLength + 9] = char(g >> 8);
    const QString path = file(QStringLiteral("meta-no-ts.dcm"));
    ASSERT_TRUE(writeBytes(path, edited));
    auto image = load(path);
    ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
    EXPECT_TRUE(image->info().hasFileMeta);
    EXPECT_TRUE(image->info().transferSyntaxInferred);
    EXPECT_EQ(image->info().transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2"));
    expectStored(*image, spec);
}

TEST_F(DicomLoaderTest, RefusesTruncatedEmptyGarbageAndNonDicom)
{
    const QString whole = write(QStringLiteral("whole.dcm"), spec16());
    const QString cut = file(QStringLiteral("cut.dcm"));
    const QByteArray bytes = readAll(whole);
    ASSERT_TRUE(writeBytes(cut, bytes.left(bytes.size() / 2)));
    expectRefused(load(cut), cut, "truncated");
    EXPECT_FALSE(analyseDicom(cut).ok());

    const QString empty = file(QStringLiteral("empty.dcm"));
    ASSERT_TRUE(writeBytes(empty, {}));
    expectRefused(load(empty), empty, "empty");

    const QString garbage = file(QStringLiteral("garbage.dcm"));
    std::mt19937 rng(7);
    QByteArray junk;
    for (int i = 0; i < 4000; ++i)
        junk.append(char(rng() & 0xFF));
    ASSERT_TRUE(writeBytes(garbage, junk));
    EXPECT_FALSE(looksLikeDicom(garbage));
    expectRefused(load(garbage), garbage, "not a DICOM file");

    const QString missing = file(QStringLiteral("missing.dcm"));
    expectRefused(load(missing), missing, "does not exist");
}

TEST_F(DicomLoaderTest, RefusesNoPixelDataAndNonImageObjects)
{
    fixtures::DicomSpec spec = spec16();
    const QString native = write(QStringLiteral("nopixels.in.dcm"), spec);
    DcmFileFormat ff;
    ASSERT_TRUE(ff.loadFile(QFile::encodeName(native).constData()).good());
    ff.getDataset()->findAndDeleteElement(DCM_PixelData);
    const QString noPixels = file(QStringLiteral("nopixels.dcm"));
    ASSERT_TRUE(ff.saveFile(QFile::encodeName(noPixels).constData(), EXS_LittleEndianExplicit).good());
    expectRefused(load(noPixels), noPixels, "no pixel data");

    const std::pair<const char*, const char*> objects[] = {{"1.2.840.10008.5.1.4.1.1.88.22", "structured report"},
                                                           {"1.2.840.10008.5.1.4.1.1.11.1", "presentation state"},
                                                           {"1.2.840.10008.5.1.4.1.1.88.59", "key object"},
                                                           {"1.2.840.10008.5.1.4.1.1.104.1", "encapsulated document"}};
    for (const auto& [uid, words] : objects) {
        spec.sopClassUid = QLatin1String(uid);
        const QString path = write(QStringLiteral("%1.dcm").arg(QLatin1String(uid)), spec);
        expectRefused(load(path), path, words);
    }
}

TEST_F(DicomLoaderTest, RefusesAbsurdDimensionsBeforeAllocating)
{
    fixtures::DicomSpec spec = spec16();
    spec.rows = spec.columns = 2;
    const QString native = write(QStringLiteral("tiny.dcm"), spec);
    auto rewrite = [&](const QString& name, auto&& edit) {
        DcmFileFormat ff;
        EXPECT_TRUE(ff.loadFile(QFile::encodeName(native).constData()).good());
        edit(*ff.getDataset());
        const QString path = file(name);
        EXPECT_TRUE(ff.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good());
        return path;
    };
    const QString huge = rewrite(QStringLiteral("huge.dcm"), [](DcmDataset& ds) {
        ds.putAndInsertUint16(DCM_Rows, 65535);
        ds.putAndInsertUint16(DCM_Columns, 65535);
        ds.putAndInsertString(DCM_NumberOfFrames, "100000");
    });
    auto r = load(huge);
    expectRefused(r, huge, "absurd dimensions");
    EXPECT_TRUE(r.error().message().contains(QLatin1String("limit")));
    EXPECT_TRUE(r.error().message().contains(QLatin1String("2.0 GiB"))) << r.error().message().toStdString();
    expectRefused(analyseDicom(huge).ok() ? Result<MedicalImage>(MedicalImage())
                                          : Result<MedicalImage>(analyseDicom(huge).error()),
                  huge, "absurd dimensions");

    // Within the limit but the pixel data is far shorter than the header says.
    const QString shortData = rewrite(QStringLiteral("short.dcm"), [](DcmDataset& ds) {
        ds.putAndInsertUint16(DCM_Rows, 512);
        ds.putAndInsertUint16(DCM_Columns, 512);
    });
    expectRefused(load(shortData), shortData, "pixel data is truncated");

    const std::pair<std::function<void(DcmDataset&)>, const char*> broken[] = {
        {[](DcmDataset& ds) { ds.putAndInsertUint16(DCM_Rows, 0); }, "rows"},
        {[](DcmDataset& ds) { ds.putAndInsertString(DCM_NumberOfFrames, "0"); }, "Number of Frames"},
        {[](DcmDataset& ds) { ds.putAndInsertUint16(DCM_BitsAllocated, 12); }, "Bits Allocated"},
        {[](DcmDataset& ds) { ds.putAndInsertUint16(DCM_BitsStored, 17); }, "Bits Stored"},
        {[](DcmDataset& ds) { ds.putAndInsertUint16(DCM_HighBit, 3); }, "High Bit"},
        {[](DcmDataset& ds) { ds.putAndInsertUint16(DCM_SamplesPerPixel, 4); }, "samples per pixel"}};
    int i = 0;
    for (const auto& [edit, words] : broken) {
        const QString path = rewrite(QStringLiteral("broken%1.dcm").arg(i++), edit);
        expectRefused(load(path), path, words);
    }

    DicomLoadOptions small;
    small.maxPixelBytes = 1000;
    const QString normal = write(QStringLiteral("normal.dcm"), spec16());
    auto limited = load(normal, small);
    expectRefused(limited, normal, "limit");
}

TEST_F(DicomLoaderTest, RefusesUnsupportedSyntaxNamingIt)
{
    fixtures::DicomSpec spec = spec16();
    const QString path = file(QStringLiteral("mpeg2.dcm"));
    QString error;
    ASSERT_TRUE(writeEncapsulated(path, spec, {QByteArray(64, '\x01')}, EXS_MPEG2MainProfileAtMainLevel, false, &error))
        << error.toStdString();
    auto r = load(path);
    expectRefused(r, path, "not supported");
    EXPECT_TRUE(r.error().message().contains(QLatin1String("1.2.840.10008.1.2.4.100")));
    EXPECT_TRUE(r.error().message().contains(QLatin1String("MPEG2")));
}

TEST_F(DicomLoaderTest, TransferSyntaxNames)
{
    EXPECT_EQ(transferSyntaxName(QStringLiteral("1.2.840.10008.1.2.1")), QStringLiteral("Little Endian Explicit"));
    EXPECT_EQ(transferSyntaxName(QStringLiteral("1.2.840.10008.1.2.4.201")),
              QStringLiteral("High-Throughput JPEG 2000 Image Compression (Lossless Only)"));
    EXPECT_EQ(transferSyntaxName(QStringLiteral("1.2.3.4")), QStringLiteral("1.2.3.4"));
}

// The shared files: every one loads (and equals DicomImage) or is refused with a one-line Input error.
TEST(DicomSharedFiles, EachLoadsOrIsRefusedWithAReason)
{
    const QString dir = QStringLiteral(DESCRY_TEST_SHARED_DIR) + QStringLiteral("/data/cxr/dicom");
    if (QStringLiteral(DESCRY_TEST_SHARED_DIR).isEmpty() || !QDir(dir).exists())
        GTEST_SKIP() << "no shared DICOM files (DESCRY_TEST_SHARED_DIR/data/cxr/dicom)";
    const QMap<QString, QString> refused = {{QStringLiteral("MR_truncated.dcm"), QStringLiteral("truncated")},
                                            {QStringLiteral("GH178.dcm"), QStringLiteral("no pixel data")}};
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 12);
    for (const QString& name : files) {
        SCOPED_TRACE(name.toStdString());
        const QString path = QDir(dir).filePath(name);
        auto image = loadDicom(path);
        if (refused.contains(name)) {
            ASSERT_FALSE(image.ok());
            EXPECT_EQ(image.error().code(), ErrorCode::Input);
            EXPECT_TRUE(image.error().message().contains(refused[name])) << image.error().toString().toStdString();
            EXPECT_FALSE(image.error().toString().contains(QLatin1Char('\n')));
            continue;
        }
        ASSERT_TRUE(image.ok()) << image.error().toString().toStdString();
        EXPECT_GT(image->frameCount(), 0);
        if (name != QLatin1String("no_meta.dcm")) // DCMTK itself cannot read its stray first byte
            expectMatchesDcmtk(*image, path);
    }
    auto chest = loadDicom(QDir(dir).filePath(QStringLiteral("CR-MONO1-10-chest.dcm")));
    ASSERT_TRUE(chest.ok());
    EXPECT_TRUE(chest->info().isMonochrome1());
    EXPECT_EQ(chest->info().bitsStored, 10);
    EXPECT_TRUE(chest->info().transferSyntaxInferred);
    auto multi = loadDicom(QDir(dir).filePath(QStringLiteral("multiframe.dcm")));
    ASSERT_TRUE(multi.ok());
    EXPECT_EQ(multi->frameCount(), 140);
    EXPECT_TRUE(multi->isColour());
    auto noMeta = loadDicom(QDir(dir).filePath(QStringLiteral("no_meta.dcm")));
    ASSERT_TRUE(noMeta.ok());
    EXPECT_FALSE(noMeta->info().hasFileMeta);
    EXPECT_EQ(noMeta->info().rows, 128);
    EXPECT_TRUE(noMeta->info().signedPixels);
    EXPECT_EQ(noMeta->info().spacing.source, SpacingSource::PixelSpacing);
}
