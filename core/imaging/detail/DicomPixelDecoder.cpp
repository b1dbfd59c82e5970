#include "core/imaging/detail/DicomPixelDecoder.h"

#include "core/common/Tr.h"
#include "core/imaging/detail/DcmtkErrors.h"
#include "core/imaging/detail/Jpeg2000Codec.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfcache.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QImage>

#include <algorithm>
#include <cmath>

namespace descry::detail {

namespace {

// One frame's samples as integers (interleaved unless `planar`), with the colour model they are in: DCMTK's JPEG
// decoder may already have turned YBR into RGB, native YBR_FULL_422 keeps its Y Y Cb Cr pairs (`subsampled`).
struct SampleFrame
{
    std::vector<int32_t> samples;
    int planar = 0;
    QString colourModel;
    bool subsampled = false;
};

// How the bytes of a decoded frame hold one sample.
struct SampleLayout
{
    int bytesPerSample = 2; // 0: one bit per sample, packed
    int bitOffset = 0;      // 1-bit frames need not start on a byte
    bool swapWords = false; // 32-bit samples read as 16-bit words of a big-endian file
};

int32_t signExtend(uint32_t v, int bits)
{
    if (bits >= 32)
        return int32_t(v);
    const uint32_t sign = 1u << (bits - 1);
    return int32_t((v ^ sign) - sign);
}

// Bits stored / high bit / pixel representation applied to `count` samples of `data` (PS3.5 8.1.1).
void extractSamples(const uint8_t* data, size_t count, const SampleLayout& layout, const MedicalImageInfo& info,
                    bool applySign, std::vector<int32_t>& out)
{
    out.resize(count);
    const int shift = info.highBit + 1 - info.bitsStored;
    const uint32_t mask = info.bitsStored >= 32 ? 0xFFFFFFFFu : ((1u << info.bitsStored) - 1u);
    const bool sign = applySign && info.signedPixels;
    for (size_t i = 0; i < count; ++i) {
        uint32_t w = 0;
        switch (layout.bytesPerSample) {
        case 0: {
            const size_t bit = size_t(layout.bitOffset) + i;
            w = (data[bit / 8] >> (bit % 8)) & 1u;
            break;
        }
        case 1:
            w = data[i];
            break;
        case 2:
            w = reinterpret_cast<const uint16_t*>(data)[i];
            break;
        default:
            w = reinterpret_cast<const uint32_t*>(data)[i];
            if (layout.swapWords)
                w = (w << 16) | (w >> 16);
            break;
        }
        const uint32_t v = (w >> shift) & mask;
        out[i] = sign ? signExtend(v, info.bitsStored) : int32_t(v);
    }
}

Error frameError(const OFCondition& c, int frame, const MedicalImageInfo& info)
{
    return dcmtkError(c, Tr::tr("frame %1 cannot be decoded (%2)").arg(frame + 1).arg(info.transferSyntaxName),
                      info.path);
}

// The sample precision of a JPEG codestream (its SOF marker); 0 when there is none.
int jpegPrecision(const uint8_t* p, size_t n)
{
    for (size_t i = 0; i + 4 < n;) {
        if (p[i] != 0xFF) {
            ++i;
            continue;
        }
        const uint8_t m = p[i + 1];
        if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC)
            return i + 4 < n ? p[i + 4] : 0;
        if (m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7) || m == 0xFF) {
            i += (m == 0xFF) ? 1 : 2;
            continue;
        }
        i += 2 + size_t((p[i + 2] << 8) | p[i + 3]);
    }
    return 0;
}

bool isJpegSyntax(const QString& uid)
{
    static const char* const jpeg[] = {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.53",
                                       "1.2.840.10008.1.2.4.55", "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70"};
    return std::any_of(std::begin(jpeg), std::end(jpeg), [&](const char* s) { return uid == QLatin1String(s); });
}

DcmPixelSequence* pixelSequence(DcmPixelData& pixels)
{
    E_TransferSyntax xfer = EXS_Unknown;
    const DcmRepresentationParameter* param = nullptr;
    pixels.getOriginalRepresentationKey(xfer, param);
    DcmPixelSequence* seq = nullptr;
    if (pixels.getEncapsulatedRepresentation(xfer, param, seq).bad())
        return nullptr;
    return seq;
}

// Reads and decodes frames of one file; the frame loop and the colour conversion are shared by every syntax.
class FrameReader
{
public:
    FrameReader(DcmDataset& ds, DcmPixelData& pixels, const MedicalImageInfo& info)
        : m_ds(ds), m_pixels(pixels), m_info(info)
    {
    }

