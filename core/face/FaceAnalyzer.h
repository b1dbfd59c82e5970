#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/face/FaceLocator.h"
#include "core/imaging/ImageLoader.h"
#include "core/model/Encoder.h"

#include <memory>
#include <vector>

namespace descry {

// Everything measured on one photo: the file, the aligned face, landmark quantities and the image embedding.
struct FaceAnalysis
{
    LoadedImage image;
    AlignedFace aligned;
    std::vector<double> morphometry; // morphometry::quantities() order
    std::vector<float> embedding;    // the image encoder's output (empty when the pack has none)
    double detectMs = 0;
    double embedMs = 0;
};

// Turns photos into FaceAnalysis with the encoders a pack names: a FaceLocator (detection, landmarks,
// alignment, quality), morphometry, and optionally an ImageEncoder on the aligned chip.
// Immutable; analyze() is thread-safe and synchronous (call it from a worker thread in the GUI).
class FaceAnalyzer
{
public:
    // dlib HOG + shape predictor and the pinned dlib ResNet (what `train face` uses).
    static Result<FaceAnalyzer> loadDefault();
    FaceAnalyzer(std::shared_ptr<const FaceLocator> locator, std::shared_ptr<const ImageEncoder> encoder)
        : m_locator(std::move(locator)), m_encoder(std::move(encoder))
    {
    }

    Result<FaceAnalysis> analyze(const QString& path, const DetectOptions& options = {},
                                 const Progress& progress = {}) const;
    // The same with explicit load options: limits, and whether a damaged file is analysed (then marked
    // FaceAnalysis::image.damaged, with the decoder's warnings).
    Result<FaceAnalysis> analyze(const QString& path, const ImageLoadOptions& load, const DetectOptions& options,
                                 const Progress& progress = {}) const;
    Result<FaceAnalysis> analyze(const LoadedImage& image, const DetectOptions& options = {},
                                 const Progress& progress = {}) const;

    const FaceLocator& locator() const { return *m_locator; }
    // Null when the pack has no image encoder.
    const ImageEncoder* encoder() const { return m_encoder.get(); }

private:
    std::shared_ptr<const FaceLocator> m_locator;
    std::shared_ptr<const ImageEncoder> m_encoder;
};

} // namespace descry
