#pragma once
// The radiograph display options that `render` and `cxr` share: --frame N and --preset K numbered from 1,
// --window CENTER,WIDTH in modality units.

#include "app/cli/Command.h"

#include "core/common/Result.h"
#include "core/imaging/DisplayPipeline.h"
#include "core/imaging/MedicalImage.h"

#include <utility>

namespace descry::cli {

// --window as (center, width), width > 0; a Usage error of the command otherwise.
Result<std::pair<double, double>> parseWindowOption(const ParsedArgs& args);

// --frame / --preset / --window checked against the image (frame count, presets, colour), as display settings
// indexed from 0; *frame receives the 0-based frame.
Result<DisplaySettings> displaySettingsFor(const ParsedArgs& args, const MedicalImage& image, int* frame);

} // namespace descry::cli