    Status prepare();
    Result<SampleFrame> read(int frame);

private:
    Result<SampleFrame> readNative(int frame);
    Result<SampleFrame> readWithDcmtk(int frame);
    Result<SampleFrame> readJpeg2000(int frame);
    Status splitJpeg2000Fragments();

    DcmDataset& m_ds;
    DcmPixelData& m_pixels;
    const MedicalImageInfo& m_info;
    DcmFileCache m_cache;
    DcmPixelSequence* m_sequence = nullptr;
    std::vector<uint8_t> m_buffer;
    SampleLayout m_layout;
    bool m_native = false;
    bool m_jpeg2000 = false;
    bool m_subsampled = false;
    Uint32 m_nextFragment = 0;
    std::vector<std::pair<unsigned long, unsigned long>> m_frameFragments; // JPEG 2000: [first, last) item
};

Status FrameReader::prepare()
{
    m_native = isNativeTransferSyntax(m_info.transferSyntaxUid);
    m_jpeg2000 = isJpeg2000TransferSyntax(m_info.transferSyntaxUid);
    m_layout.bytesPerSample = m_info.bitsAllocated == 1 ? 0 : m_info.bitsAllocated / 8;
    if (m_native) {
        const qint64 full = nativePixelBytes(m_info, false);
        m_subsampled = m_info.photometric.endsWith(QLatin1String("_422")) && m_pixels.getLength() < full;
        m_layout.swapWords =
            m_info.bitsAllocated == 32 && m_info.transferSyntaxUid == QLatin1String("1.2.840.10008.1.2.2");
        return {};
    }
    m_sequence = pixelSequence(m_pixels);
    if (!m_sequence || m_sequence->card() < 2)
        return Error(
            ErrorCode::Input,
            Tr::tr("the pixel data is not encapsulated as transfer syntax %1 requires").arg(m_info.transferSyntaxName),
            m_info.path);
    if (m_jpeg2000)
        return splitJpeg2000Fragments();
    const size_t frameSamples = size_t(m_info.rows) * size_t(m_info.columns) * size_t(m_info.samplesPerPixel);
    m_buffer.assign(frameSamples * 4 + 2, 0);
    const QString& uid = m_info.transferSyntaxUid;
    if (isJpegSyntax(uid)) {
        DcmPixelItem* item = nullptr;
        Uint8* data = nullptr;
        if (m_sequence->getItem(item, 1).good() && item->getUint8Array(data).good() && data)
            m_layout.bytesPerSample = jpegPrecision(data, item->getLength()) > 8 ? 2 : 1;
    } else if (uid.startsWith(QLatin1String("1.2.840.10008.1.2.4.8"))) { // JPEG-LS
        m_layout.bytesPerSample = (m_info.bitsStored > 8 || m_info.bitsAllocated > 8) ? 2 : 1;
    }
    return {};
}

Result<SampleFrame> FrameReader::read(int frame)
{
    if (m_native)
        return readNative(frame);
    if (m_jpeg2000)
        return readJpeg2000(frame);
    return readWithDcmtk(frame);
}

Result<SampleFrame> FrameReader::readNative(int frame)
{
    const qint64 samples = qint64(m_info.rows) * m_info.columns * (m_subsampled ? 2 : m_info.samplesPerPixel);
    qint64 offset = 0, bytes = 0;
    if (m_info.bitsAllocated == 1) {
        const qint64 firstBit = samples * frame;
        offset = firstBit / 8;
        m_layout.bitOffset = int(firstBit % 8);
        bytes = (m_layout.bitOffset + samples + 7) / 8;
    } else {
        bytes = samples * (m_info.bitsAllocated / 8);
        offset = bytes * frame;
    }
    m_buffer.assign(size_t(bytes) + 2, 0);
    const OFCondition c = m_pixels.getPartialValue(m_buffer.data(), Uint32(offset), Uint32(bytes), &m_cache);
    if (c.bad())
        return frameError(c, frame, m_info);
    SampleFrame out;
    out.planar = m_info.planarConfiguration;
    out.colourModel = m_info.photometric;
    out.subsampled = m_subsampled;
    if (m_info.photometric.endsWith(QLatin1String("_422")) && !m_subsampled)
        out.colourModel = QStringLiteral("YBR_FULL"); // sized like full resolution: not subsampled after all
    extractSamples(m_buffer.data(), size_t(samples), m_layout, m_info,
                   m_info.isMonochrome() || m_info.photometric == QLatin1String("PALETTE COLOR"), out.samples);
    return out;
}

