#pragma once

#include "core/cxr/report/CxrReport.h"
#include "core/report/ReportPainter.h"

#include <QColor>
#include <QHash>
#include <QSet>
#include <QString>

// The sections of the chest-X-ray report, in report order; each draws at the painter's cursor. The input they get
// has already been stripped of patient identifiers when those are to be omitted (see CxrReport.cpp).
namespace descry::detail::cxr_report {

constexpr int kTopDescriptors = 15; // bars of the per-descriptor contribution chart

// Numbers the sections as they are drawn: the checklist-only report has fewer.
struct Sections
{
    int next = 1;
    QString title(const QString& text) { return QStringLiteral("%1   %2").arg(next++).arg(text); }
};

// Case, reader, integrity and signature under the title; then the patient identifiers or the note that they are
// omitted (`redacted`: how many mentions in paths, notes and the audit trail were replaced).
void header(ReportPainter& rp, const CxrReportInput& input, int redacted);
void summary(ReportPainter& rp, const CxrReportInput& input);
void image(ReportPainter& rp, const CxrReportInput& input, Sections& sections);
void calibration(ReportPainter& rp, const CxrReviewResult& review, Sections& sections);
void presentDescriptors(ReportPainter& rp, const CxrReportInput& input, Sections& sections);
void contributions(ReportPainter& rp, const CxrReviewResult& review, Sections& sections);
void checklist(ReportPainter& rp, const CxrReportInput& input, Sections& sections);
void notes(ReportPainter& rp, const CxrReportInput& input, Sections& sections);
void provenance(ReportPainter& rp, const CxrReportInput& input, const QDateTime& generatedUtc, Sections& sections);
void studyFiles(ReportPainter& rp, const CxrReportInput& input, Sections& sections);
void audit(ReportPainter& rp, const CxrReportInput& input, Sections& sections);
// The whole audit log, on pages of its own at the end (nothing without an audit trail).
void auditAppendix(ReportPainter& rp, const CxrReportInput& input);

// The model's reading of every descriptor of a review: its scores, and whether it is the most activated descriptor
// of its group (for a normal grade: the model reads the group as normal).
struct ModelReading
{
    QHash<QString, CxrDescriptorScore> scores;
    QSet<QString> top;
};
ModelReading modelReading(const CxrReviewResult& review);

// One descriptor of the checklist, in catalog order: from the input's catalog, or from the review's groups when the
// caller gave no catalog.
struct ChecklistItem
{
    QString groupName;
    QString id;
    QString text;
    bool firstOfGroup = false;
};
QList<ChecklistItem> checklistItems(const CxrReportInput& input);

// How the radiologist's checklist compares with the model's reading of one descriptor.
enum class Agreement { NotAssessed, Agrees, Disagrees, Uncertain };
Agreement agreement(ChecklistState radiologist, bool modelReadsPresent);
QString agreementText(Agreement agreement);
QColor agreementColour(Agreement agreement);

// The colour of a decision: effusion red, no effusion green, indeterminate amber.
QColor decisionColour(CxrDecision decision);
// Bars and values toward effusion (> 0) and toward no effusion (< 0).
QColor towardEffusionColour();
QColor towardNoEffusionColour();

} // namespace descry::detail::cxr_report
