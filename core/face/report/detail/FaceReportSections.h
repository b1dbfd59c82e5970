#pragma once

#include "core/face/pipeline/FaceComparison.h"
#include "core/face/report/FaceReport.h"
#include "core/report/ReportPainter.h"

#include <QColor>
#include <QString>

// The sections of the face comparison report, in report order; each draws at the painter's cursor.
namespace descry::detail::face_report {

constexpr int kTopGroups = 15; // rows of the table of largest group contributions

void summary(ReportPainter& rp, const FaceComparisonResult& result);
void faces(ReportPainter& rp, const FaceComparisonResult& result);
void explanation(ReportPainter& rp, const FaceComparisonResult& result);
void contributions(ReportPainter& rp, const FaceComparisonResult& result);
void method(ReportPainter& rp, const FaceComparisonResult& result);
void provenance(ReportPainter& rp, const FaceComparisonResult& result, const QDateTime& generatedUtc);
// The case's integrity and signature, under the case line of the title (nothing when the extras have neither).
void integrityLine(ReportPainter& rp, const ReportExtras& extras);
// The what-if notice on the first page (nothing when the report is not exported during a what-if).
void whatIfNotice(ReportPainter& rp, const FaceComparisonResult& result, const ReportExtras& extras);
// Examiner notes and the audit summary (counts per action, first and last time, every lock and amendment in full).
// Returns the next free section number.
int examinerAdditions(ReportPainter& rp, const ReportExtras& extras);
// The audit summary alone, as section `section` (also used by the chest-X-ray report).
void auditSummary(ReportPainter& rp, const QList<AuditEntry>& audit, int section);
// The last section of the body: the examiner's conclusion, the model's decision and the likelihood ratio as three
// separately labelled items, then the signature block (name, role, date, the case's signature).
void conclusion(ReportPainter& rp, const FaceComparisonResult& result, const ReportExtras& extras, int section);
// Both aligned faces with their landmarks, the overlay and the wipe (nothing without both aligned faces).
void alignedFigures(ReportPainter& rp, const FaceComparisonResult& result);
// The examiner's viewing enhancement and moved landmarks, after the faces (nothing when neither was used).
void examinationAids(ReportPainter& rp, const FaceComparisonResult& result, const ReportExtras& extras);
// Case number, title, agency and exhibit numbers under the report title (nothing when none is set).
void caseHeader(ReportPainter& rp, const ReportExtras& extras);
// The whole audit log, on pages of its own at the end.
void auditAppendix(ReportPainter& rp, const ReportExtras& extras);

// Shared formatting.
QString number(double value, int decimals);
QString signedNumber(double value, int decimals); // "+0.120", "−0.045" (U+2212)
QString sectionTitle(int number, const QString& title);

} // namespace descry::detail::face_report
