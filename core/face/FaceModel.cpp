#include <torch/torch.h>

#include "core/face/FaceModel.h"
#include "core/common/Tr.h"

#include "core/common/detail/ExceptionAdapter.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/tensor/detail/SafetensorsTorch.h"

#include <QCoreApplication>
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

Result<ConceptOutput> FaceModel::concepts(const std::vector<double>& morph, const FaceDescriptor& embedding) const
{
    return m_parts.head->forward(std::vector<float>(embedding.begin(), embedding.end()),
                                faceDirectScores(m_parts, morph));
}

Result<FaceModel> FaceModel::open(const QString& pathOrName)
{
    auto pack = ModelPack::open(pathOrName);
    if (!pack)
        return pack.error();
    const PackManifest& mf = pack->manifest();
    const QString manifestPath = pack->filePath(QStringLiteral("manifest.json"));
    if (mf.task != QLatin1String("face-verification"))
        return Error(ErrorCode::Model, Tr::tr("pack task is '%1', expected face-verification").arg(mf.task),
                     manifestPath);
    return detail::guarded(ErrorCode::Model, manifestPath, [&]() -> Result<FaceModel> {
        FaceModel model;
        model.m_pack = *pack;
        auto catalog = Catalog::load(defaultFaceCatalogPath());
        if (!catalog)
            return catalog.error();
        if (catalog->sha256() != mf.descriptors.sha256)
            return Error(
                ErrorCode::Model,
                Tr::tr("pack was trained on catalog %1 %2 (sha256 %3) but the installed catalog is %4 (sha256 %5)")
                    .arg(mf.descriptors.catalog, mf.descriptors.version, mf.descriptors.sha256.left(12),
                         catalog->version(), catalog->sha256().left(12)),
                manifestPath);
        model.m_parts.catalog = *catalog;
        auto layout = FaceConceptLayout::build(*catalog);
        if (!layout)
            return layout.error();
        model.m_parts.layout = *layout;

        const QJsonObject h = mf.head.json;
        HeadConfig cfg;
        cfg.d = h.value(QStringLiteral("d")).toInt();
        cfg.r = h.value(QStringLiteral("r")).toInt(4);
        cfg.m = h.value(QStringLiteral("m")).toInt();
        cfg.nDirect = layout->nDirect;
        cfg.alpha = float(mf.head.alpha);
        cfg.tau = float(mf.head.tau);
        cfg.bias = h.value(QStringLiteral("bias")).toBool();
        cfg.groupOf = layout->groupOf;
        auto head = ConceptHead::create(cfg);
        if (!head)
            return head.error().withFile(manifestPath);
        auto headTensors = pack->tensors(kHead);
        if (!headTensors)
            return headTensors.error();
        auto descTensors = pack->tensors(kDescriptors);
        if (!descTensors)
            return descTensors.error();
        std::map<std::string, torch::Tensor> all;
        for (auto it = headTensors->cbegin(); it != headTensors->cend(); ++it)
            all[it.key().toStdString()] = detail::toTensor(it.value());
        all["T"] = detail::toTensor(descTensors->value(QStringLiteral("T")));
        auto module = detail::module(*head);
        auto st = module->loadTensors(all);
        if (!st)
            return st.error().withFile(pack->filePath(kHead));
        model.m_parts.head.emplace(*head);
        const auto mean = descTensors->value(QStringLiteral("morph.mean")).toFloat();
        const auto sd = descTensors->value(QStringLiteral("morph.std")).toFloat();
        if (int(mean.size()) != morphometry::quantities().size() || sd.size() != mean.size())
            return Error(ErrorCode::Model, Tr::tr("population statistics do not match the measured quantities"),
                         pack->filePath(kDescriptors));
        model.m_parts.stats.mean.assign(mean.begin(), mean.end());
        model.m_parts.stats.stddev.assign(sd.begin(), sd.end());
        model.m_parts.threshold = mf.calibration.threshold;
        model.m_parts.baselineThreshold = mf.calibration.json.value(QStringLiteral("baseline_threshold")).toDouble();

        auto detector = FaceDetector::loadDefault();
        if (!detector)
            return detector.error();
        auto resnet = DlibResNet::load(pack->filePath(kResnetManifest), pack->filePath(kResnetWeights));
        if (!resnet)
            return resnet.error();
        model.m_analyzer.emplace(*detector, *resnet);
        return model;
    });
}

