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
#include <QTransform>

#include <algorithm>
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

int automaticUpsampling(const QSize& size)
{
    const int side = std::min(size.width(), size.height());
    return side >= 400 ? 0 : side >= 160 ? 1 : 2;
}

// Pixels of an image of `size` after `up` pyramid_up steps (each doubles a side, plus at most a pixel).
qint64 pixelsAfter(const QSize& size, int up)
{
    const qint64 factor = qint64(1) << up;
    return (qint64(size.width()) * factor + 1) * (qint64(size.height()) * factor + 1);
}

// The upsampling levels scanned, first to last (each one more doubling), until a face is found.
std::pair<int, int> upsamplingLevels(const QSize& size, const DetectOptions& options, const ImageLimits& limits)
{
    const bool automatic = options.upsampling < 0;
    const int first =
        FaceDetector::allowedUpsampling(size, automatic ? automaticUpsampling(size) : options.upsampling, limits);
    int last = first;
    if (automatic) {
        // Small images: until the face is ~80 px for the HOG window, the short side up to ~900 px.
        while (last < 3 && std::min(size.width(), size.height()) * (2 << last) <= 900)
            ++last;
        // Large photos with a small face (off-centre, in a group): up to two doublings, so that faces down to
        // ~20 px reach the detector's 80 px window, while the scan stays affordable.
        while (last < 2 && pixelsAfter(size, last + 1) <= FaceDetector::kAutomaticUpsamplingPixels)
            ++last;
    }
    return {first, std::max(first, FaceDetector::allowedUpsampling(size, last, limits))};
}

Landmarks68 landmarksOf(const dlib::full_object_detection& shape, double s)
{
    Landmarks68 out;
    for (int i = 0; i < 68; ++i)
        out[size_t(i)] = QPointF((shape.part(i).x() + 0.5) * s - 0.5, (shape.part(i).y() + 0.5) * s - 0.5);
    return out;
}

QRectF boxOf(const dlib::rectangle& r, double s)
{
    return QRectF(r.left() * s, r.top() * s, r.width() * s, r.height() * s);
}

Error tooManyPixels(const ImageLimits& limits, const QString& file)
{
    return Error(ErrorCode::Input,
                 Tr::tr("upsampling the image to find a small face would pass the %1-megapixel limit")
                     .arg(double(limits.maxPixels) / 1e6, 0, 'g', 6),
                 file);
}

// Scans one orientation of the photo level by level; true with `face` filled at the first level that has faces.
Result<bool> scanFaces(const FaceDetectorImpl& d, const QImage& image, const QString& file,
                       const DetectOptions& options, const ImageLimits& limits, DetectedFace* face)
{
    dlib::array2d<unsigned char> scaled = toDlibGray(image);
    dlib::frontal_face_detector detector = d.detector; // the scanner keeps state: one copy per call
    const auto [first, last] = upsamplingLevels(image.size(), options, limits);
    for (int up = 0; up <= last; ++up) {
        if (up > 0) {
            // Checked again on the real size before each allocation, whatever the plan said.
            const qint64 w = 2 * qint64(scaled.nc()) + 1, h = 2 * qint64(scaled.nr()) + 1;
            if (w * h > limits.maxPixels || std::max(w, h) > limits.maxSide)
                return tooManyPixels(limits, file);
            dlib::pyramid_up(scaled);
        }
        if (up < first)
            continue;
        std::vector<dlib::rect_detection> dets;
        detector(scaled, dets, 0.0);
        if (dets.empty())
            continue;
        // Largest first; equal areas keep the detector's order, so a single-face photo analyses what it always did.
        std::stable_sort(dets.begin(), dets.end(),
                         [](const auto& a, const auto& b) { return a.rect.area() > b.rect.area(); });
        const double s = 1.0 / double(1 << up);
        if (options.faceIndex >= int(dets.size()))
            return Error(
                ErrorCode::Input,
                Tr::tr("face %1 requested but %2 faces were found").arg(options.faceIndex + 1).arg(dets.size()), file);
        const int chosen = std::max(0, options.faceIndex);
        const dlib::rect_detection& det = dets[size_t(chosen)];
        *face = DetectedFace();
        for (const dlib::rect_detection& c : dets)
            face->candidates.append(FaceCandidate{boxOf(c.rect, s), c.detection_confidence});
        face->chosen = chosen;
        face->chosenOnRequest = options.faceIndex >= 0;
        face->box = boxOf(det.rect, s);
        face->detectorScore = det.detection_confidence;
        face->facesFound = int(dets.size());
        face->upsampling = up;
        face->landmarks = landmarksOf(d.predictor(scaled, det.rect), s);
        return true;
    }
    return false;
}

