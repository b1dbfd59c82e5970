// Every photo format a case brings (issue 13): each one generated here, decoded by content, compared by pixel.
#include "TimeBudget.h"
#include <opencv2/imgcodecs.hpp>

#include "core/imaging/ImageLoader.h"
#include "core/imaging/detail/ExifOrientation.h"
#include "core/imaging/detail/HeifCodec.h"

#include <QBuffer>
#include <QColorSpace>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

#include <jpeglib.h>

using namespace descry;

namespace {

// A smooth, asymmetric colour picture (no two corners alike), kind to lossy codecs.
QImage photo(int w = 96, int h = 64)
{
    QImage img(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            img.setPixelColor(x, y, QColor(40 + x * 180 / w, 30 + y * 200 / h, 200 - (x + y) * 150 / (w + h)));
    return img;
}

// The largest difference of any channel of any pixel; -1 when the sizes differ.
int maxAbsDiff(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return -1;
    const QImage x = a.convertToFormat(QImage::Format_RGB888), y = b.convertToFormat(QImage::Format_RGB888);
    int worst = 0;
    for (int r = 0; r < x.height(); ++r)
        for (int c = 0; c < x.width() * 3; ++c)
            worst = std::max(worst, std::abs(int(x.constScanLine(r)[c]) - int(y.constScanLine(r)[c])));
    return worst;
}

class ImageFormats : public ::testing::Test
{
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    QString save(const QString& name, const QImage& img, const char* format, int quality = -1)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, format);
        writer.setQuality(quality);
        EXPECT_TRUE(writer.write(img)) << writer.errorString().toStdString();
        return write(name, bytes);
    }
    static void expectOneLineInputError(const Result<LoadedImage>& r, const QString& path)
    {
        ASSERT_FALSE(r) << path.toStdString() << " loaded";
        EXPECT_EQ(r.error().code(), ErrorCode::Input);
        const QString text = r.error().toString();
        EXPECT_TRUE(text.contains(path)) << text.toStdString();
        EXPECT_FALSE(text.contains(QLatin1Char('\n'))) << text.toStdString();
    }
    QTemporaryDir m_dir;
};

// A JPEG of four-component pixels written by libjpeg: `ycck` stores YCCK, `adobe` keeps libjpeg's Adobe marker.
QByteArray cmykJpeg(const std::vector<uchar>& cmyk, int w, int h, bool ycck, bool adobe)
{
    jpeg_compress_struct c{};
    jpeg_error_mgr e{};
    c.err = jpeg_std_error(&e);
    jpeg_create_compress(&c);
    unsigned char* out = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&c, &out, &size);
    c.image_width = JDIMENSION(w);
    c.image_height = JDIMENSION(h);
    c.input_components = 4;
    c.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&c);
    jpeg_set_colorspace(&c, ycck ? JCS_YCCK : JCS_CMYK);
    c.write_Adobe_marker = adobe ? TRUE : FALSE;
    jpeg_set_quality(&c, 100, TRUE);
    jpeg_start_compress(&c, TRUE);
    while (c.next_scanline < c.image_height) {
        JSAMPROW row = const_cast<uchar*>(&cmyk[size_t(c.next_scanline) * size_t(w) * 4]);
        jpeg_write_scanlines(&c, &row, 1);
    }
    jpeg_finish_compress(&c);
    QByteArray bytes(reinterpret_cast<const char*>(out), qsizetype(size));
    jpeg_destroy_compress(&c);
    std::free(out);
    return bytes;
}

