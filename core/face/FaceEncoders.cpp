#include "core/face/FaceEncoders.h"

#include "core/common/Tr.h"
#include "core/face/Morphometry.h"
#include "core/pack/AssetLock.h"

#include <QJsonArray>

namespace descry {

namespace {

Error specError(const EncoderContext& c, const QString& message)
{
    return Error(ErrorCode::Model, QStringLiteral("encoder '%1': %2").arg(c.spec.type, message), c.manifestPath);
}

Result<std::shared_ptr<const Encoder>> createLocator(const EncoderContext& c)
{
    const QJsonValue quantities = c.spec.config.value(QStringLiteral("quantities"));
    if (!quantities.isArray())
        return specError(c, Tr::tr("config.quantities is missing or not an array"));
    QStringList names;
    for (const QJsonValue& v : quantities.toArray())
        names << v.toString();
    if (names != morphometry::quantities())
        return specError(c, Tr::tr("config.quantities does not list the %1 quantities this version measures")
                                .arg(morphometry::quantities().size()));
    const QString asset = QStringLiteral("asset:shape_predictor_68_face_landmarks.dat");
    if (c.spec.files != QStringList{asset})
        return specError(c, Tr::tr("files must be [\"%1\"]").arg(asset));
    auto detector = FaceDetector::loadDefault();
    if (!detector)
        return detector.error();
    return std::shared_ptr<const Encoder>(std::make_shared<DlibFaceLocator>(*detector));
}

Result<std::shared_ptr<const Encoder>> createResNet(const EncoderContext& c)
{
    if (c.spec.config.value(QStringLiteral("chip")).toInt(-1) != DlibResNet::ChipSize)
        return specError(c, Tr::tr("config.chip must be %1").arg(DlibResNet::ChipSize));
    if (c.spec.files.size() != 2)
        return specError(c, Tr::tr("files must name the weights manifest and the weights (.bin)"));
    const QString manifest = c.spec.files[0].endsWith(QLatin1String(".json")) ? c.spec.files[0] : c.spec.files[1];
    const QString weights = manifest == c.spec.files[0] ? c.spec.files[1] : c.spec.files[0];
    auto resnet = DlibResNet::load(c.filePath(manifest), c.filePath(weights));
    if (!resnet)
        return resnet.error();
    return std::shared_ptr<const Encoder>(std::make_shared<DlibResNetEncoder>(*resnet));
}

} // namespace

Result<AlignedFace> DlibFaceLocator::locate(const QImage& image, const QString& file, const DetectOptions& options,
                                            const Progress& progress) const
{
    if (!progress.step(0, Tr::tr("Finding the face")))
        return Error(ErrorCode::Cancelled, Tr::tr("cancelled"));
    return m_detector.detectAndAlign(image, file, options);
}

Status DlibResNetEncoder::encode(const float* pixels, int n, float* out, const Progress& progress) const
{
    return m_resnet.embed(pixels, n, out, progress);
}

void registerFaceEncoders(EncoderRegistry& registry)
{
    registry.add(QStringLiteral("morphometric"), createLocator);
    registry.add(QStringLiteral("dlib-resnet"), createResNet);
}

std::vector<float> rgbSamples(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    std::vector<float> out;
    out.reserve(size_t(rgb.width()) * size_t(rgb.height()) * 3);
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar* line = rgb.constScanLine(y);
        out.insert(out.end(), line, line + 3 * rgb.width());
    }
    return out;
}

} // namespace descry
