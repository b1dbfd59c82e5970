#include <torch/torch.h>

#include "core/face/ClipFacePack.h"

#include "core/common/Hash.h"
#include "core/common/Tr.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/model/detail/ConceptHeadModule.h"
#include "core/pack/ModelPack.h"
#include "core/tensor/detail/SafetensorsTorch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace descry {

namespace {

const QString kClipType = QStringLiteral("openclip-vit");
const QString kTunedFile = QStringLiteral("encoder/tuned.safetensors");
constexpr int kPromptBatch = 32;

void normalise(float* v, int n)
{
    double s = 0;
    for (int i = 0; i < n; ++i)
        s += double(v[i]) * v[i];
    const double norm = std::sqrt(s);
    if (norm <= 0)
        return;
    for (int i = 0; i < n; ++i)
        v[i] = float(v[i] / norm);
}

// The pack-relative name of a copied checkpoint: a fixed stem (the user's file name may hold anything) with the
// original suffix, so a safetensors copy stays recognisable (and its tensors listed in the manifest).
QString checkpointCopyName(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool plain = !suffix.isEmpty() && suffix.size() <= 16 &&
                       std::all_of(suffix.begin(), suffix.end(), [](QChar c) { return c.isLetterOrNumber(); });
    return QStringLiteral("encoder/checkpoint.") + (plain ? suffix : QStringLiteral("bin"));
}

EncoderSpec clipSpec(const ClipPackEncoder& encoder, const QString& sha256, const QString& copy, bool tuned)
{
    EncoderSpec spec;
    spec.type = kClipType;
    QJsonObject checkpoint{{QStringLiteral("sha256"), sha256}};
    if (copy.isEmpty()) {
        checkpoint.insert(QStringLiteral("path"), QFileInfo(encoder.checkpointPath).absoluteFilePath());
    } else {
        checkpoint.insert(QStringLiteral("file"), copy);
        checkpoint.insert(QStringLiteral("source"), QFileInfo(encoder.checkpointPath).absoluteFilePath());
        spec.files << copy;
    }
    spec.config = QJsonObject{{QStringLiteral("activation"), clipActivationId(encoder.activation)},
                              {QStringLiteral("checkpoint"), checkpoint}};
    if (tuned) {
        spec.files << kTunedFile;
        spec.config.insert(QStringLiteral("tuned"), kTunedFile);
    }
    return spec;
}

Status checkParts(const QString& dir, const FaceModelParts& parts, const FacePackInfo& info)
{
    if (parts.layout.cosineSource != ConceptSource::Prompt)
        return Error(ErrorCode::Internal, Tr::tr("a CLIP face pack needs the measured + prompt concept layout"), dir);
    if (!parts.head)
        return Error(ErrorCode::Internal, Tr::tr("no trained head to write"), dir);
    if (!info.calibration.value(QStringLiteral("baseline_threshold")).isDouble())
        return Error(ErrorCode::Internal,
                     Tr::tr("calibration.baseline_threshold is missing: the CLIP image cosine is the pack's "
                            "black-box baseline and needs its own threshold"),
                     dir);
    return {};
}

} // namespace

Result<std::vector<float>> encodeDescriptorPrompts(const ClipModel& model, const ClipTokenizer& tokenizer,
                                                   const Catalog& catalog, const Progress& progress)
{
    if (!model.hasTextTower())
        return Error(ErrorCode::Model, Tr::tr("the model has no text tower: descriptor prompts cannot be encoded"),
                     model.checkpointPath());
    const int e = model.config().embedDim;
    std::vector<std::vector<int64_t>> tokens;
    std::vector<int> owner; // descriptor of each prompt
    for (int d = 0; d < catalog.descriptors().size(); ++d) {
        for (const QString& prompt : catalog.descriptors()[d].prompts) {
            tokens.push_back(tokenizer.tokenize(prompt, model.config().text.contextLength));
            owner.push_back(d);
        }
    }
    std::vector<float> features(tokens.size() * size_t(e));
    for (size_t from = 0; from < tokens.size(); from += kPromptBatch) {
        if (!progress.step(double(from) / double(tokens.size()),
                           Tr::tr("Encoding descriptor prompts (%1 of %2)").arg(from).arg(tokens.size())))
            return Error(ErrorCode::Cancelled, Tr::tr("cancelled"));
        const size_t to = std::min(tokens.size(), from + kPromptBatch);
        const std::vector<std::vector<int64_t>> batch(tokens.begin() + std::ptrdiff_t(from),
                                                      tokens.begin() + std::ptrdiff_t(to));
        if (auto st = model.encodeTexts(batch, features.data() + from * size_t(e)); !st)
            return st.error();
    }
    // open_clip's zero-shot recipe: each prompt normalised, the prompts of a descriptor averaged, re-normalised.
    std::vector<float> out(size_t(catalog.descriptors().size()) * size_t(e), 0.f);
    for (size_t i = 0; i < tokens.size(); ++i) {
        float* f = features.data() + i * size_t(e);
        normalise(f, e);
        float* row = out.data() + size_t(owner[i]) * size_t(e);
        for (int j = 0; j < e; ++j)
            row[j] += f[j];
    }
    for (int d = 0; d < catalog.descriptors().size(); ++d)
        normalise(out.data() + size_t(d) * size_t(e), e);
    progress.step(1, Tr::tr("Descriptor prompts encoded"));
    return out;
}

