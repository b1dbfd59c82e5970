#pragma once

#include "core/clip/ClipModel.h"
#include "core/common/Result.h"
#include "core/face/FaceLocator.h"
#include "core/face/FaceTypes.h"
#include "core/face/train/FaceDataset.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace descry {

// What CLIP training needs of one labelled face: the landmark measurements (direct concepts) and the frozen part of
// the image tower on the aligned face: the last MLP block's input for the class token and the full image features.
struct ClipFaceFeatures
{
    LabelledFace face;
    QString sha256;
    bool ok = false;
    QString failure; // why no face could be analysed
    std::vector<double> morphometry;
    FaceQuality quality;
    std::vector<float> preMlp;   // vision.width values (ClipModel::encodeImagesBeforeLastMlp)
    std::vector<float> features; // embedDim values (ClipModel::encodeImages), unnormalised
    bool fromCache = false;
};

// The identity of the frozen computation a cache entry was made by: the checkpoint file's SHA-256, the activation
// and the face locator; an entry made by another is never used.
struct ClipCacheKey
{
    QString checkpointSha256;
    QString activation; // clipActivationId
    QString locator;    // FaceLocator::type()
};

// The feature cache of CLIP face training, one safetensors file: per face (file SHA-256, and ':cropped' for crops
// taken whole) tensors "<face>/<checkpoint sha256>/<activation>/pre_mlp" and ".../features", the landmark
// measurements "<face>/<locator>/morphometry", and in the metadata each face's analysis outcome (failure, quality).
// Entries of other checkpoints are kept, so switching back costs nothing. A missing, damaged or foreign file is an
// empty cache (loadError() says why). Not thread-safe; a value type.
class ClipFeatureCache
{
public:
    static ClipFeatureCache load(const QString& path);
    // Refuses (Input error naming the file) an existing file at `path` that is not a CLIP feature cache of any
    // version (its safetensors metadata carries the cache's format marker): a --cache that names a checkpoint, its
    // config, a photo or a manifest is never replaced. A missing file or an empty path is fine.
    static Status checkReplaceable(const QString& path);

    QString path() const { return m_path; }
    QString loadError() const { return m_loadError; }
    int size() const { return int(m_analysis.size()); }

    // Fills `f` (face and sha256 set) from the cache; true when both the analysis and the features are there.
    bool lookup(const ClipCacheKey& key, ClipFaceFeatures& f) const;
    void insert(const ClipCacheKey& key, const ClipFaceFeatures& f);
    // Written atomically; nothing is written for an empty path.
    Status save() const;

private:
    QString m_path;
    QString m_loadError;
    QJsonObject m_analysis; // face key -> the analysis outcome
    QMap<QString, TensorData> m_tensors;
};

// How a feature extraction used its cache.
struct ClipCacheStats
{
    int hits = 0;     // faces read from the cache
    QString unusable; // why an existing cache file was ignored (empty: it was used, or there was none)
};

// Analyses every face with `locator` (detection, landmarks, alignment, morphometry) and runs the frozen part of
// `model` on its aligned face (aligned224 at the tower's input size, clipNormalize with the model's mean/std, exactly
// as a pack's openclip-vit encoder sees it), reusing and updating `cacheFile` (empty: no cache). Faces the locator
// refuses (ErrorCode::Input) are kept with their failure. `stats` (optional) says how many faces came from the cache
// and why an existing cache file could not be used. Progress: (done, total); cancel is polled between images.
Result<std::vector<ClipFaceFeatures>>
extractClipFaceFeatures(const FaceLocator& locator, const ClipModel& model, const QString& checkpointSha256,
                        const QList<LabelledFace>& faces, const QString& cacheFile, ClipCacheStats* stats,
                        const std::function<void(int, int)>& progress = {}, const std::atomic<bool>* cancel = nullptr);

// The aligned face as the openclip-vit encoder of a face pack receives it (FaceAnalyzer: the aligned 224 face at the
// tower's input size), normalised for `model`: 3 × S × S floats. Empty when the face has no aligned image.
std::vector<float> clipFacePixels(const AlignedFace& aligned, const ClipModel& model);

} // namespace descry
