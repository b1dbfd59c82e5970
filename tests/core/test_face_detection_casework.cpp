// Face detection as casework needs it: a small face off-centre in a large photo (automatic upsampling), several
// faces in one photo (all listed, largest first, the largest analysed unless another is asked for), a photo taken
// sideways (retried at 90° steps and stated), and a face index beyond the faces found. Fixtures are generated
// from the face-api sample photos (packaging/assets/face-api/demo, fetched at set-up).
#include "core/face/FaceAnalyzer.h"
#include "core/face/FaceDetector.h"
#include "core/face/FaceEncoders.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace descry;

namespace {

QString sample(int i)
{
    const QString assets =
        qEnvironmentVariable("DESCRY_ASSETS_DIR", QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/assets"));
    return assets + QStringLiteral("/face-api/demo/sample%1.jpg").arg(i);
}

// The face of a sample photo cut out with a margin (1.8 × its box), scaled so that the detector's box would be
// about `boxPixels` wide.
QImage facePatch(const FaceDetector& detector, int sampleIndex, double boxPixels)
{
    const QImage photo(sample(sampleIndex));
    if (photo.isNull())
        return {};
    auto face = detector.detect(photo, sample(sampleIndex));
    if (!face)
        return {};
    const QRectF box = face->box;
    const double side = 1.8 * std::max(box.width(), box.height());
    const QRect crop = QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side).toRect();
    const QImage cut = photo.copy(crop.intersected(photo.rect())).convertToFormat(QImage::Format_RGB888);
    const double scale = boxPixels / box.width();
    return cut.scaled(int(cut.width() * scale), int(cut.height() * scale), Qt::KeepAspectRatio,
                      Qt::SmoothTransformation);
}

QImage canvas(int w, int h)
{
    QImage out(w, h, QImage::Format_RGB888);
    out.fill(QColor(235, 235, 235));
    return out;
}

void paste(QImage* target, const QImage& patch, QPoint at)
{
    QPainter p(target);
    p.drawImage(at, patch);
}

bool inside(const QRectF& box, const Landmarks68& landmarks, double margin)
{
    const QRectF grown =
        box.adjusted(-margin * box.width(), -margin * box.height(), margin * box.width(), margin * box.height());
    for (const QPointF& p : landmarks)
        if (!grown.contains(p))
            return false;
    return true;
}

class FaceDetectionCasework : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QFileInfo::exists(sample(1)) || !QFileInfo::exists(sample(2)))
            GTEST_SKIP() << "face-api sample photos absent (packaging/setup.sh fetches them): "
                         << sample(1).toStdString();
        auto loaded = FaceDetector::loadDefault();
        ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
        detector = std::make_unique<FaceDetector>(*loaded);
    }
    std::unique_ptr<FaceDetector> detector;
};

} // namespace

TEST_F(FaceDetectionCasework, SamplePhotosAnalyseTheLargestFaceByDefault)
{
    for (int i = 1; i <= 2; ++i) {
        const QImage photo(sample(i));
        auto face = detector->detect(photo, sample(i));
        ASSERT_TRUE(face.ok()) << face.error().toString().toStdString();
        ASSERT_GE(face->candidates.size(), 1);
        EXPECT_EQ(face->chosen, 0);
        EXPECT_FALSE(face->chosenOnRequest);
        EXPECT_EQ(face->rotationDegrees, 0);
        EXPECT_EQ(face->box, face->candidates[0].box);
        EXPECT_EQ(face->detectorScore, face->candidates[0].score);
        // Asking for face 1 explicitly analyses exactly the default.
        DetectOptions first;
        first.faceIndex = 0;
        auto same = detector->detect(photo, sample(i), first);
        ASSERT_TRUE(same.ok());
        EXPECT_EQ(same->box, face->box);
        EXPECT_EQ(same->landmarks, face->landmarks);
        EXPECT_TRUE(same->chosenOnRequest);
    }
}

