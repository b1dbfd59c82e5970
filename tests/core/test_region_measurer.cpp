// The `regions` source: colour and texture in landmark-defined regions, on faces painted around real landmarks.
#include "core/face/FaceDetector.h"
#include "core/face/FaceEncoders.h"
#include "core/face/regions/RegionMeasurer.h"
#include "core/pack/EncoderRegistry.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <random>

using namespace descry;

namespace {

// Landmarks of a real face (the default detector on a face-api sample photo), moved so that the eye centres
// are 80 px apart in a 400 x 560 canvas; empty when the assets are missing.
std::optional<Landmarks68> realLandmarks()
{
    static const std::optional<Landmarks68> cached = []() -> std::optional<Landmarks68> {
        auto detector = FaceDetector::loadDefault();
        if (!detector)
            return std::nullopt;
        const QString dir = qEnvironmentVariable("DESCRY_ASSETS_DIR") + QStringLiteral("/face-api/demo");
        for (const QString& name : QDir(dir).entryList({QStringLiteral("sample*.jpg")}, QDir::Files, QDir::Name)) {
            auto a = detector->detectAndAlign(QImage(dir + QLatin1Char('/') + name), name);
            if (!a || !a->quality.acceptable())
                continue;
            const Landmarks68& p = a->face.landmarks;
            QPointF re, le;
            for (int i = 0; i < 6; ++i) {
                re += p[size_t(36 + i)] / 6.0;
                le += p[size_t(42 + i)] / 6.0;
            }
            const double angle = std::atan2(le.y() - re.y(), le.x() - re.x());
            const double s = 80.0 / std::hypot(le.x() - re.x(), le.y() - re.y());
            const QPointF mid = (re + le) / 2;
            Landmarks68 out;
            for (int i = 0; i < 68; ++i) {
                const QPointF v = p[size_t(i)] - mid;
                const double c = std::cos(-angle), sn = std::sin(-angle);
                out[size_t(i)] = QPointF(200 + s * (c * v.x() - sn * v.y()), 250 + s * (sn * v.x() + c * v.y()));
            }
            return out;
        }
        return std::nullopt;
    }();
    return cached;
}

QPolygonF poly(const Landmarks68& p, int from, int to)
{
    QPolygonF out;
    for (int i = from; i <= to; ++i)
        out << p[size_t(i)];
    return out;
}

double browTop(const Landmarks68& p)
{
    double top = p[17].y();
    for (int i = 18; i <= 26; ++i)
        top = std::min(top, p[size_t(i)].y());
    return top;
}

// What to paint on the synthetic face.
struct Paint
{
    QColor skin{205, 165, 140};
    QColor iris{90, 60, 35};
    bool darkCheeks = false, beard = false, foreheadLines = false;
};

// A face painted around the landmarks: background, hair above a hairline 1.1 IOD above the brows, skin with
// faint texture, brows, eyes with irises and lips, plus whatever `paint` asks for.
QImage paintedFace(const Landmarks68& p, const Paint& paint)
{
    QImage img(400, 560, QImage::Format_RGB888);
    img.fill(QColor(120, 135, 150));
    QPainter g(&img);
    g.setRenderHint(QPainter::Antialiasing);
    g.setPen(Qt::NoPen);
    const double iod = 80, top = browTop(p), hairline = top - 1.1 * iod;
    g.setBrush(QColor(55, 38, 28)); // hair: a cap above the hairline
    g.drawEllipse(QRectF(p[0].x() - 0.3 * iod, hairline - 1.6 * iod, p[16].x() - p[0].x() + 0.6 * iod, 2.4 * iod));
    QPolygonF face = poly(p, 0, 16);
    face << QPointF(p[16].x(), hairline) << QPointF(p[0].x(), hairline);
    g.setBrush(paint.skin);
    g.drawPolygon(face);
    if (paint.darkCheeks) {
        g.setBrush(paint.skin.darker(160));
        g.drawPolygon(QPolygonF{p[1], p[36], p[39], p[31], p[48], p[4]});
        g.drawPolygon(QPolygonF{p[15], p[45], p[42], p[35], p[54], p[12]});
    }
    if (paint.beard) {
        g.setBrush(QColor(45, 35, 30));
        QPolygonF chin = poly(p, 5, 11);
        chin << p[54] << p[57] << p[48];
        g.drawPolygon(chin);
    }
    if (paint.foreheadLines) {
        g.setPen(QPen(paint.skin.darker(150), 2));
        for (double y = top - 0.25 * iod; y > hairline + 0.15 * iod; y -= 7)
            g.drawLine(QPointF(p[18].x(), y), QPointF(p[25].x(), y));
        g.setPen(Qt::NoPen);
    }
    g.setPen(QPen(QColor(50, 35, 25), 7, Qt::SolidLine, Qt::RoundCap));
    g.drawPolyline(poly(p, 17, 21));
    g.drawPolyline(poly(p, 22, 26));
    g.setPen(Qt::NoPen);
    for (int e : {36, 42}) {
        g.setBrush(QColor(240, 240, 235));
        g.drawPolygon(poly(p, e, e + 5));
        QPointF c;
        for (int i = 0; i < 6; ++i)
            c += p[size_t(e + i)] / 6.0;
        g.setBrush(paint.iris);
        g.drawEllipse(c, 0.13 * iod, 0.13 * iod);
        g.setBrush(QColor(20, 20, 20));
        g.drawEllipse(c, 0.04 * iod, 0.04 * iod);
    }
    g.setBrush(QColor(175, 90, 90));
    g.drawPolygon(poly(p, 48, 59));
    g.end();
    std::mt19937 rng(7); // faint skin texture, the same for every variant
    std::normal_distribution<double> noise(0, 2.0);
    for (int y = 0; y < img.height(); ++y) {
        uchar* line = img.scanLine(y);
        for (int x = 0; x < 3 * img.width(); ++x)
            line[x] = uchar(std::clamp(line[x] + noise(rng), 0.0, 255.0));
    }
    return img;
}

double q(const std::vector<double>& v, const char* id)
{
    const qsizetype i = RegionMeasurer::allQuantities().indexOf(QLatin1String(id));
    EXPECT_GE(i, 0) << id;
    return i >= 0 ? v[size_t(i)] : std::nan("");
}

#define NEED_LANDMARKS()                                                                                               \
    const auto landmarks = realLandmarks();                                                                            \
    if (!landmarks)                                                                                                    \
        GTEST_SKIP() << "no face-api sample photo with a detectable face (DESCRY_ASSETS_DIR): skipping";

} // namespace

