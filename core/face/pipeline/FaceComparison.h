#pragma once

#include "core/common/Result.h"
#include "core/face/FaceTypes.h"
#include "core/common/Progress.h"
#include "core/face/FaceDecision.h"
#include "core/explain/CosineDecomposition.h"
#include "core/face/FaceModel.h"
#include "core/face/visibility/ComponentVisibility.h"
#include "core/face/pipeline/ComponentExclusion.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <cmath>
#include <vector>

namespace descry {

// One measured quantity of one photo, as the case, report and JSON record it (issue 13: every measured descriptor
// states its measurement). NaN value = not assessed on this photo (a region outside it, colour of a grey photo).
struct MeasuredQuantity
{
    QString id;             // "skin.darkness"
    QString source;         // the encoder type that measured it: "morphometric", "regions"
    QString characteristic; // the first catalog characteristic it measures
    QString definition;     // that characteristic's measurement.definition
    double value = 0;
    double z = 0;
    // Why a finite value is not assessed: outside the training photos' range (FaceModel::outOfRangeReasons).
    QString notAssessedReason = {}; // initialised: aggregate {id, ..., z} stays -Wextra clean
    bool assessed() const { return std::isfinite(value) && notAssessedReason.isEmpty(); }
};

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
    QList<MeasuredQuantity> measured; // every quantity of the pack's measured vector, in order
    bool damaged = false;             // decoded from a truncated or corrupt file (only with allowDamaged)
    QStringList decoderWarnings;      // what the decoder reported, in plain words
    QString format;          // the photo's format by content: "JPEG (progressive)", "HEIC" (LoadedImage::format)
    QString formatId;        // jpeg, png, webp, heic ... (LoadedImage::formatId)
    int exifOrientation = 1; // the EXIF orientation applied (1 when none)
    QString orientation;     // how it was turned upright: "rotated 90° clockwise (EXIF orientation 6)"
    QString colour;          // the colour conversion: "converted from Adobe RGB (1998) to sRGB"
    QList<ComponentVisibility> visibility; // per FISWG component: visible or hidden (and by what)
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
    QString source;          // measured | appearance
    double similarity = 0;   // Bhattacharyya overlap of the two images' descriptor distributions (0..1)
    double contribution = 0; // Σ of the group's c_k: its share of the score
    // Block heads only (local explanation): cos(e_p^g, e_r^g) of the group's own blocks and its weight
    // |e_p^g||e_r^g| / (|e_p||e_r|), so contribution = blockWeight × blockCosine. NaN for a full head.
    double blockCosine = std::numeric_limits<double>::quiet_NaN();
    double blockWeight = std::numeric_limits<double>::quiet_NaN();
    QList<DescriptorActivation> probeTop; // descriptors of the group, most activated first
    QList<DescriptorActivation> referenceTop;
};

// One FISWG component's share of the score: the sum of its groups' contributions.
struct ComponentShare
{
    QString component; // component id
    QString name;      // display name
    double contribution = 0;
    int groups = 0;
};

// Sums per component, largest |contribution| first; ties keep the first-seen order. Computed once here and
// used by the results tree, the chart and the PDF report.
QList<ComponentShare> componentShares(const QList<GroupExplanation>& groups);

