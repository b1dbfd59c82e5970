#include "core/face/pipeline/FaceLikelihoodRatio.h"

#include "core/common/Tr.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/face/pipeline/PairScore.h"

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
    checkLrExclusions(*cal, r->excluded, &r->likelihoodRatio);
}

void checkLrExclusions(const LrCalibration& calibration, const QList<ExcludedComponent>& excluded,
                       LikelihoodRatioResult* lr)
{
    if (excluded.isEmpty())
        return;
    const auto nameOf = [](const ExcludedComponent& x) { return x.name.isEmpty() ? x.component : x.name; };
    if (!calibration.exclusions) { // the calibration did not record its exclusions: conservative
        QStringList names;
        for (const ExcludedComponent& x : excluded)
            names << nameOf(x);
        lr->reasonsOutside << Tr::tr("components left out of the score (%1); the calibration did not record how "
                                     "often its pairs left them out")
                                  .arg(names.join(QStringLiteral(", ")));
        lr->calibrated = false;
        return;
    }
    for (const ExcludedComponent& x : excluded) {
        if (x.reason == QLatin1String("not-assessable")) { // the examiner's decision: always stated
            lr->reasonsOutside << Tr::tr("%1 marked not assessable by the examiner and left out of the score; the "
                                         "calibration pairs were scored without that decision")
                                      .arg(nameOf(x));
            lr->calibrated = false;
            continue;
        }
        const double fraction = calibration.exclusionFraction(x.component).value_or(0.0);
        if (fraction >= kLrMinExclusionFraction)
            continue;
        lr->reasonsOutside << Tr::tr("%1 left out of the score (%2), as in only %3 % of the calibration pairs "
                                     "(fewer than %4 %)")
                                  .arg(nameOf(x), x.reason)
                                  .arg(fraction * 100, 0, 'f', 1)
                                  .arg(kLrMinExclusionFraction * 100, 0, 'f', 0);
        lr->calibrated = false;
    }
}

Result<LrCalibration> calibrateFaceLr(LrMethod method, const std::vector<double>& scores, const std::vector<int>& same,
                                      const LrCalibrationPhotos& photos, const QString& dataset,
                                      const std::vector<QList<ExcludedComponent>>* excluded)
{
    auto cal = method == LrMethod::Isotonic ? fitIsotonicLr(scores, same) : fitLogisticLr(scores, same);
    if (!cal)
        return cal.error();
    for (const auto* side : {&photos.a, &photos.b})
        for (const LrPhotoQuality& q : *side)
            cal->includePhoto(q);
    if (excluded)
        cal->exclusions = exclusionFractions(*excluded);
    cal->dataset = dataset;
    cal->date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return cal;
}

} // namespace descry
