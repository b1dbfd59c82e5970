#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"

#include <QString>

namespace descry {

// Base of every encoder a model pack names in `encoder.type`; the EncoderRegistry creates them. Encoders are
// immutable after creation and their const members are thread-safe.
class Encoder
{
public:
    virtual ~Encoder() = default;
    // The manifest's `encoder.type` this encoder was created for.
    virtual QString type() const = 0;
};

// Turns square RGB images into embeddings, on raw float buffers: no library types cross this interface.
class ImageEncoder : public Encoder
{
public:
    // Side of the square input in pixels.
    virtual int inputSize() const = 0;
    // Width d of one embedding.
    virtual int dimension() const = 0;
    // pixels: n images of inputSize × inputSize × 3 interleaved RGB samples in 0..255 (row-major, HWC),
    // already aligned or cropped; out: n × dimension floats. Polls progress.cancelled() between batches.
    virtual Status encode(const float* pixels, int n, float* out, const Progress& progress) const = 0;
};

} // namespace descry
