#pragma once

#include <torch/torch.h>

#include "core/common/Result.h"
#include "core/face/train/FacePairScorer.h"
#include "core/face/train/detail/FaceHeadTraining.h"
#include "core/face/train/detail/FaceTrainingInputs.h"

#include <QJsonObject>

// `train face`, step 3: the threshold calibration and the held-out evaluation, every explainable pair scored as
// compare scores it (FacePairScorer: exclusions and all), the baseline by the cosine of its embeddings.
namespace descry::detail {

// Thresholds chosen on balanced pairs of the training identities.
struct Calibration
{
    double threshold = 0;
    double baseThreshold = 0;
    double trainAccuracy = 0;
    int pairs = 0;
    int pairsWithExclusions = 0; // pairs whose score left something out (hidden, not measured)
};

// Cosine scores of pairs of rows of a B×k matrix (the baseline's embeddings).
std::vector<double> pairScores(const torch::Tensor& rows, const std::vector<FacePair>& pairs);
std::vector<int> sameOf(const std::vector<FacePair>& pairs);

// Best-accuracy thresholds on balanced pairs of the training photos, plus the same pairs with the first photo
// replaced by one of its augmented copies (a photo is never paired with its own copy).
Result<Calibration> calibrate(const FacePairScorer& scorer, const torch::Tensor& X, const IdentitySplit& split,
                              const AugmentedRows& rows, uint64_t seed);

// Held-out evaluation per dataset, 10-fold, explainable and baseline.
Result<QJsonObject> evaluateHeldOut(const FacePairScorer& scorer, const torch::Tensor& X, const IdentitySplit& split,
                                    uint64_t seed, const std::function<void(const QString&)>& log);

// The gap evaluation (FaceGap): held-out photos per dataset and all together, clean and augmented, explainable
// against baseline; what metrics.held_out, held_out_augmented and gap_goal record.
Result<QJsonObject> evaluateGap(const FacePairScorer& scorer, const torch::Tensor& X, const TrainingInputs& in,
                                const IdentitySplit& split, const AugmentedRows& rows, uint64_t seed,
                                const std::function<void(const QString&)>& log);

// Trains the other aggregation (block ↔ full) with the same seed and inputs and records both held-out results:
// {"chosen", "block": {accuracy, auc}, "full": {...}, "cost_points": full − block accuracy in points}. `parts`
// is the chosen head's (its statistics and ranges are shared), `visibility` the photos' (photoVisibility).
Result<QJsonObject> measureAggregationCost(const FaceTrainingOptions& o, MarginLossKind loss, const TrainingInputs& in,
                                           const IdentitySplit& split, const FeatureMatrices& m,
                                           const AppearanceDirections& dirs, const FaceModelParts& parts,
                                           const std::vector<QList<ComponentVisibility>>& visibility,
                                           const QJsonObject& chosenHeld,
                                           const std::function<void(const QString&)>& log,
                                           const std::atomic<bool>* cancel);

} // namespace descry::detail
