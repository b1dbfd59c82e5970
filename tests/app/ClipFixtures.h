#pragma once
// Generated CLIP fixtures for the app tests: a tiny random checkpoint (ClipConfig "tiny-vit32-quickgelu" shapes)
// and a random face head for it, so embed and pack build run end to end without ../shared.

#include "core/clip/ClipConfig.h"
#include "core/clip/ClipModel.h"
#include "core/descriptors/Catalog.h"
#include "core/face/FaceConcepts.h"
#include "core/face/Morphometry.h"
#include "core/model/ConceptHead.h"
#include "core/tensor/Safetensors.h"

#include <QString>

#include <random>

namespace clip_fixtures {

// Writes a random open_clip safetensors checkpoint; returns its embedding width (0 on failure).
inline int writeTinyCheckpoint(const QString& path, uint64_t seed = 1, bool withText = true)
{
    const auto cfg = descry::ClipConfig::named(QStringLiteral("tiny-vit32-quickgelu"));
    if (!cfg)
        return 0;
    if (!descry::writeSafetensors(path, descry::clipRandomWeights(*cfg, seed, withText)))
        return 0;
    return cfg->embedDim;
}

// A random head for the measured + prompt layout of the built-in catalog, as `pack build --head` reads it:
// F.*, W (m = 16), morph.mean / morph.std, alpha and tau in the metadata. Extra tensors are added as given.
inline bool writeFaceHead(const QString& path, int embedDim, const QMap<QString, descry::TensorData>& extra = {},
                          const QJsonObject& metadata = QJsonObject{{QStringLiteral("alpha"), QStringLiteral("0.5")},
                                                                    {QStringLiteral("tau"), QStringLiteral("0.1")}})
{
    auto catalog = descry::Catalog::load(descry::defaultFaceCatalogPath());
    if (!catalog)
        return false;
    auto layout = descry::FaceConceptLayout::build(*catalog, descry::ConceptSource::Prompt);
    if (!layout)
        return false;
    descry::HeadConfig cfg;
    cfg.d = embedDim;
    cfg.r = 4;
    cfg.m = 16;
    cfg.nDirect = layout->nDirect;
    cfg.groupOf = layout->groupOf;
    std::mt19937 rng(11);
    std::normal_distribution<float> normal(0.f, 0.3f);
    QMap<QString, descry::TensorData> tensors;
    const auto shapes = descry::ConceptHead::tensorShapes(cfg);
    for (auto it = shapes.begin(); it != shapes.end(); ++it) {
        if (it.key() == QLatin1String("T"))
            continue;
        int64_t n = 1;
        for (int64_t d : it.value())
            n *= d;
        std::vector<float> v(static_cast<size_t>(n));
        for (float& x : v)
            x = normal(rng);
        tensors.insert(it.key(), descry::TensorData::fromFloat(it.key(), it.value(), v));
    }
    const int64_t nq = int64_t(descry::morphometry::quantities().size());
    tensors.insert(QStringLiteral("morph.mean"), descry::TensorData::fromFloat(QStringLiteral("morph.mean"), {nq},
                                                                               std::vector<float>(size_t(nq), 1.f)));
    tensors.insert(QStringLiteral("morph.std"), descry::TensorData::fromFloat(QStringLiteral("morph.std"), {nq},
                                                                              std::vector<float>(size_t(nq), 0.5f)));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        tensors.insert(it.key(), it.value());
    return bool(descry::writeSafetensors(path, tensors, metadata));
}

} // namespace clip_fixtures