Status writeClipFacePack(const QString& dir, const FaceModelParts& parts, const FacePackInfo& info,
                         const ClipPackEncoder& encoder, const QStringList& protectedInputs)
{
    if (auto st = checkParts(dir, parts, info); !st)
        return st;
    QString sha = encoder.sha256;
    if (sha.isEmpty()) {
        auto hashed = sha256File(encoder.checkpointPath);
        if (!hashed)
            return Error(ErrorCode::Model, hashed.error().message(), encoder.checkpointPath);
        sha = *hashed;
    }
    FacePackInfo full = info;
    // The copy is written from a memory mapping: a multi-GB checkpoint is never held in memory.
    QFile checkpoint(encoder.checkpointPath);
    QString copy;
    if (encoder.copyIntoPack) {
        if (!checkpoint.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Model, Tr::tr("cannot read the checkpoint (%1)").arg(checkpoint.errorString()),
                         encoder.checkpointPath);
        uchar* mapped = checkpoint.size() > 0 ? checkpoint.map(0, checkpoint.size()) : nullptr;
        if (!mapped)
            return Error(ErrorCode::Model, Tr::tr("cannot map the checkpoint (%1)").arg(checkpoint.errorString()),
                         encoder.checkpointPath);
        copy = checkpointCopyName(encoder.checkpointPath);
        full.files.insert(copy,
                          QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), qsizetype(checkpoint.size())));
    }
    if (!encoder.tuned.isEmpty())
        full.tensorFiles.insert(kTunedFile, encoder.tuned);
    full.sources.clear();
    for (const EncoderSpec& s : info.sources) {
        if (s.type != kClipType)
            full.sources << s;
    }
    if (full.sources.isEmpty())
        full.sources << morphometricSourceSpec();
    full.sources << clipSpec(encoder, sha, copy, !encoder.tuned.isEmpty());
    QStringList inputs = protectedInputs;
    inputs << encoder.checkpointPath;
    return writeFacePack(dir, parts, full, inputs);
}

namespace {

Error headError(const QString& path, const QString& message)
{
    return Error(ErrorCode::Model, message, path);
}

// alpha or tau: the option when given, else the file's metadata (a number written as a string).
Result<double> headSetting(const QString& path, const QJsonObject& metadata, const QString& key,
                           std::optional<double> given)
{
    if (given)
        return *given;
    bool ok = false;
    const double v = metadata.value(key).toString().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return Error(ErrorCode::Usage, Tr::tr("__metadata__ has no number '%1' (give it as an option)").arg(key), path);
    return v;
}

// The head's configuration read off the stored shapes, the layout and the settings.
Result<HeadConfig> headConfigOf(const QString& path, const QMap<QString, TensorData>& t, const QJsonObject& metadata,
                                const FaceConceptLayout& layout, int embedDim, std::optional<double> alpha,
                                std::optional<double> tau)
{
    for (const QString& name : {QStringLiteral("F.0.weight"), QStringLiteral("W")}) {
        if (!t.contains(name) || t.value(name).shape.size() != 2)
            return headError(path, Tr::tr("tensor '%1' is missing or not a matrix").arg(name));
    }
    HeadConfig cfg;
    cfg.d = embedDim;
    const int64_t hidden = t.value(QStringLiteral("F.0.weight")).shape[0];
    if (hidden <= 0 || embedDim % hidden != 0)
        return headError(path, Tr::tr("tensor 'F.0.weight' has %1 rows, which does not divide the checkpoint's "
                                      "embedding width %2")
                                   .arg(hidden)
                                   .arg(embedDim));
    cfg.r = int(embedDim / hidden);
    cfg.m = int(t.value(QStringLiteral("W")).shape[1]);
    cfg.bias = t.contains(QStringLiteral("b"));
    cfg.learnableAlpha = t.contains(QStringLiteral("alpha"));
    cfg.nDirect = layout.nDirect;
    cfg.groupOf = layout.groupOf;
    auto a = headSetting(path, metadata, QStringLiteral("alpha"), alpha);
    if (!a)
        return a.error();
    auto ta = headSetting(path, metadata, QStringLiteral("tau"), tau);
    if (!ta)
        return ta.error();
    cfg.alpha = float(*a);
    cfg.tau = float(*ta);
    return cfg;
}

// Every stored tensor is one the head (or the statistics) expects, F32, of the expected shape; none is missing.
Status checkHeadTensors(const QString& path, const QMap<QString, TensorData>& t,
                        const QMap<QString, std::vector<int64_t>>& expected)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const auto found = t.constFind(it.key());
        if (found == t.constEnd())
            return headError(path, Tr::tr("tensor '%1' is missing").arg(it.key()));
        if (found->shape != it.value())
            return headError(path, Tr::tr("tensor '%1' has shape %2, the catalog and checkpoint need %3")
                                       .arg(it.key(), safetensors::shapeToString(found->shape),
                                            safetensors::shapeToString(it.value())));
        if (found->dtype != QLatin1String("F32"))
            return headError(path, Tr::tr("tensor '%1' is %2, expected F32").arg(it.key(), found->dtype));
    }
    for (auto it = t.begin(); it != t.end(); ++it) {
        if (!expected.contains(it.key()))
            return headError(path, it.key() == QLatin1String("T")
                                       ? Tr::tr("tensor 'T' must not be given: the descriptor embeddings come from "
                                                "the checkpoint's text tower")
                                       : Tr::tr("tensor '%1' is not part of a face head").arg(it.key()));
    }
    return {};
}

} // namespace

