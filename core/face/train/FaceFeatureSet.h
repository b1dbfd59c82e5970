#pragma once

#include "core/common/Result.h"
#include "core/face/DlibResNet.h"
#include "core/face/FaceAnalyzer.h"
#include "core/face/train/FaceDataset.h"

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace descry {

// Measured features of one labelled face, as training and evaluation need them.
struct FaceFeatures
{
    LabelledFace face;
    QString sha256;
    bool ok = false;
    QString failure;                 // why no face could be analysed
    std::vector<double> morphometry; // raw quantities
    FaceDescriptor embedding{};
    FaceQuality quality;
    std::optional<Landmarks68> landmarks; // in the analysed photo's pixels (for landmark-placed augmentations)
    QString augmentation;                 // empty for the photo itself; else the augmentation id of this copy
    QString augmentationParams;           // and its parameters (AugmentedPhoto::params)
    int source = -1;                      // augmented copy: index of the source face in the list it was made from
};

// One augmented copy to analyse: augmentation `id` of face `source`, copy number `copy` (seeds differ per copy).
struct AugmentationRequest
{
    int source = 0;
    QString id;
    int copy = 0;
};

// Analyses every face (detection, landmarks, alignment, morphometry, ResNet). Results are cached in
// `cacheFile` (JSON keyed by file SHA-256 and analyser version) so retraining does not redo detection.
// Progress: (done, total). Synchronous; cancel is polled between images.
Result<std::vector<FaceFeatures>> extractFaceFeatures(const FaceAnalyzer& analyzer, const QList<LabelledFace>& faces,
                                                      const QString& cacheFile,
                                                      const std::function<void(int, int)>& progress = {},
                                                      const std::atomic<bool>* cancel = nullptr);

// Analyses augmented copies of already analysed faces (`sources`, from extractFaceFeatures): each request's photo is
// loaded, augmented (augmentPhoto, seed augmentationSeed(source SHA-256, id, copy, baseSeed)) and analysed like its
// source. Cached in the same `cacheFile` under (source SHA-256, augmentation id, parameters). A source that failed,
// or "glasses" for a source without landmarks, gives a failed copy (ok false, failure says why).
Result<std::vector<FaceFeatures>>
extractAugmentedFeatures(const FaceAnalyzer& analyzer, const std::vector<FaceFeatures>& sources,
                         const std::vector<AugmentationRequest>& requests, uint64_t baseSeed, const QString& cacheFile,
                         const std::function<void(int, int)>& progress = {}, const std::atomic<bool>* cancel = nullptr);

// Refuses (Input error naming the file) an existing file at `cacheFile` that is not a face feature cache: a JSON
// object with the cache's format marker, or one of the unmarked caches of earlier versions ({"version", "faces"}
// and nothing else). A --cache that names a photo, a checkpoint or a manifest is never replaced. A missing file or
// an empty path is fine.
Status checkFaceFeatureCacheReplaceable(const QString& cacheFile);

} // namespace descry
