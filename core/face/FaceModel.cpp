#include <torch/torch.h>

#include "core/face/FaceModel.h"
#include "core/common/Tr.h"

#include "core/clip/ClipEncoder.h"
#include "core/face/regions/RegionMeasurer.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/tensor/detail/SafetensorsTorch.h"
#include "core/eval/Similarity.h"
#include "core/pack/HeadSettings.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace descry {

namespace {

const QString kHead = QStringLiteral("head.safetensors");
const QString kDescriptors = QStringLiteral("descriptors.safetensors");
const QString kResnetManifest = QStringLiteral("encoder/face_recognition_model-weights_manifest.json");
const QString kResnetWeights = QStringLiteral("encoder/face_recognition_model.bin");

std::vector<float> toFloats(const std::vector<double>& v)
{
    return std::vector<float>(v.begin(), v.end());
}

} // namespace

std::vector<float> faceDirectScores(const FaceModelParts& parts, const std::vector<double>& morphometry)
{
    return parts.layout.directScores(morphometry::zScores(morphometry, parts.stats), parts.head->config().tau);
}

double faceScore(const float* eProbe, const float* eReference, std::size_t m)
{
    return cosineSimilarity(eProbe, eReference, m);
}

double faceScore(const std::vector<float>& eProbe, const std::vector<float>& eReference)
{
    if (eProbe.size() != eReference.size())
        return std::nan("");
    return faceScore(eProbe.data(), eReference.data(), eProbe.size());
}

Result<ConceptOutput> FaceModel::concepts(const std::vector<double>& morph, const std::vector<float>& embedding) const
{
    return m_parts.head->forward(embedding, hasMorphometry() ? faceDirectScores(m_parts, morph) : std::vector<float>{});
}

Result<ConceptOutput> FaceModel::concepts(const FaceAnalysis& analysis) const
{
    return concepts(analysis.morphometry, analysis.embedding);
}

Status FaceModel::loadEncoders(const EncoderRegistry& registry, const Progress& progress)
{
    const PackManifest& mf = m_pack->manifest();
    const QString manifestPath = m_pack->filePath(QString::fromLatin1(pack::kManifestFile));
    const QList<EncoderSpec> specs = mf.encoder.sources.isEmpty() ? QList<EncoderSpec>{mf.encoder} : mf.encoder.sources;
    std::shared_ptr<const FaceLocator> locator;
    std::shared_ptr<const ImageEncoder> image;
    std::vector<std::shared_ptr<const FaceMeasurer>> measurers;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        if (!progress.step(double(i) / specs.size(), Tr::tr("Loading encoder %1").arg(specs[i].type)))
            return Error(ErrorCode::Cancelled, Tr::tr("loading cancelled"));
        EncoderContext ctx{m_pack->directory(), manifestPath, specs[i], progress};
        auto encoder = registry.create(ctx);
        if (!encoder)
            return encoder.error();
        if (auto l = std::dynamic_pointer_cast<const FaceLocator>(*encoder); l && !locator)
            locator = l;
        else if (auto fm = std::dynamic_pointer_cast<const FaceMeasurer>(*encoder))
            measurers.push_back(fm);
        else if (auto e = std::dynamic_pointer_cast<const ImageEncoder>(*encoder); e && !image)
            image = e;
        else
            return Error(ErrorCode::Model,
                         Tr::tr("encoder.sources[%1]: a face pack takes one face locator, measured sources and at "
                                "most one image encoder; '%2' is one too many")
                             .arg(i)
                             .arg(specs[i].type),
                         manifestPath);
    }
    if (!locator)
        return Error(ErrorCode::Model,
                     Tr::tr("encoder.sources: no source finds faces and landmarks (e.g. type 'morphometric')"),
                     manifestPath);
    m_analyzer.emplace(locator, image, measurers);
    m_sources = specs;
    return {};
}

