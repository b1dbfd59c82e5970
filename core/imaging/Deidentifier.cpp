#include "core/imaging/Deidentifier.h"

#include "core/common/Tr.h"

namespace descry {

Result<DeidentifyReport> deidentifyFiles(const QStringList& inputs, const QString&, const DeidentifyOptions&,
                                         const Progress&)
{
    return Error(ErrorCode::Internal, Tr::tr("de-identification is not implemented yet"), inputs.value(0)); // TODO(H3)
}

} // namespace descry
