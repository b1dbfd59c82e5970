// Hostile and damaged images: limits checked on the header before any pixel is decoded, truncated and corrupt
// files detected (decoder warnings captured, never printed; JPEG EOI and PNG IEND checked), folders, symbolic link
// loops and unreadable files named, and the detector's upsampling kept within the pixel limit. Every fixture is
// generated here.
#include "TimeBudget.h"
#include "FakeEncoders.h"

#include "core/face/FaceDetector.h"
#include "core/imaging/DecoderMessageCapture.h"
#include "core/imaging/ImageDamage.h"
#include "core/imaging/ImageLoader.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMutex>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

using namespace descry;

namespace {

// CRC-32 (ISO 3309, as PNG chunks use it), computed here: Qt offers no CRC-32 of its own.
quint32 crc32(const QByteArray& data)
{
    quint32 table[256];
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ uchar(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray bigEndian(quint32 v)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = char(v >> (24 - 8 * i));
    return out;
}

QByteArray chunk(const char* type, const QByteArray& data)
{
    const QByteArray body = QByteArray(type, 4) + data;
    return bigEndian(quint32(data.size())) + body + bigEndian(crc32(body));
}

// An 8-bit greyscale PNG of width × height built by hand. With `realData` the IDAT holds the real (zlib) rows of a
// black image, so the file is valid and decodable; otherwise a few bytes only, enough for a header check.
QByteArray handMadePng(quint32 width, quint32 height, bool realData)
{
    QByteArray ihdr = bigEndian(width) + bigEndian(height);
    ihdr += QByteArray("\x08\x00\x00\x00\x00", 5); // depth 8, greyscale, deflate, no filter, no interlace
    QByteArray idat;
    if (realData) {
        const QByteArray rows(qsizetype(height) * (width + 1), '\0'); // filter byte 0 + black pixels per row
        idat = qCompress(rows, 9).mid(4);                             // qCompress: 4-byte length + zlib stream
    } else {
        idat = qCompress(QByteArray(64, '\0')).mid(4);
    }
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", idat) + chunk("IEND", {});
}

QByteArray encoded(const QImage& image, const char* format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(image.save(&buffer, format, quality));
    return bytes;
}

// A photo with detail everywhere, so that a JPEG of it is large and its entropy-coded data spans the file.
QImage photo()
{
    return fakes::fakeFacePhoto(3, 0, 320, 400);
}

// Messages that reached the handler installed before the test's loads (what would have gone to stderr).
QMutex g_seenMutex;
QStringList g_seen;
void recordingHandler(QtMsgType, const QMessageLogContext&, const QString& message)
{
    QMutexLocker lock(&g_seenMutex);
    g_seen << message;
}

QStringList seen()
{
    QMutexLocker lock(&g_seenMutex);
    return g_seen;
}

bool looksLikeDecoderMessage(const QString& m)
{
    for (const char* sign : {"JPEG", "jpeg", "libpng", "Corrupt", "Premature", "IDAT", "IEND", "QImageReader"})
        if (m.contains(QLatin1String(sign)))
            return true;
    return false;
}

class ImageLoading : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        EXPECT_EQ(f.write(bytes), bytes.size());
        return path;
    }

    static ImageLoadOptions allowingDamage()
    {
        ImageLoadOptions o;
        o.allowDamaged = true;
        return o;
    }

    QTemporaryDir m_dir;
};

void expectOneLineInputError(const Result<LoadedImage>& r, const QString& path)
{
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), ErrorCode::Input);
    EXPECT_EQ(r.error().exitCode(), 2);
    EXPECT_EQ(r.error().file(), path);
    EXPECT_FALSE(r.error().toString().contains(QLatin1Char('\n'))) << r.error().toString().toStdString();
}

} // namespace

