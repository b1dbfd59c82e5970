#include <torch/torch.h>
#include <opencv2/imgproc.hpp>

#include "core/face/detail/FaceGeometry.h"

#include <QCoreApplication>

#include <cmath>

namespace descry::detail {

namespace {

QPointF mean(const Landmarks68& p, int from, int to)
{
    QPointF s;
    for (int i = from; i <= to; ++i)
        s += p[i];
    return s / double(to - from + 1);
}

// Five-point template for a 112x112 face (the common ArcFace layout), scaled to the output size.
constexpr double kTemplate112[5][2] = {
    {38.2946, 51.6963}, {73.5318, 51.5014}, {56.0252, 71.7366}, {41.5493, 92.3655}, {70.7299, 92.2041}};

cv::Mat toMat(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    return cv::Mat(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()), rgb.bytesPerLine()).clone();
}

} // namespace

QPointF rightEyeCentre(const Landmarks68& p)
{
    return mean(p, 36, 41);
}

QPointF leftEyeCentre(const Landmarks68& p)
{
    return mean(p, 42, 47);
}

std::array<QPointF, 5> fivePoints(const Landmarks68& p)
{
    return {rightEyeCentre(p), leftEyeCentre(p), p[30], p[48], p[54]};
}

QTransform similarityTransform(const QList<QPointF>& src, const QList<QPointF>& dst)
{
    const int n = int(src.size());
    QPointF ms, md;
    for (int i = 0; i < n; ++i) {
        ms += src[i];
        md += dst[i];
    }
    ms /= n;
    md /= n;
    // For 2-D similarity the closed form is: [a -b; b a] minimising sum |A s + t - d|^2.
    double sxx = 0, a = 0, b = 0;
    for (int i = 0; i < n; ++i) {
        const QPointF s = src[i] - ms, d = dst[i] - md;
        sxx += s.x() * s.x() + s.y() * s.y();
        a += s.x() * d.x() + s.y() * d.y();
        b += s.x() * d.y() - s.y() * d.x();
    }
    a /= sxx;
    b /= sxx;
    const double tx = md.x() - (a * ms.x() - b * ms.y());
    const double ty = md.y() - (b * ms.x() + a * ms.y());
    // QTransform maps (x, y) to (m11 x + m21 y + dx, m12 x + m22 y + dy).
    return QTransform(a, b, -b, a, tx, ty);
}

QTransform templateTransform(const Landmarks68& landmarks, int size)
{
    const auto five = fivePoints(landmarks);
    QList<QPointF> src, dst;
    for (int i = 0; i < 5; ++i) {
        src << five[i];
        dst << QPointF(kTemplate112[i][0] * size / 112.0, kTemplate112[i][1] * size / 112.0);
    }
    return similarityTransform(src, dst);
}

QImage alignToTemplate(const QImage& image, const Landmarks68& landmarks, int size)
{
    const QTransform t = templateTransform(landmarks, size);
    const cv::Mat m = (cv::Mat_<double>(2, 3) << t.m11(), t.m21(), t.dx(), t.m12(), t.m22(), t.dy());
    cv::Mat out;
    cv::warpAffine(toMat(image), out, m, cv::Size(size, size), cv::INTER_CUBIC, cv::BORDER_REPLICATE);
    QImage result(out.cols, out.rows, QImage::Format_RGB888);
    for (int y = 0; y < out.rows; ++y)
        std::memcpy(result.scanLine(y), out.ptr(y), size_t(out.cols) * 3);
    return result;
}

FaceQuality assessQuality(const Landmarks68& p, const QImage& chip150)
{
    FaceQuality q;
    const QPointF re = rightEyeCentre(p), le = leftEyeCentre(p);
    const QPointF eyeVec = le - re;
    q.interEyePixels = std::hypot(eyeVec.x(), eyeVec.y());
    q.rollDegrees = std::atan2(eyeVec.y(), eyeVec.x()) * 180.0 / M_PI;
    // Yaw: horizontal position of the nose tip between the cheek contour points (2 and 14) after removing roll.
    const double c = std::cos(-q.rollDegrees * M_PI / 180.0), s = std::sin(-q.rollDegrees * M_PI / 180.0);
    auto rx = [&](const QPointF& v) { return c * v.x() - s * v.y(); };
    const double dl = rx(p[30]) - rx(p[2]), dr = rx(p[14]) - rx(p[30]);
    const double ratio = (dl + dr) > 1e-6 ? (dr - dl) / (dl + dr) : 0.0;
    q.yawDegrees = std::asin(std::clamp(ratio, -1.0, 1.0)) * 180.0 / M_PI;

    const QImage gray = chip150.convertToFormat(QImage::Format_Grayscale8);
    cv::Mat g(gray.height(), gray.width(), CV_8UC1, const_cast<uchar*>(gray.constBits()), gray.bytesPerLine());
    cv::Mat lap;
    cv::Laplacian(g, lap, CV_64F);
    cv::Scalar mu, sigma;
    cv::meanStdDev(lap, mu, sigma);
    q.sharpness = sigma[0] * sigma[0];

    if (q.interEyePixels < MinInterEyePixels)
        q.problems << QCoreApplication::translate("descry", "eyes only %1 px apart (need at least %2)")
                          .arg(q.interEyePixels, 0, 'f', 0)
                          .arg(MinInterEyePixels);
    if (std::abs(q.yawDegrees) > MaxYawDegrees)
        q.problems << QCoreApplication::translate("descry", "head turned about %1 degrees (limit %2)")
                          .arg(std::abs(q.yawDegrees), 0, 'f', 0)
                          .arg(MaxYawDegrees);
    if (q.sharpness < MinSharpness)
        q.problems << QCoreApplication::translate("descry", "image too blurred (sharpness %1, need %2)")
                          .arg(q.sharpness, 0, 'f', 1)
                          .arg(MinSharpness);
    return q;
}

} // namespace descry::detail