// The full, explained outcome of comparing a probe with a reference photo.
struct FaceComparisonResult
{
    QString packName, packVersion, packSha256, catalogName, catalogVersion, catalogSha256;
    FaceImageReport probe, reference;
    double score = 0;
    double threshold = 0;
    Decision decision = Decision::Inconclusive;
    QStringList reasons; // why inconclusive (quality)
    double baselineScore = 0;
    double baselineThreshold = 0;
    bool baselineAvailable = false; // the pack has a black-box embedding to compare with
    Decision baselineDecision = Decision::NonMatch;
    QList<GroupExplanation> groups;        // sorted by |contribution|, largest first
    std::vector<double> contributions;     // c_k per concept
    std::vector<float> sProbe, sReference; // raw concept scores S (direct scores, then cos(I, T_k))
    std::vector<float> ssmProbe, ssmReference;
    ConceptEncoderInfo conceptEncoder;      // which encoders (and checkpoint) produced the concept scores
    QStringList conceptIds, conceptSources; // per concept: catalog descriptor id and source ("measured", "prompt"...)
    QString baselineEncoder;                // type of the encoder whose plain cosine is the baseline
    double biasTerm = 0;
    QString aggregation = QStringLiteral("full"); // the head's: "block" (local shares) or "full"
    // Head-forward score − Σ c_k − biasTerm: the head's own forward pass checked against the explanation.
    double residual = 0;
    QStringList sentences;                 // plain-language explanation
    LikelihoodRatioResult likelihoodRatio; // evaluative reporting beside the decision (available: the pack has one)
    // Components left out of the score (applyExclusions); score, decision and contributions are then those of
    // what is left, and scoreBeforeExclusions is the full-face score.
    QList<ExcludedComponent> excluded;
    double scoreBeforeExclusions = 0;
    Decision decisionBeforeExclusions = Decision::Inconclusive;
    double msLoad = 0, msProbe = 0, msReference = 0, msHead = 0, msTotal = 0;

    bool baselineDisagrees() const
    {
        return baselineAvailable && decision != Decision::Inconclusive && decision != baselineDecision;
    }
    // Per-component sums of the groups' contributions: what tree, chart and report show.
    QList<ComponentShare> componentShares() const;
    QJsonObject toJson() const;
};

// Largest |head-forward score − Σ c_k − bias term| accepted; float rounding stays below 1e-6.
inline constexpr double kResidualTolerance = 1e-4;

// Splits `headScore` (the cosine of the head's own forward-pass embeddings) into per-descriptor contributions
// read from ssm, W and b, and checks that they add up to it: an Internal error when the explanation and the
// model disagree (e.g. a head whose aggregation matrix is not the one the explanation reads).
Result<CosineDecomposition> explainHeadScore(double headScore, const std::vector<float>& ssmProbe,
                                             const std::vector<float>& ssmReference, const std::vector<float>& W,
                                             const std::vector<float>& b);

// Options of one comparison.
struct CompareOptions
{
    bool cropped = false;      // both photos are already face crops
    bool allowDamaged = false; // accept truncated/corrupt photos that still decode (reported as damaged)
    // Which face of each photo is compared, 0-based, largest first (DetectOptions::faceIndex); -1: the largest.
    int probeFace = -1;
    int referenceFace = -1;
    // Landmarks the examiner moved on each photo (DetectOptions::correctedLandmarks).
    QList<QPair<int, QPointF>> probeLandmarks;
    QList<QPair<int, QPointF>> referenceLandmarks;
};

// Compares two photos with a face pack: detection, alignment, concepts, decision, exact decomposition and
// explanation. Synchronous and thread-agnostic; reports progress and polls its cancel flag between stages.
class FaceComparison
{
public:
    explicit FaceComparison(std::shared_ptr<const FaceModel> model) : m_model(std::move(model)) {}

    Result<FaceComparisonResult> compare(const QString& probePath, const QString& referencePath,
                                         const CompareOptions& options = {}, const Progress& progress = {}) const;

    const FaceModel& model() const { return *m_model; }

    // Recomputes the score with some concepts switched off (what-if): keep[k] false removes concept k after the
    // group softmax (and any exclusions of `result` stay). Returns the new, re-normalised score (whatIfWithMask);
    // everything after the softmax is linear, so this is exact and instant.
    static Result<double> scoreWithout(const FaceComparisonResult& result, const FaceModel& model,
                                       const std::vector<bool>& keep);

private:
    Status scoreAndExplain(const FaceAnalysis& probe, const FaceAnalysis& reference, FaceComparisonResult* r) const;
    std::shared_ptr<const FaceModel> m_model;
};

// Display name of the black-box baseline's encoder for reports and screens: "dlib ResNet" for `dlib-resnet`,
// "CLIP image embedding" for `openclip-vit`, else the type itself (translated).
QString baselineEncoderName(const QString& encoderType);

} // namespace descry
