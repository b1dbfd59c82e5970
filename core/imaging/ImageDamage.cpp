#include "core/imaging/ImageDamage.h"

#include "core/common/Tr.h"

#include <QRegularExpression>

namespace descry {

namespace {

// Sequential bytes of a device through a 1 MB buffer, with cheap skips.
class ByteStream
{
public:
    explicit ByteStream(QIODevice& device) : m_device(device) {}

    // The next byte, or -1 at the end.
    int next()
    {
        if (m_pos == m_buffer.size()) {
            m_buffer = m_device.read(1 << 20);
            m_pos = 0;
            if (m_buffer.isEmpty())
                return -1;
        }
        return uchar(m_buffer[m_pos++]);
    }

    // Skips n bytes; false when the device ends first.
    bool skip(qint64 n)
    {
        const qint64 buffered = m_buffer.size() - m_pos;
        if (n <= buffered) {
            m_pos += n;
            return true;
        }
        const qint64 target = m_device.pos() + (n - buffered);
        m_buffer.clear();
        m_pos = 0;
        return target <= m_device.size() && m_device.seek(target);
    }

private:
    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
};

// The file ends with FF D9 (after any zero padding): the common case, read from the tail only.
bool jpegEndsWithEoi(QIODevice& device)
{
    const qint64 size = device.size();
    const qint64 tail = qMin<qint64>(size, 64 * 1024);
    if (!device.seek(size - tail))
        return false;
    const QByteArray bytes = device.read(tail);
    qsizetype end = bytes.size();
    while (end > 0 && bytes[end - 1] == '\0')
        --end;
    return end >= 2 && uchar(bytes[end - 2]) == 0xFF && uchar(bytes[end - 1]) == 0xD9;
}

// Walks the markers from SOI, skipping every segment by its length (so thumbnails inside APP segments are not
// mistaken for the end) and the entropy-coded data byte by byte, until EOI. True when EOI is reached.
bool jpegReachesEoi(QIODevice& device)
{
    if (!device.seek(0))
        return false;
    ByteStream s(device);
    if (s.next() != 0xFF || s.next() != 0xD8)
        return false;
    for (;;) {
        int c = s.next();
        if (c < 0)
            return false;
        if (c != 0xFF)
            continue; // entropy-coded data (or stray bytes, which libjpeg skips too)
        int marker = s.next();
        while (marker == 0xFF)
            marker = s.next();
        if (marker < 0)
            return false;
        if (marker == 0xD9)
            return true;
        // Stuffed zero, restart markers, TEM and SOI stand alone; every other marker starts a segment.
        if (marker == 0x00 || marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7))
            continue;
        const int hi = s.next(), lo = s.next();
        if (hi < 0 || lo < 0)
            return false;
        const int length = (hi << 8) | lo;
        if (length < 2 || !s.skip(length - 2))
            return false;
    }
}

// Walks the chunks by their lengths up to IEND, without reading their data.
bool pngReachesIend(QIODevice& device)
{
    const qint64 size = device.size();
    qint64 pos = 8; // the signature, checked by the decoder
    while (pos + 8 <= size) {
        if (!device.seek(pos))
            return false;
        const QByteArray header = device.read(8);
        if (header.size() != 8)
            return false;
        const quint32 length = (quint32(uchar(header[0])) << 24) | (quint32(uchar(header[1])) << 16) |
                               (quint32(uchar(header[2])) << 8) | quint32(uchar(header[3]));
        if (length > 0x7FFFFFFFu)
            return false;
        if (header.mid(4, 4) == "IEND")
            return true;
        pos += 12 + qint64(length); // length, type, data, CRC
    }
    return false;
}

} // namespace

QString structuralDamage(QIODevice& device, const QByteArray& format)
{
    if (format == "jpeg" || format == "jpg") {
        if (jpegEndsWithEoi(device) || jpegReachesEoi(device))
            return {};
        return Tr::tr("the file ends before the JPEG end-of-image marker");
    }
    if (format == "png") {
        if (pngReachesIend(device))
            return {};
        return Tr::tr("the file ends before the PNG end chunk");
    }
    return {};
}

bool isDamageMessage(const QString& message)
{
    // libpng's notes on ancillary chunks (lower-case first letter: iCCP, sRGB, tEXt, ...) are harmless unless a
    // checksum failed; so is its reminder about interlace handling.
    static const QRegularExpression ancillary(QStringLiteral("^(libpng (warning|error): )?[a-z][A-Za-z]{3}: "));
    const bool crc = message.contains(QLatin1String("CRC"), Qt::CaseInsensitive);
    if (ancillary.match(message).hasMatch() && !crc)
        return false;
    if (message.contains(QLatin1String("Interlace handling")))
        return false;
    static const char* const signs[] = {"corrupt",    "premature",  "truncat",        "crc",
                                        "damaged",    "invalid",    "unexpected end", "read error",
                                        "image data", "extraneous", "incorrect data", "bad huffman",
                                        "idat",       "iend",       "not a jpeg",     "unsupported marker",
                                        "bogus",      "incomplete", "decompression",  "compressed data"};
    for (const char* sign : signs)
        if (message.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    return false;
}

QString plainDecoderMessage(const QString& message)
{
    struct Plain
    {
        const char* sign;
        const char* words;
    };
    static const Plain table[] = {
        {"Premature end of JPEG file", QT_TRANSLATE_NOOP("descry", "the file ends before the image does")},
        {"premature end of data segment", QT_TRANSLATE_NOOP("descry", "the image data ends too early")},
        {"extraneous bytes before marker", QT_TRANSLATE_NOOP("descry", "stray bytes in the image data")},
        {"Corrupt JPEG data", QT_TRANSLATE_NOOP("descry", "the image data is corrupt")},
        {"Invalid JPEG file structure", QT_TRANSLATE_NOOP("descry", "the JPEG structure is invalid")},
        {"Not a JPEG file", QT_TRANSLATE_NOOP("descry", "the file is not a JPEG")},
        {"Read Error", QT_TRANSLATE_NOOP("descry", "the file ends before the image does")},
        {"Not enough image data", QT_TRANSLATE_NOOP("descry", "the file ends before the image does")},
        {"CRC error", QT_TRANSLATE_NOOP("descry", "a checksum inside the file does not match")},
        {"Too much image data", QT_TRANSLATE_NOOP("descry", "the image data is longer than the image")},
        {"incorrect data check", QT_TRANSLATE_NOOP("descry", "the compressed image data is damaged")},
        {"Invalid IHDR", QT_TRANSLATE_NOOP("descry", "the image header is invalid (impossible dimensions or format)")},
        {"Unable to read image data",
         QT_TRANSLATE_NOOP("descry", "the image data cannot be read (the file is corrupt, or its header gives "
                                     "dimensions or a format the decoder refuses)")},
        {"invalid", QT_TRANSLATE_NOOP("descry", "the compressed image data is damaged")},
    };
    for (const Plain& p : table)
        if (message.contains(QLatin1String(p.sign), Qt::CaseInsensitive))
            return Tr::tr(p.words);
    static const QRegularExpression prefix(
        QStringLiteral("^(libpng (warning|error): |QImageReader: |QImageIOHandler: |Corrupt JPEG data: )+"));
    QString plain = message;
    plain.remove(prefix);
    return plain.simplified();
}

} // namespace descry
