#include <torch/torch.h>

#include "core/cxr/train/CxrTrainer.h"

#include "core/clip/ClipModel.h"
#include "core/clip/ClipTokenizer.h"
#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/common/Tr.h"
#include "core/common/WholeFile.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/cxr/CxrModel.h"
#include "core/cxr/pipeline/CxrExplanation.h"
#include "core/cxr/train/detail/CxrCalibrator.h"
#include "core/cxr/train/detail/CxrFeatureCache.h"
#include "core/cxr/train/detail/CxrHeadTrainer.h"
#include "core/cxr/train/detail/PatientSplit.h"
#include "core/eval/ClassificationMetrics.h"
#include "core/eval/TextMetrics.h"
#include "core/face/ClipFacePack.h"
#include "core/imaging/DisplayPipeline.h"
#include "core/imaging/RadiographLoader.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/pack/EncoderRegistry.h"
#include "core/pack/ModelPack.h"
#include "core/tensor/Safetensors.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>

#include <cmath>

namespace descry {

namespace {

const QString kOpenClipType = QStringLiteral("openclip-vit");
const QString kCacheFileName = QStringLiteral("cxr-features.safetensors");
constexpr int kEncodeBatch = 16;
constexpr qint64 kMaxEncoderFileBytes = qint64(8) << 30;

// Everything made once before any image is read: catalog, report rules, the frozen encoder and T.
struct Setup
{
    Catalog catalog;
    std::optional<ReportExtractor> extractor;
    std::shared_ptr<const ImageEncoder> encoder;
    QString encoderIdentity;
    std::vector<float> T; // N × d, catalog order
};

Result<std::shared_ptr<const ImageEncoder>> createEncoder(const CxrTrainOptions& o, const Progress& progress)
{
    EncoderContext context;
    context.packDirectory = o.encoderDirectory;
    context.manifestPath =
        o.encoder.files.isEmpty() ? o.encoderDirectory : QDir(o.encoderDirectory).filePath(o.encoder.files.front());
    context.spec = o.encoder;
    context.progress = progress;
    auto created = EncoderRegistry::global().create(context);
    if (!created)
        return created.error();
    auto image = std::dynamic_pointer_cast<const ImageEncoder>(*created);
    if (!image)
        return Error(ErrorCode::Model, Tr::tr("encoder '%1' is not an image encoder").arg(o.encoder.type),
                     context.manifestPath);
    return image;
}

// T from a safetensors file: tensor "T", N × d in catalog order.
Result<std::vector<float>> readDescriptorEmbeddings(const QString& path, int n, int d)
{
    auto tensors = readSafetensors(path);
    if (!tensors)
        return tensors.error();
    const auto it = tensors->constFind(QStringLiteral("T"));
    if (it == tensors->constEnd())
        return Error(ErrorCode::Model, Tr::tr("has no tensor \"T\" (descriptor embeddings, N × d)"), path);
    if (it->shape.size() != 2 || it->shape[0] != n || it->shape[1] != d)
        return Error(ErrorCode::Model,
                     Tr::tr("tensor \"T\" is %1 but the catalog has %2 descriptors and the encoder gives %3 values: "
                            "it must be [%2, %3]")
                         .arg(safetensors::shapeToString(it->shape))
                         .arg(n)
                         .arg(d),
                     path);
    std::vector<float> T = it->toFloat();
    for (float v : T)
        if (!std::isfinite(v))
            return Error(ErrorCode::Model, Tr::tr("tensor \"T\" holds non-finite values"), path);
    return T;
}

// T from the text tower of the CLIP checkpoint the openclip-vit spec names (encodeDescriptorPrompts).
Result<std::vector<float>> clipDescriptorEmbeddings(const CxrTrainOptions& o, const Catalog& catalog, int d)
{
    const QJsonObject cp = o.encoder.config.value(QStringLiteral("checkpoint")).toObject();
    QString path = cp.value(QStringLiteral("path")).toString();
    if (path.isEmpty())
        path = QDir(o.encoderDirectory).filePath(cp.value(QStringLiteral("file")).toString());
    ClipModelOptions mo;
    mo.activation = clipActivationFromId(o.encoder.config.value(QStringLiteral("activation")).toString());
    auto model = ClipModel::open(path, mo);
    if (!model)
        return model.error();
    if (!model->hasTextTower())
        return Error(ErrorCode::Model, Tr::tr("the checkpoint has no text tower to encode the descriptor prompts"),
                     path);
    if (model->config().embedDim != d)
        return Error(ErrorCode::Model,
                     Tr::tr("the text tower gives %1 values, the image tower %2").arg(model->config().embedDim).arg(d),
                     path);
    auto tokenizer = ClipTokenizer::loadDefault();
    if (!tokenizer)
        return tokenizer.error();
    return encodeDescriptorPrompts(*model, *tokenizer, catalog);
}

Result<Setup> prepare(const CxrTrainOptions& o, const Progress& progress)
{
    Setup s;
    auto catalog = Catalog::load(o.catalogPath.isEmpty() ? defaultCxrCatalogPath() : o.catalogPath);
    if (!catalog)
        return catalog.error();
    s.catalog = std::move(catalog).value();
    auto extractor = ReportExtractor::create(s.catalog);
    if (!extractor)
        return extractor.error();
    s.extractor = std::move(extractor).value();
    auto encoder = createEncoder(o, progress);
    if (!encoder)
        return encoder.error();
    s.encoder = *encoder;
    auto identity = detail::cxrEncoderIdentity(o.encoder, o.encoderDirectory);
    if (!identity)
        return identity.error();
    s.encoderIdentity = *identity;
    const int n = int(s.catalog.descriptors().size()), d = s.encoder->dimension();
    Result<std::vector<float>> T =
        !o.descriptorEmbeddings.isEmpty() ? readDescriptorEmbeddings(o.descriptorEmbeddings, n, d)
        : o.encoder.type == kOpenClipType
            ? clipDescriptorEmbeddings(o, s.catalog, d)
            : Result<std::vector<float>>(
                  Error(ErrorCode::Usage, Tr::tr("encoder '%1' needs descriptor embeddings (a safetensors file "
                                                 "with \"T\", N × d)")
                                              .arg(o.encoder.type)));
    if (!T)
        return T.error();
    s.T = std::move(T).value();
    return s;
}

std::vector<float> inputPixels(const QImage& input)
{
    const QImage rgb = input.convertToFormat(QImage::Format_RGB888);
    std::vector<float> out(size_t(rgb.width()) * size_t(rgb.height()) * 3);
    size_t k = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar* line = rgb.constScanLine(y);
        for (int x = 0; x < rgb.width() * 3; ++x)
            out[k++] = float(line[x]);
    }
    return out;
}

// The encoder's input for one radiograph, exactly as a review makes it (cxrDisplay at the file's default window,
// then cxrEncoderInput): training sees the very pixels inference will.
Result<std::vector<float>> encoderPixels(const QString& path, int inputSize)
{
    auto image = loadRadiograph(path);
    if (!image)
        return image.error();
    const CxrDisplayed displayed = cxrDisplay(*image, 0, DisplaySettings{});
    if (displayed.image.isNull())
        return Error(ErrorCode::Input, Tr::tr("the first frame cannot be displayed"), path);
    auto input = cxrEncoderInput(displayed.image, inputSize, displayed.windowText);
    if (!input)
        return Error(input.error().code(), input.error().message(), path);
    return inputPixels(input->input);
}

struct Features
{
    std::vector<std::vector<float>> rows;
    QStringList sha256;
    int cached = 0, computed = 0;
};

// Encodes the pending images of one batch and stores them in the cache.
Status encodeBatch(const Setup& s, std::vector<int>& pending, std::vector<float>& pixels, Features& f,
                   detail::CxrFeatureCache& cache, const Progress& progress)
{
    if (pending.empty())
        return {};
    const int d = s.encoder->dimension();
    std::vector<float> out(pending.size() * size_t(d));
    if (auto st = s.encoder->encode(pixels.data(), int(pending.size()), out.data(), progress); !st)
        return st;
    for (size_t j = 0; j < pending.size(); ++j) {
        std::vector<float> row(out.begin() + qsizetype(j * size_t(d)), out.begin() + qsizetype((j + 1) * size_t(d)));
        cache.insert(f.sha256[pending[j]], s.encoderIdentity, row);
        f.rows[size_t(pending[j])] = std::move(row);
        ++f.computed;
    }
    pending.clear();
    pixels.clear();
    return {};
}

Result<Features> extractFeatures(const QList<CxrTrainingSample>& samples, const Setup& s,
                                 detail::CxrFeatureCache& cache, const Progress& progress)
{
    Features f;
    f.rows.resize(size_t(samples.size()));
    const int d = s.encoder->dimension(), size = s.encoder->inputSize();
    std::vector<int> pending;
    std::vector<float> pixels;
    for (int i = 0; i < samples.size(); ++i) {
        if (!progress.step(double(i) / samples.size(), Tr::tr("encoding radiographs")))
            return Error(ErrorCode::Cancelled, Tr::tr("training cancelled"));
        auto sha = sha256File(samples[i].imagePath);
        if (!sha)
            return Error(ErrorCode::Input, sha.error().message(), samples[i].imagePath);
        f.sha256 << *sha;
        if (cache.lookup(*sha, s.encoderIdentity, d, f.rows[size_t(i)])) {
            ++f.cached;
            continue;
        }
        auto p = encoderPixels(samples[i].imagePath, size);
        if (!p)
            return p.error();
        pending.push_back(i);
        pixels.insert(pixels.end(), p->begin(), p->end());
        if (int(pending.size()) == kEncodeBatch)
            if (auto st = encodeBatch(s, pending, pixels, f, cache, progress); !st)
                return st.error();
    }
    if (auto st = encodeBatch(s, pending, pixels, f, cache, progress); !st)
        return st.error();
    return f;
}

} // namespace

