#include "core/face/FaceConcepts.h"

#include "core/face/Morphometry.h"

#include <QCoreApplication>

#include <cmath>

namespace descry {

QString conceptSourceName(ConceptSource source)
{
    return source == ConceptSource::Measured ? QStringLiteral("measured") : QStringLiteral("appearance");
}

Result<FaceConceptLayout> FaceConceptLayout::build(const Catalog& catalog)
{
    FaceConceptLayout layout;
    const QStringList& known = morphometry::quantities();
    for (ConceptSource source : {ConceptSource::Measured, ConceptSource::Appearance}) {
        for (int g = 0; g < catalog.groups().size(); ++g) {
            const DescriptorGroup& group = catalog.groups()[g];
            if (group.quantity.isEmpty())
                continue;
            const int q = int(known.indexOf(group.quantity));
            if (q < 0)
                return Error(
                    ErrorCode::Model,
                    QCoreApplication::translate("descry", "catalog quantity '%1' is not measured by this version")
                        .arg(group.quantity),
                    catalog.origin());
            FaceConceptGroup fg;
            fg.catalogGroup = g;
            fg.source = source;
            for (int d : group.descriptors) {
                FaceConcept c;
                c.descriptor = d;
                c.source = source;
                c.quantity = q;
                c.grade = catalog.descriptors()[d].grade;
                c.group = int(layout.groups.size());
                fg.concepts << int(layout.concepts.size());
                layout.groupOf.push_back(c.group);
                layout.concepts << c;
            }
            layout.groups << fg;
        }
        if (source == ConceptSource::Measured)
            layout.nDirect = int(layout.concepts.size());
    }
    if (layout.nDirect == 0)
        return Error(ErrorCode::Model, QCoreApplication::translate("descry", "catalog has no measurable descriptors"),
                     catalog.origin());
    return layout;
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
