#pragma once

#include "core/eval/Verification.h"

#include <QJsonObject>

#include <cstddef>

namespace descry {

// Cosine similarity of two n-vectors, accumulated in double; 0 when either is zero.
double cosineSimilarity(const float* a, const float* b, std::size_t n);

// The JSON of a verification result as the CLI contract names it: accuracy, accuracy_std, auc,
// tar_at_far {"0.01": ...}, threshold (and pairs); "problem" when the result names one (a figure is then null).
QJsonObject verificationToJson(const VerificationResult& result);

} // namespace descry
