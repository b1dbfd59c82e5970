#include <torch/torch.h>
#include <torch/script.h>

#include "TorchScriptFixtures.h"

#include <QFile>

#include <cmath>
#include <random>

namespace descry::fixtures {

Status writeGridTorchScriptEncoder(const QString& path, int inputSize, int grid, int dim, uint64_t seed)
{
    if (inputSize < grid || grid < 1 || dim < 1)
        return Error(ErrorCode::Usage, QStringLiteral("grid encoder: need 1 <= grid <= inputSize and dim >= 1"), path);
    try {
        const int64_t fanIn = int64_t(3) * grid * grid;
        // Uniform weights from the raw bits of a seeded mt19937_64 (the same on every platform, unlike the
        // standard library's distributions), variance 1/fanIn so that tanh rarely saturates.
        std::mt19937_64 rng(seed);
        const double scale = std::sqrt(3.0 / double(fanIn));
        const auto uniform = [&] { return float((double(rng() >> 11) * 0x1.0p-53 * 2.0 - 1.0) * scale); };
        torch::Tensor weight = torch::empty({fanIn, dim});
        torch::Tensor bias = torch::empty({dim});
        for (int64_t i = 0; i < weight.numel(); ++i)
            weight.data_ptr<float>()[i] = uniform();
        for (int64_t i = 0; i < dim; ++i)
            bias.data_ptr<float>()[i] = 0.1f * uniform();
        torch::jit::Module m("GridEncoder");
        m.register_parameter("weight", weight, /*is_buffer=*/false);
        m.register_buffer("bias", bias);
        // Cell means per channel (N×3×grid×grid), flattened channel-major, through the fixed linear map.
        m.define(QStringLiteral(R"(
def forward(self, x):
    cells = torch.adaptive_avg_pool2d(x, [%1, %1])
    flat = cells.reshape(x.size(0), %2)
    return torch.tanh(torch.matmul(flat, self.weight) + self.bias)
)")
                     .arg(grid)
                     .arg(fanIn)
                     .toStdString());
        m.eval();
        m.save(QFile::encodeName(path).toStdString());
    } catch (const std::exception& e) {
        return Error(ErrorCode::Internal, QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0), path);
    }
    return {};
}

} // namespace descry::fixtures