namespace {

// What the reports say, in training terms: concept supervision, effusion labels and the reference sentences.
struct Supervision
{
    std::vector<int8_t> targets;   // samples × N, row-major: kConceptPresent / kConceptAbsent / 0
    std::vector<int64_t> labels;   // 1 effusion, 0 none, −1 uncertain or not mentioned
    QList<QStringList> presentIds; // per sample, the non-normal descriptors the report says present (catalog order)
    int supervisedPresent = 0, supervisedAbsent = 0;
};

// Present → +1 and absent → −1 (historical and uncertain mentions stay unsupervised); with `unmentionedAsNormal`, a
// group the report does not mention at all is read as its normal grade (reports list what is seen, so an
// unmentioned finding is taken as not seen). A descriptor present implies the other grades of its softmax group
// absent, since the group's grades exclude each other.
void superviseSample(const Catalog& catalog, const ReportExtraction& x, bool unmentionedAsNormal, int8_t* row,
                     QStringList& present)
{
    const QList<Descriptor>& ds = catalog.descriptors();
    QSet<int> mentionedGroups;
    for (const ExtractedDescriptor& e : x.descriptors) {
        const int k = catalog.indexOf(e.id);
        if (k >= 0)
            mentionedGroups.insert(ds[k].group);
        if (k < 0 || e.historical || e.status == MentionStatus::Uncertain)
            continue;
        if (e.status == MentionStatus::Present)
            row[k] = detail::kConceptPresent;
        else if (row[k] != detail::kConceptPresent)
            row[k] = detail::kConceptAbsent;
    }
    for (int g = 0; unmentionedAsNormal && g < catalog.groups().size(); ++g)
        if (!mentionedGroups.contains(g))
            for (int k : catalog.groups()[g].descriptors)
                if (ds[k].normal) {
                    row[k] = detail::kConceptPresent;
                    break;
                }
    for (const DescriptorGroup& g : catalog.groups()) {
        bool any = false;
        for (int k : g.descriptors)
            any = any || row[k] == detail::kConceptPresent;
        if (any)
            for (int k : g.descriptors)
                if (row[k] == 0)
                    row[k] = detail::kConceptAbsent;
    }
    for (int k = 0; k < ds.size(); ++k)
        if (row[k] == detail::kConceptPresent && !ds[k].normal)
            present << ds[k].id;
}

Supervision supervise(const QList<CxrTrainingSample>& samples, const Setup& s, bool unmentionedAsNormal)
{
    const int n = int(s.catalog.descriptors().size());
    Supervision sup;
    sup.targets.assign(size_t(samples.size()) * size_t(n), 0);
    for (int i = 0; i < samples.size(); ++i) {
        const ReportExtraction x =
            samples[i].extraction ? *samples[i].extraction : s.extractor->extract(samples[i].reportText);
        QStringList present;
        superviseSample(s.catalog, x, unmentionedAsNormal, sup.targets.data() + size_t(i) * size_t(n), present);
        sup.presentIds << present;
        sup.labels.push_back(x.effusion.present ? (*x.effusion.present ? 1 : 0) : -1);
    }
    for (int8_t t : sup.targets) {
        sup.supervisedPresent += t == detail::kConceptPresent;
        sup.supervisedAbsent += t == detail::kConceptAbsent;
    }
    return sup;
}

Result<ConceptHead> createHead(const CxrTrainOptions& o, const Setup& s)
{
    HeadConfig cfg;
    cfg.d = s.encoder->dimension();
    cfg.r = o.reduction;
    cfg.m = 2;
    cfg.alpha = float(o.alpha);
    cfg.tau = float(o.tau);
    cfg.bias = true;
    for (const Descriptor& d : s.catalog.descriptors())
        cfg.groupOf.push_back(d.group);
    auto head = ConceptHead::create(cfg, o.seed);
    if (!head)
        return head.error();
    if (auto st = head->setDescriptorEmbeddings(s.T); !st)
        return st.error();
    return head;
}

torch::Tensor rowsOf(const Features& f, const std::vector<int>& idx, int d)
{
    torch::Tensor X = torch::zeros({int64_t(idx.size()), d});
    for (size_t j = 0; j < idx.size(); ++j)
        X[int64_t(j)] = torch::from_blob(const_cast<float*>(f.rows[size_t(idx[j])].data()), {d}).clone();
    return X;
}

Result<std::vector<double>> trainOnPart(const CxrTrainOptions& o, const ConceptHead& head, const Features& f,
                                        const Supervision& sup, const std::vector<int>& train, int n,
                                        const Progress& progress)
{
    const int d = head.config().d;
    torch::Tensor targets = torch::zeros({int64_t(train.size()), n}, torch::kInt8);
    std::vector<int64_t> labels;
    for (size_t j = 0; j < train.size(); ++j) {
        targets[int64_t(j)] =
            torch::from_blob(const_cast<int8_t*>(sup.targets.data()) + size_t(train[j]) * size_t(n), {n}, torch::kInt8)
                .clone();
        labels.push_back(sup.labels[size_t(train[j])]);
    }
    detail::CxrHeadTrainerOptions to;
    to.epochs = o.epochs;
    to.batchSize = o.batchSize;
    to.lr = o.lr;
    to.conceptWeight = o.conceptWeight;
    to.classWeight = o.classWeight;
    to.seed = o.seed;
    to.cancel = progress.cancel;
    to.progress = [&](int epoch, double loss) {
        progress.step(double(epoch) / o.epochs,
                      Tr::tr("training, epoch %1/%2, loss %3").arg(epoch).arg(o.epochs).arg(loss, 0, 'f', 4));
    };
    auto module = detail::module(head);
    return detail::trainCxrHead(module, rowsOf(f, train, d), targets, torch::tensor(labels), to);
}

// What the trained head says of every image: P(effusion) and the descriptors judged present.
struct Predictions
{
    std::vector<double> probability;
    QList<QStringList> presentIds; // per sample, catalog order: each group's most activated grade unless normal
};

Result<Predictions> predict(const ConceptHead& head, const Catalog& catalog, const Features& f)
{
    Predictions p;
    const QList<Descriptor>& ds = catalog.descriptors();
    for (const std::vector<float>& row : f.rows) {
        auto out = head.forward(row, {});
        if (!out)
            return out.error();
        const double margin = double(out->e[1]) - double(out->e[0]);
        p.probability.push_back(1.0 / (1.0 + std::exp(-margin)));
        QStringList present;
        for (const DescriptorGroup& g : catalog.groups()) {
            int best = -1;
            for (int k : g.descriptors)
                if (best < 0 || out->Ssm[size_t(k)] > out->Ssm[size_t(best)])
                    best = k;
            if (best >= 0 && !ds[best].normal)
                present << ds[best].id;
        }
        std::sort(present.begin(), present.end(),
                  [&](const QString& a, const QString& b) { return catalog.indexOf(a) < catalog.indexOf(b); });
        p.presentIds << present;
    }
    return p;
}

} // namespace

