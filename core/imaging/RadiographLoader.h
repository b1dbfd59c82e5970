#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/imaging/DicomLoader.h"
#include "core/imaging/MedicalImage.h"

#include <QString>

namespace descry {

// Opens a radiograph of any kind a reader gets: DICOM (told from the content, not the name; see loadDicom) or a
// raster image (PNG including 16-bit, JPEG, TIFF including 16-bit, BMP, PGM) loaded as MONOCHROME2 stored values
// of its bit depth (grey images, and colour files whose channels are all equal; other colour raster images stay
// colour, RGB888), with no spacing and no presets (the display's min/max window).
// The file is opened read-only; its SHA-256 is recorded in info().sha256. Input error naming the file otherwise.
Result<MedicalImage> loadRadiograph(const QString& path, const DicomLoadOptions& options = {},
                                    const Progress& progress = {});

// The header of a radiograph without decoding pixels (analyseDicom for DICOM; size and depth for raster files,
// whose sha256 stays empty: only loadRadiograph reads the whole file).
Result<MedicalImageInfo> analyseRadiograph(const QString& path, const DicomLoadOptions& options = {});

} // namespace descry
