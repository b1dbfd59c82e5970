#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"

#include <QImage>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace descry {

// A 128-D face descriptor (unnormalised network output; dlib's metric: same person when L2 distance < 0.6).
using FaceDescriptor = std::array<float, 128>;

struct DlibResNetImpl;

// 128-D dlib face-recognition ResNet (black-box baseline), a LibTorch re-implementation of
// @vladmandic/face-api's faceRecognitionNet with its tfjs weights (DESIGN.md §2, encoder type `dlib-resnet`).
// Immutable after load; embed() is thread-safe. Copies share the weights.
class DlibResNet
{
public:
    // Side of the aligned square chip the network takes.
    static constexpr int ChipSize = 150;

    // Reads a tfjs weights manifest and its .bin. Model error naming the file on any inconsistency
    // (missing weight, wrong byte count, bad shape).
    static Result<DlibResNet> load(const QString& manifestPath, const QString& weightsPath);

    // The pinned face-api assets (verified by SHA-256 against packaging/assets.lock).
    static Result<DlibResNet> loadDefault();

    // Descriptors for aligned 150x150 chips (any QImage format; converted to RGB888, alpha ignored),
    // computed in batches. Input error when a chip is null or not 150x150 (the message gives its index).
    Result<std::vector<FaceDescriptor>> embed(const QList<QImage>& chips) const;
    Result<FaceDescriptor> embed(const QImage& chip) const;
    // The same on a raw buffer: n chips of 150 × 150 × 3 RGB samples (0..255, HWC); out: n × 128 floats.
    Status embed(const float* pixels, int n, float* out, const Progress& progress = {}) const;

    // Lower-case hex SHA-256 of the weights (.bin) file that was loaded.
    QString weightsSha256() const;

private:
    explicit DlibResNet(std::shared_ptr<const DlibResNetImpl> impl) : d(std::move(impl)) {}
    std::shared_ptr<const DlibResNetImpl> d;
};

} // namespace descry
