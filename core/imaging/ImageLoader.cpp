#include "core/imaging/ImageLoader.h"

#include "core/common/Hash.h"
#include "core/common/Tr.h"
#include "core/common/WholeFile.h"
#include "core/imaging/DecoderMessageCapture.h"
#include "core/imaging/ImageDamage.h"
#include "core/imaging/StderrCapture.h"
#include "core/imaging/detail/CmykJpegDecoder.h"
#include "core/imaging/detail/ExifOrientation.h"
#include "core/imaging/detail/HeifCodec.h"
#include "core/imaging/detail/ImageProbe.h"

#include <QBuffer>
#include <QColorSpace>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMutex>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

namespace descry {

namespace {

QMutex g_limitsMutex;

ImageLimits& defaultLimits()
{
    static ImageLimits limits = ImageLimits::fromEnvironment();
    return limits;
}

// 37500, 21.3, 0.5: at most one decimal, none when whole.
QString plainNumber(double value)
{
    return QString::number(std::round(value * 10.0) / 10.0, 'g', 15);
}

// 250, 0.05: megapixels as set, to six significant digits.
QString megapixels(qint64 pixels)
{
    return QString::number(double(pixels) / 1e6, 'g', 6);
}

// QImageReader's allocation limit is in MiB.
int allocationLimitMb(qint64 bytes)
{
    return int(std::clamp<qint64>((bytes + (1 << 20) - 1) >> 20, 1, INT_MAX));
}

// What the header says, read without decoding a pixel.
struct ImageHeader
{
    QSize size; // invalid when the format cannot tell without decoding
    QByteArray format;
    QString error;
    QStringList messages;
};

// The formats the installed Qt image plugins read, for messages ("BMP, GIF, JPEG, PNG, ...").
QString readableFormats()
{
    QStringList names;
    for (const QByteArray& f : QImageReader::supportedImageFormats()) {
        const QString name = QString::fromLatin1(f).toUpper();
        if (name != QLatin1String("JPG") && name != QLatin1String("TIF") && !names.contains(name))
            names << name;
    }
    return names.join(QStringLiteral(", "));
}

ImageHeader readHeader(QFile& file)
{
    ImageHeader header;
    DecoderMessageCapture capture;
    // Reading a PNG header already runs libpng, whose errors (a bad IHDR CRC, width 0) go straight to stderr.
    std::optional<StderrCapture> libpng;
    if (file.peek(8).startsWith("\x89PNG"))
        libpng.emplace(QStringList{QStringLiteral("libpng")});
    else if (file.peek(4) == QByteArray("II*\0", 4) || file.peek(4) == QByteArray("MM\0*", 4))
        libpng.emplace(QStringList{QStringLiteral("TIFF")}); // libtiff prints its directory errors
    QImageReader reader(&file);
    reader.setDecideFormatFromContent(true);
    header.format = reader.format();
    if (header.format.isEmpty())
        header.error = reader.errorString();
    else
        header.size = reader.size();
    header.messages = capture.messages();
    if (libpng)
        header.messages += libpng->finish();
    return header;
}

struct Decoded
{
    QImage image;
    QString error;
    QStringList messages;
    int orientation = 0; // the EXIF orientation the decoder reports (TIFF's tag); 0 none
};

// Qt's transformation flags as the EXIF orientation value they come from.
int exifValueOf(QImageIOHandler::Transformations t)
{
    static const int values[8] = {1, 2, 4, 3, 6, 7, 5, 8}; // None, Mirror, Flip, Rotate180, Rotate90, ...
    const int index = int(t);
    return index >= 0 && index < 8 ? values[index] : 1;
}

// Qt's allocation limit is process-wide (and its default, 256 MB, would refuse a 200-megapixel photo): the pixel
// limit at 4 bytes per pixel, so that a format whose header gives no size is refused by Qt rather than decoded
// into gigabytes. Set whenever the limits in use change.
void applyAllocationLimit(const ImageLimits& limits)
{
    static QMutex mutex;
    static int applied = -1;
    const int mb = allocationLimitMb(limits.maxPixels * 4) + 1;
    QMutexLocker lock(&mutex);
    if (mb != applied) {
        QImageReader::setAllocationLimit(mb);
        applied = mb;
    }
}

Decoded decode(QIODevice& device, const QByteArray& format, const ImageLimits& limits)
{
    Decoded out;
    applyAllocationLimit(limits);
    QImageReader reader(&device);
    reader.setDecideFormatFromContent(true);
    // Orientation is applied by the loader for every decoder alike (and recorded), never inside Qt's.
    reader.setAutoTransform(false);
    DecoderMessageCapture capture;
    // libpng's errors bypass Qt's message handler (fprintf to stderr): caught at the file descriptor.
    std::optional<StderrCapture> libpng;
    if (format == "png")
        libpng.emplace(QStringList{QStringLiteral("libpng")});
    else if (format == "tiff") // libtiff's default handlers print "TIFFReadDirectory: ..." to stderr
        libpng.emplace(QStringList{QStringLiteral("TIFF")});
    out.image = reader.read();
    if (out.image.isNull())
        out.error = reader.errorString();
    else if (format == "tiff")
        out.orientation = exifValueOf(reader.transformation());
    out.messages = capture.messages();
    if (libpng)
        out.messages += libpng->finish();
    return out;
}

// A PNG cut off after complete chunks, ended with a fresh IEND: what libpng needs to decode a file whose image
// data is whole but whose end is missing (Qt drops the whole image when libpng fails to read the end).
QByteArray repairedPng(QFile& file)
{
    QByteArray bytes = file.readAll();
    qsizetype end = 8;
    while (end + 12 <= bytes.size()) {
        const quint32 length = (quint32(uchar(bytes[end])) << 24) | (quint32(uchar(bytes[end + 1])) << 16) |
                               (quint32(uchar(bytes[end + 2])) << 8) | quint32(uchar(bytes[end + 3]));
        if (length > 0x7FFFFFFFu || end + 12 + qsizetype(length) > bytes.size())
            break;
        end += 12 + qsizetype(length);
    }
    bytes.truncate(end);
    bytes.append("\0\0\0\0IEND\xAE\x42\x60\x82", 12);
    return bytes;
}

Error damagedError(const QString& reason, const QString& path)
{
    return Error(
        ErrorCode::Input,
        Tr::tr("image file is truncated or corrupt (%1); use --allow-damaged to analyse it anyway").arg(reason), path);
}

Error undecodableError(const Decoded& d, const ImageHeader& header, const QStringList& damage,
                       const ImageLimits& limits, const QString& path)
{
    for (const QString& m : d.messages) {
        if (!m.contains(QLatin1String("allocation limit")))
            continue;
        if (header.size.isValid()) // within the pixel limit, but e.g. 16 bits per channel
            return Error(ErrorCode::Input,
                         Tr::tr("image is %1×%2 px: decoding it needs more memory than the %3-megapixel limit allows")
                             .arg(header.size.width())
                             .arg(header.size.height())
                             .arg(megapixels(limits.maxPixels)),
                         path);
        return Error(ErrorCode::Input,
                     Tr::tr("image is larger than the %1-megapixel limit").arg(megapixels(limits.maxPixels)), path);
    }
    const QString reason = !damage.isEmpty() ? Tr::tr("the file is truncated or corrupt: %1").arg(damage.first())
                                             : plainDecoderMessage(d.error);
    return Error(ErrorCode::Input, Tr::tr("cannot decode image (%1)").arg(reason), path);
}

} // namespace

ImageLimits ImageLimits::defaults()
{
    QMutexLocker lock(&g_limitsMutex);
    return defaultLimits();
}

ImageLimits ImageLimits::fromEnvironment()
{
    ImageLimits limits;
    bool ok = false;
    const double mp = qEnvironmentVariable("DESCRY_MAX_MEGAPIXELS").trimmed().toDouble(&ok);
    if (ok && std::isfinite(mp) && mp > 0)
        limits.maxPixels = std::max<qint64>(1, qint64(std::min(mp, 1e6) * 1e6));
    return limits;
}

void setDefaultImageLimits(const ImageLimits& limits)
{
    QMutexLocker lock(&g_limitsMutex);
    defaultLimits() = limits;
}

Status checkImageSize(const QSize& size, const ImageLimits& limits, const QString& file)
{
    const qint64 w = size.width(), h = size.height();
    const qint64 shortSide = std::min(w, h), longSide = std::max(w, h);
    if (w * h > limits.maxPixels)
        return Error(ErrorCode::Input,
                     Tr::tr("image is %1×%2 px, more than the %3-megapixel limit")
                         .arg(w)
                         .arg(h)
                         .arg(megapixels(limits.maxPixels)),
                     file);
    if (shortSide < limits.minSide)
        return Error(
            ErrorCode::Input,
            Tr::tr("image is %1×%2 px, too small to analyse (at least %3×%3 px)").arg(w).arg(h).arg(limits.minSide),
            file);
    if (double(longSide) > limits.maxAspect * double(shortSide))
        return Error(ErrorCode::Input,
                     Tr::tr("image is %1×%2 px: its aspect ratio 1:%3 is beyond the 1:%4 limit")
                         .arg(w)
                         .arg(h)
                         .arg(plainNumber(double(longSide) / double(shortSide)), plainNumber(limits.maxAspect)),
                     file);
    if (longSide > limits.maxSide)
        return Error(
            ErrorCode::Input,
            Tr::tr("image is %1×%2 px: a side is longer than the %3-pixel limit").arg(w).arg(h).arg(limits.maxSide),
            file);
    return {};
}

namespace {

using detail::ImageProbe;

bool isHeifFamily(const QString& id)
{
    return id == QLatin1String("heic") || id == QLatin1String("heif") || id == QLatin1String("avif");
}

// A colour space by the name people know it: "Adobe RGB (1998)", "Display P3", else the profile's own words.
QString colourSpaceName(const QColorSpace& cs)
{
    const bool srgbCurve = cs.transferFunction() == QColorSpace::TransferFunction::SRgb;
    switch (cs.primaries()) {
    case QColorSpace::Primaries::SRgb:
        return srgbCurve ? QStringLiteral("sRGB") : Tr::tr("sRGB primaries with another tone curve");
    case QColorSpace::Primaries::AdobeRgb:
        return QStringLiteral("Adobe RGB (1998)");
    case QColorSpace::Primaries::DciP3D65:
        return srgbCurve ? QStringLiteral("Display P3") : QStringLiteral("DCI-P3 (D65)");
    case QColorSpace::Primaries::ProPhotoRgb:
        return QStringLiteral("ProPhoto RGB");
    default:
        break;
    }
    const QString description = cs.description().simplified();
    return description.isEmpty() ? Tr::tr("the embedded colour profile") : description;
}

// Converts an image with an embedded profile to sRGB, in place; what was done, in words.
QString convertToSrgb(QImage& image, bool fileHasProfile)
{
    const QColorSpace cs = image.colorSpace();
    if (!cs.isValid())
        return fileHasProfile ? Tr::tr("embedded colour profile not usable (e.g. a CMYK or grey-scale profile): "
                                       "sRGB assumed")
                              : Tr::tr("no embedded profile: sRGB assumed");
    const QColorSpace srgb(QColorSpace::SRgb);
    if (cs == srgb)
        return Tr::tr("embedded profile is sRGB: no conversion needed");
    const QString name = colourSpaceName(cs);
    if (image.depth() > 32)
        image.convertTo(image.hasAlphaChannel() ? QImage::Format_RGBA64 : QImage::Format_RGBX64);
    else
        image.convertTo(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.convertToColorSpace(srgb);
    return Tr::tr("converted from %1 to sRGB").arg(name);
}

// Transparent pixels composited on white (a photo's cut-out background reads as paper, not black); whether any
// pixel was transparent.
bool compositeOnWhite(QImage& image)
{
    if (!image.hasAlphaChannel())
        return false;
    image.convertTo(QImage::Format_ARGB32);
    bool any = false;
    for (int y = 0; y < image.height(); ++y) {
        auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int a = qAlpha(row[x]);
            if (a == 255)
                continue;
            any = true;
            auto mix = [a](int c) { return (c * a + 255 * (255 - a) + 127) / 255; };
            row[x] = qRgb(mix(qRed(row[x])), mix(qGreen(row[x])), mix(qBlue(row[x])));
        }
    }
    image.convertTo(QImage::Format_RGB32);
    return any;
}

// "JPEG (progressive, CMYK)", "PNG (16-bit, palette)", "TIFF (page 1 of 3)", "GIF (frame 1 of 12)".
QString describeFormat(const LoadedImage& out, const ImageProbe& p)
{
    QStringList details;
    if (out.formatId == QLatin1String("jpeg")) {
        if (p.progressive)
            details << Tr::tr("progressive");
        if (p.components == 4)
            details << (p.adobeTransform == 2 ? QStringLiteral("YCCK") : QStringLiteral("CMYK"));
        else if (p.components == 1)
            details << Tr::tr("greyscale");
    } else if (out.formatId == QLatin1String("png")) {
        if (p.bitDepth == 16)
            details << Tr::tr("16-bit");
        if (p.pngColourType == 3)
            details << Tr::tr("palette");
        else if (p.pngColourType == 0 || p.pngColourType == 4)
            details << Tr::tr("greyscale");
        if (p.transparency)
            details << Tr::tr("alpha");
    } else if (out.formatId == QLatin1String("webp") && p.transparency) {
        details << Tr::tr("alpha");
    }
    if (out.pages > 1)
        details << (isHeifFamily(out.formatId) ? Tr::tr("image 1 of %1") : Tr::tr("page 1 of %1")).arg(out.pages);
    if (out.frames > 1)
        details << Tr::tr("frame 1 of %1").arg(out.frames);
    const QString name = detail::formatDisplayName(out.formatId);
    return details.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, details.join(QStringLiteral(", ")));
}

// Pages of a TIFF, frames of a GIF or an animated WebP, counted by a reader of their own; libtiff's complaints
// about a page directory it cannot read (a cut-off multi-page file) are added to `messages`.
int imageCountOf(QIODevice& device, const QByteArray& format, QStringList* messages)
{
    if (!device.seek(0))
        return 1;
    QImageReader reader(&device, format);
    DecoderMessageCapture quiet;
    std::optional<StderrCapture> libtiff;
    if (format == "tiff")
        libtiff.emplace(QStringList{QStringLiteral("TIFF")});
    const int count = std::max(1, reader.imageCount());
    if (libtiff)
        *messages += libtiff->finish();
    *messages += quiet.messages();
    return count;
}

// libtiff's messages that mean a page or its data cannot be read.
bool isTiffDamage(const QString& m)
{
    return m.startsWith(QLatin1String("TIFF")) &&
           (m.contains(QLatin1String("Failed")) || m.contains(QLatin1String("Can not read")) ||
            m.contains(QLatin1String("Sanity check")) || m.contains(QLatin1String("Read error")));
}

// What every decoder's output goes through: upright (EXIF), sRGB, no transparency, RGB888 or Grayscale8, the
// format named, and a note when the file's name promises another format.
Status finishPhoto(LoadedImage& out, QImage image, const ImageProbe& probe, int embeddedOrientation,
                   const QString& presetColourNote)
{
    out.exifOrientation = embeddedOrientation >= 1 && embeddedOrientation <= 8 ? embeddedOrientation : 1;
    if (out.exifOrientation > 1)
        image = detail::applyExifOrientation(image, out.exifOrientation);
    if (out.orientationNote.isEmpty())
        out.orientationNote = detail::exifOrientationNote(embeddedOrientation);
    const bool profile = probe.iccProfile || image.colorSpace().isValid();
    out.colourNote = presetColourNote.isEmpty() ? convertToSrgb(image, profile) : presetColourNote;
    if (compositeOnWhite(image))
        out.colourNote += Tr::tr("; transparent areas composited on white");
    out.image = image.isGrayscale() ? image.convertToFormat(QImage::Format_Grayscale8)
                                    : image.convertToFormat(QImage::Format_RGB888);
    out.image.setColorSpace(QColorSpace(QColorSpace::SRgb));
    out.format = describeFormat(out, probe);
    const QString promised = detail::formatIdForSuffix(QFileInfo(out.path).suffix());
    if (!promised.isEmpty() && !detail::sameFormatFamily(promised, out.formatId))
        out.warnings << Tr::tr("named .%1 but is a %2 file")
                            .arg(QFileInfo(out.path).suffix(), detail::formatDisplayName(out.formatId));
    return {};
}

// HEIC/HEIF/AVIF through libheif (Qt has no decoder for them): read whole, hashed from the same bytes.
Result<LoadedImage> loadHeifPhoto(QFile& file, const ImageProbe& probe, const ImageLoadOptions& options)
{
    const QString path = file.fileName();
    if (!file.seek(0))
        return Error(ErrorCode::Input, Tr::tr("read error (%1)").arg(file.errorString()), path);
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size())
        return Error(ErrorCode::Input, Tr::tr("read error (%1)").arg(file.errorString()), path);
    auto picture = detail::decodeHeif(bytes, options.limits, path);
    if (!picture)
        return picture.error();
    LoadedImage out;
    out.path = path;
    out.sha256 = sha256Hex(bytes);
    out.formatId = probe.formatId;
    out.pages = std::max(1, picture->images);
    // libheif applies the container's irot/imir itself; HEIF says these, not the EXIF tag, rule.
    out.orientationNote = picture->turned ? Tr::tr("turned upright by the HEIF rotation (irot), applied by libheif")
                                          : Tr::tr("HEIF rotation/mirror (irot/imir) applied by libheif");
    if (picture->exifOrientation > 1)
        out.orientationNote += Tr::tr("; its EXIF orientation %1 is not applied again").arg(picture->exifOrientation);
    QString colour = picture->colourNote;
    if (colour.isEmpty() && !picture->image.colorSpace().isValid())
        colour = Tr::tr("no colour profile: sRGB assumed");
    if (auto st = finishPhoto(out, picture->image, probe, 0, colour); !st)
        return st.error();
    return out;
}

