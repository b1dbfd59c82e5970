#include "core/imaging/DisplayPipeline.h"

#include "core/common/Tr.h"

#include <algorithm>
#include <cmath>

namespace descry {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QString windowText(double center, double width)
{
    return Tr::tr("C %1, W %2").arg(number(center), number(width));
}

// The file's own inversion. One inversion for MONOCHROME1 and for Presentation LUT Shape INVERSE alike: a DX
// MONOCHROME1 image states INVERSE for that very inversion (PS3.3 C.8.11.7), and DCMTK's DicomImage inverts once
// when either is present.
bool fileInverted(const MedicalImageInfo& info)
{
    return info.isMonochrome1() || info.presentationInverse;
}

bool presetUsable(const WindowPreset& p)
{
    return std::isfinite(p.center) && std::isfinite(p.width) && p.width > 0.0;
}

ResolvedWindow minMaxWindow(const MedicalImage& image, int frame)
{
    ResolvedWindow w;
    w.kind = ResolvedWindow::Kind::MinMax;
    const auto [lo, hi] = image.modalityRange(frame);
    // DCMTK's setMinMaxWindow: the +1 makes the window's LINEAR borders fall exactly on min and max.
    w.center = (lo + hi + 1.0) / 2.0;
    w.width = hi - lo + 1.0;
    w.description = Tr::tr("Min/max (%1)").arg(windowText(w.center, w.width));
    return w;
}

ResolvedWindow presetWindow(const MedicalImageInfo& info, int index)
{
    const WindowPreset& p = info.windowPresets.at(index);
    ResolvedWindow w;
    w.kind = ResolvedWindow::Kind::Preset;
    w.index = index;
    w.center = p.center;
    w.width = p.width;
    w.description = p.explanation.isEmpty()
                        ? Tr::tr("Preset %1 (%2)").arg(index + 1).arg(windowText(p.center, p.width))
                        : Tr::tr("Preset %1: %2 (%3)").arg(index + 1).arg(p.explanation, windowText(p.center, p.width));
    return w;
}

ResolvedWindow voiLutWindow(const MedicalImageInfo& info, int index)
{
    const LookupTable& lut = info.voiLuts.at(index);
    ResolvedWindow w;
    w.kind = ResolvedWindow::Kind::VoiLut;
    w.index = index;
    w.description = lut.explanation.isEmpty() ? Tr::tr("VOI LUT %1").arg(index + 1)
                                              : Tr::tr("VOI LUT %1: %2").arg(index + 1).arg(lut.explanation);
    return w;
}

ResolvedWindow chooseWindow(const MedicalImage& image, int frame, const DisplaySettings& settings)
{
    const MedicalImageInfo& info = image.info();
    if (settings.windowCenter && settings.windowWidth && std::isfinite(*settings.windowCenter) &&
        std::isfinite(*settings.windowWidth) && *settings.windowWidth > 0.0) {
        ResolvedWindow w;
        w.kind = ResolvedWindow::Kind::Custom;
        w.center = *settings.windowCenter;
        w.width = *settings.windowWidth;
        w.description = Tr::tr("Custom (%1)").arg(windowText(w.center, w.width));
        return w;
    }
    if (settings.minMaxWindow)
        return minMaxWindow(image, frame);
    if (settings.presetIndex >= 0 && settings.presetIndex < info.windowPresets.size() &&
        presetUsable(info.windowPresets.at(settings.presetIndex)))
        return presetWindow(info, settings.presetIndex);
    if (settings.voiLutIndex >= 0 && settings.voiLutIndex < info.voiLuts.size() &&
        !info.voiLuts.at(settings.voiLutIndex).isEmpty())
        return voiLutWindow(info, settings.voiLutIndex);
    for (int i = 0; i < info.windowPresets.size(); ++i)
        if (presetUsable(info.windowPresets.at(i)))
            return presetWindow(info, i);
    for (int i = 0; i < info.voiLuts.size(); ++i)
        if (!info.voiLuts.at(i).isEmpty())
            return voiLutWindow(info, i);
    return minMaxWindow(image, frame);
}

// One modality value through the VOI step to an output level between `low` and `high` (high < low when inverted,
// as DCMTK swaps them rather than inverting afterwards, so the truncation matches its output exactly).
class VoiMapper
{
public:
    VoiMapper(const MedicalImageInfo& info, const ResolvedWindow& w)
        : m_window(w), m_low(w.inverted ? 255.0 : 0.0), m_high(w.inverted ? 0.0 : 255.0)
    {
        if (w.kind == ResolvedWindow::Kind::VoiLut && w.index >= 0 && w.index < info.voiLuts.size()) {
            m_lut = &info.voiLuts.at(w.index);
            // The LUT's 2^bits levels spread over the 256 output levels, as DCMTK's DicomImage does (its output
            // range is high - low + 1 here: 256 levels, or -254 when inverted, so inverted output stops at 1).
            m_lutGradient = (m_high - m_low + 1.0) / (m_lut->maxOutput() + 1.0);
        }
        // PS3.3 C.11.2.1.2.1 LINEAR: the window covers [c - 0.5 - (w-1)/2, c - 0.5 + (w-1)/2]; written as DCMTK
        // writes it (offset + x * gradient) so both give the same levels. Width >= 1 for LINEAR.
        const double width = std::max(1.0, w.width);
        m_width1 = width - 1.0;
        m_left = w.center - 0.5 - m_width1 / 2.0;
        m_right = w.center - 0.5 + m_width1 / 2.0;
        const double range = m_high - m_low;
        m_offset = m_width1 == 0.0 ? 0.0 : m_high - ((w.center - 0.5) / m_width1 + 0.5) * range;
        m_gradient = m_width1 == 0.0 ? 0.0 : range / m_width1;
    }

