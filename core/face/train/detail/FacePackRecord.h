#pragma once

#include "core/common/Result.h"
#include "core/face/FaceModel.h"
#include "core/face/train/FaceTrainer.h"
#include "core/face/train/detail/FaceTrainingInputs.h"

#include <QJsonObject>

#include <cmath>

// `train face`, last step: what the pack's manifest records, and writing the pack.
namespace descry::detail {

struct AppearanceDirections;
struct Calibration;

// What a trained pack records besides its tensors.
struct PackRecord
{
    QJsonObject calibration, metrics, provenance;
};

// Calibration, metrics and provenance of a trained pack (the gap object gives metrics.held_out and friends).
PackRecord packRecord(const FaceTrainingOptions& o, const TrainingInputs& in, const IdentitySplit& split,
                      const AugmentedRows& rows, const AppearanceDirections& dirs, const Calibration& cal,
                      const QJsonObject& gap, double finalLoss);

// Writes the pack folder with the pinned ResNet weights (never replacing an input).
Status writePack(const FaceTrainingOptions& o, const FaceModelParts& parts, const PackRecord& record);

} // namespace descry::detail
