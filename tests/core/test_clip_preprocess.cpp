#include "TimeBudget.h"
#include "core/clip/ClipPreprocess.h"
#include "core/tensor/Safetensors.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

using namespace descry;

namespace {

const QString kGoldenDir = QStringLiteral(DESCRY_TEST_SHARED_DIR "/golden/clip");

// A deterministic, busy RGB pattern (edges in every direction, so resampling errors show).
QImage pattern(int w, int h, QImage::Format format = QImage::Format_RGB888)
{
    QImage img(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y) {
        uchar* line = img.scanLine(y);
        for (int x = 0; x < w; ++x) {
            line[x * 3 + 0] = uchar((x * 7 + y * 3) % 256);
            line[x * 3 + 1] = uchar(((x / 5) % 2) ? 250 : 5);
            line[x * 3 + 2] = uchar((x * y + 11 * y) % 251);
        }
    }
    return img.convertToFormat(format);
}

} // namespace

TEST(ClipPreprocess, MatchesOpenClipPixelsOfTheGoldenImages)
{
    const QString goldenPath = kGoldenDir + QStringLiteral("/tiny-vit14-gelu/golden.safetensors");
    if (!QFile::exists(goldenPath))
        GTEST_SKIP() << "no golden CLIP data at " << kGoldenDir.toStdString() << " (../shared absent)";
    auto golden = readSafetensors(goldenPath);
    ASSERT_TRUE(golden.ok()) << golden.error().toString().toStdString();
    const TensorData& pixels = golden->value(QStringLiteral("pixels"));
    ASSERT_EQ(pixels.shape, (std::vector<int64_t>{3, 3, 224, 224}));
    const std::vector<float> expected = pixels.toFloat();
    const size_t perImage = 3 * 224 * 224;
    for (int i = 0; i < 3; ++i) {
        const QString png = kGoldenDir + QStringLiteral("/images/img%1.png").arg(i);
        const QImage image(png);
        ASSERT_FALSE(image.isNull()) << png.toStdString();
        const std::vector<float> got = clipPreprocess(image);
        ASSERT_EQ(got.size(), perImage);
        double sum = 0, worst = 0;
        for (size_t j = 0; j < perImage; ++j) {
            const double d = std::fabs(double(got[j]) - expected[size_t(i) * perImage + j]);
            sum += d;
            worst = std::max(worst, d);
        }
        const double mean = sum / double(perImage);
        std::cout << "[ figures  ] img" << i << " (" << image.width() << "x" << image.height() << "): mean abs " << mean
                  << ", max abs " << worst << "\n";
        EXPECT_LE(mean, 0.002) << png.toStdString();
        EXPECT_LE(worst, 0.03) << png.toStdString();
    }
}

TEST(ClipPreprocess, ImageAlreadyAtSizeIsUnchanged)
{
    const QImage img = pattern(224, 224);
    EXPECT_EQ(clipResizeCrop(img, 224), img);
    EXPECT_EQ(clipResizeCrop(pattern(224, 224, QImage::Format_RGB32), 224), img);
}

TEST(ClipPreprocess, UniformImageStaysUniform)
{
    for (const QSize size : {QSize(300, 200), QSize(97, 1000), QSize(31, 17), QSize(4000, 3000)}) {
        QImage img(size, QImage::Format_RGB32);
        img.fill(QColor(10, 200, 77));
        const QImage out = clipResizeCrop(img, 224);
        ASSERT_EQ(out.size(), QSize(224, 224));
        for (int y = 0; y < 224; ++y)
            for (int x = 0; x < 224; ++x)
                ASSERT_EQ(out.pixel(x, y), qRgb(10, 200, 77))
                    << size.width() << "x" << size.height() << " at " << x << "," << y;
    }
    QImage img(300, 200, QImage::Format_RGB888);
    img.fill(QColor(10, 200, 77));
    const ClipImageNorm norm;
    const std::vector<float> chw = clipPreprocess(img, norm);
    ASSERT_EQ(chw.size(), 3u * 224 * 224);
    const float rgb[3] = {10, 200, 77};
    for (int c = 0; c < 3; ++c) {
        const float want = (rgb[c] / 255.0f - norm.mean[size_t(c)]) / norm.std[size_t(c)];
        EXPECT_FLOAT_EQ(chw[size_t(c) * 224 * 224], want);
        EXPECT_FLOAT_EQ(chw[size_t(c) * 224 * 224 + 224 * 224 - 1], want);
    }
}