TEST_F(FaceDetectionCasework, SmallOffCentreFaceIsFoundByUpsampling)
{
    // ~50 px face box (about 20 px between the eyes): below the HOG detector's 80 px window.
    const QImage patch = facePatch(*detector, 1, 50);
    ASSERT_FALSE(patch.isNull());
    QImage photo = canvas(1600, 1200);
    const QPoint at(1600 - patch.width() - 30, 25); // top right corner
    paste(&photo, patch, at);

    DetectOptions plain;
    plain.upsampling = 0;
    plain.tryRotations = false;
    auto missed = detector->detect(photo, QStringLiteral("corner.jpg"), plain);
    ASSERT_FALSE(missed.ok()) << "the fixture must need upsampling";
    EXPECT_EQ(missed.error().code(), ErrorCode::Input);

    auto face = detector->detect(photo, QStringLiteral("corner.jpg"));
    ASSERT_TRUE(face.ok()) << face.error().toString().toStdString();
    EXPECT_GE(face->upsampling, 1);
    EXPECT_EQ(face->rotationDegrees, 0);
    EXPECT_EQ(face->candidates.size(), 1);
    const QRectF pasted(at, patch.size());
    EXPECT_TRUE(pasted.contains(face->box.center())) << face->box.x() << "," << face->box.y();
    EXPECT_NEAR(face->box.width(), 50, 20);
    EXPECT_TRUE(inside(face->box, face->landmarks, 0.2));
}

TEST_F(FaceDetectionCasework, TwoFacesAreListedLargestFirstAndEitherCanBeAnalysed)
{
    const QImage big = facePatch(*detector, 1, 170);
    const QImage small = facePatch(*detector, 2, 110);
    ASSERT_FALSE(big.isNull());
    ASSERT_FALSE(small.isNull());
    QImage photo = canvas(big.width() + small.width() + 120, std::max(big.height(), small.height()) + 60);
    // The smaller face on the left, so "largest first" is not just the detector's left-to-right order.
    const QPoint smallAt(30, 30), bigAt(small.width() + 90, 30);
    paste(&photo, small, smallAt);
    paste(&photo, big, bigAt);
    const QRectF smallArea(smallAt, small.size()), bigArea(bigAt, big.size());

    auto face = detector->detect(photo, QStringLiteral("two.jpg"));
    ASSERT_TRUE(face.ok()) << face.error().toString().toStdString();
    ASSERT_EQ(face->candidates.size(), 2);
    EXPECT_EQ(face->facesFound, 2);
    const QRectF first = face->candidates[0].box, second = face->candidates[1].box;
    EXPECT_GT(first.width() * first.height(), second.width() * second.height());
    EXPECT_TRUE(bigArea.contains(first.center()));
    EXPECT_TRUE(smallArea.contains(second.center()));
    EXPECT_EQ(face->chosen, 0);
    EXPECT_EQ(face->box, first);
    EXPECT_TRUE(inside(first, face->landmarks, 0.15));
    EXPECT_FALSE(inside(second, face->landmarks, 0.15));

    DetectOptions other;
    other.faceIndex = 1;
    auto picked = detector->detect(photo, QStringLiteral("two.jpg"), other);
    ASSERT_TRUE(picked.ok()) << picked.error().toString().toStdString();
    EXPECT_EQ(picked->chosen, 1);
    EXPECT_TRUE(picked->chosenOnRequest);
    EXPECT_EQ(picked->box, second);
    EXPECT_EQ(picked->detectorScore, face->candidates[1].score);
    EXPECT_EQ(picked->candidates.size(), 2);
    EXPECT_TRUE(inside(second, picked->landmarks, 0.15));
    EXPECT_FALSE(inside(first, picked->landmarks, 0.15));

    // The whole pipeline front end too: alignment and chips come from the chosen face.
    auto aligned = detector->detectAndAlign(photo, QStringLiteral("two.jpg"), other);
    ASSERT_TRUE(aligned.ok());
    EXPECT_EQ(aligned->face.box, second);
    EXPECT_FALSE(aligned->chip150.isNull());

    DetectOptions beyond;
    beyond.faceIndex = 2;
    auto refused = detector->detect(photo, QStringLiteral("/cases/two.jpg"), beyond);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::Input);
    const QString message = refused.error().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("face 3 requested but 2 faces were found"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("two.jpg"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1Char('\n')));
}