Result<SampleFrame> FrameReader::readWithDcmtk(int frame)
{
    OFString model;
    std::fill(m_buffer.begin(), m_buffer.end(), uint8_t(0));
    const OFCondition c = m_pixels.getUncompressedFrame(&m_ds, Uint32(frame), m_nextFragment, m_buffer.data(),
                                                        Uint32(m_buffer.size()), model, &m_cache);
    if (c.bad())
        return frameError(c, frame, m_info);
    SampleFrame out;
    Uint16 planar = Uint16(m_info.planarConfiguration);
    m_ds.findAndGetUint16(DCM_PlanarConfiguration, planar); // the JPEG-LS decoder may correct it
    out.planar = planar;
    out.colourModel = model.empty() ? m_info.photometric : QString::fromLatin1(model.c_str()).trimmed().toUpper();
    const size_t samples = size_t(m_info.rows) * size_t(m_info.columns) * size_t(m_info.samplesPerPixel);
    extractSamples(m_buffer.data(), samples, m_layout, m_info,
                   m_info.isMonochrome() || m_info.photometric == QLatin1String("PALETTE COLOR"), out.samples);
    return out;
}

Status FrameReader::splitJpeg2000Fragments()
{
    const unsigned long items = m_sequence->card();
    const unsigned long fragments = items - 1;
    const auto frames = static_cast<unsigned long>(m_info.frames);
    DcmPixelItem* table = nullptr;
    Uint8* tableBytes = nullptr;
    std::vector<quint64> offsets;
    if (m_sequence->getItem(table, 0).good() && table->getLength() == 4 * frames && frames > 1 &&
        table->getUint8Array(tableBytes).good() && tableBytes)
        for (unsigned long f = 0; f < frames; ++f)
            offsets.push_back(quint64(tableBytes[4 * f]) | (quint64(tableBytes[4 * f + 1]) << 8) |
                              (quint64(tableBytes[4 * f + 2]) << 16) | (quint64(tableBytes[4 * f + 3]) << 24));
    std::vector<quint64> starts; // byte offset of each fragment's item tag after the offset table
    std::vector<bool> codestreamStarts;
    quint64 position = 0;
    for (unsigned long i = 1; i < items; ++i) {
        DcmPixelItem* item = nullptr;
        Uint8* data = nullptr;
        if (m_sequence->getItem(item, i).bad())
            return Error(ErrorCode::Input, Tr::tr("pixel data fragment %1 cannot be read").arg(i), m_info.path);
        starts.push_back(position);
        position += 8 + item->getLength();
        codestreamStarts.push_back(item->getUint8Array(data).good() && data &&
                                   looksLikeJpeg2000(data, item->getLength()));
    }
    if (frames == 1) {
        m_frameFragments.emplace_back(1, items);
    } else if (!offsets.empty()) {
        for (unsigned long f = 0; f < frames; ++f) {
            const quint64 from = offsets[f], to = f + 1 < frames ? offsets[f + 1] : position;
            unsigned long first = items, last = 1;
            for (unsigned long i = 0; i < fragments; ++i)
                if (starts[i] >= from && starts[i] < to) {
                    first = std::min(first, i + 1);
                    last = std::max(last, i + 2);
                }
            m_frameFragments.emplace_back(first, last);
        }
    } else if (fragments == frames) {
        for (unsigned long f = 0; f < frames; ++f)
            m_frameFragments.emplace_back(f + 1, f + 2);
    } else {
        // No offset table and several fragments per frame: a frame starts where a codestream starts.
        for (unsigned long i = 0; i < fragments; ++i)
            if (codestreamStarts[i] || m_frameFragments.empty())
                m_frameFragments.emplace_back(i + 1, i + 2);
            else
                m_frameFragments.back().second = i + 2;
    }
    if (m_frameFragments.size() < frames)
        return Error(ErrorCode::Input,
                     Tr::tr("the pixel data holds %1 JPEG 2000 frames, the header says %2")
                         .arg(m_frameFragments.size())
                         .arg(frames),
                     m_info.path);
    return {};
}

