#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/eval/Verification.h"
#include "core/face/FaceModel.h"

#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <functional>

namespace descry {

// One line of a pairs file: two image paths and whether they show the same person.
struct PairRow
{
    QString a;
    QString b;
    int same = 0;
    int line = 0; // 1-based line in the pairs file; 0 when the row did not come from one
};

// Reads "path1,path2,same(0/1)" lines; blank lines and '#' comments are skipped anywhere, and the first other line
// is a header when its third column is not 0 or 1. Relative paths are resolved against `root` (default: the CSV's
// folder). Input error naming the file: over kMaxListFileBytes, a folder, unreadable, or the line number of a
// malformed line.
Result<QList<PairRow>> readPairsCsv(const QString& path, const QString& root = {});

// The distinct image paths of `rows` in first-seen order; linear in the rows (a hash set).
QStringList distinctImages(const QList<PairRow>& rows);

// How a pairs list is verified.
struct PairVerificationOptions
{
    bool cropped = false;      // the photos are face crops: use the whole image when no face is detected
    bool allowDamaged = false; // analyse truncated/corrupt photos that still decode instead of failing their pairs
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
    VerificationResult explainable;
    VerificationResult baseline;
    double secondsPerImage = 0;

    // Each failure reason once with its number of pairs, most frequent first (ties: first seen first).
    QList<QPair<QString, int>> failureReasons() const;
    QJsonObject toJson() const;
};

// Analyses every distinct image once, scores every pair (inconclusive ones included: the standard all-pairs
// protocol), runs the 10-fold protocol and lists the pairs the quality gate would call inconclusive. Synchronous;
// progress: the fraction of the distinct images analysed, with "image N of M"; cancel polled between images.
// Input error listing the reasons (the most frequent few, with their counts) when no pair could be scored.
Result<PairVerificationReport> verifyPairs(const FaceModel& model, const QList<PairRow>& rows,
                                           const PairVerificationOptions& options, const Progress& progress = {});

// The same with progress as (images done, distinct images) and a bare cancel flag, for callers that count.
Result<PairVerificationReport> verifyPairs(const FaceModel& model, const QList<PairRow>& rows, bool cropped,
                                           const std::function<void(int, int)>& progress = {},
                                           const std::atomic<bool>* cancel = nullptr);

} // namespace descry
