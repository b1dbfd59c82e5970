#include <torch/torch.h>

#include "core/cxr/CxrModel.h"

#include "core/clip/ClipEncoder.h"
#include "core/clip/ClipPreprocess.h"
#include "core/common/Tr.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/pack/HeadSettings.h"
#include "core/tensor/detail/SafetensorsTorch.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace descry {

namespace {

const QString kHead = QStringLiteral("head.safetensors");
const QString kDescriptors = QStringLiteral("descriptors.safetensors");
const QString kTask = QStringLiteral("cxr-classification");

Error calibrationError(const QString& message, const QString& manifestPath)
{
    return Error(ErrorCode::Model, message, manifestPath);
}

// A probability strictly inside (0, 1) or, with `closed`, in [0, 1].
bool isProbability(const QJsonValue& v, bool closed)
{
    if (!v.isDouble())
        return false;
    const double x = v.toDouble();
    return std::isfinite(x) && (closed ? (x >= 0.0 && x <= 1.0) : (x > 0.0 && x < 1.0));
}

Result<QString> requiredText(const QJsonObject& calibration, const QString& key, const QString& manifestPath)
{
    const QJsonValue v = calibration.value(key);
    if (v.isUndefined())
        return calibrationError(Tr::tr("calibration.%1: missing").arg(key), manifestPath);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return calibrationError(Tr::tr("calibration.%1: must be a non-empty string").arg(key), manifestPath);
    return v.toString();
}

} // namespace

Result<CxrCalibration> CxrCalibration::fromJson(const QJsonObject& calibration, const QString& manifestPath)
{
    CxrCalibration c;
    const QJsonValue threshold = calibration.value(QStringLiteral("threshold"));
    if (threshold.isUndefined())
        return calibrationError(Tr::tr("calibration.threshold: missing"), manifestPath);
    if (!isProbability(threshold, false))
        return calibrationError(Tr::tr("calibration.threshold: must be a probability strictly between 0 and 1"),
                                manifestPath);
    c.threshold = threshold.toDouble();
    const QJsonValue band = calibration.value(QStringLiteral("indeterminate"));
    if (band.isUndefined())
        return calibrationError(Tr::tr("calibration.indeterminate: missing (give [low, high] or null)"), manifestPath);
    if (!band.isNull()) {
        const QJsonArray a = band.toArray();
        if (!band.isArray() || a.size() != 2 || !isProbability(a[0], true) || !isProbability(a[1], true))
            return calibrationError(Tr::tr("calibration.indeterminate: must be [low, high] with two probabilities, "
                                           "or null"),
                                    manifestPath);
        c.bandLow = a[0].toDouble();
        c.bandHigh = a[1].toDouble();
        if (!(c.bandLow <= c.threshold && c.threshold <= c.bandHigh))
            return calibrationError(Tr::tr("calibration.indeterminate: [%1, %2] must contain the threshold %3")
                                        .arg(c.bandLow)
                                        .arg(c.bandHigh)
                                        .arg(c.threshold),
                                    manifestPath);
        c.hasBand = true;
    } else {
        c.bandLow = c.bandHigh = c.threshold;
    }
    const QJsonValue op = calibration.value(QStringLiteral("operating_point"));
    if (op.isObject()) // e.g. {"precision": 0.9}: kept as its compact JSON text
        c.operatingPoint = QString::fromUtf8(QJsonDocument(op.toObject()).toJson(QJsonDocument::Compact));
    else if (auto t = requiredText(calibration, QStringLiteral("operating_point"), manifestPath); t)
        c.operatingPoint = *t;
    else
        return t.error();
    for (auto [key, target] : {std::pair{"dataset", &c.dataset}, std::pair{"date", &c.date}}) {
        auto t = requiredText(calibration, QString::fromLatin1(key), manifestPath);
        if (!t)
            return t.error();
        *target = *t;
    }
    return c;
}

QJsonObject CxrCalibration::toJson() const
{
    return QJsonObject{{QStringLiteral("threshold"), threshold},
                       {QStringLiteral("indeterminate"),
                        hasBand ? QJsonValue(QJsonArray{bandLow, bandHigh}) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("operating_point"), operatingPoint},
                       {QStringLiteral("dataset"), dataset},
                       {QStringLiteral("date"), date}};
}

