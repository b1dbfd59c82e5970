#pragma once

#include "core/imaging/MedicalImage.h"

#include <QImage>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace descry {

// What the reader asked for: a window typed or dragged (modality units), a preset of the file, a VOI LUT of the
// file, or the default; and their own invert on top of what the file says. Plain value type.
struct DisplaySettings
{
    std::optional<double> windowCenter; // with windowWidth: a custom window (overrides presets)
    std::optional<double> windowWidth;
    int presetIndex = -1;      // >= 0: the file's window preset K (index into info().windowPresets)
    int voiLutIndex = -1;      // >= 0: the file's VOI LUT K
    bool minMaxWindow = false; // the min/max window of the frame even when the file has presets or VOI LUTs
    bool invert = false;       // the reader's invert, applied last
};

// The VOI step actually used for a frame, resolved from the settings: the default is the file's first window
// preset, else its first VOI LUT, else a min/max window over the frame's modality values. The min/max window is
// DCMTK's (DicomImage::setMinMaxWindow): C = (min + max + 1) / 2, W = max - min + 1, which maps min to black and
// max to white with the LINEAR function. Presets are numbered from 1 for users ("Preset 1"), indexed from 0 here.
struct ResolvedWindow
{
    enum class Kind { Custom, Preset, VoiLut, MinMax };

    Kind kind = Kind::MinMax;
    int index = -1; // the preset or VOI LUT index
    double center = 0.0;
    double width = 1.0;
    VoiFunction function = VoiFunction::Linear;
    // The file's inversion (MONOCHROME1 or Presentation LUT Shape INVERSE: one inversion, not two, since PS3.3
    // C.8.11.7 has DX MONOCHROME1 images say INVERSE for the same inversion; DCMTK does the same) xor the reader's.
    bool inverted = false;
    QString description; // "Preset 1: LUNG (C 500, W 1500)", "Min/max (C 2048, W 4096)", ...
};

ResolvedWindow resolveWindow(const MedicalImage& image, int frame, const DisplaySettings& settings);

// Maps stored values to 8-bit display values for one frame and window: modality LUT/rescale, VOI (window with
// LINEAR, LINEAR_EXACT or SIGMOID as PS3.3 C.11.2.1 defines them, or a VOI LUT), then inversion. Built as a table
// over the frame's stored range, so applying it costs one lookup per pixel (what makes dragging a window fast).
class DisplayLut
{
public:
    DisplayLut() = default;
    DisplayLut(const MedicalImage& image, int frame, const ResolvedWindow& window);

    // Frames whose stored range has more values than this are mapped per pixel instead of through a table.
    static constexpr qint64 kMaxTableEntries = qint64(1) << 22;

    bool isNull() const { return m_table.empty() && !m_direct; }
    quint8 map(qint32 stored) const;
    // Maps `count` stored values into `out`.
    void apply(const qint32* stored, quint8* out, qint64 count) const;

private:
    qint32 m_min = 0;
    std::vector<quint8> m_table;
    std::function<quint8(qint32)> m_direct; // only for ranges above kMaxTableEntries
};

// The frame as a radiologist sees it: Grayscale8 for monochrome images (DisplayLut), RGB888 for colour (the
// reader's invert applied). A null image for a bad frame.
QImage renderDisplay(const MedicalImage& image, int frame, const DisplaySettings& settings = {});

} // namespace descry
