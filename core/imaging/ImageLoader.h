#pragma once

#include "core/common/Result.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace descry {

// Bounds checked on the header before any pixel is decoded or allocated, so a tiny file cannot claim
// gigabytes. Defaults allow 200-megapixel phone photos; DESCRY_MAX_MEGAPIXELS or setDefaultImageLimits()
// (the CLI's --max-megapixels, the GUI's settings) change the pixel limit.
struct ImageLimits
{
    qint64 maxPixels = 250'000'000;      // width x height, also after the detector's upsampling
    int maxSide = 65'535;                // either dimension
    double maxAspect = 20.0;             // long side / short side
    qint64 maxFileBytes = 2'000'000'000; // the file itself
    int minSide = 16;                    // smaller images cannot show a face

    // The process-wide defaults (environment applied once).
    static ImageLimits defaults();
    // The built-in limits with DESCRY_MAX_MEGAPIXELS (a positive number of megapixels) applied as the pixel
    // limit; an unset, non-numeric or non-positive value leaves the built-in 250 megapixels.
    static ImageLimits fromEnvironment();
};
// Replaces the process-wide defaults (thread-safe; images being loaded keep the limits they started with).
void setDefaultImageLimits(const ImageLimits& limits);

// Input error naming `file` when an image of `size` breaks a limit, the limit named ("image is 60000×60000 px,
// more than the 250-megapixel limit", "... its aspect ratio 1:37500 is beyond the 1:20 limit").
Status checkImageSize(const QSize& size, const ImageLimits& limits, const QString& file);

// How an image is read.
struct ImageLoadOptions
{
    // Accept a truncated or corrupt file that still decodes (marked damaged, with the decoder's warnings);
    // by default such a file is an input error.
    bool allowDamaged = false;
    ImageLimits limits = ImageLimits::defaults();
};

// A photo loaded for analysis, with the SHA-256 of the file exactly as it is on disk.
struct LoadedImage
{
    QString path;
    QString sha256;
    QImage image;         // EXIF orientation applied, converted to sRGB; RGB888 or Grayscale8
    bool damaged = false; // the decoder reported a truncated or corrupt file (only with allowDamaged)
    // The decoder's warnings, captured (never printed), in plain words: the damage first (then `damaged` is
    // set), then harmless notes such as a PNG's colour-profile complaints (these alone do not mark it damaged)
    // and a name that promises another format ("named .jpg but is a WebP file").
    QStringList warnings;
    QString format;          // as a person names it, from the content: "JPEG (progressive, CMYK)", "TIFF (page 1 of 3)"
    QString formatId;        // stable lower-case id: jpeg png webp heic heif avif tiff bmp gif pbm pgm ppm ...
    int exifOrientation = 1; // the EXIF orientation (1-8) applied; 1 when the file has none
    QString orientationNote; // "rotated 90° clockwise (EXIF orientation 6)", "no EXIF orientation: used as stored"
    QString colourNote;      // "converted from Adobe RGB (1998) to sRGB", "no embedded profile: sRGB assumed"
    int pages = 1;           // TIFF pages, HEIF top-level images: the first (primary) one is used
    int frames = 1;          // GIF/WebP animation frames: the first one is used
};

// Reads an image file (JPEG incl. progressive and CMYK/YCCK, PNG 8/16-bit, palette and alpha, WebP, TIFF,
// BMP, GIF, HEIC/HEIF through libheif, PGM/PPM, ...) read-only; evidence files are never written. The format is
// told from the content, not the name. Transparency is composited on white; a multi-page or animated file gives
// its first page or frame (stated in `format`). The hash, the structure check and the decoder read one open file.
// Input error naming the file when it is missing, a folder, a symlink loop, unreadable, over a limit (the
// limit named: "image is 60000×60000 px, more than the 250-megapixel limit"), damaged (unless allowed) or
// not a decodable image.
Result<LoadedImage> loadImage(const QString& path, const ImageLoadOptions& options = {});

} // namespace descry
