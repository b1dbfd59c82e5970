#include "core/face/detail/AppearanceRange.h"

#include "core/face/FaceModel.h"
#include "core/model/detail/ConceptHeadModule.h"

namespace descry {

namespace detail {

trainingrange::ValueRanges appearanceRange(const ConceptHead& head, const torch::Tensor& X)
{
    const HeadConfig& cfg = head.config();
    const int64_t nCosine = head.numConcepts() - cfg.nDirect;
    if (nCosine <= 0 || !X.defined() || X.dim() != 2 || X.size(0) == 0)
        return {};
    torch::NoGradGuard noGrad;
    auto module = detail::module(head);
    module->eval();
    const torch::Tensor x = X.to(torch::kFloat32).contiguous();
    // The direct part of S is its input, unused here: zeros stand in for it.
    const torch::Tensor direct = torch::zeros({x.size(0), int64_t(cfg.nDirect)});
    const torch::Tensor S = module->forward(x, direct).S.slice(1, cfg.nDirect).to(torch::kFloat64);
    const torch::Tensor lo = std::get<0>(S.min(0)).contiguous(), hi = std::get<0>(S.max(0)).contiguous();
    trainingrange::ValueRanges r;
    r.min.assign(lo.data_ptr<double>(), lo.data_ptr<double>() + nCosine);
    r.max.assign(hi.data_ptr<double>(), hi.data_ptr<double>() + nCosine);
    return r;
}

} // namespace detail

trainingrange::ValueRanges appearanceRange(const ConceptHead& head, const std::vector<std::vector<float>>& embeddings)
{
    const int d = head.config().d;
    if (embeddings.empty() || d <= 0)
        return {};
    std::vector<torch::Tensor> rows; // an embedding of the wrong size (a failed photo) takes no part
    for (const std::vector<float>& e : embeddings)
        if (e.size() == size_t(d))
            rows.push_back(torch::from_blob(const_cast<float*>(e.data()), {1, d}).clone());
    if (rows.empty())
        return {};
    const torch::Tensor X = torch::cat(rows, 0);
    return detail::appearanceRange(head, X);
}

} // namespace descry
