#pragma once

#include "core/common/Result.h"
#include "core/eval/LikelihoodRatio.h"
#include "core/face/FaceTypes.h"
#include "core/face/pipeline/ComponentExclusion.h"

#include <QImage>
#include <QString>

#include <optional>

#include <functional>
#include <vector>

namespace descry {

struct FaceComparisonResult;
class FaceModel;

// The face task's side of evaluative reporting: the photo qualities an LR calibration is checked on, the LR of a
// comparison, and calibrating from scored face pairs (training, `eval calibrate-lr`).

// Why a comparison has no LR: "pack has no LR calibration" (translated).
QString noLrCalibrationReason();

// A photo is colour when more than 2 % of its pixels have channels more than 12 levels apart (greyscale photos
// stored as RGB, and slightly tinted scans, are greyscale); Grayscale formats never are. nullopt for a null image.
std::optional<bool> isColourPhoto(const QImage& image);

// The LR-relevant qualities of one face: inter-eye pixels, sharpness, |yaw| and colour (of `image`).
LrPhotoQuality lrPhotoQuality(const FaceQuality& quality, const QImage& image);
// The same reading the colour from the photo file (unknown when it cannot be read).
LrPhotoQuality lrPhotoQuality(const FaceQuality& quality, const QString& photoPath);

// Sets r->likelihoodRatio from the model's calibration and r->score (unavailable with the reason when the pack
// has none), then checkLrExclusions on r->excluded. Call again after applyExclusions.
void applyLikelihoodRatio(const FaceModel& model, FaceComparisonResult* r);

// A comparison's exclusions against the calibration's (LrCalibration::exclusions): "not calibrated", with the
// reason in lr->reasonsOutside, for a component the examiner marked not assessable (always), and for one left out
// in fewer than kLrMinExclusionFraction of the calibration pairs. A calibration without the record flags every
// exclusion (its pairs' scores may not have left anything out).
void checkLrExclusions(const LrCalibration& calibration, const QList<ExcludedComponent>& excluded,
                       LikelihoodRatioResult* lr);

// One photo of a calibration pair set: its qualities.
struct LrCalibrationPhotos
{
    std::vector<LrPhotoQuality> a, b; // per pair: first and second photo
};

// Fits `method` on scored pairs, records the score and quality ranges of every photo, the dataset, today's
// date and, with `excluded` (per pair, as scorePair gave them), how often each exclusion occurred. Input error as
// fitLogisticLr.
Result<LrCalibration> calibrateFaceLr(LrMethod method, const std::vector<double>& scores, const std::vector<int>& same,
                                      const LrCalibrationPhotos& photos, const QString& dataset,
                                      const std::vector<QList<ExcludedComponent>>* excluded = nullptr);

} // namespace descry
