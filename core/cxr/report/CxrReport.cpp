#include "core/cxr/report/CxrReport.h"

#include "core/common/AtomicFile.h"
#include "core/common/Tr.h"
#include "core/cxr/report/detail/CxrReportSections.h"
#include "core/report/ReportPainter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace descry {

namespace {

// Removes every mention of the patient's identifiers from the free text of a report (paths, notes, the audit
// trail, the case id), for reports without identifiers: a file named after the patient must not leak the name.
// Values are matched whole (not inside a longer word or a hash), case-insensitively; names by each part.
class IdentifierScrubber
{
public:
    explicit IdentifierScrubber(const ImageIdentifiers& id)
    {
        QStringList terms;
        auto add = [&terms](const QString& value, int minimum) {
            if (value.trimmed().size() >= minimum)
                terms << value.trimmed();
        };
        for (const QString& name : {id.patientName, id.referringPhysician}) {
            add(name, 2);
            // DICOM names separate their parts by '^'; any part may appear alone or in another order.
            for (const QString& part : name.split(QRegularExpression(QStringLiteral("[\\^\\s,]+")), Qt::SkipEmptyParts))
                add(part, 2);
        }
        for (const QString& value : {id.patientId, id.accessionNumber, id.studyId, id.institutionName,
                                     id.studyInstanceUid, id.seriesInstanceUid, id.sopInstanceUid})
            add(value, 3);
        add(id.patientBirthDate, 6);
        static const QRegularExpression da(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
        if (const auto m = da.match(id.patientBirthDate.trimmed()); m.hasMatch())
            terms << QStringLiteral("%1-%2-%3").arg(m.captured(1), m.captured(2), m.captured(3));
        terms.removeDuplicates();
        if (terms.isEmpty())
            return;
        // Longest first, so that a full name goes before its parts.
        std::sort(terms.begin(), terms.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        QStringList escaped;
        for (const QString& t : terms)
            escaped << QRegularExpression::escape(t);
        m_pattern = QRegularExpression(
            QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)(?![\\p{L}\\p{N}])").arg(escaped.join(QLatin1Char('|'))),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    }

    void scrub(QString& text)
    {
        if (!m_pattern.isValid() || m_pattern.pattern().isEmpty() || text.isEmpty())
            return;
        const qsizetype before = m_count;
        for (auto it = m_pattern.globalMatch(text); it.hasNext(); it.next())
            ++m_count;
        if (m_count != before)
            text.replace(m_pattern, Tr::tr("[omitted]"));
    }
    void scrub(QStringList& texts)
    {
        for (QString& t : texts)
            scrub(t);
    }
    int count() const { return int(m_count); }

private:
    QRegularExpression m_pattern;
    qsizetype m_count = 0;
};

// The input as a report without identifiers shows it; `redacted` counts the mentions replaced.
CxrReportInput withoutIdentifiers(const CxrReportInput& input, int* redacted)
{
    CxrReportInput out = input;
    IdentifierScrubber s(input.identifiers);
    out.identifiers = ImageIdentifiers();
    s.scrub(out.windowText);
    s.scrub(out.imagePath);
    for (auto& file : out.studyFiles)
        s.scrub(file.first);
    s.scrub(out.notes);
    s.scrub(out.reader);
    s.scrub(out.caseId);
    s.scrub(out.integrity);
    s.scrub(out.signer);
    for (AuditEntry& e : out.audit) {
        s.scrub(e.detail);
        s.scrub(e.examiner);
    }
    if (out.review) {
        // The explanation sentences and the decision reason are written by Descry from the catalog and the pack's
        // calibration, never from the study, and are left whole (a patient named "Small" keeps "small effusion").
        CxrReviewResult& r = *out.review;
        for (QString* text : {&r.imagePath, &r.windowText, &r.conversion, &r.encoderSummary})
            s.scrub(*text);
    }
    *redacted = s.count();
    return out;
}

} // namespace

Result<QByteArray> renderCxrReportPdf(const CxrReportInput& original)
{
    namespace cr = detail::cxr_report;
    if (original.modelOutputHidden)
        return Error(ErrorCode::Usage, Tr::tr("blind review: export is available once the analysis is locked"));
    int redacted = 0;
    const CxrReportInput input = original.includeIdentifiers ? original : withoutIdentifiers(original, &redacted);
    const std::optional<CxrReviewResult>& review = input.review;

    ReportPainter::Decoration decoration;
    decoration.title = Tr::tr("Chest X-ray report");
    decoration.caseId = input.caseId;
    decoration.generatedUtc = QDateTime::currentDateTimeUtc();
    decoration.footerNote = review ? Tr::tr("Model pack %1 %2   ·   Descry %3")
                                         .arg(review->packName, review->packVersion, QStringLiteral(DESCRY_VERSION))
                                   : Tr::tr("No model pack   ·   Descry %1").arg(QStringLiteral(DESCRY_VERSION));
    return ReportPainter::render(decoration, [&](ReportPainter& rp) {
        cr::Sections sections;
        rp.title(decoration.title, review ? Tr::tr("Explainable review for pleural effusion")
                                          : Tr::tr("The radiologist's reading of a chest radiograph"));
        cr::header(rp, input, redacted);
        cr::summary(rp, input);
        cr::image(rp, input, sections);
        if (review) {
            cr::calibration(rp, *review, sections);
            cr::presentDescriptors(rp, input, sections);
            cr::contributions(rp, *review, sections);
        }
        cr::checklist(rp, input, sections);
        cr::notes(rp, input, sections);
        cr::provenance(rp, input, decoration.generatedUtc, sections);
        cr::studyFiles(rp, input, sections);
        cr::audit(rp, input, sections);
        cr::auditAppendix(rp, input);
        rp.endMark(Tr::tr("End of report"));
    });
}

Status writeCxrReportPdf(const QString& path, const CxrReportInput& input)
{
    auto pdf = renderCxrReportPdf(input);
    if (!pdf)
        return pdf.error().withFile(path);
    // The report must never take the place of the evidence it describes.
    QStringList evidence = input.protectedPaths;
    for (const QString& p : {input.imagePath, input.review ? input.review->imagePath : QString()})
        if (!p.isEmpty())
            evidence << p;
    for (const auto& file : input.studyFiles)
        if (!file.first.isEmpty())
            evidence << file.first;
    if (Status s = checkOutputPath(path, evidence); !s)
        return s;
    // Replacing an earlier report is fine; replacing any other file (an image, a document) is not.
    if (QFileInfo(path).isFile()) {
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && !existing.read(5).startsWith("%PDF-"))
            return Error(ErrorCode::Usage,
                         Tr::tr("exists and is not a PDF report; it is not replaced, choose another file"), path);
    }
    return writeFileAtomically(path, *pdf, evidence);
}

} // namespace descry
