#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

#include <vector>

namespace descry {

struct FaceComparisonResult;
class FaceModel;

// One FISWG component (or, for "not-measured", one characteristic) left out of a comparison's score, and why.
struct ExcludedComponent
{
    QString component; // component id (e.g. "eyes"); for reason "not-measured" also a characteristic id
    QString reason;    // "not-visible" | "not-assessable" | "not-measured"
    QString detail;    // plain words, e.g. "dark glasses over the eyes"
};

// Removes every layout group of the excluded components (for "not-measured" a single characteristic may be
// named instead) from BOTH faces' embeddings: their concepts are set to 0 after the group softmax, so with a
// block head their blocks drop out. Re-computes score, decision (the pack threshold, calibrated on full faces),
// contributions and explanation on what is left (the cosine re-normalises), keeps the first full score in
// `scoreBeforeExclusions` and appends the exclusions to `excluded`. Applying it again to an already excluded
// result adds to the exclusions. InvalidInput naming the component when an id is not in the pack's catalog or
// a reason is unknown; the result is untouched on error.
Status applyExclusions(FaceComparisonResult* r, const FaceModel& model, const QList<ExcludedComponent>& ex);

// Concept mask of the exclusions (keep[k] false for every concept of an excluded group), N = model concepts.
Result<std::vector<bool>> exclusionMask(const FaceModel& model, const QList<ExcludedComponent>& ex);

// The reasons applyExclusions accepts.
bool isExclusionReason(const QString& reason);

} // namespace descry
