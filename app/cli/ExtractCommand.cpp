// `descry-cli extract-descriptors REPORT.txt [--catalog C] [--json]` and
// `descry-cli eval extraction --indiana PATH [--covid CSV] [--json] [--errors N]`: the deterministic report reader
// and its evaluation against the Indiana MeSH terms.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"
#include "core/cxr/extract/ExtractionEval.h"
#include "core/cxr/extract/ReportExtractor.h"

#include <QJsonArray>
#include <QJsonObject>

namespace descry::cli {

namespace {

const QString kCatalog = QStringLiteral("catalog");
const QString kIndiana = QStringLiteral("indiana");
const QString kCovid = QStringLiteral("covid");
const QString kErrors = QStringLiteral("errors");
const QString kJson = QStringLiteral("json");

Option catalogOption()
{
    return Option::text(kCatalog, QStringLiteral("C"),
                        Tr::tr("a CXR descriptor catalog with extraction rules (default: the built-in "
                               "cxr-pleural-effusion catalog)"));
}

// The extractor of --catalog or the built-in CXR catalog; a catalog that cannot be used is a model error (exit 3).
Result<ReportExtractor> extractorFor(const ParsedArgs& args)
{
    const QString path = args.isSet(kCatalog) ? args.value(kCatalog) : defaultCxrCatalogPath();
    auto catalog = Catalog::load(path);
    if (!catalog)
        return Error(ErrorCode::Model, catalog.error().message(),
                     catalog.error().file().isEmpty() ? path : catalog.error().file());
    return ReportExtractor::create(*catalog);
}

QString findingText(const ExtractedFinding& f)
{
    if (!f.mentioned)
        return Tr::tr("not mentioned");
    if (!f.present)
        return Tr::tr("uncertain");
    if (!*f.present)
        return Tr::tr("absent");
    QStringList details;
    if (!f.side.isEmpty())
        details << Tr::tr("side %1").arg(f.side);
    if (!f.size.isEmpty())
        details << Tr::tr("size %1").arg(f.size);
    return details.isEmpty() ? Tr::tr("present") : Tr::tr("present (%1)").arg(details.join(QStringLiteral(", ")));
}

QString extractionText(const QString& file, const ReportExtraction& x, const QString& targetText)
{
    QString text = Tr::tr("%1\n%2: %3\n").arg(file, targetText, findingText(x.effusion));
    if (!x.effusion.evidence.isEmpty())
        text += Tr::tr("  evidence: \"%1\" [%2, %3)\n")
                    .arg(x.effusion.evidence)
                    .arg(x.effusion.spanStart)
                    .arg(x.effusion.spanEnd);
    text += Tr::tr("descriptors: %1\n").arg(x.descriptors.size());
    for (const ExtractedDescriptor& d : x.descriptors)
        text += Tr::tr("  %1 (%2): %3%4\n    evidence: \"%5\" [%6, %7)\n")
                    .arg(d.id, d.text, mentionStatusName(d.status), d.historical ? Tr::tr(", historical") : QString(),
                         d.evidence)
                    .arg(d.spanStart)
                    .arg(d.spanEnd);
    return text;
}

ExitCode runExtract(const ParsedArgs& args)
{
    const QString file = args.positional(0);
    auto extractor = extractorFor(args);
    if (!extractor)
        return fail(extractor.error());
    auto text = readReportFile(file);
    if (!text)
        return fail(text.error().withFile(file));
    const ReportExtraction x = extractor->extract(*text);
    if (!args.isSet(kJson)) {
        printText(extractionText(file, x, extractor->catalog().extraction().targetText));
        return ExitCode::Success;
    }
    QJsonObject o = x.toJson();
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("catalog"), QJsonObject{{QStringLiteral("name"), extractor->catalog().name()},
                                                    {QStringLiteral("version"), extractor->catalog().version()},
                                                    {QStringLiteral("sha256"), extractor->catalog().sha256()}});
    printJson(o);
    return ExitCode::Success;
}

QString caseLine(const ExtractionCase& c)
{
    auto finding = [](bool present, const QString& side, const QString& size) {
        if (!present)
            return Tr::tr("absent");
        QString s = Tr::tr("present");
        if (!side.isEmpty())
            s += QLatin1Char('/') + side;
        if (!size.isEmpty())
            s += QLatin1Char('/') + size;
        return s;
    };
    const bool said = c.found.present == std::optional<bool>(true);
    const QString found =
        c.found.mentioned && !c.found.present ? Tr::tr("uncertain") : finding(said, c.found.side, c.found.size);
    return Tr::tr("  %1: MeSH %2, extracted %3\n    \"%4\"\n")
        .arg(c.id, finding(c.truth.present, c.truth.side, c.truth.size), found,
             c.sentence.isEmpty() ? Tr::tr("(no mention of the finding)") : c.sentence);
}

QString evaluationText(const ExtractionEvaluation& e, int errors)
{
    QString t =
        Tr::tr("Indiana reports: n = %1 (MeSH 'Pleural Effusion' as truth; text = FINDINGS + IMPRESSION)\n").arg(e.n);
    t += Tr::tr("confusion matrix (rows MeSH, columns extraction 'present'):\n");
    t += Tr::tr("  MeSH present: %1 extracted present, %2 not\n").arg(e.tp).arg(e.fn);
    t += Tr::tr("  MeSH absent:  %1 extracted present, %2 not\n").arg(e.fp).arg(e.tn);
    t += Tr::tr("precision %1, recall %2, F1 %3\n")
             .arg(e.precision(), 0, 'f', 4)
             .arg(e.recall(), 0, 'f', 4)
             .arg(e.f1(), 0, 'f', 4);
    t += Tr::tr("side accuracy %1/%2, size accuracy %3/%4 (true positives whose MeSH carries them)\n")
             .arg(e.sideCorrect)
             .arg(e.sideN)
             .arg(e.sizeCorrect)
             .arg(e.sizeN);
    const QList<ExtractionCase> shown = e.instructiveErrors(errors);
    if (!shown.isEmpty())
        t += Tr::tr("most instructive errors:\n");
    for (const ExtractionCase& c : shown)
        t += caseLine(c);
    return t;
}

// Extraction on the free-text clinical notes of a CSV (column clinical_notes), one row per note.
Result<QJsonObject> covidRun(const ReportExtractor& extractor, const QString& csv, QString* text)
{
    auto rows = readCsvRows(csv);
    if (!rows)
        return rows.error();
    const int column = int(rows->first().indexOf(QStringLiteral("clinical_notes")));
    if (column < 0)
        return Error(ErrorCode::Input, Tr::tr("has no column 'clinical_notes'"), csv);
    QJsonArray notes;
    int present = 0, absent = 0, uncertain = 0, silent = 0;
    for (int i = 1; i < rows->size(); ++i) {
        const QString note = rows->at(i).value(column);
        const ReportExtraction x = extractor.extract(note);
        const ExtractedFinding& f = x.effusion;
        present += f.present == std::optional<bool>(true) ? 1 : 0;
        absent += f.present == std::optional<bool>(false) ? 1 : 0;
        uncertain += f.mentioned && !f.present ? 1 : 0;
        silent += f.mentioned ? 0 : 1;
        QJsonObject o = x.toJson().value(QStringLiteral("effusion")).toObject();
        o.insert(QStringLiteral("row"), i + 1);
        notes.append(o);
    }
    *text = Tr::tr("%1: %2 notes; effusion present %3, absent %4, uncertain %5, not mentioned %6\n")
                .arg(csv)
                .arg(rows->size() - 1)
                .arg(present)
                .arg(absent)
                .arg(uncertain)
                .arg(silent);
    return QJsonObject{{QStringLiteral("file"), csv},
                       {QStringLiteral("n"), int(rows->size() - 1)},
                       {QStringLiteral("present"), present},
                       {QStringLiteral("absent"), absent},
                       {QStringLiteral("uncertain"), uncertain},
                       {QStringLiteral("not_mentioned"), silent},
                       {QStringLiteral("notes"), notes}};
}

ExitCode runEvalExtraction(const ParsedArgs& args)
{
    if (!args.isSet(kIndiana) && !args.isSet(kCovid))
        return fail(args.usageError(Tr::tr("give --indiana PATH and/or --covid CSV")));
    auto extractor = extractorFor(args);
    if (!extractor)
        return fail(extractor.error());
    int errors = 10;
    args.read(kErrors, &errors);
    QJsonObject out;
    QString text;
    if (args.isSet(kIndiana)) {
        auto reports = loadIndianaReports(args.value(kIndiana));
        if (!reports)
            return fail(reports.error().withFile(args.value(kIndiana)));
        const ExtractionEvaluation e = evaluateExtraction(*extractor, *reports);
        out.insert(QStringLiteral("indiana"), e.toJson(errors));
        text += evaluationText(e, errors);
    }
    if (args.isSet(kCovid)) {
        QString covidText;
        auto covid = covidRun(*extractor, args.value(kCovid), &covidText);
        if (!covid)
            return fail(covid.error().withFile(args.value(kCovid)));
        out.insert(QStringLiteral("covid"), *covid);
        text += covidText;
    }
    if (args.isSet(kJson))
        printJson(out);
    else
        printText(text);
    return ExitCode::Success;
}

} // namespace

