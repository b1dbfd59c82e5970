#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace descry {

// What `descry-cli eval face-gap` evaluates: a face pack against its own baseline on an identity-labelled folder.
struct FaceGapRunOptions
{
    QString pack;
    QString facesRoot; // laid out like ../shared/data/faces (scanFaceDatasets)
    int augment = 1;   // augmented copies per photo and augmentation id (0: the photos only)
    QString cacheFile; // feature cache shared with `train face --cache` (empty: none)
};

// Re-runs the held-out evaluation of `train face` (evaluateFaceGap) on any folder: identities the pack was trained
// on (provenance.training_identities, or for older packs every identity of a dataset with held-out identities that
// is not held out) are left out; everything else counts as held out. Pairs and augmentations use the pack's
// provenance seed, so on the training folder the recorded held_out figures are reproduced. The result is the gap
// object plus {"pack", "faces", "seed", "augment", "selection": {"evaluated", "training_identities_skipped",
// "no_face"}}. Input error naming the folder when nothing is left to evaluate.
Result<QJsonObject> evaluatePackGap(const FaceGapRunOptions& options, const std::function<void(const QString&)>& log,
                                    const std::function<void(int, int)>& progress = {},
                                    const std::atomic<bool>* cancel = nullptr);

} // namespace descry
