#pragma once

namespace descry::runtime {

// LibTorch's OpenMP workers busy-wait by default, which on a loaded machine makes inference 20-40x slower.
// The policy is read when the library loads, so main() calls this first: when OMP_WAIT_POLICY is unset it sets
// PASSIVE and re-executes the program once (same arguments). Returns normally otherwise.
void ensurePassiveThreadWait(char** argv);

// Cores this process may run on (the affinity mask, like `nproc`).
int coreCount();

// Sets LibTorch's intra-op thread count (Debian's LibTorch starts at 1). threads <= 0 means coreCount().
// Call once at start-up from the main thread, before any inference; safe to call again from Settings.
void init(int threads = 0);

// LibTorch's current intra-op thread count.
int intraOpThreads();

} // namespace descry::runtime
