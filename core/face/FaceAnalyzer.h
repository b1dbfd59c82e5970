#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/face/FaceLocator.h"
#include "core/face/FaceMeasurer.h"
#include "core/imaging/ImageLoader.h"
#include "core/model/Encoder.h"

#include <memory>
#include <vector>

namespace descry {

// Everything measured on one photo: the file, the aligned face, measured quantities and the image embedding.
struct FaceAnalysis
{
    LoadedImage image;
    AlignedFace aligned;
    // Every measured quantity in FaceAnalyzer::quantities() order: the locator's landmark quantities, then each
    // measured source's (e.g. `regions`); NaN where a quantity is not assessed on this photo.
    std::vector<double> morphometry;
    std::vector<float> embedding; // the image encoder's output (empty when the pack has none)
    double detectMs = 0;
    double embedMs = 0;
};

// Turns photos into FaceAnalysis with the encoders a pack names: a FaceLocator (detection, landmarks,
// alignment, quality, landmark quantities), further FaceMeasurers (regions...), and optionally an ImageEncoder on
// the aligned chip.
// Immutable; analyze() is thread-safe and synchronous (call it from a worker thread in the GUI).
class FaceAnalyzer
{
public:
    // dlib HOG + shape predictor and the pinned dlib ResNet (what `train face` uses).
    static Result<FaceAnalyzer> loadDefault();
    // The default analyser with the `regions` measurer too (what `train face` uses for catalog 1.1.0 packs).
    static Result<FaceAnalyzer> loadDefaultWithRegions();
    FaceAnalyzer(std::shared_ptr<const FaceLocator> locator, std::shared_ptr<const ImageEncoder> encoder,
                 std::vector<std::shared_ptr<const FaceMeasurer>> measurers = {})
        : m_locator(std::move(locator)), m_encoder(std::move(encoder)), m_measurers(std::move(measurers))
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
    const std::vector<std::shared_ptr<const FaceMeasurer>>& measurers() const { return m_measurers; }
    // Ids of FaceAnalysis::morphometry, in order: the locator's quantities, then each measurer's.
    QStringList quantities() const;
    // The encoder type that measured quantity `index` ("morphometric", "regions"...); empty when out of range.
    QString sourceOfQuantity(int index) const;
    // Null when the pack has no image encoder.
    const ImageEncoder* encoder() const { return m_encoder.get(); }

private:
    std::shared_ptr<const FaceLocator> m_locator;
    std::shared_ptr<const ImageEncoder> m_encoder;
    std::vector<std::shared_ptr<const FaceMeasurer>> m_measurers;
};

} // namespace descry
