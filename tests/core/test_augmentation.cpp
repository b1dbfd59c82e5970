// Casework augmentations (issue 13, point 3): each is deterministic for a seed, keeps the size and changes the
// photo in the way its name says.
#include "FakeEncoders.h"
#include "core/face/train/Augmentation.h"

#include <QColor>
#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

#include <cmath>

using namespace descry;

namespace {

// A textured, colourful 160×200 picture: enough fine detail that blur and low resolution show.
QImage texturedPhoto()
{
    QImage img = fakes::fakeFacePhoto(2, 0, 160, 200).convertToFormat(QImage::Format_RGB888);
    for (int y = 0; y < img.height(); y += 2)
        for (int x = (y / 2) % 2; x < img.width(); x += 4) {
            QColor c = img.pixelColor(x, y);
            img.setPixelColor(x, y, c.darker(130));
        }
    return img;
}

double laplacianVariance(const QImage& image)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0, sum2 = 0;
    int n = 0;
    for (int y = 1; y + 1 < g.height(); ++y)
        for (int x = 1; x + 1 < g.width(); ++x) {
            const auto p = [&](int xx, int yy) { return double(g.constScanLine(yy)[xx]); };
            const double l = p(x - 1, y) + p(x + 1, y) + p(x, y - 1) + p(x, y + 1) - 4 * p(x, y);
            sum += l;
            sum2 += l * l;
            ++n;
        }
    return sum2 / n - (sum / n) * (sum / n);
}

// Mean R, G, B.
std::array<double, 3> meanColour(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    std::array<double, 3> m{0, 0, 0};
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            for (int c = 0; c < 3; ++c)
                m[size_t(c)] += rgb.constScanLine(y)[3 * x + c];
    for (double& v : m)
        v /= double(rgb.width()) * rgb.height();
    return m;
}

double meanAbsDifference(const QImage& a, const QImage& b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB888), y = b.convertToFormat(QImage::Format_RGB888);
    double s = 0;
    for (int r = 0; r < x.height(); ++r)
        for (int c = 0; c < x.width() * 3; ++c)
            s += std::abs(int(x.constScanLine(r)[c]) - int(y.constScanLine(r)[c]));
    return s / (double(x.width()) * x.height() * 3);
}

// Landmarks of a face roughly filling the picture: eye contours at (55, 80) and (105, 80), jaw from 0 to 16.
AugmentationContext landmarksContext()
{
    Landmarks68 p;
    for (int i = 0; i < 17; ++i)
        p[size_t(i)] = QPointF(30 + 100.0 * i / 16, 90 + 60 * std::sin(M_PI * i / 16));
    for (int i = 0; i < 6; ++i) {
        const double a = 2 * M_PI * i / 6;
        p[size_t(36 + i)] = QPointF(55 + 8 * std::cos(a), 80 + 4 * std::sin(a));
        p[size_t(42 + i)] = QPointF(105 + 8 * std::cos(a), 80 + 4 * std::sin(a));
    }
    for (int i = 17; i < 68; ++i)
        if (i < 36 || i >= 48)
            p[size_t(i)] = QPointF(80, 120);
    return AugmentationContext{p};
}

Result<AugmentedPhoto> make(const QString& id, uint64_t seed = 7)
{
    return augmentPhoto(texturedPhoto(), id, seed, landmarksContext());
}

} // namespace

TEST(Augmentation, EveryIdIsDeterministicForASeedKeepsTheSizeAndChangesThePhoto)
{
    const QImage src = texturedPhoto();
    ASSERT_EQ(augmentationIds().size(), 11);
    for (const QString& id : augmentationIds()) {
        SCOPED_TRACE(id.toStdString());
        auto a = make(id, 11), b = make(id, 11), c = make(id, 12);
        ASSERT_TRUE(a.ok()) << a.error().message().toStdString();
        ASSERT_TRUE(b.ok() && c.ok());
        EXPECT_EQ(a->id, id);
        EXPECT_EQ(a->image.size(), src.size());
        EXPECT_EQ(a->image, b->image);
        EXPECT_EQ(a->params, b->params);
        EXPECT_FALSE(a->params.isEmpty());
        EXPECT_NE(a->params, c->params) << "another seed draws other parameters";
        EXPECT_GT(meanAbsDifference(a->image, src), 0.2);
    }
}

TEST(Augmentation, BlurAndLowResolutionLowerTheHighFrequencyEnergy)
{
    const double source = laplacianVariance(texturedPhoto());
    for (const char* id : {"gaussian-blur", "motion-blur", "low-res"}) {
        auto a = make(QString::fromLatin1(id));
        ASSERT_TRUE(a.ok());
        EXPECT_LT(laplacianVariance(a->image), 0.6 * source) << id;
    }
}

