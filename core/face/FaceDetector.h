#pragma once

#include "core/common/Result.h"
#include "core/face/FaceTypes.h"

#include <memory>

namespace descry {

struct FaceDetectorImpl;

// Options for finding a face.
struct DetectOptions
{
    int upsampling = -1;  // -1: automatic (small images are upsampled until a face is found, at most 3 times)
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

    // Finds the largest face; Input error "no face found" naming `file` otherwise.
    Result<DetectedFace> detect(const QImage& image, const QString& file, const DetectOptions& options = {}) const;

    // Detects, aligns (dlib 150 chip, 224 template) and rates quality.
    Result<AlignedFace> detectAndAlign(const QImage& image, const QString& file,
                                       const DetectOptions& options = {}) const;

private:
    explicit FaceDetector(std::shared_ptr<const FaceDetectorImpl> impl) : d(std::move(impl)) {}
    std::shared_ptr<const FaceDetectorImpl> d;
};

} // namespace descry
