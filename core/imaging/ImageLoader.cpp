#include "core/imaging/ImageLoader.h"

#include "core/common/Hash.h"
#include "core/common/Tr.h"
#include "core/common/WholeFile.h"
#include "core/imaging/DecoderMessageCapture.h"
#include "core/imaging/ImageDamage.h"
#include "core/imaging/StderrCapture.h"

#include <QBuffer>
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
};

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
    reader.setAutoTransform(true);
    DecoderMessageCapture capture;
    // libpng's errors bypass Qt's message handler (fprintf to stderr): caught at the file descriptor.
    std::optional<StderrCapture> libpng;
    if (format == "png")
        libpng.emplace(QStringList{QStringLiteral("libpng")});
    out.image = reader.read();
    if (out.image.isNull())
        out.error = reader.errorString();
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

    // Limits first, from the header alone: a 24 KB file may claim gigapixels.
    const ImageHeader header = readHeader(file);
    if (file.size() == 0)
        return Error(ErrorCode::Input, Tr::tr("the file is empty, not an image"), path);
    if (header.format.isEmpty())
        return Error(
            ErrorCode::Input,
            Tr::tr("not an image file (its content is none of the readable formats: %1)").arg(readableFormats()), path);
    if (header.size.isValid())
        if (auto st = checkImageSize(header.size, limits, path); !st)
            return st.error();

    // The hash, the structure check and the decoder all read this one open file.
    if (!file.seek(0))
        return Error(ErrorCode::Input, Tr::tr("read error (%1)").arg(file.errorString()), path);
    auto sum = sha256Device(file, path);
    if (!sum)
        return sum.error();
    const QString structural = structuralDamage(file, header.format);
    // A cut-off file with a readable header is refused before decoding: nothing for a decoder to complain about.
    if (!structural.isEmpty() && header.size.isValid() && !options.allowDamaged)
        return damagedError(structural, path);
    if (!file.seek(0))
        return Error(ErrorCode::Input, Tr::tr("read error (%1)").arg(file.errorString()), path);
    Decoded decoded;
    if (!structural.isEmpty() && header.format == "png") {
        QByteArray repaired = repairedPng(file);
        QBuffer buffer(&repaired);
        buffer.open(QIODevice::ReadOnly);
        decoded = decode(buffer, header.format, limits);
    } else {
        decoded = decode(file, header.format, limits);
    }

    QStringList damage, notes;
    for (const QString& m : header.messages + decoded.messages)
        (isDamageMessage(m) ? damage : notes) << plainDecoderMessage(m);
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

    LoadedImage out{path, *sum, decoded.image, !damage.isEmpty(), damage + notes};
    out.image = out.image.isGrayscale() ? out.image.convertToFormat(QImage::Format_Grayscale8)
                                        : out.image.convertToFormat(QImage::Format_RGB888);
    return out;
}

} // namespace descry