TEST_F(ImageLoading, IntactJpegAndPngLoadUndamagedWithoutWarnings)
{
    for (const char* format : {"JPG", "PNG"}) {
        const QString path = write(QStringLiteral("intact.%1").arg(QLatin1String(format)), encoded(photo(), format));
        auto r = loadImage(path);
        ASSERT_TRUE(r) << r.error().toString().toStdString();
        EXPECT_FALSE(r->damaged) << format;
        EXPECT_TRUE(r->warnings.isEmpty()) << r->warnings.join(QLatin1Char('|')).toStdString();
        EXPECT_EQ(r->image.size(), QSize(320, 400));
        EXPECT_EQ(r->sha256.size(), 64);
    }
}

TEST_F(ImageLoading, JpegTruncatedAt80PercentIsAnInputErrorUnlessDamageIsAllowed)
{
    const QByteArray full = encoded(photo(), "JPG", 95);
    const QString path = write(QStringLiteral("cut.jpg"), full.left(full.size() * 8 / 10));

    auto refused = loadImage(path);
    expectOneLineInputError(refused, path);
    const QString message = refused.error().message();
    EXPECT_TRUE(message.startsWith(QStringLiteral("image file is truncated or corrupt ("))) << message.toStdString();
    EXPECT_TRUE(message.endsWith(QStringLiteral("); use --allow-damaged to analyse it anyway")))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("Corrupt JPEG data"))) << "plain words, not libjpeg's";

    auto allowed = loadImage(path, allowingDamage());
    ASSERT_TRUE(allowed) << allowed.error().toString().toStdString();
    EXPECT_TRUE(allowed->damaged);
    ASSERT_FALSE(allowed->warnings.isEmpty());
    EXPECT_EQ(allowed->image.size(), QSize(320, 400));
    // The hash is of the file as it is on disk, damaged or not.
    EXPECT_EQ(allowed->sha256.size(), 64);
}

TEST_F(ImageLoading, PngTruncatedAt80PercentIsRefused)
{
    const QByteArray full = encoded(photo(), "PNG");
    const QString path = write(QStringLiteral("cut.png"), full.left(full.size() * 8 / 10));
    auto refused = loadImage(path);
    expectOneLineInputError(refused, path);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("truncated or corrupt")))
        << refused.error().message().toStdString();
    // Allowed or not, a cut-off PNG never loads as an intact image.
    auto allowed = loadImage(path, allowingDamage());
    if (allowed) {
        EXPECT_TRUE(allowed->damaged);
        EXPECT_FALSE(allowed->warnings.isEmpty());
    } else {
        EXPECT_EQ(allowed.error().code(), ErrorCode::Input);
        EXPECT_TRUE(allowed.error().message().contains(QStringLiteral("truncated or corrupt")))
            << allowed.error().message().toStdString();
    }
}

TEST_F(ImageLoading, PngWithoutIendIsDamaged)
{
    const QByteArray full = encoded(photo(), "PNG");
    ASSERT_TRUE(full.endsWith(chunk("IEND", {})));
    const QString path = write(QStringLiteral("noiend.png"), full.left(full.size() - 12));
    auto refused = loadImage(path);
    expectOneLineInputError(refused, path);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("PNG end chunk")))
        << refused.error().message().toStdString();
    auto allowed = loadImage(path, allowingDamage());
    ASSERT_TRUE(allowed) << allowed.error().toString().toStdString();
    EXPECT_TRUE(allowed->damaged);
    EXPECT_TRUE(allowed->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("PNG end chunk")));
}

TEST_F(ImageLoading, JpegStructureAcceptsPaddingAndAppendedDataButNotACutOffFile)
{
    const QByteArray full = encoded(photo(), "JPG", 90);
    ASSERT_TRUE(full.endsWith("\xFF\xD9"));
    auto damage = [](QByteArray bytes) {
        QBuffer b(&bytes);
        b.open(QIODevice::ReadOnly);
        return structuralDamage(b, "jpeg");
    };
    EXPECT_TRUE(damage(full).isEmpty());
    EXPECT_TRUE(damage(full + QByteArray(4096, '\0')).isEmpty()) << "zero padding after EOI";
    // A phone's motion photo: a video appended after the image's EOI.
    EXPECT_TRUE(damage(full +
                       QByteArray("\x00\x00\x00\x18"
                                  "ftypmp42",
                                  12) +
                       QByteArray(5000, 'v'))
                    .isEmpty());
    EXPECT_FALSE(damage(full.left(full.size() - 2)).isEmpty());
    EXPECT_FALSE(damage(full.left(full.size() / 2)).isEmpty());
    // The same file with appended data still loads undamaged.
    const QString path = write(QStringLiteral("motion.jpg"), full + QByteArray(3000, 'v'));
    auto r = loadImage(path);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_FALSE(r->damaged);
}

