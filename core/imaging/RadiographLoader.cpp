#include "core/imaging/RadiographLoader.h"

namespace descry {

Result<MedicalImage> loadRadiograph(const QString& path, const DicomLoadOptions& options, const Progress& progress)
{
    return loadDicom(path, options, progress); // TODO(H3): raster radiographs
}

Result<MedicalImageInfo> analyseRadiograph(const QString& path, const DicomLoadOptions& options)
{
    return analyseDicom(path, options); // TODO(H3)
}

} // namespace descry
