#pragma once

#include "core/clip/ClipModel.h"
#include "core/model/Encoder.h"
#include "core/pack/EncoderRegistry.h"

namespace descry {

// A CLIP image tower as a pack's ImageEncoder (encoder type `openclip-vit`): takes square RGB samples of
// inputSize(), normalises them with the checkpoint's mean/std and returns unnormalised image features.
// The checkpoint is named in the manifest's encoder spec: `files` holds a pack-relative copy
// (`--copy-encoder`) or `config.checkpoint` {path, sha256} references it outside the pack; the SHA-256 is
// verified before loading. `config.activation` ("gelu"/"quickgelu") is required; `config.tuned` names a
// pack-relative safetensors file of tensors that override the checkpoint's (a tuned last MLP block).
// Immutable; encode() is thread-safe.
class ClipImageEncoder : public ImageEncoder
{
public:
    ClipImageEncoder(ClipModel model, QString checkpointSha256)
        : m_model(std::move(model)), m_sha256(std::move(checkpointSha256))
    {
    }
    QString type() const override { return QStringLiteral("openclip-vit"); }
    int inputSize() const override { return m_model.config().vision.imageSize; }
    int dimension() const override { return m_model.config().embedDim; }
    Status encode(const float* pixels, int n, float* out, const Progress& progress) const override;

    const ClipModel& model() const { return m_model; }
    QString checkpointSha256() const { return m_sha256; }

private:
    ClipModel m_model;
    QString m_sha256;
};

// Registers `openclip-vit` (called by runtime::init()).
void registerClipEncoder(EncoderRegistry& registry);

} // namespace descry
