#pragma once

#include <QString>

#include <vector>

namespace descry {

// What a face pack knows about the photos it was trained on, so that a value unlike all of them is "not assessed"
// instead of being graded with a confidence nothing supports (issue 13: no confident descriptor outside what its
// source was trained on). Two rules, both stated in reports:
//
// Spread floor. The standard deviation of a measured quantity over the training photos is at least
//     max(1e-9, resolution(id), kRelativeSpreadFloor × |mean|)
// where resolution(id) is the smallest difference the measurement resolves (quantityResolution). A quantity that
// was near-constant on the training photos (a colour or hair quantity on lab sets) then gives z-scores of tens on
// a new photo, not 10^8, and its grade is not decided by rounding.
//
// Range. Training records the smallest and largest value of every measured quantity and of every appearance
// concept's score cos(I, T_k) on the training photos. A new value is inside when it lies in
//     [min − margin, max + margin],  margin = max(kRangeMarginFraction × (max − min), ½ × spread)
// (spread: the quantity's floored standard deviation; kMinAppearanceMargin for appearance scores). Packs written
// before ranges were recorded fall back to |z| > kFallbackZLimit for measured quantities; their appearance scores
// are not range-checked (nothing to check against).
namespace trainingrange {

inline constexpr double kRelativeSpreadFloor = 0.02; // 2 % of |mean|
inline constexpr double kRangeMarginFraction = 0.1;  // 10 % of the training range each side
inline constexpr double kMinAppearanceMargin = 0.02; // in cosine units
inline constexpr double kFallbackZLimit = 6.0;       // packs without a recorded range

// Column-wise smallest and largest value over samples (rows: faces); NaN values are left out, a column with no
// finite value gets NaN for both.
struct ValueRanges
{
    std::vector<double> min, max;
    bool recorded() const { return !min.empty() && min.size() == max.size(); }
    bool has(size_t i) const;
};
ValueRanges valueRanges(const std::vector<std::vector<double>>& samples);

// The smallest difference measurement `id` resolves, by kind: landmark ratios 0.005 (half a pixel at about
// 100 px between the eyes), landmark angles 0.5°, CIELAB lightness and colour differences 0.5, filter responses
// 0.05, fractions 0.01, extents in IOD 1/64 (one crop pixel), log2 ratios 0.05, spot counts per IOD² 0.25;
// 0 for an unknown id.
double quantityResolution(const QString& id);

// The spread floor of the rule above.
double spreadFloor(const QString& id, double mean);

// Half-width added to each side of a training range.
double rangeMargin(double min, double max, double spread);
double appearanceMargin(double min, double max);

// Why a measured value is not assessed against the training photos: "not assessed: outside the range of the
// training photos (value …, training range … to …)"; empty when inside (or NaN: not measured at all, which the
// comparison states itself). Without a recorded range (min/max NaN) the z fallback applies.
QString measuredOutOfRange(double value, double z, double min, double max, double spread);

// The same for an appearance concept's score (its descriptor named in `label`).
QString appearanceOutOfRange(const QString& label, double score, double min, double max);

} // namespace trainingrange
} // namespace descry
