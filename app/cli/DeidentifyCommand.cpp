// `descry-cli deidentify IN... --out DIR`: de-identified copies of DICOM files (PS3.15 Basic Profile).
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"
#include "core/imaging/Deidentifier.h"
#include "core/imaging/StudyScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace descry::cli {

namespace {

// The DICOM files the inputs stand for: files as given (a non-DICOM one is refused by the export, naming it),
// folders and DICOMDIRs expanded by the study scanner, whose skipped files are reported.
struct Expanded
{
    QStringList files;
    int skipped = 0;
    QStringList skippedReasons;
};

bool isDicomDir(const QFileInfo& info)
{
    return info.fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0;
}

Result<Expanded> expandInputs(const QStringList& inputs)
{
    Expanded out;
    for (const QString& input : inputs) {
        const QFileInfo info(input);
        if (!info.isDir() && !isDicomDir(info)) {
            out.files << input;
            continue;
        }
        auto scan = scanStudies({input});
        if (!scan)
            return scan.error();
        int images = 0;
        for (const Study& study : scan->studies)
            for (const StudySeries& series : study.series)
                for (const StudyInstance& instance : series.instances) {
                    if (instance.isDicom) {
                        out.files << instance.path;
                        ++images;
                    } else {
                        ++out.skipped;
                        out.skippedReasons
                            << Error(ErrorCode::Input, Tr::tr("is not DICOM; not exported"), instance.path).toString();
                    }
                }
        out.skipped += scan->skippedFiles;
        out.skippedReasons += scan->skippedReasons;
        if (images == 0)
            return Error(ErrorCode::Input, Tr::tr("holds no DICOM image to de-identify"), input);
    }
    return out;
}

QJsonObject fileJson(const DeidentifiedFile& f)
{
    return {{QStringLiteral("input"), f.input},
            {QStringLiteral("output"), f.output},
            {QStringLiteral("burned_in_warning"), f.burnedInWarning},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(f.warnings)},
            {QStringLiteral("removed"), f.removed},
            {QStringLiteral("emptied"), f.emptied},
            {QStringLiteral("replaced"), f.replaced}};
}

QJsonObject reportJson(const DeidentifyReport& report, const Expanded& expanded, const QString& outDir,
                       const DeidentifyOptions& options)
{
    QJsonArray files;
    for (const DeidentifiedFile& f : report.files)
        files.append(fileJson(f));
    return {{QStringLiteral("out"), outDir},
            {QStringLiteral("files"), files},
            {QStringLiteral("uids_remapped"), report.uidsRemapped},
            {QStringLiteral("dates_shifted"), options.dateShiftDays.has_value()},
            {QStringLiteral("skipped_files"), expanded.skipped},
            {QStringLiteral("skipped_reasons"), QJsonArray::fromStringList(expanded.skippedReasons)}};
}

QString reportText(const DeidentifyReport& report, const Expanded& expanded, const QString& outDir)
{
    QString s;
    for (const DeidentifiedFile& f : report.files)
        s += Tr::tr("%1 -> %2 (%3 removed, %4 emptied, %5 replaced)\n")
                 .arg(QDir::toNativeSeparators(f.input), QDir::toNativeSeparators(f.output))
                 .arg(f.removed)
                 .arg(f.emptied)
                 .arg(f.replaced);
    s += Tr::tr("%n file(s) de-identified into %1, %2 UIDs remapped", nullptr, int(report.files.size()))
             .arg(QDir::toNativeSeparators(outDir))
             .arg(report.uidsRemapped);
    if (expanded.skipped > 0)
        s += Tr::tr("; %n file(s) skipped (not DICOM images)", nullptr, expanded.skipped);
    return s + QLatin1Char('\n');
}

ExitCode runDeidentify(const ParsedArgs& args)
{
    QString outDir;
    args.read(QStringLiteral("out"), &outDir);
    DeidentifyOptions options;
    if (args.isSet(QStringLiteral("date-shift"))) {
        int days = 0;
        args.read(QStringLiteral("date-shift"), &days);
        options.dateShiftDays = days;
    }
    auto expanded = expandInputs(args.positionals());
    if (!expanded)
        return fail(expanded.error());
    auto report = deidentifyFiles(expanded->files, outDir, options);
    if (!report)
        return fail(report.error());
    QStringList warnings;
    for (const DeidentifiedFile& f : report->files)
        warnings += f.warnings;
    if (args.isSet(QStringLiteral("json"))) {
        printJson(reportJson(*report, *expanded, outDir, options));
    } else {
        printText(reportText(*report, *expanded, outDir));
    }
    // Burned-in text (pixels the profile cannot clean) and files of the folders that were not exported; also in
    // the JSON.
    printWarnings(warnings + expanded->skippedReasons);
    return ExitCode::Success;
}

} // namespace

Command deidentifyCommand()
{
    return Command{
        .words = {QStringLiteral("deidentify")},
        .summary = Tr::tr("write de-identified copies of DICOM files (PS3.15 Basic Application Confidentiality "
                          "Profile)"),
        .positionals = {{QStringLiteral("IN"), Tr::tr("DICOM files, folders (scanned recursively) or DICOMDIRs"), false,
                         true}},
        .options = {Option::text(QStringLiteral("out"), QStringLiteral("DIR"),
                                 Tr::tr("folder the copies are written to (created; files are never overwritten)"))
                        .mandatory(),
                    Option::integer(QStringLiteral("date-shift"), QStringLiteral("DAYS"),
                                    Tr::tr("move every date by DAYS days (times kept) instead of removing dates"),
                                    -73000, 73000),
                    jsonOption()},
        .run = runDeidentify,
    };
}

} // namespace descry::cli
