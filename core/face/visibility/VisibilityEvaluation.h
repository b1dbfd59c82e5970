#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace descry {

class FaceDetector;

// How often one synthetic occluder was caught by the visibility check.
struct OccluderRate
{
    QString occluder;       // occluderId()
    QStringList components; // what it hides (occludedComponents)
    int drawn = 0;          // photos it was drawn on
    int faceLost = 0;       // no face found any more once occluded (the comparison would fail, not mislead)
    int detected = 0;       // every hidden component flagged not visible (whatever the reason)
    int rightReason = 0;    // ... and with the occluder's own reason
    double rate() const { return drawn > faceLost ? double(detected) / (drawn - faceLost) : 0; }
};

// Detection and false-alarm rates of checkVisibility on identity-labelled photos with synthetic occluders.
struct VisibilityEvaluation
{
    QString root;
    int photos = 0;                 // photos read
    int faces = 0;                  // photos with a face (the others are skipped)
    int falseAlarmPhotos = 0;       // unoccluded photos on which an occluder reason fired
    QMap<QString, int> falseAlarms; // per occluder reason (dark-glasses, mask, hand, hair)
    QMap<QString, int> otherFlags;  // expression, out-of-frame on the unoccluded photos (not occluders)
    QList<OccluderRate> occluders;
    double falseAlarmRate() const { return faces ? double(falseAlarmPhotos) / faces : 0; }
    QJsonObject toJson() const;
    QString toText() const;
};

// Scans `root` like scanFaceDatasets (every `every`-th photo, at most `limit` when > 0), finds each face, checks
// visibility on the photo as it is (false alarms), then draws every occluder of allOccluders(), finds the face
// again on the occluded photo and checks that the occluded components are flagged. Deterministic.
Result<VisibilityEvaluation> evaluateVisibility(const QString& root, const FaceDetector& detector, int every = 1,
                                                int limit = 0, const Progress& progress = {});

} // namespace descry
