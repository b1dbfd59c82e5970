#pragma once

#include <QList>
#include <QPair>
#include <QPointF>

#include "core/common/Result.h"
#include "core/face/FaceTypes.h"
#include "core/imaging/ImageLoader.h"

#include <memory>

namespace descry {

struct FaceDetectorImpl;

// Options for finding a face.
struct DetectOptions
{
    // -1: automatic: the image pyramid is doubled (dlib's pyramid_up) step by step until a face is found: small
    // images until the short side is ~900 px (at most 3 times), any photo up to twice while the doubled image
    // keeps within kAutomaticUpsamplingPixels, so a small face in a corner of a large photo is found too. Either way
    // never past ImageLimits::defaults(): see allowedUpsampling().
    int upsampling = -1;
    bool cropped = false; // the image is already a face crop: use the whole image when nothing is detected
    // Which of the faces found is analysed, 0-based in DetectedFace::candidates (largest first); -1: the largest.
    // An index beyond the faces found is an Input error naming the file.
    int faceIndex = -1;
    // When no face is upright, retry with the photo rotated 90°, 180° and 270° clockwise (not for face crops,
    // whose orientation is given).
    bool tryRotations = true;
    // Landmarks the examiner moved: (0-based index, position in the analysed image's pixels). They replace the
    // detector's points for every measured characteristic; alignment and appearance keep the detector's points.
    QList<QPair<int, QPointF>> correctedLandmarks;
};

// dlib HOG face detector plus the 68-point shape predictor from libdlib-data, and alignment.
// Immutable after load; detect() and align() are thread-safe (the detector is copied per call).
class FaceDetector
{
public:
    static Result<FaceDetector> load(const QString& shapePredictorPath);
    // Uses /usr/share/dlib/shape_predictor_68_face_landmarks.dat, verified against assets.lock.
    static Result<FaceDetector> loadDefault();

    // Finds every face (DetectedFace::candidates, largest first) and analyses the largest or options.faceIndex;
    // when none is upright, the photo rotated by 90° steps (rotationDegrees). Input error "no face found" naming
    // `file` otherwise, "face 3 requested but 2 faces were found", or the limit an image beyond
    // ImageLimits::defaults() breaks (pixels, side, aspect ratio).
    Result<DetectedFace> detect(const QImage& image, const QString& file, const DetectOptions& options = {}) const;

    // Detects, aligns (dlib 150 chip, 224 template) and rates quality; a rotation is stated in quality.notes and the
    // chips come from the rotated photo.
    Result<AlignedFace> detectAndAlign(const QImage& image, const QString& file,
                                       const DetectOptions& options = {}) const;

    // The most 2× upsamplings, up to `wanted`, after which an image of `size` still keeps within `limits`: at most
    // limits.maxPixels pixels and no side longer than limits.maxSide. The detector's pyramid never goes further,
    // so a thin 16-pixel-high strip is not blown up to gigabytes.
    static int allowedUpsampling(const QSize& size, int wanted, const ImageLimits& limits);

    // Automatic upsampling goes on (when nothing was found yet) to two doublings while the upsampled image has at
    // most this many pixels: a 2048×1536 photo is scanned doubled once, a 1024×768 one twice.
    static constexpr qint64 kAutomaticUpsamplingPixels = 13'000'000;

    // `image` rotated clockwise by `degrees` (a multiple of 90), as the detector rotates a photo with no upright
    // face; the analysed image of a DetectedFace with rotationDegrees != 0.
    static QImage rotated(const QImage& image, int degrees);
    // The sentence that states a rotation ("no face upright; found after rotating 90° clockwise"); empty for 0.
    static QString rotationNote(int degrees);

private:
    // detect(), and the image the face was found in (the photo, or the photo rotated) in `analysed` when given.
    Result<DetectedFace> detectAnalysed(const QImage& image, const QString& file, const DetectOptions& options,
                                        QImage* analysed) const;
    explicit FaceDetector(std::shared_ptr<const FaceDetectorImpl> impl) : d(std::move(impl)) {}
    std::shared_ptr<const FaceDetectorImpl> d;
};

} // namespace descry