TEST(ClipPreprocess, ResizeAndCropArithmeticFollowsTorchvision)
{
    EXPECT_EQ(clipResizedSize(QSize(300, 200), 224), QSize(336, 224));
    EXPECT_EQ(clipResizedSize(QSize(200, 300), 224), QSize(224, 336));
    EXPECT_EQ(clipResizedSize(QSize(333, 250), 224), QSize(298, 224)); // int(298.368)
    EXPECT_EQ(clipResizedSize(QSize(260, 300), 224), QSize(224, 258)); // int(258.46)
    EXPECT_EQ(clipResizedSize(QSize(500, 500), 336), QSize(336, 336));
    EXPECT_EQ(clipCropOffset(QSize(336, 224), 224), QPoint(56, 0));
    EXPECT_EQ(clipCropOffset(QSize(224, 336), 224), QPoint(0, 56));
    // Odd margins: round() of x.5 goes to the even neighbour.
    EXPECT_EQ(clipCropOffset(QSize(225, 224), 224), QPoint(0, 0));  // 0.5 -> 0
    EXPECT_EQ(clipCropOffset(QSize(227, 224), 224), QPoint(2, 0));  // 1.5 -> 2
    EXPECT_EQ(clipCropOffset(QSize(224, 301), 224), QPoint(0, 38)); // 38.5 -> 38
    EXPECT_EQ(clipCropOffset(QSize(224, 303), 224), QPoint(0, 40)); // 39.5 -> 40

    // Short side already 224: no resampling, only the crop, so the result is a plain copy of the window.
    const QImage wide = pattern(301, 224);
    EXPECT_EQ(clipResizeCrop(wide, 224), wide.copy(38, 0, 224, 224));
    const QImage tall = pattern(224, 303);
    EXPECT_EQ(clipResizeCrop(tall, 224), tall.copy(0, 40, 224, 224));
}

TEST(ClipPreprocess, DownscaleIsSymmetricAndAntialiased)
{
    // A left-right mirror image stays mirrored through a 300x200 -> 336x224 -> crop resize.
    QImage img(300, 200, QImage::Format_RGB888);
    for (int y = 0; y < 200; ++y)
        for (int x = 0; x < 150; ++x) {
            const QColor c((x * 13) % 256, (y * 5) % 256, ((x + y) % 3) * 120);
            img.setPixelColor(x, y, c);
            img.setPixelColor(299 - x, y, c);
        }
    const QImage out = clipResizeCrop(img, 224);
    for (int y = 0; y < 224; y += 7)
        for (int x = 0; x < 112; ++x)
            ASSERT_EQ(out.pixel(x, y), out.pixel(223 - x, y)) << x << "," << y;
    // A 1-pixel checkerboard shrunk 4x averages to grey (a point sampler would alias to black or white).
    QImage checker(896, 896, QImage::Format_Grayscale8);
    for (int y = 0; y < 896; ++y)
        for (int x = 0; x < 896; ++x)
            checker.scanLine(y)[x] = ((x + y) % 2) ? 255 : 0;
    const QImage grey = clipResizeCrop(checker, 224);
    for (int y = 8; y < 216; y += 13)
        for (int x = 8; x < 216; x += 11)
            EXPECT_NEAR(qRed(grey.pixel(x, y)), 128, 2) << x << "," << y;
}

TEST(ClipPreprocess, AlphaIsDroppedNotBlended)
{
    QImage argb(224, 224, QImage::Format_ARGB32);
    for (int y = 0; y < 224; ++y)
        for (int x = 0; x < 224; ++x)
            argb.setPixel(x, y, qRgba(200, 100, 50, (x + y) % 256));
    QImage rgba = argb.convertToFormat(QImage::Format_RGBA8888);
    for (const QImage& img : {argb, rgba}) {
        const QImage out = clipResizeCrop(img, 224);
        EXPECT_EQ(out.format(), QImage::Format_RGB888);
        for (int y = 0; y < 224; y += 5)
            for (int x = 0; x < 224; x += 3)
                ASSERT_EQ(out.pixel(x, y), qRgb(200, 100, 50)) << x << "," << y;
    }
    // Premultiplied pixels are un-premultiplied first: opaque-enough colours come back (within rounding).
    QImage pre(224, 224, QImage::Format_ARGB32_Premultiplied);
    pre.fill(qPremultiply(qRgba(200, 100, 50, 128)));
    const QRgb px = clipResizeCrop(pre, 224).pixel(100, 100);
    EXPECT_NEAR(qRed(px), 200, 2);
    EXPECT_NEAR(qGreen(px), 100, 2);
    EXPECT_NEAR(qBlue(px), 50, 2);
}

TEST(ClipPreprocess, AnyFormatGivesTheSamePixels)
{
    const QImage base = pattern(260, 300);
    const QImage reference = clipResizeCrop(base, 224);
    for (const QImage::Format f : {QImage::Format_RGB32, QImage::Format_ARGB32, QImage::Format_RGBX8888,
                                   QImage::Format_RGBA8888, QImage::Format_RGBA64, QImage::Format_BGR888}) {
        EXPECT_EQ(clipResizeCrop(base.convertToFormat(f), 224), reference) << int(f);
    }
    const QImage grey = pattern(260, 300, QImage::Format_Grayscale8);
    EXPECT_EQ(clipResizeCrop(grey, 224), clipResizeCrop(grey.convertToFormat(QImage::Format_RGB888), 224));
}

TEST(ClipPreprocess, NullImageGivesNothing)
{
    EXPECT_TRUE(clipPreprocess(QImage()).empty());
    EXPECT_TRUE(clipResizeCrop(QImage(), 224).isNull());
}

TEST(ClipPreprocess, LargePhotoIsFast)
{
    const QImage photo = pattern(4000, 3000, QImage::Format_RGB32);
    QElapsedTimer timer;
    timer.start();
    const std::vector<float> chw = clipPreprocess(photo);
    const qint64 ms = timer.elapsed();
    std::cout << "[ figures  ] 4000x3000 RGB32 preprocess: " << ms << " ms\n";
    ASSERT_EQ(chw.size(), 3u * 224 * 224);
    EXPECT_LT(ms, timeBudget(1000)) << "far slower than the ~100 ms budget";
}
