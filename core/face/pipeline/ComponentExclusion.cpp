#include "core/face/pipeline/ComponentExclusion.h"

#include "core/common/Tr.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/face/pipeline/FaceExplanation.h"

#include <algorithm>
#include <cmath>

namespace descry {

namespace {

// The layout groups an exclusion names: every group of the component, or (for "not-measured") the one
// characteristic. Usage error for an id the catalog does not know; a known component without a scored group in
// this pack removes nothing but is still listed.
Result<QList<int>> groupsOf(const Catalog& catalog, const FaceConceptLayout& layout, const ExcludedComponent& x,
                            QString* name)
{
    bool known = false;
    QList<int> out;
    for (int g = 0; g < layout.groups.size(); ++g) {
        const DescriptorGroup& cg = catalog.groups()[layout.groups[g].catalogGroup];
        const bool byCharacteristic = x.reason == QLatin1String("not-measured") && cg.id == x.component;
        if (cg.component == x.component || byCharacteristic)
            out << g;
    }
    for (const DescriptorGroup& cg : catalog.groups()) {
        if (cg.component == x.component) {
            known = true;
            *name = cg.componentName;
        } else if (x.reason == QLatin1String("not-measured") && cg.id == x.component) {
            known = true;
            *name = cg.componentName + QStringLiteral(" – ") + cg.name;
        }
    }
    if (!known)
        return Error(
            ErrorCode::Usage,
            x.reason == QLatin1String("not-measured")
                ? Tr::tr("cannot exclude '%1': the catalog %2 has no such component or characteristic")
                      .arg(x.component, catalog.name())
                : Tr::tr("cannot exclude '%1': the catalog %2 has no such component").arg(x.component, catalog.name()));
    return out;
}

std::vector<float> masked(const std::vector<float>& ssm, const std::vector<bool>& keep)
{
    std::vector<float> out(ssm);
    for (size_t k = 0; k < out.size(); ++k)
        if (!keep[k])
            out[k] = 0.0f;
    return out;
}

// b without the columns of excluded blocks (block heads drop whole blocks; a full head's bias stays).
std::vector<float> maskedBias(const ConceptHead& head, const std::vector<bool>& keep)
{
    std::vector<float> b = head.aggregationBias();
    if (b.empty() || !head.isBlock())
        return b;
    const HeadConfig& cfg = head.config();
    std::vector<bool> groupKept(size_t(head.numGroups()), false);
    for (size_t k = 0; k < keep.size(); ++k)
        if (keep[k])
            groupKept[size_t(cfg.groupOf[k])] = true;
    for (size_t j = 0; j < b.size(); ++j)
        if (!groupKept[j / size_t(cfg.blockWidth)])
            b[j] = 0.0f;
    return b;
}

// e = s·W + b in float, as the head computes it: the score is checked against the decomposition's own sums.
std::vector<float> embed(const std::vector<float>& s, const std::vector<float>& W, const std::vector<float>& b)
{
    const size_t m = W.size() / s.size();
    std::vector<float> e(m, 0.0f);
    for (size_t k = 0; k < s.size(); ++k)
        for (size_t j = 0; j < m; ++j)
            e[j] += s[k] * W[k * m + j];
    for (size_t j = 0; j < b.size(); ++j)
        e[j] += b[j];
    return e;
}

// "+0.171" / "-0.130": a change is always shown with its sign.
QString signedText(double v)
{
    return (v >= 0 ? QStringLiteral("+") : QString()) + QString::number(v, 'f', 3);
}

} // namespace

bool isExclusionReason(const QString& reason)
{
    return reason == QLatin1String("not-visible") || reason == QLatin1String("not-assessable") ||
           reason == QLatin1String("not-measured");
}

Result<std::vector<bool>> exclusionMask(const Catalog& catalog, const FaceConceptLayout& layout,
                                        const QList<ExcludedComponent>& ex, QList<ExcludedComponent>* named)
{
    std::vector<bool> keep(layout.concepts.size(), true);
    if (named)
        named->clear();
    for (const ExcludedComponent& x : ex) {
        if (!isExclusionReason(x.reason))
            return Error(ErrorCode::Usage, Tr::tr("cannot exclude '%1': unknown reason '%2' (expected not-visible, "
                                                  "not-assessable or not-measured)")
                                               .arg(x.component, x.reason));
        QString name;
        auto groups = groupsOf(catalog, layout, x, &name);
        if (!groups)
            return groups.error();
        for (int g : *groups)
            for (int k : layout.groups[g].concepts)
                keep[size_t(k)] = false;
        if (named) {
            named->append(x);
            named->last().name = name;
        }
    }
    return keep;
}

Result<std::vector<bool>> exclusionMask(const FaceModel& model, const QList<ExcludedComponent>& ex)
{
    return exclusionMask(model.catalog(), model.layout(), ex);
}

double maskedPairScore(const ConceptHead& head, const std::vector<float>& ssmA, const std::vector<float>& ssmB,
                       const std::vector<bool>& keep)
{
    const std::vector<float> W = head.aggregationMatrix();
    const std::vector<float> b = maskedBias(head, keep);
    return faceScore(embed(masked(ssmA, keep), W, b), embed(masked(ssmB, keep), W, b));
}

namespace {

// Score, contributions, decision, groups (those with a kept concept) and sentences of `r` recomputed with the
// concepts where keep[k] is false removed from both faces: the one masked rescoring of exclusions and what-ifs.
// An excluded group leaves the explanation; a group a what-if switches off stays in it with its share of 0
// (`keepRemovedGroups`), so that tree and chart still show it.
// `r` is untouched on error.
Status rescore(FaceComparisonResult* r, const FaceModel& model, const std::vector<bool>& keep, bool keepRemovedGroups)
{
    if (r->ssmProbe.size() != keep.size() || r->ssmReference.size() != keep.size())
        return Error(ErrorCode::Usage,
                     Tr::tr("the comparison was not made with the pack %1").arg(model.pack().manifest().name));
    const ConceptHead& head = *model.parts().head;
    const std::vector<float> W = head.aggregationMatrix();
    const std::vector<float> b = maskedBias(head, keep);
    const std::vector<float> sp = masked(r->ssmProbe, keep), sr = masked(r->ssmReference, keep);
    // The one masked score of compare, verify-pairs and calibration (PairScore): the same number everywhere.
    const double score = maskedPairScore(head, r->ssmProbe, r->ssmReference, keep);
    auto dec = explainHeadScore(score, sp, sr, W, b);
    if (!dec)
        return dec.error().withFile(model.pack().filePath(QStringLiteral("head.safetensors")));
    QList<GroupExplanation> groups;
    for (const GroupExplanation& g : explainGroups(model, r->ssmProbe, r->ssmReference, dec->contributions)) {
        bool kept = false;
        for (int k : model.layout().groups[g.layoutGroup].concepts)
            kept = kept || keep[size_t(k)];
        if (kept || keepRemovedGroups)
            groups << g;
    }
    if (auto st = fillBlockShares(model, sp, sr, b, &groups); !st)
        return st;
    r->score = score;
    r->contributions = dec->contributions;
    r->biasTerm = dec->biasTerm;
    r->residual = dec->residual;
    r->decision = decideFace(r->score, r->threshold, !r->reasons.isEmpty());
    r->groups = groups;
    r->sentences = explanationSentences(*r);
    return {};
}

} // namespace

Status applyExclusions(FaceComparisonResult* r, const FaceModel& model, const QList<ExcludedComponent>& ex)
{
    if (ex.isEmpty())
        return {};
    QList<ExcludedComponent> all = r->excluded;
    for (ExcludedComponent x : ex) {
        QString name;
        if (!isExclusionReason(x.reason))
            return exclusionMask(model, {x}).error();
        auto groups = groupsOf(model.catalog(), model.layout(), x, &name);
        if (!groups)
            return groups.error();
        x.name = name;
        all << x;
    }
    auto keep = exclusionMask(model, all);
    if (!keep)
        return keep.error();
    if (std::find(keep->begin(), keep->end(), true) == keep->end())
        return Error(ErrorCode::Usage, Tr::tr("nothing would be left to compare: every characteristic is excluded"));
    // On a copy, so that `r` stays untouched on error; the sentences name the exclusions, so they are set first.
    FaceComparisonResult next = *r;
    if (next.excluded.isEmpty()) {
        next.scoreBeforeExclusions = next.score;
        next.decisionBeforeExclusions = next.decision;
    }
    next.excluded = all;
    if (Status st = rescore(&next, model, *keep, false); !st)
        return st;
    *r = std::move(next);
    return {};
}

Result<FaceComparisonResult> applyWhatIfMask(const FaceComparisonResult& result, const FaceModel& model,
                                             const std::vector<bool>& wanted)
{
    auto keep = exclusionMask(model, result.excluded);
    if (!keep)
        return keep.error();
    if (wanted.size() != keep->size())
        return Error(ErrorCode::Usage,
                     Tr::tr("the comparison was not made with the pack %1").arg(model.pack().manifest().name));
    for (size_t k = 0; k < keep->size(); ++k)
        (*keep)[k] = (*keep)[k] && wanted[k];
    if (std::find(keep->begin(), keep->end(), true) == keep->end())
        return Error(ErrorCode::Usage, Tr::tr("nothing would be left to compare: every characteristic is excluded"));
    FaceComparisonResult shown = result;
    if (Status st = rescore(&shown, model, *keep, true); !st)
        return st.error();
    return shown;
}

Result<WhatIf> whatIfWithout(const FaceComparisonResult& result, const FaceModel& model, const QList<int>& layoutGroups,
                             const QString& label)
{
    std::vector<bool> keep(model.layout().concepts.size(), true);
    for (int g : layoutGroups) {
        if (g < 0 || g >= model.layout().groups.size())
            return Error(ErrorCode::Usage, Tr::tr("what-if: no characteristic group %1 in the pack").arg(g));
        for (int k : model.layout().groups[g].concepts)
            keep[size_t(k)] = false;
    }
    return whatIfWithMask(result, model, keep, label);
}

Result<WhatIf> whatIfWithMask(const FaceComparisonResult& result, const FaceModel& model,
                              const std::vector<bool>& wanted, const QString& label)
{
    auto base = exclusionMask(model, result.excluded);
    if (!base)
        return base.error();
    std::vector<bool> keep = *base;
    if (keep.size() != result.ssmProbe.size() || keep.size() != result.ssmReference.size() ||
        keep.size() != wanted.size() || keep.size() != result.contributions.size())
        return Error(ErrorCode::Usage,
                     Tr::tr("the comparison was not made with the pack %1").arg(model.pack().manifest().name));
    WhatIf w;
    w.scoreBefore = result.score;
    for (size_t k = 0; k < keep.size(); ++k) {
        if (wanted[k] || !keep[k]) // kept by the caller, or already excluded
            continue;
        w.share += result.contributions[k];
        keep[k] = false;
    }
    const ConceptHead& head = *model.parts().head;
    const std::vector<float> W = head.aggregationMatrix();
    const std::vector<float> bBefore = maskedBias(*model.parts().head, *base),
                             bAfter = maskedBias(*model.parts().head, keep);
    const auto norms = [&](const std::vector<bool>& k, const std::vector<float>& b, double* cosine) {
        const std::vector<float> ep = embed(masked(result.ssmProbe, k), W, b);
        const std::vector<float> er = embed(masked(result.ssmReference, k), W, b);
        *cosine = faceScore(ep, er);
        double pp = 0, rr = 0;
        for (size_t j = 0; j < ep.size(); ++j) {
            pp += double(ep[j]) * ep[j];
            rr += double(er[j]) * er[j];
        }
        return std::sqrt(pp) * std::sqrt(rr);
    };
    double unused = 0;
    const double before = norms(*base, bBefore, &unused);
    const double after = norms(keep, bAfter, &w.scoreWithout);
    w.delta = w.scoreWithout - w.scoreBefore;
    w.normRatio = before > 0 ? after / before : 0.0;
    const QString head1 = Tr::tr("Removing %1 changes the score by %2 (to %3), not by its share %4 alone:")
                              .arg(label)
                              .arg(signedText(w.delta))
                              .arg(w.scoreWithout, 0, 'f', 3)
                              .arg(signedText(w.share));
    QString why;
    if (w.normRatio <= 0)
        why = Tr::tr("nothing is left to compare.");
    else if (head.isBlock())
        why = Tr::tr("the remaining characteristics are re-normalised (|e_p||e_r| shrinks to %1 of what it was), so "
                     "each remaining share grows by a factor of %2.")
                  .arg(w.normRatio, 0, 'f', 3)
                  .arg(1.0 / w.normRatio, 0, 'f', 3);
    else
        why = Tr::tr("the score is re-normalised (|e_p||e_r| changes to %1 of what it was), and with this pack's full "
                     "aggregation matrix every other characteristic's share also depends on the removed one.")
                  .arg(w.normRatio, 0, 'f', 3);
    w.sentence = head1 + QLatin1Char(' ') + why;
    return w;
}

} // namespace descry
