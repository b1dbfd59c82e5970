#pragma once

#include <torch/torch.h>

#include "core/common/Result.h"
#include "core/face/Morphometry.h"
#include "core/face/train/FaceTrainer.h"
#include "core/face/train/detail/FaceTrainingInputs.h"
#include "core/model/ConceptHead.h"
#include "core/train/detail/DirectionLearner.h"
#include "core/train/detail/MarginLosses.h"

#include <QJsonObject>

#include <cmath>

// `train face`, step 2: the feature matrices, the appearance directions and the head trained on them.
namespace descry::detail {

// Per-face matrices: X the ResNet embeddings (Xn L2-normalised), D the direct (morphometric) scores, Y the
// nearest-grade labels of the appearance concepts; rows of failed faces stay zero.
struct FeatureMatrices
{
    morphometry::PopulationStats stats; // from training faces only
    torch::Tensor X, D, Y, Xn;
};

// Appearance directions learned from measured labels, and their held-out agreement with measurement.
struct AppearanceDirections
{
    detail::Directions dirs;
    QJsonObject aucs; // per descriptor id
    double medianAuc = NAN;
};

torch::Tensor indexTensor(const std::vector<int>& v);

// X, D, Y of every face; the population statistics from `trainFaces` only (stored as float32, as the pack does).
FeatureMatrices buildMatrices(const std::vector<FaceFeatures>& feats, const FaceConceptLayout& layout,
                              const std::vector<int>& trainFaces, float tau);

// One direction per appearance concept from the training faces, with its held-out AUC against measurement.
AppearanceDirections learnAppearanceDirections(const TrainingInputs& in, const IdentitySplit& split,
                                               const FeatureMatrices& m, uint64_t seed,
                                               const std::function<void(const QString&)>& log);

// Leaves out the appearance groups of characteristics whose directions agree too little with measurement
// (mean held-out AUC < 0.6): the layout is rebuilt without them and their direction rows are dropped.
Status dropUnreliableAppearance(TrainingInputs* in, AppearanceDirections* a,
                                const std::function<void(const QString&)>& log);

Result<MarginLossKind> marginLossOf(FaceLoss loss);

// A fresh head for the layout (block or full aggregation as `o` says) with the appearance directions set.
Result<ConceptHead> createHead(const FaceTrainingOptions& o, const FaceConceptLayout& layout,
                               const torch::Tensor& directions);

// Trains `head` in place on the training identities (dense class ids); returns the final epoch's loss.
Result<double> trainHeadOnIdentities(const FaceTrainingOptions& o, MarginLossKind loss, const ConceptHead& head,
                                     const IdentitySplit& split, const FeatureMatrices& m,
                                     const std::function<void(const QString&)>& log, const std::atomic<bool>* cancel);

// The explainable embeddings e of every face through the trained head (eval mode, no gradients).
torch::Tensor embedAll(const ConceptHead& head, const FeatureMatrices& m);

} // namespace descry::detail
