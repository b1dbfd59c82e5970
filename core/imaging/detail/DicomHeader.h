#pragma once
// Private to core/imaging: what the study scanner reads of a DICOM file without its pixels.

#include "core/common/Result.h"

#include <QString>

namespace descry::detail {

// The attributes that place an instance in its study and series, read from the header alone.
struct DicomHeader
{
    QString sopClassUid;
    QString sopInstanceUid;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString modality;
    QString viewPosition;
    QString studyDescription;
    QString seriesDescription;
    QString studyDate;
    QString patientName;
    QString patientId;
    int instanceNumber = 0;
    int seriesNumber = 0;
    int frames = 1;
    int rows = 0;
    int columns = 0;
};

// looksLikeDicom(), or "DICM" at offset 128 (so a file with the preamble never goes to the raster decoders).
bool isDicomFile(const QString& path);

// Reads the header (element values over a few KB, the pixel data above all, are left on disk), read-only. Input
// error naming the file when it is unreadable or truncated, or not an image (a structured report, a presentation
// state, a DICOMDIR, no pixel data or no image size).
Result<DicomHeader> readDicomHeader(const QString& path);

} // namespace descry::detail