Status writeFacePack(const QString& dir, const FaceModelParts& parts, const QString& name, const QString& version,
                     const QJsonObject& calibration, const QJsonObject& metrics, const QJsonObject& provenance,
                     const QStringList& resnetFiles)
{
    return detail::guarded(ErrorCode::Internal, dir, [&]() -> Status {
        auto module = detail::module(*parts.head);
        QMap<QString, TensorData> head, desc;
        for (const auto& [n, t] : module->tensors()) {
            const QString qn = QString::fromStdString(n);
            if (qn == QLatin1String("T"))
                desc.insert(qn, detail::fromTensor(qn, t));
            else
                head.insert(qn, detail::fromTensor(qn, t));
        }
        const int64_t nq = int64_t(parts.stats.mean.size());
        desc.insert(QStringLiteral("morph.mean"),
                    TensorData::fromFloat(QStringLiteral("morph.mean"), {nq}, toFloats(parts.stats.mean)));
        desc.insert(QStringLiteral("morph.std"),
                    TensorData::fromFloat(QStringLiteral("morph.std"), {nq}, toFloats(parts.stats.stddev)));

        QMap<QString, QByteArray> other;
        for (const QString& f : resnetFiles) {
            QFile in(f);
            if (!in.open(QIODevice::ReadOnly))
                return Error(ErrorCode::Input, Tr::tr("cannot read (%1)").arg(in.errorString()), f);
            other.insert(QStringLiteral("encoder/") + QFileInfo(f).fileName(), in.readAll());
        }

        const HeadConfig& cfg = parts.head->config();
        QJsonArray concepts;
        for (const FaceConcept& c : parts.layout.concepts)
            concepts.append(parts.catalog.descriptors()[c.descriptor].id + QLatin1Char('@') + conceptSourceName(c.source));

        PackManifest mf;
        mf.name = name;
        mf.version = version;
        mf.task = QStringLiteral("face-verification");
        EncoderSpec morph, resnet;
        morph.type = QStringLiteral("morphometric");
        morph.files = {QStringLiteral("asset:shape_predictor_68_face_landmarks.dat")};
        morph.config = QJsonObject{{QStringLiteral("quantities"), QJsonArray::fromStringList(morphometry::quantities())},
                                   {QStringLiteral("detector"), QStringLiteral("dlib HOG frontal_face_detector")}};
        resnet.type = QStringLiteral("dlib-resnet");
        resnet.files = {kResnetManifest, kResnetWeights};
        resnet.config = QJsonObject{{QStringLiteral("chip"), 150}, {QStringLiteral("padding"), 0.25}};
        mf.encoder.sources = {morph, resnet};
        mf.descriptors.catalog = parts.catalog.name();
        mf.descriptors.version = parts.catalog.version();
        mf.descriptors.sha256 = parts.catalog.sha256();
        mf.head.alpha = cfg.alpha;
        mf.head.tau = cfg.tau;
        mf.head.json = QJsonObject{{QStringLiteral("alpha"), double(cfg.alpha)}, {QStringLiteral("tau"), double(cfg.tau)},
                                   {QStringLiteral("d"), cfg.d}, {QStringLiteral("r"), cfg.r},
                                   {QStringLiteral("m"), cfg.m}, {QStringLiteral("bias"), cfg.bias},
                                   {QStringLiteral("n_direct"), cfg.nDirect},
                                   {QStringLiteral("concepts"), concepts}};
        mf.calibration.present = true;
        mf.calibration.threshold = calibration.value(QStringLiteral("threshold")).toDouble();
        mf.calibration.operatingPoint = calibration.value(QStringLiteral("operating_point"));
        mf.calibration.dataset = calibration.value(QStringLiteral("dataset")).toString();
        mf.calibration.date = calibration.value(QStringLiteral("date")).toString();
        mf.calibration.json = calibration;
        mf.metrics = metrics;
        mf.provenance = provenance;
        return writePack(dir, mf, {{kHead, head}, {kDescriptors, desc}}, other);
    });
}

} // namespace descry
