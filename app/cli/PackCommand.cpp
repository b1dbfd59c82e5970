// `descry-cli pack info|verify PACK [--json]`: show and check model packs; `pack build`: a face or chest X-ray pack
// from a CLIP checkpoint, a descriptor catalog and a trained head (DESIGN.md §3, §6).
#include "app/cli/ClipCheckpointArg.h"
#include "app/cli/Commands.h"
#include "app/cli/Output.h"
#include "app/cli/OutputGuard.h"
#include "app/cli/ProgressLine.h"

#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/common/Tr.h"
#include "core/cxr/CxrModel.h"
#include "core/cxr/detail/CxrHeadFile.h"
#include "core/face/ClipFacePack.h"
#include "core/descriptors/Catalog.h"
#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceLikelihoodRatio.h"
#include "core/pack/ModelPack.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>

#include <cmath>
#include <functional>
#include <limits>
#include <optional>

namespace descry::cli {

namespace {

// A pack verifies only when it loads: the model of its task is opened with exactly the code a comparison uses
// (files and hashes, manifest, head settings, tensor names, shapes and dtypes, catalog, encoders, calibration,
// task), so no second, weaker checker can call a pack good that then fails to load. A pack whose manifest says
// cxr-classification is opened as `cxr` opens it; every other pack as a comparison opens it.
Result<ModelPack> loadPack(const QString& name)
{
    if (auto dir = resolvePackDirectory(name); dir) {
        auto manifest = json::readObjectFile(QDir(*dir).filePath(QString::fromLatin1(pack::kManifestFile)));
        if (manifest && manifest->value(QStringLiteral("task")).toString() == QLatin1String("cxr-classification")) {
            auto cxr = CxrModel::open(name);
            if (!cxr)
                return cxr.error();
            return cxr->pack();
        }
    }
    auto model = FaceModel::open(name);
    if (!model)
        return model.error();
    return model->pack();
}

QJsonArray shapeJson(const std::vector<int64_t>& shape)
{
    QJsonArray a;
    for (int64_t d : shape)
        a.append(qint64(d));
    return a;
}

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return Tr::tr("%1 B").arg(bytes);
    const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    double v = double(bytes);
    int u = -1;
    while (v >= 1024 && u < 3) {
        v /= 1024;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QString::fromLatin1(units[u]));
}

QString valueText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 6);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QStringLiteral("-");
}

// How many of the catalog's characteristics a face pack scores (head.concepts), which ones it leaves out for an
// unreliable appearance source (head.not_assessed, with the AUC) and which no source of the pack measures.
QJsonValue characteristicsJson(const PackManifest& m, const QString& manifestPath)
{
    auto catalog = findCatalog(m.descriptors.catalog, m.descriptors.version, m.descriptors.sha256, {}, manifestPath);
    if (!catalog)
        return QJsonValue();
    QSet<QString> scored;
    for (const QJsonValue& v : m.head.json.value(QStringLiteral("concepts")).toArray()) {
        const int d = catalog->indexOf(v.toString().section(QLatin1Char('@'), 0, 0));
        if (d >= 0)
            scored.insert(catalog->descriptors()[d].characteristic);
    }
    QJsonArray unmeasured;
    for (const DescriptorGroup& g : catalog->groups())
        if (!scored.contains(g.id))
            unmeasured.append(g.id);
    const QJsonValue notAssessed = m.head.json.value(QStringLiteral("not_assessed"));
    return QJsonObject{{QStringLiteral("total"), int(catalog->groups().size())},
                       {QStringLiteral("scored"), int(scored.size())},
                       {QStringLiteral("measured"), catalog->measuredCharacteristics()},
                       {QStringLiteral("not_assessed"), notAssessed.isArray() ? notAssessed : QJsonArray()},
                       {QStringLiteral("not_scored"), unmeasured}};
}

