#include "core/face/pipeline/FaceAnalyzer.h"

#include "core/face/Morphometry.h"

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
    return FaceAnalyzer(*detector, *resnet);
}

Result<FaceAnalysis> FaceAnalyzer::analyze(const QString& path, const DetectOptions& options) const
{
    auto image = loadImage(path);
    if (!image)
        return image.error();
    return analyze(*image, options);
}

Result<FaceAnalysis> FaceAnalyzer::analyze(const LoadedImage& image, const DetectOptions& options) const
{
    FaceAnalysis a;
    a.image = image;
    QElapsedTimer t;
    t.start();
    auto aligned = m_detector.detectAndAlign(image.image, image.path, options);
    if (!aligned)
        return aligned.error();
    a.aligned = *aligned;
    a.morphometry = morphometry::measure(a.aligned.face.landmarks);
    a.detectMs = t.nsecsElapsed() * 1e-6;
    t.restart();
    auto emb = m_resnet.embed(a.aligned.chip150);
    if (!emb)
        return emb.error().withFile(image.path);
    a.embedding = *emb;
    a.embedMs = t.nsecsElapsed() * 1e-6;
    return a;
}

} // namespace descry
