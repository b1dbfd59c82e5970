#pragma once

#include "core/common/Result.h"

#include <QImage>
#include <QString>

namespace descry {

// A photo loaded for analysis, with the SHA-256 of the file exactly as it is on disk.
struct LoadedImage
{
    QString path;
    QString sha256;
    QImage image; // EXIF orientation applied; RGB888 or Grayscale8
};

// Reads an image file (JPEG, PNG, PGM/PPM, BMP, TIFF, ...) read-only; evidence files are never written.
// Input error naming the file when it is missing, unreadable or not a decodable image.
Result<LoadedImage> loadImage(const QString& path);

} // namespace descry