// A GIF of `frames` frames, 16x16, four colours, LZW written by hand: a clear code before every two pixels keeps
// every code 3 bits wide (no decoder-side dictionary growth to track).
QByteArray handWrittenGif(int frames)
{
    QByteArray g("GIF89a");
    auto u16 = [&](int v) { g.append(char(v & 0xFF)).append(char(v >> 8)); };
    u16(16);
    u16(16);
    g.append(char(0x81)).append('\0').append('\0'); // global table of 4 colours
    const uchar palette[12] = {255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255};
    g.append(reinterpret_cast<const char*>(palette), 12);
    g.append("\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00", 19);
    for (int f = 0; f < frames; ++f) {
        g.append("\x21\xF9\x04\x00\x0A\x00\x00\x00", 8); // graphic control: 0.1 s
        g.append(char(0x2C));
        u16(0);
        u16(0);
        u16(16);
        u16(16);
        g.append('\0');
        g.append(char(2)); // LZW minimum code size
        QByteArray bits;
        quint32 acc = 0;
        int n = 0;
        auto put = [&](int code) {
            acc |= quint32(code) << n;
            n += 3;
            while (n >= 8) {
                bits.append(char(acc & 0xFF));
                acc >>= 8;
                n -= 8;
            }
        };
        for (int i = 0; i < 256; ++i) {
            if (i % 2 == 0)
                put(4); // clear
            put(((i % 16) / 4 + i / 64 + f) % 4);
        }
        put(5); // end of information
        if (n > 0)
            bits.append(char(acc & 0xFF));
        for (qsizetype at = 0; at < bits.size(); at += 255) {
            const QByteArray block = bits.mid(at, 255);
            g.append(char(block.size())).append(block);
        }
        g.append('\0');
    }
    g.append(char(0x3B));
    return g;
}

// A JPEG with an EXIF APP1 segment holding only the orientation tag, inserted after SOI.
QByteArray withExifOrientation(const QByteArray& jpeg, int value)
{
    QByteArray exif("Exif\0\0MM\0*\0\0\0\x08", 14);
    exif.append(QByteArray("\0\x01\x01\x12\0\x03\0\0\0\x01", 10));
    exif.append(char(0)).append(char(value)).append(QByteArray(2, '\0'));
    exif.append(QByteArray(4, '\0')); // no next IFD
    QByteArray segment("\xFF\xE1");
    segment.append(char((exif.size() + 2) >> 8)).append(char((exif.size() + 2) & 0xFF)).append(exif);
    return jpeg.left(2) + segment + jpeg.mid(2);
}

QByteArray heic(const QImage& img, int quality = 90)
{
    auto bytes = descry::detail::encodeHeic(img, quality);
    EXPECT_TRUE(bytes) << bytes.error().toString().toStdString();
    return bytes ? *bytes : QByteArray();
}

} // namespace

TEST_F(ImageFormats, LosslessFormatsDecodeExactly)
{
    const QImage src = photo();
    struct Case
    {
        const char* writer;
        const char* file;
        const char* id;
        const char* name;
    };
    for (const Case& c :
         {Case{"png", "a.png", "png", "PNG"}, Case{"bmp", "a.bmp", "bmp", "BMP"}, Case{"tiff", "a.tif", "tiff", "TIFF"},
          Case{"webp", "a.webp", "webp", "WebP"}, Case{"ppm", "a.ppm", "ppm", "PPM"}}) {
        const QString path = save(QString::fromLatin1(c.file), src, c.writer, 100); // WebP 100: lossless
        auto r = loadImage(path);
        ASSERT_TRUE(r) << c.file << ": " << r.error().toString().toStdString();
        EXPECT_EQ(r->formatId, QString::fromLatin1(c.id));
        EXPECT_EQ(r->format, QString::fromLatin1(c.name));
        EXPECT_EQ(maxAbsDiff(r->image, src), 0) << c.file;
        EXPECT_EQ(r->exifOrientation, 1);
        EXPECT_EQ(r->colourNote, QStringLiteral("no embedded profile: sRGB assumed")) << c.file;
        EXPECT_TRUE(r->warnings.isEmpty()) << c.file << ": " << r->warnings.join(QLatin1Char('|')).toStdString();
    }
}