void FaceModel::describeEncoders(const QList<EncoderSpec>& specs)
{
    ConceptEncoderInfo& info = m_conceptEncoder;
    info = {};
    info.notAssessed = m_notAssessedAuc;
    if (m_parts.layout.nDirect > 0) {
        QStringList measured{m_analyzer->locator().type()};
        for (const auto& m : m_analyzer->measurers())
            measured << m->type();
        info.measured = measured.join(QLatin1Char('+'));
    }
    const ImageEncoder* image = m_analyzer->encoder();
    if (!image || m_parts.layout.numCosine() == 0)
        return;
    info.cosine = image->type();
    info.cosineSource = conceptSourceName(m_parts.layout.cosineSource);
    if (const auto* clip = dynamic_cast<const ClipImageEncoder*>(image)) {
        info.checkpointPath = clip->model().checkpointPath();
        info.checkpointSha256 = clip->checkpointSha256();
        info.architecture = clip->model().config().name;
        info.activation = clipActivationId(clip->model().config().activation);
    }
    for (const EncoderSpec& spec : specs) { // other encoders may record their weights' hash in the manifest
        if (spec.type == info.cosine && info.checkpointSha256.isEmpty())
            info.checkpointSha256 = spec.config.value(QStringLiteral("weights_sha256")).toString();
    }
}

QJsonObject ConceptEncoderInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("measured"), measured},
                       {QStringLiteral("cosine"), cosine},
                       {QStringLiteral("cosine_source"), cosineSource},
                       {QStringLiteral("checkpoint"), QJsonObject{{QStringLiteral("path"), checkpointPath},
                                                                  {QStringLiteral("sha256"), checkpointSha256}}},
                       {QStringLiteral("architecture"), architecture},
                       {QStringLiteral("activation"), activation},
                       {QStringLiteral("not_assessed"), QJsonArray::fromStringList(notAssessedNotes())}};
}

QStringList ConceptEncoderInfo::notAssessedNotes() const
{
    QStringList out;
    for (auto it = notAssessed.cbegin(); it != notAssessed.cend(); ++it)
        out << (std::isfinite(it.value()) ? Tr::tr("%1: not assessed (appearance direction AUC %2 < 0.6)")
                                                .arg(it.key())
                                                .arg(it.value(), 0, 'f', 2)
                                          : Tr::tr("%1: not assessed (appearance direction unreliable)").arg(it.key()));
    return out;
}

QString ConceptEncoderInfo::summary() const
{
    QStringList parts;
    if (!measured.isEmpty())
        parts << (measured.contains(QLatin1Char('+'))
                      ? Tr::tr("measured concepts from %1 (landmarks; colour and texture in landmark-defined regions)")
                            .arg(measured)
                      : Tr::tr("measured concepts from %1 (landmarks)").arg(measured));
    if (!cosine.isEmpty()) {
        QString s = cosineSource == QLatin1String("prompt")
                        ? Tr::tr("prompt concepts from %1 (image-text similarity)").arg(cosine)
                        : Tr::tr("%1 concepts from %2").arg(cosineSource, cosine);
        if (!architecture.isEmpty())
            s += QStringLiteral(" %1, %2").arg(architecture, activation);
        if (!checkpointSha256.isEmpty())
            s += Tr::tr(", checkpoint SHA-256 %1").arg(checkpointSha256);
        if (!checkpointPath.isEmpty())
            s += Tr::tr(" (%1)").arg(QDir::toNativeSeparators(checkpointPath));
        parts << s;
    }
    return parts.join(QStringLiteral("; "));
}

