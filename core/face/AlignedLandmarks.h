#pragma once

#include "core/face/FaceTypes.h"

#include <QList>
#include <QPointF>

namespace descry {

// The 68 landmarks of `face` in its aligned size×size image (AlignedFace::aligned224 for 224): the alignment is
// the similarity of the detector's five points onto the template, so a point the examiner moved is drawn where
// it was moved to under that same transform. Empty when the face has no landmarks.
QList<QPointF> alignedLandmarks(const DetectedFace& face, int size = 224);

// Distance between the eye centres (means of points 36-41 and 42-47) of 68 landmarks, the unit that makes
// probe and reference measurements comparable; 0 unless there are exactly 68 points.
double interEyeDistance(const QList<QPointF>& landmarks68);

} // namespace descry
