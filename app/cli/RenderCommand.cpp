// `descry-cli render IMAGE_OR_DICOM --out OUT.png [--frame N] [--window C,W] [--preset K] [--json] [--identifiers]`:
// the radiograph as a reader sees it (the display pipeline the viewer uses), and its metadata.
#include "app/cli/Commands.h"
#include "app/cli/DisplayOptions.h"
#include "app/cli/Output.h"
#include "app/cli/OutputGuard.h"

#include "core/common/AtomicFile.h"
#include "core/common/Hash.h"
#include "core/common/Tr.h"
#include "core/imaging/DisplayPipeline.h"
#include "core/imaging/RadiographLoader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace descry::cli {

namespace {

const QString kOut = QStringLiteral("out");
const QString kFrame = QStringLiteral("frame");
const QString kWindow = QStringLiteral("window");
const QString kPreset = QStringLiteral("preset");
const QString kIdentifiers = QStringLiteral("identifiers");

QString spacingSourceId(SpacingSource s)
{
    switch (s) {
    case SpacingSource::PixelSpacing:
        return QStringLiteral("PixelSpacing");
    case SpacingSource::ImagerPixelSpacing:
        return QStringLiteral("ImagerPixelSpacing");
    case SpacingSource::NominalScannedPixelSpacing:
        return QStringLiteral("NominalScannedPixelSpacing");
    case SpacingSource::None:
        break;
    }
    return {};
}

QString voiFunctionId(VoiFunction f)
{
    switch (f) {
    case VoiFunction::LinearExact:
        return QStringLiteral("LINEAR_EXACT");
    case VoiFunction::Sigmoid:
        return QStringLiteral("SIGMOID");
    case VoiFunction::Linear:
        break;
    }
    return QStringLiteral("LINEAR");
}

QString windowKindId(ResolvedWindow::Kind k)
{
    switch (k) {
    case ResolvedWindow::Kind::Custom:
        return QStringLiteral("custom");
    case ResolvedWindow::Kind::Preset:
        return QStringLiteral("preset");
    case ResolvedWindow::Kind::VoiLut:
        return QStringLiteral("voi-lut");
    case ResolvedWindow::Kind::MinMax:
        break;
    }
    return QStringLiteral("min-max");
}

QJsonValue burnedInJson(BurnedInAnnotation b)
{
    switch (b) {
    case BurnedInAnnotation::Yes:
        return QStringLiteral("YES");
    case BurnedInAnnotation::No:
        return QStringLiteral("NO");
    case BurnedInAnnotation::Unknown:
        break;
    }
    return QJsonValue::Null;
}

QJsonObject identifiersJson(const MedicalImageInfo& info)
{
    const ImageIdentifiers& i = info.identifiers;
    return {{QStringLiteral("patient_name"), i.patientName},
            {QStringLiteral("patient_id"), i.patientId},
            {QStringLiteral("patient_birth_date"), i.patientBirthDate},
            {QStringLiteral("patient_sex"), i.patientSex},
            {QStringLiteral("accession_number"), i.accessionNumber},
            {QStringLiteral("study_id"), i.studyId},
            {QStringLiteral("study_date"), i.studyDate},
            {QStringLiteral("study_time"), i.studyTime},
            {QStringLiteral("institution_name"), i.institutionName},
            {QStringLiteral("referring_physician"), i.referringPhysician},
            {QStringLiteral("study_instance_uid"), i.studyInstanceUid},
            {QStringLiteral("series_instance_uid"), i.seriesInstanceUid},
            {QStringLiteral("sop_instance_uid"), i.sopInstanceUid},
            // Free text that PS3.15's basic profile removes: it can name the patient.
            {QStringLiteral("study_description"), info.studyDescription},
            {QStringLiteral("series_description"), info.seriesDescription}};
}

QJsonObject windowJson(const ResolvedWindow& w, bool colour)
{
    if (colour)
        return {{QStringLiteral("kind"), QStringLiteral("none")},
                {QStringLiteral("inverted"), w.inverted},
                {QStringLiteral("description"), w.description}};
    QJsonObject o{{QStringLiteral("kind"), windowKindId(w.kind)},
                  {QStringLiteral("function"), voiFunctionId(w.function)},
                  {QStringLiteral("inverted"), w.inverted},
                  {QStringLiteral("description"), w.description}};
    if (w.kind != ResolvedWindow::Kind::VoiLut) {
        o.insert(QStringLiteral("center"), w.center);
        o.insert(QStringLiteral("width"), w.width);
    }
    if (w.kind == ResolvedWindow::Kind::Preset)
        o.insert(QStringLiteral("preset"), w.index + 1);
    if (w.kind == ResolvedWindow::Kind::VoiLut)
        o.insert(QStringLiteral("voi_lut"), w.index + 1);
    return o;
}

QJsonObject imageJson(const MedicalImageInfo& info)
{
    QJsonArray presets;
    for (int i = 0; i < info.windowPresets.size(); ++i)
        presets.append(QJsonObject{{QStringLiteral("number"), i + 1},
                                   {QStringLiteral("center"), info.windowPresets[i].center},
                                   {QStringLiteral("width"), info.windowPresets[i].width},
                                   {QStringLiteral("explanation"), info.windowPresets[i].explanation}});
    QJsonArray luts;
    for (int i = 0; i < info.voiLuts.size(); ++i)
        luts.append(QJsonObject{{QStringLiteral("number"), i + 1},
                                {QStringLiteral("entries"), qint64(info.voiLuts[i].data.size())},
                                {QStringLiteral("explanation"), info.voiLuts[i].explanation}});
    QJsonValue spacing = QJsonValue::Null;
    if (info.spacing.isKnown())
        spacing = QJsonObject{{QStringLiteral("source"), spacingSourceId(info.spacing.source)},
                              {QStringLiteral("row_mm"), info.spacing.rowMm},
                              {QStringLiteral("column_mm"), info.spacing.columnMm}};
    return {{QStringLiteral("source"),
             info.source == MedicalImageInfo::Source::Dicom ? QStringLiteral("dicom") : QStringLiteral("raster")},
            {QStringLiteral("modality"), info.modality},
            {QStringLiteral("photometric"), info.photometric},
            {QStringLiteral("transfer_syntax_uid"), info.transferSyntaxUid},
            {QStringLiteral("transfer_syntax_name"), info.transferSyntaxName},
            {QStringLiteral("transfer_syntax_inferred"), info.transferSyntaxInferred},
            {QStringLiteral("has_file_meta"), info.hasFileMeta},
            {QStringLiteral("sop_class_uid"), info.sopClassUid},
            {QStringLiteral("sop_class_name"), info.sopClassName},
            {QStringLiteral("rows"), info.rows},
            {QStringLiteral("columns"), info.columns},
            {QStringLiteral("frames"), info.frames},
            {QStringLiteral("samples_per_pixel"), info.samplesPerPixel},
            {QStringLiteral("bits_allocated"), info.bitsAllocated},
            {QStringLiteral("bits_stored"), info.bitsStored},
            {QStringLiteral("high_bit"), info.highBit},
            {QStringLiteral("signed"), info.signedPixels},
            {QStringLiteral("rescale_slope"), info.rescaleSlope},
            {QStringLiteral("rescale_intercept"), info.rescaleIntercept},
            {QStringLiteral("modality_lut"), !info.modalityLut.isEmpty()},
            {QStringLiteral("pixel_spacing"), spacing},
            {QStringLiteral("window_presets"), presets},
            {QStringLiteral("voi_lut_count"), int(info.voiLuts.size())},
            {QStringLiteral("voi_luts"), luts},
            {QStringLiteral("voi_function"), voiFunctionId(info.voiFunction)},
            {QStringLiteral("presentation_lut_inverse"), info.presentationInverse},
            {QStringLiteral("burned_in_annotation"), burnedInJson(info.burnedInAnnotation)},
            {QStringLiteral("body_part"), info.bodyPart},
            {QStringLiteral("view_position"), info.viewPosition},
            {QStringLiteral("laterality"), info.laterality},
            {QStringLiteral("manufacturer"), info.manufacturer},
            {QStringLiteral("manufacturer_model"), info.manufacturerModel}};
}

QString renderText(const MedicalImageInfo& info, const QString& out, int frame, const ResolvedWindow& w)
{
    QString kind = info.modality.isEmpty() ? Tr::tr("raster image") : info.modality;
    QString text = Tr::tr("%1: %2 %3, %4 x %5, frame %6 of %7, %8 bits stored\n")
                       .arg(info.path, kind, info.photometric)
                       .arg(info.columns)
                       .arg(info.rows)
                       .arg(frame + 1)
                       .arg(info.frames)
                       .arg(info.bitsStored);
    text += Tr::tr("window: %1%2\n").arg(w.description, w.inverted ? Tr::tr(", inverted") : QString());
    text += Tr::tr("wrote %1\n").arg(out);
    return text;
}

// An earlier rendering may be replaced; any other file (a radiograph, a case file, a document) may not.
Status checkReplaceable(const QString& out)
{
    if (!QFileInfo(out).isFile())
        return {};
    QFile existing(out);
    if (existing.open(QIODevice::ReadOnly) && existing.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8))
        return {};
    return Error(ErrorCode::Usage, Tr::tr("exists and is not a PNG image; it is not replaced, choose another file"),
                 out);
}

