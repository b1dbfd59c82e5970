#pragma once

#include "core/common/Result.h"
#include "core/face/pipeline/FaceComparison.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace descry {

// What the examiner adds to a report; the GUI fills it, the CLI leaves it empty.
struct ReportExtras
{
    QString caseId;
    QString examiner;
    QList<QPair<QString, QString>> examinerNotes; // component name, note
    QStringList auditSummary;
};

// Renders the PDF explanation report of a face comparison (A4, 300 dpi): summary with the decision and the
// black-box baseline, the two aligned faces with file identity and quality, the explanation, per-component
// contributions (chart and table of the largest groups), the method, provenance and the examiner's additions.
// Thread-agnostic (QtGui painting on a PDF device only); needs a QGuiApplication for fonts.
Result<QByteArray> renderFaceReportPdf(const FaceComparisonResult& result, const ReportExtras& extras = {});

// Renders the report and writes it atomically to `path`: on any failure the previous file stays untouched
// and the error names `path`.
Status writeFaceReportPdf(const QString& path, const FaceComparisonResult& result, const ReportExtras& extras = {});

} // namespace descry
