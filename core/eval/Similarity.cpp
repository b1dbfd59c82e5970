#include "core/eval/Similarity.h"

#include <cmath>

namespace descry {

double cosineSimilarity(const float* a, const float* b, std::size_t n)
{
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ab += double(a[i]) * b[i];
        aa += double(a[i]) * a[i];
        bb += double(b[i]) * b[i];
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

QJsonObject verificationToJson(const VerificationResult& r)
{
    QJsonObject tar;
    for (const auto& [far, t] : r.tarAtFar)
        tar.insert(QString::number(far), t);
    QJsonObject out{{QStringLiteral("pairs"), r.pairs},
                    {QStringLiteral("accuracy"), r.accuracy},
                    {QStringLiteral("accuracy_std"), r.accuracyStd},
                    {QStringLiteral("auc"), r.auc},
                    {QStringLiteral("tar_at_far"), tar},
                    {QStringLiteral("threshold"), r.threshold}};
    // Why a figure is missing (JSON has no NaN: Qt writes it as null), e.g. only genuine pairs were given.
    if (!r.problem.empty())
        out.insert(QStringLiteral("problem"), QString::fromStdString(r.problem));
    return out;
}

} // namespace descry
