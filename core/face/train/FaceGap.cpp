#include "core/face/train/FaceGap.h"

#include "core/common/Tr.h"
#include "core/eval/Similarity.h"
#include "core/eval/Verification.h"
#include "core/face/train/FacePairs.h"

#include <QJsonArray>
#include <QMap>

#include <cmath>

namespace descry {

namespace {

// Pairs of row indices with their ground truth, scored by both models.
struct PairSet
{
    std::vector<double> explainable, baseline;
    std::vector<int> same;

    void append(const PairSet& o)
    {
        explainable.insert(explainable.end(), o.explainable.begin(), o.explainable.end());
        baseline.insert(baseline.end(), o.baseline.begin(), o.baseline.end());
        same.insert(same.end(), o.same.begin(), o.same.end());
    }
};

double cosine(const std::vector<float>& a, const std::vector<float>& b)
{
    double ab = 0, aa = 0, bb = 0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        ab += double(a[i]) * b[i];
        aa += double(a[i]) * a[i];
        bb += double(b[i]) * b[i];
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

double ratio(double a, double b)
{
    return b > 0 ? a / b : NAN;
}

QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

QJsonObject setJson(const PairSet& p)
{
    const VerificationResult ex = evaluateVerification(p.explainable, p.same, {});
    const VerificationResult bl = evaluateVerification(p.baseline, p.same, {});
    const auto tar = [](const VerificationResult& r, double far) {
        const auto it = r.tarAtFar.find(far);
        return it == r.tarAtFar.end() ? NAN : it->second;
    };
    const QJsonObject gap{{QStringLiteral("accuracy_points"), number((bl.accuracy - ex.accuracy) * 100)},
                          {QStringLiteral("auc_points"), number((bl.auc - ex.auc) * 100)},
                          {QStringLiteral("tar_ratio_far_0.01"), number(ratio(tar(ex, 0.01), tar(bl, 0.01)))},
                          {QStringLiteral("tar_ratio_far_0.001"), number(ratio(tar(ex, 0.001), tar(bl, 0.001)))}};
    return {{QStringLiteral("explainable"), verificationToJson(ex)},
            {QStringLiteral("baseline"), verificationToJson(bl)},
            {QStringLiteral("gap"), gap}};
}

// The goal over every set of `sets` (name → set object).
void checkGoal(const QString& prefix, const QJsonObject& sets, const FaceGapGoal& goal, double& worstGap,
               double& worstRatio, QJsonArray& failing)
{
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        const QJsonObject gap = it->toObject().value(QStringLiteral("gap")).toObject();
        if (gap.isEmpty())
            continue;
        const double points = gap.value(QStringLiteral("accuracy_points")).toDouble(NAN);
        const double r = gap.value(QStringLiteral("tar_ratio_far_0.01")).toDouble(NAN);
        if (!std::isnan(points))
            worstGap = std::isnan(worstGap) ? points : std::max(worstGap, points);
        if (!std::isnan(r))
            worstRatio = std::isnan(worstRatio) ? r : std::min(worstRatio, r);
        if (!(points <= goal.maxGapPoints) || !(r >= goal.minTarRatio))
            failing.append(prefix + it.key());
    }
}

} // namespace

QJsonObject evaluateFaceGap(const std::vector<std::vector<float>>& explainable,
                            const std::vector<std::vector<float>>& baseline, const std::vector<GapFace>& faces,
                            uint64_t seed, const FaceGapGoal& goal)
{
    const auto cosineOf = [&](int a, int b) { return cosine(explainable[size_t(a)], explainable[size_t(b)]); };
    return evaluateFaceGap(cosineOf, baseline, faces, seed, goal);
}

QJsonObject evaluateFaceGap(const std::function<double(int, int)>& explainableScore,
                            const std::vector<std::vector<float>>& baseline, const std::vector<GapFace>& faces,
                            uint64_t seed, const FaceGapGoal& goal)
{
    QMap<QString, std::vector<int>> clean;
    QMap<int, QMap<QString, std::vector<int>>> copies; // source row → augmentation id → rows
    std::vector<int> identity(faces.size(), -1);
    QStringList ids;
    for (size_t i = 0; i < faces.size(); ++i) {
        const GapFace& f = faces[i];
        if (f.identity < 0)
            continue;
        identity[i] = f.identity;
        if (f.augmentation.isEmpty())
            clean[f.dataset].push_back(int(i));
        else {
            copies[f.source][f.augmentation].push_back(int(i));
            if (!ids.contains(f.augmentation))
                ids << f.augmentation;
        }
    }
    const auto score = [&](PairSet& s, int a, int b, int same) {
        s.explainable.push_back(explainableScore(a, b));
        s.baseline.push_back(cosine(baseline[size_t(a)], baseline[size_t(b)]));
        s.same.push_back(same);
    };
    QJsonObject held, augmented, byAugmentation;
    PairSet allClean, allAugmented;
    QMap<QString, PairSet> perId;
    for (auto it = clean.cbegin(); it != clean.cend(); ++it) {
        PairSet c, a;
        for (const FacePair& p : sampleBalancedPairs(it.value(), identity, seed + 1)) {
            score(c, p.a, p.b, p.same);
            const auto& mine = copies.value(p.a);
            for (auto cp = mine.cbegin(); cp != mine.cend(); ++cp)
                for (int row : cp.value()) {
                    PairSet one;
                    score(one, row, p.b, p.same);
                    a.append(one);
                    perId[cp.key()].append(one);
                }
        }
        held.insert(it.key(), setJson(c));
        allClean.append(c);
        if (!a.same.empty()) {
            augmented.insert(it.key(), setJson(a));
            allAugmented.append(a);
        }
    }
    if (clean.size() > 1)
        held.insert(QStringLiteral("all"), setJson(allClean));
    if (!allAugmented.same.empty() && augmented.size() > 1)
        augmented.insert(QStringLiteral("all"), setJson(allAugmented));
    for (auto it = perId.cbegin(); it != perId.cend(); ++it)
        byAugmentation.insert(it.key(), setJson(it.value()));

    double worstGap = NAN, worstRatio = NAN;
    QJsonArray failing;
    checkGoal(QStringLiteral("held_out/"), held, goal, worstGap, worstRatio, failing);
    checkGoal(QStringLiteral("held_out_augmented/"), augmented, goal, worstGap, worstRatio, failing);
    const QJsonObject goalJson{{QStringLiteral("max_gap_points"), goal.maxGapPoints},
                               {QStringLiteral("min_tar_ratio_far_0.01"), goal.minTarRatio},
                               {QStringLiteral("worst_gap_points"), number(worstGap)},
                               {QStringLiteral("worst_tar_ratio_far_0.01"), number(worstRatio)},
                               {QStringLiteral("failing"), failing},
                               {QStringLiteral("met"), failing.isEmpty() && !held.isEmpty()}};
    QJsonObject out{{QStringLiteral("held_out"), held}, {QStringLiteral("goal"), goalJson}};
    if (!augmented.isEmpty()) {
        augmented.insert(QStringLiteral("by_augmentation"), byAugmentation);
        out.insert(QStringLiteral("held_out_augmented"), augmented);
    }
    return out;
}

namespace {

void appendLines(QStringList& lines, const QString& label, const QJsonObject& sets)
{
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        const QJsonObject s = it->toObject();
        if (!s.contains(QStringLiteral("gap"))) {
            appendLines(lines, label, s);
            continue;
        }
        const QJsonObject ex = s.value(QStringLiteral("explainable")).toObject();
        const QJsonObject bl = s.value(QStringLiteral("baseline")).toObject();
        const QJsonObject gap = s.value(QStringLiteral("gap")).toObject();
        const auto tar = [](const QJsonObject& r) {
            return r.value(QStringLiteral("tar_at_far")).toObject().value(QStringLiteral("0.01")).toDouble(NAN);
        };
        lines << Tr::tr("%2 [%1]: explainable %3 %, AUC %4, TAR@FAR1% %5; baseline %6 %, AUC %7, TAR@FAR1% %8; gap %9 "
                        "points, TAR ratio %10 (%11 pairs)")
                     .arg(it.key(), label)
                     .arg(ex.value(QStringLiteral("accuracy")).toDouble() * 100, 0, 'f', 2)
                     .arg(ex.value(QStringLiteral("auc")).toDouble(), 0, 'f', 4)
                     .arg(tar(ex), 0, 'f', 3)
                     .arg(bl.value(QStringLiteral("accuracy")).toDouble() * 100, 0, 'f', 2)
                     .arg(bl.value(QStringLiteral("auc")).toDouble(), 0, 'f', 4)
                     .arg(tar(bl), 0, 'f', 3)
                     .arg(gap.value(QStringLiteral("accuracy_points")).toDouble(NAN), 0, 'f', 2)
                     .arg(gap.value(QStringLiteral("tar_ratio_far_0.01")).toDouble(NAN), 0, 'f', 3)
                     .arg(ex.value(QStringLiteral("pairs")).toInt());
    }
}

} // namespace