Result<FaceModelParts> readClipFaceHead(const QString& path, const Catalog& catalog, int embedDim,
                                        const ClipHeadSettings& settings)
{
    auto layout = FaceConceptLayout::build(catalog, ConceptSource::Prompt);
    if (!layout)
        return layout.error();
    QJsonObject metadata;
    auto stored = readSafetensors(path, &metadata);
    if (!stored)
        return headError(path, stored.error().message());
    auto cfg = headConfigOf(path, *stored, metadata, *layout, embedDim, settings.alpha, settings.tau);
    if (!cfg)
        return cfg.error();
    auto head = ConceptHead::create(*cfg);
    if (!head)
        return head.error().withFile(path);
    QMap<QString, std::vector<int64_t>> expected = ConceptHead::tensorShapes(*cfg);
    expected.remove(QStringLiteral("T"));
    const int64_t nq = int64_t(morphometry::quantities().size());
    // The statistics come from the file, or (a pack's head) from the settings; never half from each.
    const bool ownStats = stored->contains(QStringLiteral("morph.mean")) ||
                          stored->contains(QStringLiteral("morph.std")) || !settings.stats;
    if (layout->nDirect > 0 && ownStats) {
        expected.insert(QStringLiteral("morph.mean"), {nq});
        expected.insert(QStringLiteral("morph.std"), {nq});
        if (stored->contains(QStringLiteral("morph.min")) || stored->contains(QStringLiteral("morph.max"))) {
            expected.insert(QStringLiteral("morph.min"), {nq});
            expected.insert(QStringLiteral("morph.max"), {nq});
        }
    }
    if (auto st = checkHeadTensors(path, *stored, expected); !st)
        return st.error();
    if (layout->nDirect > 0 && !ownStats &&
        (settings.stats->mean.size() != size_t(nq) || settings.stats->stddev.size() != size_t(nq)))
        return headError(path, Tr::tr("the population statistics beside the head do not have %1 values").arg(nq));
    return detail::guarded(ErrorCode::Model, path, [&]() -> Result<FaceModelParts> {
        std::map<std::string, torch::Tensor> all;
        for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("morph.")))
                all[it.key().toStdString()] = detail::toTensor(it.value());
        }
        // A placeholder until the prompts are encoded (loading refuses zero rows); replaced before any use.
        all["T"] = torch::full({layout->numCosine(), embedDim}, 1.0 / std::sqrt(double(embedDim)));
        if (auto st = detail::module(*head)->loadTensors(all); !st)
            return st.error().withFile(path);
        FaceModelParts parts;
        parts.catalog = catalog;
        parts.layout = *layout;
        parts.head.emplace(*head);
        if (layout->nDirect > 0 && ownStats) {
            const auto mean = stored->value(QStringLiteral("morph.mean")).toFloat();
            const auto sd = stored->value(QStringLiteral("morph.std")).toFloat();
            parts.stats.mean.assign(mean.begin(), mean.end());
            parts.stats.stddev.assign(sd.begin(), sd.end());
            if (stored->contains(QStringLiteral("morph.min"))) {
                const auto lo = stored->value(QStringLiteral("morph.min")).toFloat();
                const auto hi = stored->value(QStringLiteral("morph.max")).toFloat();
                parts.stats.min.assign(lo.begin(), lo.end());
                parts.stats.max.assign(hi.begin(), hi.end());
            }
        } else if (layout->nDirect > 0) {
            parts.stats = *settings.stats;
        }
        return parts;
    });
}

Result<FaceModelParts> readClipFaceHead(const QString& path, const Catalog& catalog,
                                        const std::vector<float>& descriptorEmbeddings, int embedDim,
                                        std::optional<double> alpha, std::optional<double> tau)
{
    if (descriptorEmbeddings.size() != size_t(catalog.descriptors().size()) * size_t(embedDim))
        return Error(ErrorCode::Internal, Tr::tr("descriptor embeddings do not match the catalog"), path);
    auto parts = readClipFaceHead(path, catalog, embedDim, ClipHeadSettings{alpha, tau, std::nullopt});
    if (!parts)
        return parts.error();
    if (parts->layout.numCosine() == 0)
        return parts;
    if (auto st = parts->head->setDescriptorEmbeddings(parts->layout.cosineRows(descriptorEmbeddings, embedDim)); !st)
        return st.error().withFile(path);
    return parts;
}

} // namespace descry
