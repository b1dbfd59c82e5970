#include "core/diagnostics/ClipBench.h"

#include "core/clip/ClipModel.h"
#include "core/common/Tr.h"
#include "core/diagnostics/Doctor.h"
#include "core/diagnostics/Runtime.h"

#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <random>

namespace descry {

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kibibytes on Linux: MiB
}

// Seconds of the fastest of `runs` calls of f (after one warm-up call).
template <typename F> Result<double> bestOf(int runs, F&& f)
{
    if (auto st = f(); !st)
        return st.error();
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (auto st = f(); !st)
            return st.error();
        best = std::min(best, t.nsecsElapsed() * 1e-9);
    }
    return best;
}

// 120 rows shaped like descriptor prompts: start token, 6-14 word pieces, end token, zero padding.
std::vector<std::vector<int64_t>> promptRows(const ClipConfig& c)
{
    std::mt19937 rng(120);
    std::vector<std::vector<int64_t>> rows;
    for (int i = 0; i < 120; ++i) {
        std::vector<int64_t> row(size_t(c.text.contextLength), 0);
        const int len = 6 + int(rng() % 9);
        row[0] = c.text.vocabSize - 2;
        for (int k = 1; k <= len; ++k)
            row[size_t(k)] = int64_t(rng() % uint32_t(c.text.vocabSize - 2));
        row[size_t(len + 1)] = c.text.vocabSize - 1;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

double ClipBenchResult::efficiency() const
{
    if (imageSecondsBatch1 <= 0 || gemmGflops <= 0)
        return 0;
    return (2.0 * config.imageMacs() / imageSecondsBatch1 / 1e9) / gemmGflops;
}

QJsonObject ClipBenchResult::toJson() const
{
    return {{QStringLiteral("arch"), config.name},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("image_gmac"), config.imageMacs() / 1e9},
            {QStringLiteral("load_seconds"), loadSeconds},
            {QStringLiteral("image_seconds_batch1"), imageSecondsBatch1},
            {QStringLiteral("image_seconds_per_image_batch8"), imageSecondsPerImageBatch8},
            {QStringLiteral("text_seconds_120"), textSeconds120},
            {QStringLiteral("peak_rss_mb"), peakRssMb},
            {QStringLiteral("gemm_gflops"), gemmGflops},
            {QStringLiteral("gemm_size"), gemmSize},
            {QStringLiteral("efficiency"), efficiency()},
            {QStringLiteral("efficiency_batch8"),
             imageSecondsPerImageBatch8 > 0 && gemmGflops > 0
                 ? (2.0 * config.imageMacs() / imageSecondsPerImageBatch8 / 1e9) / gemmGflops
                 : 0.0}};
}

Result<ClipBenchResult> benchmarkClip(const ClipConfig& config, int runs, const Progress& progress)
{
    ClipBenchResult r;
    r.config = config;
    r.threads = runtime::intraOpThreads();
    runs = std::max(1, runs);
    QElapsedTimer t;
    t.start();
    auto model = ClipModel::random(config, 1);
    if (!model)
        return model.error();
    r.loadSeconds = t.nsecsElapsed() * 1e-9;
    const int s = config.vision.imageSize;
    std::vector<float> pixels(size_t(8) * 3 * s * s);
    std::mt19937 rng(8);
    std::normal_distribution<float> normal;
    for (float& v : pixels)
        v = normal(rng);
    std::vector<float> out(size_t(8) * size_t(std::max(config.embedDim, 1)) * 120);
    if (!progress.step(0.05, Tr::tr("image encoder, batch 1")))
        return Error(ErrorCode::Cancelled, Tr::tr("benchmark cancelled"));
    auto one = bestOf(runs, [&] { return model->encodeImages(pixels.data(), 1, out.data(), progress.sub(0, 0)); });
    if (!one)
        return one.error();
    r.imageSecondsBatch1 = *one;
    if (!progress.step(0.4, Tr::tr("image encoder, batch 8")))
        return Error(ErrorCode::Cancelled, Tr::tr("benchmark cancelled"));
    auto eight = bestOf(std::max(1, runs - 1), [&] { return model->encodeImages(pixels.data(), 8, out.data()); });
    if (!eight)
        return eight.error();
    r.imageSecondsPerImageBatch8 = *eight / 8;
    if (!progress.step(0.8, Tr::tr("text encoder, 120 prompts")))
        return Error(ErrorCode::Cancelled, Tr::tr("benchmark cancelled"));
    const auto rows = promptRows(config);
    auto text = bestOf(std::max(1, runs - 1), [&] { return model->encodeTexts(rows, out.data()); });
    if (!text)
        return text.error();
    r.textSeconds120 = *text;
    if (!progress.step(0.95, Tr::tr("GEMM rate")))
        return Error(ErrorCode::Cancelled, Tr::tr("benchmark cancelled"));
    r.gemmSize = 2048;
    r.gemmGflops = measureGemmGflops(r.gemmSize);
    r.peakRssMb = peakRssMb(); // last: the GEMM's matrices count too

    return r;
}

} // namespace descry
