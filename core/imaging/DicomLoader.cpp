#include "core/imaging/DicomLoader.h"

#include "core/common/Tr.h"

namespace descry {

bool looksLikeDicom(const QString&)
{
    return false; // TODO(H1)
}

QString transferSyntaxName(const QString& uid)
{
    return uid; // TODO(H1)
}

Result<MedicalImageInfo> analyseDicom(const QString& path, const DicomLoadOptions&)
{
    return Error(ErrorCode::Internal, Tr::tr("DICOM reading is not implemented yet"), path);
}

Result<MedicalImage> loadDicom(const QString& path, const DicomLoadOptions&, const Progress&)
{
    return Error(ErrorCode::Internal, Tr::tr("DICOM reading is not implemented yet"), path);
}

} // namespace descry