namespace {

// head.aggregation: "full" (also when missing: packs written before block heads) or "block" with
// head.block_width, m = groups × block width. A block head's stored W is then checked to be zero outside its blocks.
Status readAggregation(const QJsonObject& head, const QString& manifestPath, HeadConfig* cfg)
{
    const QJsonValue v = head.value(QStringLiteral("aggregation"));
    if (v.isUndefined())
        return {};
    const auto aggregation = headAggregationFromId(v.toString());
    if (!v.isString() || !aggregation)
        return Error(ErrorCode::Model, Tr::tr("head.aggregation: must be \"full\" or \"block\""), manifestPath);
    cfg->aggregation = *aggregation;
    if (*aggregation == HeadAggregation::Full)
        return {};
    const int groups = cfg->groupOf.empty() ? 0 : *std::max_element(cfg->groupOf.begin(), cfg->groupOf.end()) + 1;
    const double width = head.value(QStringLiteral("block_width")).toDouble(-1);
    if (width < 1 || width != std::floor(width) || groups * width != cfg->m)
        return Error(ErrorCode::Model,
                     Tr::tr("head.block_width: must be an integer with m = %1 groups × block width (m is %2)")
                         .arg(groups)
                         .arg(cfg->m),
                     manifestPath);
    cfg->blockWidth = int(width);
    return {};
}

} // namespace

Status FaceModel::loadHead(const QString& manifestPath)
{
    auto cfg = headConfigFromManifest(m_pack->manifest(), manifestPath);
    if (!cfg)
        return cfg.error();
    const FaceConceptLayout& layout = m_parts.layout;
    const ImageEncoder* image = m_analyzer->encoder();
    const int d = image ? image->dimension() : 0;
    if (cfg->d != d)
        return Error(ErrorCode::Model, Tr::tr("head.d: is %1 but the image encoder gives %2 values").arg(cfg->d).arg(d),
                     manifestPath);
    if (cfg->nDirect != layout.nDirect)
        return Error(ErrorCode::Model,
                     Tr::tr("head.n_direct: is %1 but the catalog has %2 measured descriptors")
                         .arg(cfg->nDirect)
                         .arg(layout.nDirect),
                     manifestPath);
    const QJsonValue concepts = m_pack->manifest().head.json.value(QStringLiteral("concepts"));
    QStringList expected;
    for (const FaceConcept& c : layout.concepts)
        expected << m_parts.catalog.descriptors()[c.descriptor].id + QLatin1Char('@') + conceptSourceName(c.source);
    QStringList listed;
    for (const QJsonValue& v : concepts.toArray())
        listed << v.toString();
    if (!concepts.isArray() || listed != expected)
        return Error(
            ErrorCode::Model,
            concepts.isUndefined()
                ? Tr::tr("head.concepts: missing")
                : Tr::tr("head.concepts: does not list the catalog's %1 concepts in order").arg(expected.size()),
            manifestPath);
    cfg->groupOf = layout.groupOf;
    if (auto st = readAggregation(m_pack->manifest().head.json, manifestPath, &*cfg); !st)
        return st;
    return loadHeadTensors(*cfg);
}

Status FaceModel::loadHeadTensors(const HeadConfig& cfg)
{
    // Names, shapes and dtypes are checked on the headers first: the head is only built (allocated) for tensors
    // that are really there, and every one is F32, so the values loaded are the values stored.
    auto stored = readHeadTensors(*m_pack, cfg, kHead, kDescriptors);
    if (!stored)
        return stored.error();
    auto head = ConceptHead::create(cfg);
    if (!head)
        return head.error().withFile(m_pack->filePath(kHead));
    std::map<std::string, torch::Tensor> all;
    for (auto it = stored->cbegin(); it != stored->cend(); ++it)
        all[it.key().toStdString()] = detail::toTensor(it.value());
    auto st = detail::module(*head)->loadTensors(all);
    if (!st)
        return st.error().withFile(m_pack->filePath(kHead));
    m_parts.head.emplace(*head);
    auto descTensors = m_pack->tensors(kDescriptors);
    if (!descTensors)
        return descTensors.error();
    if (auto st = loadAppearanceRange(*descTensors); !st)
        return st;
    return hasMorphometry() ? loadStats(*descTensors) : Status{};
}

