#pragma once

#include "core/common/Result.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace descry::detail {

// One decoded JPEG 2000 frame: every component at full resolution, as the codestream's integers (signed
// components already negative where they are).
struct Jpeg2000Image
{
    int width = 0;
    int height = 0;
    int precision = 0;     // bits per sample of the first component
    bool isSigned = false; // the first component is signed
    std::vector<std::vector<int32_t>> components;
};

// Decodes a JPEG 2000 codestream (raw J2K or a JP2 file; lossless or lossy; HTJ2K too) from memory with OpenJPEG.
// The codestream must hold `expectedComponents` components of `width` x `height` (no subsampling). Errors are
// Input errors naming `file`, with OpenJPEG's own complaints (never printed).
Result<Jpeg2000Image> decodeJpeg2000(const uint8_t* data, size_t size, int width, int height, int expectedComponents,
                                     const QString& file);

// Whether `data` starts like a JPEG 2000 codestream (SOC + SIZ markers) or a JP2 file (signature box).
bool looksLikeJpeg2000(const uint8_t* data, size_t size);

} // namespace descry::detail