QJsonObject infoJson(const ModelPack& pack)
{
    const PackManifest& m = pack.manifest();
    const QJsonObject raw = m.toJson();
    QJsonArray files;
    for (auto it = m.files.begin(); it != m.files.end(); ++it) {
        QJsonObject f{{QStringLiteral("path"), it.key()},
                      {QStringLiteral("size"), QFileInfo(pack.filePath(it.key())).size()},
                      {QStringLiteral("sha256"), it.value()}};
        if (m.tensors.contains(it.key())) {
            QJsonObject tensors;
            const auto shapes = m.tensors.value(it.key());
            for (auto t = shapes.begin(); t != shapes.end(); ++t)
                tensors.insert(t.key(), shapeJson(t.value()));
            f.insert(QStringLiteral("tensors"), tensors);
        }
        files.append(f);
    }
    QJsonObject out{{QStringLiteral("name"), m.name},
                    {QStringLiteral("version"), m.version},
                    {QStringLiteral("format"), m.format},
                    {QStringLiteral("task"), m.task},
                    {QStringLiteral("directory"), pack.directory()},
                    {QStringLiteral("encoder"), raw.value(QStringLiteral("encoder"))},
                    {QStringLiteral("encoder_types"), QJsonArray::fromStringList(m.encoder.types())},
                    {QStringLiteral("descriptors"), raw.value(QStringLiteral("descriptors"))},
                    {QStringLiteral("head"), raw.value(QStringLiteral("head"))},
                    {QStringLiteral("calibration"),
                     m.calibration.present ? raw.value(QStringLiteral("calibration")) : QJsonValue()},
                    {QStringLiteral("metrics"), m.metrics},
                    {QStringLiteral("provenance"), m.provenance},
                    {QStringLiteral("files"), files},
                    {QStringLiteral("pack_sha256"), pack.packSha256()},
                    {QStringLiteral("verified"), true},
                    {QStringLiteral("warnings"), QJsonArray::fromStringList(pack.warnings())}};
    if (m.task == QLatin1String("face-verification")) {
        // The face model has already read it strictly (packs that verify always load): shown as stored.
        const QJsonValue lr = m.calibration.json.value(QStringLiteral("likelihood_ratio"));
        const bool has = lr.isObject();
        out.insert(QStringLiteral("likelihood_ratio"), has ? lr : QJsonValue());
        out.insert(QStringLiteral("likelihood_ratio_reason"), has ? QJsonValue() : QJsonValue(noLrCalibrationReason()));
        out.insert(QStringLiteral("characteristics"),
                   characteristicsJson(m, pack.filePath(QString::fromLatin1(pack::kManifestFile))));
    }
    return out;
}

// One line on a face pack's LR calibration: method, data set, Cllr, pairs, score range.
QString likelihoodRatioText(const PackManifest& m)
{
    auto lr = LrCalibration::fromJson(m.calibration.json.value(QStringLiteral("likelihood_ratio")), {});
    if (!lr)
        return Tr::tr("none (%1)").arg(noLrCalibrationReason());
    return Tr::tr("%1 on %2: Cllr %3 (Cllr_min %4), %5 same / %6 different pairs, scores %7 to %8; verbal scale: %9")
        .arg(lrMethodId(lr->method), lr->dataset)
        .arg(lr->cllr, 0, 'f', 3)
        .arg(lr->cllrMin, 0, 'f', 3)
        .arg(lr->pairsSame)
        .arg(lr->pairsDifferent)
        .arg(lr->score.min, 0, 'f', 3)
        .arg(lr->score.max, 0, 'f', 3)
        .arg(verbalScaleName());
}

