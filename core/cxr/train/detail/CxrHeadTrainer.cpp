#include <torch/torch.h>

#include "core/cxr/train/detail/CxrHeadTrainer.h"

#include "core/common/Tr.h"
#include "core/common/detail/ExceptionAdapter.h"

#include <cmath>

namespace descry::detail {

namespace {

Error usageError(const QString& what)
{
    return Error(ErrorCode::Usage, Tr::tr("chest X-ray head training: %1").arg(what));
}

Status checkInputs(ConceptHeadModule& head, const torch::Tensor& X, const torch::Tensor& targets,
                   const torch::Tensor& labels, const CxrHeadTrainerOptions& o)
{
    if (head.is_empty() || head->numText() == 0 || !head->hasDescriptorEmbeddings())
        return usageError(Tr::tr("the head has no descriptor embeddings"));
    if (head->options().m != 2 || head->options().nDirect != 0)
        return usageError(Tr::tr("the head must have 2 logits and no direct concepts"));
    if (!X.defined() || X.dim() != 2 || X.size(0) == 0 || X.size(1) != head->options().d)
        return usageError(Tr::tr("embeddings must be a non-empty B × %1 matrix").arg(head->options().d));
    const int64_t b = X.size(0);
    if (!targets.defined() || targets.dim() != 2 || targets.size(0) != b || targets.size(1) != head->numConcepts())
        return usageError(Tr::tr("concept targets must be %1 × %2").arg(b).arg(head->numConcepts()));
    if (!labels.defined() || labels.dim() != 1 || labels.size(0) != b)
        return usageError(Tr::tr("labels must hold %1 values").arg(b));
    if (o.epochs < 1 || o.batchSize < 1 || !(o.lr > 0.0))
        return usageError(Tr::tr("epochs, batch size and learning rate must be positive"));
    if (!torch::isfinite(X).all().item<bool>())
        return usageError(Tr::tr("the embeddings hold non-finite values"));
    return {};
}

// conceptWeight·L1 over supervised entries + classWeight·CE over labelled rows, for one mini-batch.
torch::Tensor batchLoss(ConceptHeadModule& head, const torch::Tensor& x, const torch::Tensor& targets,
                        const torch::Tensor& labels, const CxrHeadTrainerOptions& o)
{
    const ConceptHeadForward out = head->forward(x, torch::Tensor());
    const torch::Tensor S = out.S;
    const torch::Tensor hi = std::get<0>(S.max(1, /*keepdim=*/true)).detach().expand_as(S);
    const torch::Tensor lo = std::get<0>(S.min(1, /*keepdim=*/true)).detach().expand_as(S);
    const torch::Tensor present = targets == kConceptPresent, absent = targets == kConceptAbsent;
    const torch::Tensor target = torch::where(present, hi, lo);
    const torch::Tensor mask = (present | absent).to(torch::kFloat32);
    const torch::Tensor supervised = mask.sum();
    torch::Tensor loss = torch::zeros({}, torch::kFloat32);
    if (supervised.item<float>() > 0.f)
        loss = loss + o.conceptWeight * ((S - target).abs() * mask).sum() / supervised;
    const torch::Tensor labelled = labels >= 0;
    if (labelled.any().item<bool>()) {
        const torch::Tensor rows = labelled.nonzero().squeeze(1);
        loss = loss + o.classWeight * torch::nn::functional::cross_entropy(out.e.index_select(0, rows),
                                                                           labels.index_select(0, rows));
    }
    return loss;
}

} // namespace

Result<std::vector<double>> trainCxrHead(ConceptHeadModule& head, const torch::Tensor& X, const torch::Tensor& targets,
                                         const torch::Tensor& labels, const CxrHeadTrainerOptions& options)
{
    if (auto st = checkInputs(head, X, targets, labels, options); !st)
        return st.error();
    return guarded(ErrorCode::Internal, QString(), [&]() -> Result<std::vector<double>> {
        const torch::Tensor x = X.to(torch::kFloat32), t = targets.to(torch::kInt8), y = labels.to(torch::kLong);
        std::vector<torch::Tensor> params;
        for (const auto& p : head->named_parameters(/*recurse=*/true))
            if (p.value().requires_grad())
                params.push_back(p.value());
        torch::optim::Adam optimizer(params, torch::optim::AdamOptions(options.lr));
        auto generator = at::make_generator<at::CPUGeneratorImpl>(options.seed);
        const int64_t n = x.size(0);
        std::vector<double> epochLoss;
        head->train();
        for (int epoch = 1; epoch <= options.epochs; ++epoch) {
            const torch::Tensor order = torch::randperm(n, generator, torch::kLong);
            double sum = 0.0;
            for (int64_t start = 0; start < n; start += options.batchSize) {
                if (options.cancel && options.cancel->load()) {
                    head->eval();
                    return Error(ErrorCode::Cancelled, Tr::tr("training cancelled"));
                }
                const torch::Tensor idx = order.slice(0, start, std::min(n, start + options.batchSize));
                const torch::Tensor value =
                    batchLoss(head, x.index_select(0, idx), t.index_select(0, idx), y.index_select(0, idx), options);
                optimizer.zero_grad();
                value.backward();
                optimizer.step();
                const double v = value.item<double>();
                if (!std::isfinite(v)) {
                    head->eval();
                    return Error(ErrorCode::Internal,
                                 Tr::tr("training diverged (loss %1 in epoch %2)").arg(v).arg(epoch));
                }
                sum += v * double(idx.size(0));
            }
            epochLoss.push_back(sum / double(n));
            if (options.progress)
                options.progress(epoch, epochLoss.back());
        }
        head->eval();
        return epochLoss;
    });
}

} // namespace descry::detail
