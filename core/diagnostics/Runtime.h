#pragma once

namespace descry::runtime {

// Cores this process may run on (the affinity mask, like `nproc`).
int coreCount();

// Sets LibTorch's intra-op thread count (Debian's LibTorch starts at 1). threads <= 0 means coreCount().
// Call once at start-up from the main thread, before any inference; safe to call again from Settings.
void init(int threads = 0);

// LibTorch's current intra-op thread count.
int intraOpThreads();

} // namespace descry::runtime
