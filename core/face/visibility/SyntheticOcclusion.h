#pragma once

#include "core/face/FaceTypes.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace descry {

// The synthetic occluders drawn onto a face from its 68 landmarks (visibility evaluation, training augmentation).
enum class Occluder {
    Sunglasses,    // two dark lenses with a bridge and a faint reflection, over both eyes
    MaskLightBlue, // a surgical mask from the nose bridge to below the chin, with pleats and ear loops
    MaskWhite,
    MaskBlack,
    Hand,       // a skin-coloured blob with finger gaps over the mouth (colour taken from the cheeks)
    HairFringe, // a hair-coloured fringe with strands from above the forehead down to the brows
};

// Every occluder, in declaration order.
const QList<Occluder>& allOccluders();

// Stable id: "sunglasses", "mask-light-blue", "mask-white", "mask-black", "hand", "hair-fringe".
QString occluderId(Occluder occluder);

// The FISWG components the occluder hides (what the visibility check must flag): sunglasses → eyes;
// masks → mouth, nose; hand → mouth; fringe → forehead.
QStringList occludedComponents(Occluder occluder);

// `image` with the occluder drawn over the face whose landmarks (image pixels) are `landmarks`. `seed` varies
// shade, size and strand placement a little, deterministically. Returns the image in RGB32.
QImage drawOccluder(const QImage& image, const Landmarks68& landmarks, Occluder occluder, quint32 seed = 0);

} // namespace descry