TEST_F(ImageFormats, LossyJpegWebpAndHeicStayCloseToTheSource)
{
    const QImage src = photo(128, 96);
    struct Case
    {
        QString path;
        const char* id;
        int tolerance;
    };
    const Case cases[] = {{save(QStringLiteral("q95.jpg"), src, "jpeg", 95), "jpeg", 12},
                          {save(QStringLiteral("q90.webp"), src, "webp", 90), "webp", 16},
                          {write(QStringLiteral("q90.heic"), heic(src)), "heic", 16}};
    for (const Case& c : cases) {
        auto r = loadImage(c.path);
        ASSERT_TRUE(r) << r.error().toString().toStdString();
        EXPECT_EQ(r->formatId, QString::fromLatin1(c.id));
        const int diff = maxAbsDiff(r->image, src);
        EXPECT_GE(diff, 0);
        EXPECT_LE(diff, c.tolerance) << c.id;
        std::printf("[ figures  ] %s max abs difference %d\n", c.id, diff);
    }
}

TEST_F(ImageFormats, ProgressiveJpegAnd16BitPngFromOpenCv)
{
    cv::Mat bgr(64, 96, CV_8UC3);
    for (int y = 0; y < bgr.rows; ++y)
        for (int x = 0; x < bgr.cols; ++x)
            bgr.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(200 - x), uchar(30 + 3 * y), uchar(40 + 2 * x));
    std::vector<uchar> jpeg;
    ASSERT_TRUE(cv::imencode(".jpg", bgr, jpeg, {cv::IMWRITE_JPEG_PROGRESSIVE, 1, cv::IMWRITE_JPEG_QUALITY, 95}));
    const QString progressive = write(QStringLiteral("progressive.jpg"),
                                      QByteArray(reinterpret_cast<const char*>(jpeg.data()), qsizetype(jpeg.size())));
    auto p = loadImage(progressive);
    ASSERT_TRUE(p) << p.error().toString().toStdString();
    EXPECT_EQ(p->format, QStringLiteral("JPEG (progressive)"));
    const QImage expected = QImage(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888).copy();
    EXPECT_LE(maxAbsDiff(p->image, expected), 12);

    cv::Mat deep;
    bgr.convertTo(deep, CV_16UC3, 257.0); // 8-bit values spread over 16 bits: exact after the 8-bit conversion
    std::vector<uchar> png;
    ASSERT_TRUE(cv::imencode(".png", deep, png));
    const QString path =
        write(QStringLiteral("deep.png"), QByteArray(reinterpret_cast<const char*>(png.data()), qsizetype(png.size())));
    auto d = loadImage(path);
    ASSERT_TRUE(d) << d.error().toString().toStdString();
    EXPECT_EQ(d->format, QStringLiteral("PNG (16-bit)"));
    EXPECT_EQ(maxAbsDiff(d->image, expected), 0);
}

TEST_F(ImageFormats, PalettePngAndAlphaCompositedOnWhite)
{
    const QImage indexed = photo().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    auto p = loadImage(save(QStringLiteral("palette.png"), indexed, "png"));
    ASSERT_TRUE(p) << p.error().toString().toStdString();
    EXPECT_EQ(p->format, QStringLiteral("PNG (palette)"));
    EXPECT_EQ(maxAbsDiff(p->image, indexed), 0);

    QImage alpha(64, 64, QImage::Format_ARGB32);
    alpha.fill(qRgba(200, 40, 20, 255));
    for (int y = 0; y < 32; ++y)
        for (int x = 0; x < 64; ++x)
            alpha.setPixel(x, y, qRgba(0, 0, 0, x < 32 ? 0 : 128)); // clear, then half-transparent black
    auto a = loadImage(save(QStringLiteral("alpha.png"), alpha, "png"));
    ASSERT_TRUE(a) << a.error().toString().toStdString();
    EXPECT_EQ(a->format, QStringLiteral("PNG (alpha)"));
    EXPECT_EQ(a->image.format(), QImage::Format_RGB888);
    EXPECT_EQ(a->image.pixel(5, 5), qRgb(255, 255, 255));
    const QRgb half = a->image.pixel(40, 5);
    EXPECT_NEAR(qRed(half), 127, 1);
    EXPECT_EQ(a->image.pixel(5, 40), qRgb(200, 40, 20));
    EXPECT_TRUE(a->colourNote.contains(QStringLiteral("transparent areas composited on white")));
}

