// Catalog 1.1.0: measured characteristics from several sources, multi-quantity prototypes; 1.0.0 frozen.
#include "core/descriptors/Catalog.h"
#include "core/face/FaceConcepts.h"
#include "core/face/Morphometry.h"
#include "core/face/regions/RegionMeasurer.h"

#include <gtest/gtest.h>

#include <QFile>

#include <cmath>

using namespace descry;

namespace {

Catalog shipped()
{
    auto c = Catalog::load(defaultFaceCatalogPath());
    EXPECT_TRUE(c.ok()) << (c ? "" : c.error().toString().toStdString());
    return c ? *c : Catalog();
}

// A one-characteristic catalog whose measurement and grades are given as JSON text.
QByteArray catalogWith(const QByteArray& measurement, const QByteArray& gradeA, const QByteArray& gradeB)
{
    return R"({"format": "descry-catalog/1", "name": "t", "version": "1", "components": [{"id": "hair", "name": "Hair",
        "characteristics": [{"id": "hair.colour", "name": "Hair colour", "measurement": )" +
           measurement + R"(, "descriptors": [
        {"id": "hair.colour.dark", "text": "Dark", "grade": )" +
           gradeA + R"(, "prompts": ["a photo of dark hair"]},
        {"id": "hair.colour.light", "text": "Light", "grade": )" +
           gradeB + R"(, "prompts": ["a photo of light hair"]}]}]}]})";
}

const QByteArray kTwo = R"({"quantities": ["hair.lightness", "hair.redness"], "definition": "median L*, a*"})";

} // namespace

TEST(CatalogQuantities, ShippedCatalogScoresAtLeast45Characteristics)
{
    const Catalog c = shipped();
    EXPECT_EQ(c.version(), QStringLiteral("1.1.0"));
    EXPECT_EQ(c.groups().size(), 77);
    EXPECT_GE(c.measuredCharacteristics(), 45);
    // Every quantity the catalog names is measured by a source of this version.
    QStringList known = morphometry::quantities();
    known << RegionMeasurer::allQuantities();
    for (const QString& q : c.quantities())
        EXPECT_TRUE(known.contains(q)) << q.toStdString();
    for (const DescriptorGroup& g : c.groups()) {
        if (!g.measured())
            continue;
        EXPECT_FALSE(g.definition.trimmed().isEmpty()) << g.id.toStdString();
        for (int d : g.descriptors)
            EXPECT_EQ(c.descriptors()[d].grades.size(), size_t(g.quantities.size())) << g.id.toStdString();
    }
    // The layout with both sources measures every one of them.
    auto layout = FaceConceptLayout::build(c, ConceptSource::Appearance, known);
    ASSERT_TRUE(layout.ok()) << layout.error().toString().toStdString();
    int measuredGroups = 0;
    for (const FaceConceptGroup& g : layout->groups)
        measuredGroups += g.source == ConceptSource::Measured ? 1 : 0;
    EXPECT_EQ(measuredGroups, c.measuredCharacteristics());
}

TEST(CatalogQuantities, FrozenCatalog100StillLoadsForTheCommittedPack)
{
    auto old = Catalog::load(QStringLiteral(":/descry/descriptors/fiswg-face-1.0.0.json"));
    ASSERT_TRUE(old.ok()) << old.error().toString().toStdString();
    EXPECT_EQ(old->version(), QStringLiteral("1.0.0"));
    EXPECT_EQ(old->sha256(), QStringLiteral("55c5e709bf9729cfb4356abf3f27d35d6b0d59b1b5f905b60df6e39f64e12512"));
    EXPECT_EQ(old->measuredCharacteristics(), 26);
    auto found = findCatalog(QStringLiteral("fiswg-face"), QStringLiteral("1.0.0"), old->sha256(), {},
                             QStringLiteral("manifest.json"));
    ASSERT_TRUE(found.ok()) << found.error().toString().toStdString();
    // The 26 landmark quantities of 1.0.0 are the first 26 this version measures, in order.
    EXPECT_EQ(old->quantities(), morphometry::quantities().mid(0, 26));
}

TEST(CatalogQuantities, MultiQuantityGradesParseAsPrototypes)
{
    auto c = Catalog::parse(catalogWith(kTwo, "[-1.0, 0.5]", "[1.5, 0]"), QStringLiteral("t.json"));
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    const DescriptorGroup& g = c->groups()[0];
    EXPECT_EQ(g.quantities, (QStringList{"hair.lightness", "hair.redness"}));
    EXPECT_EQ(g.quantity, QStringLiteral("hair.lightness"));
    EXPECT_EQ(c->descriptors()[0].grades, (std::vector<double>{-1.0, 0.5}));
    EXPECT_EQ(c->descriptors()[1].grades, (std::vector<double>{1.5, 0.0}));
    // Prototype scores: −½·Σ (z − g)², and a NaN quantity leaves the characteristic not assessed (all 0).
    auto layout = FaceConceptLayout::build(*c, ConceptSource::Appearance, {"x", "hair.redness", "hair.lightness"});
    ASSERT_TRUE(layout.ok()) << layout.error().toString().toStdString();
    ASSERT_EQ(layout->nDirect, 2);
    EXPECT_EQ(layout->concepts[0].quantities, (std::vector<int>{2, 1}));
    const auto d = layout->directScores({0.0, 0.5, -1.0}, 1.0f);
    EXPECT_FLOAT_EQ(d[0], 0.0f);
    EXPECT_FLOAT_EQ(d[1], float(-0.5 * (2.5 * 2.5 + 0.5 * 0.5)));
    const auto labels = layout->nearestGradeLabels({0.0, 0.5, -1.0});
    EXPECT_EQ(labels, (std::vector<float>{1.f, 0.f}));
    const std::vector<double> grey{0.0, std::nan(""), -1.0};
    EXPECT_EQ(layout->directScores(grey, 1.0f), (std::vector<float>{0.f, 0.f}));
    EXPECT_FALSE(layout->isAssessed(layout->concepts[0], grey));
    EXPECT_TRUE(std::isnan(layout->nearestGradeLabels(grey)[0]));
    // A pack that does not measure one of the quantities has no measured group for the characteristic.
    auto partial = FaceConceptLayout::build(*c, ConceptSource::Prompt, {"hair.lightness"});
    ASSERT_TRUE(partial.ok());
    EXPECT_EQ(partial->nDirect, 0);
}

TEST(CatalogQuantities, BadMultiQuantityGradesAreRefusedWithTheField)
{
    struct Case
    {
        QByteArray measurement, a, b, expected;
    };
    const QList<Case> cases = {
        {kTwo, "[-1.0]", "[1.0, 0]", "member 'grade' must be an array of 2 numbers"},
        {kTwo, "-1.0", "[1.0, 0]", "member 'grade' must be an array of 2 numbers"},
        {kTwo, "[-1.0, \"x\"]", "[1.0, 0]", "member 'grade' must be a number or an array of numbers"},
        {kTwo, "[1.0, 0]", "[1.0, 0]", "member 'grade' repeats the grade of descriptor #1"},
        {R"({"quantity": "hair.lightness", "definition": "L*"})", "[-1.0, 0]", "1.0",
         "member 'grade' must be a number"},
        {R"({"quantity": "a.b", "quantities": ["a.b", "c.d"], "definition": "x"})", "[0, 0]", "[1, 1]",
         "exactly one of the members 'quantity' and 'quantities'"},
        {R"({"quantities": ["a.b"], "definition": "x"})", "[0]", "[1]",
         "member 'quantities' must be an array of at least 2"},
        {R"({"quantities": ["a.b", "a.b"], "definition": "x"})", "[0, 0]", "[1, 1]", "lists 'a.b' twice"},
    };
    for (const Case& k : cases) {
        auto c = Catalog::parse(catalogWith(k.measurement, k.a, k.b), QStringLiteral("bad.json"));
        ASSERT_FALSE(c.ok()) << k.expected.toStdString();
        const QString message = c.error().toString();
        EXPECT_TRUE(message.contains(QString::fromUtf8(k.expected))) << message.toStdString();
        EXPECT_TRUE(message.startsWith(QStringLiteral("bad.json"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("hair.colour"))) << message.toStdString();
    }
}
