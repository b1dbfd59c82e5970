#include "core/face/FaceEncoders.h"

#include "core/common/Tr.h"
#include "core/face/Morphometry.h"
#include "core/face/regions/RegionMeasurer.h"
#include "core/pack/AssetLock.h"

#include <QJsonArray>

#include <cmath>

namespace descry {

namespace {

Error specError(const EncoderContext& c, const QString& message)
{
    return Error(ErrorCode::Model, QStringLiteral("encoder '%1': %2").arg(c.spec.type, message), c.manifestPath);
}

// config.quantities, every id known to this version, each once, in the order `known` lists them.
Result<QStringList> configQuantities(const EncoderContext& c, const QStringList& known)
{
    const QJsonValue quantities = c.spec.config.value(QStringLiteral("quantities"));
    if (!quantities.isArray() || quantities.toArray().isEmpty())
        return specError(c, Tr::tr("config.quantities is missing or not an array"));
    QStringList names;
    for (const QJsonValue& v : quantities.toArray()) {
        const QString q = v.toString();
        const qsizetype at = known.indexOf(q);
        if (at < 0)
            return specError(c, Tr::tr("config.quantities: '%1' is not measured by this version").arg(q));
        if (!names.isEmpty() && at <= known.indexOf(names.last()))
            return specError(c, Tr::tr("config.quantities: '%1' is repeated or out of order (order: %2)")
                                    .arg(q, known.join(QStringLiteral(", "))));
        names << q;
    }
    return names;
}

Result<std::shared_ptr<const Encoder>> createLocator(const EncoderContext& c)
{
    // Packs of catalog 1.0.0 list the first 26 quantities; later ones more: any subset in order is measured.
    auto names = configQuantities(c, morphometry::quantities());
    if (!names)
        return names.error();
    const QString asset = QStringLiteral("asset:shape_predictor_68_face_landmarks.dat");
    if (c.spec.files != QStringList{asset})
        return specError(c, Tr::tr("files must be [\"%1\"]").arg(asset));
    auto detector = FaceDetector::loadDefault();
    if (!detector)
        return detector.error();
    return std::shared_ptr<const Encoder>(std::make_shared<DlibFaceLocator>(*detector, *names));
}

Result<std::shared_ptr<const Encoder>> createRegions(const EncoderContext& c)
{
    auto names = configQuantities(c, RegionMeasurer::allQuantities());
    if (!names)
        return names.error();
    if (!c.spec.files.isEmpty())
        return specError(c, Tr::tr("files must be empty (regions are measured on the photo itself)"));
    const int scale = c.spec.config.value(QStringLiteral("iod_pixels")).toInt(RegionMeasurer::kIodPixels);
    if (scale != RegionMeasurer::kIodPixels)
        return specError(c, Tr::tr("config.iod_pixels must be %1").arg(RegionMeasurer::kIodPixels));
    return std::shared_ptr<const Encoder>(std::make_shared<RegionMeasurer>(*names));
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

DlibFaceLocator::DlibFaceLocator(FaceDetector detector, QStringList quantities)
    : m_detector(std::move(detector)), m_quantities(quantities.isEmpty() ? morphometry::quantities() : quantities)
{
    for (const QString& q : m_quantities)
        m_selected.push_back(int(morphometry::quantities().indexOf(q)));
}

std::vector<double> DlibFaceLocator::measureLandmarks(const Landmarks68& landmarks) const
{
    const std::vector<double> all = morphometry::measure(landmarks);
    std::vector<double> out;
    out.reserve(m_selected.size());
    for (int i : m_selected)
        out.push_back(i >= 0 ? all[size_t(i)] : std::nan(""));
    return out;
}

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
    registry.add(QStringLiteral("regions"), createRegions);
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
