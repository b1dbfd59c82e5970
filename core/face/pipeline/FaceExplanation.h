#pragma once

#include "core/face/pipeline/FaceComparison.h"

namespace descry {

// Per-group explanation read off the numbers that decided: each group's contribution (Σ c_k), the overlap
// of the two images' descriptor distributions and their most activated descriptors. Sorted by |contribution|.
QList<GroupExplanation> explainGroups(const FaceModel& model, const std::vector<float>& ssmProbe,
                                      const std::vector<float>& ssmReference, const std::vector<double>& contributions);

// Plain-language sentences for examiners: what drove the decision, in FISWG terms.
QStringList explanationSentences(const FaceComparisonResult& result);

} // namespace descry
