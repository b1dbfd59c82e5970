#include "core/common/Tr.h"
#include "core/cxr/report/detail/CxrReportSections.h"
#include "core/face/report/detail/FaceReportSections.h"
#include "core/report/ReportTable.h"

#include <QDateTime>
#include <QRegularExpression>

// The record around the reading: who and which patient, notes, provenance, the study files and the audit trail.
namespace descry::detail::cxr_report {

using face_report::number;

namespace {

// "DOE^JOHN^A" (DICOM person name: family^given^middle^prefix^suffix) as "DOE, JOHN A".
QString personName(const QString& dicom)
{
    QStringList parts = dicom.split(QLatin1Char('^'));
    for (QString& part : parts)
        part = part.simplified();
    const QString family = parts.value(0);
    parts.removeFirst();
    parts.removeAll(QString());
    if (parts.isEmpty())
        return family;
    return family.isEmpty() ? parts.join(QLatin1Char(' '))
                            : family + QStringLiteral(", ") + parts.join(QLatin1Char(' '));
}

// "19470312" (DICOM DA) as "1947-03-12"; anything else as it is.
QString dicomDate(const QString& da)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{8}$"));
    return digits.match(da).hasMatch() ? QStringLiteral("%1-%2-%3").arg(da.left(4), da.mid(4, 2), da.mid(6, 2)) : da;
}

ReportTable::Cell mono(const QString& text)
{
    ReportTable::Cell cell(text.isEmpty() ? QStringLiteral("—") : text);
    cell.mono = !text.isEmpty();
    return cell;
}

ReportTable keyValueTable()
{
    ReportTable table;
    table.showHeader = false;
    table.firstColumnMuted = true;
    table.columns = {{QString(), 1}, {QString(), 3.2}};
    return table;
}

void identifiers(ReportPainter& rp, const CxrReportInput& input)
{
    const ImageIdentifiers& id = input.identifiers;
    ReportTable table = keyValueTable();
    const QList<QPair<QString, QString>> rows = {
        {Tr::tr("Patient name"), personName(id.patientName)},
        {Tr::tr("Patient ID"), id.patientId},
        {Tr::tr("Birth date"), dicomDate(id.patientBirthDate)},
        {Tr::tr("Sex"), id.patientSex},
        {Tr::tr("Accession number"), id.accessionNumber},
        {Tr::tr("Study ID"), id.studyId},
        {Tr::tr("Study date"), (dicomDate(id.studyDate) + QLatin1Char(' ') + id.studyTime).trimmed()},
        {Tr::tr("Institution"), id.institutionName},
        {Tr::tr("Referring physician"), personName(id.referringPhysician)},
        {Tr::tr("Study instance UID"), id.studyInstanceUid},
    };
    for (const auto& [label, value] : rows)
        if (!value.trimmed().isEmpty())
            table.rows.append({label, value});
    rp.subheading(Tr::tr("Patient"), 20);
    if (table.rows.isEmpty()) {
        rp.paragraph(Tr::tr("The image carries no patient identifiers."), ReportPainter::Font::Small,
                     ReportPainter::mutedColor());
        return;
    }
    table.keepTogether = true;
    table.paint(rp);
}

} // namespace

void header(ReportPainter& rp, const CxrReportInput& input, int redacted)
{
    QStringList who;
    if (!input.caseId.isEmpty())
        who << Tr::tr("Case: %1").arg(input.caseId);
    if (!input.reader.isEmpty())
        who << Tr::tr("Reader: %1").arg(input.reader);
    rp.setY(rp.y() - rp.mm(2.5));
    if (!who.isEmpty())
        rp.paragraph(who.join(QStringLiteral("      ")), ReportPainter::Font::BodyBold);
    ReportExtras extras;
    extras.integrity = input.integrity;
    extras.signer = input.signer;
    face_report::integrityLine(rp, extras);
    if (input.includeIdentifiers) {
        identifiers(rp, input);
    } else {
        QString note = Tr::tr("Patient identifiers are omitted from this report (setting \"Include patient "
                              "identifiers in reports\").");
        if (redacted > 0)
            note += QLatin1Char(' ') + Tr::tr("%n mention(s) of them in file names, notes or the audit trail are "
                                              "replaced by \"[omitted]\".",
                                              nullptr, redacted);
        rp.paragraph(note, ReportPainter::Font::Small, ReportPainter::mutedColor());
    }
    rp.space(2);
}

