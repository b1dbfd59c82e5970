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
void addGroup(FaceConceptLayout* layout, const Catalog& catalog, int g, ConceptSource source, int quantity)
{
    FaceConceptGroup fg;
    fg.catalogGroup = g;
    fg.source = source;
    for (int d : catalog.groups()[g].descriptors) {
        FaceConcept c;
        c.descriptor = d;
        c.source = source;
        c.quantity = quantity;
        c.grade = catalog.descriptors()[d].grade;
        c.group = int(layout->groups.size());
        fg.concepts << int(layout->concepts.size());
        layout->groupOf.push_back(c.group);
        layout->concepts << c;
    }
    layout->groups << fg;
}

// The morphometric quantity of catalog group `g` (-1 when it is not measured); an error when this version does
// not measure the quantity the catalog names.
Result<int> quantityOf(const Catalog& catalog, int g)
{
    const DescriptorGroup& group = catalog.groups()[g];
    if (group.quantity.isEmpty())
        return -1;
    const int q = int(morphometry::quantities().indexOf(group.quantity));
    if (q < 0)
        return Error(ErrorCode::Model,
                     Tr::tr("catalog quantity '%1' is not measured by this version").arg(group.quantity),
                     catalog.origin());
    return q;
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

Result<FaceConceptLayout> FaceConceptLayout::build(const Catalog& catalog, ConceptSource cosineSource)
{
    if (cosineSource == ConceptSource::Measured)
        return Error(ErrorCode::Internal, Tr::tr("a face layout's cosine concepts cannot be measured ones"),
                     catalog.origin());
    FaceConceptLayout layout;
    layout.cosineSource = cosineSource;
    for (ConceptSource source : {ConceptSource::Measured, cosineSource}) {
        for (int g = 0; g < catalog.groups().size(); ++g) {
            auto q = quantityOf(catalog, g);
            if (!q)
                return q.error();
            // Prompt concepts need no measurement: every characteristic takes part.
            if (*q < 0 && source != ConceptSource::Prompt)
                continue;
            addGroup(&layout, catalog, g, source, *q);
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

std::vector<float> FaceConceptLayout::directScores(const std::vector<double>& z, float tau) const
{
    std::vector<float> out(static_cast<size_t>(nDirect));
    for (int k = 0; k < nDirect; ++k)
        out[size_t(k)] = float(tau * morphometry::gradeScore(z[size_t(concepts[k].quantity)], concepts[k].grade));
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
        const double zq = z[size_t(c.quantity)];
        bool nearest = true;
        for (int other : groups[c.group].concepts) {
            if (other != k && std::abs(zq - concepts[other].grade) < std::abs(zq - c.grade))
                nearest = false;
        }
        out.push_back(nearest ? 1.f : 0.f);
    }
    return out;
}

} // namespace descry