TEST(Augmentation, RecompressionAtLowQualityDiffersFromTheSourceButDecodes)
{
    for (const char* id : {"jpeg", "webp"}) {
        auto a = make(QString::fromLatin1(id));
        ASSERT_TRUE(a.ok()) << a.error().message().toStdString();
        EXPECT_FALSE(a->image.isNull());
        const int q = a->params.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 1).toInt();
        EXPECT_GE(q, AugmentationLimits::MinQuality) << id;
        EXPECT_LE(q, AugmentationLimits::MaxQuality) << id;
        EXPECT_GT(meanAbsDifference(a->image, texturedPhoto()), 0.5) << id;
    }
}

TEST(Augmentation, ColourCastShiftsTheMeanColourAndGammaTheBrightness)
{
    const auto src = meanColour(texturedPhoto());
    auto wb = make(QStringLiteral("white-balance"));
    ASSERT_TRUE(wb.ok());
    const auto m = meanColour(wb->image);
    EXPECT_GT(std::abs((m[0] - m[2]) - (src[0] - src[2])), 8.0) << "red against blue moves";
    auto g = make(QStringLiteral("gamma"));
    ASSERT_TRUE(g.ok());
    const auto mg = meanColour(g->image);
    EXPECT_GT(std::abs((mg[0] + mg[1] + mg[2]) - (src[0] + src[1] + src[2])) / 3, 5.0);
}

TEST(Augmentation, NoiseKeepsTheMeanAndRotationStaysWithinTheRollLimit)
{
    const auto src = meanColour(texturedPhoto());
    auto n = make(QStringLiteral("noise"));
    ASSERT_TRUE(n.ok());
    const auto m = meanColour(n->image);
    for (int c = 0; c < 3; ++c)
        EXPECT_NEAR(m[size_t(c)], src[size_t(c)], 3.0);
    EXPECT_GT(laplacianVariance(n->image), laplacianVariance(texturedPhoto()));
    for (uint64_t seed = 0; seed < 20; ++seed) {
        auto r = make(QStringLiteral("rotate"), seed);
        ASSERT_TRUE(r.ok());
        const double angle = r->params.section(QLatin1Char('='), 1).toDouble();
        EXPECT_LE(std::abs(angle), AugmentationLimits::MaxRollDegrees);
        EXPECT_GE(std::abs(angle), 3.0);
    }
}

TEST(Augmentation, GlassesAreDrawnAroundTheEyesAndNeedLandmarks)
{
    const QImage src = texturedPhoto();
    auto g = make(QStringLiteral("glasses"));
    ASSERT_TRUE(g.ok());
    // The rim passes 0.42 inter-eye distances (21 px) beside each eye centre; the chin is untouched.
    EXPECT_GT(meanAbsDifference(g->image.copy(30, 60, 100, 40), src.copy(30, 60, 100, 40)), 2.0);
    EXPECT_EQ(g->image.copy(0, 170, 160, 30), src.copy(0, 170, 160, 30));
    auto none = augmentPhoto(src, QStringLiteral("glasses"), 1);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code(), ErrorCode::Input);
}

TEST(Augmentation, UnknownIdsAndEmptyImagesAreRefused)
{
    auto u = augmentPhoto(texturedPhoto(), QStringLiteral("sepia"), 1);
    ASSERT_FALSE(u.ok());
    EXPECT_EQ(u.error().code(), ErrorCode::Usage);
    EXPECT_TRUE(u.error().message().contains(QStringLiteral("sepia")));
    auto e = augmentPhoto(QImage(), QStringLiteral("jpeg"), 1);
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().code(), ErrorCode::Input);
}

TEST(Augmentation, SeedsDependOnPhotoIdAndCopy)
{
    const QString sha = QStringLiteral("ab12");
    EXPECT_EQ(augmentationSeed(sha, QStringLiteral("jpeg"), 0, 5), augmentationSeed(sha, QStringLiteral("jpeg"), 0, 5));
    EXPECT_NE(augmentationSeed(sha, QStringLiteral("jpeg"), 0, 5), augmentationSeed(sha, QStringLiteral("jpeg"), 1, 5));
    EXPECT_NE(augmentationSeed(sha, QStringLiteral("jpeg"), 0, 5), augmentationSeed(sha, QStringLiteral("webp"), 0, 5));
    EXPECT_NE(augmentationSeed(sha, QStringLiteral("jpeg"), 0, 5), augmentationSeed(sha, QStringLiteral("jpeg"), 0, 6));
}
