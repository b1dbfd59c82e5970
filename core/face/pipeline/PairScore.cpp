#include "core/face/pipeline/PairScore.h"

#include "core/common/Tr.h"
#include "core/face/FaceModel.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace descry {

namespace {

// Components of the catalog hidden in either photo: an appearance direction must not infer what cannot be seen.
// Components the catalog does not have are skipped (nothing of theirs is scored).
void addHidden(const Catalog& catalog, const PairScoreImage& a, const PairScoreImage& b, QList<ExcludedComponent>* ex)
{
    const auto& groups = catalog.groups();
    for (const QString& c : visibilityComponents()) {
        QStringList details;
        for (const PairScoreImage* img : {&a, &b})
            for (const ComponentVisibility& v : img->visibility)
                if (v.component == c && !v.visible)
                    details << (img == &a ? Tr::tr("probe: %1") : Tr::tr("reference: %1")).arg(v.detail);
        const bool known = std::any_of(groups.begin(), groups.end(), [&](const auto& g) { return g.component == c; });
        if (details.isEmpty() || !known)
            continue;
        ex->append({c, QStringLiteral("not-visible"), details.join(QStringLiteral("; "))});
    }
}

// Why characteristic `g` is not assessed in `img`, or empty: a quantity not measured or out of range, an appearance
// score out of range.
QString notAssessedIn(const DescriptorGroup& g, const QStringList& ids, const PairScoreImage& img)
{
    for (qsizetype i = 0; i < ids.size() && size_t(i) < img.assessed.size(); ++i) {
        if (img.assessed[size_t(i)] || !g.quantities.contains(ids[i]))
            continue;
        const QString note = i < img.quantityNotes.size() ? img.quantityNotes[i] : QString();
        return note.isEmpty() ? Tr::tr("not measurable in this photo") : note;
    }
    return img.appearanceNotes.value(g.id);
}

// A characteristic whose quantity could not be measured on either photo (colour on a greyscale photo, a region
// outside the frame), or lies outside what the training photos showed, would get an uninformative score; left in,
// its block would count as agreement (or disagreement) on nothing.
void addUnmeasured(const FaceModelParts& parts, const PairScoreImage& a, const PairScoreImage& b,
                   QList<ExcludedComponent>* ex)
{
    const QStringList& ids = parts.layout.measured;
    for (const DescriptorGroup& g : parts.catalog.groups()) {
        const bool scoredMeasured = g.measured() && ids.contains(g.quantities.first());
        if (!scoredMeasured && !a.appearanceNotes.contains(g.id) && !b.appearanceNotes.contains(g.id))
            continue;
        QStringList details;
        for (const PairScoreImage* img : {&a, &b}) {
            const QString why = notAssessedIn(g, ids, *img);
            if (!why.isEmpty())
                details << (img == &a ? Tr::tr("probe: %1") : Tr::tr("reference: %1")).arg(why);
        }
        if (!details.isEmpty())
            ex->append({g.id, QStringLiteral("not-measured"), details.join(QStringLiteral("; "))});
    }
}

// Appearance scores outside their training range (FaceModel::appearanceOutOfRange, from the parts).
QMap<QString, QString> appearanceNotes(const FaceModelParts& parts, const std::vector<float>& S)
{
    QMap<QString, QString> out;
    const FaceConceptLayout& layout = parts.layout;
    if (layout.cosineSource != ConceptSource::Appearance || !parts.appearanceRange.recorded())
        return out;
    for (int k = layout.nDirect; k < layout.concepts.size() && size_t(k) < S.size(); ++k) {
        const size_t j = size_t(k - layout.nDirect);
        if (!parts.appearanceRange.has(j))
            continue;
        const Descriptor& d = parts.catalog.descriptors()[layout.concepts[k].descriptor];
        const QString reason = trainingrange::appearanceOutOfRange(
            d.text.isEmpty() ? d.id : d.text, S[size_t(k)], parts.appearanceRange.min[j], parts.appearanceRange.max[j]);
        const QString id = parts.catalog.groups()[layout.groups[layout.concepts[k].group].catalogGroup].id;
        if (!reason.isEmpty() && !out.contains(id))
            out.insert(id, reason);
    }
    return out;
}

} // namespace

Result<PairScoreImage> pairScoreImage(const FaceModelParts& parts, const std::vector<double>& morphometry,
                                      const std::vector<float>& embedding, const QList<ComponentVisibility>& visibility)
{
    if (!parts.head)
        return Error(ErrorCode::Internal, Tr::tr("the face model has no trained head"));
    // As FaceModel::concepts: the direct scores only when the layout has measured concepts.
    auto c = parts.head->forward(embedding, parts.layout.nDirect > 0 ? faceDirectScores(parts, morphometry)
                                                                     : std::vector<float>{});
    if (!c)
        return c.error();
    PairScoreImage img;
    img.ssm = std::move(c->Ssm);
    img.e = std::move(c->e);
    img.assessed.reserve(morphometry.size());
    for (size_t i = 0; i < morphometry.size(); ++i) {
        const QString note = morphometry::outOfRangeReason(parts.stats, i, morphometry[i]);
        img.assessed.push_back(std::isfinite(morphometry[i]) && note.isEmpty());
        img.quantityNotes << note;
    }
    img.appearanceNotes = appearanceNotes(parts, c->S);
    img.visibility = visibility;
    return img;
}

QList<ExcludedComponent> pairExclusions(const FaceModelParts& parts, const PairScoreImage& a, const PairScoreImage& b)
{
    QList<ExcludedComponent> ex;
    addHidden(parts.catalog, a, b, &ex);
    addUnmeasured(parts, a, b, &ex);
    return ex;
}

Result<PairScore> scorePair(const FaceModelParts& parts, const PairScoreImage& a, const PairScoreImage& b,
                            const QList<ExcludedComponent>& extra)
{
    PairScore out;
    out.wholeFaceScore = faceScore(a.e, b.e);
    out.score = out.wholeFaceScore;
    const QList<ExcludedComponent> ex = pairExclusions(parts, a, b) + extra;
    if (ex.isEmpty())
        return out;
    auto keep = exclusionMask(parts.catalog, parts.layout, ex, &out.excluded);
    if (!keep)
        return keep.error();
    if (a.ssm.size() != keep->size() || b.ssm.size() != keep->size())
        return Error(ErrorCode::Usage, Tr::tr("the concept scores were not made with this face model"));
    if (std::find(keep->begin(), keep->end(), true) == keep->end())
        return Error(ErrorCode::Usage, Tr::tr("nothing would be left to compare: every characteristic is excluded"));
    out.score = maskedPairScore(*parts.head, a.ssm, b.ssm, *keep);
    return out;
}

QMap<QString, double> exclusionFractions(const std::vector<QList<ExcludedComponent>>& perPair)
{
    QMap<QString, double> out;
    if (perPair.empty())
        return out;
    for (const QList<ExcludedComponent>& pair : perPair) {
        QSet<QString> seen; // a component counts once per pair
        for (const ExcludedComponent& x : pair)
            if (!seen.contains(x.component)) {
                seen.insert(x.component);
                out[x.component] += 1.0;
            }
    }
    for (double& v : out)
        v /= double(perPair.size());
    return out;
}

} // namespace descry
