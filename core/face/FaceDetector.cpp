#include <torch/torch.h>
#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_transforms.h>
#include <dlib/serialize.h>
#include <opencv2/imgproc.hpp>

#include "core/face/FaceDetector.h"
#include "core/common/Tr.h"

#include "core/common/detail/ExceptionAdapter.h"
#include "core/pack/AssetLock.h"
#include "core/face/detail/FaceGeometry.h"

#include <QCoreApplication>

#include <cmath>

namespace descry {

struct FaceDetectorImpl
{
    dlib::frontal_face_detector detector;
    dlib::shape_predictor predictor;
};

namespace {

dlib::array2d<unsigned char> toDlibGray(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    dlib::array2d<unsigned char> out(gray.height(), gray.width());
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            out[y][x] = row[x];
    }
    return out;
}

dlib::matrix<dlib::rgb_pixel> toDlibRgb(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    dlib::matrix<dlib::rgb_pixel> out(rgb.height(), rgb.width());
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar* row = rgb.constScanLine(y);
        for (int x = 0; x < rgb.width(); ++x)
            out(y, x) = dlib::rgb_pixel(row[3 * x], row[3 * x + 1], row[3 * x + 2]);
    }
    return out;
}

QImage fromDlibRgb(const dlib::matrix<dlib::rgb_pixel>& m)
{
    QImage out(int(m.nc()), int(m.nr()), QImage::Format_RGB888);
    for (int y = 0; y < out.height(); ++y) {
        uchar* row = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x) {
            row[3 * x] = m(y, x).red;
            row[3 * x + 1] = m(y, x).green;
            row[3 * x + 2] = m(y, x).blue;
        }
    }
    return out;
}

int automaticUpsampling(const QImage& image)
{
    const int side = std::min(image.width(), image.height());
    return side >= 400 ? 0 : side >= 160 ? 1 : 2;
}

} // namespace

int FaceDetector::allowedUpsampling(const QSize& size, int wanted, const ImageLimits& limits)
{
    int up = 0;
    while (up < wanted && up < 20) {
        // dlib's pyramid_up doubles each side (plus at most a pixel): the size after one more step.
        const qint64 factor = qint64(1) << (up + 1);
        const qint64 w = qint64(size.width()) * factor + 1, h = qint64(size.height()) * factor + 1;
        if (w * h > limits.maxPixels || std::max(w, h) > limits.maxSide)
            break;
        ++up;
    }
    return up;
}

Result<FaceDetector> FaceDetector::load(const QString& shapePredictorPath)
{
    return detail::guarded(ErrorCode::Model, shapePredictorPath, [&]() -> Result<FaceDetector> {
        auto impl = std::make_shared<FaceDetectorImpl>();
        impl->detector = dlib::get_frontal_face_detector();
        dlib::deserialize(shapePredictorPath.toStdString()) >> impl->predictor;
        if (impl->predictor.num_parts() != 68)
            return Error(ErrorCode::Model, Tr::tr("expected a 68-point shape predictor"), shapePredictorPath);
        return FaceDetector(impl);
    });
}

Result<FaceDetector> FaceDetector::loadDefault()
{
    auto path = verifiedAssetPath(QStringLiteral("shape_predictor_68_face_landmarks.dat"));
    if (!path)
        return path.error();
    return load(*path);
}

