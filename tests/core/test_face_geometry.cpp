#include "core/face/FaceDetector.h"
#include "core/face/Morphometry.h"
#include "core/face/detail/FaceGeometry.h"
#include "core/face/FaceConcepts.h"
#include "core/face/train/FacePairs.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTransform>
#include <gtest/gtest.h>

#include <cmath>
#include <set>

using namespace descry;

namespace {

// A plausible frontal 68-point layout (iBUG indexing) built from simple curves, in a 200x200 frame.
Landmarks68 syntheticFace()
{
    Landmarks68 p;
    for (int i = 0; i <= 16; ++i) { // jaw: half ellipse
        const double t = M_PI * (1.0 - i / 16.0);
        p[i] = QPointF(100 + 70 * std::cos(t), 90 + 85 * std::sin(t) * (i == 0 || i == 16 ? 0.05 : 1.0));
    }
    for (int i = 0; i < 5; ++i) {
        p[17 + i] = QPointF(45 + i * 10, 62 - 6 * std::sin(M_PI * i / 4));  // right brow
        p[22 + i] = QPointF(115 + i * 10, 62 - 6 * std::sin(M_PI * i / 4)); // left brow
    }
    for (int i = 0; i < 4; ++i)
        p[27 + i] = QPointF(100, 80 + i * 10); // nose bridge
    for (int i = 0; i < 5; ++i)
        p[31 + i] = QPointF(88 + i * 6, 118 + (i == 2 ? 3 : 0));
    const double eye[6][2] = {{-15, 0}, {-8, -5}, {2, -5}, {10, 0}, {2, 4}, {-8, 4}};
    for (int i = 0; i < 6; ++i) {
        p[36 + i] = QPointF(70 + eye[i][0], 80 + eye[i][1]);
        p[42 + i] = QPointF(130 + eye[i][0], 80 + eye[i][1]);
    }
    for (int i = 0; i < 12; ++i) { // outer lip ellipse
        const double t = 2 * M_PI * i / 12;
        p[48 + i] = QPointF(100 - 25 * std::cos(t), 145 - 10 * std::sin(t));
    }
    for (int i = 0; i < 8; ++i) { // inner lip
        const double t = 2 * M_PI * i / 8;
        p[60 + i] = QPointF(100 - 18 * std::cos(t), 145 - 3 * std::sin(t));
    }
    return p;
}

Landmarks68 transformed(const Landmarks68& p, const QTransform& t)
{
    Landmarks68 out;
    for (int i = 0; i < 68; ++i)
        out[i] = t.map(p[i]);
    return out;
}

QString sharedFaces()
{
    return QStringLiteral(DESCRY_TEST_SHARED_DIR "/data/faces");
}

} // namespace

TEST(Morphometry, InvariantToScaleRotationAndTranslation)
{
    const Landmarks68 p = syntheticFace();
    const auto base = morphometry::measure(p);
    ASSERT_EQ(base.size(), size_t(morphometry::quantities().size()));
    QTransform t;
    t.translate(300, -40);
    t.rotate(17);
    t.scale(2.7, 2.7);
    const auto moved = morphometry::measure(transformed(p, t));
    for (size_t i = 0; i < base.size(); ++i) {
        EXPECT_TRUE(std::isfinite(base[i])) << morphometry::quantities()[int(i)].toStdString();
        EXPECT_NEAR(base[i], moved[i], 1e-9 * std::max(1.0, std::abs(base[i])))
            << morphometry::quantities()[int(i)].toStdString();
    }
}

