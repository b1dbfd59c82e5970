#pragma once

#include "core/common/Result.h"
#include "core/face/FaceTypes.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace descry {

// What a casework augmentation may use besides the photo: the face's 68 landmarks (glasses frames, the inter-eye
// distance the low-resolution copy aims at). Without landmarks, glasses are refused and low resolution assumes an
// inter-eye distance of 30 % of the image width.
struct AugmentationContext
{
    std::optional<Landmarks68> landmarks;
};

// One augmented copy of a photo and exactly how it was made (id + parameter string, recorded in caches and
// provenance): the same (photo, id, seed) always gives the same image and parameters.
struct AugmentedPhoto
{
    QImage image; // same size as the source, RGB888
    QString id;
    QString params; // e.g. "sigma=1.8"
};

// The limits the augmentations stay within, so an augmented photo still passes the quality check of a comparison.
struct AugmentationLimits
{
    static constexpr double MaxRollDegrees = 12.0; // in-plane rotation
    static constexpr double MinSqueeze = 0.80;     // horizontal squeeze of one face half (yaw-like)
    static constexpr int MinQuality = 20;          // JPEG / WebP quality range
    static constexpr int MaxQuality = 60;
    static constexpr double MinTargetInterEye = 22.0; // low resolution: inter-eye distance aimed at (px)
    static constexpr double MaxTargetInterEye = 32.0;
};

// Ids in a fixed order: "rotate", "squeeze", "gaussian-blur", "motion-blur", "jpeg", "webp", "noise",
// "white-balance", "gamma", "low-res", "glasses".
const QStringList& augmentationIds();

// The augmentation `id` of `source`, its parameters drawn from `seed`. Usage error for an unknown id; Input error
// for an empty image, or "glasses" without landmarks; Internal when an encoder (WebP) is missing.
Result<AugmentedPhoto> augmentPhoto(const QImage& source, const QString& id, uint64_t seed,
                                    const AugmentationContext& context = {});

// A seed for copy `copy` of the photo with SHA-256 `sha256` under `baseSeed`: stable across runs and platforms.
uint64_t augmentationSeed(const QString& sha256, const QString& id, int copy, uint64_t baseSeed);

} // namespace descry
