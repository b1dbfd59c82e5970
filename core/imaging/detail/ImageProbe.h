#pragma once

#include <QIODevice>
#include <QString>

namespace descry::detail {

// What a photo's first bytes say about it, read without decoding a pixel: the format by content (never by name)
// and the details a report states (progressive, CMYK, 16-bit, palette, alpha, an embedded colour profile).
struct ImageProbe
{
    QString formatId;          // jpeg png gif bmp tiff webp heic heif avif pbm pgm ppm; empty: none of these
    bool progressive = false;  // JPEG: a progressive (SOF2) frame
    int components = 0;        // JPEG: colour components of the frame (1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK)
    int adobeTransform = -1;   // JPEG: the Adobe APP14 transform (0 CMYK/RGB, 1 YCbCr, 2 YCCK); -1 no marker
    int bitDepth = 0;          // PNG: bits per sample
    int pngColourType = -1;    // PNG: 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA
    bool transparency = false; // an alpha channel or a transparent colour is declared
    bool iccProfile = false;   // an embedded ICC profile is present (JPEG APP2, PNG iCCP, WebP ICCP)
    bool animated = false;     // WebP: the animation flag
};

// Reads the signature and the header segments of `device` from its start. Moves the device's position.
ImageProbe probeImage(QIODevice& device);

// The format a file name's suffix promises ("jpg" → jpeg, "tif" → tiff, "heic" → heic); empty when unknown.
QString formatIdForSuffix(const QString& suffix);

// The name people know a format by: "JPEG", "WebP", "HEIC".
QString formatDisplayName(const QString& formatId);

// Whether two format ids are one family for a name check (heic/heif/avif all come in HEIF containers named
// .heic or .heif; pbm/pgm/ppm all are Netpbm).
bool sameFormatFamily(const QString& a, const QString& b);

// The container-level check for the formats whose decoders may say nothing about a cut-off file: a WebP must
// be as long as its RIFF header says, a GIF's blocks must reach its trailer. Empty when intact (or another
// format), otherwise what is wrong in plain words. Moves the device's position.
QString containerDamage(QIODevice& device, const QString& formatId);

} // namespace descry::detail