QString infoText(const ModelPack& pack)
{
    const PackManifest& m = pack.manifest();
    QString s;
    auto line = [&s](const QString& label, const QString& value) {
        s += QStringLiteral("%1 %2\n").arg(label, -13).arg(value);
    };
    line(Tr::tr("Pack"), QStringLiteral("%1 %2 (%3)").arg(m.name, m.version, m.format));
    line(Tr::tr("Task"), m.task);
    line(Tr::tr("Folder"), pack.directory());
    line(Tr::tr("Encoder"), m.encoder.types().join(QStringLiteral(" + ")));
    line(Tr::tr("Descriptors"),
         Tr::tr("%1 %2 (sha256 %3)").arg(m.descriptors.catalog, m.descriptors.version, m.descriptors.sha256));
    line(Tr::tr("Head"), Tr::tr("alpha %1, tau %2").arg(m.head.alpha).arg(m.head.tau));
    if (m.calibration.present) {
        QString cal = Tr::tr("threshold %1").arg(m.calibration.threshold, 0, 'g', 6);
        if (!m.calibration.operatingPoint.isUndefined() && !m.calibration.operatingPoint.isNull())
            cal += Tr::tr(" at %1").arg(valueText(m.calibration.operatingPoint));
        if (!m.calibration.dataset.isEmpty())
            cal += Tr::tr(" on %1").arg(m.calibration.dataset);
        if (!m.calibration.date.isEmpty())
            cal += QStringLiteral(" (%1)").arg(m.calibration.date);
        const QJsonValue band = m.calibration.json.value(QStringLiteral("indeterminate"));
        if (band.isArray())
            cal += Tr::tr(", indeterminate band %1").arg(valueText(band));
        line(Tr::tr("Calibration"), cal);
    } else {
        line(Tr::tr("Calibration"), Tr::tr("none"));
    }
    if (m.task == QLatin1String("face-verification"))
        line(Tr::tr("LR"), likelihoodRatioText(m));
    QStringList metrics;
    for (auto it = m.metrics.begin(); it != m.metrics.end(); ++it)
        metrics << QStringLiteral("%1 %2").arg(it.key(), valueText(it.value()));
    line(Tr::tr("Metrics"), metrics.isEmpty() ? Tr::tr("none") : metrics.join(QStringLiteral(", ")));
    s += Tr::tr("Files") + QLatin1Char('\n');
    for (auto it = m.files.begin(); it != m.files.end(); ++it) {
        s += QStringLiteral("  %1 %2  sha256 %3\n")
                 .arg(it.key(), -32)
                 .arg(humanSize(QFileInfo(pack.filePath(it.key())).size()), 10)
                 .arg(it.value());
        const auto shapes = m.tensors.value(it.key());
        for (auto t = shapes.begin(); t != shapes.end(); ++t)
            s += QStringLiteral("      %1 %2\n").arg(t.key(), safetensors::shapeToString(t.value()));
    }
    line(Tr::tr("Pack SHA-256"), pack.packSha256());
    line(Tr::tr("Status"), Tr::tr("verified, %1 files").arg(m.files.size()));
    return s;
}

ExitCode packInfo(const ParsedArgs& args)
{
    auto pack = loadPack(args.positional(0));
    if (!pack)
        return fail(pack.error());
    if (args.isSet(QStringLiteral("json"))) {
        printJson(infoJson(*pack));
    } else {
        printText(infoText(*pack));
        printWarnings(pack->warnings());
    }
    return ExitCode::Success;
}

ExitCode packVerify(const ParsedArgs& args)
{
    const QString name = args.positional(0);
    auto pack = loadPack(name);
    if (!pack)
        return fail(pack.error());
    const int files = int(pack->manifest().files.size());
    if (args.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("pack"), name},
                   {QStringLiteral("name"), pack->manifest().name},
                   {QStringLiteral("version"), pack->manifest().version},
                   {QStringLiteral("directory"), pack->directory()},
                   {QStringLiteral("verified"), true},
                   {QStringLiteral("files"), files},
                   {QStringLiteral("pack_sha256"), pack->packSha256()},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(pack->warnings())}});
    } else {
        printText(Tr::tr("%1: verified, %2 files\n").arg(name).arg(files));
        printWarnings(pack->warnings());
    }
    return ExitCode::Success;
}

// What the pack a head file belongs to records about it: `train face --encoder openclip` writes PACK/head.safetensors
// with F.*, W only; threshold, baseline threshold, alpha and tau are in PACK/manifest.json and the population
// statistics in PACK/descriptors.safetensors. Absent when the head is no pack's head.safetensors.
struct HeadPack
{
    std::optional<double> threshold, baseline, alpha, tau;
    std::optional<morphometry::PopulationStats> stats;
};

