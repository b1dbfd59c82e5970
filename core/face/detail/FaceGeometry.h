#pragma once

#include "core/face/FaceTypes.h"

#include <QTransform>

namespace descry::detail {

// Landmark geometry shared by alignment, quality and morphometry (dlib 68-point indexing).
QPointF rightEyeCentre(const Landmarks68& p); // subject's right eye = image left (points 36-41)
QPointF leftEyeCentre(const Landmarks68& p);  // points 42-47

// The five alignment points: eye centres, nose tip, mouth corners.
std::array<QPointF, 5> fivePoints(const Landmarks68& p);

// Least-squares similarity transform (rotation, uniform scale, translation) mapping src onto dst (Umeyama).
QTransform similarityTransform(const QList<QPointF>& src, const QList<QPointF>& dst);

// The similarity alignToTemplate warps with: the five points onto the standard template scaled to size×size.
QTransform templateTransform(const Landmarks68& landmarks, int size);

// Warps the image so the five points land on the standard template scaled to size×size.
QImage alignToTemplate(const QImage& image, const Landmarks68& landmarks, int size);

// Inter-eye distance, roll, yaw estimate and sharpness, with the problems that make a comparison inconclusive.
FaceQuality assessQuality(const Landmarks68& landmarks, const QImage& chip150);

// Quality limits (documented in reports).
constexpr double MinInterEyePixels = 20.0;
constexpr double MaxYawDegrees = 30.0;
constexpr double MinSharpness = 20.0;

} // namespace descry::detail