void notes(ReportPainter& rp, const CxrReportInput& input, Sections& sections)
{
    rp.heading(sections.title(Tr::tr("Notes")));
    if (!input.reader.isEmpty())
        rp.paragraph(Tr::tr("Reader: %1").arg(input.reader), ReportPainter::Font::Small, ReportPainter::mutedColor());
    const QStringList paragraphs = input.notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    bool any = false;
    for (const QString& p : paragraphs) {
        if (p.trimmed().isEmpty())
            continue;
        rp.paragraph(p.trimmed());
        any = true;
    }
    if (!any)
        rp.paragraph(Tr::tr("No notes were written."), ReportPainter::Font::Body, ReportPainter::mutedColor());
}

void provenance(ReportPainter& rp, const CxrReportInput& input, const QDateTime& generatedUtc, Sections& sections)
{
    // Sub-10 ms stages (the head) keep a decimal, so that they do not read "0 ms".
    auto ms = [](double v) { return Tr::tr("%1 ms").arg(number(v, v < 10 ? 1 : 0)); };
    ReportTable table = keyValueTable();
    const std::optional<CxrReviewResult>& r = input.review;
    if (r) {
        table.rows = {
            {Tr::tr("Model pack"), Tr::tr("%1, version %2").arg(r->packName, r->packVersion)},
            {Tr::tr("Pack SHA-256"), mono(r->packSha256)},
            {Tr::tr("Descriptor catalog"), Tr::tr("%1, version %2").arg(r->catalogName, r->catalogVersion)},
            {Tr::tr("Catalog SHA-256"), mono(r->catalogSha256)},
            {Tr::tr("Image encoder"),
             r->encoderSummary.isEmpty() ? r->encoderType : Tr::tr("%1: %2").arg(r->encoderType, r->encoderSummary)},
            {Tr::tr("Timings"),
             Tr::tr("pack loading %1  ·  decoding %2  ·  encoder %3  ·  head %4  ·  total %5")
                 .arg(ms(r->msLoad), ms(r->msDecode), ms(r->msEncode), ms(r->msHead), ms(r->msTotal))},
        };
    } else {
        table.rows = {
            {Tr::tr("Model pack"), Tr::tr("none: the radiologist's reading only")},
            {Tr::tr("Descriptor catalog"), Tr::tr("%1, version %2").arg(input.catalog.name(), input.catalog.version())},
            {Tr::tr("Catalog SHA-256"), mono(input.catalog.sha256())},
        };
    }
    table.rows.append(
        {Tr::tr("Software"),
         Tr::tr("Descry %1 (Qt %2)").arg(QStringLiteral(DESCRY_VERSION), QString::fromLatin1(qVersion()))});
    table.rows.append({Tr::tr("Report generated"), generatedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))});
    table.keepTogether = true;
    rp.heading(sections.title(Tr::tr("Provenance")), table.height(rp) / rp.mm(1));
    table.paint(rp);
}

void studyFiles(ReportPainter& rp, const CxrReportInput& input, Sections& sections)
{
    QList<QPair<QString, QString>> files = input.studyFiles;
    // The reviewed image is always listed, even when the caller gave no study list.
    if (input.review && !input.review->imagePath.isEmpty()) {
        bool listed = false;
        for (const auto& [path, sha] : files)
            listed = listed || path == input.review->imagePath;
        if (!listed)
            files.prepend({input.review->imagePath, input.review->imageSha256});
    }
    rp.heading(sections.title(Tr::tr("Study files")), 25);
    if (files.isEmpty()) {
        rp.paragraph(Tr::tr("No study files were recorded."), ReportPainter::Font::Body, ReportPainter::mutedColor());
        return;
    }
    rp.paragraph(Tr::tr("%n file(s), each with the SHA-256 of its content as read.", nullptr, int(files.size())),
                 ReportPainter::Font::Small, ReportPainter::mutedColor());
    // Each file on two rows, its path then its SHA-256, so that a whole hash fits on one line (to compare and copy
    // it) however long the path, which wraps.
    ReportTable table = keyValueTable();
    for (int i = 0; i < files.size(); ++i) {
        table.rows.append({Tr::tr("File %1").arg(i + 1), files[i].first});
        table.rows.append({Tr::tr("SHA-256"), mono(files[i].second)});
    }
    table.paint(rp);
}

void audit(ReportPainter& rp, const CxrReportInput& input, Sections& sections)
{
    if (input.audit.isEmpty())
        return;
    face_report::auditSummary(rp, input.audit, sections.next++);
}

void auditAppendix(ReportPainter& rp, const CxrReportInput& input)
{
    ReportExtras extras;
    extras.audit = input.audit;
    face_report::auditAppendix(rp, extras);
}

} // namespace descry::detail::cxr_report