Result<HeadPack> headPackOf(const QString& headPath)
{
    const QFileInfo info(headPath);
    const QString dir = info.absolutePath();
    if (info.fileName() != QLatin1String("head.safetensors") ||
        !QFileInfo(dir + QStringLiteral("/manifest.json")).isFile())
        return HeadPack{};
    // Verified as a whole (every hash): settings are only taken from a pack whose head is the file given.
    auto pack = ModelPack::open(dir);
    if (!pack)
        return pack.error();
    const PackManifest& m = pack->manifest();
    HeadPack hp;
    hp.alpha = m.head.alpha;
    hp.tau = m.head.tau;
    if (m.calibration.present) {
        hp.threshold = m.calibration.threshold;
        const QJsonValue b = m.calibration.json.value(QStringLiteral("baseline_threshold"));
        if (b.isDouble())
            hp.baseline = b.toDouble();
    }
    const QString descriptors = QStringLiteral("descriptors.safetensors");
    if (m.files.contains(descriptors)) {
        auto t = pack->tensors(descriptors);
        if (!t)
            return t.error();
        if (t->contains(QStringLiteral("morph.mean")) && t->contains(QStringLiteral("morph.std"))) {
            morphometry::PopulationStats stats;
            const auto mean = t->value(QStringLiteral("morph.mean")).toFloat();
            const auto sd = t->value(QStringLiteral("morph.std")).toFloat();
            stats.mean.assign(mean.begin(), mean.end());
            stats.stddev.assign(sd.begin(), sd.end());
            // The training range goes with the statistics, or a built pack would judge out-of-range values
            // otherwise than the trained one.
            if (t->contains(QStringLiteral("morph.min")) && t->contains(QStringLiteral("morph.max"))) {
                const auto lo = t->value(QStringLiteral("morph.min")).toFloat();
                const auto hi = t->value(QStringLiteral("morph.max")).toFloat();
                stats.min.assign(lo.begin(), lo.end());
                stats.max.assign(hi.begin(), hi.end());
            }
            hp.stats = stats;
        }
    }
    return hp;
}

// A head setting: the option when given, else the head file's metadata, else the head's pack; a usage error naming
// the option and the file when none has it. `valid` bounds the stored values (options are bounded by the parser).
Result<double> headValue(const ParsedArgs& args, const QString& option, const QJsonObject& metadata, const QString& key,
                         std::optional<double> fromPack, const QString& headPath,
                         const std::function<bool(double)>& valid)
{
    if (args.isSet(option))
        return args.value(option).toDouble();
    bool ok = false;
    const double v = metadata.value(key).toString().toDouble(&ok);
    if (ok && std::isfinite(v) && valid(v))
        return v;
    if (fromPack && std::isfinite(*fromPack) && valid(*fromPack))
        return *fromPack;
    return args.usageError(Tr::tr("give --%1 (the head file %2 records no '%3' in its metadata, nor does a pack "
                                  "it belongs to)")
                               .arg(option, QDir::toNativeSeparators(headPath), key));
}

bool isThreshold(double v)
{
    return v >= -1 && v <= 1;
}

// The four settings of a head, all resolved before any work (usage errors).
struct HeadValues
{
    double threshold = 0, baseline = 0, alpha = 0, tau = 0;
};

Result<HeadValues> headValues(const ParsedArgs& args, const QJsonObject& metadata, const HeadPack& hp,
                              const QString& headPath)
{
    HeadValues v;
    auto threshold = headValue(args, QStringLiteral("threshold"), metadata, QStringLiteral("threshold"), hp.threshold,
                               headPath, isThreshold);
    if (!threshold)
        return threshold.error();
    auto baseline = headValue(args, QStringLiteral("baseline-threshold"), metadata,
                              QStringLiteral("baseline_threshold"), hp.baseline, headPath, isThreshold);
    if (!baseline)
        return baseline.error();
    auto alpha = headValue(args, QStringLiteral("alpha"), metadata, QStringLiteral("alpha"), hp.alpha, headPath,
                           [](double a) { return a >= 0 && a <= 1; });
    if (!alpha)
        return alpha.error();
    auto tau = headValue(args, QStringLiteral("tau"), metadata, QStringLiteral("tau"), hp.tau, headPath,
                         [](double t) { return t > 0; });
    if (!tau)
        return tau.error();
    return HeadValues{*threshold, *baseline, *alpha, *tau};
}

// The catalog: the file given, else the built-in FISWG face catalog. It must be one loading will find again
// (by name, version and SHA-256), or the pack would not load.
Result<Catalog> buildCatalog(const ParsedArgs& args, const QString& defaultPath)
{
    const QString path = args.isSet(QStringLiteral("catalog")) ? args.value(QStringLiteral("catalog")) : defaultPath;
    auto catalog = Catalog::load(path);
    if (!catalog)
        return catalog.error();
    auto found = findCatalog(catalog->name(), catalog->version(), catalog->sha256(), QString(), path);
    if (!found)
        return Error(ErrorCode::Input,
                     Tr::tr("catalog %1 %2 is not installed, so a pack built on it could not find it when loading; "
                            "copy it into a catalog folder first")
                         .arg(catalog->name(), catalog->version()),
                     path);
    return catalog;
}