TEST_F(ImageFormats, GifGivesItsFirstFrameAndCountsTheFrames)
{
    const QString path = write(QStringLiteral("anim.gif"), handWrittenGif(3));
    QImageReader reader(path);
    reader.setAutoTransform(false);
    const QImage qtFirst = reader.read();
    ASSERT_FALSE(qtFirst.isNull()) << reader.errorString().toStdString();
    auto r = loadImage(path);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->formatId, QStringLiteral("gif"));
    EXPECT_EQ(r->frames, 3);
    EXPECT_EQ(r->format, QStringLiteral("GIF (frame 1 of 3)"));
    EXPECT_EQ(r->image.pixel(0, 0), qRgb(255, 0, 0)); // palette index 0 of the first frame
    EXPECT_EQ(r->image.pixel(4, 0), qRgb(0, 255, 0)); // index 1
    EXPECT_EQ(maxAbsDiff(r->image, qtFirst), 0);

    auto single = loadImage(write(QStringLiteral("still.gif"), handWrittenGif(1)));
    ASSERT_TRUE(single) << single.error().toString().toStdString();
    EXPECT_EQ(single->format, QStringLiteral("GIF"));
}

TEST_F(ImageFormats, MultiPageTiffGivesPageOneAndStatesTheCount)
{
    std::vector<cv::Mat> pages;
    for (int i = 0; i < 3; ++i)
        pages.emplace_back(48, 64, CV_8UC3, cv::Scalar(20 + 80 * i, 100, 220 - 60 * i));
    const QString path = m_dir.filePath(QStringLiteral("scan.tiff"));
    ASSERT_TRUE(cv::imwritemulti(path.toStdString(), pages));
    auto r = loadImage(path);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->pages, 3);
    EXPECT_EQ(r->format, QStringLiteral("TIFF (page 1 of 3)"));
    EXPECT_EQ(r->image.pixel(10, 10), qRgb(220, 100, 20)); // OpenCV's BGR scalar of page 1
}

TEST_F(ImageFormats, CmykAndYcckJpegConvertWithAndWithoutAdobeInversion)
{
    const int w = 32, h = 32;
    const uchar ink[4] = {40, 160, 90, 30}; // cyan, magenta, yellow, black ink (0 = none)
    std::vector<uchar> plain(size_t(w * h * 4)), inverted(plain.size());
    for (size_t i = 0; i < plain.size(); ++i) {
        plain[i] = ink[i % 4];
        inverted[i] = uchar(255 - ink[i % 4]);
    }
    auto expectRgb = [&](const QImage& img) {
        const QColor c = img.pixelColor(16, 16);
        const int k = 255 - ink[3];
        EXPECT_NEAR(c.red(), (255 - ink[0]) * k / 255, 3);
        EXPECT_NEAR(c.green(), (255 - ink[1]) * k / 255, 3);
        EXPECT_NEAR(c.blue(), (255 - ink[2]) * k / 255, 3);
    };
    for (bool ycck : {false, true}) {
        // Photoshop's way: inverted values with an Adobe marker.
        auto adobe = loadImage(write(QStringLiteral("adobe.jpg"), cmykJpeg(inverted, w, h, ycck, true)));
        ASSERT_TRUE(adobe) << adobe.error().toString().toStdString();
        EXPECT_EQ(adobe->format, ycck ? QStringLiteral("JPEG (YCCK)") : QStringLiteral("JPEG (CMYK)"));
        expectRgb(adobe->image);
        EXPECT_TRUE(adobe->colourNote.contains(QStringLiteral("CMYK"))) << adobe->colourNote.toStdString();
    }
    // Plain ink values without the marker: Qt alone would show this as a negative.
    const QByteArray bare = cmykJpeg(plain, w, h, false, false);
    auto r = loadImage(write(QStringLiteral("plain.jpg"), bare));
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    expectRgb(r->image);
    const QImage qt = QImage::fromData(bare);
    EXPECT_GT(std::abs(qt.pixelColor(16, 16).red() - r->image.pixelColor(16, 16).red()), 50);
}