namespace {

// Optional pairs of range tensors (`base`.min / `base`.max): both or neither, each with `shape`. *found says
// whether they are there.
Status checkRangePair(const QMap<QString, TensorData>& tensors, const QString& base, const std::vector<int64_t>& shape,
                      const QString& path, bool* found)
{
    const QString lo = base + QStringLiteral(".min"), hi = base + QStringLiteral(".max");
    *found = tensors.contains(lo) && tensors.contains(hi);
    if (!*found && (tensors.contains(lo) || tensors.contains(hi)))
        return Error(ErrorCode::Model, Tr::tr("tensors '%1' and '%2' come together (training range)").arg(lo, hi),
                     path);
    for (const QString& name : {lo, hi})
        if (*found)
            if (auto s = checkStoredTensor(tensors.value(name), shape, path, Tr::tr("training range")); !s)
                return s;
    return {};
}

std::vector<double> doubles(const TensorData& t)
{
    const auto f = t.toFloat();
    return std::vector<double>(f.begin(), f.end());
}

} // namespace

Status FaceModel::loadStats(const QMap<QString, TensorData>& descTensors)
{
    const std::vector<int64_t> statsShape{int64_t(m_parts.layout.measured.size())};
    const QString descPath = m_pack->filePath(kDescriptors);
    for (const QString& name : {QStringLiteral("morph.mean"), QStringLiteral("morph.std")}) {
        const auto found = descTensors.constFind(name);
        if (found == descTensors.constEnd())
            return Error(ErrorCode::Model, Tr::tr("tensor '%1' is missing (population statistics)").arg(name),
                         descPath);
        if (auto s = checkStoredTensor(*found, statsShape, descPath, Tr::tr("population statistics")); !s)
            return s;
    }
    m_parts.stats.mean = doubles(descTensors.value(QStringLiteral("morph.mean")));
    m_parts.stats.stddev = doubles(descTensors.value(QStringLiteral("morph.std")));
    // Packs written before training ranges were recorded have no morph.min / morph.max: the z fallback applies.
    bool ranged = false;
    if (auto s = checkRangePair(descTensors, QStringLiteral("morph"), statsShape, descPath, &ranged); !s)
        return s;
    if (ranged) {
        m_parts.stats.min = doubles(descTensors.value(QStringLiteral("morph.min")));
        m_parts.stats.max = doubles(descTensors.value(QStringLiteral("morph.max")));
    }
    return {};
}

Status FaceModel::loadAppearanceRange(const QMap<QString, TensorData>& descTensors)
{
    bool ranged = false;
    const std::vector<int64_t> shape{int64_t(std::max(0, m_parts.layout.numCosine()))};
    if (auto s =
            checkRangePair(descTensors, QStringLiteral("appearance"), shape, m_pack->filePath(kDescriptors), &ranged);
        !s)
        return s;
    if (ranged) {
        m_parts.appearanceRange.min = doubles(descTensors.value(QStringLiteral("appearance.min")));
        m_parts.appearanceRange.max = doubles(descTensors.value(QStringLiteral("appearance.max")));
    }
    return {};
}

QStringList FaceModel::outOfRangeReasons(const std::vector<double>& morph) const
{
    QStringList out;
    for (size_t i = 0; i < morph.size(); ++i)
        out << morphometry::outOfRangeReason(m_parts.stats, i, morph[i]);
    return out;
}

QMap<QString, QString> FaceModel::appearanceOutOfRange(const std::vector<float>& S) const
{
    QMap<QString, QString> out;
    const FaceConceptLayout& layout = m_parts.layout;
    if (layout.cosineSource != ConceptSource::Appearance || !m_parts.appearanceRange.recorded())
        return out;
    for (int k = layout.nDirect; k < layout.concepts.size() && size_t(k) < S.size(); ++k) {
        const size_t j = size_t(k - layout.nDirect);
        if (!m_parts.appearanceRange.has(j))
            continue;
        const FaceConcept& c = layout.concepts[k];
        const Descriptor& d = m_parts.catalog.descriptors()[c.descriptor];
        const QString reason =
            trainingrange::appearanceOutOfRange(d.text.isEmpty() ? d.id : d.text, S[size_t(k)],
                                                m_parts.appearanceRange.min[j], m_parts.appearanceRange.max[j]);
        const QString characteristic = m_parts.catalog.groups()[layout.groups[c.group].catalogGroup].id;
        if (!reason.isEmpty() && !out.contains(characteristic)) // the first descriptor out of range is named
            out.insert(characteristic, reason);
    }
    return out;
}

