#include "core/cxr/report/CxrReport.h"

#include "core/common/Tr.h"

// TODO(H6): implement.

namespace descry {

Result<QByteArray> renderCxrReportPdf(const CxrReportInput&)
{
    return Error(ErrorCode::Internal, Tr::tr("chest X-ray reports are not implemented yet"));
}

Status writeCxrReportPdf(const QString& path, const CxrReportInput&)
{
    return Error(ErrorCode::Internal, Tr::tr("chest X-ray reports are not implemented yet"), path);
}

} // namespace descry
