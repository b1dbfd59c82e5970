// The per-component visibility check (core/face/visibility): generated faces with landmarks we know, the
// face-api sample photos with drawn occluders, and the measured detection rate on ../shared/data/faces.
#include "core/face/FaceDetector.h"
#include "core/face/visibility/ComponentVisibility.h"
#include "core/face/visibility/SyntheticOcclusion.h"
#include "core/face/visibility/VisibilityEvaluation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <gtest/gtest.h>

#include <cmath>

using namespace descry;

namespace {

// A parametric 68-point face in a 400×400 image: eye centres 80 px apart, the mouth's inner lips `open` px apart,
// the eyelids `lid` px apart.
Landmarks68 syntheticLandmarks(double open = 2, double lid = 11)
{
    Landmarks68 p;
    for (int i = 0; i <= 16; ++i) { // jaw: half an ellipse from ear to ear through the chin
        const double t = M_PI * (1.0 - i / 16.0);
        p[size_t(i)] = QPointF(200 + 90 * std::cos(t), 190 + 150 * std::sin(t) * (i == 0 || i == 16 ? 0.0 : 1.0));
    }
    for (int i = 0; i < 5; ++i) { // brows
        p[size_t(17 + i)] = QPointF(130 + 14 * i, 150 - 8 * std::sin(M_PI * i / 4));
        p[size_t(22 + i)] = QPointF(214 + 14 * i, 150 - 8 * std::sin(M_PI * i / 4));
    }
    for (int i = 0; i < 4; ++i)
        p[size_t(27 + i)] = QPointF(200, 185 + 17 * i);
    for (int i = 0; i < 5; ++i)
        p[size_t(31 + i)] = QPointF(186 + 7 * i, 245 + (i == 2 ? 3 : 0));
    for (int e = 0; e < 2; ++e) { // eyes: corners and lids, clockwise from the outer corner
        const double cx = e == 0 ? 160 : 240;
        const int o = e == 0 ? 36 : 42;
        const double w = 16;
        p[size_t(o)] = QPointF(cx - w, 180);
        p[size_t(o + 1)] = QPointF(cx - w / 3, 180 - lid / 2);
        p[size_t(o + 2)] = QPointF(cx + w / 3, 180 - lid / 2);
        p[size_t(o + 3)] = QPointF(cx + w, 180);
        p[size_t(o + 4)] = QPointF(cx + w / 3, 180 + lid / 2);
        p[size_t(o + 5)] = QPointF(cx - w / 3, 180 + lid / 2);
    }
    for (int i = 0; i < 12; ++i) { // outer lips: an ellipse from the left corner, over the top
        const double t = M_PI - 2 * M_PI * i / 12.0;
        p[size_t(48 + i)] = QPointF(200 + 34 * std::cos(t), 285 - (10 + open / 2) * std::sin(t));
    }
    const double inner[8][2] = {{-28, 0}, {-12, -1}, {0, -1}, {12, -1}, {28, 0}, {12, 1}, {0, 1}, {-12, 1}};
    for (int i = 0; i < 8; ++i)
        p[size_t(60 + i)] = QPointF(200 + inner[i][0], 285 + inner[i][1] * open / 2);
    return p;
}

// Paints the face the landmarks describe: textured skin, eyes with sclera and iris, brows, nostrils, red lips
// and a dark gap between them, hair on top.
QImage syntheticFace(const Landmarks68& p)
{
    QImage img(400, 400, QImage::Format_RGB32);
    img.fill(QColor(90, 110, 130));
    QPainter g(&img);
    g.setRenderHint(QPainter::Antialiasing);
    g.setPen(Qt::NoPen);
    g.setBrush(QColor(60, 40, 30));
    g.drawEllipse(QPointF(200, 150), 115, 120); // hair behind the head
    g.setBrush(QColor(205, 160, 135));
    g.drawEllipse(QPointF(200, 215), 95, 150);
    QPainterPath lips;
    lips.moveTo(p[48]);
    for (int i = 49; i <= 59; ++i)
        lips.lineTo(p[size_t(i)]);
    lips.closeSubpath();
    g.setBrush(QColor(165, 85, 85));
    g.drawPath(lips);
    QPainterPath gap;
    gap.moveTo(p[60]);
    for (int i = 61; i <= 67; ++i)
        gap.lineTo(p[size_t(i)]);
    gap.closeSubpath();
    g.setPen(QPen(QColor(70, 30, 30), 2));
    g.setBrush(QColor(60, 25, 25));
    g.drawPath(gap);
    g.setPen(Qt::NoPen);
    for (int e = 0; e < 2; ++e) {
        const int o = e == 0 ? 36 : 42;
        QPainterPath eye;
        eye.moveTo(p[size_t(o)]);
        for (int i = 1; i < 6; ++i)
            eye.lineTo(p[size_t(o + i)]);
        eye.closeSubpath();
        g.setBrush(QColor(235, 235, 230));
        g.drawPath(eye);
        const double lid = p[size_t(o + 4)].y() - p[size_t(o + 1)].y();
        if (lid > 3) {
            g.setBrush(QColor(70, 50, 35));
            g.drawEllipse((p[size_t(o)] + p[size_t(o + 3)]) / 2, 5, std::min(5.0, lid / 2));
        }
    }
    g.setPen(QPen(QColor(70, 50, 40), 6, Qt::SolidLine, Qt::RoundCap));
    for (int b : {17, 22})
        for (int i = 0; i < 4; ++i)
            g.drawLine(p[size_t(b + i)], p[size_t(b + i + 1)]);
    g.setPen(Qt::NoPen);
    g.setBrush(QColor(120, 80, 70));
    g.drawEllipse(p[32], 3, 2);
    g.drawEllipse(p[34], 3, 2);
    g.end();
    QRandomGenerator rng(7);
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            const int n = int(rng.bounded(9)) - 4;
            img.setPixelColor(x, y,
                              QColor(std::clamp(c.red() + n, 0, 255), std::clamp(c.green() + n, 0, 255),
                                     std::clamp(c.blue() + n, 0, 255)));
        }
    return img;
}

