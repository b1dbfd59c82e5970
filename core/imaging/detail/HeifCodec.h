#pragma once

#include "core/common/Result.h"
#include "core/imaging/ImageLoader.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace descry::detail {

// The primary image of a HEIF container (HEIC from phones, AVIF where libheif has an AV1 decoder).
struct HeifPicture
{
    QImage image;            // RGB888, or RGBA8888 with an alpha plane; its colour space set from the ICC profile
    int images = 1;          // top-level images in the file (the primary one is decoded)
    int exifOrientation = 0; // the EXIF tag, informative only: HEIF's own irot/imir transforms rule
    bool turned = false;     // libheif's irot/imir swapped width and height (a quarter turn)
    QString colourNote;      // what the nclx colour description says when it is not an ICC profile ("" when none)
    bool iccProfile = false;
};

// Decodes with libheif, whose irot/imir (rotation, mirror) and clap (crop) transforms are applied. The size is
// checked against `limits` from the container's image header before anything is decoded. Every heif_error
// becomes an input error naming `file`.
Result<HeifPicture> decodeHeif(const QByteArray& data, const ImageLimits& limits, const QString& file);

// Encodes `image` as HEIC (x265) at `quality` (0-100): fixtures for tests and examples. Model error when
// libheif has no HEVC encoder.
Result<QByteArray> encodeHeic(const QImage& image, int quality);

} // namespace descry::detail
