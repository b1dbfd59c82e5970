#include "core/face/FaceAnalyzer.h"

#include "core/common/Tr.h"
#include "core/face/FaceEncoders.h"
#include "core/face/Morphometry.h"
#include "core/face/regions/RegionMeasurer.h"

#include <QElapsedTimer>

namespace descry {

Result<FaceAnalyzer> FaceAnalyzer::loadDefault()
{
    auto detector = FaceDetector::loadDefault();
    if (!detector)
        return detector.error();
    auto resnet = DlibResNet::loadDefault();
    if (!resnet)
        return resnet.error();
    return FaceAnalyzer(std::make_shared<DlibFaceLocator>(*detector), std::make_shared<DlibResNetEncoder>(*resnet));
}

QStringList FaceLocator::quantities() const
{
    return morphometry::quantities();
}

std::vector<double> FaceLocator::measureLandmarks(const Landmarks68& landmarks) const
{
    return morphometry::measure(landmarks);
}

Result<FaceAnalyzer> FaceAnalyzer::loadDefaultWithRegions()
{
    auto a = loadDefault();
    if (!a)
        return a.error();
    return FaceAnalyzer(a->m_locator, a->m_encoder, {std::make_shared<RegionMeasurer>()});
}

QStringList FaceAnalyzer::quantities() const
{
    QStringList q = m_locator->quantities();
    for (const auto& m : m_measurers)
        q << m->quantities();
    return q;
}

QString FaceAnalyzer::sourceOfQuantity(int index) const
{
    int end = int(m_locator->quantities().size());
    if (index < 0)
        return {};
    if (index < end)
        return m_locator->type();
    for (const auto& m : m_measurers) {
        end += int(m->quantities().size());
        if (index < end)
            return m->type();
    }
    return {};
}

Result<FaceAnalysis> FaceAnalyzer::analyze(const QString& path, const DetectOptions& options,
                                           const Progress& progress) const
{
    return analyze(path, ImageLoadOptions{}, options, progress);
}

Result<FaceAnalysis> FaceAnalyzer::analyze(const QString& path, const ImageLoadOptions& load,
                                           const DetectOptions& options, const Progress& progress) const
{
    auto image = loadImage(path, load);
    if (!image)
        return image.error();
    return analyze(*image, options, progress);
}

Result<FaceAnalysis> FaceAnalyzer::analyze(const LoadedImage& image, const DetectOptions& options,
                                           const Progress& progress) const
{
    FaceAnalysis a;
    a.image = image;
    QElapsedTimer t;
    t.start();
    auto aligned = m_locator->locate(image.image, image.path, options, progress.sub(0, 0.6));
    if (!aligned)
        return aligned.error();
    a.aligned = *aligned;
    // No face was upright: the rotated photo is the analysed one, so landmarks and image agree downstream.
    if (a.aligned.face.rotationDegrees != 0)
        a.image.image = FaceDetector::rotated(image.image, a.aligned.face.rotationDegrees);
    // The examiner's corrections replace the detector's points before anything is measured from them.
    for (const auto& [index, point] : options.correctedLandmarks) {
        if (index < 0 || index >= int(a.aligned.face.landmarks.size()))
            return Error(ErrorCode::Usage, Tr::tr("landmark %1 is not one of the 68 points").arg(index), image.path);
        a.aligned.face.correctedLandmarks << index;
        a.aligned.face.detectedLandmarks << a.aligned.face.landmarks[size_t(index)];
        a.aligned.face.landmarks[size_t(index)] = point;
    }
    a.morphometry = m_locator->measureLandmarks(a.aligned.face.landmarks);
    for (const auto& m : m_measurers) {
        const std::vector<double> v = m->measure(a.image, a.aligned);
        a.morphometry.insert(a.morphometry.end(), v.begin(), v.end());
    }
    a.detectMs = t.nsecsElapsed() * 1e-6;
    if (!m_encoder)
        return a;
    t.restart();
    const int size = m_encoder->inputSize();
    const QImage chip = a.aligned.chip150.width() == size && a.aligned.chip150.height() == size
                            ? a.aligned.chip150
                            : a.aligned.aligned224.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (chip.isNull())
        return Error(ErrorCode::Input, Tr::tr("no aligned face to encode"), image.path);
    const std::vector<float> pixels = rgbSamples(chip);
    a.embedding.resize(size_t(m_encoder->dimension()));
    if (auto st = m_encoder->encode(pixels.data(), 1, a.embedding.data(), progress.sub(0.6, 1.0)); !st)
        return st.error().withFile(image.path);
    a.embedMs = t.nsecsElapsed() * 1e-6;
    return a;
}

} // namespace descry