Status FaceModel::loadCalibration(const QString& manifestPath)
{
    const QJsonObject& cal = m_pack->manifest().calibration.json;
    const double threshold = m_pack->manifest().calibration.threshold;
    if (!std::isfinite(threshold) || threshold < -1 || threshold > 1)
        return Error(ErrorCode::Model, Tr::tr("calibration.threshold: must be a number in [-1, 1]"), manifestPath);
    m_parts.threshold = threshold;
    // The LR calibration is optional (older packs have none) but read strictly when present.
    const QJsonValue lr = cal.value(QStringLiteral("likelihood_ratio"));
    if (!lr.isUndefined() && !lr.isNull()) {
        auto parsed = LrCalibration::fromJson(lr, manifestPath);
        if (!parsed)
            return parsed.error();
        m_likelihoodRatio = std::move(parsed).value();
    }
    if (!m_analyzer->encoder())
        return {};
    const QJsonValue baseline = cal.value(QStringLiteral("baseline_threshold"));
    if (baseline.isUndefined())
        return Error(ErrorCode::Model,
                     Tr::tr("calibration.baseline_threshold: missing (the pack's image encoder gives a baseline "
                            "score that needs its own threshold)"),
                     manifestPath);
    const double b = baseline.toDouble(std::nan(""));
    if (!baseline.isDouble() || !std::isfinite(b) || b < -1 || b > 1)
        return Error(ErrorCode::Model, Tr::tr("calibration.baseline_threshold: must be a number in [-1, 1]"),
                     manifestPath);
    m_parts.baselineThreshold = b;
    m_hasBaselineThreshold = true;
    return {};
}

namespace {

// head.layout names the concept layout; packs written before prompt concepts existed have none and use the
// measured + appearance layout they were trained with (their head.concepts list says so, and is checked).
// head.not_assessed: [{"characteristic": id, "auc": mean held-out AUC}], absent in older packs.
Result<QMap<QString, double>> notAssessedOf(const PackManifest& mf, const QString& manifestPath)
{
    QMap<QString, double> out;
    const QJsonValue list = mf.head.json.value(QStringLiteral("not_assessed"));
    if (list.isUndefined())
        return out;
    const Error bad(ErrorCode::Model,
                    Tr::tr("head.not_assessed: must be an array of {\"characteristic\": id, \"auc\": number}"),
                    manifestPath);
    if (!list.isArray())
        return bad;
    for (const QJsonValue& v : list.toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue auc = o.value(QStringLiteral("auc"));
        if (!v.isObject() || !o.value(QStringLiteral("characteristic")).isString() || !(auc.isDouble() || auc.isNull()))
            return bad;
        out.insert(o.value(QStringLiteral("characteristic")).toString(), auc.toDouble(std::nan("")));
    }
    return out;
}

Result<FaceConceptLayout> layoutOf(const PackManifest& mf, const Catalog& catalog, const QStringList& measured,
                                   const QStringList& notAssessed, const QString& manifestPath)
{
    const QJsonValue id = mf.head.json.value(QStringLiteral("layout"));
    ConceptSource cosine = ConceptSource::Appearance;
    if (!id.isUndefined()) {
        const auto source = FaceConceptLayout::cosineSourceFromLayoutId(id.toString());
        if (!id.isString() || !source)
            return Error(ErrorCode::Model,
                         Tr::tr("head.layout: must be \"measured+appearance\" or \"measured+prompt\""), manifestPath);
        cosine = *source;
    }
    return FaceConceptLayout::build(catalog, cosine, measured, notAssessed);
}

} // namespace

