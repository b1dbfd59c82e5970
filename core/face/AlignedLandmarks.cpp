#include "core/face/AlignedLandmarks.h"

#include "core/face/detail/FaceGeometry.h"

namespace descry {

QList<QPointF> alignedLandmarks(const DetectedFace& face, int size)
{
    // The alignment used the detector's points: put the moved ones back for the transform only.
    Landmarks68 detected = face.landmarks;
    for (int i = 0; i < face.correctedLandmarks.size(); ++i)
        detected[size_t(face.correctedLandmarks[i])] = face.detectedLandmarks.value(i);
    const auto five = detail::fivePoints(detected);
    if (QLineF(five[0], five[1]).length() < 1e-6)
        return {};
    const QTransform t = detail::templateTransform(detected, size);
    QList<QPointF> out;
    for (const QPointF& p : face.landmarks)
        out << t.map(p);
    return out;
}

double interEyeDistance(const QList<QPointF>& landmarks)
{
    if (landmarks.size() != 68)
        return 0;
    QPointF left, right;
    for (int i = 36; i < 42; ++i)
        left += landmarks[i] / 6.0;
    for (int i = 42; i < 48; ++i)
        right += landmarks[i] / 6.0;
    return QLineF(left, right).length();
}

} // namespace descry
