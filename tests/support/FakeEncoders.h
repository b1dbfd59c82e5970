#pragma once

#include "core/common/Result.h"
#include "core/pack/EncoderRegistry.h"

#include <QColor>
#include <QString>

namespace descry::fakes {

// Stand-ins for the real encoders so that pipeline, CLI and GUI tests run on generated photos when neither
// ../shared nor real faces are around. Deterministic: the same photo always gives the same landmarks and
// embedding; photos of one generated "identity" give nearly the same, other identities clearly different ones.
//   fake-landmarks  a FaceLocator: 68 landmarks from a parametric face whose proportions follow the photo's colours
//   fake-embedding  an ImageEncoder: 16 values from the chip's 4×4 block means (32 px input)
void registerFakeEncoders(EncoderRegistry& registry = EncoderRegistry::global());

// Writes a complete, verifiable face pack (manifest, head, descriptors) that uses the fake encoders, with a
// random head (fixed seed) calibrated on generated identities. Returns the pack folder.
Result<QString> writeFakeFacePack(const QString& dir, const QString& name = QStringLiteral("face-fake"));

// A generated portrait of identity `identity` (0..): its colour sets the face's proportions; `variant` adds a
// small, deterministic change (another photo of the same person). `size` below ~60 px gives a face whose eyes
// are fewer than 20 px apart (an inconclusive comparison).
QImage fakeFacePhoto(int identity, int variant = 0, int width = 320, int height = 400);
Status writeFakeFacePhoto(const QString& path, int identity, int variant = 0, int width = 320, int height = 400);

// A 224 px face-like picture (skin-coloured oval, eyes, optional brows, nose and mouth on a gradient) tinted by
// `hue`, eyes `spread` px from the centre: compared with the cropped option it needs no real face and no detection.
QImage syntheticFaceImage(int hue, int spread = 24, bool brows = true);

// While a hold is alive, every call of a fake encoder waits (on the thread that makes it) until the hold is released,
// so a test can act, e.g. cancel, while a comparison is certainly still running. Thread-safe; holds add up.
class FakeEncoderHold
{
public:
    FakeEncoderHold();
    ~FakeEncoderHold() { release(); }
    FakeEncoderHold(const FakeEncoderHold&) = delete;
    FakeEncoderHold& operator=(const FakeEncoderHold&) = delete;
    void release(); // lets the waiting calls go on (once; the destructor does it too)

private:
    bool m_held = true;
};

} // namespace descry::fakes