Result<FaceModel> FaceModel::open(const QString& pathOrName, const Progress& progress, const EncoderRegistry& registry)
{
    if (!progress.step(0, Tr::tr("Verifying the pack")))
        return Error(ErrorCode::Cancelled, Tr::tr("loading cancelled"));
    auto pack = ModelPack::open(pathOrName);
    if (!pack)
        return pack.error();
    const PackManifest& mf = pack->manifest();
    const QString manifestPath = pack->filePath(QString::fromLatin1(pack::kManifestFile));
    if (mf.task != QLatin1String("face-verification"))
        return Error(ErrorCode::Model, Tr::tr("task: is '%1', expected face-verification").arg(mf.task), manifestPath);
    return detail::guarded(ErrorCode::Model, manifestPath, [&]() -> Result<FaceModel> {
        FaceModel model;
        model.m_pack = *pack;
        if (!progress.step(0.3, Tr::tr("Reading the descriptor catalog")))
            return Error(ErrorCode::Cancelled, Tr::tr("loading cancelled"));
        const QString packCatalog =
            mf.raw.value(QStringLiteral("descriptors")).toObject().value(QStringLiteral("file")).toString();
        auto catalog = findCatalog(mf.descriptors.catalog, mf.descriptors.version, mf.descriptors.sha256,
                                   packCatalog.isEmpty() ? QString() : pack->filePath(packCatalog), manifestPath);
        if (!catalog)
            return catalog.error();
        model.m_parts.catalog = *catalog;
        auto notAssessed = notAssessedOf(mf, manifestPath);
        if (!notAssessed)
            return notAssessed.error();
        model.m_notAssessedAuc = *notAssessed;
        if (auto st = model.loadEncoders(registry, progress.sub(0.35, 0.85)); !st)
            return st.error();
        // The layout indexes the measured vector, so it is built once the sources say what they measure.
        auto layout = layoutOf(mf, *catalog, model.m_analyzer->quantities(), notAssessed->keys(), manifestPath);
        if (!layout)
            return layout.error();
        model.m_parts.layout = *layout;
        model.describeEncoders(model.m_sources);
        if (!progress.step(0.85, Tr::tr("Loading the concept head")))
            return Error(ErrorCode::Cancelled, Tr::tr("loading cancelled"));
        if (auto st = model.loadHead(manifestPath); !st)
            return st.error();
        if (auto st = model.loadCalibration(manifestPath); !st)
            return st.error();
        progress.step(1.0, Tr::tr("Pack loaded"));
        return model;
    });
}

EncoderSpec morphometricSourceSpec()
{
    EncoderSpec morph;
    morph.type = QStringLiteral("morphometric");
    morph.files = {QStringLiteral("asset:shape_predictor_68_face_landmarks.dat")};
    morph.config = QJsonObject{{QStringLiteral("quantities"), QJsonArray::fromStringList(morphometry::quantities())},
                               {QStringLiteral("detector"), QStringLiteral("dlib HOG frontal_face_detector")}};
    return morph;
}

EncoderSpec regionsSourceSpec()
{
    EncoderSpec regions;
    regions.type = QStringLiteral("regions");
    regions.config =
        QJsonObject{{QStringLiteral("quantities"), QJsonArray::fromStringList(RegionMeasurer::allQuantities())},
                    {QStringLiteral("iod_pixels"), RegionMeasurer::kIodPixels},
                    {QStringLiteral("colour_space"), QStringLiteral("CIELAB (sRGB, D65)")}};
    return regions;
}

QMap<QString, double> unreliableAppearance(const Catalog& catalog, const QJsonObject& aucs, double minAuc)
{
    QMap<QString, double> out;
    for (const DescriptorGroup& g : catalog.groups()) {
        double sum = 0;
        int n = 0;
        for (int d : g.descriptors) {
            const QJsonValue v = aucs.value(catalog.descriptors()[d].id);
            if (v.isDouble() && std::isfinite(v.toDouble())) {
                sum += v.toDouble();
                ++n;
            }
        }
        if (n > 0 && sum / n < minAuc)
            out.insert(g.id, sum / n);
    }
    return out;
}