AlignedFace faceWith(const Landmarks68& p)
{
    AlignedFace f;
    f.face.landmarks = p;
    f.face.facesFound = 1;
    return f;
}

const ComponentVisibility& of(const QList<ComponentVisibility>& list, const QString& component)
{
    for (const ComponentVisibility& v : list)
        if (v.component == component)
            return v;
    static const ComponentVisibility none{QStringLiteral("?"), true, {}, {}, 0};
    ADD_FAILURE() << "no entry for " << component.toStdString();
    return none;
}

QStringList hiddenIds(const QList<ComponentVisibility>& list)
{
    QStringList out;
    for (const ComponentVisibility& v : hiddenComponents(list))
        out << v.component + QLatin1Char(':') + v.reason;
    return out;
}

QString sample(int i)
{
    const QString assets =
        qEnvironmentVariable("DESCRY_ASSETS_DIR", QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/assets"));
    return assets + QStringLiteral("/face-api/demo/sample%1.jpg").arg(i);
}

QString sharedFaces()
{
    return QStringLiteral(DESCRY_TEST_SHARED_DIR "/data/faces");
}

} // namespace

TEST(Visibility, AnswersForEveryCatalogComponent)
{
    QFile f(QStringLiteral(DESCRY_TEST_SOURCE_DIR "/descriptors/fiswg-face.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QStringList catalog;
    for (const QJsonValue& c : QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("components")].toArray())
        catalog << c[QStringLiteral("id")].toString();
    EXPECT_EQ(visibilityComponents(), catalog);
    const Landmarks68 p = syntheticLandmarks();
    auto v = checkVisibility(syntheticFace(p), faceWith(p));
    ASSERT_TRUE(v.ok()) << v.error().toString().toStdString();
    ASSERT_EQ(v->size(), catalog.size());
    for (int i = 0; i < catalog.size(); ++i)
        EXPECT_EQ((*v)[i].component, catalog[i]);
    for (const QString& name : catalog)
        EXPECT_NE(visibilityComponentName(name), name) << "no display name for " << name.toStdString();
}

TEST(Visibility, GeneratedFaceIsFullyVisible)
{
    const Landmarks68 p = syntheticLandmarks();
    auto v = checkVisibility(syntheticFace(p), faceWith(p));
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(hiddenComponents(*v).isEmpty()) << hiddenIds(*v).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(visibilityNotes(*v).isEmpty());
    for (const ComponentVisibility& c : *v) {
        EXPECT_GE(c.score, 0.0);
        EXPECT_LE(c.score, 1.0);
        EXPECT_TRUE(c.reason.isEmpty());
    }
}

TEST(Visibility, DrawnSunglassesHideTheEyes)
{
    const Landmarks68 p = syntheticLandmarks();
    const QImage img = drawOccluder(syntheticFace(p), p, Occluder::Sunglasses);
    auto v = checkVisibility(img, faceWith(p));
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(of(*v, QStringLiteral("eyes")).visible);
    EXPECT_EQ(of(*v, QStringLiteral("eyes")).reason, QStringLiteral("dark-glasses"));
    EXPECT_GT(of(*v, QStringLiteral("eyes")).score, 0.5);
    EXPECT_TRUE(of(*v, QStringLiteral("mouth")).visible);
    EXPECT_EQ(visibilityNotes(*v, VisibilityPhoto::Reference),
              QStringList{QStringLiteral("Eyes not visible in the reference (dark glasses)")});
}

TEST(Visibility, DrawnMasksHideMouthAndNose)
{
    const Landmarks68 p = syntheticLandmarks();
    for (Occluder o : {Occluder::MaskLightBlue, Occluder::MaskWhite, Occluder::MaskBlack}) {
        auto v = checkVisibility(drawOccluder(syntheticFace(p), p, o), faceWith(p));
        ASSERT_TRUE(v.ok());
        for (const QString& c : {QStringLiteral("mouth"), QStringLiteral("nose"), QStringLiteral("chin")}) {
            EXPECT_FALSE(of(*v, c).visible) << occluderId(o).toStdString() << " " << c.toStdString();
            EXPECT_EQ(of(*v, c).reason, QStringLiteral("mask")) << occluderId(o).toStdString();
        }
        EXPECT_TRUE(of(*v, QStringLiteral("eyes")).visible) << occluderId(o).toStdString();
    }
}

TEST(Visibility, HandAndFringe)
{
    const Landmarks68 p = syntheticLandmarks();
    auto hand = checkVisibility(drawOccluder(syntheticFace(p), p, Occluder::Hand), faceWith(p));
    ASSERT_TRUE(hand.ok());
    EXPECT_FALSE(of(*hand, QStringLiteral("mouth")).visible) << hiddenIds(*hand).join(' ').toStdString();
    EXPECT_TRUE(of(*hand, QStringLiteral("eyes")).visible);
    auto fringe = checkVisibility(drawOccluder(syntheticFace(p), p, Occluder::HairFringe), faceWith(p));
    ASSERT_TRUE(fringe.ok());
    EXPECT_FALSE(of(*fringe, QStringLiteral("forehead")).visible) << hiddenIds(*fringe).join(' ').toStdString();
    EXPECT_EQ(of(*fringe, QStringLiteral("forehead")).reason, QStringLiteral("hair"));
    EXPECT_TRUE(of(*fringe, QStringLiteral("mouth")).visible);
}

TEST(Visibility, ExtremeExpressionFromLandmarks)
{
    const Landmarks68 open = syntheticLandmarks(40);
    auto v = checkVisibility(syntheticFace(open), faceWith(open));
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(of(*v, QStringLiteral("mouth")).visible);
    EXPECT_EQ(of(*v, QStringLiteral("mouth")).reason, QStringLiteral("expression"));
    EXPECT_TRUE(of(*v, QStringLiteral("eyes")).visible);
    EXPECT_EQ(visibilityNotes(*v), QStringList{QStringLiteral("Mouth not assessable (extreme expression)")});

    const Landmarks68 closed = syntheticLandmarks(2, 1);
    auto c = checkVisibility(syntheticFace(closed), faceWith(closed));
    ASSERT_TRUE(c.ok());
    EXPECT_FALSE(of(*c, QStringLiteral("eyes")).visible);
    EXPECT_EQ(of(*c, QStringLiteral("eyes")).reason, QStringLiteral("expression"));
    EXPECT_TRUE(of(*c, QStringLiteral("mouth")).visible);
}

TEST(Visibility, LandmarksOutsideThePhotoAreOutOfFrame)
{
    const Landmarks68 p = syntheticLandmarks();
    const QImage full = syntheticFace(p);
    const QImage top = full.copy(0, 0, 400, 260); // the mouth and the chin are cut off
    auto v = checkVisibility(top, faceWith(p));
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(of(*v, QStringLiteral("mouth")).reason, QStringLiteral("out-of-frame"));
    EXPECT_EQ(of(*v, QStringLiteral("chin")).reason, QStringLiteral("out-of-frame"));
    EXPECT_TRUE(of(*v, QStringLiteral("eyes")).visible);
}

TEST(Visibility, EmptyImageIsAnInputError)
{
    auto v = checkVisibility(QImage(), faceWith(syntheticLandmarks()));
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code(), ErrorCode::Input);
}

