#include <torch/torch.h>

#include "core/train/detail/HeadTrainer.h"
#include "core/common/Tr.h"

#include "core/common/detail/ExceptionAdapter.h"

#include <QCoreApplication>

#include <cmath>

namespace descry::detail {

namespace {
Error usageError(const QString& what)
{
    return Error(ErrorCode::Usage, QCoreApplication::translate("descry", "head training: %1").arg(what));
}

int64_t rowsOf(const torch::Tensor& t)
{
    return t.defined() && t.numel() > 0 ? t.size(0) : -1;
}

} // namespace

Result<HeadTrainingResult> trainHead(ConceptHeadModule& head, const torch::Tensor& X, const torch::Tensor& D,
                                     const torch::Tensor& labels, const HeadTrainerOptions& options)
{
    if (head.is_empty())
        return usageError(Tr::tr("no head"));
    const ConceptHeadOptions& ho = head->options();
    const bool usesEmbedding = head->numText() > 0;
    if (!labels.defined() || labels.dim() != 1 || labels.numel() == 0)
        return usageError(Tr::tr("labels must be a non-empty vector"));
    const int64_t batch = labels.size(0);
    if (usesEmbedding && (rowsOf(X) != batch || X.dim() != 2 || X.size(1) != ho.d))
        return usageError(Tr::tr("embeddings must be %1 × %2").arg(batch).arg(ho.d));
    if (ho.nDirect > 0 && (rowsOf(D) != batch || D.dim() != 2 || D.size(1) != ho.nDirect))
        return usageError(Tr::tr("direct scores must be %1 × %2").arg(batch).arg(ho.nDirect));
    if (usesEmbedding && !head->hasDescriptorEmbeddings())
        return usageError(Tr::tr("the head's descriptor embeddings are not set"));
    if (options.epochs < 1 || options.batchSize < 1 || !(options.lr > 0.0))
        return usageError(Tr::tr("epochs, batch size and learning rate must be positive"));

    return guarded(ErrorCode::Internal, QString(), [&]() -> Result<HeadTrainingResult> {
        const torch::Tensor y = labels.to(torch::kLong);
        const int64_t minLabel = y.min().item<int64_t>();
        const int64_t maxLabel = y.max().item<int64_t>();
        const int64_t classes = options.numClasses > 0 ? options.numClasses : maxLabel + 1;
        if (minLabel < 0 || maxLabel >= classes)
            return usageError(Tr::tr("labels must lie in 0..%1").arg(classes - 1));
        const torch::Tensor x = usesEmbedding ? X.to(torch::kFloat32) : torch::Tensor();
        const torch::Tensor d = ho.nDirect > 0 ? D.to(torch::kFloat32) : torch::Tensor();
        if ((x.defined() && !torch::isfinite(x).all().item<bool>()) ||
            (d.defined() && !torch::isfinite(d).all().item<bool>()))
            return usageError(Tr::tr("the training inputs hold non-finite values"));

        auto generator = at::make_generator<at::CPUGeneratorImpl>(options.seed);
        torch::Tensor centres = torch::randn({classes, ho.m}, generator, torch::kFloat32).requires_grad_(true);

        std::vector<torch::Tensor> params;
        for (const auto& p : head->named_parameters(/*recurse=*/true))
            if (p.value().requires_grad())
                params.push_back(p.value());
        params.push_back(centres);
        torch::optim::AdamW optimizer(params, torch::optim::AdamWOptions(options.lr).weight_decay(options.weightDecay));
        MarginLoss loss(options.loss, options.scale, options.margin, options.h);

        head->train();
        HeadTrainingResult result;
        for (int epoch = 1; epoch <= options.epochs; ++epoch) {
            const torch::Tensor order = torch::randperm(batch, generator, torch::kLong);
            double sum = 0.0;
            for (int64_t start = 0; start < batch; start += options.batchSize) {
                if (options.cancel && options.cancel->load()) {
                    head->eval();
                    return Error(ErrorCode::Cancelled, Tr::tr("head training cancelled"));
                }
                const torch::Tensor idx = order.slice(0, start, std::min(batch, start + options.batchSize));
                const ConceptHeadForward out =
                    head->forward(x.defined() ? x.index_select(0, idx) : x, d.defined() ? d.index_select(0, idx) : d);
                const torch::Tensor norms = out.e.norm(2, 1);
                const torch::Tensor f = out.e / norms.clamp_min(1e-12).unsqueeze(1);
                const torch::Tensor value = loss(f, norms.detach(), centres, y.index_select(0, idx));
                optimizer.zero_grad();
                value.backward();
                optimizer.step();
                const double v = value.item<double>();
                if (!std::isfinite(v)) {
                    head->eval();
                    return Error(ErrorCode::Internal,
                                 Tr::tr("head training diverged (loss %1 in epoch %2)").arg(v).arg(epoch));
                }
                sum += v * static_cast<double>(idx.size(0));
                ++result.steps;
            }
            result.epochLoss.push_back(sum / static_cast<double>(batch));
            if (options.progress)
                options.progress(epoch, result.epochLoss.back());
        }
        head->eval();
        result.classCentres = centres.detach().clone();
        return result;
    });
}

} // namespace descry::detail
