#include "core/diagnostics/ResidentMemory.h"

#include <cstdio>
#include <unistd.h>

namespace descry::diagnostics {

qint64 residentBytes()
{
    std::FILE* f = std::fopen("/proc/self/statm", "r");
    if (!f)
        return 0;
    long long size = 0, resident = 0;
    const int read = std::fscanf(f, "%lld %lld", &size, &resident);
    std::fclose(f);
    if (read != 2)
        return 0;
    return qint64(resident) * qint64(sysconf(_SC_PAGESIZE));
}

} // namespace descry::diagnostics
