#pragma once

#include <QImage>
#include <QPoint>
#include <QSize>

#include <array>
#include <vector>

namespace descry {

// The input normalisation of one CLIP image tower: side and per-channel mean/std (OpenAI's by default).
struct ClipImageNorm
{
    int size = 224;
    std::array<float, 3> mean{0.48145466f, 0.4578275f, 0.40821073f};
    std::array<float, 3> std{0.26862954f, 0.26130258f, 0.27577711f};
};

// open_clip's eval transform: shortest side resized to norm.size with PIL's antialiased bicubic (8-bit
// rounding as PIL does), centre crop (torchvision's rounding), RGB in [0,1], (x − mean) / std. Returns
// 3 × size × size floats, channel-major (CHW); empty for a null image. Any QImage format (alpha dropped as
// open_clip's convert("RGB") does). Reentrant.
std::vector<float> clipPreprocess(const QImage& image, const ClipImageNorm& norm = {});

// Only the resize + crop step, as an RGB888 image of norm.size × norm.size (what the tower sees, for display
// and for encoders that take 0..255 samples).
QImage clipResizeCrop(const QImage& image, int size);

// torchvision's Resize(size) for an image of `source` size: the short side becomes `size`, the long side
// int(size × long / short).
QSize clipResizedSize(QSize source, int size);

// CenterCrop's top-left corner in an image of `resized` size: int(round((extent − size) / 2)), Python's
// round() (half to even).
QPoint clipCropOffset(QSize resized, int size);

// Normalises interleaved RGB samples in 0..255 (HWC, size × size × 3) into CHW floats.
std::vector<float> clipNormalize(const float* rgbHwc, int size, const ClipImageNorm& norm);

} // namespace descry