ExitCode runRender(const ParsedArgs& args)
{
    const QString input = args.positional(0);
    const QString out = args.value(kOut);
    if (args.isSet(kWindow))
        if (auto w = parseWindowOption(args); !w)
            return fail(w.error());
    RunFiles files;
    files.inputs << input;
    files.outputFiles << out;
    if (auto st = checkRunFiles(files); !st)
        return fail(st.error());
    if (auto st = checkReplaceable(out); !st)
        return fail(st.error());

    auto image = loadRadiograph(input);
    if (!image)
        return fail(image.error().withFile(input));
    int frame = 0;
    auto settings = displaySettingsFor(args, *image, &frame);
    if (!settings)
        return fail(settings.error());
    const ResolvedWindow window = resolveWindow(*image, frame, *settings);
    const QImage display = renderDisplay(*image, frame, *settings);
    if (display.isNull())
        return fail(Error(ErrorCode::Input, Tr::tr("frame %1 could not be rendered").arg(frame + 1), input));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!display.save(&buffer, "PNG"))
        return fail(Error(ErrorCode::Internal, Tr::tr("the PNG image could not be encoded"), out));
    if (auto st = writeFileAtomically(out, png, {input}); !st)
        return fail(st.error());

    const MedicalImageInfo& info = image->info();
    printWarnings(info.warnings);
    if (!args.isSet(QStringLiteral("json"))) {
        printText(renderText(info, out, frame, window));
        return ExitCode::Success;
    }
    QJsonObject o{{QStringLiteral("file"), input},
                  {QStringLiteral("sha256"), info.sha256},
                  {QStringLiteral("image"), imageJson(info)},
                  {QStringLiteral("frame"), frame + 1},
                  {QStringLiteral("window"), windowJson(window, image->isColour())},
                  {QStringLiteral("output"), out},
                  {QStringLiteral("output_sha256"), sha256Hex(png)},
                  {QStringLiteral("output_width"), display.width()},
                  {QStringLiteral("output_height"), display.height()},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(info.warnings)}};
    if (args.isSet(kIdentifiers))
        o.insert(QStringLiteral("identifiers"), identifiersJson(info));
    printJson(o);
    return ExitCode::Success;
}

} // namespace

Command renderCommand()
{
    return Command{
        .words = {QStringLiteral("render")},
        .summary = Tr::tr("write a radiograph (DICOM or raster) as a reader sees it, as PNG; with --json its metadata"),
        .positionals = {{QStringLiteral("IMAGE_OR_DICOM"), Tr::tr("a DICOM file or a PNG/JPEG/TIFF radiograph")}},
        .options = {Option::text(kOut, QStringLiteral("OUT.png"),
                                 Tr::tr("the PNG to write (never the input; an existing file only if it is a PNG)"))
                        .mandatory(),
                    Option::integer(kFrame, QStringLiteral("N"), Tr::tr("frame to render, numbered from 1"), 1)
                        .withDefault(QStringLiteral("1")),
                    Option::text(kWindow, QStringLiteral("CENTER,WIDTH"),
                                 Tr::tr("window in modality units (overrides --preset and the file's default)")),
                    Option::integer(kPreset, QStringLiteral("K"),
                                    Tr::tr("the file's window preset K, numbered from 1 (default: the first)"), 1),
                    jsonOption(),
                    Option::flag(kIdentifiers,
                                 Tr::tr("include patient and study identifiers in the JSON (hidden by default)"))},
        .run = runRender,
    };
}

} // namespace descry::cli