TEST(Morphometry, MeasuresByTheirDefinitions)
{
    Landmarks68 p = syntheticFace();
    const auto v = morphometry::measure(p);
    auto at = [&](const char* q) { return v[size_t(morphometry::quantities().indexOf(QLatin1String(q)))]; };
    // IOD: eye centres at x = 70 + mean(-15,-8,2,10,2,-8)/.. ; both eyes share the same offsets, 60 px apart.
    const double iod = 60.0;
    EXPECT_NEAR(at("brow.gap"), std::hypot(p[21].x() - p[22].x(), p[21].y() - p[22].y()) / iod, 1e-9);
    EXPECT_NEAR(at("mouth.width"), 50.0 / iod, 1e-9); // corners at 100 ± 25
    EXPECT_NEAR(at("eyes.tilt"), 0.0, 1e-9);          // corners level
    // Widening the nose raises nose.width and nothing else about the eyes.
    p[31].rx() -= 5;
    p[35].rx() += 5;
    const auto w = morphometry::measure(p);
    EXPECT_GT(w[size_t(morphometry::quantities().indexOf(QStringLiteral("nose.width")))], at("nose.width"));
    EXPECT_DOUBLE_EQ(w[size_t(morphometry::quantities().indexOf(QStringLiteral("eyes.width")))], at("eyes.width"));
}

TEST(Morphometry, StatsAndGradeScores)
{
    const auto s = morphometry::computeStats({{1.0, 10.0}, {3.0, 10.0}});
    EXPECT_DOUBLE_EQ(s.mean[0], 2.0);
    EXPECT_NEAR(s.stddev[0], std::sqrt(2.0), 1e-12);
    EXPECT_GT(s.stddev[1], 0.0); // constant quantity: guarded, no division by zero
    const auto z = morphometry::zScores({2.0 + std::sqrt(2.0), 10.0}, s);
    EXPECT_NEAR(z[0], 1.0, 1e-12);
    EXPECT_DOUBLE_EQ(morphometry::gradeScore(1.2, 1.2), 0.0);
    EXPECT_DOUBLE_EQ(morphometry::gradeScore(0.0, 1.2), -0.72);
}

TEST(FaceGeometry, SimilarityTransformRecoversAKnownTransform)
{
    QTransform truth;
    truth.translate(12, -7);
    truth.rotate(-23);
    truth.scale(1.7, 1.7);
    const QList<QPointF> src{{10, 10}, {50, 12}, {30, 35}, {15, 55}, {45, 56}};
    QList<QPointF> dst;
    for (const QPointF& s : src)
        dst << truth.map(s);
    const QTransform t = descry::detail::similarityTransform(src, dst);
    for (const QPointF& s : src) {
        EXPECT_NEAR(t.map(s).x(), truth.map(s).x(), 1e-9);
        EXPECT_NEAR(t.map(s).y(), truth.map(s).y(), 1e-9);
    }
}

TEST(FaceGeometry, QualityFlagsSmallFaces)
{
    const Landmarks68 p = transformed(syntheticFace(), QTransform::fromScale(0.2, 0.2));
    QImage chip(150, 150, QImage::Format_RGB888);
    chip.fill(Qt::gray);
    const FaceQuality q = descry::detail::assessQuality(p, chip);
    EXPECT_NEAR(q.interEyePixels, 12.0, 1e-9);
    EXPECT_FALSE(q.acceptable());
    EXPECT_EQ(q.problems.size(), 2); // eyes too close and a flat (blurred) chip
    EXPECT_NEAR(q.yawDegrees, 0.0, 1e-6);
}

TEST(FaceConcepts, LayoutFromTheShippedCatalog)
{
    auto catalog = Catalog::load(defaultFaceCatalogPath());
    ASSERT_TRUE(catalog.ok()) << catalog.error().toString().toStdString();
    auto layout = FaceConceptLayout::build(*catalog);
    ASSERT_TRUE(layout.ok()) << layout.error().toString().toStdString();
    // Catalog 1.1.0 with the landmark quantities: the 26 graded scales plus expression, pose and outline shape.
    EXPECT_EQ(layout->nDirect, 78 + 3 + 3 + 5);
    EXPECT_EQ(layout->numAppearance(), layout->nDirect);
    EXPECT_EQ(layout->groups.size(), 2 * 29);
    // A face measured 1.3 sd above average on every quantity: the "high" grade of a graded scale scores highest.
    const std::vector<double> z(size_t(morphometry::quantities().size()), 1.3);
    const auto d = layout->directScores(z, 0.1f);
    int scales = 0;
    for (const FaceConceptGroup& g : layout->groups) {
        if (g.source != ConceptSource::Measured || layout->concepts[g.concepts[0]].quantities.size() != 1 ||
            g.concepts.size() != 3 || catalog->groups()[g.catalogGroup].id == QLatin1String("other.pose"))
            continue;
        ++scales;
        EXPECT_GT(d[size_t(g.concepts[2])], d[size_t(g.concepts[1])]);
        EXPECT_GT(d[size_t(g.concepts[1])], d[size_t(g.concepts[0])]);
    }
    EXPECT_EQ(scales, 26);
    const auto labels = layout->nearestGradeLabels(z);
    EXPECT_EQ(std::count(labels.begin(), labels.end(), 1.f), 29);
}