Result<CxrEncoderInput> cxrEncoderInput(const QImage& displayed, int inputSize, const QString& windowText)
{
    if (displayed.isNull())
        return Error(ErrorCode::Input, Tr::tr("the displayed image is empty"));
    if (inputSize < 1)
        return Error(ErrorCode::Internal, Tr::tr("the encoder's input size %1 is not positive").arg(inputSize));
    CxrEncoderInput out;
    out.displayed = displayed;
    const bool grey = displayed.isGrayscale();
    // clipResizeCrop resizes the RGB image, so a grey frame is replicated to three equal channels first.
    out.input = clipResizeCrop(displayed.convertToFormat(QImage::Format_RGB888), inputSize);
    if (out.input.isNull() || out.input.width() != inputSize || out.input.height() != inputSize)
        return Error(ErrorCode::Internal, Tr::tr("the encoder input could not be made"));
    out.input = out.input.convertToFormat(QImage::Format_RGB888);
    const QString display = windowText.isEmpty() ? Tr::tr("as displayed") : Tr::tr("display %1").arg(windowText);
    out.conversion = Tr::tr("%1; %2; shortest side resized to %3 px (antialiased bicubic); centre crop %3×%3")
                         .arg(display, grey ? Tr::tr("grey replicated to RGB") : Tr::tr("colour as displayed"))
                         .arg(inputSize);
    return out;
}

// Builds a CxrModel from a verified pack, one manifest member at a time.
struct CxrModelLoader
{
    CxrModel& model;
    const QString manifestPath;

    const PackManifest& manifest() const { return model.m_pack->manifest(); }

    Status loadCatalog()
    {
        const PackManifest& mf = manifest();
        const QString packCatalog =
            mf.raw.value(QStringLiteral("descriptors")).toObject().value(QStringLiteral("file")).toString();
        auto catalog =
            findCatalog(mf.descriptors.catalog, mf.descriptors.version, mf.descriptors.sha256,
                        packCatalog.isEmpty() ? QString() : model.m_pack->filePath(packCatalog), manifestPath);
        if (!catalog)
            return catalog.error();
        model.m_catalog = *catalog;
        return {};
    }

    Status loadEncoder(const EncoderRegistry& registry, const Progress& progress)
    {
        const EncoderSpec& spec = manifest().encoder;
        if (!spec.sources.isEmpty())
            return Error(ErrorCode::Model,
                         Tr::tr("encoder.sources: a chest X-ray pack takes one image encoder ('encoder.type')"),
                         manifestPath);
        EncoderContext ctx{model.m_pack->directory(), manifestPath, spec, progress};
        auto encoder = registry.create(ctx);
        if (!encoder)
            return encoder.error();
        auto image = std::dynamic_pointer_cast<const ImageEncoder>(*encoder);
        if (!image)
            return Error(ErrorCode::Model,
                         Tr::tr("encoder.type: '%1' does not encode images; a chest X-ray pack needs an image encoder")
                             .arg(spec.type),
                         manifestPath);
        model.m_encoder = image;
        return {};
    }

    Status checkHeadConfig(const HeadConfig& cfg) const
    {
        auto error = [&](const QString& message) { return Error(ErrorCode::Model, message, manifestPath); };
        if (cfg.m != 2)
            return error(Tr::tr("head.m: is %1; a chest X-ray head has 2 logits (no effusion, effusion)").arg(cfg.m));
        if (!cfg.bias)
            return error(Tr::tr("head.bias: must be true (a chest X-ray head has a bias per logit)"));
        if (cfg.nDirect != 0)
            return error(Tr::tr("head.n_direct: is %1; a chest X-ray head has no direct scores").arg(cfg.nDirect));
        if (cfg.d != model.m_encoder->dimension())
            return error(Tr::tr("head.d: is %1 but the image encoder gives %2 values")
                             .arg(cfg.d)
                             .arg(model.m_encoder->dimension()));
        const QJsonValue concepts = manifest().head.json.value(QStringLiteral("concepts"));
        QStringList listed, expected;
        for (const QJsonValue& v : concepts.toArray())
            listed << v.toString();
        for (const Descriptor& d : model.m_catalog.descriptors())
            expected << d.id;
        if (concepts.isUndefined())
            return error(Tr::tr("head.concepts: missing"));
        if (!concepts.isArray() || listed != expected)
            return error(
                Tr::tr("head.concepts: does not list the catalog's %1 descriptors in order").arg(expected.size()));
        return {};
    }

