#include "core/imaging/detail/ExifOrientation.h"

#include "core/common/Tr.h"

#include <QTransform>

namespace descry::detail {

namespace {

quint32 readUInt(const QByteArray& b, qsizetype at, int bytes, bool little)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i) {
        const quint32 byte = uchar(b[at + (little ? bytes - 1 - i : i)]);
        v = (v << 8) | byte;
    }
    return v;
}

QByteArray jpegExif(QIODevice& device)
{
    qint64 pos = 2;
    for (int guard = 0; guard < 4096 && device.seek(pos); ++guard) {
        const QByteArray m = device.read(4);
        if (m.size() < 4 || uchar(m[0]) != 0xFF)
            return {};
        const int marker = uchar(m[1]);
        const int length = (uchar(m[2]) << 8) | uchar(m[3]);
        if (marker == 0xDA || marker == 0xD9 || length < 2 || (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4))
            return {};
        if (marker == 0xE1) {
            const QByteArray data = device.read(length - 2);
            if (data.startsWith(QByteArray("Exif\0\0", 6)))
                return data;
        }
        pos += 2 + length;
    }
    return {};
}

// PNG keeps EXIF in an eXIf chunk, WebP in an EXIF chunk; both hold the TIFF structure.
QByteArray chunkExif(QIODevice& device, const QByteArray& type, qint64 start, bool bigEndianLengths)
{
    qint64 pos = start;
    for (int guard = 0; guard < 4096 && device.seek(pos); ++guard) {
        const QByteArray h = device.read(8);
        if (h.size() < 8)
            return {};
        const bool png = bigEndianLengths;
        const QByteArray name = png ? h.mid(4, 4) : h.left(4);
        const quint32 length = readUInt(h, png ? 0 : 4, 4, !png);
        if (length > 0x7FFFFFFFu || (png && name == "IEND"))
            return {};
        if (name == type)
            return device.read(qMin<qint64>(length, 1 << 20));
        pos += png ? 12 + qint64(length) : 8 + qint64(length) + (length & 1);
    }
    return {};
}

} // namespace

int exifOrientationOf(const QByteArray& block)
{
    const QByteArray tiff = block.startsWith(QByteArray("Exif\0\0", 6)) ? block.mid(6) : block;
    if (tiff.size() < 8)
        return 0;
    const bool little = tiff.startsWith("II");
    if (!little && !tiff.startsWith("MM"))
        return 0;
    const quint32 ifd = readUInt(tiff, 4, 4, little);
    if (ifd + 2 > quint32(tiff.size()))
        return 0;
    const int entries = int(readUInt(tiff, ifd, 2, little));
    for (int i = 0; i < entries; ++i) {
        const qsizetype at = qsizetype(ifd) + 2 + qsizetype(i) * 12;
        if (at + 12 > tiff.size())
            return 0;
        if (readUInt(tiff, at, 2, little) != 0x0112)
            continue;
        const quint32 type = readUInt(tiff, at + 2, 2, little);
        const int value = int(type == 3 ? readUInt(tiff, at + 8, 2, little) : readUInt(tiff, at + 8, 4, little));
        return value >= 1 && value <= 8 ? value : 0;
    }
    return 0;
}

int embeddedExifOrientation(QIODevice& device, const QString& formatId)
{
    QByteArray exif;
    if (formatId == QLatin1String("jpeg"))
        exif = jpegExif(device);
    else if (formatId == QLatin1String("png"))
        exif = chunkExif(device, "eXIf", 8, true);
    else if (formatId == QLatin1String("webp"))
        exif = chunkExif(device, "EXIF", 12, false);
    return exif.isEmpty() ? 0 : exifOrientationOf(exif);
}

QImage applyExifOrientation(const QImage& image, int value)
{
    // 5 and 7 mirror first and then turn, as the EXIF specification's row/column description implies.
    const QImage mirrored = (value == 2 || value == 5 || value == 7) ? image.mirrored(true, false) : image;
    switch (value) {
    case 2:
        return mirrored;
    case 3:
        return image.mirrored(true, true);
    case 4:
        return image.mirrored(false, true);
    case 5:
    case 8:
        return mirrored.transformed(QTransform().rotate(270));
    case 6:
    case 7:
        return mirrored.transformed(QTransform().rotate(90));
    default:
        return image;
    }
}

QString exifOrientationNote(int value)
{
    switch (value) {
    case 1:
        return Tr::tr("upright as stored (EXIF orientation 1)");
    case 2:
        return Tr::tr("mirrored left to right (EXIF orientation 2)");
    case 3:
        return Tr::tr("rotated 180° (EXIF orientation 3)");
    case 4:
        return Tr::tr("mirrored top to bottom (EXIF orientation 4)");
    case 5:
        return Tr::tr("mirrored left to right, then rotated 90° anticlockwise (EXIF orientation 5)");
    case 6:
        return Tr::tr("rotated 90° clockwise (EXIF orientation 6)");
    case 7:
        return Tr::tr("mirrored left to right, then rotated 90° clockwise (EXIF orientation 7)");
    case 8:
        return Tr::tr("rotated 90° anticlockwise (EXIF orientation 8)");
    default:
        return Tr::tr("no EXIF orientation: used as stored");
    }
}

} // namespace descry::detail
