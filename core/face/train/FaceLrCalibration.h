#pragma once

#include "core/common/Result.h"
#include "core/eval/LikelihoodRatio.h"
#include "core/face/pipeline/PairScore.h"
#include "core/face/train/FaceFeatureSet.h"
#include "core/face/train/FacePairs.h"
#include "core/face/train/IdentitySplit.h"

#include <functional>
#include <vector>

namespace descry {

// Calibrates a face pack's likelihood ratio on the held-out identities' balanced same/different pairs (every
// dataset's, drawn with `seed` as the held-out evaluation draws them), scored by `score` as compare scores a pair
// (FacePairScorer: exclusions and all); records how often each exclusion occurred (LrCalibration::exclusions).
// The dataset field names the held-out identities. Logistic unless `method` says otherwise.
Result<LrCalibration>
calibrateHeldOutFaceLr(const std::vector<FaceFeatures>& features, const IdentitySplit& split, uint64_t seed,
                       const std::function<Result<std::vector<PairScore>>(const std::vector<FacePair>&)>& score,
                       LrMethod method = LrMethod::Logistic);

} // namespace descry
