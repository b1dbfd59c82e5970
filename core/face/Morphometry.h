#pragma once

#include "core/face/FaceTypes.h"

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

// Population statistics of each quantity, used to turn values into z-scores.
struct PopulationStats
{
    std::vector<double> mean;
    std::vector<double> stddev;
};

// Mean and standard deviation over samples (rows: faces; columns: quantities); NaN values (not assessed on that
// face) are left out of their column.
PopulationStats computeStats(const std::vector<std::vector<double>>& samples);

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
