#pragma once

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
};

// Reads "path1,path2,same(0/1)" lines (a header line and blank/# lines are skipped); relative paths are
// resolved against `root` (default: the CSV's folder). Input error with the line number otherwise.
Result<QList<PairRow>> readPairsCsv(const QString& path, const QString& root = {});

// 1:1 verification over a pairs list with both the explainable model and the black-box baseline.
struct PairVerificationReport
{
    int pairs = 0;
    QJsonArray failed; // {a, b, same, reason}: no face in a or b; these pairs are not scored
    // {pair, a, b, same, reasons}: scored pairs that compare's quality gate would call inconclusive; `pair` is the
    // 0-based index of the pair in the list given to verifyPairs. They still count in the figures below.
    QJsonArray inconclusive;
    VerificationResult explainable;
    VerificationResult baseline;
    double secondsPerImage = 0;
    QJsonObject toJson() const;
};

// Analyses every distinct image once, scores every pair (inconclusive ones included: the standard all-pairs
// protocol), runs the 10-fold protocol and lists the pairs the quality gate would call inconclusive. Synchronous;
// progress(done images, total images); cancel polled between images.
Result<PairVerificationReport> verifyPairs(const FaceModel& model, const QList<PairRow>& rows, bool cropped,
                                           const std::function<void(int, int)>& progress = {},
                                           const std::atomic<bool>* cancel = nullptr);

} // namespace descry
