// The chest-X-ray pleural-effusion catalog: its loaded numbers, and every refusal of the strict loader's CXR
// members (the face catalog keeps loading as before: test_catalog.cpp).
#include "core/descriptors/Catalog.h"

#include "core/common/Json.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace descry;

namespace {

QJsonObject builtinRoot()
{
    QFile f(defaultCxrCatalogPath());
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

Result<Catalog> parseRoot(const QJsonObject& root)
{
    return Catalog::parse(QJsonDocument(root).toJson(), QStringLiteral("edited.json"));
}

// Applies `edit` to the first descriptor of the first characteristic of component `component`.
QJsonObject editDescriptor(QJsonObject root, int component, int characteristic, int descriptor,
                           const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray components = root[QStringLiteral("components")].toArray();
    QJsonObject c = components[component].toObject();
    QJsonArray chars = c[QStringLiteral("characteristics")].toArray();
    QJsonObject ch = chars[characteristic].toObject();
    QJsonArray ds = ch[QStringLiteral("descriptors")].toArray();
    QJsonObject d = ds[descriptor].toObject();
    edit(d);
    ds[descriptor] = d;
    ch[QStringLiteral("descriptors")] = ds;
    chars[characteristic] = ch;
    c[QStringLiteral("characteristics")] = chars;
    components[component] = c;
    root[QStringLiteral("components")] = components;
    return root;
}

QJsonObject editExtraction(QJsonObject root, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject x = root[QStringLiteral("extraction")].toObject();
    edit(x);
    root[QStringLiteral("extraction")] = x;
    return root;
}

void expectRefused(const QJsonObject& root, const QString& needle)
{
    auto c = parseRoot(root);
    ASSERT_FALSE(c) << needle.toStdString();
    EXPECT_EQ(c.error().code(), ErrorCode::Input);
    EXPECT_EQ(c.error().file(), QStringLiteral("edited.json"));
    EXPECT_TRUE(c.error().message().contains(needle)) << c.error().message().toStdString();
}

} // namespace

TEST(CxrCatalog, BuiltInLoadsWithTheAgreedGroupsAndDescriptors)
{
    auto c = Catalog::load(defaultCxrCatalogPath());
    ASSERT_TRUE(c) << c.error().toString().toStdString();
    EXPECT_EQ(c->name(), QStringLiteral("cxr-pleural-effusion"));
    EXPECT_EQ(c->version(), QStringLiteral("1.0.0"));
    EXPECT_EQ(c->sha256().size(), 64);
    EXPECT_GE(c->descriptors().size(), 25);
    EXPECT_EQ(c->descriptors().size(), 36);
    EXPECT_EQ(c->groups().size(), 13);
    const QList<std::pair<QString, QStringList>> groups = {
        {"costophrenic_angle", {"sharp", "blunted_left", "blunted_right", "blunted_bilateral"}},
        {"meniscus", {"absent", "present"}},
        {"layering", {"none", "layering", "subpulmonic"}},
        {"fissural_fluid", {"none", "present"}},
        {"basal_opacity", {"none", "left", "right", "bilateral"}},
        {"hemidiaphragm", {"clear", "obscured"}},
        {"mediastinal_shift", {"none", "away", "toward"}},
        {"laterality", {"none", "left", "right", "bilateral"}},
        {"size", {"none", "small", "moderate", "large"}},
        {"atelectasis", {"absent", "present"}},
        {"cardiomegaly", {"absent", "present"}},
        {"consolidation", {"absent", "present"}},
        {"pneumothorax", {"absent", "present"}}};
    for (const auto& [group, grades] : groups) {
        const int g = c->groupIndexOf(group);
        ASSERT_GE(g, 0) << group.toStdString();
        ASSERT_EQ(c->groups()[g].descriptors.size(), grades.size()) << group.toStdString();
        for (int k = 0; k < grades.size(); ++k) {
            const Descriptor& d = c->descriptors()[c->groups()[g].descriptors[k]];
            EXPECT_EQ(d.id, group + QLatin1Char('.') + grades[k]);
            EXPECT_EQ(d.normal, k == 0) << d.id.toStdString(); // the first grade states absence
            EXPECT_FALSE(d.phrases.isEmpty()) << d.id.toStdString();
            EXPECT_FALSE(d.prompts.isEmpty()) << d.id.toStdString();
            EXPECT_FALSE(d.text.isEmpty());
        }
    }
    const CatalogExtraction& x = c->extraction();
    EXPECT_TRUE(x.present);
    EXPECT_EQ(x.targetId, QStringLiteral("pleural_effusion"));
    EXPECT_EQ(x.lateralityGroup, QStringLiteral("laterality"));
    EXPECT_EQ(x.sizeGroup, QStringLiteral("size"));
    for (const char* p : {"effusion", "effussion", "efusion", "effusions", "pleural fluid"})
        EXPECT_TRUE(x.targetPhrases.contains(QLatin1String(p))) << p;
    for (const char* p : {"no", "without", "free of", "no evidence of", "resolved", "rather than"})
        EXPECT_TRUE(x.negation.contains(QLatin1String(p))) << p;
    for (const char* p : {"possible", "may represent", "cannot exclude", "versus", "questionable"})
        EXPECT_TRUE(x.uncertainty.contains(QLatin1String(p))) << p;
    EXPECT_TRUE(x.pseudoNegation.contains(QStringLiteral("no change")));
    EXPECT_TRUE(x.historical.contains(QStringLiteral("history of")));
    EXPECT_TRUE(x.bilateral.contains(QStringLiteral("both")));
    EXPECT_TRUE(x.bilateral.contains(QStringLiteral("bibasilar")));
    EXPECT_TRUE(x.small.contains(QStringLiteral("trace")));
    EXPECT_TRUE(x.large.contains(QStringLiteral("massive")));
    // Misspellings of the field are phrases too.
    const Descriptor& blunted = c->descriptors()[c->indexOf(QStringLiteral("costophrenic_angle.blunted_left"))];
    EXPECT_TRUE(blunted.phrases.contains(QStringLiteral("blunting of the left costaphrenic angle")));
    EXPECT_TRUE(blunted.phrases.contains(QStringLiteral("blunted left costo-phrenic angle")));
    const Descriptor& ptx = c->descriptors()[c->indexOf(QStringLiteral("pneumothorax.present"))];
    EXPECT_TRUE(ptx.phrases.contains(QStringLiteral("pnuemothorax")));
    const Descriptor& atel = c->descriptors()[c->indexOf(QStringLiteral("atelectasis.present"))];
    for (const char* p : {"atelectasis", "atelectases", "atelectatic"})
        EXPECT_TRUE(atel.phrases.contains(QLatin1String(p))) << p;
}

TEST(CxrCatalog, HashIgnoresLayoutAndFaceCatalogHasNoExtraction)
{
    const QJsonObject root = builtinRoot();
    auto a = parseRoot(root);
    auto b = Catalog::parse(QJsonDocument(root).toJson(QJsonDocument::Compact), QStringLiteral("compact.json"));
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->sha256(), b->sha256());
    auto edited = parseRoot(editExtraction(root, [](QJsonObject& x) {
        QJsonArray n = x[QStringLiteral("negation")].toArray();
        n.append(QStringLiteral("never"));
        x[QStringLiteral("negation")] = n;
    }));
    ASSERT_TRUE(edited);
    EXPECT_NE(edited->sha256(), a->sha256()); // the rules are part of the catalog's identity
    auto face = Catalog::load(defaultFaceCatalogPath());
    ASSERT_TRUE(face);
    EXPECT_FALSE(face->extraction().present);
    for (const Descriptor& d : face->descriptors())
        EXPECT_TRUE(d.phrases.isEmpty() && !d.normal);
}

