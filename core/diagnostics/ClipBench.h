#pragma once

#include "core/clip/ClipConfig.h"
#include "core/common/Progress.h"
#include "core/common/Result.h"

#include <QJsonObject>

namespace descry {

// Figures of `descry-cli bench clip`: encode times of a random-weight model of the real size, the float32 GEMM
// rate measured in the same process, and the efficiency that relates them.
struct ClipBenchResult
{
    ClipConfig config;
    int threads = 0;
    double loadSeconds = 0;                // building the random model (weights allocated once)
    double imageSecondsBatch1 = 0;         // best of the runs, one image
    double imageSecondsPerImageBatch8 = 0; // best of the runs, eight images, divided by 8
    double textSeconds120 = 0;             // 120 descriptor prompts (77-token rows)
    double peakRssMb = 0;                  // the process's peak resident set (getrusage)
    double gemmGflops = 0;                 // best float32 n×n GEMM rate in this process
    int gemmSize = 0;
    // (2 × image MACs / imageSecondsBatch1) / GEMM rate: the fraction of the machine's GEMM speed one image gets.
    double efficiency() const;
    QJsonObject toJson() const;
};

// Builds a random model of `config` (no checkpoint needed) and times it; runs on the calling thread with its
// intra-op thread count. `runs` repetitions per figure (best taken). Cancelled through `progress`.
Result<ClipBenchResult> benchmarkClip(const ClipConfig& config, int runs = 3, const Progress& progress = {});

} // namespace descry