Result<SampleFrame> FrameReader::readJpeg2000(int frame)
{
    const auto [first, last] = m_frameFragments[size_t(frame)];
    std::vector<uint8_t> codestream;
    for (unsigned long i = first; i < last; ++i) {
        DcmPixelItem* item = nullptr;
        Uint8* data = nullptr;
        if (m_sequence->getItem(item, i).bad() || item->getUint8Array(data).bad())
            return Error(ErrorCode::Input, Tr::tr("pixel data fragment %1 cannot be read").arg(i), m_info.path);
        if (data)
            codestream.insert(codestream.end(), data, data + item->getLength());
        item->compact(); // the fragment is copied: let DCMTK drop it from memory
    }
    auto decoded = decodeJpeg2000(codestream.data(), codestream.size(), m_info.columns, m_info.rows,
                                  m_info.samplesPerPixel, m_info.path);
    if (!decoded)
        return Error(decoded.error().code(), Tr::tr("frame %1: %2").arg(frame + 1).arg(decoded.error().message()),
                     m_info.path);
    SampleFrame out;
    out.colourModel = m_info.photometric;
    if (out.colourModel == QLatin1String("YBR_ICT") || out.colourModel == QLatin1String("YBR_RCT"))
        out.colourModel = QStringLiteral("RGB"); // OpenJPEG undoes the codestream's colour transform
    const size_t pixels = size_t(m_info.rows) * size_t(m_info.columns);
    const int components = m_info.samplesPerPixel;
    out.samples.resize(pixels * size_t(components));
    const bool reinterpretSigned = m_info.signedPixels && !decoded->isSigned && m_info.isMonochrome();
    for (int c = 0; c < components; ++c) {
        const std::vector<int32_t>& comp = decoded->components[size_t(c)];
        for (size_t i = 0; i < pixels; ++i) {
            int32_t v = comp[i];
            if (reinterpretSigned)
                v = signExtend(uint32_t(v), m_info.bitsStored);
            out.samples[i * size_t(components) + size_t(c)] = v;
        }
    }
    return out;
}

uint8_t toByte(double v)
{
    return uint8_t(std::clamp(std::lround(v), 0L, 255L));
}

// RGB of one YBR sample triple (PS3.3 C.7.6.3.1.2); `partial` for the ITU-R BT.601 head- and footroom variants.
void ybrToRgb(int y, int cb, int cr, bool partial, uint8_t* rgb)
{
    const double b = cb - 128.0, r = cr - 128.0;
    if (partial) {
        const double l = 1.1644 * (y - 16.0);
        rgb[0] = toByte(l + 1.5960 * r);
        rgb[1] = toByte(l - 0.3917 * b - 0.8129 * r);
        rgb[2] = toByte(l + 2.0172 * b);
        return;
    }
    rgb[0] = toByte(y + 1.4020 * r);
    rgb[1] = toByte(y - 0.3441 * b - 0.7141 * r);
    rgb[2] = toByte(y + 1.7720 * b);
}

class ColourConverter
{
public:
    ColourConverter(DcmDataset& ds, const MedicalImageInfo& info) : m_ds(ds), m_info(info)
    {
        m_shift = std::max(0, info.bitsStored - 8);
    }
    Status preparePalette();
    QImage convert(const SampleFrame& frame) const;

private:
    int sample8(int32_t v) const { return std::clamp(v >> m_shift, 0, 255); }
    QImage palette(const SampleFrame& frame) const;

    DcmDataset& m_ds;
    const MedicalImageInfo& m_info;
    int m_shift = 0;
    LookupTable m_lut[3];
    int m_lutShift[3] = {0, 0, 0};
};

Status ColourConverter::preparePalette()
{
    const DcmTagKey descriptors[] = {DCM_RedPaletteColorLookupTableDescriptor,
                                     DCM_GreenPaletteColorLookupTableDescriptor,
                                     DCM_BluePaletteColorLookupTableDescriptor};
    const DcmTagKey data[] = {DCM_RedPaletteColorLookupTableData, DCM_GreenPaletteColorLookupTableData,
                              DCM_BluePaletteColorLookupTableData};
    for (int c = 0; c < 3; ++c) {
        m_lut[c] = readLookupTable(m_ds, descriptors[c], data[c], m_info.signedPixels);
        if (m_lut[c].isEmpty()) {
            if (m_ds.tagExists(DCM_SegmentedRedPaletteColorLookupTableData))
                return Error(ErrorCode::Input, Tr::tr("segmented palette colour lookup tables are not supported"),
                             m_info.path);
            return Error(ErrorCode::Input, Tr::tr("the palette colour lookup tables are missing or inconsistent"),
                         m_info.path);
        }
        // Some writers declare 16-bit entries but store 8-bit values.
        const quint16 top = *std::max_element(m_lut[c].data.begin(), m_lut[c].data.end());
        m_lutShift[c] = (m_lut[c].bitsPerEntry > 8 && top > 255) ? m_lut[c].bitsPerEntry - 8 : 0;
    }
    return {};
}

