#include "core/clip/ClipPreprocess.h"

#include <QSysInfo>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace descry {

namespace {

// Pillow's fixed point for 8-bit images: 32 bits minus 8 for the sample and 2 for the filter's overshoot.
constexpr int kPrecisionBits = 32 - 8 - 2;

double bicubic(double x)
{
    constexpr double a = -0.5;
    x = std::fabs(x);
    if (x < 1.0)
        return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
    if (x < 2.0)
        return (((x - 5) * x + 8) * x - 4) * a;
    return 0.0;
}

// Fixed-point filter taps for a run of output positions along one axis (Pillow's precompute_coeffs() and
// normalize_coeffs_8bpc(): support scales with the reduction, taps are normalised to sum 1, then rounded).
struct Taps
{
    int ksize = 0;
    std::vector<int> first; // first input index per output
    std::vector<int> count; // number of taps used per output
    std::vector<int32_t> k; // ksize per output
};

Taps computeTaps(int inSize, int outSize, int outFirst, int outCount)
{
    Taps t;
    const double scale = double(float(inSize)) / outSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = 2.0 * filterScale;
    t.ksize = int(std::ceil(support)) * 2 + 1;
    t.first.resize(size_t(outCount));
    t.count.resize(size_t(outCount));
    t.k.assign(size_t(outCount) * size_t(t.ksize), 0);
    const double invScale = 1.0 / filterScale;
    std::vector<double> w(size_t(t.ksize));
    for (int o = 0; o < outCount; ++o) {
        const double center = (outFirst + o + 0.5) * scale;
        const int xmin = std::max(int(center - support + 0.5), 0);
        const int xmax = std::min(int(center + support + 0.5), inSize) - xmin;
        double sum = 0.0;
        for (int x = 0; x < xmax; ++x) {
            w[size_t(x)] = bicubic((x + xmin - center + 0.5) * invScale);
            sum += w[size_t(x)];
        }
        int32_t* k = &t.k[size_t(o) * size_t(t.ksize)];
        for (int x = 0; x < xmax; ++x) {
            const double v = sum != 0.0 ? w[size_t(x)] / sum : w[size_t(x)];
            k[x] = v < 0 ? int32_t(-0.5 + v * (1 << kPrecisionBits)) : int32_t(0.5 + v * (1 << kPrecisionBits));
        }
        t.first[size_t(o)] = xmin;
        t.count[size_t(o)] = xmax;
    }
    return t;
}

// Pillow's clip8(): the accumulator carries the rounding half, so an arithmetic shift rounds.
inline uint8_t clip8(int32_t acc)
{
    const int32_t v = acc >> kPrecisionBits;
    return uint8_t(v < 0 ? 0 : (v > 255 ? 255 : v));
}

// One row of the horizontal pass. Every byte of a pixel is accumulated (alpha or padding included, then
// ignored) so the compiler can keep a pixel in one vector register; Bpp is a constant for the same reason.
template <int Bpp> void horizontalRowBody(const uchar* line, const Taps& ht, int size, const int* off, uint8_t* out)
{
    for (int o = 0; o < size; ++o) {
        const int32_t* k = &ht.k[size_t(o) * size_t(ht.ksize)];
        const uchar* p = line + qsizetype(ht.first[size_t(o)]) * Bpp;
        int32_t acc[Bpp];
        for (int c = 0; c < Bpp; ++c)
            acc[c] = 1 << (kPrecisionBits - 1);
        const int taps = ht.count[size_t(o)];
        for (int x = 0; x < taps; ++x, p += Bpp) {
            for (int c = 0; c < Bpp; ++c)
                acc[c] += p[c] * k[x];
        }
        out[o * 3 + 0] = clip8(acc[off[0]]);
        out[o * 3 + 1] = clip8(acc[off[1]]);
        out[o * 3 + 2] = clip8(acc[off[2]]);
    }
}

#if defined(__GNUC__) && defined(__x86_64__)
#define DESCRY_HAVE_SSE41_PATH 1
// The same sums with one pixel's four lanes per instruction (pmovzxbd + pmulld): x86-64's baseline lacks
// pmulld, so this is built for SSE4.1 and chosen at run time. Integer arithmetic, so bit-identical.
__attribute__((target("sse4.1"))) void horizontalRow4Sse41(const uchar* line, const Taps& ht, int size, const int* off,
                                                           uint8_t* out)
{
    for (int o = 0; o < size; ++o) {
        const int32_t* k = &ht.k[size_t(o) * size_t(ht.ksize)];
        const uchar* p = line + qsizetype(ht.first[size_t(o)]) * 4;
        __m128i acc = _mm_set1_epi32(1 << (kPrecisionBits - 1));
        const int taps = ht.count[size_t(o)];
        for (int x = 0; x < taps; ++x, p += 4) {
            int32_t word;
            std::memcpy(&word, p, 4);
            const __m128i px = _mm_cvtepu8_epi32(_mm_cvtsi32_si128(word));
            acc = _mm_add_epi32(acc, _mm_mullo_epi32(px, _mm_set1_epi32(k[x])));
        }
        alignas(16) int32_t lanes[4];
        _mm_store_si128(reinterpret_cast<__m128i*>(lanes), acc);
        out[o * 3 + 0] = clip8(lanes[off[0]]);
        out[o * 3 + 1] = clip8(lanes[off[1]]);
        out[o * 3 + 2] = clip8(lanes[off[2]]);
    }
}
#endif

void horizontalRow4(const uchar* line, const Taps& ht, int size, const int* off, uint8_t* out)
{
#ifdef DESCRY_HAVE_SSE41_PATH
    static const bool sse41 = __builtin_cpu_supports("sse4.1");
    if (sse41) {
        horizontalRow4Sse41(line, ht, size, off, out);
        return;
    }
#endif
    horizontalRowBody<4>(line, ht, size, off, out);
}

void horizontalRow3(const uchar* line, const Taps& ht, int size, const int* off, uint8_t* out)
{
    horizontalRowBody<3>(line, ht, size, off, out);
}

// An 8-bit RGB view of a QImage's rows without copying them when the format allows.
struct RgbSource
{
    QImage image; // keeps the (possibly converted) pixels alive
    int bytesPerPixel = 3;
    int offset[3] = {0, 1, 2};
};

RgbSource rgbSource(const QImage& image)
{
    RgbSource s;
    switch (image.format()) {
    case QImage::Format_RGB888:
        s.image = image;
        return s;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
        s.image = image;
        s.bytesPerPixel = 4;
        return s;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32: {
        // 0xAARRGGBB words: colour channels are read as stored, alpha ignored (PIL's convert("RGB")).
        s.image = image;
        s.bytesPerPixel = 4;
        const bool little = QSysInfo::ByteOrder == QSysInfo::LittleEndian;
        s.offset[0] = little ? 2 : 1;
        s.offset[1] = little ? 1 : 2;
        s.offset[2] = little ? 0 : 3;
        return s;
    }
    default:
        break;
    }
    // Premultiplied and other formats: straight (un-premultiplied) RGBA, then alpha is ignored.
    s.image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    s.bytesPerPixel = s.image.format() == QImage::Format_RGBA8888 ? 4 : 3;
    return s;
}

int resizedLong(int size, int shortSide, int longSide)
{
    return int(double(size) * longSide / shortSide);
}

int cropOffset(int extent, int size)
{
    const int d = extent - size;
    if (d % 2 == 0)
        return d / 2;
    const int lower = (d - 1) / 2; // d / 2 is lower + 0.5: Python's round() picks the even neighbour
    return lower % 2 == 0 ? lower : lower + 1;
}

} // namespace

