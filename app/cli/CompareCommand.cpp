// `descry-cli compare PROBE REFERENCE`: one explained 1:1 face comparison, optionally with a PDF report.
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/OutputGuard.h"

#include "core/casefile/CaseFile.h"
#include "core/common/Tr.h"
#include "core/face/FaceDecision.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/face/report/FaceReport.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cmath>

namespace descry::cli {

namespace {

// What the text output says about one photo beyond the figures: a damaged file that was analysed anyway, and
// which face was used when there were several (or none was detected in a crop).
QString photoNotes(const QString& role, const FaceImageReport& photo)
{
    QString out;
    if (photo.damaged) {
        out += Tr::tr("%1: DAMAGED FILE — truncated or corrupt; analysed because --allow-damaged\n").arg(role);
        for (const QString& w : photo.decoderWarnings)
            out += Tr::tr("  decoder: %1\n").arg(w.simplified());
    }
    const DetectedFace& f = photo.face;
    if (f.assumedCropped)
        out += Tr::tr("%1: no face detected; the whole image was taken as the face (--cropped)\n").arg(role);
    else if (f.facesFound > 1)
        out += (f.chosenOnRequest ? Tr::tr("%1: %2 faces found; face %3 as asked (%4×%5 px at %6,%7) was used\n")
                                  : Tr::tr("%1: %2 faces found; the largest, face %3 (%4×%5 px at %6,%7), was used "
                                           "(--face/--reference-face N picks another)\n"))
                   .arg(role)
                   .arg(f.facesFound)
                   .arg(f.chosen + 1)
                   .arg(qRound(f.box.width()))
                   .arg(qRound(f.box.height()))
                   .arg(qRound(f.box.x()))
                   .arg(qRound(f.box.y()));
    for (const QString& note : photo.quality.notes)
        out += QStringLiteral("%1: %2\n").arg(role, note);
    return out;
}

QString humanResult(const FaceComparisonResult& r)
{
    QString out = photoNotes(Tr::tr("probe"), r.probe) + photoNotes(Tr::tr("reference"), r.reference);
    out += Tr::tr("Decision: %1  (score %2, threshold %3)\n")
               .arg(decisionLabel(r.decision).toUpper())
               .arg(r.score, 0, 'f', 4)
               .arg(r.threshold, 0, 'f', 4);
    for (const QString& reason : r.reasons)
        out += Tr::tr("  inconclusive: %1\n").arg(reason);
    if (r.baselineAvailable)
        out += Tr::tr("Baseline (%1): %2  (score %3, threshold %4)%5\n")
                   .arg(baselineEncoderName(r.baselineEncoder), decisionLabel(r.baselineDecision).toLower())
                   .arg(r.baselineScore, 0, 'f', 4)
                   .arg(r.baselineThreshold, 0, 'f', 4)
                   .arg(r.baselineDisagrees() ? Tr::tr("  [disagrees]") : QString());
    else
        out += Tr::tr("Baseline: none (the pack has no black-box encoder)\n");
    out += QLatin1Char('\n');
    for (const QString& s : r.sentences)
        out += QStringLiteral("  - ") + s + QLatin1Char('\n');
    out += Tr::tr("\nTop characteristics by contribution:\n");
    for (int i = 0; i < r.groups.size() && i < 10; ++i) {
        const GroupExplanation& g = r.groups[i];
        out += Tr::tr("  %1 %2  %3 / %4 (%5): probe \"%6\", reference \"%7\"\n")
                   .arg(g.contribution >= 0 ? QLatin1Char('+') : QLatin1Char('-'))
                   .arg(std::abs(g.contribution), 0, 'f', 4)
                   .arg(g.componentName, g.characteristicName, conceptSourceLabel(g.source), g.probeTop.value(0).text,
                        g.referenceTop.value(0).text);
    }
    out += Tr::tr("\nResidual of the decomposition: %1\n").arg(r.residual, 0, 'g', 3);
    out += Tr::tr("Time: %1 ms (pack load %2 ms)\n").arg(r.msTotal, 0, 'f', 1).arg(r.msLoad, 0, 'f', 1);
    return out;
}

// Every input (photos, pack files) and the outputs, checked before the pack is even opened. A case file is never
// replaced: an examiner's saved case (its notes, audit and signature) must not be lost to a script.
Status checkFiles(const ParsedArgs& args)
{
    RunFiles files;
    files.inputs << args.positional(0) << args.positional(1);
    files.addPack(args.value(QStringLiteral("pack")));
    for (const char* output : {"report", "case"})
        if (args.isSet(QLatin1String(output)))
            files.outputFiles << args.value(QLatin1String(output));
    const QString casePath = args.value(QStringLiteral("case"));
    if (!casePath.isEmpty() && QFileInfo::exists(casePath))
        return Error(ErrorCode::Usage, Tr::tr("the file exists; a case is never replaced (choose a new file)"),
                     casePath);
    return checkRunFiles(files);
}

// `--case OUT.descry`: a new face case with both photos as evidence (hashed), the pack and the comparison, as the
// desktop application would save it after the same run (unsigned; `descry-cli case sign` signs it).
Status writeCase(const QString& path, const ParsedArgs& args, const FaceComparisonResult& result)
{
    CaseFile c;
    c.setTask(QLatin1String(CaseFile::FaceVerificationTask));
    c.setCroppedFaces(args.isSet(QStringLiteral("cropped")));
    if (Status st = c.addEvidence(QLatin1String(CaseFile::ProbeRole), args.positional(0)); !st)
        return st;
    if (Status st = c.addEvidence(QLatin1String(CaseFile::ReferenceRole), args.positional(1)); !st)
        return st;
    c.setPack(PackReference{result.packName, result.packVersion, result.packSha256});
    c.setResult(result.toJson(), Tr::tr("%1, score %2 with pack %3 %4 (descry-cli compare)")
                                     .arg(decisionId(result.decision))
                                     .arg(result.score, 0, 'f', 4)
                                     .arg(result.packName, result.packVersion));
    return c.save(path);
}

ExitCode runCompare(const ParsedArgs& args)
{
    if (auto st = checkFiles(args); !st)
        return fail(st.error());
    applyImageOptions(args);
    QElapsedTimer t;
    t.start();
    auto model = FaceModel::open(args.value(QStringLiteral("pack")));
    if (!model)
        return fail(model.error());
    const double loadMs = t.nsecsElapsed() * 1e-6;
    FaceComparison comparison(std::make_shared<const FaceModel>(std::move(*model)));
    CompareOptions options;
    options.cropped = args.isSet(QStringLiteral("cropped"));
    options.allowDamaged = args.isSet(QStringLiteral("allow-damaged"));
    // 1-based on the command line, largest face first (as the JSON's "faces" and "chosen").
    if (args.isSet(QStringLiteral("face")))
        options.probeFace = args.value(QStringLiteral("face")).toInt() - 1;
    if (args.isSet(QStringLiteral("reference-face")))
        options.referenceFace = args.value(QStringLiteral("reference-face")).toInt() - 1;
    auto result = comparison.compare(args.positional(0), args.positional(1), options);
    if (!result)
        return fail(result.error());
    result->msLoad = loadMs;
    if (args.isSet(QStringLiteral("report"))) {
        auto st = writeFaceReportPdf(args.value(QStringLiteral("report")), *result);
        if (!st)
            return fail(st.error());
    }
    if (args.isSet(QStringLiteral("case")))
        if (Status st = writeCase(args.value(QStringLiteral("case")), args, *result); !st)
            return fail(st.error());
    const QString savedCase = args.isSet(QStringLiteral("case"))
                                  ? Tr::tr("Case saved: %1\n").arg(args.value(QStringLiteral("case")))
                                  : QString();
    if (args.isSet(QStringLiteral("json")))
        printJson(result->toJson()); // says, per photo, whether it was damaged and what the decoder reported
    else
        printText(humanResult(*result) + savedCase);
    return ExitCode::Success;
}

} // namespace

Command compareCommand()
{
    return Command{
        .words = {QStringLiteral("compare")},
        .summary = Tr::tr("compare two face photos: decision, score and its exact per-characteristic explanation"),
        .positionals = {{QStringLiteral("PROBE"), Tr::tr("the questioned photo")},
                        {QStringLiteral("REFERENCE"), Tr::tr("the known photo")}},
        .options = {packOption(), jsonOption(),
                    Option::text(QStringLiteral("report"), QStringLiteral("OUT.pdf"),
                                 Tr::tr("also write a PDF report to this file")),
                    Option::text(QStringLiteral("case"), QStringLiteral("OUT.descry"),
                                 Tr::tr("also save a new case file (photos as evidence, pack, comparison) that the "
                                        "desktop application opens; an existing file is never replaced")),
                    Option::flag(QStringLiteral("cropped"),
                                 Tr::tr("the photos are face crops: use the whole image when no face is detected")),
                    Option::integer(QStringLiteral("face"), QStringLiteral("N"),
                                    Tr::tr("compare face N of the probe photo (1 = the largest; default 1)"), 1),
                    Option::integer(QStringLiteral("reference-face"), QStringLiteral("N"),
                                    Tr::tr("compare face N of the reference photo (1 = the largest; default 1)"), 1),
                    allowDamagedOption(), maxMegapixelsOption()},
        .run = runCompare,
    };
}

} // namespace descry::cli
