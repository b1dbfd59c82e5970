#pragma once

#include "core/common/Result.h"
#include "core/face/FaceTypes.h"
#include "core/face/FaceModel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace descry {

// What was measured on one of the two photos.
struct FaceImageReport
{
    QString path;
    QString sha256;
    QSize imageSize;
    DetectedFace face;
    FaceQuality quality;
    QImage aligned224;
    QImage chip150;
    std::vector<double> morphometry; // raw quantities
    std::vector<double> zScores;
};

// One descriptor's activation in one image (group-softmaxed score, 0..1).
struct DescriptorActivation
{
    int conceptIndex = -1;
    QString descriptorId;
    QString text;
    double score = 0;
};

// One FISWG characteristic seen through one concept source, with its share of the decision.
struct GroupExplanation
{
    int layoutGroup = -1;
    QString component;     // component id
    QString componentName; // display name
    QString characteristic;
    QString characteristicName;
    QString source;        // measured | appearance
    double similarity = 0; // Bhattacharyya overlap of the two images' descriptor distributions (0..1)
    double contribution = 0; // Σ of the group's c_k: its share of the score
    QList<DescriptorActivation> probeTop;     // descriptors of the group, most activated first
    QList<DescriptorActivation> referenceTop;
};

// The full, explained outcome of comparing a probe with a reference photo.
struct FaceComparisonResult
{
    QString packName, packVersion, packSha256, catalogName, catalogVersion, catalogSha256;
    FaceImageReport probe, reference;
    double score = 0;
    double threshold = 0;
    QString decision; // match | non-match | inconclusive
    QStringList reasons; // why inconclusive (quality)
    double baselineScore = 0;
    double baselineThreshold = 0;
    QString baselineDecision; // match | non-match
    QList<GroupExplanation> groups; // sorted by |contribution|, largest first
    std::vector<double> contributions; // c_k per concept
    std::vector<float> ssmProbe, ssmReference;
    double biasTerm = 0;
    double residual = 0;
    QStringList sentences; // plain-language explanation
    double msLoad = 0, msProbe = 0, msReference = 0, msHead = 0, msTotal = 0;

    bool baselineDisagrees() const { return decision != QLatin1String("inconclusive") && decision != baselineDecision; }
    QJsonObject toJson() const;
};

// Options of one comparison.
struct CompareOptions
{
    bool cropped = false; // both photos are already face crops
};

// Compares two photos with a face pack: detection, alignment, concepts, decision, exact decomposition and
// explanation. Synchronous and thread-agnostic; progress(stage 0..4, text) and cancel between stages.
class FaceComparison
{
public:
    explicit FaceComparison(std::shared_ptr<const FaceModel> model) : m_model(std::move(model)) {}

    Result<FaceComparisonResult> compare(const QString& probePath, const QString& referencePath,
                                         const CompareOptions& options = {},
                                         const std::function<void(int, const QString&)>& progress = {},
                                         const std::atomic<bool>* cancel = nullptr) const;

    const FaceModel& model() const { return *m_model; }

    // Recomputes the score with some concepts switched off (what-if): keep[k] false removes concept k after the
    // group softmax. Returns the new score; everything after the softmax is linear, so this is exact and instant.
    static Result<double> scoreWithout(const FaceComparisonResult& result, const FaceModel& model,
                                       const std::vector<bool>& keep);

private:
    std::shared_ptr<const FaceModel> m_model;
};

} // namespace descry