QSize clipResizedSize(QSize source, int size)
{
    const int w = source.width();
    const int h = source.height();
    if (w <= 0 || h <= 0)
        return {};
    return w <= h ? QSize(size, resizedLong(size, w, h)) : QSize(resizedLong(size, h, w), size);
}

QPoint clipCropOffset(QSize resized, int size)
{
    return QPoint(cropOffset(resized.width(), size), cropOffset(resized.height(), size));
}

QImage clipResizeCrop(const QImage& image, int size)
{
    if (image.isNull() || size <= 0)
        return {};
    const int w = image.width();
    const int h = image.height();
    const QSize resized = clipResizedSize(image.size(), size);
    const int newW = resized.width();
    const int newH = resized.height();
    const QPoint crop = clipCropOffset(resized, size);
    const int left = crop.x();
    const int top = crop.y();
    const RgbSource src = rgbSource(image);
    const uchar* bits = src.image.constBits();
    const qsizetype bpl = src.image.bytesPerLine();
    const int bpp = src.bytesPerPixel;
    const int* off = src.offset;

    // Vertical taps first: they say which source rows the horizontal pass must produce.
    const bool vertical = newH != h;
    const Taps vt = vertical ? computeTaps(h, newH, top, size) : Taps{};
    const int rowFirst = vertical ? vt.first.front() : top;
    const int rowEnd = vertical ? vt.first.back() + vt.count.back() : top + size;
    const int rows = rowEnd - rowFirst;

    // Horizontal pass (only the cropped columns) into an RGB buffer of `rows` × size.
    std::vector<uint8_t> tmp(size_t(rows) * size_t(size) * 3);
    if (newW != w) {
        const Taps ht = computeTaps(w, newW, left, size);
        for (int y = 0; y < rows; ++y) {
            const uchar* line = bits + qsizetype(rowFirst + y) * bpl;
            uint8_t* out = &tmp[size_t(y) * size_t(size) * 3];
            if (bpp == 4)
                horizontalRow4(line, ht, size, off, out);
            else
                horizontalRow3(line, ht, size, off, out);
        }
    } else {
        for (int y = 0; y < rows; ++y) {
            const uchar* p = bits + qsizetype(rowFirst + y) * bpl + qsizetype(left) * bpp;
            uint8_t* out = &tmp[size_t(y) * size_t(size) * 3];
            for (int o = 0; o < size; ++o, p += bpp) {
                out[o * 3 + 0] = p[off[0]];
                out[o * 3 + 1] = p[off[1]];
                out[o * 3 + 2] = p[off[2]];
            }
        }
    }

    // Vertical pass into the result.
    QImage result(size, size, QImage::Format_RGB888);
    const size_t rowBytes = size_t(size) * 3;
    std::vector<int32_t> acc(rowBytes);
    for (int y = 0; y < size; ++y) {
        uchar* out = result.scanLine(y);
        if (!vertical) {
            std::memcpy(out, &tmp[size_t(y) * rowBytes], rowBytes);
            continue;
        }
        const int32_t* k = &vt.k[size_t(y) * size_t(vt.ksize)];
        const uint8_t* column = &tmp[size_t(vt.first[size_t(y)] - rowFirst) * rowBytes];
        const int taps = vt.count[size_t(y)];
        // Row by row, so the inner loop runs over contiguous samples and vectorises.
        std::fill(acc.begin(), acc.end(), 1 << (kPrecisionBits - 1));
        for (int t = 0; t < taps; ++t) {
            const uint8_t* src = column + size_t(t) * rowBytes;
            const int32_t kt = k[t];
            for (size_t i = 0; i < rowBytes; ++i)
                acc[i] += src[i] * kt;
        }
        for (size_t i = 0; i < rowBytes; ++i)
            out[i] = clip8(acc[i]);
    }
    return result;
}