TEST(CxrCatalog, RefusesBadDescriptorMembers)
{
    const QJsonObject root = builtinRoot();
    expectRefused(editDescriptor(root, 0, 0, 1, [](QJsonObject& d) { d[QStringLiteral("phrase")] = "x"; }),
                  QStringLiteral("unknown member 'phrase'"));
    expectRefused(editDescriptor(root, 0, 0, 1, [](QJsonObject& d) { d[QStringLiteral("phrases")] = QJsonArray(); }),
                  QStringLiteral("member 'phrases' must be a non-empty array of strings"));
    expectRefused(editDescriptor(root, 0, 0, 1, [](QJsonObject& d) { d[QStringLiteral("phrases")] = "blunting"; }),
                  QStringLiteral("member 'phrases' must be a non-empty array of strings"));
    expectRefused(editDescriptor(root, 0, 0, 1,
                                 [](QJsonObject& d) {
                                     d[QStringLiteral("phrases")] = QJsonArray{"a b", "  "};
                                 }),
                  QStringLiteral("member 'phrases' item #2 is empty"));
    expectRefused(editDescriptor(root, 0, 0, 1,
                                 [](QJsonObject& d) {
                                     d[QStringLiteral("phrases")] = QJsonArray{"x y", "x y"};
                                 }),
                  QStringLiteral("member 'phrases' lists 'x y' twice"));
    expectRefused(
        editDescriptor(root, 0, 0, 1, [](QJsonObject& d) { d[QStringLiteral("phrases")] = QJsonArray{"Blunting"}; }),
        QStringLiteral("must be lower-case"));
    expectRefused(editDescriptor(root, 0, 0, 1, [](QJsonObject& d) { d[QStringLiteral("normal")] = "yes"; }),
                  QStringLiteral("member 'normal' must be true or false"));
    expectRefused(
        editDescriptor(root, 0, 0, 1, [](QJsonObject& d) { d[QStringLiteral("negationCues")] = QJsonArray{1}; }),
        QStringLiteral("member 'negationCues' must be a non-empty array of strings"));
    // A phrase that names two descriptors would make extraction ambiguous.
    expectRefused(
        editDescriptor(root, 0, 0, 1, [](QJsonObject& d) { d[QStringLiteral("phrases")] = QJsonArray{"meniscus"}; }),
        QStringLiteral("phrase 'meniscus' already names descriptor"));
    // With extraction rules, every descriptor needs phrases.
    expectRefused(editDescriptor(root, 0, 0, 1, [](QJsonObject& d) { d.remove(QStringLiteral("phrases")); }),
                  QStringLiteral("descriptor 'costophrenic_angle.blunted_left': member 'phrases' is required"));
}

