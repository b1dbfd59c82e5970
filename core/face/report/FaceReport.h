#pragma once

#include "core/casefile/AuditLog.h"
#include "core/casefile/CaseDetails.h"
#include "core/common/Result.h"
#include "core/face/pipeline/FaceComparison.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace descry {

// The examiner's what-if when a report is exported in that state: the result rendered is the what-if's
// (applyWhatIfMask), and the report says so on its first page and in every footer.
struct ReportWhatIf
{
    QString removed;        // what is switched off, in the examiner's units ("Mouth and 2 descriptors")
    int descriptorsOff = 0; // concepts switched off
    double share = 0;       // their share of the full score
    double originalScore = 0;
    Decision originalDecision = Decision::Inconclusive;
    QString sentence; // why share and re-normalised score differ (WhatIf::sentence)
};

// What the case adds to a report; the GUI fills it, the CLI leaves it empty.
struct ReportExtras
{
    QString caseId;
    QString title;       // the case's title; empty: not shown
    CaseDetails details; // case number, agency, exhibits and the examiner's conclusion
    QString examiner;
    QList<QPair<QString, QString>> examinerNotes; // component name, note
    // The case's audit log, oldest first: summarised in the report (counts per action, first and last time, every
    // lock and amendment in full) and listed whole in an appendix.
    QList<AuditEntry> audit;
    QString integrity; // CaseFile::integrity().message; empty: not shown
    QString signer;    // who signed the case and with which key fingerprint; empty: not signed
    // Blind review not yet locked: rendering is refused, so that no export can reveal the model's output.
    bool modelOutputHidden = false;
    // Evidence files besides the two photos of the result, which writing the report may never replace.
    QStringList protectedPaths;
    // Set when the report is exported during a what-if (see ReportWhatIf).
    std::optional<ReportWhatIf> whatIf;
};

// Renders the PDF explanation report of a face comparison (A4, 300 dpi): summary with the decision and the
// black-box baseline, the two aligned faces with file identity, quality and any damage of the input, the
// explanation, per-component contributions (chart and table of the largest groups), the method, provenance, the
// examiner's additions with the case's integrity and an audit summary, and the full audit log as an appendix.
// A usage error while extras.modelOutputHidden. Thread-agnostic (QtGui painting on a PDF device only); needs a
// QGuiApplication for fonts.
Result<QByteArray> renderFaceReportPdf(const FaceComparisonResult& result, const ReportExtras& extras = {});

// Renders the report and writes it atomically to `path`, never over the probe, the reference or any of
// extras.protectedPaths: on any failure the previous file stays untouched and the error names `path`.
Status writeFaceReportPdf(const QString& path, const FaceComparisonResult& result, const ReportExtras& extras = {});

} // namespace descry
