#include "core/face/pipeline/FaceExplanation.h"
#include "core/common/Tr.h"
#include "core/explain/BlockDecomposition.h"

#include <QCoreApplication>

#include <cmath>

namespace descry {

QList<GroupExplanation> explainGroups(const FaceModel& model, const std::vector<float>& ssmProbe,
                                      const std::vector<float>& ssmReference, const std::vector<double>& contributions)
{
    const FaceConceptLayout& layout = model.layout();
    const Catalog& catalog = model.catalog();
    QList<GroupExplanation> out;
    for (int g = 0; g < layout.groups.size(); ++g) {
        const FaceConceptGroup& fg = layout.groups[g];
        const DescriptorGroup& cg = catalog.groups()[fg.catalogGroup];
        GroupExplanation e;
        e.layoutGroup = g;
        e.component = cg.component;
        e.componentName = cg.componentName;
        e.characteristic = cg.id;
        e.characteristicName = cg.name;
        e.source = conceptSourceName(fg.source);
        for (int k : fg.concepts) {
            const Descriptor& d = catalog.descriptors()[layout.concepts[k].descriptor];
            e.similarity += std::sqrt(std::max(0.0, double(ssmProbe[size_t(k)]) * ssmReference[size_t(k)]));
            e.contribution += contributions[size_t(k)];
            e.probeTop << DescriptorActivation{k, d.id, d.text, ssmProbe[size_t(k)]};
            e.referenceTop << DescriptorActivation{k, d.id, d.text, ssmReference[size_t(k)]};
        }
        auto byScore = [](const DescriptorActivation& a, const DescriptorActivation& b) { return a.score > b.score; };
        std::sort(e.probeTop.begin(), e.probeTop.end(), byScore);
        std::sort(e.referenceTop.begin(), e.referenceTop.end(), byScore);
        out << e;
    }
    std::stable_sort(out.begin(), out.end(), [](const GroupExplanation& a, const GroupExplanation& b) {
        return std::abs(a.contribution) > std::abs(b.contribution);
    });
    return out;
}

Status fillBlockShares(const FaceModel& model, const std::vector<float>& ssmProbe,
                       const std::vector<float>& ssmReference, const std::vector<float>& b,
                       QList<GroupExplanation>* groups)
{
    const ConceptHead& head = *model.parts().head;
    if (!head.isBlock())
        return {};
    auto dec = decomposeBlockScore(ssmProbe, ssmReference, head.aggregationMatrix(), b, head.config().groupOf,
                                   head.config().blockWidth);
    if (!dec)
        return dec.error();
    for (GroupExplanation& g : *groups) {
        const size_t i = size_t(g.layoutGroup);
        if (i >= dec->shares.size())
            return Error(ErrorCode::Internal, Tr::tr("layout group %1 has no block").arg(g.layoutGroup));
        // Two independent readings of the same share: Σ c_k of the group and its blocks' product.
        if (std::abs(dec->shares[i] - g.contribution) > kResidualTolerance)
            return Error(ErrorCode::Internal, Tr::tr("group %1's block share %2 differs from its contributions %3")
                                                  .arg(g.characteristic)
                                                  .arg(dec->shares[i], 0, 'g', 6)
                                                  .arg(g.contribution, 0, 'g', 6));
        g.blockCosine = dec->blockCosines[i];
        g.blockWeight = dec->weights[i];
    }
    return {};
}

namespace {

// "Eyes (not visible: dark glasses over the eyes)".
QString exclusionText(const ExcludedComponent& x)
{
    const QString reason = x.reason == QLatin1String("not-visible") ? Tr::tr("not visible")
                           : x.reason == QLatin1String("not-assessable")
                               ? Tr::tr("marked not assessable by the examiner")
                               : Tr::tr("not measured");
    const QString name = x.name.isEmpty() ? x.component : x.name;
    return x.detail.isEmpty() ? Tr::tr("%1 (%2)").arg(name, reason) : Tr::tr("%1 (%2: %3)").arg(name, reason, x.detail);
}

} // namespace

QString exclusionSummary(const FaceComparisonResult& r)
{
    if (r.excluded.isEmpty())
        return {};
    QStringList items;
    for (const ExcludedComponent& x : r.excluded)
        items << exclusionText(x);
    return Tr::tr("Excluded from the score: %1. The score %2 is computed on the remaining characteristics "
                  "(re-normalised; %3 on the whole face); the threshold was calibrated on whole faces.")
        .arg(items.join(QStringLiteral("; ")))
        .arg(r.score, 0, 'f', 3)
        .arg(r.scoreBeforeExclusions, 0, 'f', 3);
}

QStringList explanationSentences(const FaceComparisonResult& r)
{
    // Above this overlap of two descriptor distributions, different top descriptors are not called a difference.
    constexpr double kClearDifferenceOverlap = 0.9;
    QStringList s;
    if (!r.excluded.isEmpty())
        s << exclusionSummary(r);
    if (r.decision == Decision::Inconclusive) {
        s << Tr::tr("The comparison is inconclusive because of image quality: %1.")
                 .arg(r.reasons.join(QStringLiteral("; ")));
    }
    const bool match = r.score >= r.threshold;
    s << (match ? Tr::tr("The model's score %1 is at or above the calibrated threshold %2: the faces are scored as the "
                         "same person.")
                : Tr::tr("The model's score %1 is below the calibrated threshold %2: the faces are scored as different "
                         "people."))
             .arg(r.score, 0, 'f', 3)
             .arg(r.threshold, 0, 'f', 3);
    // The groups that pushed the score the most towards the decision. A difference is named only when it is one:
    // different top descriptors whose distributions overlap little (two near-equal distributions whose tops
    // happen to differ, overlap 0.99, are no difference an examiner could see).
    int said = 0;
    for (const GroupExplanation& g : r.groups) {
        if (said >= 4)
            break;
        if (match ? g.contribution <= 0 : g.contribution >= 0)
            continue;
        const DescriptorActivation& p = g.probeTop.front();
        const DescriptorActivation& q = g.referenceTop.front();
        const bool sameTop = p.descriptorId == q.descriptorId;
        if (match && sameTop) {
            s << Tr::tr("%1 – %2 (%3): both faces show \"%4\" (%5 vs %6), adding %7 to the score.")
                     .arg(g.componentName, g.characteristicName, conceptSourceLabel(g.source), p.text)
                     .arg(p.score, 0, 'f', 2)
                     .arg(q.score, 0, 'f', 2)
                     .arg(g.contribution, 0, 'f', 3);
        } else if (match) {
            s << Tr::tr("%1 – %2 (%3): close distributions (overlap %4), the probe's most likely \"%5\" and the "
                        "reference's \"%6\", adding %7 to the score.")
                     .arg(g.componentName, g.characteristicName, conceptSourceLabel(g.source))
                     .arg(g.similarity, 0, 'f', 2)
                     .arg(p.text, q.text)
                     .arg(g.contribution, 0, 'f', 3);
        } else if (!sameTop && g.similarity < kClearDifferenceOverlap) {
            s << Tr::tr("%1 – %2 (%3): the probe shows \"%4\" but the reference shows \"%5\" (overlap %6).")
                     .arg(g.componentName, g.characteristicName, conceptSourceLabel(g.source), p.text, q.text)
                     .arg(g.similarity, 0, 'f', 2);
        } else {
            continue;
        }
        ++said;
    }
    if (!match && said == 0)
        s << Tr::tr(
            "No single characteristic differs clearly; the score is low because many small differences add up.");
    if (!r.baselineAvailable)
        return s;
    const bool resnet = r.baselineEncoder.isEmpty() || r.baselineEncoder == QLatin1String("dlib-resnet");
    s << (resnet ? Tr::tr("The black-box baseline (dlib ResNet) scores %1 against its threshold %2 (%3)%4.")
                 : Tr::tr("The black-box baseline (the %5 image embedding's cosine) scores %1 against its threshold "
                          "%2 (%3)%4.")
                       .replace(QLatin1String("%5"), r.baselineEncoder))
             .arg(r.baselineScore, 0, 'f', 3)
             .arg(r.baselineThreshold, 0, 'f', 3)
             .arg(decisionLabel(r.baselineDecision).toLower())
             .arg(r.baselineDisagrees() ? Tr::tr(", which disagrees with the explainable model") : QString());
    return s;
}

} // namespace descry
