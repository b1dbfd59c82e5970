#pragma once

#include "core/face/FaceTypes.h"
#include "core/imaging/ImageLoader.h"
#include "core/model/Encoder.h"

#include <QStringList>

#include <vector>

namespace descry {

// A measured concept source of face packs besides the locator's landmarks (e.g. encoder type `regions`): named
// quantities measured on the photo around a located face. A pack's measured vector is the concatenation of its
// sources' quantities in `encoder.sources` order. Immutable; measure() is thread-safe.
class FaceMeasurer : public Encoder
{
public:
    // The quantity ids, in the order of measure() (the manifest's config.quantities of this source).
    virtual QStringList quantities() const = 0;
    // One value per quantity; NaN where a quantity cannot be measured on this photo (not assessed).
    virtual std::vector<double> measure(const LoadedImage& image, const AlignedFace& face) const = 0;
};

} // namespace descry
