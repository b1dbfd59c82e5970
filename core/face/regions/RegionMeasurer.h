#pragma once

#include "core/face/FaceMeasurer.h"

#include <QImage>
#include <QStringList>

#include <vector>

namespace descry {

// Colour and texture measured in landmark-defined regions (encoder type `regions`): the photo is resampled so
// that the eye line is level and the eye centres are kIodPixels apart, converted to CIELAB (sRGB, D65), and each
// quantity (skin lightness, hair colour and hairline, brow contrast, iris colour, facial hair, lines, spots,
// eyewear, covering...) is measured in regions placed relative to the 68 landmarks, in L* units or counts per
// IOD², so it does not depend on image size. The catalog's measurement.definition states each one. A region
// outside the photo, or a colour quantity of a greyscale photo, is NaN: not assessed, never guessed.
class RegionMeasurer : public FaceMeasurer
{
public:
    static constexpr int kIodPixels = 64;

    // Every quantity this version measures, in measure() order.
    static const QStringList& allQuantities();
    // The quantities whose value depends on colour (a*, b*): NaN on greyscale photos.
    static const QStringList& colourQuantities();
    // Measures every quantity of allQuantities() on `image` around `landmarks` (image coordinates).
    static std::vector<double> measureAll(const QImage& image, const Landmarks68& landmarks);

    // `quantities`: a subset of allQuantities() in that order (a pack's config.quantities); empty = all.
    explicit RegionMeasurer(QStringList quantities = {});

    QString type() const override { return QStringLiteral("regions"); }
    QStringList quantities() const override { return m_quantities; }
    std::vector<double> measure(const LoadedImage& image, const AlignedFace& face) const override;

private:
    QStringList m_quantities;
    std::vector<int> m_selected;
};

} // namespace descry
