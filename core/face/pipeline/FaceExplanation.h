#pragma once

#include "core/face/pipeline/FaceComparison.h"

namespace descry {

// Per-group explanation read off the numbers that decided: each group's contribution (Σ c_k), the overlap
// of the two images' descriptor distributions and their most activated descriptors. Sorted by |contribution|.
QList<GroupExplanation> explainGroups(const FaceModel& model, const std::vector<float>& ssmProbe,
                                      const std::vector<float>& ssmReference, const std::vector<double>& contributions);

// Block heads: each group's block cosine and weight (BlockDecomposition) from the scores the result used (after
// any exclusions; b with excluded blocks zeroed), checked against the group's Σ c_k (Internal error when they
// disagree by more than kResidualTolerance). Leaves a full head's groups untouched.
Status fillBlockShares(const FaceModel& model, const std::vector<float>& ssmProbe,
                       const std::vector<float>& ssmReference, const std::vector<float>& b,
                       QList<GroupExplanation>* groups);

// One sentence naming what was excluded from the score and why, with the whole-face score; empty without.
QString exclusionSummary(const FaceComparisonResult& result);

// Plain-language sentences for examiners: what drove the decision, in FISWG terms.
QStringList explanationSentences(const FaceComparisonResult& result);

} // namespace descry
