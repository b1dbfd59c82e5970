#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace descry {

// One row of a gap evaluation: a held-out photo or an augmented copy of one.
struct GapFace
{
    QString dataset;
    int identity = -1;    // < 0: excluded (no face found)
    QString augmentation; // empty: the photo itself
    int source = -1;      // augmented copy: row of its photo
};

// The goal of issue 13: explainable accuracy within `maxGapPoints` of the baseline on every held-out set, and TAR at
// FAR 1 % at least `minTarRatio` × the baseline's.
struct FaceGapGoal
{
    double maxGapPoints = 5.0;
    double minTarRatio = 0.9;
};

// The explainable model against its black-box baseline on held-out photos (DESIGN.md §1 evaluation):
// per dataset, balanced pairs of its photos (sampleBalancedPairs, seed + 1: the pairs `train face` always used);
// "all" = those pairs of every dataset together; then the same pairs with the first photo replaced by each of its
// augmented copies (per dataset, all together, and per augmentation id). Each set: 10-fold accuracy, ROC AUC, TAR at
// FAR 10 %, 1 %, 0.1 % of both models and the gap {accuracy_points = (baseline − explainable)·100, auc_points,
// tar_ratio_far_0.01 / 0.001 = explainable / baseline}; "goal" says whether every set meets `goal`.
// explainable[i] / baseline[i]: the embeddings of row i (cosine scores). Pure function.
QJsonObject evaluateFaceGap(const std::vector<std::vector<float>>& explainable,
                            const std::vector<std::vector<float>>& baseline, const std::vector<GapFace>& faces,
                            uint64_t seed, const FaceGapGoal& goal = {});

// The same with the explainable model's pairs scored by `explainableScore(rowA, rowB)` (FacePairScorer: the
// score compare gives the pair, exclusions and all) instead of the cosine of two embeddings.
QJsonObject evaluateFaceGap(const std::function<double(int, int)>& explainableScore,
                            const std::vector<std::vector<float>>& baseline, const std::vector<GapFace>& faces,
                            uint64_t seed, const FaceGapGoal& goal = {});

// Human lines for the CLI and the training log: one per set ("orl held-out: explainable 95.5 %, baseline 99.6 %,
// gap 4.1 points, TAR@FAR1% 0.88 / 1.00"), then the goal.
QStringList faceGapLines(const QJsonObject& gap);

} // namespace descry