// The face-api samples are group photos: the occluders are drawn on the largest face and checked with its own
// landmarks (re-detecting could pick another person once this one is covered).
TEST(Visibility, SamplePhotosWithDrawnOccluders)
{
    if (!QFileInfo::exists(sample(1)))
        GTEST_SKIP() << "face-api sample photos absent (packaging/setup.sh fetches them): " << sample(1).toStdString();
    auto detector = FaceDetector::loadDefault();
    ASSERT_TRUE(detector.ok()) << detector.error().toString().toStdString();
    int checked = 0, fringes = 0;
    auto measures = [](const QImage& img, const AlignedFace& face) {
        QString text;
        const auto m = visibilityMeasurements(img, face);
        for (auto it = m->begin(); it != m->end(); ++it)
            text += QStringLiteral("%1=%2 ").arg(it.key()).arg(it.value(), 0, 'f', 2);
        return text.toStdString();
    };
    for (int i = 1; i <= 6; ++i) {
        const QImage img(sample(i));
        auto face = detector->detectAndAlign(img, sample(i));
        if (!face)
            continue;
        ++checked;
        auto original = checkVisibility(img, *face);
        ASSERT_TRUE(original.ok());
        for (const ComponentVisibility& c : *original)
            EXPECT_TRUE(c.reason != QLatin1String("dark-glasses") && c.reason != QLatin1String("mask"))
                << "sample" << i << ": false alarm " << c.component.toStdString() << " " << c.reason.toStdString();
        auto fringe = checkVisibility(drawOccluder(img, face->face.landmarks, Occluder::HairFringe, quint32(i)), *face);
        ASSERT_TRUE(fringe.ok());
        fringes += !of(*fringe, QStringLiteral("forehead")).visible;
        for (Occluder o : {Occluder::Sunglasses, Occluder::MaskLightBlue, Occluder::MaskBlack}) {
            const QImage occluded = drawOccluder(img, face->face.landmarks, o, quint32(i));
            auto v = checkVisibility(occluded, *face);
            ASSERT_TRUE(v.ok());
            for (const QString& c : occludedComponents(o))
                EXPECT_FALSE(of(*v, c).visible) << "sample" << i << " " << occluderId(o).toStdString() << " "
                                                << c.toStdString() << ": " << measures(occluded, *face);
        }
    }
    EXPECT_GE(checked, 3);
    // A drawn fringe is flat on a large, sharp face (its strands are finer than the skin's pores at the measuring
    // scale): caught on most samples, not all.
    EXPECT_GE(2 * fringes, checked);
}