Result<DetectedFace> FaceDetector::detect(const QImage& image, const QString& file, const DetectOptions& options) const
{
    return detail::guarded(ErrorCode::Internal, file, [&]() -> Result<DetectedFace> {
        if (image.isNull())
            return Error(ErrorCode::Input, Tr::tr("empty image"), file);
        ImageLimits limits = ImageLimits::defaults();
        limits.minSide = 1; // small crops are the caller's business; only the upper bounds matter here
        if (auto st = checkImageSize(image.size(), limits, file); !st)
            return st.error();
        const dlib::array2d<unsigned char> gray = toDlibGray(image);
        dlib::frontal_face_detector detector = d->detector; // the scanner keeps state: one copy per call
        const int first = allowedUpsampling(
            image.size(), options.upsampling >= 0 ? options.upsampling : automaticUpsampling(image), limits);
        // Upsample small images until the face is ~80 px for the HOG window, but never past ~900 px on the short
        // side: beyond that a missed face is not a size problem and the scan only gets slower.
        int last = first;
        while (options.upsampling < 0 && last < 3 && std::min(image.width(), image.height()) * (2 << last) <= 900)
            ++last;
        last = std::max(first, allowedUpsampling(image.size(), last, limits));
        for (int up = first; up <= last; ++up) {
            dlib::array2d<unsigned char> scaled;
            dlib::assign_image(scaled, gray);
            for (int i = 0; i < up; ++i) {
                // Checked again on the real size before each allocation, whatever the plan above said.
                const qint64 w = 2 * qint64(scaled.nc()) + 1, h = 2 * qint64(scaled.nr()) + 1;
                if (w * h > limits.maxPixels || std::max(w, h) > limits.maxSide)
                    return Error(ErrorCode::Input,
                                 Tr::tr("upsampling the image to find a small face would pass the %1-megapixel limit")
                                     .arg(double(limits.maxPixels) / 1e6, 0, 'g', 6),
                                 file);
                dlib::pyramid_up(scaled);
            }
            std::vector<dlib::rect_detection> dets;
            detector(scaled, dets, 0.0);
            if (dets.empty())
                continue;
            auto largest = std::max_element(dets.begin(), dets.end(),
                                            [](const auto& a, const auto& b) { return a.rect.area() < b.rect.area(); });
            const dlib::full_object_detection shape = d->predictor(scaled, largest->rect);
            const double s = 1.0 / double(1 << up);
            DetectedFace face;
            face.box = QRectF(largest->rect.left() * s, largest->rect.top() * s, largest->rect.width() * s,
                              largest->rect.height() * s);
            face.detectorScore = largest->detection_confidence;
            face.facesFound = int(dets.size());
            face.upsampling = up;
            for (int i = 0; i < 68; ++i)
                face.landmarks[i] = QPointF((shape.part(i).x() + 0.5) * s - 0.5, (shape.part(i).y() + 0.5) * s - 0.5);
            return face;
        }
        if (options.cropped) {
            // A tight crop: the face fills the frame. Landmarks from the box dlib's detector would draw on it.
            dlib::array2d<unsigned char> scaled;
            dlib::assign_image(scaled, gray);
            const int up = std::max(0, first); // within the limits (allowedUpsampling)
            for (int i = 0; i < up; ++i)
                dlib::pyramid_up(scaled);
            const long w = scaled.nc(), h = scaled.nr();
            const dlib::rectangle rect(long(0.12 * w), long(0.12 * h), long(0.88 * w), long(0.95 * h));
            const dlib::full_object_detection shape = d->predictor(scaled, rect);
            const double s = 1.0 / double(1 << up);
            DetectedFace face;
            face.box = QRectF(rect.left() * s, rect.top() * s, rect.width() * s, rect.height() * s);
            face.facesFound = 0;
            face.upsampling = up;
            face.assumedCropped = true;
            for (int i = 0; i < 68; ++i)
                face.landmarks[i] = QPointF((shape.part(i).x() + 0.5) * s - 0.5, (shape.part(i).y() + 0.5) * s - 0.5);
            return face;
        }
        return Error(ErrorCode::Input, Tr::tr("no face found"), file);
    });
}

Result<AlignedFace> FaceDetector::detectAndAlign(const QImage& image, const QString& file,
                                                 const DetectOptions& options) const
{
    auto face = detect(image, file, options);
    if (!face)
        return face.error();
    return detail::guarded(ErrorCode::Internal, file, [&]() -> Result<AlignedFace> {
        AlignedFace out;
        out.face = *face;
        // dlib's own chip for its ResNet: 68-point template, 150 px, padding 0.25.
        std::vector<dlib::point> parts;
        for (const QPointF& p : face->landmarks)
            parts.emplace_back(long(std::lround(p.x())), long(std::lround(p.y())));
        const QRectF& b = face->box;
        const dlib::full_object_detection shape(
            dlib::rectangle(long(b.left()), long(b.top()), long(b.right()), long(b.bottom())), parts);
        dlib::matrix<dlib::rgb_pixel> chip;
        dlib::extract_image_chip(toDlibRgb(image), dlib::get_face_chip_details(shape, 150, 0.25), chip);
        out.chip150 = fromDlibRgb(chip);
        out.aligned224 = detail::alignToTemplate(image, face->landmarks, 224);
        out.quality = detail::assessQuality(face->landmarks, out.chip150);
        return out;
    });
}

} // namespace descry