namespace {

// The measured sources a layout's measured vector needs: the landmark quantities, then the region ones if any.
QList<EncoderSpec> measuredSources(const FaceConceptLayout& layout)
{
    EncoderSpec morph = morphometricSourceSpec();
    QStringList landmark, region;
    for (const QString& q : layout.measured)
        (morphometry::quantities().contains(q) ? landmark : region) << q;
    if (!landmark.isEmpty())
        morph.config.insert(QStringLiteral("quantities"), QJsonArray::fromStringList(landmark));
    if (region.isEmpty())
        return {morph};
    EncoderSpec regions = regionsSourceSpec();
    regions.config.insert(QStringLiteral("quantities"), QJsonArray::fromStringList(region));
    return {morph, regions};
}

// The head's not_assessed list: characteristics left without appearance scores and their mean held-out AUC.
QJsonArray notAssessedJson(const FaceModelParts& parts, const QJsonObject& metrics)
{
    const auto aucs =
        unreliableAppearance(parts.catalog, metrics.value(QStringLiteral("appearance_direction_auc")).toObject(), 2.0);
    QJsonArray list;
    for (const QString& id : parts.layout.notAssessed)
        list.append(QJsonObject{{QStringLiteral("characteristic"), id},
                                {QStringLiteral("auc"), aucs.contains(id) ? QJsonValue(aucs.value(id)) : QJsonValue()},
                                {QStringLiteral("min_auc"), 0.6}});
    return list;
}

QList<EncoderSpec> defaultFaceSources(const FaceConceptLayout& layout)
{
    const QList<EncoderSpec> measured = measuredSources(layout);
    EncoderSpec resnet;
    resnet.type = QStringLiteral("dlib-resnet");
    resnet.files = {kResnetManifest, kResnetWeights};
    resnet.config = QJsonObject{{QStringLiteral("chip"), 150}, {QStringLiteral("padding"), 0.25}};
    return QList<EncoderSpec>(measured) << resnet;
}

QJsonObject headJson(const FaceModelParts& parts)
{
    const HeadConfig& cfg = parts.head->config();
    QJsonArray concepts;
    for (const FaceConcept& c : parts.layout.concepts)
        concepts.append(parts.catalog.descriptors()[c.descriptor].id + QLatin1Char('@') + conceptSourceName(c.source));
    QJsonObject json{{QStringLiteral("alpha"), double(cfg.alpha)},
                     {QStringLiteral("tau"), double(cfg.tau)},
                     {QStringLiteral("d"), cfg.d},
                     {QStringLiteral("r"), cfg.r},
                     {QStringLiteral("m"), cfg.m},
                     {QStringLiteral("bias"), cfg.bias},
                     {QStringLiteral("n_direct"), cfg.nDirect},
                     {QStringLiteral("layout"), parts.layout.layoutId()},
                     {QStringLiteral("aggregation"), headAggregationId(cfg.aggregation)},
                     {QStringLiteral("concepts"), concepts}};
    if (cfg.aggregation == HeadAggregation::Block)
        json.insert(QStringLiteral("block_width"), cfg.blockWidth);
    return json;
}

void splitHeadTensors(const FaceModelParts& parts, QMap<QString, TensorData>* head, QMap<QString, TensorData>* desc)
{
    auto module = detail::module(*parts.head);
    for (const auto& [n, t] : module->tensors()) {
        const QString qn = QString::fromStdString(n);
        (qn == QLatin1String("T") ? desc : head)->insert(qn, detail::fromTensor(qn, t));
    }
    const int64_t nq = int64_t(parts.stats.mean.size());
    desc->insert(QStringLiteral("morph.mean"),
                 TensorData::fromFloat(QStringLiteral("morph.mean"), {nq}, toFloats(parts.stats.mean)));
    desc->insert(QStringLiteral("morph.std"),
                 TensorData::fromFloat(QStringLiteral("morph.std"), {nq}, toFloats(parts.stats.stddev)));
    auto pair = [desc](const QString& base, const std::vector<double>& lo, const std::vector<double>& hi) {
        const int64_t n = int64_t(lo.size());
        desc->insert(base + QStringLiteral(".min"),
                     TensorData::fromFloat(base + QStringLiteral(".min"), {n}, toFloats(lo)));
        desc->insert(base + QStringLiteral(".max"),
                     TensorData::fromFloat(base + QStringLiteral(".max"), {n}, toFloats(hi)));
    };
    if (parts.stats.hasRange())
        pair(QStringLiteral("morph"), parts.stats.min, parts.stats.max);
    if (parts.appearanceRange.recorded() && parts.appearanceRange.min.size() == size_t(parts.layout.numCosine()) &&
        parts.layout.cosineSource == ConceptSource::Appearance)
        pair(QStringLiteral("appearance"), parts.appearanceRange.min, parts.appearanceRange.max);
}

} // namespace