// Every format a Qt image plugin reads, and CMYK/YCCK JPEG through libjpeg: hashed, checked for damage and
// decoded from the one open file.
Result<LoadedImage> loadWithQt(QFile& file, const ImageHeader& header, const ImageProbe& probe,
                               const ImageLoadOptions& options)
{
    const QString path = file.fileName();
    const ImageLimits& limits = options.limits;
    // The hash, the structure check and the decoder all read this one open file.
    if (!file.seek(0))
        return Error(ErrorCode::Input, Tr::tr("read error (%1)").arg(file.errorString()), path);
    auto sum = sha256Device(file, path);
    if (!sum)
        return sum.error();
    const QString formatId = probe.formatId.isEmpty() ? QString::fromLatin1(header.format).toLower() : probe.formatId;
    QString structural = structuralDamage(file, header.format);
    if (structural.isEmpty())
        structural = detail::containerDamage(file, formatId);
    // A cut-off file with a readable header is refused before decoding: nothing for a decoder to complain about.
    if (!structural.isEmpty() && header.size.isValid() && !options.allowDamaged)
        return damagedError(structural, path);
    if (!file.seek(0))
        return Error(ErrorCode::Input, Tr::tr("read error (%1)").arg(file.errorString()), path);
    Decoded decoded;
    if (formatId == QLatin1String("jpeg") && probe.components == 4) {
        auto cmyk = detail::decodeCmykJpeg(file.readAll(), limits, path);
        if (!cmyk)
            return cmyk.error();
        decoded.image = cmyk->image;
        decoded.messages = cmyk->messages;
    } else if (!structural.isEmpty() && header.format == "png") {
        QByteArray repaired = repairedPng(file);
        QBuffer buffer(&repaired);
        buffer.open(QIODevice::ReadOnly);
        decoded = decode(buffer, header.format, limits);
    } else {
        decoded = decode(file, header.format, limits);
    }

    QStringList countMessages;
    const int count = formatId == QLatin1String("tiff") || formatId == QLatin1String("gif") ||
                              (formatId == QLatin1String("webp") && probe.animated)
                          ? imageCountOf(file, header.format, &countMessages)
                          : 1;
    QStringList damage, notes;
    bool tiffDamage = false;
    for (const QString& m : header.messages + decoded.messages + countMessages) {
        if (isTiffDamage(m))
            tiffDamage = true;
        else
            (isDamageMessage(m) ? damage : notes) << plainDecoderMessage(m);
    }
    if (tiffDamage)
        damage << Tr::tr("a TIFF page directory cannot be read (the file is cut off or corrupt)");
    if (!structural.isEmpty())
        damage << structural;
    damage.removeDuplicates();
    notes.removeDuplicates();
    if (decoded.image.isNull())
        return undecodableError(decoded, header, damage, limits, path);
    if (auto st = checkImageSize(decoded.image.size(), limits, path); !st)
        return st.error();
    if (!damage.isEmpty() && !options.allowDamaged)
        return damagedError(damage.first(), path);

    LoadedImage out;
    out.path = path;
    out.sha256 = *sum;
    out.damaged = !damage.isEmpty();
    out.warnings = damage + notes;
    out.formatId = formatId;
    (formatId == QLatin1String("tiff") ? out.pages : out.frames) = count;
    const int orientation =
        decoded.orientation > 0 ? decoded.orientation : detail::embeddedExifOrientation(file, formatId);
    QString colour;
    if (probe.components == 4 && formatId == QLatin1String("jpeg"))
        colour = probe.iccProfile ? Tr::tr("CMYK converted to RGB by the plain formula; its embedded CMYK "
                                           "profile is not applied (no CMYK colour engine): sRGB assumed")
                                  : Tr::tr("CMYK converted to RGB by the plain formula: sRGB assumed");
    if (auto st = finishPhoto(out, decoded.image, probe, orientation, colour); !st)
        return st.error();
    return out;
}

} // namespace

