#pragma once

#include "core/casefile/AuditLog.h"
#include "core/common/Result.h"
#include "core/casefile/CxrChecklist.h"
#include "core/cxr/pipeline/CxrReview.h"
#include "core/descriptors/Catalog.h"
#include "core/imaging/MedicalImage.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace descry {

// Everything a chest-X-ray report for the chart shows. The CLI fills review and the image; the GUI adds the
// radiologist's checklist, notes and the case's audit trail. Without a review (no pack installed, or checklist-only
// mode) the report is the radiologist's own reading: image, checklist, notes, file identity.
struct CxrReportInput
{
    std::optional<CxrReviewResult> review;
    Catalog catalog;    // the descriptors of the checklist (the review's catalog when there is one)
    QImage displayed;   // the image as displayed (the review's when empty)
    QString windowText; // the window values it was displayed with
    QString imagePath;  // the radiograph shown
    QList<QPair<QString, QString>> studyFiles; // every study file of the case: path, SHA-256
    CxrChecklist checklist;
    QString notes;  // the reading notes
    QString reader; // the radiologist
    QString caseId;
    // Patient identifiers are omitted unless this is set (setting "Include patient identifiers in reports").
    bool includeIdentifiers = false;
    // The image's identifiers: fill them whether or not they are included. When omitted, the report shows none of
    // them and replaces every mention of them (a file named after the patient, a note, an audit entry, the case id)
    // by "[omitted]"; left empty, such mentions cannot be found.
    ImageIdentifiers identifiers;
    QList<AuditEntry> audit;
    QString integrity; // CaseFile::integrity().message; empty: not shown
    QString signer;    // who signed, with the key fingerprint; empty: not signed
    // Blind reading not yet locked: rendering is refused so that no export can reveal the model's output.
    bool modelOutputHidden = false;
    QStringList protectedPaths; // evidence files writing the report may never replace
};

// Renders the chest-X-ray explanation report (A4, 300 dpi): the image as displayed with its window values, decision
// and probability with the calibration note, descriptors judged present with their evidence, the contribution chart
// (per group and per descriptor) with the exact decomposition, the radiologist's checklist beside the model's
// reading, notes, pack and catalog hashes, SHA-256 of the study files, identifiers only when included, audit
// summary and appendix. A usage error while input.modelOutputHidden. Needs a QGuiApplication for fonts.
Result<QByteArray> renderCxrReportPdf(const CxrReportInput& input);

// Renders and writes atomically to `path`, never over the image, a study file or input.protectedPaths: on any
// failure the previous file stays untouched and the error names `path`.
Status writeCxrReportPdf(const QString& path, const CxrReportInput& input);

} // namespace descry