namespace {

// The explanation text of a set of descriptors: one sentence per descriptor (its display text), in catalog order,
// both for what the pack judges present and for what the report says present, so the two compare like for like.
QString descriptorSentences(const Catalog& catalog, const QStringList& ids)
{
    QStringList sentences;
    for (const QString& id : ids) {
        const int k = catalog.indexOf(id);
        if (k < 0)
            continue;
        QString text = catalog.descriptors()[k].text.trimmed();
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')))
            text += QLatin1Char('.');
        sentences << text;
    }
    return sentences.join(QLatin1Char(' '));
}

QJsonObject classificationJson(const ClassificationResult& r, int indeterminate)
{
    const auto finite = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    return {{QStringLiteral("n"), r.n},
            {QStringLiteral("tp"), r.tp},
            {QStringLiteral("fp"), r.fp},
            {QStringLiteral("tn"), r.tn},
            {QStringLiteral("fn"), r.fn},
            {QStringLiteral("threshold"), r.threshold},
            {QStringLiteral("accuracy"), r.accuracy},
            {QStringLiteral("precision"), r.precision},
            {QStringLiteral("recall"), r.recall},
            {QStringLiteral("f1"), r.f1},
            {QStringLiteral("auc"), finite(r.auc)},
            {QStringLiteral("indeterminate"), indeterminate}};
}

// Probabilities and labels of the labelled images of a part.
void labelledOf(const std::vector<int>& part, const Predictions& p, const Supervision& sup, std::vector<double>& probs,
                std::vector<int>& labels)
{
    for (int i : part)
        if (sup.labels[size_t(i)] >= 0) {
            probs.push_back(p.probability[size_t(i)]);
            labels.push_back(int(sup.labels[size_t(i)]));
        }
}

struct Evaluation
{
    detail::CxrThresholdFit fit;
    QJsonObject metrics;
};

Evaluation evaluate(const detail::PatientSplit& split, const Predictions& p, const Supervision& sup,
                    const Catalog& catalog)
{
    Evaluation ev;
    std::vector<double> vp, tp;
    std::vector<int> vy, ty;
    labelledOf(split.validation, p, sup, vp, vy);
    labelledOf(split.test, p, sup, tp, ty);
    ev.fit = detail::calibrateCxrThreshold(vp, vy);
    const auto inBand = [&](const std::vector<double>& probs) {
        int n = 0;
        for (double v : probs)
            n += ev.fit.hasBand && v >= ev.fit.bandLow && v <= ev.fit.bandHigh;
        return n;
    };
    QStringList candidates, references;
    for (int i : split.test) {
        const QString reference = descriptorSentences(catalog, sup.presentIds[i]);
        if (reference.isEmpty())
            continue; // nothing to explain against (a normal report)
        references << reference;
        candidates << descriptorSentences(catalog, p.presentIds[i]);
    }
    const CorpusTextScores text = corpusTextScores(candidates, references);
    ev.metrics = {
        {QStringLiteral("test"), classificationJson(evaluateClassification(tp, ty, ev.fit.threshold), inBand(tp))},
        {QStringLiteral("validation"),
         classificationJson(evaluateClassification(vp, vy, ev.fit.threshold), inBand(vp))},
        {QStringLiteral("explanations"),
         QJsonObject{{QStringLiteral("rouge_l"), text.rougeL},
                     {QStringLiteral("meteor"), text.meteor},
                     {QStringLiteral("n"), text.n},
                     {QStringLiteral("candidate"), QStringLiteral("the descriptors the pack judges present, one "
                                                                  "sentence each (display text), catalog order")},
                     {QStringLiteral("reference"), QStringLiteral("the descriptors the report says present "
                                                                  "(extracted, not normal grades), likewise")}}}};
    return ev;
}

// The encoder as the pack stores it: its files copied under encoder/ (an openclip-vit checkpoint stays referenced
// by absolute path and SHA-256, as train face does by default).
Result<EncoderSpec> packEncoder(const CxrTrainOptions& o, QMap<QString, QByteArray>& files)
{
    EncoderSpec spec = o.encoder;
    spec.files.clear();
    for (const QString& rel : o.encoder.files) {
        const QString path = QDir(o.encoderDirectory).filePath(rel);
        auto bytes = readWholeFile(path, kMaxEncoderFileBytes);
        if (!bytes)
            return bytes.error();
        const QString packed = QStringLiteral("encoder/") + QFileInfo(rel).fileName();
        files.insert(packed, *bytes);
        spec.files << packed;
    }
    return spec;
}

QJsonObject splitJson(const detail::PatientSplit& split)
{
    const auto part = [](const std::vector<int>& images, const QStringList& patients) {
        return QJsonObject{{QStringLiteral("images"), int(images.size())},
                           {QStringLiteral("patients"), int(patients.size())}};
    };
    return {{QStringLiteral("train"), part(split.train, split.trainPatients)},
            {QStringLiteral("validation"), part(split.validation, split.validationPatients)},
            {QStringLiteral("test"), part(split.test, split.testPatients)},
            {QStringLiteral("test_patients"), QJsonArray::fromStringList(split.testPatients)},
            {QStringLiteral("validation_patients"), QJsonArray::fromStringList(split.validationPatients)}};
}

QJsonObject provenanceJson(const CxrTrainOptions& o, const Setup& s, const detail::PatientSplit& split,
                           const Supervision& sup, const Features& f, const QString& date)
{
    int positives = 0, negatives = 0, unlabelled = 0;
    for (int64_t y : sup.labels)
        (y == 1 ? positives : y == 0 ? negatives : unlabelled)++;
    return {{QStringLiteral("command"), o.command},
            {QStringLiteral("trained"), date},
            {QStringLiteral("dataset"), o.datasetName},
            {QStringLiteral("seed"), QString::number(o.seed)},
            {QStringLiteral("split"), splitJson(split)},
            {QStringLiteral("test_fraction"), o.testFraction},
            {QStringLiteral("validation_fraction"), o.validationFraction},
            {QStringLiteral("labels"),
             QJsonObject{{QStringLiteral("effusion"), positives},
                         {QStringLiteral("no_effusion"), negatives},
                         {QStringLiteral("uncertain_or_unmentioned"), unlabelled},
                         {QStringLiteral("rule"), QStringLiteral("label = the report's effusion finding; uncertain "
                                                                 "or unmentioned reports are kept out of the "
                                                                 "cross-entropy and the metrics, their descriptors "
                                                                 "still supervise the concepts")}}},
            {QStringLiteral("concept_targets"),
             QJsonObject{{QStringLiteral("present"), sup.supervisedPresent},
                         {QStringLiteral("absent"), sup.supervisedAbsent},
                         {QStringLiteral("unmentioned_groups"),
                          o.unmentionedAsNormal ? QStringLiteral("normal grade") : QStringLiteral("unsupervised")},
                         {QStringLiteral("rule"),
                          QStringLiteral("present: the image's largest concept score (detached); absent: its "
                                         "smallest; a present grade makes the other grades of its group absent; "
                                         "uncertain and historical mentions unsupervised")}}},
            {QStringLiteral("catalog"), QJsonObject{{QStringLiteral("name"), s.catalog.name()},
                                                    {QStringLiteral("version"), s.catalog.version()},
                                                    {QStringLiteral("sha256"), s.catalog.sha256()}}},
            {QStringLiteral("encoder"), QJsonObject{{QStringLiteral("type"), o.encoder.type},
                                                    {QStringLiteral("identity"), s.encoderIdentity},
                                                    {QStringLiteral("dimension"), s.encoder->dimension()},
                                                    {QStringLiteral("input_size"), s.encoder->inputSize()}}},
            {QStringLiteral("training"),
             QJsonObject{{QStringLiteral("epochs"), o.epochs},
                         {QStringLiteral("batch_size"), o.batchSize},
                         {QStringLiteral("optimizer"), QStringLiteral("Adam")},
                         {QStringLiteral("lr"), o.lr},
                         {QStringLiteral("loss"),
                          QStringLiteral("%1·L1(concepts) + %2·CE(logits)").arg(o.conceptWeight).arg(o.classWeight)},
                         {QStringLiteral("trained"), QStringLiteral("F_i, W, b; alpha and T fixed")}}},
            {QStringLiteral("features"),
             QJsonObject{{QStringLiteral("cached"), f.cached}, {QStringLiteral("computed"), f.computed}}}};
}

} // namespace

