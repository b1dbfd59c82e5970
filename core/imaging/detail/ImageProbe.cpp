#include "core/imaging/detail/ImageProbe.h"

#include "core/common/Tr.h"

#include <QByteArray>
#include <QHash>

namespace descry::detail {

namespace {

quint32 be32(const QByteArray& b, qsizetype at)
{
    return (quint32(uchar(b[at])) << 24) | (quint32(uchar(b[at + 1])) << 16) | (quint32(uchar(b[at + 2])) << 8) |
           quint32(uchar(b[at + 3]));
}

quint32 le32(const QByteArray& b, qsizetype at)
{
    return (quint32(uchar(b[at + 3])) << 24) | (quint32(uchar(b[at + 2])) << 16) | (quint32(uchar(b[at + 1])) << 8) |
           quint32(uchar(b[at]));
}

// Walks the JPEG segments up to the first frame header (SOFn) or the scan, by their lengths.
void probeJpeg(QIODevice& device, ImageProbe& p)
{
    qint64 pos = 2;
    for (int guard = 0; guard < 4096 && device.seek(pos); ++guard) {
        const QByteArray m = device.read(4);
        if (m.size() < 4 || uchar(m[0]) != 0xFF)
            return;
        const int marker = uchar(m[1]);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        const int length = (uchar(m[2]) << 8) | uchar(m[3]);
        if (marker == 0xD9 || marker == 0xDA || length < 2)
            return;
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        const QByteArray data = device.read(qMin(length - 2, 64));
        if (sof) {
            p.progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
            if (data.size() >= 6)
                p.components = uchar(data[5]);
            return;
        }
        if (marker == 0xEE && data.startsWith("Adobe") && data.size() >= 12)
            p.adobeTransform = uchar(data[11]);
        if (marker == 0xE2 && data.startsWith("ICC_PROFILE"))
            p.iccProfile = true;
        pos += 2 + length;
    }
}

// IHDR gives depth and colour type; the chunks before the image data say whether a profile or a transparent
// colour comes with it.
void probePng(QIODevice& device, ImageProbe& p)
{
    if (!device.seek(8))
        return;
    qint64 pos = 8;
    for (int guard = 0; guard < 4096 && device.seek(pos); ++guard) {
        const QByteArray h = device.read(8);
        if (h.size() < 8)
            return;
        const quint32 length = be32(h, 0);
        const QByteArray type = h.mid(4, 4);
        if (type == "IHDR") {
            const QByteArray d = device.read(13);
            if (d.size() == 13) {
                p.bitDepth = uchar(d[8]);
                p.pngColourType = uchar(d[9]);
                p.transparency = p.pngColourType == 4 || p.pngColourType == 6;
            }
        } else if (type == "tRNS") {
            p.transparency = true;
        } else if (type == "iCCP") {
            p.iccProfile = true;
        } else if (type == "IDAT" || type == "IEND" || length > 0x7FFFFFFFu) {
            return;
        }
        pos += 12 + qint64(length);
    }
}

// The extended header (VP8X) carries the flags; simple files say alpha by their lossless header only.
void probeWebp(const QByteArray& head, ImageProbe& p)
{
    if (head.size() >= 21 && head.mid(12, 4) == "VP8X") {
        const int flags = uchar(head[20]);
        p.iccProfile = flags & 0x20;
        p.transparency = flags & 0x10;
        p.animated = flags & 0x02;
    } else if (head.size() >= 25 && head.mid(12, 4) == "VP8L") {
        p.transparency = (le32(head, 21) >> 28) & 1;
    }
}

// The ISO base media file type box: HEVC-coded brands are HEIC, AV1 ones AVIF, the rest generic HEIF.
QString heifFamily(const QByteArray& head)
{
    const quint32 boxSize = be32(head, 0);
    static const QList<QByteArray> heic = {"heic", "heix", "hevc", "hevx", "heim", "heis"};
    static const QList<QByteArray> avif = {"avif", "avis"};
    static const QList<QByteArray> generic = {"mif1", "msf1", "miaf"};
    QList<QByteArray> brands{head.mid(8, 4)};
    for (qsizetype at = 16; at + 4 <= qMin<qsizetype>(head.size(), boxSize); at += 4)
        brands << head.mid(at, 4);
    for (const QByteArray& b : brands) {
        if (heic.contains(b))
            return QStringLiteral("heic");
        if (avif.contains(b))
            return QStringLiteral("avif");
    }
    for (const QByteArray& b : brands)
        if (generic.contains(b))
            return QStringLiteral("heif");
    return {};
}

// Walks a GIF's blocks (colour tables, extensions, images and their data sub-blocks) to the trailer.
bool gifReachesTrailer(const QByteArray& b)
{
    qsizetype at = 13;
    auto skipTable = [&](int flags) {
        if (flags & 0x80)
            at += 3 * (qsizetype(1) << ((flags & 7) + 1));
    };
    auto skipSubBlocks = [&]() {
        while (at < b.size()) {
            const int length = uchar(b[at++]);
            if (length == 0)
                return true;
            at += length;
        }
        return false;
    };
    if (b.size() < 13)
        return false;
    skipTable(uchar(b[10]));
    while (at < b.size()) {
        const int block = uchar(b[at++]);
        if (block == 0x3B)
            return true;
        if (block == 0x21) {
            ++at; // the extension's label
        } else if (block == 0x2C) {
            if (at + 9 > b.size())
                return false;
            skipTable(uchar(b[at + 8]));
            at += 9 + 1; // the descriptor, then the LZW minimum code size
        } else {
            return false;
        }
        if (!skipSubBlocks())
            return false;
    }
    return false;
}

} // namespace

QString containerDamage(QIODevice& device, const QString& formatId)
{
    if (formatId == QLatin1String("webp")) {
        if (!device.seek(0))
            return {};
        const QByteArray head = device.read(12);
        if (head.size() == 12 && qint64(le32(head, 4)) + 8 > device.size())
            return Tr::tr("the file ends before the WebP data does");
    } else if (formatId == QLatin1String("bmp")) {
        // Uncompressed (BI_RGB, BI_BITFIELDS) pixel rows must all be there: Qt's decoder accepts a cut-off file.
        if (!device.seek(0))
            return {};
        const QByteArray h = device.read(34);
        if (h.size() < 34 || le32(h, 14) < 40)
            return {};
        const qint64 width = qint32(le32(h, 18)), height = qint32(le32(h, 22));
        const int bpp = uchar(h[28]) | (uchar(h[29]) << 8);
        const quint32 compression = le32(h, 30);
        const qint64 rowBytes = (qAbs(width) * bpp + 31) / 32 * 4;
        if ((compression == 0 || compression == 3) && qint64(le32(h, 10)) + rowBytes * qAbs(height) > device.size())
            return Tr::tr("the file ends before the BMP pixel data does");
    } else if (formatId == QLatin1String("gif")) {
        if (!device.seek(0) || device.size() > 256'000'000)
            return {};
        if (!gifReachesTrailer(device.readAll()))
            return Tr::tr("the file ends before the GIF trailer");
    }
    return {};
}

ImageProbe probeImage(QIODevice& device)
{
    ImageProbe p;
    if (!device.seek(0))
        return p;
    const QByteArray head = device.read(64);
    if (head.startsWith("\xFF\xD8\xFF")) {
        p.formatId = QStringLiteral("jpeg");
        probeJpeg(device, p);
    } else if (head.startsWith("\x89PNG\r\n\x1A\n")) {
        p.formatId = QStringLiteral("png");
        probePng(device, p);
    } else if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) {
        p.formatId = QStringLiteral("gif");
    } else if (head.startsWith("BM")) {
        p.formatId = QStringLiteral("bmp");
    } else if (head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4))) {
        p.formatId = QStringLiteral("tiff");
    } else if (head.size() >= 16 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") {
        p.formatId = QStringLiteral("webp");
        probeWebp(head, p);
    } else if (head.size() >= 16 && head.mid(4, 4) == "ftyp") {
        p.formatId = heifFamily(head);
    } else if (head.size() >= 3 && head[0] == 'P' && head[1] >= '1' && head[1] <= '6' &&
               QByteArray(" \t\r\n#").contains(head[2])) {
        static const char* const netpbm[] = {"pbm", "pgm", "ppm"};
        p.formatId = QString::fromLatin1(netpbm[(head[1] - '1') % 3]);
    }
    return p;
}

