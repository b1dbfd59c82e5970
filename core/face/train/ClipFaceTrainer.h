#pragma once

#include "core/clip/ClipConfig.h"
#include "core/common/Result.h"
#include "core/eval/ZeroShot.h"
#include "core/face/FaceLocator.h"
#include "core/face/train/FaceTrainer.h"
#include "core/tensor/Safetensors.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace descry {

// How to train an explainable face pack on CLIP features (`descry-cli train face --encoder openclip`): the paper's
// recipe (DESIGN.md §1) with I = α·E_i(x) + (1 − α)·F_i(E_i(x)), a prompt concept for every catalog descriptor,
// the morphometric concepts beside them, AdamW on F_i, α, W and optionally the last MLP block of the image tower.
struct ClipFaceTrainingOptions
{
    static constexpr double kDefaultLr = 3e-4; // the paper's AdamW rate
    static FaceTrainingOptions defaultBase();

    FaceTrainingOptions base = defaultBase(); // faces, pack, cache, loss, epochs, m, tau, alpha (start), lr, seed...
    QString checkpoint;                       // open_clip / transformers safetensors or torch.save zip
    std::optional<ClipActivation> activation; // overrides the checkpoint's config
    bool tuneLastMlp = false;
    QString zeroShotDir; // labelled image folder for the alignment proxy (empty: skipped)
    bool copyEncoder = false;
    // The face locator (detection, landmarks, alignment); null: dlib's, as `train face` uses. Another locator is
    // recorded in the pack as a source of its type() without config (e.g. the tests' fake-landmarks).
    std::shared_ptr<const FaceLocator> locator;
};

// What a CLIP training run produced besides the pack.
struct ClipFaceTrainingResult
{
    QJsonObject metrics; // as written to the manifest (held_out, alignment_proxy, cache, ...)
    int faces = 0;
    int cacheHits = 0;
    std::optional<AlignmentProxy> alignment;
    QMap<QString, TensorData> tuned; // the tuned last-MLP tensors under open_clip names (empty without tuning)
    double alpha = 0;                // the trained α
    // Per face path: the image features (tuned tower) the head was calibrated on.
    QMap<QString, std::vector<float>> imageFeatures;
};

// Loads the checkpoint and the tokenizer, encodes the catalog's descriptor prompts, caches the frozen part of the
// tower per face, trains, calibrates, evaluates on held-out identities, runs the alignment proxy and writes the pack
// (writeClipFacePack). Synchronous; lines go to `log`, face progress to `progress`. Usage error for an invalid
// loss; Model error for an unusable checkpoint; Input error for an unreadable faces or zero-shot folder.
Result<ClipFaceTrainingResult> trainClipFacePack(const ClipFaceTrainingOptions& options,
                                                 const std::function<void(const QString&)>& log,
                                                 const std::function<void(int, int)>& progress = {},
                                                 const std::atomic<bool>* cancel = nullptr);

} // namespace descry
