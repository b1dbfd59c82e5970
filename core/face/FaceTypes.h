#pragma once

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>

namespace descry {

using Landmarks68 = std::array<QPointF, 68>;

// The face found in one image: the largest detection, its 68 landmarks and how many faces there were.
struct DetectedFace
{
    QRectF box;
    double detectorScore = 0;
    Landmarks68 landmarks;
    int facesFound = 0;
    int upsampling = 0;
    bool assumedCropped = false; // no detection: the whole image was taken as the face
};

// Image quality of a face for comparison; `problems` says why a comparison would be inconclusive.
struct FaceQuality
{
    double interEyePixels = 0; // distance between eye centres in the original image
    double rollDegrees = 0;    // in-plane rotation of the eye line
    double yawDegrees = 0;     // left/right head turn estimated from landmarks (rough)
    double sharpness = 0;      // variance of the Laplacian of the aligned 150x150 chip
    QStringList problems;
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
