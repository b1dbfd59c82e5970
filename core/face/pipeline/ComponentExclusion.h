#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

#include <vector>

namespace descry {

struct FaceComparisonResult;
struct FaceConceptLayout;
class Catalog;
class ConceptHead;
class FaceModel;

// One FISWG component (or, for "not-measured", one characteristic) left out of a comparison's score, and why.
struct ExcludedComponent
{
    QString component; // component id (e.g. "eyes"); for reason "not-measured" also a characteristic id
    QString reason;    // "not-visible" | "not-assessable" | "not-measured"
    QString detail;    // plain words, e.g. "dark glasses over the eyes"
    QString name =
        {}; // display name ("Eyes"), filled in by applyExclusions (initialised: {c, r, d} stays -Wextra clean)
};

// Removes every layout group of the excluded components (for "not-measured" a single characteristic may be
// named instead) from BOTH faces' embeddings: their concepts are set to 0 after the group softmax, so with a
// block head their blocks drop out. Re-computes score, decision (the pack threshold, calibrated on full faces),
// contributions and explanation on what is left (the cosine re-normalises), keeps the first full score in
// `scoreBeforeExclusions` and appends the exclusions to `excluded`. Applying it again to an already excluded
// result adds to the exclusions. InvalidInput naming the component when an id is not in the pack's catalog or
// a reason is unknown; the result is untouched on error.
Status applyExclusions(FaceComparisonResult* r, const FaceModel& model, const QList<ExcludedComponent>& ex);

// The comparison as a what-if shows it, so that the tree, the chart, the explanation and the report all follow
// it: `result` with the concepts where keep[k] is false (one entry per concept) removed from both faces, as
// applyExclusions removes components: score (re-normalised), decision, contributions and sentences recomputed;
// every group stays listed (a switched-off one with a share of 0); `excluded` and the whole-face score stay. Usage
// error when `keep` does not fit the result or nothing would be left.
Result<FaceComparisonResult> applyWhatIfMask(const FaceComparisonResult& result, const FaceModel& model,
                                             const std::vector<bool>& keep);

// Concept mask of the exclusions (keep[k] false for every concept of an excluded group), N = model concepts.
Result<std::vector<bool>> exclusionMask(const FaceModel& model, const QList<ExcludedComponent>& ex);
// The same from a catalog and its layout (training, before a pack exists); `named`, when given, gets the
// exclusions with their display names filled in.
Result<std::vector<bool>> exclusionMask(const Catalog& catalog, const FaceConceptLayout& layout,
                                        const QList<ExcludedComponent>& ex, QList<ExcludedComponent>* named = nullptr);

// Cosine of the two faces' embeddings recomputed from their group-softmaxed scores with the concepts where
// keep[k] is false set to 0 (and, for a block head, their blocks' bias): the score of a pair with exclusions.
double maskedPairScore(const ConceptHead& head, const std::vector<float>& ssmA, const std::vector<float>& ssmB,
                       const std::vector<bool>& keep);

// The reasons applyExclusions accepts.
bool isExclusionReason(const QString& reason);

// What removing some layout groups from a comparison does (the GUI's what-if): their share of the current score
// and the re-normalised score without them, side by side, with the sentence that says why the two differ.
struct WhatIf
{
    double share = 0;        // Σ of the removed groups' contributions to the current score
    double scoreBefore = 0;  // the current score
    double scoreWithout = 0; // cosine of the two embeddings without the removed groups (re-normalised)
    double delta = 0;        // scoreWithout − scoreBefore
    double normRatio = 1;    // |e_p'||e_r'| / (|e_p||e_r|): how much the embeddings shrank
    QString sentence;        // "Removing Mouth changes the score by +0.171, not by its share −0.130: ..."
};

// `layoutGroups` are indices into model.layout().groups; `label` names them in the sentence (e.g. "Mouth").
// Concepts already excluded from `result` stay excluded. Usage error for an unknown group.
Result<WhatIf> whatIfWithout(const FaceComparisonResult& result, const FaceModel& model, const QList<int>& layoutGroups,
                             const QString& label);
// The same for any set of concepts: keep[k] false removes concept k (one entry per concept).
Result<WhatIf> whatIfWithMask(const FaceComparisonResult& result, const FaceModel& model, const std::vector<bool>& keep,
                              const QString& label);

} // namespace descry
