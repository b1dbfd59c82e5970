#pragma once

#include "core/common/Result.h"
#include "core/model/ConceptHead.h"
#include "core/pack/PackManifest.h"

namespace descry {

// Upper bounds for sizes read from a manifest: a pack that asks for more is refused before anything is allocated.
namespace head_limits {
inline constexpr int kMaxEmbedding = 16384; // d
inline constexpr int kMaxReduction = 1024;  // r
inline constexpr int kMaxAggregated = 8192; // m
inline constexpr int kMaxConcepts = 100000; // n_direct, and the catalog's descriptors
inline constexpr double kMaxTau = 100.0;
} // namespace head_limits

// Reads the manifest's `head` member strictly into a HeadConfig (d, r, m, bias, alpha, tau, n_direct): every
// member present, of the right JSON type and in range, no defaults; Model error naming `manifestPath` and the
// member (e.g. "head.r: must be an integer in 1..1024"). groupOf is left for the task to fill from its catalog.
Result<HeadConfig> headConfigFromManifest(const PackManifest& manifest, const QString& manifestPath);

} // namespace descry
