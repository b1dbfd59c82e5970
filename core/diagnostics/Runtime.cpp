#include <torch/torch.h>

#include "core/diagnostics/Runtime.h"

#include "core/clip/ClipEncoder.h"
#include "core/face/FaceEncoders.h"
#include "core/pack/EncoderRegistry.h"
#include "core/torchscript/TorchScriptEncoder.h"

#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>
#include <mutex>
#include <sched.h>
#include <unistd.h>
#include <thread>

namespace descry::runtime {

const char* openBlasCoreFor(bool avx512, bool avx2Fma)
{
    if (avx512)
        return "SkylakeX";
    if (avx2Fma)
        return "Haswell";
    return "";
}

const char* openBlasCoreForThisCpu()
{
    __builtin_cpu_init();
    const bool avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                        __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
    const bool avx2Fma = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return openBlasCoreFor(avx512, avx2Fma);
}

namespace {

// Whether /proc/self/exe is the program argv[0] names (found on $PATH when it has no '/'). Under a wrapper that
// runs the program in its own process image (valgrind, `ld.so PROGRAM`), /proc/self/exe is the wrapper, and
// re-executing it would start the wrapper without the program. Valgrind also answers readlink("/proc/self/exe")
// with the program's path while execv("/proc/self/exe") still starts its tool alone, so it is recognised by the
// preload it always sets.
bool runsAsItself(const char* argv0)
{
    if (const char* preload = std::getenv("LD_PRELOAD"); preload && std::strstr(preload, "vgpreload"))
        return false;
    char self[PATH_MAX], named[PATH_MAX];
    if (!argv0 || !::realpath("/proc/self/exe", self))
        return false;
    const std::string name = argv0;
    std::vector<std::string> candidates;
    if (name.find('/') != std::string::npos) {
        candidates.push_back(name);
    } else if (const char* path = std::getenv("PATH")) {
        std::string dirs = path;
        for (size_t start = 0, end; start <= dirs.size(); start = end + 1) {
            end = dirs.find(':', start);
            if (end == std::string::npos)
                end = dirs.size();
            candidates.push_back((end > start ? dirs.substr(start, end - start) : std::string(".")) + "/" + name);
        }
    }
    for (const std::string& c : candidates)
        if (::access(c.c_str(), X_OK) == 0 && ::realpath(c.c_str(), named))
            return std::strcmp(self, named) == 0;
    return false;
}

} // namespace

void ensurePassiveThreadWait(char** argv)
{
    bool changed = false;
    if (!std::getenv("OMP_WAIT_POLICY")) {
        ::setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
        changed = true;
    }
    if (const char* core = openBlasCoreForThisCpu(); !std::getenv("OPENBLAS_CORETYPE") && *core) {
        ::setenv("OPENBLAS_CORETYPE", core, 1);
        changed = true;
    }
    if (changed && runsAsItself(argv[0]))
        ::execv("/proc/self/exe", argv); // only returns on failure: then carry on with the defaults
}

int coreCount()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) == 0) {
        const int n = CPU_COUNT(&set);
        if (n > 0)
            return n;
    }
    const unsigned hc = std::thread::hardware_concurrency();
    return hc > 0 ? static_cast<int>(hc) : 1;
}

void init(int threads)
{
    static std::once_flag registered;
    std::call_once(registered, [] {
        registerFaceEncoders(EncoderRegistry::global());
        registerClipEncoder(EncoderRegistry::global());
        registerTorchScriptEncoder(EncoderRegistry::global());
    });
    setThreads(threads);
}

void setThreads(int threads)
{
    at::set_num_threads(threads > 0 ? threads : coreCount());
}

int intraOpThreads()
{
    return at::get_num_threads();
}

} // namespace descry::runtime
