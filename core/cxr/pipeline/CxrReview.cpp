#include <torch/torch.h>

#include "core/cxr/pipeline/CxrReview.h"

#include "core/common/Tr.h"

// TODO(H3): implement.

namespace descry {

QString cxrDecisionId(CxrDecision decision)
{
    switch (decision) {
    case CxrDecision::Effusion:
        return QStringLiteral("effusion");
    case CxrDecision::NoEffusion:
        return QStringLiteral("no-effusion");
    case CxrDecision::Indeterminate:
        return QStringLiteral("indeterminate");
    }
    return {};
}

QString cxrDecisionText(CxrDecision decision)
{
    switch (decision) {
    case CxrDecision::Effusion:
        return Tr::tr("Pleural effusion");
    case CxrDecision::NoEffusion:
        return Tr::tr("No pleural effusion");
    case CxrDecision::Indeterminate:
        return Tr::tr("Indeterminate");
    }
    return {};
}

QJsonObject CxrReviewResult::toJson() const
{
    return {};
}

Result<CxrReviewResult> CxrReview::review(const QString& path, const CxrReviewOptions&, const Progress&) const
{
    return Error(ErrorCode::Internal, Tr::tr("chest X-ray review is not implemented yet"), path);
}

Result<CxrReviewResult> CxrReview::review(const MedicalImage&, const QString& path, const QString&,
                                          const CxrReviewOptions&, const Progress&) const
{
    return Error(ErrorCode::Internal, Tr::tr("chest X-ray review is not implemented yet"), path);
}

Result<MarginDecomposition> CxrReview::marginWithout(const CxrReviewResult&, const std::vector<bool>&)
{
    return Error(ErrorCode::Internal, Tr::tr("chest X-ray review is not implemented yet"));
}

} // namespace descry
