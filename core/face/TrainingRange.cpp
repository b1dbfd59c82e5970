#include "core/face/TrainingRange.h"

#include "core/common/Tr.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace descry::trainingrange {

namespace {

const double kNaN = std::nan("");

// Resolution of each measurement kind (see quantityResolution()).
const QHash<QString, double>& resolutions()
{
    static const QHash<QString, double> r = [] {
        QHash<QString, double> h;
        auto put = [&h](std::initializer_list<const char*> ids, double value) {
            for (const char* id : ids)
                h.insert(QString::fromLatin1(id), value);
        };
        // Landmark angles in degrees; every other landmark quantity is a ratio of distances (default below).
        put({"brow.slope", "eyes.tilt", "chin.angle"}, 0.5);
        // CIELAB L*, a*, b* medians and their differences.
        put({"skin.darkness", "hair.lightness", "hair.redness", "hair.chroma", "brow.contrast", "iris.lightness",
             "iris.blueness", "beard.chin", "beard.jaw", "moustache.darkness", "sideburn.darkness", "undereye.shadow",
             "makeup.lip_chroma", "eyewear.eye_darkness", "covering.contrast"},
            0.5);
        // Mean filter responses of L* (gradients, Laplacians) and the spread of smoothed L*.
        put({"skin.roughness", "skin.unevenness", "lines.forehead", "lines.glabella", "lines.periorbital",
             "lines.nasolabial", "eyewear.bridge_edges"},
            0.05);
        put({"hair.skin_fraction"}, 0.01);                                      // fraction of a band
        put({"forehead.skin_height", "hairline.temple_lift"}, 1.0 / 64);        // IOD, one crop pixel
        put({"beard.texture"}, 0.05);                                           // log2 of a texture ratio
        put({"marks.dark_spots", "marks.fine_spots", "marks.red_spots"}, 0.25); // blobs per IOD²
        return h;
    }();
    return r;
}

// Landmark quantities are the ids of the morphometric source: those without a region prefix.
bool isLandmarkRatio(const QString& id)
{
    static const QStringList prefixes = {
        QStringLiteral("face."),       QStringLiteral("comp."), QStringLiteral("brow."),   QStringLiteral("eyes."),
        QStringLiteral("cheeks."),     QStringLiteral("nose."), QStringLiteral("mouth."),  QStringLiteral("chin."),
        QStringLiteral("expression."), QStringLiteral("pose."), QStringLiteral("outline.")};
    return std::any_of(prefixes.begin(), prefixes.end(), [&](const QString& p) { return id.startsWith(p); });
}

QString number(double v)
{
    return QString::number(v, 'g', 4);
}

} // namespace

bool ValueRanges::has(size_t i) const
{
    return i < min.size() && i < max.size() && std::isfinite(min[i]) && std::isfinite(max[i]);
}

ValueRanges valueRanges(const std::vector<std::vector<double>>& samples)
{
    ValueRanges r;
    if (samples.empty())
        return r;
    const size_t n = samples.front().size();
    r.min.assign(n, kNaN);
    r.max.assign(n, kNaN);
    for (const auto& row : samples)
        for (size_t j = 0; j < n && j < row.size(); ++j) {
            if (!std::isfinite(row[j]))
                continue;
            r.min[j] = std::isfinite(r.min[j]) ? std::min(r.min[j], row[j]) : row[j];
            r.max[j] = std::isfinite(r.max[j]) ? std::max(r.max[j], row[j]) : row[j];
        }
    return r;
}

double quantityResolution(const QString& id)
{
    const auto it = resolutions().constFind(id);
    if (it != resolutions().constEnd())
        return it.value();
    return isLandmarkRatio(id) ? 0.005 : 0.0;
}

double spreadFloor(const QString& id, double mean)
{
    const double relative = std::isfinite(mean) ? kRelativeSpreadFloor * std::abs(mean) : 0.0;
    return std::max({1e-9, quantityResolution(id), relative});
}

double rangeMargin(double min, double max, double spread)
{
    return std::max(kRangeMarginFraction * (max - min), 0.5 * (std::isfinite(spread) ? spread : 0.0));
}

double appearanceMargin(double min, double max)
{
    return std::max(kRangeMarginFraction * (max - min), kMinAppearanceMargin);
}

QString measuredOutOfRange(double value, double z, double min, double max, double spread)
{
    if (!std::isfinite(value))
        return {};
    if (!std::isfinite(min) || !std::isfinite(max)) {
        if (!std::isfinite(z) || std::abs(z) <= kFallbackZLimit)
            return {};
        return Tr::tr("not assessed: outside the range of the training photos (value %1, z %2 beyond ±%3; the pack "
                      "records no training range)")
            .arg(number(value), QString::number(z, 'f', 1), QString::number(kFallbackZLimit, 'g', 2));
    }
    const double margin = rangeMargin(min, max, spread);
    if (value >= min - margin && value <= max + margin)
        return {};
    return Tr::tr("not assessed: outside the range of the training photos (value %1, training range %2 to %3)")
        .arg(number(value), number(min), number(max));
}

QString appearanceOutOfRange(const QString& label, double score, double min, double max)
{
    if (!std::isfinite(score) || !std::isfinite(min) || !std::isfinite(max))
        return {};
    const double margin = appearanceMargin(min, max);
    if (score >= min - margin && score <= max + margin)
        return {};
    return Tr::tr("not assessed: appearance of '%1' outside the range of the training photos (score %2, training "
                  "range %3 to %4)")
        .arg(label, number(score), number(min), number(max));
}

} // namespace descry::trainingrange
