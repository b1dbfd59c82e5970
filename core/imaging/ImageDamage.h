#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace descry {

// The structural half of damage detection, for when a decoder says nothing (a cut-off PNG row, warnings switched
// off by QT_LOGGING_RULES): a JPEG must reach its end-of-image marker (trailing zero padding and data appended
// after the marker, e.g. a phone's motion-photo video, are fine), a PNG must reach its IEND chunk. `format` is
// QImageReader's ("jpeg", "png"); other formats are not checked. Empty when intact, otherwise what is wrong in
// plain words. Moves the device's position.
QString structuralDamage(QIODevice& device, const QByteArray& format);

// Whether a decoder message means the file is truncated or corrupt, as opposed to a harmless note such as
// libpng's "iCCP: known incorrect sRGB profile".
bool isDamageMessage(const QString& message);

// A decoder message in words a user understands: "Premature end of JPEG file" → "the file ends before the image
// does"; unknown messages lose their library prefix ("libpng warning: ").
QString plainDecoderMessage(const QString& message);

} // namespace descry