TEST_F(ImageLoading, ThinPngOf16x600000IsRefusedByItsAspectRatioInMilliseconds)
{
    const QByteArray png = handMadePng(16, 600000, /*realData=*/true);
    EXPECT_LT(png.size(), 30 * 1024) << "a tiny file claiming a huge image";
    const QString path = write(QStringLiteral("strip.png"), png);
    {
        // The crafted file is a valid PNG: Qt reads its header as such.
        QImageReader reader(path);
        EXPECT_EQ(reader.size(), QSize(16, 600000));
    }
    QElapsedTimer t;
    t.start();
    auto r = loadImage(path);
    const qint64 ms = t.elapsed();
    expectOneLineInputError(r, path);
    EXPECT_EQ(r.error().message(),
              QStringLiteral("image is 16×600000 px: its aspect ratio 1:37500 is beyond the 1:20 limit"));
    EXPECT_LT(ms, timeBudget(1000));
    RecordProperty("refuse_16x600000_ms", int(ms));
    std::printf("[ timing  ] 16x600000 PNG (%lld bytes) refused in %lld ms\n", qint64(png.size()), ms);
}

TEST_F(ImageLoading, ThinImageOf16x200000IsRefusedInUnderASecond)
{
    const QString path = write(QStringLiteral("strip200k.png"), handMadePng(16, 200000, true));
    QElapsedTimer t;
    t.start();
    auto r = loadImage(path);
    const qint64 ms = t.elapsed();
    expectOneLineInputError(r, path);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("1:12500"))) << r.error().message().toStdString();
    EXPECT_LT(ms, timeBudget(1000));
    std::printf("[ timing  ] 16x200000 PNG refused in %lld ms\n", ms);
}

TEST_F(ImageLoading, HeaderClaiming60000x60000IsRefusedBeforeDecoding)
{
    const QString path = write(QStringLiteral("huge.png"), handMadePng(60000, 60000, /*realData=*/false));
    QElapsedTimer t;
    t.start();
    auto r = loadImage(path);
    expectOneLineInputError(r, path);
    EXPECT_EQ(r.error().message(), QStringLiteral("image is 60000×60000 px, more than the 250-megapixel limit"));
    EXPECT_LT(t.elapsed(), timeBudget(1000));
    EXPECT_EQ(r.error().toString(),
              path + QStringLiteral(": image is 60000×60000 px, more than the 250-megapixel limit"));
}

TEST_F(ImageLoading, SideAndSmallImageLimitsAreNamed)
{
    ImageLimits limits;
    EXPECT_TRUE(checkImageSize(QSize(16000, 12500), limits, QString())); // a 200-megapixel phone photo
    EXPECT_TRUE(checkImageSize(QSize(16, 320), limits, QString()));      // exactly 1:20
    auto side = checkImageSize(QSize(70000, 3500), limits, QStringLiteral("f.png"));
    ASSERT_FALSE(side);
    EXPECT_EQ(side.error().message(),
              QStringLiteral("image is 70000×3500 px: a side is longer than the 65535-pixel limit"));
    auto small = checkImageSize(QSize(10, 12), limits, QStringLiteral("f.png"));
    ASSERT_FALSE(small);
    EXPECT_TRUE(small.error().message().contains(QStringLiteral("too small"))) << small.error().message().toStdString();
}

TEST_F(ImageLoading, FileSizeLimitIsCheckedBeforeReading)
{
    const QString path = write(QStringLiteral("p.png"), encoded(photo(), "PNG"));
    ImageLoadOptions o;
    o.limits.maxFileBytes = 1000;
    auto r = loadImage(path, o);
    expectOneLineInputError(r, path);
    EXPECT_TRUE(r.error().message().startsWith(QStringLiteral("file is "))) << r.error().message().toStdString();
    EXPECT_TRUE(r.error().message().endsWith(QStringLiteral("more than the 1 kB limit")))
        << r.error().message().toStdString();
}

