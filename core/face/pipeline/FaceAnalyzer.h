#pragma once

#include "core/common/Result.h"
#include "core/face/DlibResNet.h"
#include "core/face/FaceDetector.h"
#include "core/imaging/ImageLoader.h"

#include <atomic>
#include <vector>

namespace descry {

// Everything measured on one photo: the file, the aligned face, landmark quantities and the ResNet descriptor.
struct FaceAnalysis
{
    LoadedImage image;
    AlignedFace aligned;
    std::vector<double> morphometry; // morphometry::quantities() order
    FaceDescriptor embedding{};
    double detectMs = 0;
    double embedMs = 0;
};

// Turns photos into FaceAnalysis: detection, landmarks, alignment, quality, morphometry, ResNet descriptor.
// Immutable after load; analyze() is thread-safe and synchronous (call it from a worker thread in the GUI).
class FaceAnalyzer
{
public:
    static Result<FaceAnalyzer> loadDefault();
    FaceAnalyzer(FaceDetector detector, DlibResNet resnet)
        : m_detector(std::move(detector)), m_resnet(std::move(resnet))
    {
    }

    Result<FaceAnalysis> analyze(const QString& path, const DetectOptions& options = {}) const;
    Result<FaceAnalysis> analyze(const LoadedImage& image, const DetectOptions& options = {}) const;

    const DlibResNet& resnet() const { return m_resnet; }
    const FaceDetector& detector() const { return m_detector; }

private:
    FaceDetector m_detector;
    DlibResNet m_resnet;
};

} // namespace descry