TEST(RegionMeasurer, PlainPaintedFaceIsMeasuredEverywhere)
{
    NEED_LANDMARKS();
    const auto v = RegionMeasurer::measureAll(paintedFace(*landmarks, {}), *landmarks);
    ASSERT_EQ(v.size(), size_t(RegionMeasurer::allQuantities().size()));
    for (int i = 0; i < RegionMeasurer::allQuantities().size(); ++i)
        EXPECT_TRUE(std::isfinite(v[size_t(i)])) << RegionMeasurer::allQuantities()[i].toStdString();
    // The hairline was painted 1.1 IOD above the brows; the hair is dark and brown-red, the brows dark.
    EXPECT_NEAR(q(v, "forehead.skin_height"), 1.1, 0.15);
    EXPECT_LT(q(v, "hair.lightness"), 30);
    EXPECT_GT(q(v, "brow.contrast"), 20);
    EXPECT_LT(q(v, "hair.skin_fraction"), 0.2);
}

TEST(RegionMeasurer, DarkerCheekSkinRaisesSkinDarkness)
{
    NEED_LANDMARKS();
    const auto plain = RegionMeasurer::measureAll(paintedFace(*landmarks, {}), *landmarks);
    Paint dark;
    dark.darkCheeks = true;
    const auto darker = RegionMeasurer::measureAll(paintedFace(*landmarks, dark), *landmarks);
    EXPECT_GT(q(darker, "skin.darkness"), q(plain, "skin.darkness") + 10);
}

TEST(RegionMeasurer, PaintedBeardRaisesBeardQuantities)
{
    NEED_LANDMARKS();
    const auto plain = RegionMeasurer::measureAll(paintedFace(*landmarks, {}), *landmarks);
    Paint beard;
    beard.beard = true;
    const auto bearded = RegionMeasurer::measureAll(paintedFace(*landmarks, beard), *landmarks);
    EXPECT_LT(std::abs(q(plain, "beard.chin")), 5);
    EXPECT_GT(q(bearded, "beard.chin"), q(plain, "beard.chin") + 30);
    EXPECT_GT(q(bearded, "beard.jaw"), q(plain, "beard.jaw") + 10);
    EXPECT_NEAR(q(bearded, "moustache.darkness"), q(plain, "moustache.darkness"), 3); // the upper lip is not painted
}

TEST(RegionMeasurer, HorizontalForeheadLinesRaiseForeheadLineEnergy)
{
    NEED_LANDMARKS();
    const auto plain = RegionMeasurer::measureAll(paintedFace(*landmarks, {}), *landmarks);
    Paint lines;
    lines.foreheadLines = true;
    const auto lined = RegionMeasurer::measureAll(paintedFace(*landmarks, lines), *landmarks);
    EXPECT_GT(q(lined, "lines.forehead"), q(plain, "lines.forehead") + 1.0);
    EXPECT_NEAR(q(lined, "lines.glabella"), q(plain, "lines.glabella"), 0.5);
}

