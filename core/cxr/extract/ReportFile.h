#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace descry {

// Largest report file read (1 MiB): far above any radiology report, small enough that a wrong file is refused.
inline constexpr qint64 kMaxReportFileBytes = 1024 * 1024;

// One Indiana University (OpenI) chest X-ray report: its id, report text and MeSH major terms.
struct IndianaReport
{
    QString id;         // "CXR1"
    QString findings;   // FINDINGS section (may be empty)
    QString impression; // IMPRESSION section (may be empty)
    QStringList majors; // MeSH <major> terms, e.g. "Pleural Effusion/left/small"
    // "FINDINGS: ...\n\nIMPRESSION: ..." (the sections that are not empty).
    QString text() const;
};

// Parses an OpenI XML report; Input error naming `origin` when it is not one.
Result<IndianaReport> parseIndianaReport(const QByteArray& xml, const QString& origin);

// Report bytes as text: UTF-8 when valid, else Latin-1; Input error naming `origin` for binary data.
Result<QString> decodeReportText(const QByteArray& bytes, const QString& origin);

// The text of a report file (see readReportFile() in ReportExtractor.h).
Result<QString> readReportText(const QString& path);

} // namespace descry
