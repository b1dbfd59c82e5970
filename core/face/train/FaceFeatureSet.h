#pragma once

#include "core/common/Result.h"
#include "core/face/DlibResNet.h"
#include "core/face/FaceAnalyzer.h"
#include "core/face/train/FaceDataset.h"

#include <atomic>
#include <functional>
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
};

// Analyses every face (detection, landmarks, alignment, morphometry, ResNet). Results are cached in
// `cacheFile` (JSON keyed by file SHA-256 and analyser version) so retraining does not redo detection.
// Progress: (done, total). Synchronous; cancel is polled between images.
Result<std::vector<FaceFeatures>> extractFaceFeatures(const FaceAnalyzer& analyzer, const QList<LabelledFace>& faces,
                                                      const QString& cacheFile,
                                                      const std::function<void(int, int)>& progress = {},
                                                      const std::atomic<bool>* cancel = nullptr);

// Refuses (Input error naming the file) an existing file at `cacheFile` that is not a face feature cache: a JSON
// object with the cache's format marker, or one of the unmarked caches of earlier versions ({"version", "faces"}
// and nothing else). A --cache that names a photo, a checkpoint or a manifest is never replaced. A missing file or
// an empty path is fine.
Status checkFaceFeatureCacheReplaceable(const QString& cacheFile);

} // namespace descry
