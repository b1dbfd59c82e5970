#pragma once

#include <string>
#include <vector>

namespace descry {

// Binary classification metrics from predicted probabilities of the positive class (CXR: pleural effusion).
struct ClassificationResult
{
    int n = 0;
    int tp = 0, fp = 0, tn = 0, fn = 0;
    double threshold = 0.5; // positive iff probability >= threshold
    double accuracy = 0.0;
    double precision = 0.0; // tp / (tp + fp); 0 when nothing is predicted positive (as scikit-learn)
    double recall = 0.0;    // tp / (tp + fn); 0 when there are no positives
    double f1 = 0.0;        // 2PR / (P + R); 0 when P + R = 0
    double auc = 0.0;       // ROC AUC (Mann–Whitney, ties 0.5); NaN when a class is missing
    std::string problem;    // empty when the inputs were valid; otherwise what was wrong (metrics then meaningless)
};

// labels: 1 positive, 0 negative (other values are a problem). Pure function, thread-safe.
ClassificationResult evaluateClassification(const std::vector<double>& probabilities, const std::vector<int>& labels,
                                            double threshold = 0.5);

// ROC AUC by the Mann–Whitney statistic: P(score_pos > score_neg) + ½·P(score_pos = score_neg), from average ranks
// in O(n log n). labels != 0 are positives. NaN when either class is empty or the sizes differ.
double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels);

} // namespace descry
