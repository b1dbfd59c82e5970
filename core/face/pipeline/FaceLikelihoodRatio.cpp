#include "core/face/pipeline/FaceLikelihoodRatio.h"

#include "core/common/Tr.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceComparison.h"

#include <QDateTime>
#include <QImageReader>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace descry {

QString noLrCalibrationReason()
{
    return Tr::tr("pack has no LR calibration");
}

std::optional<bool> isColourPhoto(const QImage& image)
{
    if (image.isNull())
        return std::nullopt;
    if (image.isGrayscale())
        return false;
    // A sampled grid is enough to tell a colour photo from a grey one stored as RGB, and keeps big photos cheap.
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const int step = std::max(1, int(std::sqrt(double(rgb.width()) * rgb.height() / 40000.0)));
    long coloured = 0, total = 0;
    for (int y = 0; y < rgb.height(); y += step) {
        const uchar* row = rgb.constScanLine(y);
        for (int x = 0; x < rgb.width(); x += step) {
            const uchar* p = row + 3 * x;
            const int spread = std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]});
            coloured += spread > 12;
            ++total;
        }
    }
    return total > 0 && coloured * 50 > total;
}

LrPhotoQuality lrPhotoQuality(const FaceQuality& quality, const QImage& image)
{
    LrPhotoQuality q;
    q.interEyePixels = quality.interEyePixels;
    q.sharpness = quality.sharpness;
    q.absYawDegrees = std::abs(quality.yawDegrees);
    q.colour = isColourPhoto(image);
    return q;
}

LrPhotoQuality lrPhotoQuality(const FaceQuality& quality, const QString& photoPath)
{
    QImageReader reader(photoPath);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    if (size.isValid() && size.width() * qint64(size.height()) > 4096LL * 4096) // colour needs no full decode
        reader.setScaledSize(size.scaled(1024, 1024, Qt::KeepAspectRatio));
    return lrPhotoQuality(quality, reader.read());
}

void applyLikelihoodRatio(const FaceModel& model, FaceComparisonResult* r)
{
    const auto& cal = model.likelihoodRatio();
    if (!cal) {
        r->likelihoodRatio = LikelihoodRatioResult{};
        r->likelihoodRatio.unavailableReason = noLrCalibrationReason();
        return;
    }
    r->likelihoodRatio = evaluateLikelihoodRatio(*cal, r->score, lrPhotoQuality(r->probe.quality, r->probe.aligned224),
                                                 lrPhotoQuality(r->reference.quality, r->reference.aligned224));
    if (!r->excluded.isEmpty()) {
        QStringList names;
        for (const ExcludedComponent& x : r->excluded)
            names << (x.name.isEmpty() ? x.component : x.name);
        r->likelihoodRatio.reasonsOutside << Tr::tr("components left out of the score (%1); the calibration data's "
                                                    "scores used the whole face")
                                                 .arg(names.join(QStringLiteral(", ")));
        r->likelihoodRatio.calibrated = false;
    }
}

Result<LrCalibration> calibrateFaceLr(LrMethod method, const std::vector<double>& scores, const std::vector<int>& same,
                                      const LrCalibrationPhotos& photos, const QString& dataset)
{
    auto cal = method == LrMethod::Isotonic ? fitIsotonicLr(scores, same) : fitLogisticLr(scores, same);
    if (!cal)
        return cal.error();
    for (const auto* side : {&photos.a, &photos.b})
        for (const LrPhotoQuality& q : *side)
            cal->includePhoto(q);
    cal->dataset = dataset;
    cal->date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return cal;
}

} // namespace descry