// A tight crop: the face fills the frame. Landmarks from the box dlib's detector would draw on it.
DetectedFace assumeCropped(const FaceDetectorImpl& d, const QImage& image, const DetectOptions& options,
                           const ImageLimits& limits)
{
    dlib::array2d<unsigned char> scaled = toDlibGray(image);
    const int up = upsamplingLevels(image.size(), options, limits).first; // within the limits (allowedUpsampling)
    for (int i = 0; i < up; ++i)
        dlib::pyramid_up(scaled);
    const long w = scaled.nc(), h = scaled.nr();
    const dlib::rectangle rect(long(0.12 * w), long(0.12 * h), long(0.88 * w), long(0.95 * h));
    const double s = 1.0 / double(1 << up);
    DetectedFace face;
    face.box = boxOf(rect, s);
    face.facesFound = 0;
    face.upsampling = up;
    face.assumedCropped = true;
    face.landmarks = landmarksOf(d.predictor(scaled, rect), s);
    return face;
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
    return detectAnalysed(image, file, options, nullptr);
}

Result<DetectedFace> FaceDetector::detectAnalysed(const QImage& image, const QString& file,
                                                  const DetectOptions& options, QImage* analysed) const
{
    return detail::guarded(ErrorCode::Internal, file, [&]() -> Result<DetectedFace> {
        if (image.isNull())
            return Error(ErrorCode::Input, Tr::tr("empty image"), file);
        ImageLimits limits = ImageLimits::defaults();
        limits.minSide = 1; // small crops are the caller's business; only the upper bounds matter here
        if (auto st = checkImageSize(image.size(), limits, file); !st)
            return st.error();
        DetectedFace face;
        Result<bool> found = scanFaces(*d, image, file, options, limits, &face);
        if (!found)
            return found.error();
        if (*found) {
            if (analysed)
                *analysed = image;
            return face;
        }
        if (options.tryRotations && !options.cropped) {
            // A photo taken sideways or upside down whose EXIF (if any) did not say so.
            for (int degrees : {90, 180, 270}) {
                const QImage turned = rotated(image, degrees);
                found = scanFaces(*d, turned, file, options, limits, &face);
                if (!found)
                    return found.error();
                if (*found) {
                    face.rotationDegrees = degrees;
                    if (analysed)
                        *analysed = turned;
                    return face;
                }
            }
        }
        if (options.cropped) {
            if (analysed)
                *analysed = image;
            return assumeCropped(*d, image, options, limits);
        }
        return Error(ErrorCode::Input, Tr::tr("no face found"), file);
    });
}

QImage FaceDetector::rotated(const QImage& image, int degrees)
{
    const int d = ((degrees % 360) + 360) % 360;
    if (d == 0)
        return image;
    // QTransform's positive angles turn clockwise on screen (y points down); multiples of 90 are exact.
    return image.transformed(QTransform().rotate(d));
}

QString FaceDetector::rotationNote(int degrees)
{
    if (degrees == 0)
        return {};
    return Tr::tr("no face upright; found after rotating %1° clockwise").arg(degrees);
}

Result<AlignedFace> FaceDetector::detectAndAlign(const QImage& image, const QString& file,
                                                 const DetectOptions& options) const
{
    QImage analysed;
    auto face = detectAnalysed(image, file, options, &analysed);
    if (!face)
        return face.error();
    return detail::guarded(ErrorCode::Internal, file, [&]() -> Result<AlignedFace> {
        const QImage& photo = analysed; // the rotated photo when no face was upright
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
        dlib::extract_image_chip(toDlibRgb(photo), dlib::get_face_chip_details(shape, 150, 0.25), chip);
        out.chip150 = fromDlibRgb(chip);
        out.aligned224 = detail::alignToTemplate(photo, face->landmarks, 224);
        out.quality = detail::assessQuality(face->landmarks, out.chip150);
        if (face->rotationDegrees != 0)
            out.quality.notes << rotationNote(face->rotationDegrees);
        return out;
    });
}

} // namespace descry