// Measured with `descry-cli eval visibility --faces ../shared/data/faces --every 11` (56 faces): sunglasses 0.92,
// masks 0.90-1.00 (of the 10-13 faces the HOG detector still finds), hand 0.82, fringe 0.91, false alarms 1/56
// (hair). On a smaller sample here (every 23rd photo, a few minutes) each rate may drop 20 points below,
// false alarms stay ≤ 15 % (measured on this sample: 3 of 27 = 11.1 %, all by the hair rule).
TEST(Visibility, DetectionRateOnSharedFaces)
{
    if (!QFileInfo::exists(sharedFaces()))
        GTEST_SKIP() << "../shared/data/faces not present (user clone): skipping the measured detection rate";
    auto detector = FaceDetector::loadDefault();
    ASSERT_TRUE(detector.ok());
    auto ev = evaluateVisibility(sharedFaces(), *detector, 23); // ~27 photos: a few minutes
    ASSERT_TRUE(ev.ok()) << ev.error().toString().toStdString();
    EXPECT_GT(ev->faces, 20);
    const QMap<QString, double> measured{{QStringLiteral("sunglasses"), 0.95}, {QStringLiteral("mask-light-blue"), 0.9},
                                         {QStringLiteral("mask-white"), 0.9},  {QStringLiteral("mask-black"), 0.9},
                                         {QStringLiteral("hand"), 0.85},       {QStringLiteral("hair-fringe"), 0.8}};
    for (const OccluderRate& r : ev->occluders)
        EXPECT_GE(r.rate(), measured.value(r.occluder) - 0.20) << r.occluder.toStdString() << "\n"
                                                               << ev->toText().toStdString();
    EXPECT_LE(ev->falseAlarmRate(), 0.15) << ev->toText().toStdString();
}
