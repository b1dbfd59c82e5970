#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>

namespace descry {

using Landmarks68 = std::array<QPointF, 68>;

// One face the detector found in a photo: its box (pixels of the analysed image) and the detector's score.
struct FaceCandidate
{
    QRectF box;
    double score = 0;
};

// The face analysed in one image (the largest detection unless another was asked for), its 68 landmarks and
// every face the detector found.
struct DetectedFace
{
    QRectF box;
    double detectorScore = 0;
    Landmarks68 landmarks;
    int facesFound = 0;
    int upsampling = 0;
    bool assumedCropped = false;     // no detection: the whole image was taken as the face
    QList<FaceCandidate> candidates; // every face found, largest box first (empty when assumedCropped)
    int chosen = 0;                  // index into candidates of the face analysed (0: the largest)
    bool chosenOnRequest = false;    // a face other than the default was asked for (DetectOptions::faceIndex)
    // Clockwise rotation (0, 90, 180, 270) applied to the photo before the face was found: no face was upright.
    // Box, landmarks and candidates are in the rotated image, which is then the analysed image.
    int rotationDegrees = 0;
    // Indices of the landmarks the examiner moved (DetectOptions::correctedLandmarks), ascending; their
    // detector positions in `detectedLandmarks` (same order).
    QList<int> correctedLandmarks;
    QList<QPointF> detectedLandmarks;
};

// Image quality of a face for comparison; `problems` says why a comparison would be inconclusive.
struct FaceQuality
{
    double interEyePixels = 0; // distance between eye centres in the original image
    double rollDegrees = 0;    // in-plane rotation of the eye line
    double yawDegrees = 0;     // left/right head turn estimated from landmarks (rough)
    double sharpness = 0;      // variance of the Laplacian of the aligned 150x150 chip
    QStringList problems;
    QStringList notes; // stated, not problems: e.g. the photo was rotated to find the face
    bool acceptable() const { return problems.isEmpty(); }
};

// A detected face with both aligned versions used downstream.
struct AlignedFace
{
    DetectedFace face;
    QImage chip150;    // dlib's 150x150 chip (padding 0.25) for the ResNet
    QImage aligned224; // 5-point similarity transform to the standard 224x224 template
    FaceQuality quality;
};

} // namespace descry
