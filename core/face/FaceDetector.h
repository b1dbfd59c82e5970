#pragma once

#include "core/common/Result.h"
#include "core/face/FaceTypes.h"
#include "core/imaging/ImageLoader.h"

#include <memory>

namespace descry {

struct FaceDetectorImpl;

// Options for finding a face.
struct DetectOptions
{
    // -1: automatic (small images are upsampled until a face is found, at most 3 times). Either way never past
    // ImageLimits::defaults(): see allowedUpsampling().
    int upsampling = -1;
    bool cropped = false; // the image is already a face crop: use the whole image when nothing is detected
};

// dlib HOG face detector plus the 68-point shape predictor from libdlib-data, and alignment.
// Immutable after load; detect() and align() are thread-safe (the detector is copied per call).
class FaceDetector
{
public:
    static Result<FaceDetector> load(const QString& shapePredictorPath);
    // Uses /usr/share/dlib/shape_predictor_68_face_landmarks.dat, verified against assets.lock.
    static Result<FaceDetector> loadDefault();

    // Finds the largest face; Input error "no face found" naming `file` otherwise, or the limit an image beyond
    // ImageLimits::defaults() breaks (pixels, side, aspect ratio).
    Result<DetectedFace> detect(const QImage& image, const QString& file, const DetectOptions& options = {}) const;

    // Detects, aligns (dlib 150 chip, 224 template) and rates quality.
    Result<AlignedFace> detectAndAlign(const QImage& image, const QString& file,
                                       const DetectOptions& options = {}) const;

    // The most 2× upsamplings, up to `wanted`, after which an image of `size` still keeps within `limits`: at most
    // limits.maxPixels pixels and no side longer than limits.maxSide. The detector's pyramid never goes further,
    // so a thin 16-pixel-high strip is not blown up to gigabytes.
    static int allowedUpsampling(const QSize& size, int wanted, const ImageLimits& limits);

private:
    explicit FaceDetector(std::shared_ptr<const FaceDetectorImpl> impl) : d(std::move(impl)) {}
    std::shared_ptr<const FaceDetectorImpl> d;
};

} // namespace descry
