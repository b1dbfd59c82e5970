#pragma once

#include "core/common/Result.h"

#include <QImage>
#include <QString>

namespace descry::fakes {

// Writes a complete, verifiable cxr-classification pack over the built-in CXR catalog that uses the
// `fake-embedding` encoder (registerFakeEncoders), with a hand-set head whose decision follows the planted signal of
// fakeChestRadiograph (a bright lower band on one side: effusion; none: no effusion) and whose explanation names the
// basal-opacity/costophrenic descriptors of that side. Threshold 0.5; a planted band gives P(effusion) ~0.96
// (margin ~+3.2), none ~0.003 (margin ~-5.8), bias term b1 - b0 = -0.3. `indeterminateBand` adds the calibrated
// band [0.2, 0.98] around the threshold, so a planted band is then indeterminate. Returns the pack folder.
Result<QString> writeFakeCxrPack(const QString& dir, const QString& name = QStringLiteral("cxr-fake"),
                                 bool indeterminateBand = false);

// A generated 8-bit chest-like radiograph (`width`×`height`): lungs darker than the mediastinum, and with `side`
// "left" / "right" / "bilateral" a bright band over the lower zone of that side (the patient's left is the image's
// right) and a blunted costophrenic corner; "" for none. Deterministic for `seed`.
QImage fakeChestRadiograph(const QString& side, int seed = 0, int width = 256, int height = 256);

} // namespace descry::fakes
