#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/imaging/MedicalImage.h"

#include <QString>

namespace descry {

// How DICOM files are read. The pixel limit is checked on the header, before any pixel is decoded or allocated:
// rows x columns x frames x samples x bytes per sample (decoded) above maxPixelBytes is refused.
struct DicomLoadOptions
{
    static constexpr qint64 kDefaultMaxPixelBytes = 2LL << 30; // 2 GiB of decoded pixels
    qint64 maxPixelBytes = kDefaultMaxPixelBytes;
    qint64 maxFileBytes = 4LL << 30;
};

// True when the file looks like DICOM: "DICM" at offset 128, or (no preamble) a plausible first data element of
// group 0002/0008 in either byte order and VR style. Reads at most a few hundred bytes.
bool looksLikeDicom(const QString& path);

// The name of a transfer syntax UID ("Explicit VR Little Endian", "JPEG-LS Lossless Image Compression", ...);
// the UID itself when unknown.
QString transferSyntaxName(const QString& uid);

// Reads a DICOM file's attributes up to (not including) its pixel data, read-only, and checks it can be shown:
// an image object (not SR, presentation state, ...), a supported transfer syntax, sane dimensions within the
// pixel limit. Files without a file meta header, or without a transfer syntax in it, are read with the inferred
// syntax. Input error naming the file and the reason ("no pixel data", "truncated", "is a structured report, not
// an image", "absurd dimensions: 65535 x 65535 x 1000 frames would need 7.9 TB, more than the 2 GiB limit",
// "transfer syntax ... is not supported") — never a crash.
Result<MedicalImageInfo> analyseDicom(const QString& path, const DicomLoadOptions& options = {});

// analyseDicom, then decodes every frame (uncompressed LE/BE explicit/implicit, deflated, JPEG baseline/extended/
// lossless, JPEG-LS, RLE, JPEG 2000 lossless/lossy via OpenJPEG): monochrome frames as stored values, colour
// (RGB, YBR_FULL, YBR_FULL_422, palette; either planar configuration) as RGB888. The file is opened read-only.
// `progress` is polled per frame (Cancelled error when it aborts). Errors as analyseDicom, plus decoder failures.
Result<MedicalImage> loadDicom(const QString& path, const DicomLoadOptions& options = {},
                               const Progress& progress = {});

} // namespace descry