FacePackInfo buildInfo(const ParsedArgs& args, const LoadedClip& clip, double threshold, double baseline,
                       const QString& headSha)
{
    FacePackInfo info;
    info.name = args.value(QStringLiteral("name"));
    info.version = args.value(QStringLiteral("version"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    info.calibration = QJsonObject{{QStringLiteral("threshold"), threshold},
                                   {QStringLiteral("baseline_threshold"), baseline},
                                   {QStringLiteral("operating_point"), QStringLiteral("given to pack build")},
                                   {QStringLiteral("dataset"), QStringLiteral("not calibrated by Descry")},
                                   {QStringLiteral("date"), now}};
    info.provenance = QJsonObject{
        {QStringLiteral("command"), QStringLiteral("descry-cli pack build ") + args.arguments().join(QLatin1Char(' '))},
        {QStringLiteral("checkpoint"), clip.checkpointJson()},
        {QStringLiteral("clip_config"), clip.model.config().toJson()},
        {QStringLiteral("head"),
         QJsonObject{{QStringLiteral("path"), QFileInfo(args.value(QStringLiteral("head"))).absoluteFilePath()},
                     {QStringLiteral("sha256"), headSha}}},
        {QStringLiteral("built"), now}};
    return info;
}

QJsonObject buildJson(const QString& out, const FaceModel& model, const LoadedClip& clip, bool copied)
{
    const FaceConceptLayout& layout = model.layout();
    return {{QStringLiteral("pack"), out},
            {QStringLiteral("directory"), model.pack().directory()},
            {QStringLiteral("name"), model.pack().manifest().name},
            {QStringLiteral("version"), model.pack().manifest().version},
            {QStringLiteral("layout"), layout.layoutId()},
            {QStringLiteral("concepts"), int(layout.concepts.size())},
            {QStringLiteral("measured_concepts"), layout.nDirect},
            {QStringLiteral("prompt_concepts"), layout.numCosine()},
            {QStringLiteral("checkpoint"), clip.checkpointJson()},
            {QStringLiteral("copied_checkpoint"), copied},
            {QStringLiteral("pack_sha256"), model.pack().packSha256()},
            {QStringLiteral("verified"), true}};
}

// Every descriptor prompt through the text tower once, with a bar counting prompts.
Result<std::vector<float>> encodePrompts(const ClipModel& model, const Catalog& catalog)
{
    auto tokenizer = ClipTokenizer::loadDefault();
    if (!tokenizer)
        return tokenizer.error();
    qint64 prompts = 0;
    for (const Descriptor& d : catalog.descriptors())
        prompts += d.prompts.size();
    ProgressLine bar(Tr::tr("encoding descriptor prompts"), Tr::tr("prompts"));
    Progress progress;
    progress.report = [&bar, prompts](double f, const QString&) {
        bar.update(std::llround(f * double(prompts)), prompts);
        return true;
    };
    return encodeDescriptorPrompts(model, *tokenizer, catalog, progress);
}

ExitCode packBuildCxr(const ParsedArgs& args);

ExitCode packBuild(const ParsedArgs& args)
{
    if (args.value(QStringLiteral("task")) == QLatin1String("cxr"))
        return packBuildCxr(args);
    const QString checkpoint = args.value(QStringLiteral("clip"));
    const QString headPath = args.value(QStringLiteral("head"));
    const QString out = args.value(QStringLiteral("out"));
    RunFiles files;
    files.inputs << checkpoint << headPath;
    if (args.isSet(QStringLiteral("catalog")))
        files.inputs << args.value(QStringLiteral("catalog"));
    files.outputFolders << out;
    if (auto st = checkRunFiles(files); !st)
        return fail(st.error());
    if (auto st = checkPackOutput(out, files.inputs); !st)
        return fail(st.error());
    QJsonObject metadata;
    if (auto header = readSafetensorsHeader(headPath, &metadata); !header)
        return fail(Error(ErrorCode::Model, header.error().message(), headPath));
    auto headPack = headPackOf(headPath);
    if (!headPack)
        return fail(headPack.error());
    auto values = headValues(args, metadata, *headPack, headPath);
    if (!values)
        return fail(values.error());
    auto catalog = buildCatalog(args, defaultFaceCatalogPath());
    if (!catalog)
        return fail(catalog.error());
    auto clip = loadClipCheckpoint(checkpoint, args.value(QStringLiteral("activation")), true);
    if (!clip)
        return fail(clip.error());
    // The head is read and checked in full before a single prompt is encoded; T is set from the prompts after.
    const int embedDim = clip->model.config().embedDim;
    auto parts =
        readClipFaceHead(headPath, *catalog, embedDim, ClipHeadSettings{values->alpha, values->tau, headPack->stats});
    if (!parts)
        return fail(parts.error());
    auto T = encodePrompts(clip->model, *catalog);
    if (!T)
        return fail(T.error());
    if (parts->layout.numCosine() > 0)
        if (auto st = parts->head->setDescriptorEmbeddings(parts->layout.cosineRows(*T, embedDim)); !st)
            return fail(st.error());
    parts->threshold = values->threshold;
    parts->baselineThreshold = values->baseline;
    auto headSha = sha256File(headPath);
    if (!headSha)
        return fail(headSha.error());
    ClipPackEncoder encoder;
    encoder.checkpointPath = clip->path;
    encoder.sha256 = clip->sha256;
    encoder.copyIntoPack = args.isSet(QStringLiteral("copy-encoder"));
    encoder.activation = clip->model.config().activation;
    if (auto st = writeClipFacePack(out, *parts, buildInfo(args, *clip, values->threshold, values->baseline, *headSha),
                                    encoder, files.inputs);
        !st)
        return fail(st.error());
    // The pack is only reported built once it loads as a comparison will load it (what `pack verify` checks).
    auto model = FaceModel::open(out);
    if (!model)
        return fail(model.error());
    if (args.isSet(QStringLiteral("json")))
        printJson(buildJson(out, *model, *clip, encoder.copyIntoPack));
    else
        printText(Tr::tr("%1: face pack written and verified (%2 concepts: %3 measured, %4 prompt; checkpoint "
                         "SHA-256 %5)\n")
                      .arg(out)
                      .arg(model->layout().concepts.size())
                      .arg(model->layout().nDirect)
                      .arg(model->layout().numCosine())
                      .arg(clip->sha256));
    return ExitCode::Success;
}

// The openclip-vit encoder of a chest X-ray pack: the checkpoint referenced by absolute path and SHA-256.
EncoderSpec cxrClipSpec(const LoadedClip& clip)
{
    EncoderSpec spec;
    spec.type = QStringLiteral("openclip-vit");
    spec.config = QJsonObject{
        {QStringLiteral("activation"), clipActivationId(clip.model.config().activation)},
        {QStringLiteral("checkpoint"), QJsonObject{{QStringLiteral("path"), QFileInfo(clip.path).absoluteFilePath()},
                                                   {QStringLiteral("sha256"), clip.sha256}}}};
    return spec;
}

CxrPackInfo cxrBuildInfo(const ParsedArgs& args, const LoadedClip& clip, double threshold, const QString& headSha)
{
    CxrPackInfo info;
    info.name = args.isSet(QStringLiteral("name")) ? args.value(QStringLiteral("name")) : QStringLiteral("cxr-clip");
    info.version = args.value(QStringLiteral("version"));
    info.encoder = cxrClipSpec(clip);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    info.calibration.threshold = threshold;
    info.calibration.bandLow = info.calibration.bandHigh = threshold;
    info.calibration.operatingPoint = QStringLiteral("given to pack build");
    info.calibration.dataset = QStringLiteral("not calibrated by Descry");
    info.calibration.date = now;
    info.provenance = QJsonObject{
        {QStringLiteral("command"), QStringLiteral("descry-cli pack build ") + args.arguments().join(QLatin1Char(' '))},
        {QStringLiteral("checkpoint"), clip.checkpointJson()},
        {QStringLiteral("clip_config"), clip.model.config().toJson()},
        {QStringLiteral("head"),
         QJsonObject{{QStringLiteral("path"), QFileInfo(args.value(QStringLiteral("head"))).absoluteFilePath()},
                     {QStringLiteral("sha256"), headSha}}},
        {QStringLiteral("built"), now}};
    return info;
}

// The decision threshold of a CXR head: --threshold, else the head's metadata or pack; a probability in (0, 1).
Result<double> cxrThreshold(const ParsedArgs& args, const QJsonObject& metadata, const HeadPack& hp,
                            const QString& headPath)
{
    const auto probability = [](double v) { return v > 0 && v < 1; };
    auto t = headValue(args, QStringLiteral("threshold"), metadata, QStringLiteral("threshold"), hp.threshold, headPath,
                       probability);
    if (t && !probability(*t))
        return args.usageError(Tr::tr("--threshold %1: a chest X-ray pack decides at a probability strictly "
                                      "between 0 and 1")
                                   .arg(*t));
    return t;
}

ExitCode packBuildCxr(const ParsedArgs& args)
{
    const QString checkpoint = args.value(QStringLiteral("clip"));
    const QString headPath = args.value(QStringLiteral("head"));
    const QString out = args.value(QStringLiteral("out"));
    if (args.isSet(QStringLiteral("copy-encoder")) || args.isSet(QStringLiteral("baseline-threshold")))
        return fail(args.usageError(Tr::tr("--copy-encoder and --baseline-threshold apply to face packs; a chest "
                                           "X-ray pack references its checkpoint by path and SHA-256")));
    RunFiles files;
    files.inputs << checkpoint << headPath;
    if (args.isSet(QStringLiteral("catalog")))
        files.inputs << args.value(QStringLiteral("catalog"));
    files.outputFolders << out;
    if (auto st = checkRunFiles(files); !st)
        return fail(st.error());
    if (auto st = checkPackOutput(out, files.inputs); !st)
        return fail(st.error());
    QJsonObject metadata;
    if (auto header = readSafetensorsHeader(headPath, &metadata); !header)
        return fail(Error(ErrorCode::Model, header.error().message(), headPath));
    auto headPack = headPackOf(headPath);
    if (!headPack)
        return fail(headPack.error());
    auto threshold = cxrThreshold(args, metadata, *headPack, headPath);
    if (!threshold)
        return fail(threshold.error());
    std::optional<double> alpha = headPack->alpha, tau = headPack->tau;
    if (args.isSet(QStringLiteral("alpha")))
        alpha = args.value(QStringLiteral("alpha")).toDouble();
    if (args.isSet(QStringLiteral("tau")))
        tau = args.value(QStringLiteral("tau")).toDouble();
    auto catalog = buildCatalog(args, defaultCxrCatalogPath());
    if (!catalog)
        return fail(catalog.error());
    auto clip = loadClipCheckpoint(checkpoint, args.value(QStringLiteral("activation")), true);
    if (!clip)
        return fail(clip.error());
    // The head is read and checked in full before a single prompt is encoded.
    auto headFile = detail::readCxrHeadFile(headPath, *catalog, clip->model.config().embedDim, alpha, tau);
    if (!headFile)
        return fail(headFile.error());
    auto T = encodePrompts(clip->model, *catalog);
    if (!T)
        return fail(T.error());
    auto head = detail::buildCxrHead(*headFile, *T, headPath);
    if (!head)
        return fail(head.error());
    auto headSha = sha256File(headPath);
    if (!headSha)
        return fail(headSha.error());
    if (auto st = writeCxrPack(out, *catalog, *head, cxrBuildInfo(args, *clip, *threshold, *headSha), files.inputs);
        !st)
        return fail(st.error());
    // Reported built only once it opens as `cxr` opens it.
    auto model = CxrModel::open(out);
    if (!model)
        return fail(model.error());
    if (args.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("pack"), out},
                   {QStringLiteral("directory"), model->pack().directory()},
                   {QStringLiteral("name"), model->pack().manifest().name},
                   {QStringLiteral("version"), model->pack().manifest().version},
                   {QStringLiteral("task"), model->pack().manifest().task},
                   {QStringLiteral("concepts"), model->head().numConcepts()},
                   {QStringLiteral("threshold"), model->calibration().threshold},
                   {QStringLiteral("checkpoint"), clip->checkpointJson()},
                   {QStringLiteral("pack_sha256"), model->pack().packSha256()},
                   {QStringLiteral("verified"), true}});
    else
        printText(Tr::tr("%1: chest X-ray pack written and verified (%2 descriptor concepts, threshold %3; checkpoint "
                         "SHA-256 %4)\n")
                      .arg(out)
                      .arg(model->head().numConcepts())
                      .arg(model->calibration().threshold)
                      .arg(clip->sha256));
    return ExitCode::Success;
}

