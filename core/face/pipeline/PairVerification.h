#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/eval/Verification.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/ComponentExclusion.h"
#include "core/face/pipeline/PairsCsv.h"

#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <functional>

namespace descry {

// How a pairs list is verified.
struct PairVerificationOptions
{
    bool cropped = false;      // the photos are face crops: use the whole image when no face is detected
    bool allowDamaged = false; // analyse truncated/corrupt photos that still decode instead of failing their pairs
    // Threads analysing images at once (1: the calling thread does all the work). The figures never depend on it:
    // every image is analysed on its own and the pairs are scored afterwards in list order.
    int workers = 1;
    // Runs once on each worker thread it starts, before its first image (workers > 1; hashing and analysis each
    // start their own), e.g. to set LibTorch's intra-op threads, which are a per-thread setting.
    std::function<void()> workerStarted;
};

// What became of one pair of a list: its two scores, or the image that could not be analysed and why. The unit
// that shards of a list carry and that `eval merge` puts back together.
struct PairOutcome
{
    int pair = 0; // 0-based index in the whole list
    int line = 0; // line in the pairs file; 0 when unknown
    QString a;
    QString b;
    int same = 0;
    int fold = 0; // 0..9: the pair's fold in the whole list (assignFolds over every pair's label, scored or not)
    bool scored = false;
    double explainable = 0;   // scored: the face score as compare gives it (scorePair, after exclusions)
    double baseline = 0;      // scored: the baseline's cosine
    QString file;             // not scored: the image that could not be analysed
    QString reason;           // not scored: why (its error message without the file name)
    QStringList inconclusive; // scored: why compare would call the pair inconclusive (empty: it would decide)
    // scored: what left the score (scorePair: hidden components, characteristics not measured), as compare says
    QList<ExcludedComponent> excluded;
};

// [{"component", "reason", "name"?, "detail"?}, ...]: a pair's exclusions as verify-pairs and the shards write them.
QJsonArray exclusionsToJson(const QList<ExcludedComponent>& excluded);

// The outcomes of a run over pairs [begin, end) of a list, and what it cost.
struct PairScoring
{
    QList<PairOutcome> outcomes; // in list order
    int images = 0;              // distinct image paths of those pairs
    int analyses = 0;            // distinct image contents (SHA-256) actually analysed
    int workers = 1;
    double seconds = 0; // wall-clock time of hashing and analysis
};

// 1:1 verification over a pairs list with both the explainable model and the black-box baseline.
struct PairVerificationReport
{
    int pairs = 0;  // scored pairs
    int images = 0; // distinct images analysed
    // {pair, line, a, b, same, file, reason}: pairs not scored; `file` is the image that could not be analysed
    // and `reason` why (its error message without the file name), e.g. "no face found".
    QJsonArray failed;
    // {pair, a, b, same, reasons}: scored pairs that compare's quality gate would call inconclusive; `pair` is the
    // 0-based index of the pair in the list given to verifyPairs. They still count in the figures below.
    QJsonArray inconclusive;
    // {"pairs_with_exclusions", "by_reason": {reason: pairs}, "by_component": {id: pairs}, "pairs": [{pair, a, b,
    // same, excluded: [{component, reason, ...}]}]}: the scored pairs whose score left something out (only those).
    QJsonObject exclusions;
    VerificationResult explainable;
    VerificationResult baseline;
    double secondsPerImage = 0; // wall-clock seconds per distinct image (with all workers running)
    // How the run went (not part of the result: a merge of shards reports its own): workers, distinct contents
    // analysed, seconds.
    QJsonObject run;
    // The pack's LR on these pairs (lrCheckOnPairs: Cllr, so a lab can check the calibration on its own data);
    // null for a pack without an LR calibration, with likelihoodRatioReason.
    QJsonValue likelihoodRatio;
    QString likelihoodRatioReason;

    // Each failure reason once with its number of pairs, most frequent first (ties: first seen first).
    QList<QPair<QString, int>> failureReasons() const;
    QJsonObject toJson() const;
};

// Scores pairs [begin, end) of `rows` (the whole list: the folds are those of the whole list). Every distinct
// image path of those pairs is hashed (SHA-256) and each distinct content analysed once, on options.workers
// threads; a pair reuses the analyses of its images. Progress: the fraction of distinct contents analysed with
// "image N of M" (from the calling thread); cancel polled between images. Model and internal errors stop the run;
// an image that cannot be analysed only fails its pairs.
Result<PairScoring> scorePairs(const FaceModel& model, const QList<PairRow>& rows, qsizetype begin, qsizetype end,
                               const PairVerificationOptions& options, const Progress& progress = {});

// The figures of a whole list from every pair's outcome in list order: the one computation behind verify-pairs
// and `eval merge`, so a merge of shards gives exactly the figures of one run. Input error listing the reasons
// when no pair was scored. With the pack the pairs were scored with, also the checks that need it (the LR's
// Cllr on these pairs). `images` and the timing are left to the caller.
Result<PairVerificationReport> summarisePairs(const QList<PairOutcome>& outcomes, const FaceModel* model = nullptr);

// Analyses every distinct image once, scores every pair (inconclusive ones included: the standard all-pairs
// protocol), runs the 10-fold protocol (folds of the whole list: a pair that cannot be scored leaves a gap in its
// fold instead of moving the others into other folds, so LFW's official folds stay the official ones) and lists the
// pairs the quality gate would call inconclusive. Synchronous; progress: the fraction of the distinct images analysed,
// with "image N of M"; cancel polled between images. Input error listing the reasons (the most frequent few, with their
// counts) when no pair could be scored.
Result<PairVerificationReport> verifyPairs(const FaceModel& model, const QList<PairRow>& rows,
                                           const PairVerificationOptions& options, const Progress& progress = {});

// The same with progress as (images done, distinct images) and a bare cancel flag, for callers that count.
Result<PairVerificationReport> verifyPairs(const FaceModel& model, const QList<PairRow>& rows, bool cropped,
                                           const std::function<void(int, int)>& progress = {},
                                           const std::atomic<bool>* cancel = nullptr);

} // namespace descry
