// Viewing enhancement (issue 14, point 2) and the examiner's landmark corrections (point 3) in core: the display
// transform never touches its input, is stored strictly, and moved landmarks change what is measured.
#include "BlockFakePack.h"

#include "core/casefile/CaseDetails.h"
#include "core/face/AlignedLandmarks.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/imaging/ViewEnhancement.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace descry;

namespace {

QImage ramp()
{
    QImage image(64, 32, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(60 + x, 80 + x / 2, 100 + y));
    return image;
}

} // namespace

TEST(ViewEnhancement, TheIdentityIsTheImageAndEveryOperationChangesTheDisplayOnly)
{
    const QImage original = ramp();
    const QImage copy = original.copy();
    EXPECT_EQ(applyViewEnhancement(original, {}), original);
    ViewEnhancement brighter;
    brighter.brightness = 0.2;
    const QImage b = applyViewEnhancement(original, brighter);
    EXPECT_EQ(qRed(b.pixel(0, 0)), std::min(255, 60 + 51)) << "+0.2 of the range is +51 levels";
    ViewEnhancement contrast;
    contrast.contrast = 2;
    // Around mid-grey: 60 → (60/255 − 0.5)·2 + 0.5 → 0.

    EXPECT_EQ(qRed(applyViewEnhancement(original, contrast).pixel(0, 0)), 0);
    ViewEnhancement grey;
    grey.greyscale = true;
    const QImage g = applyViewEnhancement(original, grey);
    EXPECT_EQ(qRed(g.pixel(10, 10)), qGreen(g.pixel(10, 10)));
    EXPECT_EQ(qGreen(g.pixel(10, 10)), qBlue(g.pixel(10, 10)));
    ViewEnhancement clahe;
    clahe.clahe = true;
    EXPECT_NE(applyViewEnhancement(original, clahe), original);
    ViewEnhancement eq;
    eq.equalise = true;
    const QImage e = applyViewEnhancement(original, eq);
    EXPECT_NE(e, original);
    EXPECT_EQ(original, copy) << "the input is never modified";
    EXPECT_EQ(brighter.describe(), QStringLiteral("brightness +0.20"));
    EXPECT_EQ(ViewEnhancement{}.describe(), QStringLiteral("none"));
}

TEST(ViewEnhancement, IsStoredStrictly)
{
    ViewEnhancement e;
    e.gamma = 1.8;
    e.clahe = true;
    auto back = ViewEnhancement::fromJson(e.toJson(), QStringLiteral("details.view.probe"), QStringLiteral("c.descry"));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, e);
    QJsonObject bad = e.toJson();
    bad.insert(QStringLiteral("gamma"), 50);
    auto refused = ViewEnhancement::fromJson(bad, QStringLiteral("details.view.probe"), QStringLiteral("c.descry"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().toString().contains(QStringLiteral("'details.view.probe.gamma' must be a number")));
    bad = e.toJson();
    bad.insert(QStringLiteral("sharpen"), true);
    EXPECT_FALSE(ViewEnhancement::fromJson(bad, QStringLiteral("v"), QStringLiteral("c.descry")));
}

TEST(LandmarkCorrections, RoundTripInTheDetailsAndHostileOnesAreRefused)
{
    CaseDetails d;
    d.probeLandmarks = {{48, {100, 120}, {103.5, 121}}, {54, {140, 120}, {138, 119.5}}};
    d.referenceView.contrast = 1.5;
    auto back = CaseDetails::fromJson(d.toJson(), QStringLiteral("c.descry"));
    ASSERT_TRUE(back) << back.error().toString().toStdString();
    EXPECT_EQ(*back, d);
    EXPECT_EQ(
        CaseDetails::describeCorrections(d.probeLandmarks),
        QStringLiteral("point 48 (100.0, 120.0) \u2192 (103.5, 121.0), point 54 (140.0, 120.0) \u2192 (138.0, 119.5)"));
    QJsonObject o = d.toJson();
    QJsonObject marks = o.value(QStringLiteral("landmarks")).toObject();
    marks.insert(QStringLiteral("probe"), QJsonArray{QJsonObject{{QStringLiteral("index"), 70},
                                                                 {QStringLiteral("from"), QJsonArray{1, 2}},
                                                                 {QStringLiteral("to"), QJsonArray{3, 4}}}});
    o.insert(QStringLiteral("landmarks"), marks);
    auto refused = CaseDetails::fromJson(o, QStringLiteral("c.descry"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().toString().contains(QStringLiteral("not 0 to 67")));
}

TEST(LandmarkCorrections, AMovedPointChangesTheMeasuredCharacteristicsAndIsReported)
{
    QTemporaryDir dir;
    auto pack = fakes::writeBlockFakeFacePack(dir.path());
    ASSERT_TRUE(pack) << pack.error().toString().toStdString();
    auto model = FaceModel::open(*pack);
    ASSERT_TRUE(model);
    const auto shared = std::make_shared<const FaceModel>(*model);
    const QString a = dir.filePath(QStringLiteral("a.png")), b = dir.filePath(QStringLiteral("b.png"));
    ASSERT_TRUE(fakes::writeFakeFacePhoto(a, 2, 0));
    ASSERT_TRUE(fakes::writeFakeFacePhoto(b, 2, 1));
    FaceComparison comparison(shared);
    auto before = comparison.compare(a, b);
    ASSERT_TRUE(before) << before.error().toString().toStdString();
    // Move the probe's right mouth corner (54) outwards by a fifth of the mouth width.
    const QPointF corner = before->probe.face.landmarks[54];
    const QPointF moved = corner + (corner - before->probe.face.landmarks[48]) * 0.2;
    CompareOptions options;
    options.probeLandmarks = {{54, moved}};
    auto after = comparison.compare(a, b, options);
    ASSERT_TRUE(after) << after.error().toString().toStdString();
    EXPECT_EQ(after->probe.face.correctedLandmarks, QList<int>{54});
    EXPECT_EQ(after->probe.face.detectedLandmarks.value(0), corner);
    EXPECT_EQ(after->probe.face.landmarks[54], moved);
    EXPECT_TRUE(after->reference.face.correctedLandmarks.isEmpty());
    // Something measured from the mouth changed, and with it the score; the alignment did not.
    bool changed = false;
    for (int i = 0; i < before->probe.measured.size() && i < after->probe.measured.size(); ++i)
        changed = changed || before->probe.measured[i].value != after->probe.measured[i].value;
    EXPECT_TRUE(changed);
    EXPECT_NE(after->score, before->score);
    EXPECT_EQ(after->probe.aligned224, before->probe.aligned224);
    const QJsonArray json =
        after->toJson().value(QStringLiteral("probe")).toObject().value(QStringLiteral("landmarks_moved")).toArray();
    ASSERT_EQ(json.size(), 1);
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("index")).toInt(), 54);
    // In the aligned image, the moved point is where it was moved to under the detector's alignment.
    const QList<QPointF> alignedBefore = alignedLandmarks(before->probe.face);
    const QList<QPointF> alignedAfter = alignedLandmarks(after->probe.face);
    ASSERT_EQ(alignedAfter.size(), 68);
    EXPECT_NEAR(alignedAfter[48].x(), alignedBefore[48].x(), 1e-9);
    EXPECT_GT(QLineF(alignedAfter[54], alignedBefore[54]).length(), 1.0);
    // An index beyond the 68 points is refused, naming the file.
    options.probeLandmarks = {{68, moved}};
    auto refused = comparison.compare(a, b, options);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().toString().contains(QStringLiteral("a.png")));
}
