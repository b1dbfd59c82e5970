#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/face/FaceDetector.h"
#include "core/face/FaceTypes.h"
#include "core/model/Encoder.h"

#include <QImage>
#include <QStringList>

#include <vector>

namespace descry {

// Finds the face in a photo with its 68 landmarks, aligns it and rates its quality: the front end of every face
// pack and the source of the morphometric descriptors (encoder type `morphometric`). Thread-safe const members.
class FaceLocator : public Encoder
{
public:
    virtual Result<AlignedFace> locate(const QImage& image, const QString& file, const DetectOptions& options,
                                       const Progress& progress) const = 0;
    // The landmark quantities this locator measures (its manifest config.quantities), in measureLandmarks()
    // order; every morphometry quantity unless a pack lists fewer.
    virtual QStringList quantities() const;
    virtual std::vector<double> measureLandmarks(const Landmarks68& landmarks) const;
};

} // namespace descry