Status writeFacePack(const QString& dir, const FaceModelParts& parts, const FacePackInfo& info,
                     const QStringList& protectedInputs)
{
    return detail::guarded(ErrorCode::Internal, dir, [&]() -> Status {
        QMap<QString, TensorData> head, desc;
        splitHeadTensors(parts, &head, &desc);
        PackManifest mf;
        mf.name = info.name;
        mf.version = info.version;
        mf.task = QStringLiteral("face-verification");
        mf.encoder.sources = info.sources;
        mf.descriptors.catalog = parts.catalog.name();
        mf.descriptors.version = parts.catalog.version();
        mf.descriptors.sha256 = parts.catalog.sha256();
        mf.head.alpha = parts.head->config().alpha;
        mf.head.tau = parts.head->config().tau;
        mf.head.json = headJson(parts);
        if (!parts.layout.notAssessed.isEmpty())
            mf.head.json.insert(QStringLiteral("not_assessed"), notAssessedJson(parts, info.metrics));
        mf.calibration.present = true;
        mf.calibration.threshold = info.calibration.value(QStringLiteral("threshold")).toDouble();
        mf.calibration.operatingPoint = info.calibration.value(QStringLiteral("operating_point"));
        mf.calibration.dataset = info.calibration.value(QStringLiteral("dataset")).toString();
        mf.calibration.date = info.calibration.value(QStringLiteral("date")).toString();
        mf.calibration.json = info.calibration;
        mf.metrics = info.metrics;
        mf.provenance = info.provenance;
        QMap<QString, QMap<QString, TensorData>> tensorFiles = info.tensorFiles;
        if (tensorFiles.contains(kHead) || tensorFiles.contains(kDescriptors))
            return Error(ErrorCode::Internal, Tr::tr("head and descriptor tensors are written from the head"), dir);
        tensorFiles.insert(kHead, head);
        tensorFiles.insert(kDescriptors, desc);
        return writePack(dir, mf, tensorFiles, info.files, protectedInputs);
    });
}

Status writeFacePack(const QString& dir, const FaceModelParts& parts, const QString& name, const QString& version,
                     const QJsonObject& calibration, const QJsonObject& metrics, const QJsonObject& provenance,
                     const QStringList& resnetFiles, const QStringList& protectedInputs)
{
    FacePackInfo info{name, version, calibration, metrics, provenance, defaultFaceSources(parts.layout), {}, {}};
    for (const QString& f : resnetFiles) {
        QFile in(f);
        if (!in.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Input, Tr::tr("cannot read (%1)").arg(in.errorString()), f);
        info.files.insert(QStringLiteral("encoder/") + QFileInfo(f).fileName(), in.readAll());
    }
    return writeFacePack(dir, parts, info, protectedInputs);
}

} // namespace descry
