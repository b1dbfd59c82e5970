#include <torch/torch.h>

#include "core/diagnostics/Runtime.h"

#include <sched.h>
#include <thread>

namespace descry::runtime {

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
    at::set_num_threads(threads > 0 ? threads : coreCount());
}

int intraOpThreads()
{
    return at::get_num_threads();
}

} // namespace descry::runtime
