#include "core/face/train/Augmentation.h"

#include "core/common/Tr.h"
#include "core/common/detail/ExceptionAdapter.h"

#include <opencv2/imgproc.hpp>

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <random>

namespace descry {

namespace {

// Uniform numbers from mt19937_64 without the library's distributions, whose output differs between
// standard libraries: the same seed gives the same copy everywhere.
class Draw
{
public:
    explicit Draw(uint64_t seed) : m_rng(seed) {}
    double uniform(double lo, double hi) { return lo + (hi - lo) * double(m_rng() >> 11) * 0x1.0p-53; }
    bool coin() { return (m_rng() >> 63) != 0; }
    uint64_t next() { return m_rng(); }

private:
    std::mt19937_64 m_rng;
};

QString fmt(double v)
{
    return QString::number(v, 'f', 3);
}

cv::Mat toMat(const QImage& rgb)
{
    return cv::Mat(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()), rgb.bytesPerLine()).clone();
}

QImage toImage(const cv::Mat& m)
{
    QImage out(m.cols, m.rows, QImage::Format_RGB888);
    for (int y = 0; y < m.rows; ++y)
        std::copy_n(m.ptr<uchar>(y), size_t(m.cols) * 3, out.scanLine(y));
    return out;
}

// Eye distance in pixels, from the landmarks when known.
double interEyeOf(const QImage& image, const AugmentationContext& c)
{
    if (!c.landmarks)
        return 0.3 * image.width();
    QPointF r, l;
    for (int i = 36; i < 42; ++i)
        r += (*c.landmarks)[size_t(i)] / 6.0;
    for (int i = 42; i < 48; ++i)
        l += (*c.landmarks)[size_t(i)] / 6.0;
    return std::hypot(l.x() - r.x(), l.y() - r.y());
}

AugmentedPhoto rotate(const cv::Mat& m, Draw& d)
{
    const double mag = d.uniform(3.0, AugmentationLimits::MaxRollDegrees);
    const double angle = d.coin() ? mag : -mag;
    const cv::Mat r = cv::getRotationMatrix2D(cv::Point2f(float(m.cols) / 2.f, float(m.rows) / 2.f), angle, 1.0);
    cv::Mat out;
    cv::warpAffine(m, out, r, m.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return {toImage(out), {}, QStringLiteral("angle=%1").arg(fmt(angle))};
}

// One half of the image narrower and slightly shorter, as a head turned a little away: a perspective warp.
AugmentedPhoto squeeze(const cv::Mat& m, Draw& d)
{
    const double s = d.uniform(AugmentationLimits::MinSqueeze, 0.93);
    const bool left = d.coin();
    const float w = float(m.cols), h = float(m.rows), dx = float((1.0 - s) * w), dy = float((1.0 - s) * 0.4 * h);
    const cv::Point2f src[4] = {{0, 0}, {w, 0}, {w, h}, {0, h}};
    cv::Point2f dst[4] = {{0, 0}, {w, 0}, {w, h}, {0, h}};
    if (left) {
        dst[0] = {dx, dy};
        dst[3] = {dx, h - dy};
    } else {
        dst[1] = {w - dx, dy};
        dst[2] = {w - dx, h - dy};
    }
    cv::Mat out;
    cv::warpPerspective(m, out, cv::getPerspectiveTransform(src, dst), m.size(), cv::INTER_LINEAR,
                        cv::BORDER_REPLICATE);
    return {toImage(out),
            {},
            QStringLiteral("side=%1 factor=%2").arg(left ? QStringLiteral("left") : QStringLiteral("right"), fmt(s))};
}

AugmentedPhoto gaussianBlur(const cv::Mat& m, Draw& d, double scale)
{
    const double sigma = d.uniform(0.8, 2.0) * scale;
    cv::Mat out;
    cv::GaussianBlur(m, out, cv::Size(0, 0), sigma, sigma, cv::BORDER_REPLICATE);
    return {toImage(out), {}, QStringLiteral("sigma=%1").arg(fmt(sigma))};
}

AugmentedPhoto motionBlur(const cv::Mat& m, Draw& d, double scale)
{
    const int length = std::max(3, int(std::lround(d.uniform(4.0, 9.0) * scale)) | 1);
    const double angle = d.uniform(0.0, 180.0);
    cv::Mat k = cv::Mat::zeros(length, length, CV_32F);
    const double c = std::cos(angle * CV_PI / 180.0), s = std::sin(angle * CV_PI / 180.0), mid = (length - 1) / 2.0;
    for (int i = 0; i < length * 4; ++i) {
        const double t = -mid + (2.0 * mid) * i / (length * 4 - 1);
        k.at<float>(int(std::lround(mid + t * s)), int(std::lround(mid + t * c))) = 1.f;
    }
    k /= cv::sum(k)[0];
    cv::Mat out;
    cv::filter2D(m, out, -1, k, cv::Point(-1, -1), 0, cv::BORDER_REPLICATE);
    return {toImage(out), {}, QStringLiteral("length=%1 angle=%2").arg(length).arg(fmt(angle))};
}

Result<AugmentedPhoto> recompress(const QImage& rgb, const char* format, Draw& d)
{
    const int quality = AugmentationLimits::MinQuality +
                        int(d.uniform(0, AugmentationLimits::MaxQuality - AugmentationLimits::MinQuality + 1 - 1e-9));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(rgb))
        return Error(ErrorCode::Internal, Tr::tr("cannot encode %1 for augmentation: %2 (is the Qt image format plugin "
                                                 "installed?)")
                                              .arg(QString::fromLatin1(format), writer.errorString()));
    QImage decoded = QImage::fromData(bytes, format);
    if (decoded.isNull())
        return Error(ErrorCode::Internal,
                     Tr::tr("cannot decode the %1 copy made for augmentation").arg(QString::fromLatin1(format)));
    return AugmentedPhoto{decoded.convertToFormat(QImage::Format_RGB888),
                          {},
                          QStringLiteral("quality=%1 bytes=%2").arg(quality).arg(bytes.size())};
}

AugmentedPhoto noise(const cv::Mat& m, Draw& d)
{
    const double sigma = d.uniform(4.0, 12.0);
    cv::Mat n(m.size(), CV_32FC3), f;
    cv::RNG rng(d.next());
    rng.fill(n, cv::RNG::NORMAL, 0.0, sigma);
    m.convertTo(f, CV_32FC3);
    cv::Mat out;
    cv::Mat sum = f + n;
    sum.convertTo(out, CV_8UC3); // saturating
    return {toImage(out), {}, QStringLiteral("sigma=%1").arg(fmt(sigma))};
}

// A white-balance error: red and blue gains moved in opposite directions (tungsten or shade light).
AugmentedPhoto whiteBalance(const cv::Mat& m, Draw& d)
{
    const double shift = (d.coin() ? 1 : -1) * d.uniform(0.12, 0.25);
    const double gr = 1.0 + shift, gg = 1.0 + d.uniform(-0.05, 0.05), gb = 1.0 - shift;
    cv::Mat out;
    m.convertTo(out, CV_32FC3);
    cv::multiply(out, cv::Scalar(gr, gg, gb), out);
    out.convertTo(out, CV_8UC3);
    return {toImage(out), {}, QStringLiteral("gains=%1,%2,%3").arg(fmt(gr), fmt(gg), fmt(gb))};
}

AugmentedPhoto gamma(const cv::Mat& m, Draw& d)
{
    const double g = d.coin() ? d.uniform(0.55, 0.8) : d.uniform(1.3, 1.8);
    cv::Mat lut(1, 256, CV_8U);
    for (int i = 0; i < 256; ++i)
        lut.at<uchar>(i) = cv::saturate_cast<uchar>(255.0 * std::pow(i / 255.0, g));
    cv::Mat out;
    cv::LUT(m, lut, out);
    return {toImage(out), {}, QStringLiteral("gamma=%1").arg(fmt(g))};
}

// Down to an inter-eye distance near the quality floor, then back up: the detail of a small face in a big photo.
AugmentedPhoto lowRes(const cv::Mat& m, Draw& d, double interEye)
{
    const double target = d.uniform(AugmentationLimits::MinTargetInterEye, AugmentationLimits::MaxTargetInterEye);
    const double factor = std::clamp(target / std::max(interEye, 1.0), 0.2, 0.7);
    cv::Mat small, out;
    cv::resize(m, small, cv::Size(std::max(1, int(m.cols * factor)), std::max(1, int(m.rows * factor))), 0, 0,
               cv::INTER_AREA);
    cv::resize(small, out, m.size(), 0, 0, cv::INTER_LINEAR);
    return {toImage(out), {}, QStringLiteral("factor=%1").arg(fmt(factor))};
}

// Clear glasses: two rims around the eyes, a bridge and the temples, drawn from the landmarks.
AugmentedPhoto glasses(const QImage& rgb, Draw& d, const Landmarks68& p, double interEye)
{
    QImage out = rgb.copy();
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    const int shade = int(d.uniform(10, 90));
    const double width = std::max(1.0, interEye * d.uniform(0.04, 0.08));
    const double tint = d.uniform(0.0, 0.15);
    painter.setPen(QPen(QColor(shade, shade * 3 / 4, shade / 2), width));
    QPointF rim[2];
    for (int eye = 0; eye < 2; ++eye) {
        QPointF c;
        for (int i = 36 + 6 * eye; i < 42 + 6 * eye; ++i)
            c += p[size_t(i)] / 6.0;
        rim[eye] = c;
        const QRectF lens(c.x() - 0.42 * interEye, c.y() - 0.27 * interEye, 0.84 * interEye, 0.54 * interEye);
        painter.setBrush(QColor(40, 40, 40, int(255 * tint)));
        painter.drawRoundedRect(lens, 0.18 * interEye, 0.18 * interEye);
    }
    painter.drawLine(QPointF(rim[0].x() + 0.42 * interEye, rim[0].y() - 0.05 * interEye),
                     QPointF(rim[1].x() - 0.42 * interEye, rim[1].y() - 0.05 * interEye));
    painter.drawLine(QPointF(rim[0].x() - 0.42 * interEye, rim[0].y() - 0.1 * interEye), p[0]);
    painter.drawLine(QPointF(rim[1].x() + 0.42 * interEye, rim[1].y() - 0.1 * interEye), p[16]);
    painter.end();
    return {out.convertToFormat(QImage::Format_RGB888),
            {},
            QStringLiteral("shade=%1 width=%2 tint=%3").arg(shade).arg(fmt(width), fmt(tint))};
}

Result<AugmentedPhoto> dispatch(const QImage& rgb, const QString& id, Draw& d, const AugmentationContext& c)
{
    const double interEye = interEyeOf(rgb, c);
    const double scale = std::clamp(interEye / 40.0, 0.5, 3.0); // blur sizes follow the face, not the image
    if (id == QLatin1String("jpeg"))
        return recompress(rgb, "JPEG", d);
    if (id == QLatin1String("webp"))
        return recompress(rgb, "WEBP", d);
    if (id == QLatin1String("glasses")) {
        if (!c.landmarks)
            return Error(ErrorCode::Input, Tr::tr("the glasses augmentation needs the face's landmarks"));
        return glasses(rgb, d, *c.landmarks, interEye);
    }
    const cv::Mat m = toMat(rgb);
    if (id == QLatin1String("rotate"))
        return rotate(m, d);
    if (id == QLatin1String("squeeze"))
        return squeeze(m, d);
    if (id == QLatin1String("gaussian-blur"))
        return gaussianBlur(m, d, scale);
    if (id == QLatin1String("motion-blur"))
        return motionBlur(m, d, scale);
    if (id == QLatin1String("noise"))
        return noise(m, d);
    if (id == QLatin1String("white-balance"))
        return whiteBalance(m, d);
    if (id == QLatin1String("gamma"))
        return gamma(m, d);
    return lowRes(m, d, interEye);
}

} // namespace

