#include "core/face/FaceConcepts.h"

#include "core/common/Tr.h"
#include "core/face/Morphometry.h"

#include <algorithm>
#include <cmath>

namespace descry {

QString conceptSourceName(ConceptSource source)
{
    switch (source) {
    case ConceptSource::Measured:
        return QStringLiteral("measured");
    case ConceptSource::Appearance:
        return QStringLiteral("appearance");
    case ConceptSource::Prompt:
        return QStringLiteral("prompt");
    }
    return {};
}

std::optional<ConceptSource> conceptSourceFromName(const QString& name)
{
    for (ConceptSource s : {ConceptSource::Measured, ConceptSource::Appearance, ConceptSource::Prompt}) {
        if (conceptSourceName(s) == name)
            return s;
    }
    return std::nullopt;
}

namespace {

// Appends one softmax group: the descriptors of catalog group `g` seen through `source`.
void addGroup(FaceConceptLayout* layout, const Catalog& catalog, int g, ConceptSource source,
              const std::vector<int>& quantities)
{
    FaceConceptGroup fg;
    fg.catalogGroup = g;
    fg.source = source;
    for (int d : catalog.groups()[g].descriptors) {
        FaceConcept c;
        c.descriptor = d;
        c.source = source;
        c.quantities = quantities;
        c.quantity = quantities.empty() ? -1 : quantities.front();
        c.grades = catalog.descriptors()[d].grades;
        c.grade = catalog.descriptors()[d].grade;
        c.group = int(layout->groups.size());
        fg.concepts << int(layout->concepts.size());
        layout->groupOf.push_back(c.group);
        layout->concepts << c;
    }
    layout->groups << fg;
}

// Indices into `measured` of catalog group `g`'s quantities; empty when the characteristic is not measured or a
// quantity is not among those the pack measures.
std::vector<int> quantitiesOf(const Catalog& catalog, int g, const QStringList& measured)
{
    std::vector<int> out;
    for (const QString& q : catalog.groups()[g].quantities) {
        const int i = int(measured.indexOf(q));
        if (i < 0)
            return {};
        out.push_back(i);
    }
    return out;
}

} // namespace

QString conceptSourceLabel(const QString& id)
{
    if (id == QLatin1String("measured"))
        return Tr::tr("measured");
    if (id == QLatin1String("appearance"))
        return Tr::tr("appearance");
    if (id == QLatin1String("prompt"))
        return Tr::tr("CLIP prompt");
    return id;
}

QStringList FaceConceptLayout::defaultMeasured()
{
    return morphometry::quantities();
}

Result<FaceConceptLayout> FaceConceptLayout::build(const Catalog& catalog, ConceptSource cosineSource,
                                                   const QStringList& measured, const QStringList& notAssessed)
{
    if (cosineSource == ConceptSource::Measured)
        return Error(ErrorCode::Internal, Tr::tr("a face layout's cosine concepts cannot be measured ones"),
                     catalog.origin());
    FaceConceptLayout layout;
    layout.cosineSource = cosineSource;
    layout.measured = measured;
    for (const QString& id : notAssessed) {
        const int g = catalog.groupIndexOf(id);
        if (g < 0)
            return Error(ErrorCode::Model, Tr::tr("not-assessed characteristic '%1' is not in the catalog").arg(id),
                         catalog.origin());
        layout.notAssessed << id;
    }
    for (ConceptSource source : {ConceptSource::Measured, cosineSource}) {
        for (int g = 0; g < catalog.groups().size(); ++g) {
            const std::vector<int> q = quantitiesOf(catalog, g, measured);
            // Prompt concepts need no measurement: every characteristic takes part.
            if (q.empty() && source != ConceptSource::Prompt)
                continue;
            if (source == ConceptSource::Appearance && layout.notAssessed.contains(catalog.groups()[g].id))
                continue;
            addGroup(&layout, catalog, g, source, q);
        }
        if (source == ConceptSource::Measured)
            layout.nDirect = int(layout.concepts.size());
    }
    if (layout.nDirect == 0 && cosineSource == ConceptSource::Appearance)
        return Error(ErrorCode::Model, Tr::tr("catalog has no measurable descriptors"), catalog.origin());
    if (layout.numCosine() == 0)
        return Error(ErrorCode::Model, Tr::tr("catalog has no descriptors"), catalog.origin());
    return layout;
}

QString FaceConceptLayout::layoutId() const
{
    return QStringLiteral("measured+") + conceptSourceName(cosineSource);
}

std::optional<ConceptSource> FaceConceptLayout::cosineSourceFromLayoutId(const QString& id)
{
    if (!id.startsWith(QLatin1String("measured+")))
        return std::nullopt;
    const auto source = conceptSourceFromName(id.mid(9));
    if (!source || *source == ConceptSource::Measured)
        return std::nullopt;
    return source;
}

std::vector<float> FaceConceptLayout::cosineRows(const std::vector<float>& perDescriptor, int d) const
{
    std::vector<float> out;
    out.reserve(size_t(std::max(0, numCosine())) * size_t(d));
    for (int k = nDirect; k < concepts.size(); ++k) {
        const auto row = perDescriptor.begin() + std::ptrdiff_t(concepts[k].descriptor) * d;
        out.insert(out.end(), row, row + d);
    }
    return out;
}

namespace {

// −½·Σ_q (z_q − grade_q)²; NaN when a quantity is not assessed.
double prototypeScore(const FaceConcept& c, const std::vector<double>& z)
{
    double sum = 0;
    for (size_t i = 0; i < c.quantities.size(); ++i) {
        const size_t q = size_t(c.quantities[i]);
        const double zq = q < z.size() ? z[q] : std::nan("");
        sum += morphometry::gradeScore(zq, i < c.grades.size() ? c.grades[i] : 0.0);
    }
    return c.quantities.empty() ? std::nan("") : sum;
}

} // namespace

bool FaceConceptLayout::isAssessed(const FaceConcept& c, const std::vector<double>& z) const
{
    return std::isfinite(prototypeScore(c, z));
}

std::vector<float> FaceConceptLayout::directScores(const std::vector<double>& z, float tau) const
{
    std::vector<float> out(static_cast<size_t>(nDirect));
    for (int k = 0; k < nDirect; ++k) {
        const double s = prototypeScore(concepts[k], z);
        out[size_t(k)] = std::isfinite(s) ? float(tau * s) : 0.f;
    }
    return out;
}

std::vector<float> FaceConceptLayout::nearestGradeLabels(const std::vector<double>& z) const
{
    std::vector<float> out;
    for (int k = nDirect; k < concepts.size(); ++k) {
        const FaceConcept& c = concepts[k];
        if (c.quantity < 0) { // a prompt concept no landmark measures: no label
            out.push_back(0.f);
            continue;
        }
        const double own = prototypeScore(c, z);
        if (!std::isfinite(own)) {
            out.push_back(std::nanf(""));
            continue;
        }
        bool nearest = true;
        for (int other : groups[c.group].concepts) {
            if (other != k && prototypeScore(concepts[other], z) > own)
                nearest = false;
        }
        out.push_back(nearest ? 1.f : 0.f);
    }
    return out;
}

} // namespace descry