    Status loadHead()
    {
        auto cfg = headConfigFromManifest(manifest(), manifestPath);
        if (!cfg)
            return cfg.error();
        if (auto st = checkHeadConfig(*cfg); !st)
            return st;
        for (const Descriptor& d : model.m_catalog.descriptors())
            cfg->groupOf.push_back(d.group);
        auto stored = readHeadTensors(*model.m_pack, *cfg, kHead, kDescriptors);
        if (!stored)
            return stored.error();
        auto head = ConceptHead::create(*cfg);
        if (!head)
            return head.error().withFile(model.m_pack->filePath(kHead));
        std::map<std::string, torch::Tensor> all;
        for (auto it = stored->cbegin(); it != stored->cend(); ++it)
            all[it.key().toStdString()] = detail::toTensor(it.value());
        if (auto st = detail::module(*head)->loadTensors(all); !st)
            return st.error().withFile(model.m_pack->filePath(kHead));
        model.m_head.emplace(*head);
        return {};
    }

    Status loadCalibration()
    {
        if (!manifest().calibration.present)
            return Error(ErrorCode::Model,
                         Tr::tr("calibration: missing (a chest X-ray pack decides at a calibrated threshold)"),
                         manifestPath);
        auto cal = CxrCalibration::fromJson(manifest().calibration.json, manifestPath);
        if (!cal)
            return cal.error();
        model.m_calibration = *cal;
        return {};
    }
};

Result<CxrModel> CxrModel::open(const QString& pathOrName, const Progress& progress, const EncoderRegistry& registry)
{
    const auto cancelled = [] { return Error(ErrorCode::Cancelled, Tr::tr("loading cancelled")); };
    if (!progress.step(0, Tr::tr("Verifying the pack")))
        return cancelled();
    auto pack = ModelPack::open(pathOrName);
    if (!pack)
        return pack.error();
    const QString manifestPath = pack->filePath(QString::fromLatin1(pack::kManifestFile));
    if (pack->manifest().task != kTask)
        return Error(ErrorCode::Model,
                     Tr::tr("task: is '%1', expected %2 (a chest X-ray pack)").arg(pack->manifest().task, kTask),
                     manifestPath);
    return detail::guarded(ErrorCode::Model, manifestPath, [&]() -> Result<CxrModel> {
        CxrModel model;
        model.m_pack = *pack;
        CxrModelLoader loader{model, manifestPath};
        if (!progress.step(0.3, Tr::tr("Reading the descriptor catalog")))
            return cancelled();
        if (auto st = loader.loadCatalog(); !st)
            return st.error();
        if (auto st = loader.loadCalibration(); !st)
            return st.error();
        if (!progress.step(0.35, Tr::tr("Loading encoder %1").arg(pack->manifest().encoder.type)))
            return cancelled();
        if (auto st = loader.loadEncoder(registry, progress.sub(0.35, 0.85)); !st)
            return st.error();
        if (!progress.step(0.85, Tr::tr("Loading the concept head")))
            return cancelled();
        if (auto st = loader.loadHead(); !st)
            return st.error();
        progress.step(1.0, Tr::tr("Pack loaded"));
        return model;
    });
}

QString CxrModel::encoderType() const
{
    return m_pack ? m_pack->manifest().encoder.type : QString();
}

QString CxrModel::encoderSummary() const
{
    if (!m_encoder)
        return {};
    if (const auto* clip = dynamic_cast<const ClipImageEncoder*>(m_encoder.get()))
        return Tr::tr("%1 %2, checkpoint SHA-256 %3 (%4)")
            .arg(clip->type(), clip->model().config().name, clip->checkpointSha256(),
                 QDir::toNativeSeparators(clip->model().checkpointPath()));
    const EncoderSpec& spec = m_pack->manifest().encoder;
    QString s =
        Tr::tr("%1, input %2 px, %3 values").arg(spec.type).arg(m_encoder->inputSize()).arg(m_encoder->dimension());
    for (const QString& f : spec.files) {
        const QString sha = m_pack->manifest().files.value(f);
        s += sha.isEmpty() ? Tr::tr(", %1").arg(f) : Tr::tr(", %1 (SHA-256 %2)").arg(f, sha);
    }
    return s;
}

