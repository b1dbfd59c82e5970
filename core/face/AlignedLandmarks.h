#pragma once

#include "core/face/FaceTypes.h"

#include <QList>
#include <QPointF>

namespace descry {

// The 68 landmarks of `face` in its aligned size×size image (AlignedFace::aligned224 for 224): the alignment is
// the similarity of the detector's five points onto the template, so a point the examiner moved is drawn where
// it was moved to under that same transform. Empty when the face has no landmarks.
QList<QPointF> alignedLandmarks(const DetectedFace& face, int size = 224);

} // namespace descry