TEST(RegionMeasurer, BlueIrisIsBluerThanBrown)
{
    NEED_LANDMARKS();
    Paint blue, brown;
    blue.iris = QColor(70, 110, 170);
    brown.iris = QColor(90, 60, 35);
    const auto b = RegionMeasurer::measureAll(paintedFace(*landmarks, blue), *landmarks);
    const auto r = RegionMeasurer::measureAll(paintedFace(*landmarks, brown), *landmarks);
    EXPECT_GT(q(b, "iris.blueness"), q(r, "iris.blueness") + 15);
    EXPECT_GT(q(r, "iris.blueness"), -40);
}

TEST(RegionMeasurer, GreyscalePhotoLeavesColourQuantitiesNotAssessed)
{
    NEED_LANDMARKS();
    const QImage grey = paintedFace(*landmarks, {}).convertToFormat(QImage::Format_Grayscale8);
    const auto v = RegionMeasurer::measureAll(grey, *landmarks);
    for (int i = 0; i < RegionMeasurer::allQuantities().size(); ++i) {
        const QString id = RegionMeasurer::allQuantities()[i];
        if (RegionMeasurer::colourQuantities().contains(id))
            EXPECT_TRUE(std::isnan(v[size_t(i)])) << id.toStdString();
        else
            EXPECT_TRUE(std::isfinite(v[size_t(i)])) << id.toStdString();
    }
}

TEST(RegionMeasurer, RegionOutsideThePhotoIsNotAssessed)
{
    NEED_LANDMARKS();
    // Cut the photo just above the brows: nothing above them can be measured, the cheeks still can.
    const int cut = int(browTop(*landmarks) - 20);
    const QImage cropped = paintedFace(*landmarks, {}).copy(0, cut, 400, 560 - cut);
    Landmarks68 moved = *landmarks;
    for (QPointF& pt : moved)
        pt.ry() -= cut;
    const auto v = RegionMeasurer::measureAll(cropped, moved);
    EXPECT_TRUE(std::isnan(q(v, "forehead.skin_height")));
    EXPECT_TRUE(std::isnan(q(v, "hair.lightness")));
    EXPECT_TRUE(std::isnan(q(v, "lines.forehead")));
    EXPECT_TRUE(std::isfinite(q(v, "skin.darkness")));
    EXPECT_TRUE(std::isfinite(q(v, "beard.chin")));
}

TEST(RegionMeasurer, QuantitiesDoNotDependOnImageScale)
{
    NEED_LANDMARKS();
    const QImage img = paintedFace(*landmarks, {});
    Landmarks68 twice = *landmarks;
    for (QPointF& pt : twice)
        pt *= 2.0;
    const auto a = RegionMeasurer::measureAll(img, *landmarks);
    const auto b =
        RegionMeasurer::measureAll(img.scaled(800, 1120, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), twice);
    for (int i = 0; i < RegionMeasurer::allQuantities().size(); ++i) {
        const double x = a[size_t(i)], y = b[size_t(i)];
        const QString id = RegionMeasurer::allQuantities()[i];
        ASSERT_EQ(std::isfinite(x), std::isfinite(y)) << id.toStdString();
        if (std::isfinite(x)) {
            EXPECT_NEAR(x, y, 0.5 + 0.1 * std::abs(x)) << id.toStdString();
        }
    }
}

TEST(RegionMeasurer, RegisteredAsEncoderTypeRegions)
{
    EncoderRegistry registry;
    registerFaceEncoders(registry);
    ASSERT_TRUE(registry.contains(QStringLiteral("regions")));
    EncoderContext ctx;
    ctx.manifestPath = QStringLiteral("manifest.json");
    ctx.spec.type = QStringLiteral("regions");
    ctx.spec.config.insert(QStringLiteral("quantities"),
                           QJsonArray{QStringLiteral("skin.darkness"), QStringLiteral("iris.blueness")});
    auto enc = registry.create(ctx);
    ASSERT_TRUE(enc.ok()) << enc.error().toString().toStdString();
    auto measurer = std::dynamic_pointer_cast<const FaceMeasurer>(*enc);
    ASSERT_TRUE(measurer);
    EXPECT_EQ(measurer->quantities(), (QStringList{"skin.darkness", "iris.blueness"}));
    ctx.spec.config.insert(QStringLiteral("quantities"), QJsonArray{QStringLiteral("skin.sparkle")});
    auto bad = registry.create(ctx);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().toString().contains(QStringLiteral("'skin.sparkle' is not measured by this version")))
        << bad.error().toString().toStdString();
    EXPECT_TRUE(bad.error().toString().startsWith(QStringLiteral("manifest.json")))
        << bad.error().toString().toStdString();
}