Command extractDescriptorsCommand()
{
    return Command{
        .words = {QStringLiteral("extract-descriptors")},
        .summary = Tr::tr("read a radiology report: the pleural effusion finding (present, side, size) and every "
                          "catalog descriptor it mentions, with evidence"),
        .positionals = {{QStringLiteral("REPORT"),
                         Tr::tr("a plain-text report (UTF-8 or Latin-1, at most 1 MiB) or an Indiana/OpenI XML "
                                "report")}},
        .options = {catalogOption(), jsonOption()},
        .run = runExtract,
    };
}

Command evalExtractionCommand()
{
    return Command{
        .words = {QStringLiteral("eval"), QStringLiteral("extraction")},
        .summary = Tr::tr("evaluate report-descriptor extraction against labelled reports (Indiana MeSH terms)"),
        .positionals = {},
        .options = {Option::text(kIndiana, QStringLiteral("PATH"),
                                 Tr::tr("the Indiana reports: NLMCXR_reports.tgz or a folder of their XML files")),
                    Option::text(kCovid, QStringLiteral("CSV"),
                                 Tr::tr("a CSV with a clinical_notes column: extraction on every note")),
                    Option::integer(kErrors, QStringLiteral("N"), Tr::tr("how many instructive errors to list"), 0,
                                    1000)
                        .withDefault(QStringLiteral("10")),
                    catalogOption(), jsonOption()},
        .run = runEvalExtraction,
    };
}

} // namespace descry::cli
