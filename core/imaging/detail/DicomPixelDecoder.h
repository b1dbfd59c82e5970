#pragma once

// Private to core/imaging: decoding the pixel data of an opened DICOM file into a MedicalImage.

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/imaging/MedicalImage.h"
#include "core/imaging/detail/DicomDataset.h"

namespace descry::detail {

// Decodes every frame of `dicom`, whose header describeDicom() turned into `info` (and checked): native pixel
// data read directly, JPEG / JPEG-LS / RLE through DCMTK's decoders frame by frame, JPEG 2000 through OpenJPEG.
// Monochrome frames become stored values (bits stored / high bit / sign applied), colour frames RGB888.
// `progress` is polled before each frame (Cancelled error when it stops).
Result<MedicalImage> decodeDicomPixels(const OpenedDicom& dicom, MedicalImageInfo info, const Progress& progress);

} // namespace descry::detail
