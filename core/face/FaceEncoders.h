#pragma once

#include "core/face/DlibResNet.h"
#include "core/face/FaceDetector.h"
#include "core/face/FaceLocator.h"
#include "core/pack/EncoderRegistry.h"

#include <memory>

namespace descry {

// The dlib HOG detector + 68-point shape predictor as a FaceLocator (encoder type `morphometric`).
class DlibFaceLocator : public FaceLocator
{
public:
    // `quantities`: the landmark quantities a pack lists (a subset of morphometry::quantities(), in that
    // order); empty = all of them.
    explicit DlibFaceLocator(FaceDetector detector, QStringList quantities = {});
    QString type() const override { return QStringLiteral("morphometric"); }
    Result<AlignedFace> locate(const QImage& image, const QString& file, const DetectOptions& options,
                               const Progress& progress) const override;
    QStringList quantities() const override { return m_quantities; }
    std::vector<double> measureLandmarks(const Landmarks68& landmarks) const override;

private:
    FaceDetector m_detector;
    QStringList m_quantities;
    std::vector<int> m_selected; // indices into morphometry::quantities()
};

// dlib's face-recognition ResNet as an ImageEncoder on 150 px chips (encoder type `dlib-resnet`).
class DlibResNetEncoder : public ImageEncoder
{
public:
    explicit DlibResNetEncoder(DlibResNet resnet) : m_resnet(std::move(resnet)) {}
    QString type() const override { return QStringLiteral("dlib-resnet"); }
    int inputSize() const override { return DlibResNet::ChipSize; }
    int dimension() const override { return 128; }
    Status encode(const float* pixels, int n, float* out, const Progress& progress) const override;

private:
    DlibResNet m_resnet;
};

// Registers `morphometric`, `regions` and `dlib-resnet` (called by runtime::init()).
void registerFaceEncoders(EncoderRegistry& registry);

// RGB samples of an image that is inputSize × inputSize, as ImageEncoder::encode takes them.
std::vector<float> rgbSamples(const QImage& image);

} // namespace descry