TEST_F(ImageFormats, ExifOrientationsOneToEightAreAppliedAndRecorded)
{
    const QImage upright = photo(80, 48);
    const int inverse[9] = {0, 1, 2, 3, 4, 5, 8, 7, 6};
    for (int v = 1; v <= 8; ++v) {
        const QImage stored = descry::detail::applyExifOrientation(upright, inverse[v]);
        QByteArray jpeg;
        QBuffer b(&jpeg);
        b.open(QIODevice::WriteOnly);
        ASSERT_TRUE(stored.save(&b, "JPEG", 100));
        const QString path = write(QStringLiteral("exif%1.jpg").arg(v), withExifOrientation(jpeg, v));
        auto r = loadImage(path);
        ASSERT_TRUE(r) << r.error().toString().toStdString();
        EXPECT_EQ(r->exifOrientation, v);
        EXPECT_TRUE(r->orientationNote.contains(QStringLiteral("(EXIF orientation %1)").arg(v)))
            << r->orientationNote.toStdString();
        // Qt's own EXIF handling of the same file is the reference: the same pixels exactly.
        QImageReader reference(path);
        reference.setAutoTransform(true);
        EXPECT_EQ(maxAbsDiff(r->image, reference.read()), 0) << "orientation " << v;
        EXPECT_LE(maxAbsDiff(r->image, upright), 8) << "orientation " << v;
    }
    auto none = loadImage(save(QStringLiteral("none.jpg"), upright, "jpeg", 95));
    ASSERT_TRUE(none);
    EXPECT_EQ(none->exifOrientation, 1);
    EXPECT_EQ(none->orientationNote, QStringLiteral("no EXIF orientation: used as stored"));
    auto six = loadImage(m_dir.filePath(QStringLiteral("exif6.jpg")));
    ASSERT_TRUE(six);
    EXPECT_EQ(six->orientationNote, QStringLiteral("rotated 90° clockwise (EXIF orientation 6)"));
}

TEST_F(ImageFormats, AdobeRgbProfilesAreConvertedToSrgb)
{
    QImage adobe = photo();
    adobe.setColorSpace(QColorSpace::AdobeRgb);
    const QImage expected = adobe.convertedToColorSpace(QColorSpace::SRgb).convertToFormat(QImage::Format_RGB888);
    ASSERT_GT(maxAbsDiff(expected, photo()), 10); // the conversion is visible, so the test can fail
    for (const char* format : {"png", "jpeg", "webp", "tiff"}) {
        const QString path = save(QStringLiteral("adobe.%1").arg(QLatin1String(format)), adobe, format, 100);
        auto r = loadImage(path);
        ASSERT_TRUE(r) << r.error().toString().toStdString();
        EXPECT_EQ(r->colourNote, QStringLiteral("converted from Adobe RGB (1998) to sRGB")) << format;
        EXPECT_LE(maxAbsDiff(r->image, expected), std::string(format) == "jpeg" ? 24 : 1) << format;
    }
    QImage srgb = photo();
    srgb.setColorSpace(QColorSpace::SRgb);
    auto s = loadImage(save(QStringLiteral("srgb.png"), srgb, "png"));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->colourNote, QStringLiteral("embedded profile is sRGB: no conversion needed"));
    EXPECT_EQ(maxAbsDiff(s->image, srgb), 0);
}

TEST_F(ImageFormats, WebpNamedJpgLoadsByContentWithANote)
{
    const QImage src = photo();
    const QString path = save(QStringLiteral("downloaded.jpg"), src, "webp", 100);
    auto r = loadImage(path);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->formatId, QStringLiteral("webp"));
    EXPECT_EQ(maxAbsDiff(r->image, src), 0);
    EXPECT_FALSE(r->damaged);
    EXPECT_TRUE(r->warnings.contains(QStringLiteral("named .jpg but is a WebP file")))
        << r->warnings.join(QLatin1Char('|')).toStdString();
    auto heicAsJpg = loadImage(write(QStringLiteral("phone.JPG"), heic(src)));
    ASSERT_TRUE(heicAsJpg) << heicAsJpg.error().toString().toStdString();
    EXPECT_EQ(heicAsJpg->formatId, QStringLiteral("heic"));
    EXPECT_TRUE(heicAsJpg->warnings.contains(QStringLiteral("named .JPG but is a HEIC file")));
}

