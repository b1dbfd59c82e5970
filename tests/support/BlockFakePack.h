#pragma once
// A face pack on the fake encoders whose head is block-structured (issue 13 §6): the fake pack's catalog, layout,
// statistics and encoder sources with a fresh block head. Header-only, public API only (no torch).

#include "FakeEncoders.h"

#include "core/face/FaceModel.h"

#include <QDir>
#include <QJsonObject>

#include <random>

namespace descry::fakes {

// Writes the fake full pack under `dir`/full and a block pack (blockWidth columns per group) under `dir`/block;
// returns the block pack's folder.
inline Result<QString> writeBlockFakeFacePack(const QString& dir, int blockWidth = 2, bool bias = false)
{
    auto full = writeFakeFacePack(QDir(dir).filePath(QStringLiteral("full")));
    if (!full)
        return full.error();
    auto model = FaceModel::open(*full);
    if (!model)
        return model.error();
    FaceModelParts parts = model->parts();
    HeadConfig cfg = parts.head->config();
    cfg.aggregation = HeadAggregation::Block;
    cfg.blockWidth = blockWidth;
    cfg.m = int(parts.layout.groups.size()) * blockWidth;
    cfg.bias = bias;
    auto head = ConceptHead::create(cfg, 20261202);
    if (!head)
        return head.error();
    std::mt19937 rng(11);
    std::normal_distribution<float> normal;
    std::vector<float> T(size_t(parts.layout.numAppearance()) * size_t(cfg.d));
    for (float& t : T)
        t = normal(rng);
    if (auto st = head->setDescriptorEmbeddings(T); !st)
        return st.error();
    parts.head.emplace(*head);
    FacePackInfo info;
    info.name = QStringLiteral("face-fake-block");
    info.version = QStringLiteral("0.0.1");
    info.provenance = QJsonObject{{QStringLiteral("note"), QStringLiteral("test pack with a block head")}};
    info.sources = model->pack().manifest().encoder.sources;
    info.calibration = QJsonObject{{QStringLiteral("threshold"), 0.5},
                                   {QStringLiteral("baseline_threshold"), 0.9},
                                   {QStringLiteral("operating_point"), QStringLiteral("fixed for tests")},
                                   {QStringLiteral("dataset"), QStringLiteral("none")},
                                   {QStringLiteral("date"), QStringLiteral("2026-12-02T00:00:00Z")}};
    const QString out = QDir(dir).filePath(QStringLiteral("block"));
    if (auto st = writeFacePack(out, parts, info); !st)
        return st.error();
    return out;
}

} // namespace descry::fakes