Result<std::vector<float>> CxrModel::embed(const QImage& input, const Progress& progress) const
{
    const int size = m_encoder->inputSize();
    if (input.width() != size || input.height() != size)
        return Error(ErrorCode::Internal,
                     Tr::tr("the encoder takes %1×%1 px, not %2×%3").arg(size).arg(input.width()).arg(input.height()));
    const QImage rgb = input.convertToFormat(QImage::Format_RGB888);
    std::vector<float> pixels(size_t(size) * size * 3);
    for (int y = 0; y < size; ++y) {
        const uchar* line = rgb.constScanLine(y);
        for (int x = 0; x < size * 3; ++x)
            pixels[size_t(y) * size * 3 + x] = float(line[x]);
    }
    std::vector<float> out(size_t(m_encoder->dimension()));
    if (auto st = m_encoder->encode(pixels.data(), 1, out.data(), progress); !st)
        return st.error();
    return out;
}

Result<ConceptOutput> CxrModel::concepts(const std::vector<float>& embedding) const
{
    return m_head->forward(embedding, {});
}

namespace {

QJsonObject cxrHeadJson(const Catalog& catalog, const HeadConfig& cfg)
{
    QJsonArray concepts;
    for (const Descriptor& d : catalog.descriptors())
        concepts.append(d.id);
    return QJsonObject{{QStringLiteral("alpha"), double(cfg.alpha)},
                       {QStringLiteral("tau"), double(cfg.tau)},
                       {QStringLiteral("d"), cfg.d},
                       {QStringLiteral("r"), cfg.r},
                       {QStringLiteral("m"), cfg.m},
                       {QStringLiteral("bias"), cfg.bias},
                       {QStringLiteral("n_direct"), cfg.nDirect},
                       {QStringLiteral("concepts"), concepts}};
}

Status checkCxrHead(const QString& dir, const Catalog& catalog, const ConceptHead& head)
{
    const HeadConfig& cfg = head.config();
    if (cfg.m != 2 || !cfg.bias || cfg.nDirect != 0 || cfg.learnableAlpha)
        return Error(ErrorCode::Internal,
                     Tr::tr("a chest X-ray head has 2 logits, a bias, no direct scores and a fixed alpha"), dir);
    if (head.numConcepts() != catalog.descriptors().size())
        return Error(ErrorCode::Internal,
                     Tr::tr("the head has %1 concepts but the catalog %2 descriptors")
                         .arg(head.numConcepts())
                         .arg(catalog.descriptors().size()),
                     dir);
    return {};
}

} // namespace

Status writeCxrPack(const QString& dir, const Catalog& catalog, const ConceptHead& head, const CxrPackInfo& info,
                    const QStringList& protectedInputs)
{
    if (auto st = checkCxrHead(dir, catalog, head); !st)
        return st;
    return detail::guarded(ErrorCode::Internal, dir, [&]() -> Status {
        QMap<QString, TensorData> headTensors, descTensors;
        for (const auto& [n, t] : detail::module(head)->tensors()) {
            const QString qn = QString::fromStdString(n);
            (qn == QLatin1String("T") ? descTensors : headTensors).insert(qn, detail::fromTensor(qn, t));
        }
        PackManifest mf;
        mf.name = info.name;
        mf.version = info.version;
        mf.task = kTask;
        mf.encoder = info.encoder;
        mf.descriptors = {catalog.name(), catalog.version(), catalog.sha256()};
        mf.head.alpha = head.config().alpha;
        mf.head.tau = head.config().tau;
        mf.head.json = cxrHeadJson(catalog, head.config());
        mf.calibration.present = true;
        mf.calibration.threshold = info.calibration.threshold;
        mf.calibration.operatingPoint = info.calibration.operatingPoint;
        mf.calibration.dataset = info.calibration.dataset;
        mf.calibration.date = info.calibration.date;
        mf.calibration.json = info.calibration.toJson();
        mf.metrics = info.metrics;
        mf.provenance = info.provenance;
        QMap<QString, QMap<QString, TensorData>> tensorFiles = info.tensorFiles;
        if (tensorFiles.contains(kHead) || tensorFiles.contains(kDescriptors))
            return Error(ErrorCode::Internal, Tr::tr("head and descriptor tensors are written from the head"), dir);
        tensorFiles.insert(kHead, headTensors);
        tensorFiles.insert(kDescriptors, descTensors);
        return writePack(dir, mf, tensorFiles, info.files, protectedInputs);
    });
}

} // namespace descry
