#include <torch/torch.h>

#include "core/cxr/CxrModel.h"

#include "core/common/Tr.h"

// TODO(H3): implement.

namespace descry {

Result<CxrCalibration> CxrCalibration::fromJson(const QJsonObject&, const QString& manifestPath)
{
    return Error(ErrorCode::Internal, Tr::tr("chest X-ray packs are not implemented yet"), manifestPath);
}

QJsonObject CxrCalibration::toJson() const
{
    return {};
}

Result<CxrEncoderInput> cxrEncoderInput(const QImage&, int, const QString&)
{
    return Error(ErrorCode::Internal, Tr::tr("chest X-ray packs are not implemented yet"));
}

Result<CxrModel> CxrModel::open(const QString& pathOrName, const Progress&, const EncoderRegistry&)
{
    return Error(ErrorCode::Model, Tr::tr("chest X-ray packs are not implemented yet"), pathOrName);
}

QString CxrModel::encoderType() const
{
    return {};
}

QString CxrModel::encoderSummary() const
{
    return {};
}

Result<std::vector<float>> CxrModel::embed(const QImage&, const Progress&) const
{
    return Error(ErrorCode::Internal, Tr::tr("chest X-ray packs are not implemented yet"));
}

Result<ConceptOutput> CxrModel::concepts(const std::vector<float>&) const
{
    return Error(ErrorCode::Internal, Tr::tr("chest X-ray packs are not implemented yet"));
}

Status writeCxrPack(const QString& dir, const Catalog&, const ConceptHead&, const CxrPackInfo&, const QStringList&)
{
    return Error(ErrorCode::Internal, Tr::tr("chest X-ray packs are not implemented yet"), dir);
}

} // namespace descry
