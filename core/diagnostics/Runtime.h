#pragma once

namespace descry::runtime {

// LibTorch's OpenMP workers busy-wait by default, which on a loaded machine makes inference 20-40x slower.
// The policy is read when the library loads, so main() calls this first: when OMP_WAIT_POLICY is unset it sets
// PASSIVE and re-executes the program once (same arguments). Returns normally otherwise.
void ensurePassiveThreadWait(char** argv);

// Cores this process may run on (the affinity mask, like `nproc`).
int coreCount();

// Start-up: registers the built-in encoders in EncoderRegistry::global() (once) and sets the calling thread's
// intra-op thread count (setThreads). Call from main() before any model is opened.
void init(int threads = 0);

// Sets LibTorch's intra-op thread count for the calling thread (Debian's LibTorch starts at 1; ATen keeps the
// setting per thread, so the inference thread must call this itself). threads <= 0 means coreCount().
void setThreads(int threads);

// LibTorch's current intra-op thread count.
int intraOpThreads();

} // namespace descry::runtime