    quint8 operator()(double x) const
    {
        const double range = m_high - m_low;
        double y = 0.0;
        if (m_lut) {
            y = m_low + m_lut->lookup(x) * m_lutGradient;
        } else if (m_window.function == VoiFunction::Sigmoid) {
            // C.11.2.1.3.1 SIGMOID: y = range / (1 + exp(-4 (x - c) / w)) + ymin.
            y = range / (1.0 + std::exp(-4.0 * (x - m_window.center) / m_window.width)) + m_low;
        } else if (m_window.function == VoiFunction::LinearExact) {
            // C.11.2.1.3.2 LINEAR_EXACT: the window is exactly [c - w/2, c + w/2].
            const double c = m_window.center, w = m_window.width;
            if (x <= c - w / 2.0)
                y = m_low;
            else if (x > c + w / 2.0)
                y = m_high;
            else
                y = ((x - c) / w + 0.5) * range + m_low;
        } else if (x <= m_left) {
            y = m_low;
        } else if (x > m_right) {
            y = m_high;
        } else {
            y = m_offset + x * m_gradient;
        }
        if (!(y > 0.0)) // also NaN
            return 0;
        return static_cast<quint8>(std::min(255.0, y)); // truncated, like DCMTK's integer cast
    }

private:
    ResolvedWindow m_window;
    const LookupTable* m_lut = nullptr;
    double m_lutGradient = 0.0;
    double m_low, m_high;
    double m_width1 = 0.0, m_left = 0.0, m_right = 0.0, m_offset = 0.0, m_gradient = 0.0;
};

} // namespace

ResolvedWindow resolveWindow(const MedicalImage& image, int frame, const DisplaySettings& settings)
{
    const MedicalImageInfo& info = image.info();
    if (image.isColour()) {
        ResolvedWindow w;
        w.inverted = settings.invert;
        w.description = Tr::tr("Colour image (no window)");
        return w;
    }
    ResolvedWindow w = chooseWindow(image, frame, settings);
    // A VOI LUT Sequence replaces the function; the file's function applies to its presets and to typed windows.
    if (w.kind != ResolvedWindow::Kind::VoiLut && w.kind != ResolvedWindow::Kind::MinMax)
        w.function = info.voiFunction;
    w.inverted = fileInverted(info) != settings.invert;
    return w;
}

DisplayLut::DisplayLut(const MedicalImage& image, int frame, const ResolvedWindow& window)
{
    if (image.isColour() || !image.storedFrame(frame))
        return;
    const auto [lo, hi] = image.storedRange(frame);
    const VoiMapper voi(image.info(), window);
    const qint64 count = qint64(hi) - qint64(lo) + 1;
    if (count > kMaxTableEntries) {
        // A 32-bit frame with a huge range: a table would cost more than mapping each pixel.
        m_direct = [image, voi](qint32 s) { return voi(image.modalityValue(double(s))); };
        return;
    }
    m_min = lo;
    m_table.resize(size_t(count));
    for (qint64 i = 0; i < count; ++i)
        m_table[size_t(i)] = voi(image.modalityValue(double(qint64(lo) + i)));
}

quint8 DisplayLut::map(qint32 stored) const
{
    if (m_direct)
        return m_direct(stored);
    if (m_table.empty())
        return 0;
    const qint64 i = std::clamp<qint64>(qint64(stored) - m_min, 0, qint64(m_table.size()) - 1);
    return m_table[size_t(i)];
}

void DisplayLut::apply(const qint32* stored, quint8* out, qint64 count) const
{
    if (m_direct || m_table.empty()) {
        for (qint64 i = 0; i < count; ++i)
            out[i] = map(stored[i]);
        return;
    }
    const quint8* table = m_table.data();
    const qint64 last = qint64(m_table.size()) - 1;
    const qint64 min = m_min;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 k = qint64(stored[i]) - min;
        out[i] = table[k < 0 ? 0 : (k > last ? last : k)];
    }
}

QImage renderDisplay(const MedicalImage& image, int frame, const DisplaySettings& settings)
{
    if (frame < 0 || frame >= image.frameCount())
        return {};
    if (image.isColour()) {
        QImage rgb = image.colourFrame(frame).convertToFormat(QImage::Format_RGB888);
        if (settings.invert)
            rgb.invertPixels();
        return rgb;
    }
    const qint32* stored = image.storedFrame(frame);
    if (!stored || image.width() <= 0 || image.height() <= 0)
        return {};
    const DisplayLut lut(image, frame, resolveWindow(image, frame, settings));
    QImage out(image.width(), image.height(), QImage::Format_Grayscale8);
    if (out.isNull())
        return {}; // allocation refused
    for (int y = 0; y < image.height(); ++y)
        lut.apply(stored + qint64(y) * image.width(), out.scanLine(y), image.width());
    return out;
}

} // namespace descry
