#pragma once

#include "core/common/Result.h"
#include "core/descriptors/Catalog.h"
#include "core/face/FaceAnalyzer.h"
#include "core/face/FaceConcepts.h"
#include "core/face/train/FaceFeatureSet.h"
#include "core/face/train/FaceTrainer.h"
#include "core/face/train/IdentitySplit.h"

#include <QMap>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

// `train face`, step 1: what the faces folder holds, measured, split by identity and augmented.
namespace descry::detail {

// Everything measured on the faces folder: the catalog and its concept layout, the faces and their features.
struct TrainingInputs
{
    Catalog catalog;
    FaceConceptLayout layout;
    std::vector<FaceFeatures> features; // the photos, then their augmented copies
    std::optional<FaceAnalyzer> analyzer;
};

// Where the augmented copies went: training copies per source photo, held-out copies, and the counts.
struct AugmentedRows
{
    std::vector<int> cleanTrainFaces;        // training photos without their copies
    QMap<int, std::vector<int>> trainCopies; // source row → rows of its training copies
    std::vector<int> heldOutCopies;
    int trainFailed = 0, heldOutFailed = 0;
};

// The catalog, its layout and every photo of the faces folder analysed (through the feature cache).
Result<TrainingInputs> loadInputs(const FaceTrainingOptions& o, const std::function<void(const QString&)>& log,
                                  const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel);

// Training and held-out identities (every heldOutEvery-th of each dataset held out).
IdentitySplit splitFaces(const FaceTrainingOptions& o, const std::vector<FaceFeatures>& feats,
                         const std::function<void(const QString&)>& log);

// K augmented copies of every training photo (the ids cycled so each id is used about equally) and evalAugment
// copies of every held-out photo per id, analysed and appended to the features; training copies join the training
// faces under their photo's identity. Held-out copies are only ever evaluated.
Result<AugmentedRows> augmentFaces(const FaceTrainingOptions& o, TrainingInputs& in, IdentitySplit& split,
                                   const std::function<void(const QString&)>& log,
                                   const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel);

} // namespace descry::detail