namespace {

QString cacheFileOf(const CxrTrainOptions& o)
{
    const QString dir = !o.cacheDir.isEmpty()
                            ? o.cacheDir
                            : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                                  .filePath(QStringLiteral("descry"));
    return QDir(dir).filePath(kCacheFileName);
}

Status checkSamples(const QList<CxrTrainingSample>& samples, const QString& outDir)
{
    if (samples.size() < 3)
        return Error(ErrorCode::Input, Tr::tr("training needs at least 3 radiographs (%1 given)").arg(samples.size()),
                     outDir);
    // The pack folder replaces `outDir` as a whole at the end: refused now, before any encoding, if that would
    // remove a radiograph or a report.
    QStringList inputs;
    for (const CxrTrainingSample& sample : samples) {
        inputs << sample.imagePath;
        if (!sample.reportPath.isEmpty())
            inputs << sample.reportPath;
    }
    return checkPackOutput(outDir, inputs);
}

Result<Features> cachedFeatures(const QList<CxrTrainingSample>& samples, const Setup& s, const CxrTrainOptions& o,
                                const Progress& progress)
{
    const QString cacheFile = cacheFileOf(o);
    if (auto st = detail::CxrFeatureCache::checkReplaceable(cacheFile); !st)
        return st.error();
    detail::CxrFeatureCache cache = detail::CxrFeatureCache::load(cacheFile);
    auto features = extractFeatures(samples, s, cache, progress);
    // What was encoded is kept even when a later image failed or the user stopped.
    if (auto st = cache.save(); !st)
        return st.error();
    return features;
}

Result<CxrPackInfo> packInfo(const CxrTrainOptions& o, const Evaluation& ev, const QJsonObject& prov,
                             const QString& date)
{
    CxrPackInfo info;
    info.name = o.name;
    info.version = o.version;
    auto spec = packEncoder(o, info.files);
    if (!spec)
        return spec.error();
    info.encoder = *spec;
    info.calibration.threshold = ev.fit.threshold;
    info.calibration.hasBand = ev.fit.hasBand;
    info.calibration.bandLow = ev.fit.bandLow;
    info.calibration.bandHigh = ev.fit.bandHigh;
    info.calibration.operatingPoint = ev.fit.rule;
    info.calibration.dataset = o.datasetName.isEmpty() ? QStringLiteral("unnamed training set") : o.datasetName;
    info.calibration.date = date;
    info.metrics = ev.metrics;
    info.metrics.insert(QStringLiteral("calibration"),
                        QJsonObject{{QStringLiteral("validation_n"), ev.fit.n},
                                    {QStringLiteral("validation_f1"), ev.fit.f1},
                                    {QStringLiteral("validation_accuracy"), ev.fit.accuracy},
                                    {QStringLiteral("band"), ev.fit.bandNote}});
    info.provenance = prov;
    return info;
}

QStringList protectedInputsOf(const QList<CxrTrainingSample>& samples, const CxrTrainOptions& o)
{
    QStringList inputs;
    for (const CxrTrainingSample& s : samples)
        inputs << s.imagePath << s.reportPath;
    for (const QString& rel : o.encoder.files)
        inputs << QDir(o.encoderDirectory).filePath(rel);
    if (!o.descriptorEmbeddings.isEmpty())
        inputs << o.descriptorEmbeddings;
    if (!o.catalogPath.isEmpty())
        inputs << o.catalogPath;
    inputs.removeAll(QString());
    return inputs;
}

} // namespace