const QStringList& augmentationIds()
{
    static const QStringList ids{
        QStringLiteral("rotate"),      QStringLiteral("squeeze"),       QStringLiteral("gaussian-blur"),
        QStringLiteral("motion-blur"), QStringLiteral("jpeg"),          QStringLiteral("webp"),
        QStringLiteral("noise"),       QStringLiteral("white-balance"), QStringLiteral("gamma"),
        QStringLiteral("low-res"),     QStringLiteral("glasses")};
    return ids;
}

Result<AugmentedPhoto> augmentPhoto(const QImage& source, const QString& id, uint64_t seed,
                                    const AugmentationContext& context)
{
    if (!augmentationIds().contains(id))
        return Error(ErrorCode::Usage, Tr::tr("unknown augmentation %1 (expected one of %2)")
                                           .arg(id, augmentationIds().join(QStringLiteral(", "))));
    if (source.isNull() || source.width() < 8 || source.height() < 8)
        return Error(ErrorCode::Input, Tr::tr("cannot augment an empty image"));
    return detail::guarded(ErrorCode::Internal, QString(), [&]() -> Result<AugmentedPhoto> {
        const QImage rgb = source.convertToFormat(QImage::Format_RGB888);
        Draw d(seed);
        auto out = dispatch(rgb, id, d, context);
        if (out)
            out->id = id;
        return out;
    });
}

uint64_t augmentationSeed(const QString& sha256, const QString& id, int copy, uint64_t baseSeed)
{
    // FNV-1a over the text: fixed by definition, unlike std::hash.
    const QByteArray text = (sha256 + QLatin1Char('/') + id + QLatin1Char('/') + QString::number(copy) +
                             QLatin1Char('/') + QString::number(baseSeed))
                                .toUtf8();
    uint64_t h = 1469598103934665603ull;
    for (char ch : text) {
        h ^= uint8_t(ch);
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace descry
