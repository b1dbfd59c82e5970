#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/cxr/CxrModel.h"
#include "core/explain/MarginDecomposition.h"
#include "core/imaging/DisplayPipeline.h"
#include "core/imaging/MedicalImage.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace descry {

enum class CxrDecision { Effusion, NoEffusion, Indeterminate };

// "effusion" | "no-effusion" | "indeterminate"
QString cxrDecisionId(CxrDecision decision);
// Translated display text ("Pleural effusion", "No pleural effusion", "Indeterminate").
QString cxrDecisionText(CxrDecision decision);

// One descriptor's concept scores and share of the margin.
struct CxrDescriptorScore
{
    int conceptIndex = -1; // index into S / Ssm / contributions (catalog order)
    QString id;
    QString text;
    double raw = 0.0;          // S_k = cos(I, T_k)
    double score = 0.0;        // S_sm[k], group-softmaxed (0..1)
    double contribution = 0.0; // c_k = S_sm[k]·(W[k,1] − W[k,0]), toward effusion when > 0
    bool present = false;      // judged present: the group's most activated descriptor and not a `normal` grade
    bool normal = false;
};

// One softmax group (e.g. costophrenic angles) with its share of the margin.
struct CxrGroupResult
{
    int group = -1; // index into Catalog::groups()
    QString id;
    QString name;
    QString component;
    QString componentName;
    double contribution = 0.0;             // Σ of its c_k
    QList<CxrDescriptorScore> descriptors; // the group's descriptors, most activated (S_sm) first
};

// What the model saw and decided for one radiograph, explained.
struct CxrReviewResult
{
    QString packName, packVersion, packSha256, catalogName, catalogVersion, catalogSha256;
    QString encoderType, encoderSummary;
    QString imagePath, imageSha256;
    int frame = 0;
    QString windowText;       // the window the displayed image used, e.g. "C 2048 W 4096 (preset 1)"
    QString conversion;       // CxrEncoderInput::conversion
    QImage displayed, input;  // the displayed frame and the encoder's input
    double probability = 0.0; // P(effusion) = 1 / (1 + exp(−margin))
    double threshold = 0.5;
    bool hasBand = false;
    double bandLow = 0.5, bandHigh = 0.5;
    CxrDecision decision = CxrDecision::Indeterminate;
    QString decisionReason;     // why indeterminate (inside the calibrated band), or how the call was made
    MarginDecomposition margin; // logits, margin, contributions c_k, bias term
    double headMargin = 0.0;    // l_1 − l_0 of the head's own forward pass
    double residual = 0.0;      // headMargin − Σ c_k − biasTerm, computed independently of c_k
    std::vector<float> S, Ssm;
    std::vector<float> W, b;      // the head's aggregation (N×2 row-major) and bias, for exact what-if margins
    QList<CxrGroupResult> groups; // by |contribution|, largest first
    QStringList presentIds;       // descriptors judged present, by contribution toward the decision
    QStringList sentences;        // plain-language explanation (names the present descriptors and the side)
    // What the reader must know about the input (e.g. not a chest radiograph: modality XA, a colour image); the
    // review is still shown.
    QStringList warnings;
    double msLoad = 0, msDecode = 0, msEncode = 0, msHead = 0, msTotal = 0;

    QJsonObject toJson() const;
};

// Largest |head margin − Σ c_k − bias term| accepted.
inline constexpr double kCxrResidualTolerance = 1e-4;

// Options of one review.
struct CxrReviewOptions
{
    int frame = 0;           // 0-based frame of a multi-frame image
    DisplaySettings display; // the reader's window (default: the file's default window)
};

// Reviews one radiograph with a CXR pack: decode (DICOM or raster), display pipeline, encoder input, concept scores,
// decision at the calibrated threshold, exact margin decomposition (checked against the head's forward pass) and
// explanation. Synchronous and thread-agnostic; progress and cancel polled between stages.
// Why `image` is not what a chest X-ray pack was made for (empty when it is a CR/DX/DR radiograph or a grey raster):
// one translated line per reason.
QStringList cxrInputWarnings(const MedicalImage& image);

class CxrReview
{
public:
    explicit CxrReview(std::shared_ptr<const CxrModel> model) : m_model(std::move(model)) {}

    Result<CxrReviewResult> review(const QString& path, const CxrReviewOptions& options = {},
                                   const Progress& progress = {}) const;
    // An image already decoded (the GUI's shown image); `path` and `sha256` identify it in the result.
    Result<CxrReviewResult> review(const MedicalImage& image, const QString& path, const QString& sha256,
                                   const CxrReviewOptions& options = {}, const Progress& progress = {}) const;

    const CxrModel& model() const { return *m_model; }

    // What-if: the margin with some descriptors switched off after the group softmax (keep[k] false removes
    // concept k's contribution); exact, since everything after the softmax is linear. Usage error on sizes.
    static Result<MarginDecomposition> marginWithout(const CxrReviewResult& result, const std::vector<bool>& keep);

private:
    std::shared_ptr<const CxrModel> m_model;
};

} // namespace descry