TEST_F(ImageLoading, FolderSymlinkLoopMissingAndNonImageFilesSaySo)
{
    const QString folder = m_dir.filePath(QStringLiteral("photos.jpg"));
    ASSERT_TRUE(QDir().mkpath(folder));
    auto dir = loadImage(folder);
    expectOneLineInputError(dir, folder);
    EXPECT_EQ(dir.error().message(), QStringLiteral("is a folder, not an image file"));

    const QString loopA = m_dir.filePath(QStringLiteral("a.jpg")), loopB = m_dir.filePath(QStringLiteral("b.jpg"));
    ASSERT_EQ(::symlink(QFile::encodeName(loopB).constData(), QFile::encodeName(loopA).constData()), 0);
    ASSERT_EQ(::symlink(QFile::encodeName(loopA).constData(), QFile::encodeName(loopB).constData()), 0);
    auto loop = loadImage(loopA);
    expectOneLineInputError(loop, loopA);
    EXPECT_TRUE(loop.error().message().contains(QStringLiteral("symbolic link loop")))
        << loop.error().message().toStdString();

    auto missing = loadImage(m_dir.filePath(QStringLiteral("missing.jpg")));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().message(), QStringLiteral("file not found"));

    const QString text = write(QStringLiteral("notes.jpg"), "these are not pixels");
    auto notImage = loadImage(text);
    expectOneLineInputError(notImage, text);
    EXPECT_TRUE(notImage.error().message().startsWith(QStringLiteral("not an image file")))
        << notImage.error().message().toStdString();

    // Regression (hostile run): an empty file and a text file said Qt's "Unsupported image format".
    const QString empty = write(QStringLiteral("empty.png"), "");
    auto emptyImage = loadImage(empty);
    expectOneLineInputError(emptyImage, empty);
    EXPECT_EQ(emptyImage.error().message(), QStringLiteral("the file is empty, not an image"));
}

TEST_F(ImageLoading, UnreadableFileSaysPermissionDenied)
{
    const QString locked = write(QStringLiteral("locked.png"), encoded(photo(), "PNG"));
    ASSERT_EQ(::chmod(QFile::encodeName(locked).constData(), 0), 0);
    if (::access(QFile::encodeName(locked).constData(), R_OK) == 0)
        GTEST_SKIP() << "running as root: permissions do not stop reading";
    auto unreadable = loadImage(locked);
    expectOneLineInputError(unreadable, locked);
    EXPECT_TRUE(unreadable.error().message().contains(QStringLiteral("permission denied")));
}

TEST_F(ImageLoading, MislabelledFileIsDecodedByItsContent)
{
    const QString path = write(QStringLiteral("really-a-png.jpg"), encoded(photo(), "PNG"));
    auto r = loadImage(path);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_FALSE(r->damaged);
}