Result<CxrTrainingReport> trainCxrPack(const QList<CxrTrainingSample>& samples, const CxrTrainOptions& options,
                                       const QString& outDir, const Progress& progress)
{
    QElapsedTimer clock;
    clock.start();
    if (auto st = checkSamples(samples, outDir); !st)
        return st.error();
    if (options.threads > 0)
        torch::set_num_threads(options.threads);
    auto setup = prepare(options, progress.sub(0.0, 0.05));
    if (!setup)
        return setup.error();
    const Setup& s = *setup;
    auto features = cachedFeatures(samples, s, options, progress.sub(0.05, 0.6));
    if (!features)
        return features.error();
    const Supervision sup = supervise(samples, s, options.unmentionedAsNormal);
    QStringList patients;
    std::vector<int> strata;
    for (int i = 0; i < samples.size(); ++i) {
        patients << samples[i].patientId;
        strata.push_back(sup.labels[size_t(i)] == 1 ? 1 : 0);
    }
    const detail::PatientSplit split =
        detail::splitByPatient(patients, strata, options.testFraction, options.validationFraction, options.seed);
    if (split.train.empty())
        return Error(ErrorCode::Input, Tr::tr("no patient is left for training"), outDir);
    auto head = createHead(options, s);
    if (!head)
        return head.error();
    const int n = int(s.catalog.descriptors().size());
    // Tensor set-up can throw (allocation); no exception leaves core.
    auto losses = detail::guarded(ErrorCode::Internal, outDir, [&] {
        return trainOnPart(options, *head, *features, sup, split.train, n, progress.sub(0.6, 0.95));
    });
    if (!losses)
        return losses.error();
    auto predictions = predict(*head, s.catalog, *features);
    if (!predictions)
        return predictions.error();
    const Evaluation ev = evaluate(split, *predictions, sup, s.catalog);
    const QString date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QJsonObject prov = provenanceJson(options, s, split, sup, *features, date);
    CxrTrainingReport report;
    report.seconds = double(clock.elapsed()) / 1000.0;
    prov.insert(QStringLiteral("seconds"), report.seconds);
    auto info = packInfo(options, ev, prov, date);
    if (!info)
        return info.error();
    if (!progress.step(0.97, Tr::tr("writing the pack")))
        return Error(ErrorCode::Cancelled, Tr::tr("training cancelled"));
    if (auto st = writeCxrPack(outDir, s.catalog, *head, *info, protectedInputsOf(samples, options)); !st)
        return st.error();
    report.trainImages = int(split.train.size());
    report.validationImages = int(split.validation.size());
    report.testImages = int(split.test.size());
    report.trainPatients = int(split.trainPatients.size());
    report.validationPatients = int(split.validationPatients.size());
    report.testPatients = int(split.testPatients.size());
    report.positives = int(std::count(sup.labels.begin(), sup.labels.end(), 1));
    report.uncertainLabels = int(std::count(sup.labels.begin(), sup.labels.end(), -1));
    report.threshold = ev.fit.threshold;
    report.bandLow = ev.fit.hasBand ? ev.fit.bandLow : ev.fit.threshold;
    report.bandHigh = ev.fit.hasBand ? ev.fit.bandHigh : ev.fit.threshold;
    report.metrics = info->metrics;
    report.epochLoss = QList<double>(losses->begin(), losses->end());
    report.cachedFeatures = features->cached;
    report.computedFeatures = features->computed;
    progress.step(1.0, Tr::tr("pack written"));
    return report;
}

} // namespace descry