TEST(FacePairs, BalancedAndDeterministic)
{
    const std::vector<int> identity{0, 0, 0, 1, 1, 2, -1};
    const std::vector<int> faces{0, 1, 2, 3, 4, 5, 6};
    const auto a = sampleBalancedPairs(faces, identity, 7);
    const auto b = sampleBalancedPairs(faces, identity, 7);
    ASSERT_EQ(a.size(), 8u); // 3 + 1 same pairs, 4 different
    int same = 0;
    std::set<std::pair<int, int>> seen;
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].a, b[i].a);
        EXPECT_EQ(a[i].b, b[i].b);
        EXPECT_NE(a[i].a, 6);
        EXPECT_NE(a[i].b, 6);
        EXPECT_EQ(a[i].same, identity[size_t(a[i].a)] == identity[size_t(a[i].b)] ? 1 : 0);
        EXPECT_TRUE(seen.insert({a[i].a, a[i].b}).second);
        same += a[i].same;
    }
    EXPECT_EQ(same, 4);
}

TEST(FaceDetector, NoFaceInABlankImageNamesTheFile)
{
    auto detector = FaceDetector::loadDefault();
    ASSERT_TRUE(detector.ok()) << detector.error().toString().toStdString();
    QImage blank(320, 240, QImage::Format_RGB888);
    blank.fill(QColor(200, 180, 160));
    auto r = detector->detect(blank, QStringLiteral("wall.jpg"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), ErrorCode::Input);
    EXPECT_EQ(r.error().toString(), QStringLiteral("wall.jpg: no face found")); // the file is named once
}

TEST(FaceDetector, FindsAndAlignsRealFaces)
{
    if (!QFileInfo::exists(sharedFaces()))
        GTEST_SKIP() << "../shared/data/faces not present (user clone): skipping real-face detection";
    auto detector = FaceDetector::loadDefault();
    ASSERT_TRUE(detector.ok());
    QImage yale(sharedFaces() + QStringLiteral("/yale/subject01.normal.jpeg"));
    ASSERT_FALSE(yale.isNull());
    auto a = detector->detectAndAlign(yale, QStringLiteral("subject01.normal"));
    ASSERT_TRUE(a.ok()) << a.error().toString().toStdString();
    EXPECT_EQ(a->face.facesFound, 1);
    EXPECT_EQ(a->chip150.size(), QSize(150, 150));
    EXPECT_EQ(a->aligned224.size(), QSize(224, 224));
    EXPECT_GT(a->quality.interEyePixels, 30);
    EXPECT_LT(std::abs(a->quality.rollDegrees), 10);
    EXPECT_TRUE(a->face.box.contains(a->face.landmarks[30])); // nose tip inside the box

    // ORL faces are tiny (92x112): found with automatic upsampling.
    QImage orl(sharedFaces() + QStringLiteral("/orl/s1/1.pgm"));
    auto o = detector->detect(orl, QStringLiteral("s1/1.pgm"));
    ASSERT_TRUE(o.ok()) << o.error().toString().toStdString();
    EXPECT_GE(o->upsampling, 2);

    // A dlib chip is already a crop: the cropped option always yields landmarks.
    QImage chip(sharedFaces() + QStringLiteral("/dlib-johns/John_Simm/000288_00470387.jpg"));
    DetectOptions cropped;
    cropped.cropped = true;
    auto c = detector->detect(chip, QStringLiteral("chip"), cropped);
    ASSERT_TRUE(c.ok());
    EXPECT_GT(c->landmarks[45].x(), c->landmarks[36].x());
}