Positional packPositional()
{
    return {QStringLiteral("PACK"), Tr::tr("a pack folder, its manifest.json or an installed pack name")};
}

} // namespace

Command packInfoCommand()
{
    return Command{
        .words = {QStringLiteral("pack"), QStringLiteral("info")},
        .summary = Tr::tr("verify a model pack and show its manifest, files and tensors"),
        .positionals = {packPositional()},
        .options = {jsonOption()},
        .run = packInfo,
    };
}

Command packVerifyCommand()
{
    return Command{
        .words = {QStringLiteral("pack"), QStringLiteral("verify")},
        .summary = Tr::tr("check that a model pack loads: every file against its manifest's SHA-256, the head "
                          "settings, tensors, catalog, encoders and calibration, as a comparison loads them"),
        .positionals = {packPositional()},
        .options = {jsonOption()},
        .run = packVerify,
    };
}

Command packBuildCommand()
{
    auto threshold = [](const QString& name, const QString& help) {
        return Option::number(name, QStringLiteral("X"), help, -1, 1);
    };
    return Command{
        .words = {QStringLiteral("pack"), QStringLiteral("build")},
        .summary = Tr::tr("build a face or chest X-ray pack from a CLIP checkpoint, a descriptor catalog and a trained "
                          "head: every descriptor prompt encoded once, the checkpoint referenced by path and SHA-256 "
                          "or copied"),
        .positionals = {},
        .options =
            {Option::choice(QStringLiteral("task"), {QStringLiteral("face"), QStringLiteral("cxr")},
                            Tr::tr("the pack's task"))
                 .mandatory(),
             Option::text(QStringLiteral("clip"), QStringLiteral("CHECKPOINT"), Tr::tr("the CLIP checkpoint"))
                 .mandatory(),
             Option::text(QStringLiteral("catalog"), QStringLiteral("C"),
                          Tr::tr("descriptor catalog (default: the built-in FISWG face catalog; with --task cxr the "
                                 "built-in chest X-ray catalog)")),
             Option::text(
                 QStringLiteral("head"), QStringLiteral("HEAD.safetensors"),
                 Tr::tr("trained head: F.*, W [, b, alpha] and morph.mean/morph.std, with threshold, "
                        "baseline_threshold, alpha and tau in its metadata; or the head.safetensors of a "
                        "pack `train face --encoder openclip` wrote, whose manifest and "
                        "descriptors.safetensors give them (options override both); with --task cxr: F.*, W [N x 2], "
                        "b, with threshold, alpha and tau in its metadata, or a CXR pack's head.safetensors"))
                 .mandatory(),
             Option::text(QStringLiteral("out"), QStringLiteral("DIR"), Tr::tr("pack folder to write")).mandatory(),
             Option::choice(QStringLiteral("activation"), {QStringLiteral("gelu"), QStringLiteral("quickgelu")},
                            Tr::tr("the checkpoint's MLP activation (default: its config.json, else gelu)")),
             Option::flag(QStringLiteral("copy-encoder"),
                          Tr::tr("copy the checkpoint into the pack instead of referencing it by path and SHA-256")),
             threshold(QStringLiteral("threshold"),
                       Tr::tr("match threshold of the explainable score; with --task cxr the P(effusion) "
                              "decision threshold in (0, 1) (default: the head's metadata)")),
             threshold(QStringLiteral("baseline-threshold"),
                       Tr::tr("match threshold of the CLIP image cosine baseline (default: the head's metadata)")),
             Option::number(QStringLiteral("alpha"), QStringLiteral("A"),
                            Tr::tr("share of the raw image embedding (default: the head's metadata)"), 0, 1),
             Option::number(QStringLiteral("tau"), QStringLiteral("T"),
                            Tr::tr("concept softmax temperature (default: the head's metadata)"), 0,
                            std::numeric_limits<double>::infinity(), true),
             Option::text(QStringLiteral("name"), QStringLiteral("N"), Tr::tr("pack name"))
                 .withDefault(QStringLiteral("face-clip")),
             Option::text(QStringLiteral("version"), QStringLiteral("V"), Tr::tr("pack version"))
                 .withDefault(QStringLiteral("0.1.0")),
             jsonOption()},
        .run = packBuild,
    };
}

} // namespace descry::cli