QStringList faceGapLines(const QJsonObject& gap)
{
    QStringList lines;
    appendLines(lines, Tr::tr("held-out"), gap.value(QStringLiteral("held_out")).toObject());
    appendLines(lines, Tr::tr("held-out augmented"), gap.value(QStringLiteral("held_out_augmented")).toObject());
    const QJsonObject goal = gap.value(QStringLiteral("goal")).toObject();
    QStringList failing;
    for (const auto& v : goal.value(QStringLiteral("failing")).toArray())
        failing << v.toString();
    lines << (goal.value(QStringLiteral("met")).toBool()
                  ? Tr::tr("goal met: every set within %1 points and TAR@FAR1% ratio at least %2 (worst gap %3 points, "
                           "worst ratio %4)")
                  : Tr::tr("goal NOT met (within %1 points, TAR@FAR1% ratio at least %2): worst gap %3 points, "
                           "worst ratio %4; failing: %5")
                        .arg(QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3"), QStringLiteral("%4"),
                             failing.join(QStringLiteral(", "))))
                 .arg(goal.value(QStringLiteral("max_gap_points")).toDouble())
                 .arg(goal.value(QStringLiteral("min_tar_ratio_far_0.01")).toDouble())
                 .arg(goal.value(QStringLiteral("worst_gap_points")).toDouble(NAN), 0, 'f', 2)
                 .arg(goal.value(QStringLiteral("worst_tar_ratio_far_0.01")).toDouble(NAN), 0, 'f', 3);
    return lines;
}

} // namespace descry
