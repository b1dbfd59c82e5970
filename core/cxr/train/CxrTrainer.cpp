#include <torch/torch.h>

#include "core/cxr/train/CxrTrainer.h"

#include "core/common/Tr.h"

// TODO(H4): implement.

namespace descry {

Result<QList<CxrTrainingSample>> readCxrTrainingSet(const QString& images, const QString&)
{
    return Error(ErrorCode::Internal, Tr::tr("chest X-ray training is not implemented yet"), images);
}

Result<CxrTrainingReport> trainCxrPack(const QList<CxrTrainingSample>&, const CxrTrainOptions&, const QString& outDir,
                                       const Progress&)
{
    return Error(ErrorCode::Internal, Tr::tr("chest X-ray training is not implemented yet"), outDir);
}

} // namespace descry
