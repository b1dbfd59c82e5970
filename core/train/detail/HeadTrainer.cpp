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

// The embedding rows of one mini-batch: a fixed matrix, or a tail run on cached inputs.
using BatchInput = std::function<torch::Tensor(const torch::Tensor& idx)>;

Status checkInputs(ConceptHeadModule& head, int64_t xRows, int64_t xCols, const torch::Tensor& D,
                   const torch::Tensor& labels, const HeadTrainerOptions& options)
{
    if (head.is_empty())
        return usageError(Tr::tr("no head"));
    const ConceptHeadOptions& ho = head->options();
    const bool usesEmbedding = head->numText() > 0;
    if (!labels.defined() || labels.dim() != 1 || labels.numel() == 0)
        return usageError(Tr::tr("labels must be a non-empty vector"));
    const int64_t batch = labels.size(0);
    if (usesEmbedding && (xRows != batch || xCols != ho.d))
        return usageError(Tr::tr("embeddings must be %1 × %2").arg(batch).arg(ho.d));
    if (ho.nDirect > 0 && (rowsOf(D) != batch || D.dim() != 2 || D.size(1) != ho.nDirect))
        return usageError(Tr::tr("direct scores must be %1 × %2").arg(batch).arg(ho.nDirect));
    if (usesEmbedding && !head->hasDescriptorEmbeddings())
        return usageError(Tr::tr("the head's descriptor embeddings are not set"));
    if (options.epochs < 1 || options.batchSize < 1 || !(options.lr > 0.0))
        return usageError(Tr::tr("epochs, batch size and learning rate must be positive"));
    return {};
}

// The AdamW loop shared by both trainers; `extra` are parameters outside the head (a tail's). Inputs checked.
Result<HeadTrainingResult> trainLoop(ConceptHeadModule& head, const BatchInput& inputOf, const torch::Tensor& checkX,
                                     const std::vector<torch::Tensor>& extra, const torch::Tensor& D,
                                     const torch::Tensor& labels, const HeadTrainerOptions& options)
{
    const ConceptHeadOptions& ho = head->options();
    const int64_t batch = labels.size(0);
    const torch::Tensor y = labels.to(torch::kLong);
    const int64_t minLabel = y.min().item<int64_t>();
    const int64_t maxLabel = y.max().item<int64_t>();
    const int64_t classes = options.numClasses > 0 ? options.numClasses : maxLabel + 1;
    if (minLabel < 0 || maxLabel >= classes)
        return usageError(Tr::tr("labels must lie in 0..%1").arg(classes - 1));
    const torch::Tensor d = ho.nDirect > 0 ? D.to(torch::kFloat32) : torch::Tensor();
    if ((checkX.defined() && !torch::isfinite(checkX).all().item<bool>()) ||
        (d.defined() && !torch::isfinite(d).all().item<bool>()))
        return usageError(Tr::tr("the training inputs hold non-finite values"));

    auto generator = at::make_generator<at::CPUGeneratorImpl>(options.seed);
    torch::Tensor centres = torch::randn({classes, ho.m}, generator, torch::kFloat32).requires_grad_(true);

    std::vector<torch::Tensor> params;
    for (const auto& p : head->named_parameters(/*recurse=*/true))
        if (p.value().requires_grad())
            params.push_back(p.value());
    params.push_back(centres);
    params.insert(params.end(), extra.begin(), extra.end());
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
            const ConceptHeadForward out = head->forward(inputOf(idx), d.defined() ? d.index_select(0, idx) : d);
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
}

} // namespace

Result<HeadTrainingResult> trainHead(ConceptHeadModule& head, const torch::Tensor& X, const torch::Tensor& D,
                                     const torch::Tensor& labels, const HeadTrainerOptions& options)
{
    const bool usesEmbedding = !head.is_empty() && head->numText() > 0;
    const bool xIsMatrix = rowsOf(X) >= 0 && X.dim() == 2;
    if (auto st = checkInputs(head, xIsMatrix ? rowsOf(X) : -1, xIsMatrix ? X.size(1) : -1, D, labels, options); !st)
        return st.error();
    return guarded(ErrorCode::Internal, QString(), [&]() -> Result<HeadTrainingResult> {
        const torch::Tensor x = usesEmbedding ? X.to(torch::kFloat32) : torch::Tensor();
        const BatchInput rows = [&](const torch::Tensor& idx) { return x.defined() ? x.index_select(0, idx) : x; };
        return trainLoop(head, rows, x, {}, D, labels, options);
    });
}

Result<HeadTrainingResult> trainHeadWithTail(ConceptHeadModule& head, const HeadInputTail& tail, const torch::Tensor& H,
                                             const torch::Tensor& D, const torch::Tensor& labels,
                                             const HeadTrainerOptions& options)
{
    if (!tail.forward)
        return usageError(Tr::tr("no tail"));
    if (head.is_empty() || head->numText() == 0)
        return usageError(Tr::tr("a tail needs a head with descriptor embeddings"));
    if (rowsOf(H) < 0 || H.dim() != 2)
        return usageError(Tr::tr("the cached inputs must be a matrix"));
    return guarded(ErrorCode::Internal, QString(), [&]() -> Result<HeadTrainingResult> {
        const torch::Tensor h = H.to(torch::kFloat32);
        // One tail pass without gradients checks the widths before any step is taken.
        int64_t cols = -1;
        {
            torch::NoGradGuard ng;
            const torch::Tensor probe = tail.forward(h.slice(0, 0, 1));
            cols = probe.dim() == 2 ? probe.size(1) : -1;
        }
        if (auto st = checkInputs(head, h.size(0), cols, D, labels, options); !st)
            return st.error();
        const BatchInput rows = [&](const torch::Tensor& idx) { return tail.forward(h.index_select(0, idx)); };
        return trainLoop(head, rows, h, tail.parameters, D, labels, options);
    });
}

} // namespace descry::detail
