#pragma once
// Test data of the chest X-ray review UI tests: a tiny CXR catalog held in memory and a review result built by hand
// from it (scores, contributions, the exact decomposition), so that the checklist model and the results panel are
// tested without a pack.

#include "core/cxr/pipeline/CxrReview.h"
#include "core/descriptors/Catalog.h"

#include <QByteArray>
#include <QSharedPointer>

#include <algorithm>
#include <cmath>

namespace descry::uitest {

// Three groups of two or three descriptors (the first grade of each is the normal one).
inline Result<Catalog> tinyCxrCatalog()
{
    const QByteArray json = R"({
      "format": "descry-catalog/1", "name": "cxr-tiny", "version": "1.0.0", "title": "Tiny CXR catalog",
      "notes": "test", "components": [
        {"id": "pleura", "name": "Pleura", "characteristics": [
          {"id": "costophrenic_angle", "name": "Costophrenic angles", "descriptors": [
            {"id": "costophrenic_angle.sharp", "text": "Sharp costophrenic angles", "prompts": ["sharp"], "normal": true},
            {"id": "costophrenic_angle.blunted_left", "text": "Blunted left angle", "prompts": ["blunted left"]},
            {"id": "costophrenic_angle.blunted_right", "text": "Blunted right angle", "prompts": ["blunted right"]}]},
          {"id": "meniscus", "name": "Meniscus sign", "descriptors": [
            {"id": "meniscus.absent", "text": "No meniscus", "prompts": ["no meniscus"], "normal": true},
            {"id": "meniscus.present", "text": "Meniscus sign", "prompts": ["meniscus"]}]}]},
        {"id": "lung", "name": "Lung bases", "characteristics": [
          {"id": "basal_opacity", "name": "Basal opacity", "descriptors": [
            {"id": "basal_opacity.none", "text": "Clear bases", "prompts": ["clear"], "normal": true},
            {"id": "basal_opacity.left", "text": "Left basal opacity", "prompts": ["left basal"]}]}]}]
    })";
    return Catalog::parse(json, QStringLiteral("tiny-cxr.json"));
}

// A review of `catalog` with group-softmax scores `ssm` and weight differences `w` (one per descriptor, catalog
// order) and bias term `bias`: contributions c_k = ssm[k]·w[k], margin Σ c_k + bias, groups by |Σ c_k|.
inline QSharedPointer<const CxrReviewResult> handMadeReview(const Catalog& catalog, const std::vector<double>& ssm,
                                                            const std::vector<double>& w, double bias)
{
    auto r = QSharedPointer<CxrReviewResult>::create();
    r->packName = QStringLiteral("cxr-hand");
    r->packVersion = QStringLiteral("1");
    r->catalogName = catalog.name();
    r->catalogVersion = catalog.version();
    r->catalogSha256 = catalog.sha256();
    const int n = int(catalog.descriptors().size());
    r->margin.contributions.resize(size_t(n));
    double sum = 0;
    for (int k = 0; k < n; ++k) {
        r->margin.contributions[size_t(k)] = ssm[size_t(k)] * w[size_t(k)];
        sum += ssm[size_t(k)] * w[size_t(k)];
        r->Ssm.push_back(float(ssm[size_t(k)]));
        r->S.push_back(float(ssm[size_t(k)]));
    }
    r->margin.biasTerm = bias;
    r->margin.margin = sum + bias;
    r->margin.logit1 = r->margin.margin;
    r->margin.probability = 1.0 / (1.0 + std::exp(-r->margin.margin));
    r->probability = r->margin.probability;
    r->headMargin = r->margin.margin;
    r->decision = r->probability >= 0.5 ? CxrDecision::Effusion : CxrDecision::NoEffusion;
    for (int g = 0; g < catalog.groups().size(); ++g) {
        const DescriptorGroup& group = catalog.groups()[g];
        CxrGroupResult gr;
        gr.group = g;
        gr.id = group.id;
        gr.name = group.name;
        for (int k : group.descriptors) {
            const Descriptor& d = catalog.descriptors()[k];
            CxrDescriptorScore s;
            s.conceptIndex = k;
            s.id = d.id;
            s.text = d.text;
            s.raw = s.score = ssm[size_t(k)];
            s.contribution = r->margin.contributions[size_t(k)];
            s.normal = d.normal;
            gr.contribution += s.contribution;
            gr.descriptors << s;
        }
        std::sort(gr.descriptors.begin(), gr.descriptors.end(),
                  [](const CxrDescriptorScore& a, const CxrDescriptorScore& b) { return a.score > b.score; });
        gr.descriptors.first().present = !gr.descriptors.first().normal;
        if (gr.descriptors.first().present)
            r->presentIds << gr.descriptors.first().id;
        r->groups << gr;
    }
    std::sort(r->groups.begin(), r->groups.end(), [](const CxrGroupResult& a, const CxrGroupResult& b) {
        return std::abs(a.contribution) > std::abs(b.contribution);
    });
    r->sentences << QStringLiteral("Hand-made explanation.");
    return r;
}

} // namespace descry::uitest