TEST_F(ImageFormats, HeicStatesLibheifsTransformsAndKeepsTheContract)
{
    QImage src = photo(96, 64);
    const QString path = write(QStringLiteral("phone.heic"), heic(src));
    auto r = loadImage(path);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->format, QStringLiteral("HEIC"));
    EXPECT_EQ(r->image.size(), src.size());
    EXPECT_EQ(r->image.format(), QImage::Format_RGB888);
    EXPECT_EQ(r->sha256.size(), 64);
    EXPECT_TRUE(r->orientationNote.contains(QStringLiteral("libheif"))) << r->orientationNote.toStdString();
    EXPECT_FALSE(r->colourNote.isEmpty());

    src.setColorSpace(QColorSpace::AdobeRgb);
    auto adobe = loadImage(write(QStringLiteral("adobe.heic"), heic(src, 95)));
    ASSERT_TRUE(adobe) << adobe.error().toString().toStdString();
    EXPECT_EQ(adobe->colourNote, QStringLiteral("converted from Adobe RGB (1998) to sRGB"));
}

TEST_F(ImageFormats, HeicClaimingAHugeSizeIsRefusedBeforeDecoding)
{
    QByteArray bytes = heic(photo(64, 64));
    const qsizetype ispe = bytes.indexOf("ispe");
    ASSERT_GT(ispe, 0);
    // ispe: version/flags, then width and height (32-bit big-endian): 20000 x 20000 = 400 megapixels.
    const QByteArray huge("\x00\x00\x4E\x20\x00\x00\x4E\x20", 8);
    bytes.replace(ispe + 8, 8, huge);
    const QString path = write(QStringLiteral("huge.heic"), bytes);
    QElapsedTimer timer;
    timer.start();
    auto r = loadImage(path);
    expectOneLineInputError(r, path);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("20000×20000 px, more than the 250-megapixel limit")))
        << r.error().message().toStdString();
    EXPECT_LT(timer.elapsed(), timeBudget(1000));
}

TEST_F(ImageFormats, TruncatedAndCorruptFilesOfEachNewFormatAreOneLineErrors)
{
    const QImage src = photo(128, 96);
    std::vector<cv::Mat> pages(2, cv::Mat(96, 128, CV_8UC3, cv::Scalar(10, 200, 30)));
    const QString tiffPath = m_dir.filePath(QStringLiteral("multi.tif"));
    ASSERT_TRUE(cv::imwritemulti(tiffPath.toStdString(), pages));
    QFile tf(tiffPath);
    ASSERT_TRUE(tf.open(QIODevice::ReadOnly));
    const QByteArray tiff = tf.readAll();
    struct Case
    {
        QString name;
        QByteArray intact;
    };
    QByteArray webp, bmp;
    {
        QBuffer b(&webp);
        b.open(QIODevice::WriteOnly);
        src.save(&b, "WEBP", 90);
        QBuffer c(&bmp);
        c.open(QIODevice::WriteOnly);
        src.save(&c, "BMP");
    }
    const Case cases[] = {{QStringLiteral("cut.webp"), webp},
                          {QStringLiteral("cut.heic"), heic(src)},
                          {QStringLiteral("cut.gif"), handWrittenGif(2)},
                          {QStringLiteral("cut.tif"), tiff},
                          {QStringLiteral("cut.bmp"), bmp}};
    for (const Case& c : cases) {
        ASSERT_FALSE(c.intact.isEmpty()) << c.name.toStdString();
        const QString cut = write(c.name, c.intact.left(c.intact.size() * 6 / 10));
        expectOneLineInputError(loadImage(cut), cut);
        QByteArray garbage = c.intact.left(32) + QByteArray(c.intact.size() - 32, '\x5A');
        const QString bad = write(QStringLiteral("bad-") + c.name, garbage);
        expectOneLineInputError(loadImage(bad), bad);
    }
}