// Convention: rotationDegrees is the clockwise rotation applied to the photo to make the face upright; a photo
// taken with the camera turned so the face lies rotated 90° counter-clockwise is found at 90.
TEST_F(FaceDetectionCasework, SidewaysPhotoIsFoundAfterRotatingAndSaysSo)
{
    // A sideways photo must have no upright face at all; HOG finds a spurious one in some, so the fixture is the
    // first sample photo whose sideways version has none.
    DetectOptions noRetry;
    noRetry.tryRotations = false;
    QImage upright, sideways;
    for (int i = 2; i <= 6 && sideways.isNull(); ++i) {
        const QImage photo(sample(i));
        const QImage turned = FaceDetector::rotated(photo, 270); // = 90° counter-clockwise
        if (!photo.isNull() && !detector->detect(turned, QStringLiteral("sideways.jpg"), noRetry).ok()) {
            upright = photo;
            sideways = turned;
        }
    }
    ASSERT_FALSE(sideways.isNull()) << "every sideways sample photo has an upright (spurious) face";
    ASSERT_EQ(sideways.width(), upright.height());
    auto reference = detector->detect(upright, QStringLiteral("upright.jpg"));
    ASSERT_TRUE(reference.ok());
    auto none = detector->detect(sideways, QStringLiteral("sideways.jpg"), noRetry);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().toString().contains(QStringLiteral("no face found")));

    auto aligned = detector->detectAndAlign(sideways, QStringLiteral("sideways.jpg"));
    ASSERT_TRUE(aligned.ok()) << aligned.error().toString().toStdString();
    EXPECT_EQ(aligned->face.rotationDegrees, 90);
    // Box and landmarks are in the rotated (= upright) image: where the upright photo has them.
    EXPECT_NEAR(aligned->face.box.center().x(), reference->box.center().x(), 3);
    EXPECT_NEAR(aligned->face.box.center().y(), reference->box.center().y(), 3);
    EXPECT_NEAR(aligned->face.landmarks[30].x(), reference->landmarks[30].x(), 3);
    EXPECT_NEAR(aligned->face.landmarks[30].y(), reference->landmarks[30].y(), 3);
    ASSERT_EQ(aligned->quality.notes.size(), 1);
    EXPECT_EQ(aligned->quality.notes[0], QStringLiteral("no face upright; found after rotating 90° clockwise"));
    EXPECT_TRUE(aligned->quality.problems.isEmpty() || !aligned->quality.problems.join(' ').contains("rotat"));

    // A face crop's orientation is given: no retry, the crop is taken whole.
    DetectOptions crop;
    crop.cropped = true;
    auto whole = detector->detect(sideways, QStringLiteral("sideways.jpg"), crop);
    ASSERT_TRUE(whole.ok());
    EXPECT_TRUE(whole->assumedCropped);
    EXPECT_EQ(whole->rotationDegrees, 0);
}

TEST_F(FaceDetectionCasework, AnalyzerAnalysesTheRotatedPhoto)
{
    const QImage upright(sample(2));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("upside-down.png"));
    ASSERT_TRUE(FaceDetector::rotated(upright, 180).save(path));
    FaceAnalyzer analyzer(std::make_shared<DlibFaceLocator>(*detector), nullptr);
    auto a = analyzer.analyze(path);
    ASSERT_TRUE(a.ok()) << a.error().toString().toStdString();
    EXPECT_EQ(a->aligned.face.rotationDegrees, 180);
    EXPECT_EQ(a->image.image.size(), upright.size());
    // The analysed image is the upright one: the landmarks fall on it as on the original.
    auto reference = detector->detect(upright, sample(2));
    ASSERT_TRUE(reference.ok());
    EXPECT_NEAR(a->aligned.face.landmarks[36].x(), reference->landmarks[36].x(), 3);
    EXPECT_NEAR(a->aligned.face.landmarks[36].y(), reference->landmarks[36].y(), 3);
}

TEST(FaceDetectorRotation, RotatesClockwiseInNinetyDegreeSteps)
{
    QImage image(4, 2, QImage::Format_RGB888);
    image.fill(Qt::black);
    image.setPixelColor(0, 0, Qt::red); // top left
    const QImage cw = FaceDetector::rotated(image, 90);
    ASSERT_EQ(cw.size(), QSize(2, 4));
    EXPECT_EQ(cw.pixelColor(1, 0), QColor(Qt::red)); // top left goes to top right
    const QImage half = FaceDetector::rotated(image, 180);
    EXPECT_EQ(half.pixelColor(3, 1), QColor(Qt::red));
    const QImage ccw = FaceDetector::rotated(image, 270);
    EXPECT_EQ(ccw.pixelColor(0, 3), QColor(Qt::red));
    EXPECT_EQ(FaceDetector::rotated(image, 0), image);
    EXPECT_TRUE(FaceDetector::rotationNote(0).isEmpty());
    EXPECT_EQ(FaceDetector::rotationNote(270), QStringLiteral("no face upright; found after rotating 270° clockwise"));
}
