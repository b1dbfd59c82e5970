#pragma once

#include <functional>

namespace descry::cli {

// The whole of descry-cli's main(): environment (passive OpenMP wait, offscreen Qt, quiet runtime dir),
// application object, translator (DESCRY_LANG, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG; English when
// no translation matches), logging, runtime start-up, then the command. `registerEncoders` runs after the built-in
// encoders are registered (a test build adds fake encoders there). Returns the process exit code.
int main(int argc, char** argv, const std::function<void()>& registerEncoders = {});

} // namespace descry::cli
