#pragma once

#include "core/face/FaceTypes.h"
#include "core/face/TrainingRange.h"

#include <QStringList>

#include <vector>

namespace descry {

// Landmark-measured facial quantities (DESIGN.md §2, encoder `morphometric`). Every quantity is
// normalised for face size (inter-ocular distance or face height) and measured after removing
// in-plane rotation, so it does not depend on image scale or head tilt. Yaw and expression do affect
// several of them; reports say so.
namespace morphometry {

// The quantity ids, in the fixed order of measure(); they match the catalog's "measurement.quantity" /
// "quantities". The first 26 are those of catalog 1.0.0 (packs that list only those keep loading); expression,
// pose and jaw curvature came with catalog 1.1.0.
const QStringList& quantities();

// Measures every quantity from 68 landmarks (values in the order of quantities()).
std::vector<double> measure(const Landmarks68& landmarks);

// Population statistics of each quantity, used to turn values into z-scores, and the range the quantity took on
// the training photos (TrainingRange.h; min/max empty for packs written before ranges were recorded).
struct PopulationStats
{
    std::vector<double> mean;
    std::vector<double> stddev;
    std::vector<double> min;
    std::vector<double> max;
    bool hasRange() const { return !min.empty() && min.size() == mean.size() && max.size() == mean.size(); }
};

// Mean, standard deviation, smallest and largest value over samples (rows: faces; columns: quantities); NaN values
// (not assessed on that face) are left out of their column. The standard deviation is floored by
// trainingrange::spreadFloor(ids[j], mean) (without ids: the relative floor and 1e-9 only), so that a quantity
// near-constant on the training photos cannot turn a new photo's value into a z of thousands.
PopulationStats computeStats(const std::vector<std::vector<double>>& samples, const QStringList& ids = {});

// Why quantity i of one photo is not assessed against the training photos (trainingrange::measuredOutOfRange:
// outside [min, max] with margin, or |z| > 6 when `stats` has no range); empty when it is, or when the value is
// NaN (not measured).
QString outOfRangeReason(const PopulationStats& stats, size_t i, double value);

// (value − mean) / stddev per quantity (NaN stays NaN: not assessed).
std::vector<double> zScores(const std::vector<double>& values, const PopulationStats& stats);

// Concept score of a graded descriptor: log-likelihood −(z − grade)²/2 (softmax over a group's grades then
// gives a soft membership in the grade nearest the measured value).
inline double gradeScore(double z, double grade)
{
    return -0.5 * (z - grade) * (z - grade);
}

} // namespace morphometry
} // namespace descry
