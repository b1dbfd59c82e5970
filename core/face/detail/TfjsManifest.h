#pragma once
// Private header: the torch-free half of the tfjs weights reader (manifest, sizes, decoding), which the fuzzers
// build without LibTorch.

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace descry::detail {

// One validated weight of a tfjs "weights_manifest.json": where its bytes lie in the .bin and how they decode.
struct TfjsEntry
{
    std::string name;
    std::vector<int64_t> shape;
    QString quantDtype; // empty: raw float32; else uint8, uint16 or float16
    double scale = 1.0;
    double min = 0.0;
    int64_t numel = 1;
    int64_t bytes = 0;
    int64_t offset = 0; // into TfjsWeightFile::bin
};

// A manifest and its .bin, checked against each other: every entry's bytes lie inside `bin`, which holds exactly
// the bytes the manifest describes; names are unique. Plain value type.
struct TfjsWeightFile
{
    std::vector<TfjsEntry> entries; // manifest order
    QByteArray bin;
};

// Reads and checks the pair (see readTfjsWeights). Errors are ErrorCode::Model and name the offending file.
Result<TfjsWeightFile> readTfjsWeightFile(const QString& manifestPath, const QString& weightsPath);

// Decodes one entry's bytes (`file.bin` at `entry.offset`) into `entry.numel` float32 values at `dst`.
void decodeTfjsEntry(const TfjsWeightFile& file, const TfjsEntry& entry, float* dst);

} // namespace descry::detail