Result<LoadedImage> loadImage(const QString& path, const ImageLoadOptions& options)
{
    const ImageLimits& limits = options.limits;
    if (QFileInfo(path).isDir())
        return Error(ErrorCode::Input, Tr::tr("is a folder, not an image file"), path);
    if (auto size = checkRegularFile(path, limits.maxFileBytes); !size)
        return size.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Input, Tr::tr("cannot open for reading (%1)").arg(file.errorString()), path);
    if (file.size() == 0)
        return Error(ErrorCode::Input, Tr::tr("the file is empty, not an image"), path);
    const ImageProbe probe = detail::probeImage(file);
    if (isHeifFamily(probe.formatId))
        return loadHeifPhoto(file, probe, options);
    if (!file.seek(0))
        return Error(ErrorCode::Input, Tr::tr("read error (%1)").arg(file.errorString()), path);

    // Limits first, from the header alone: a 24 KB file may claim gigapixels.
    const ImageHeader header = readHeader(file);
    if (header.format.isEmpty() && !probe.formatId.isEmpty())
        return Error(ErrorCode::Input,
                     Tr::tr("a %1 file, but no %1 decoder is installed (Debian package qt6-image-formats-plugins)")
                         .arg(detail::formatDisplayName(probe.formatId)),
                     path);
    if (header.format.isEmpty())
        return Error(
            ErrorCode::Input,
            Tr::tr("not an image file (its content is none of the readable formats: %1)").arg(readableFormats()), path);
    if (header.size.isValid())
        if (auto st = checkImageSize(header.size, limits, path); !st)
            return st.error();
    return loadWithQt(file, header, probe, options);
}

} // namespace descry