QString formatIdForSuffix(const QString& suffix)
{
    static const QHash<QString, QString> ids = {
        {QStringLiteral("jpg"), QStringLiteral("jpeg")},  {QStringLiteral("jpeg"), QStringLiteral("jpeg")},
        {QStringLiteral("jpe"), QStringLiteral("jpeg")},  {QStringLiteral("jfif"), QStringLiteral("jpeg")},
        {QStringLiteral("png"), QStringLiteral("png")},   {QStringLiteral("gif"), QStringLiteral("gif")},
        {QStringLiteral("bmp"), QStringLiteral("bmp")},   {QStringLiteral("dib"), QStringLiteral("bmp")},
        {QStringLiteral("tif"), QStringLiteral("tiff")},  {QStringLiteral("tiff"), QStringLiteral("tiff")},
        {QStringLiteral("webp"), QStringLiteral("webp")}, {QStringLiteral("heic"), QStringLiteral("heic")},
        {QStringLiteral("heif"), QStringLiteral("heif")}, {QStringLiteral("hif"), QStringLiteral("heif")},
        {QStringLiteral("avif"), QStringLiteral("avif")}, {QStringLiteral("pbm"), QStringLiteral("pbm")},
        {QStringLiteral("pgm"), QStringLiteral("pgm")},   {QStringLiteral("ppm"), QStringLiteral("ppm")},
        {QStringLiteral("pnm"), QStringLiteral("ppm")},
    };
    return ids.value(suffix.toLower());
}

QString formatDisplayName(const QString& formatId)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("jpeg"), QStringLiteral("JPEG")}, {QStringLiteral("png"), QStringLiteral("PNG")},
        {QStringLiteral("gif"), QStringLiteral("GIF")},   {QStringLiteral("bmp"), QStringLiteral("BMP")},
        {QStringLiteral("tiff"), QStringLiteral("TIFF")}, {QStringLiteral("webp"), QStringLiteral("WebP")},
        {QStringLiteral("heic"), QStringLiteral("HEIC")}, {QStringLiteral("heif"), QStringLiteral("HEIF")},
        {QStringLiteral("avif"), QStringLiteral("AVIF")}, {QStringLiteral("pbm"), QStringLiteral("PBM")},
        {QStringLiteral("pgm"), QStringLiteral("PGM")},   {QStringLiteral("ppm"), QStringLiteral("PPM")},
    };
    return names.value(formatId, formatId.toUpper());
}

bool sameFormatFamily(const QString& a, const QString& b)
{
    auto family = [](const QString& id) {
        if (id == QLatin1String("heic") || id == QLatin1String("heif") || id == QLatin1String("avif"))
            return QStringLiteral("heif");
        if (id == QLatin1String("pbm") || id == QLatin1String("pgm") || id == QLatin1String("ppm"))
            return QStringLiteral("netpbm");
        return id;
    };
    return family(a) == family(b);
}

} // namespace descry::detail
