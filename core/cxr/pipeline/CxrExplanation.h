#pragma once

#include "core/common/Result.h"
#include "core/cxr/pipeline/CxrReview.h"
#include "core/imaging/DisplayPipeline.h"
#include "core/imaging/MedicalImage.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace descry {

// The frame a CXR review shows the encoder and the one-line window it was displayed with.
struct CxrDisplayed
{
    QImage image;
    QString windowText; // "C 2048 W 4096 (preset 1)", "8-bit raster, no window", ...
};

// The display step of a review: the reader's settings, or the file's default window; an 8-bit grey raster image
// without a window from the reader is shown as stored (no min/max stretch: what a viewer of the PNG sees).
CxrDisplayed cxrDisplay(const MedicalImage& image, int frame, const DisplaySettings& settings);

// One line for a resolved window: "C 2048 W 4096 (preset 1)", "C 40 W 400 (custom)", "VOI LUT 1", ", inverted".
QString cxrWindowText(const ResolvedWindow& window, bool colour);

// Fills a review from the head's forward pass and its decomposition: identities, scores, the independent residual
// check (Internal error above kCxrResidualTolerance), the calibrated decision, groups, present descriptors and
// sentences.
Status fillCxrReview(const CxrModel& model, const ConceptOutput& out, const MarginDecomposition& margin,
                     CxrReviewResult* result);

// Where a descriptor puts the finding, from its grade ("blunted_left" -> the patient's left); empty for none.
QString cxrSideText(const QString& descriptorId);

// The plain-language explanation of a filled review (decision, each present descriptor with its direction and
// side, the side they agree on).
QStringList cxrExplanationSentences(const CxrReviewResult& result);

} // namespace descry
