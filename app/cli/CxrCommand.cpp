// `descry-cli cxr IMAGE_OR_DICOM [--pack P] [--json] [--report OUT.pdf] [--frame N] [--window C,W] [--preset K]`:
// one chest radiograph reviewed for pleural effusion with a CXR pack, explained by radiologist descriptors with the
// exact decomposition of the decision margin.
#include "app/cli/Commands.h"
#include "app/cli/DisplayOptions.h"
#include "app/cli/Output.h"
#include "app/cli/OutputGuard.h"

#include "core/common/Paths.h"
#include "core/common/Tr.h"
#include "core/cxr/pipeline/CxrReview.h"
#include "core/cxr/report/CxrReport.h"
#include "core/imaging/RadiographLoader.h"
#include "core/pack/PackLocator.h"

#include <QElapsedTimer>

#include <cmath>

namespace descry::cli {

namespace {

const QString kPack = QStringLiteral("pack");
const QString kReport = QStringLiteral("report");
const QString kFrame = QStringLiteral("frame");
const QString kWindow = QStringLiteral("window");
const QString kPreset = QStringLiteral("preset");
const QString kTask = QStringLiteral("cxr-classification");

// --pack, or the first installed pack of the chest X-ray task in the search order.
Result<QString> packArgument(const ParsedArgs& args)
{
    if (args.isSet(kPack))
        return args.value(kPack);
    for (const PackInfo& p : findPacks(paths::packSearchPaths()))
        if (p.problem.isEmpty() && p.task == kTask)
            return p.path;
    return Error(ErrorCode::Model, Tr::tr("no chest X-ray pack is installed: build one with `descry-cli train cxr "
                                          "...` or `descry-cli pack build --task cxr ...`, see README \"Chest "
                                          "X-ray packs\""));
}

// The reader's display: --frame and --preset numbered from 1, --window C,W in modality units.
Result<CxrReviewOptions> reviewOptions(const ParsedArgs& args, const MedicalImage& image)
{
    CxrReviewOptions o;
    auto display = displaySettingsFor(args, image, &o.frame);
    if (!display)
        return display.error();
    o.display = *display;
    return o;
}

// "+1.5000", "-0.1000"; a share that rounds to zero prints as "+0.0000", never "-0.0000".
QString signedNumber(double x, int decimals = 4)
{
    QString s = QString::number(x, 'f', decimals);
    if (s.startsWith(QLatin1Char('-')) && s.mid(1).toDouble() == 0.0)
        s = s.mid(1);
    return s.startsWith(QLatin1Char('-')) ? s : QStringLiteral("+") + s;
}

QString headerText(const CxrReviewResult& r, const CxrCalibration& cal)
{
    QString out = Tr::tr("Chest X-ray review: %1 (frame %2)\n").arg(r.imagePath).arg(r.frame + 1);
    out +=
        Tr::tr("Pack: %1 %2 (SHA-256 %3); encoder %4\n").arg(r.packName, r.packVersion, r.packSha256, r.encoderSummary);
    out += Tr::tr("Catalog: %1 %2 (SHA-256 %3)\n").arg(r.catalogName, r.catalogVersion, r.catalogSha256);
    out += Tr::tr("What the encoder saw: %1\n\n").arg(r.conversion);
    out += Tr::tr("P(effusion) = %1\n").arg(r.probability, 0, 'f', 4);
    out += Tr::tr("Decision: %1\n").arg(cxrDecisionText(r.decision).toUpper());
    out += Tr::tr("Calibration: threshold %1, %2; calibrated on %3 (%4, %5)\n")
               .arg(QString::number(cal.threshold, 'f', 3),
                    cal.hasBand ? Tr::tr("indeterminate band [%1, %2]")
                                      .arg(QString::number(cal.bandLow, 'f', 3), QString::number(cal.bandHigh, 'f', 3))
                                : Tr::tr("no indeterminate band"),
                    cal.dataset, cal.operatingPoint, cal.date);
    out += QLatin1Char('\n');
    for (const QString& s : r.sentences)
        out += QStringLiteral("  - ") + s + QLatin1Char('\n');
    out += Tr::tr("\nDescriptors present: %1\n")
               .arg(r.presentIds.isEmpty() ? Tr::tr("none") : r.presentIds.join(QStringLiteral(", ")));
    return out;
}

QString groupsText(const CxrReviewResult& r)
{
    QString out = Tr::tr("\nConcept scores by group (share of the margin; + toward effusion):\n");
    for (const CxrGroupResult& g : r.groups) {
        out += QStringLiteral("  %1  %2 (%3)\n").arg(signedNumber(g.contribution), g.name, g.componentName);
        for (const CxrDescriptorScore& d : g.descriptors)
            out += QStringLiteral("      %1  %2  %3%4\n")
                       .arg(QString::number(d.score, 'f', 3), signedNumber(d.contribution), d.text,
                            d.present ? Tr::tr("  [present]") : QString());
    }
    return out;
}

QString decompositionText(const CxrReviewResult& r)
{
    double sum = 0;
    for (double c : r.margin.contributions)
        sum += c;
    QString out = Tr::tr("\nDecomposition of the margin:\n");
    out += Tr::tr("  sum of descriptor contributions  %1\n").arg(signedNumber(sum, 6));
    out += Tr::tr("  + bias term b1 - b0              %1\n").arg(signedNumber(r.margin.biasTerm, 6));
    out += Tr::tr("  = margin l1 - l0                 %1  (logits %2, %3)\n")
               .arg(signedNumber(sum + r.margin.biasTerm, 6), QString::number(r.margin.logit0, 'f', 6),
                    QString::number(r.margin.logit1, 'f', 6));
    out += Tr::tr("  head's own forward pass          %1\n").arg(signedNumber(r.headMargin, 6));
    out += Tr::tr("  residual                         %1\n").arg(r.residual, 0, 'g', 3);
    out += Tr::tr("Time: %1 ms (pack load %2 ms, display %3 ms, encoder %4 ms, head %5 ms)\n")
               .arg(r.msTotal, 0, 'f', 1)
               .arg(r.msLoad, 0, 'f', 1)
               .arg(r.msDecode, 0, 'f', 1)
               .arg(r.msEncode, 0, 'f', 1)
               .arg(r.msHead, 0, 'f', 1);
    return out;
}

// The report omits patient identifiers (the CLI has no setting to include them), so it is given the image's
// identifiers only to remove their mentions from file names.
Status writeReport(const QString& path, const CxrModel& model, const CxrReviewResult& r, const QString& input,
                   const ImageIdentifiers& identifiers)
{
    CxrReportInput in;
    in.identifiers = identifiers;
    in.review = r;
    in.catalog = model.catalog();
    in.displayed = r.displayed;
    in.windowText = r.windowText;
    in.imagePath = input;
    in.studyFiles = {{input, r.imageSha256}};
    in.protectedPaths = {input};
    return writeCxrReportPdf(path, in);
}

ExitCode runCxr(const ParsedArgs& args)
{
    QElapsedTimer t;
    t.start();
    const QString input = args.positional(0);
    auto pack = packArgument(args);
    if (!pack)
        return fail(pack.error());
    RunFiles files;
    files.inputs << input;
    files.addPack(*pack);
    if (args.isSet(kReport))
        files.outputFiles << args.value(kReport);
    if (auto st = checkRunFiles(files); !st)
        return fail(st.error());
    auto image = loadRadiograph(input);
    if (!image)
        return fail(image.error().withFile(input));
    auto options = reviewOptions(args, *image);
    if (!options)
        return fail(options.error());
    const double decodeMs = t.nsecsElapsed() * 1e-6;
    t.restart();
    auto model = CxrModel::open(*pack);
    if (!model)
        return fail(model.error());
    const double loadMs = t.nsecsElapsed() * 1e-6;
    auto shared = std::make_shared<const CxrModel>(std::move(*model));
    auto result = CxrReview(shared).review(*image, input, image->info().sha256, *options);
    if (!result)
        return fail(result.error());
    result->msLoad = loadMs;
    result->msDecode += decodeMs;
    result->msTotal += decodeMs + loadMs;
    printWarnings(image->info().warnings + result->warnings);
    if (args.isSet(kReport))
        if (auto st = writeReport(args.value(kReport), *shared, *result, input, image->info().identifiers); !st)
            return fail(st.error());
    if (args.isSet(QStringLiteral("json"))) {
        QJsonObject o = result->toJson();
        o.insert(QStringLiteral("calibration"), shared->calibration().toJson());
        if (args.isSet(kReport))
            o.insert(QStringLiteral("report"), args.value(kReport));
        printJson(o);
    } else {
        QString text = headerText(*result, shared->calibration()) + groupsText(*result) + decompositionText(*result);
        if (args.isSet(kReport))
            text += Tr::tr("Report: %1\n").arg(args.value(kReport));
        printText(text);
    }
    return ExitCode::Success;
}

} // namespace

Command cxrCommand()
{
    return Command{
        .words = {QStringLiteral("cxr")},
        .summary = Tr::tr("review a chest radiograph for pleural effusion with an installed chest X-ray pack, "
                          "explained by radiologist descriptors"),
        .positionals = {{QStringLiteral("IMAGE_OR_DICOM"), Tr::tr("a DICOM file or a PNG/JPEG/TIFF radiograph")}},
        .options = {Option::text(kPack, QStringLiteral("P"),
                                 Tr::tr("chest X-ray pack: a folder, its manifest.json or an installed pack name "
                                        "(default: the first installed chest X-ray pack)")),
                    jsonOption(),
                    Option::text(kReport, QStringLiteral("OUT.pdf"),
                                 Tr::tr("also write a PDF report for the chart (never over the input)")),
                    Option::integer(kFrame, QStringLiteral("N"), Tr::tr("frame to review, numbered from 1"), 1)
                        .withDefault(QStringLiteral("1")),
                    Option::text(kWindow, QStringLiteral("CENTER,WIDTH"),
                                 Tr::tr("display window in modality units (overrides --preset and the file's "
                                        "default); the encoder sees the image as displayed")),
                    Option::integer(kPreset, QStringLiteral("K"),
                                    Tr::tr("the file's window preset K, numbered from 1 (default: the first)"), 1)},
        .run = runCxr,
    };
}

} // namespace descry::cli