std::vector<float> clipNormalize(const float* rgbHwc, int size, const ClipImageNorm& norm)
{
    const size_t plane = size_t(size) * size_t(size);
    std::vector<float> chw(plane * 3);
    for (int c = 0; c < 3; ++c) {
        float* dst = &chw[size_t(c) * plane];
        for (size_t i = 0; i < plane; ++i) {
            // ToTensor() then Normalize(), in float as torchvision computes them.
            const float x = rgbHwc[i * 3 + size_t(c)] / 255.0f;
            dst[i] = (x - norm.mean[size_t(c)]) / norm.std[size_t(c)];
        }
    }
    return chw;
}

std::vector<float> clipPreprocess(const QImage& image, const ClipImageNorm& norm)
{
    const QImage rgb = clipResizeCrop(image, norm.size);
    if (rgb.isNull())
        return {};
    const int size = norm.size;
    std::vector<float> hwc(size_t(size) * size_t(size) * 3);
    for (int y = 0; y < size; ++y) {
        const uchar* line = rgb.constScanLine(y);
        for (int i = 0; i < size * 3; ++i)
            hwc[size_t(y) * size_t(size) * 3 + size_t(i)] = line[i];
    }
    return clipNormalize(hwc.data(), size, norm);
}

} // namespace descry
