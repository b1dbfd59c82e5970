#pragma once

#include "core/clip/ClipModel.h"
#include "core/clip/ClipPreprocess.h"
#include "core/clip/ClipTokenizer.h"
#include "core/common/Progress.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <functional>
#include <vector>

namespace descry {

// A labelled image folder for the alignment proxy (DESIGN.md §1, the paper's CIFAR-10 check): one subfolder per
// class, its name the class name (underscores read as spaces), every image file inside it one sample.
struct ZeroShotSet
{
    QString root;
    QStringList classNames;  // sorted by folder name
    QStringList prompts;     // zeroShotPrompt() of each class
    QStringList images;      // absolute paths, class by class
    std::vector<int> labels; // class index of each image
};

// "a photo of a {class name}", the folder name's underscores replaced by spaces.
QString zeroShotPrompt(const QString& folderName);

// Scans `root`. Input error naming the folder when it is missing, has fewer than two classes with images, or a
// class folder holds no image.
Result<ZeroShotSet> scanZeroShotFolder(const QString& root);

// Share of images whose feature row (n × dim) has its highest cosine with the text feature row (classes × dim)
// of its own label. Features need not be normalised; NaN when n is 0.
double zeroShotAccuracy(const float* imageFeatures, int n, const float* textFeatures, int classes, int dim,
                        const std::vector<int>& labels);

// Text features of the set's prompts (classes × embedDim, unnormalised). Model error when the model has no text tower.
Result<std::vector<float>> zeroShotTextFeatures(const ClipModel& model, const ClipTokenizer& tokenizer,
                                                const ZeroShotSet& set);

// Decodes the set's images (the one image loader: limits, damaged files refused) and hands them, open_clip-
// preprocessed with `norm`, to `consume` in batches of at most `batch` images (pixels n × 3 × S × S, first index of
// the batch). Progress is polled between images (ErrorCode::Cancelled).
Status forEachZeroShotBatch(const ZeroShotSet& set, const ClipImageNorm& norm, int batch,
                            const std::function<Status(const float* pixels, int n, int first)>& consume,
                            const Progress& progress = {});

// Zero-shot accuracy of `model`'s image tower (open_clip's encode_image) on `set`.
Result<double> evaluateZeroShot(const ClipModel& model, const ClipTokenizer& tokenizer, const ZeroShotSet& set,
                                const Progress& progress = {});

// The alignment-proxy check of one training run: zero-shot accuracy before tuning (the checkpoint's tower),
// after it (the tower with the tuned last MLP block, what the paper measures) and of the head's image embedding
// I = α·E_i(x) + (1 − α)·F_i(E_i(x)) on the tuned tower (what the concept scores are computed from).
struct AlignmentProxy
{
    QString folder;
    int classes = 0;
    int images = 0;
    double before = NAN;
    double after = NAN;         // tuned tower
    double afterResidual = NAN; // I after F_i / α
    // A drop of more than this (accuracy 0..1; 0.10 = 10 points) is warned about.
    static constexpr double kWarnDrop = 0.10;

    double drop() const { return before - after; }
    double dropResidual() const { return before - afterResidual; }
    // {folder, classes, images, before, after, after_residual, drop, drop_residual, prompt}.
    QJsonObject toJson() const;
    // The lines the training log shows: the figures, and one warning line per drop above kWarnDrop.
    QStringList logLines() const;
};

} // namespace descry