TEST_F(ImageLoading, EnvironmentSetsThePixelLimit)
{
    const QByteArray saved = qgetenv("DESCRY_MAX_MEGAPIXELS");
    qputenv("DESCRY_MAX_MEGAPIXELS", "0.05");
    const ImageLimits small = ImageLimits::fromEnvironment();
    EXPECT_EQ(small.maxPixels, 50'000);
    for (const char* bad : {"abc", "-3", "0", ""}) {
        qputenv("DESCRY_MAX_MEGAPIXELS", bad);
        EXPECT_EQ(ImageLimits::fromEnvironment().maxPixels, 250'000'000) << bad;
    }
    qputenv("DESCRY_MAX_MEGAPIXELS", "400");
    EXPECT_EQ(ImageLimits::fromEnvironment().maxPixels, 400'000'000);
    if (saved.isNull())
        qunsetenv("DESCRY_MAX_MEGAPIXELS");
    else
        qputenv("DESCRY_MAX_MEGAPIXELS", saved);

    const QString path = write(QStringLiteral("p.png"), encoded(photo(), "PNG")); // 320 × 400 = 0.128 MP
    ImageLoadOptions o;
    o.limits = small;
    auto r = loadImage(path, o);
    expectOneLineInputError(r, path);
    EXPECT_EQ(r.error().message(), QStringLiteral("image is 320×400 px, more than the 0.05-megapixel limit"));

    // setDefaultImageLimits() is what every default ImageLoadOptions starts from.
    const ImageLimits before = ImageLimits::defaults();
    setDefaultImageLimits(small);
    EXPECT_EQ(ImageLoadOptions{}.limits.maxPixels, 50'000);
    EXPECT_FALSE(loadImage(path));
    setDefaultImageLimits(before);
    EXPECT_TRUE(loadImage(path));
}

TEST_F(ImageLoading, NoDecoderWarningReachesTheMessageHandler)
{
    const QByteArray jpeg = encoded(photo(), "JPG", 95);
    const QByteArray png = encoded(photo(), "PNG");
    const QString files[] = {write(QStringLiteral("cut.jpg"), jpeg.left(jpeg.size() * 8 / 10)),
                             write(QStringLiteral("cut.png"), png.left(png.size() * 8 / 10)),
                             write(QStringLiteral("noiend.png"), png.left(png.size() - 12)),
                             write(QStringLiteral("garbage.jpg"), QByteArray("\xFF\xD8\xFF\xE0 not really"))};
    {
        QMutexLocker lock(&g_seenMutex);
        g_seen.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(recordingHandler);
    // And stderr itself, for what libraries print past Qt (libpng's error handler uses fprintf).
    std::fflush(stderr);
    FILE* sink = std::tmpfile();
    ASSERT_NE(sink, nullptr);
    const int savedStderr = ::dup(STDERR_FILENO);
    ASSERT_EQ(::dup2(::fileno(sink), STDERR_FILENO), STDERR_FILENO);
    int warnings = 0;
    for (const QString& f : files) {
        for (bool allow : {false, true}) {
            ImageLoadOptions o;
            o.allowDamaged = allow;
            auto r = loadImage(f, o);
            if (r)
                warnings += int(r->warnings.size());
        }
    }
    std::fflush(stderr);
    ::dup2(savedStderr, STDERR_FILENO);
    ::close(savedStderr);
    std::rewind(sink);
    QByteArray printed;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, sink)) > 0;)
        printed.append(buffer, qsizetype(n));
    std::fclose(sink);
    EXPECT_TRUE(printed.isEmpty()) << "printed raw on stderr: " << printed.toStdString();
    qWarning("after the loads"); // the handler still gets what is not a decoder's
    qInstallMessageHandler(previous);
    EXPECT_GT(warnings, 0) << "the decoders did complain, into the loaded images";
    const QStringList got = seen();
    for (const QString& m : got)
        EXPECT_FALSE(looksLikeDecoderMessage(m)) << "leaked: " << m.toStdString();
    EXPECT_TRUE(got.contains(QStringLiteral("after the loads")));
}

