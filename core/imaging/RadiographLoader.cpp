#include "core/imaging/RadiographLoader.h"

#include "core/common/Hash.h"
#include "core/common/Tr.h"
#include "core/common/WholeFile.h"
#include "core/imaging/DecoderMessageCapture.h"
#include "core/imaging/ImageDamage.h"
#include "core/imaging/ImageLoader.h"
#include "core/imaging/StderrCapture.h"
#include "core/imaging/detail/DicomHeader.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <algorithm>

namespace descry {

namespace {

// What the raster header says, read without decoding a pixel.
struct RasterHeader
{
    QByteArray format; // QImageReader's name ("png", "tiff", ...); empty when no raster format matches
    QSize size;        // invalid when the format does not tell without decoding
    QImage::Format pixelFormat = QImage::Format_Invalid;
};

RasterHeader readRasterHeader(QIODevice& device)
{
    RasterHeader h;
    DecoderMessageCapture capture; // libpng/libtiff notes about the header are not the user's business here
    QImageReader reader(&device);
    reader.setDecideFormatFromContent(true);
    h.format = reader.format();
    // Radiographs come as these; GIF, ICO, SVG, XPM and the like are not taken for one.
    static const QList<QByteArray> kRadiographFormats{"png", "jpeg", "tiff", "bmp", "pgm", "pbm", "ppm"};
    if (!kRadiographFormats.contains(h.format))
        h.format.clear();
    if (!h.format.isEmpty()) {
        h.size = reader.size();
        h.pixelFormat = reader.imageFormat();
    }
    return h;
}

// 16 for the 16-bit-per-sample formats QImageReader announces, else 8.
int headerBits(QImage::Format f)
{
    return f == QImage::Format_Grayscale16 || f == QImage::Format_RGBX64 || f == QImage::Format_RGBA64 ? 16 : 8;
}

bool isGreyFormat(QImage::Format f)
{
    return f == QImage::Format_Grayscale8 || f == QImage::Format_Grayscale16 || f == QImage::Format_Mono ||
           f == QImage::Format_MonoLSB || f == QImage::Format_Alpha8;
}

// The info every raster radiograph shares: MONOCHROME2 (or RGB) stored values of the file's bit depth, no
// modality LUT, no presets (the display falls back to a min/max window), no spacing, burned-in text unknown.
MedicalImageInfo rasterInfo(const QString& path, const QSize& size, bool colour, int bits)
{
    MedicalImageInfo info;
    info.path = path;
    info.source = MedicalImageInfo::Source::Raster;
    info.hasFileMeta = false;
    info.columns = size.width();
    info.rows = size.height();
    info.frames = 1;
    info.samplesPerPixel = colour ? 3 : 1;
    info.photometric = colour ? QStringLiteral("RGB") : QStringLiteral("MONOCHROME2");
    info.bitsAllocated = bits;
    info.bitsStored = bits;
    info.highBit = bits - 1;
    info.burnedInAnnotation = BurnedInAnnotation::Unknown;
    return info;
}

// Header checks shared by analyse and load: the image limits and the decoded-size limit, before any decoding.
Status checkRasterLimits(const QSize& size, bool colour, int bits, const DicomLoadOptions& options, const QString& path)
{
    ImageLimits limits = ImageLimits::defaults();
    limits.minSide = 1; // a thumbnail radiograph is odd but not refused
    limits.maxAspect = 1000.0;
    if (auto st = checkImageSize(size, limits, path); !st)
        return st;
    const qint64 bytes = qint64(size.width()) * size.height() * (colour ? 3 : 1) * (bits > 8 ? 2 : 1);
    if (bytes > options.maxPixelBytes)
        return Error(ErrorCode::Input,
                     Tr::tr("image is %1×%2 px: its pixels would need %3, more than the %4 limit")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(formatByteSize(bytes), formatByteSize(options.maxPixelBytes)),
                     path);
    return {};
}

Error notAnImage(const QString& path)
{
    return Error(ErrorCode::Input,
                 Tr::tr("neither DICOM nor a readable image (PNG, JPEG, TIFF, BMP, PGM) - cannot open it as a "
                        "radiograph"),
                 path);
}

struct RasterFile
{
    QByteArray bytes;
    RasterHeader header;
};

Result<RasterFile> readRasterFile(const QString& path, const DicomLoadOptions& options)
{
    if (QFileInfo(path).isDir())
        return Error(ErrorCode::Input, Tr::tr("is a folder, not an image file"), path);
    const qint64 maxBytes = std::min(options.maxFileBytes, ImageLimits::defaults().maxFileBytes);
    auto bytes = readWholeFile(path, maxBytes);
    if (!bytes)
        return bytes.error();
    if (bytes->isEmpty())
        return Error(ErrorCode::Input, Tr::tr("the file is empty, not an image"), path);
    RasterFile f{*bytes, {}};
    QBuffer buffer(&f.bytes);
    buffer.open(QIODevice::ReadOnly);
    f.header = readRasterHeader(buffer);
    if (f.header.format.isEmpty())
        return notAnImage(path);
    return f;
}

// Decodes with OpenCV (16-bit PNG, TIFF and PGM stay 16-bit). Decoder complaints written to stderr by libpng or
// libjpeg are captured, never printed; any of them meaning damage refuses the file.
Result<cv::Mat> decodeRaster(const RasterFile& f, const QString& path)
{
    QBuffer buffer(const_cast<QByteArray*>(&f.bytes));
    buffer.open(QIODevice::ReadOnly);
    const QString structural = structuralDamage(buffer, f.header.format);
    if (!structural.isEmpty())
        return Error(ErrorCode::Input, Tr::tr("image file is truncated or corrupt (%1)").arg(structural), path);
    cv::Mat mat;
    QStringList messages;
    {
        StderrCapture capture({QStringLiteral("libpng"), QStringLiteral("Corrupt JPEG"),
                               QStringLiteral("Premature end"), QStringLiteral("[ WARN"), QStringLiteral("[ERROR"),
                               QStringLiteral("TIFF")});
        try {
            const cv::Mat raw(1, int(f.bytes.size()), CV_8U, const_cast<char*>(f.bytes.constData()));
            mat = cv::imdecode(raw, cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR);
        } catch (const cv::Exception& e) {
            messages << QString::fromLocal8Bit(e.what()).simplified();
            mat.release();
        }
        messages += capture.finish();
    }
    for (const QString& m : messages)
        if (isDamageMessage(m))
            return Error(ErrorCode::Input,
                         Tr::tr("image file is truncated or corrupt (%1)").arg(plainDecoderMessage(m)), path);
    if (mat.empty())
        return Error(ErrorCode::Input,
                     Tr::tr("cannot decode the image (the file is damaged or its %1 variant is not supported)")
                         .arg(QString::fromLatin1(f.header.format).toUpper()),
                     path);
    return mat;
}

// BGR(A) or grey+alpha -> the channels that carry the image; 32-bit or float depths -> 16-bit.
cv::Mat normalised(cv::Mat mat)
{
    if (mat.channels() == 4)
        cv::cvtColor(mat, mat, cv::COLOR_BGRA2BGR);
    else if (mat.channels() == 2)
        cv::extractChannel(mat, mat, 0);
    if (mat.depth() != CV_8U && mat.depth() != CV_16U) {
        double lo = 0, hi = 0;
        cv::minMaxLoc(mat.reshape(1), &lo, &hi);
        const double scale = hi > lo ? 65535.0 / (hi - lo) : 1.0;
        mat.convertTo(mat, CV_MAKETYPE(CV_16U, mat.channels()), scale, -lo * scale);
    }
    return mat;
}

// A colour file whose three channels are equal everywhere is a grey radiograph saved as RGB.
bool channelsEqual(const cv::Mat& bgr)
{
    std::vector<cv::Mat> ch;
    cv::split(bgr, ch);
    return cv::countNonZero(ch[0] != ch[1]) == 0 && cv::countNonZero(ch[1] != ch[2]) == 0;
}

MedicalImage monochromeImage(MedicalImageInfo info, const cv::Mat& grey)
{
    std::vector<qint32> values(size_t(grey.rows) * size_t(grey.cols));
    size_t i = 0;
    for (int y = 0; y < grey.rows; ++y) {
        if (grey.depth() == CV_16U) {
            const quint16* row = grey.ptr<quint16>(y);
            for (int x = 0; x < grey.cols; ++x)
                values[i++] = row[x];
        } else {
            const uchar* row = grey.ptr<uchar>(y);
            for (int x = 0; x < grey.cols; ++x)
                values[i++] = row[x];
        }
    }
    std::vector<std::vector<qint32>> frames;
    frames.push_back(std::move(values));
    return MedicalImage::monochrome(std::move(info), std::move(frames));
}

MedicalImage colourImage(MedicalImageInfo info, cv::Mat bgr)
{
    if (bgr.depth() == CV_16U)
        bgr.convertTo(bgr, CV_8UC3, 1.0 / 257.0);
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    QImage image(rgb.cols, rgb.rows, QImage::Format_RGB888);
    for (int y = 0; y < rgb.rows; ++y)
        std::copy_n(rgb.ptr<uchar>(y), size_t(rgb.cols) * 3, image.scanLine(y));
    info.bitsAllocated = info.bitsStored = 8;
    info.highBit = 7;
    return MedicalImage::colour(std::move(info), {image});
}

Result<MedicalImage> loadRaster(const QString& path, const DicomLoadOptions& options)
{
    auto file = readRasterFile(path, options);
    if (!file)
        return file.error();
    const RasterHeader& h = file->header;
    const bool colourHeader = !isGreyFormat(h.pixelFormat);
    const int bitsHeader = headerBits(h.pixelFormat);
    if (h.size.isValid())
        if (auto st = checkRasterLimits(h.size, colourHeader, bitsHeader, options, path); !st)
            return st.error();
    auto decoded = decodeRaster(*file, path);
    if (!decoded)
        return decoded.error();
    cv::Mat mat = normalised(*decoded);
    const QSize size(mat.cols, mat.rows);
    bool colour = mat.channels() == 3;
    const int bits = mat.depth() == CV_16U ? 16 : 8;
    if (auto st = checkRasterLimits(size, colour, bits, options, path); !st)
        return st.error();
    if (colour && channelsEqual(mat)) {
        cv::extractChannel(mat, mat, 0);
        colour = false;
    }
    MedicalImageInfo info = rasterInfo(path, size, colour, bits);
    info.sha256 = sha256Hex(file->bytes);
    return colour ? colourImage(std::move(info), mat) : monochromeImage(std::move(info), mat);
}

} // namespace

Result<MedicalImage> loadRadiograph(const QString& path, const DicomLoadOptions& options, const Progress& progress)
{
    if (detail::isDicomFile(path))
        return loadDicom(path, options, progress);
    if (progress.cancelled())
        return Error(ErrorCode::Cancelled, Tr::tr("cancelled"), path);
    return loadRaster(path, options);
}

Result<MedicalImageInfo> analyseRadiograph(const QString& path, const DicomLoadOptions& options)
{
    if (detail::isDicomFile(path))
        return analyseDicom(path, options);
    if (QFileInfo(path).isDir())
        return Error(ErrorCode::Input, Tr::tr("is a folder, not an image file"), path);
    if (auto size = checkRegularFile(path, std::min(options.maxFileBytes, ImageLimits::defaults().maxFileBytes)); !size)
        return size.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Input, Tr::tr("cannot open for reading (%1)").arg(file.errorString()), path);
    const RasterHeader h = readRasterHeader(file);
    if (h.format.isEmpty())
        return notAnImage(path);
    if (!h.size.isValid())
        return Error(ErrorCode::Input, Tr::tr("the image header does not state its size"), path);
    const bool colour = !isGreyFormat(h.pixelFormat);
    const int bits = headerBits(h.pixelFormat);
    if (auto st = checkRasterLimits(h.size, colour, bits, options, path); !st)
        return st.error();
    return rasterInfo(path, h.size, colour, bits); // header only: no hash (loadRadiograph records it)
}

} // namespace descry