TEST(CxrCatalog, RefusesBadExtractionMembers)
{
    const QJsonObject root = builtinRoot();
    expectRefused(editExtraction(root, [](QJsonObject& x) { x[QStringLiteral("negations")] = QJsonArray{"no"}; }),
                  QStringLiteral("extraction: unknown member 'negations'"));
    expectRefused(editExtraction(root, [](QJsonObject& x) { x.remove(QStringLiteral("uncertainty")); }),
                  QStringLiteral("member 'uncertainty' must be a non-empty array"));
    expectRefused(editExtraction(root,
                                 [](QJsonObject& x) {
                                     x[QStringLiteral("negation")] = QJsonArray{"no", "no"};
                                 }),
                  QStringLiteral("member 'negation' lists 'no' twice"));
    expectRefused(editExtraction(root,
                                 [](QJsonObject& x) {
                                     QJsonObject t = x[QStringLiteral("target")].toObject();
                                     t[QStringLiteral("phrases")] = QJsonArray();
                                     x[QStringLiteral("target")] = t;
                                 }),
                  QStringLiteral("extraction, target: member 'phrases' must be a non-empty array"));
    expectRefused(editExtraction(root,
                                 [](QJsonObject& x) {
                                     QJsonObject l = x[QStringLiteral("laterality")].toObject();
                                     l[QStringLiteral("group")] = "side";
                                     x[QStringLiteral("laterality")] = l;
                                 }),
                  QStringLiteral("extraction, laterality: member 'group' names characteristic 'side', which the "
                                 "catalog does not have"));
    // A size group must hold the grades the extractor writes.
    expectRefused(editExtraction(root,
                                 [](QJsonObject& x) {
                                     QJsonObject s = x[QStringLiteral("size")].toObject();
                                     s[QStringLiteral("group")] = "meniscus";
                                     x[QStringLiteral("size")] = s;
                                 }),
                  QStringLiteral("characteristic 'meniscus' has no descriptor 'meniscus.none'"));
    expectRefused(editExtraction(root, [](QJsonObject& x) { x[QStringLiteral("size")] = "size"; }),
                  QStringLiteral("size"));
    QJsonObject noRules = root;
    noRules[QStringLiteral("extraction")] = QJsonArray();
    expectRefused(noRules, QStringLiteral("extraction"));
}
