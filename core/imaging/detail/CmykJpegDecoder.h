#pragma once

#include "core/common/Result.h"
#include "core/imaging/ImageLoader.h"

#include <QByteArray>
#include <QImage>
#include <QStringList>

namespace descry::detail {

// A four-component (CMYK or YCCK) JPEG decoded to RGB.
struct CmykJpeg
{
    QImage image;         // RGB888
    bool inverted = true; // Adobe-style inverted CMYK (an APP14 marker), else plain ink values
    QStringList messages; // libjpeg's warnings (a premature end, corrupt data), as libjpeg words them
};

// Decodes a CMYK/YCCK JPEG with libjpeg: Qt's decoder always reads CMYK as Adobe-inverted, which shows a CMYK
// file without Adobe's marker as a negative. The size from the frame header is checked against `limits` before
// a pixel is allocated. The CMYK colour profile, if any, is not applied (no CMYK colour engine): the plain
// formula R = (1−C)(1−K) is used, as browsers without a CMS do. Input error naming `file` otherwise.
Result<CmykJpeg> decodeCmykJpeg(const QByteArray& data, const ImageLimits& limits, const QString& file);

} // namespace descry::detail
