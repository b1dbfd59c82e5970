#pragma once

namespace descry::runtime {

// Environment that the math libraries read only when they load, so main() calls this first; when something
// has to change it re-executes the program once (same arguments), else returns normally:
// - LibTorch's OpenMP workers busy-wait by default, which on a loaded machine makes inference 20-40x slower:
//   OMP_WAIT_POLICY=PASSIVE unless set.
// - OpenBLAS 0.3.21 (Debian 12) picks its kernels from the CPU model number and falls back to SSE3
//   ("Prescott", ~5x slower GEMM) on processors newer than it knows: OPENBLAS_CORETYPE is set from the CPU's
//   features (openBlasCoreFor) unless the user set it.
// Under a wrapper (valgrind, `ld.so PROGRAM`) it does not re-execute (that would start the wrapper alone): the
// variables are then set for this process only, too late for OpenBLAS, which keeps its own choice.
void ensurePassiveThreadWait(char** argv);

// The OpenBLAS kernel family for this CPU's instruction set: "SkylakeX" (AVX-512 F/BW/DQ/VL), "Haswell"
// (AVX2 + FMA) or empty (leave OpenBLAS's own choice).
const char* openBlasCoreFor(bool avx512, bool avx2Fma);
const char* openBlasCoreForThisCpu();

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