TEST(DecoderMessageCapture, CapturesOnlyItsOwnThreadAndNests)
{
    {
        QMutexLocker lock(&g_seenMutex);
        g_seen.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(recordingHandler);
    std::atomic<bool> stop{false};
    QThread* chatter = QThread::create([&stop] {
        while (!stop.load())
            qWarning("from another thread");
    });
    chatter->start();
    QStringList outerMessages, innerMessages;
    {
        DecoderMessageCapture outer;
        qWarning("outer 1");
        {
            DecoderMessageCapture inner;
            qWarning("inner");
            QThread::msleep(20);
            innerMessages = inner.messages();
        }
        qWarning("outer 2");
        QThread::msleep(20);
        outerMessages = outer.messages();
    }
    stop = true;
    chatter->wait();
    delete chatter;
    qWarning("uncaptured");
    qInstallMessageHandler(previous);
    EXPECT_EQ(innerMessages, QStringList{QStringLiteral("inner")});
    EXPECT_EQ(outerMessages, (QStringList{QStringLiteral("outer 1"), QStringLiteral("outer 2")}));
    const QStringList got = seen();
    EXPECT_TRUE(got.contains(QStringLiteral("from another thread")));
    EXPECT_TRUE(got.contains(QStringLiteral("uncaptured")));
    EXPECT_FALSE(got.contains(QStringLiteral("inner")));
    EXPECT_FALSE(got.contains(QStringLiteral("outer 1")));
}

TEST_F(ImageLoading, ParallelLoadsEachKeepTheirOwnWarnings)
{
    const QByteArray jpeg = encoded(photo(), "JPG", 95);
    const QString damaged = write(QStringLiteral("cut.jpg"), jpeg.left(jpeg.size() * 8 / 10));
    const QString intact = write(QStringLiteral("ok.jpg"), jpeg);
    constexpr int kThreads = 6, kRounds = 8;
    std::atomic<int> wrong{0};
    std::vector<QThread*> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.push_back(QThread::create([&, t] {
            for (int i = 0; i < kRounds; ++i) {
                const bool cut = (t + i) % 2 == 0;
                ImageLoadOptions o;
                o.allowDamaged = true;
                auto r = loadImage(cut ? damaged : intact, o);
                if (!r || r->damaged != cut || r->warnings.isEmpty() != !cut)
                    ++wrong;
            }
        }));
        threads.back()->start();
    }
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    EXPECT_EQ(wrong.load(), 0);
}

TEST(DecoderMessages, PlainWordsAndWhatCountsAsDamage)
{
    EXPECT_TRUE(isDamageMessage(QStringLiteral("Corrupt JPEG data: premature end of data segment")));
    EXPECT_TRUE(isDamageMessage(QStringLiteral("Premature end of JPEG file")));
    EXPECT_TRUE(isDamageMessage(QStringLiteral("libpng error: IDAT: CRC error")));
    EXPECT_FALSE(isDamageMessage(QStringLiteral("libpng warning: iCCP: known incorrect sRGB profile")));
    EXPECT_FALSE(isDamageMessage(QStringLiteral("libpng warning: iCCP: profile 'icc': 0h: PCS illuminant is not D50")));
    EXPECT_EQ(plainDecoderMessage(QStringLiteral("Premature end of JPEG file")),
              QStringLiteral("the file ends before the image does"));
    EXPECT_EQ(plainDecoderMessage(QStringLiteral("libpng warning: something new")), QStringLiteral("something new"));
}

TEST(FaceDetectorLimits, UpsamplingStaysWithinThePixelAndSideLimits)
{
    const ImageLimits limits;
    EXPECT_EQ(FaceDetector::allowedUpsampling(QSize(100, 120), 3, limits), 3);
    EXPECT_EQ(FaceDetector::allowedUpsampling(QSize(16, 200000), 2, limits), 0) << "the long side would pass 65535";
    EXPECT_EQ(FaceDetector::allowedUpsampling(QSize(16, 20000), 3, limits), 1);
    ImageLimits tight;
    tight.maxPixels = 1'000'000;
    EXPECT_EQ(FaceDetector::allowedUpsampling(QSize(300, 300), 2, tight), 1); // 601² fits, 1201² does not
    EXPECT_EQ(FaceDetector::allowedUpsampling(QSize(600, 600), 2, tight), 0);
    EXPECT_EQ(FaceDetector::allowedUpsampling(QSize(300, 300), 0, tight), 0);
}

TEST(FaceDetectorLimits, ThinStripIsRefusedInUnderASecond)
{
    auto detector = FaceDetector::loadDefault();
    if (!detector)
        GTEST_SKIP() << "needs dlib's shape predictor: " << detector.error().toString().toStdString();
    QImage strip(16, 200000, QImage::Format_Grayscale8);
    strip.fill(128);
    QElapsedTimer t;
    t.start();
    auto r = detector->detect(strip, QStringLiteral("strip.png"));
    const qint64 ms = t.elapsed();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code(), ErrorCode::Input);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("1:12500"))) << r.error().message().toStdString();
    EXPECT_LT(ms, timeBudget(1000));
    std::printf("[ timing  ] detector refused a 16x200000 image in %lld ms\n", ms);
}
