#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QImage>
#include <QString>

namespace descry::detail {

// The orientation tag (0x0112) of an EXIF block: the TIFF structure itself ("II*\0..." or "MM\0*..."), or with
// the "Exif\0\0" prefix of a JPEG APP1 segment. 0 when the block has no valid tag (values 1-8).
int exifOrientationOf(const QByteArray& exif);

// The EXIF orientation a file carries where its format keeps EXIF: JPEG APP1, PNG eXIf, WebP EXIF chunk.
// 0 when there is none. Moves the device's position.
int embeddedExifOrientation(QIODevice& device, const QString& formatId);

// The image turned upright as EXIF orientation `value` (1-8) says; other values return it unchanged.
QImage applyExifOrientation(const QImage& image, int value);

// What was done, in words: "rotated 90° clockwise (EXIF orientation 6)"; for 0 "no EXIF orientation: used as
// stored".
QString exifOrientationNote(int value);

} // namespace descry::detail