QImage ColourConverter::palette(const SampleFrame& frame) const
{
    QImage image(m_info.columns, m_info.rows, QImage::Format_RGB888);
    for (int y = 0; y < m_info.rows; ++y) {
        uint8_t* line = image.scanLine(y);
        const int32_t* in = frame.samples.data() + size_t(y) * size_t(m_info.columns);
        for (int x = 0; x < m_info.columns; ++x)
            for (int c = 0; c < 3; ++c)
                line[3 * x + c] = uint8_t(std::min(255, int(m_lut[c].lookup(in[x])) >> m_lutShift[c]));
    }
    return image;
}

QImage ColourConverter::convert(const SampleFrame& frame) const
{
    if (m_info.photometric == QLatin1String("PALETTE COLOR"))
        return palette(frame);
    QImage image(m_info.columns, m_info.rows, QImage::Format_RGB888);
    const QString& model = frame.colourModel;
    const bool rgb = model == QLatin1String("RGB");
    const bool partial = model.startsWith(QLatin1String("YBR_PARTIAL"));
    const size_t plane = size_t(m_info.rows) * size_t(m_info.columns);
    const int32_t* s = frame.samples.data();
    for (int y = 0; y < m_info.rows; ++y) {
        uint8_t* line = image.scanLine(y);
        for (int x = 0; x < m_info.columns; ++x) {
            const size_t p = size_t(y) * size_t(m_info.columns) + size_t(x);
            int v[3];
            if (frame.subsampled) { // Y0 Y1 Cb Cr for each pair of pixels
                const size_t pair = p / 2 * 4;
                v[0] = sample8(s[pair + (p % 2)]);
                v[1] = sample8(s[pair + 2]);
                v[2] = sample8(s[pair + 3]);
            } else {
                for (int c = 0; c < 3; ++c)
                    v[c] = sample8(frame.planar == 1 ? s[size_t(c) * plane + p] : s[p * 3 + size_t(c)]);
            }
            if (rgb) {
                line[3 * x] = uint8_t(v[0]);
                line[3 * x + 1] = uint8_t(v[1]);
                line[3 * x + 2] = uint8_t(v[2]);
            } else {
                ybrToRgb(v[0], v[1], v[2], partial, line + 3 * x);
            }
        }
    }
    return image;
}

} // namespace

Result<MedicalImage> decodeDicomPixels(const OpenedDicom& dicom, MedicalImageInfo info, const Progress& progress)
{
    DcmDataset& ds = *dicom.dataset();
    DcmElement* element = nullptr;
    ds.findAndGetElement(DCM_PixelData, element);
    auto* pixels = dynamic_cast<DcmPixelData*>(element);
    if (!pixels)
        return Error(ErrorCode::Input, Tr::tr("the file has no pixel data"), info.path);
    FrameReader reader(ds, *pixels, info);
    if (const Status s = reader.prepare(); !s)
        return s.error();
    ColourConverter colour(ds, info);
    const bool monochrome = info.isMonochrome();
    if (info.photometric == QLatin1String("PALETTE COLOR"))
        if (const Status s = colour.preparePalette(); !s)
            return s.error();
    std::vector<std::vector<qint32>> stored;
    QList<QImage> images;
    for (int f = 0; f < info.frames; ++f) {
        if (!progress.step(double(f) / info.frames, Tr::tr("Decoding frame %1 of %2").arg(f + 1).arg(info.frames)))
            return Error(ErrorCode::Cancelled, Tr::tr("decoding was cancelled"), info.path);
        auto frame = reader.read(f);
        if (!frame)
            return frame.error();
        if (monochrome)
            stored.push_back(std::move(frame->samples));
        else
            images.append(colour.convert(*frame));
    }
    progress.step(1.0, Tr::tr("Decoded %n frame(s)", nullptr, info.frames));
    return monochrome ? MedicalImage::monochrome(std::move(info), std::move(stored))
                      : MedicalImage::colour(std::move(info), std::move(images));
}

} // namespace descry::detail
