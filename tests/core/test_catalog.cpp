#include "core/descriptors/Catalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <map>

using namespace descry;

namespace {

// A small valid catalog; rejection cases below are single textual edits of it.
const QByteArray kBase =
    R"json({"format": "descry-catalog/1", "name": "t", "version": "1.0.0", "title": "Test", "components": [
 {"id": "eyes", "name": "Eyes", "characteristics": [
  {"id": "eyes.width", "name": "Eye width", "measurement": {"quantity": "eyes.width", "definition": "d"}, "descriptors": [
   {"id": "eyes.width.small", "text": "Small eyes", "grade": -1.2, "prompts": ["a photo of small eyes"]},
   {"id": "eyes.width.average", "text": "Average eyes", "grade": 0, "prompts": ["a photo of average eyes", "p2"]},
   {"id": "eyes.width.large", "text": "Large eyes", "grade": 1.2, "prompts": ["a photo of large eyes"]}]},
  {"id": "eyes.colour", "name": "Eye colour", "descriptors": [
   {"id": "eyes.colour.dark", "text": "Dark eyes", "prompts": ["a photo of dark eyes"]},
   {"id": "eyes.colour.light", "text": "Light eyes", "prompts": ["a photo of light eyes"]}]}]},
 {"id": "nose", "name": "Nose", "characteristics": [
  {"id": "nose.width", "name": "Nose width", "measurement": {"quantity": "nose.width", "definition": "w"}, "descriptors": [
   {"id": "nose.width.narrow", "text": "Narrow nose", "grade": -1, "prompts": ["a photo of a narrow nose"]},
   {"id": "nose.width.wide", "text": "Wide nose", "grade": 1, "prompts": ["a photo of a wide nose"]}]}]}]})json";

// SHA-256 of the canonical form (keys sorted, compact) of kBase, computed independently with Python:
// json.dumps(obj, sort_keys=True, separators=(',', ':'), ensure_ascii=False).
const char* kBaseSha256 = "eedf367bd8511a257351c8b7c462884df1a09a836e1358a374c4fbbee9167e6d";

QByteArray edited(const char* from, const char* to)
{
    QByteArray out = kBase;
    EXPECT_EQ(out.count(from), 1) << "edit anchor must be unique: " << from;
    return out.replace(from, to);
}

// The one-line error (std::string, so that gtest prints it on failure), or "<accepted>".
std::string rejection(const QByteArray& json)
{
    auto c = Catalog::parse(json, QStringLiteral("t.json"));
    if (c)
        return "<accepted>";
    EXPECT_EQ(c.error().code(), ErrorCode::Input);
    EXPECT_EQ(c.error().file().toStdString(), "t.json");
    return c.error().toString().toStdString();
}

Catalog shipped()
{
    auto c = Catalog::load(defaultFaceCatalogPath());
    EXPECT_TRUE(c.ok()) << (c ? "" : c.error().toString().toStdString());
    return c ? *c : Catalog();
}

} // namespace

TEST(Catalog, ParsesSmallCatalog)
{
    auto c = Catalog::parse(kBase, QStringLiteral("t.json"));
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c->name(), QStringLiteral("t"));
    EXPECT_EQ(c->version(), QStringLiteral("1.0.0"));
    EXPECT_EQ(c->title(), QStringLiteral("Test"));
    EXPECT_EQ(c->componentIds(), QStringList({QStringLiteral("eyes"), QStringLiteral("nose")}));
    EXPECT_EQ(c->componentName(QStringLiteral("nose")), QStringLiteral("Nose"));
    EXPECT_EQ(c->componentName(QStringLiteral("ears")), QString());
    ASSERT_EQ(c->descriptors().size(), 7);
    ASSERT_EQ(c->groups().size(), 3);
    EXPECT_EQ(c->quantities(), QStringList({QStringLiteral("eyes.width"), QStringLiteral("nose.width")}));
    EXPECT_EQ(c->groupIndexOfQuantity(QStringLiteral("nose.width")), 2);
    EXPECT_EQ(c->groupIndexOfQuantity(QStringLiteral("eyes.colour")), -1);
    EXPECT_EQ(c->groupIndexOf(QStringLiteral("eyes.colour")), 1);
    EXPECT_EQ(c->indexOf(QStringLiteral("eyes.colour.light")), 4);
    EXPECT_EQ(c->indexOf(QStringLiteral("eyes.colour.green")), -1);

    const Descriptor& avg = c->descriptors()[1];
    EXPECT_EQ(avg.id, QStringLiteral("eyes.width.average"));
    EXPECT_EQ(avg.component, QStringLiteral("eyes"));
    EXPECT_EQ(avg.componentName, QStringLiteral("Eyes"));
    EXPECT_EQ(avg.characteristic, QStringLiteral("eyes.width"));
    EXPECT_EQ(avg.text, QStringLiteral("Average eyes"));
    EXPECT_EQ(avg.prompts, QStringList({QStringLiteral("a photo of average eyes"), QStringLiteral("p2")}));
    EXPECT_TRUE(avg.hasGrade);
    EXPECT_EQ(avg.grade, 0.0);
    EXPECT_EQ(avg.group, 0);
    EXPECT_DOUBLE_EQ(c->descriptors()[0].grade, -1.2);
    EXPECT_FALSE(c->descriptors()[3].hasGrade);

    const DescriptorGroup& g = c->groups()[0];
    EXPECT_EQ(g.id, QStringLiteral("eyes.width"));
    EXPECT_EQ(g.name, QStringLiteral("Eye width"));
    EXPECT_EQ(g.quantity, QStringLiteral("eyes.width"));
    EXPECT_EQ(g.definition, QStringLiteral("d"));
    EXPECT_EQ(g.descriptors, QList<int>({0, 1, 2}));
    EXPECT_EQ(c->groups()[1].quantity, QString());
    EXPECT_EQ(c->groups()[2].component, QStringLiteral("nose"));
    EXPECT_EQ(c->groups()[2].descriptors, QList<int>({5, 6}));
}

TEST(Catalog, ContentHashIsCanonical)
{
    auto c = Catalog::parse(kBase, QStringLiteral("t.json"));
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->sha256(), QString::fromLatin1(kBaseSha256));

    // Same content, different whitespace (compact and indented re-serialisations, extra blanks).
    const QJsonObject root = QJsonDocument::fromJson(kBase).object();
    for (const QByteArray& variant :
         {QJsonDocument(root).toJson(QJsonDocument::Compact), QJsonDocument(root).toJson(QJsonDocument::Indented),
          QByteArray("\n\t  ") + kBase + QByteArray("  \n\n")}) {
        auto v = Catalog::parse(variant, QStringLiteral("variant.json"));
        ASSERT_TRUE(v.ok()) << v.error().toString().toStdString();
        EXPECT_EQ(v->sha256(), c->sha256());
    }
    // Member order is not content either.
    auto reordered = Catalog::parse(edited(R"("name": "t", "version": "1.0.0")", R"("version": "1.0.0", "name": "t")"),
                                    QStringLiteral("t.json"));
    ASSERT_TRUE(reordered.ok());
    EXPECT_EQ(reordered->sha256(), c->sha256());

    // Any content change changes the hash: a display text, a prompt, a grade.
    for (const QByteArray& changed : {edited(R"("Dark eyes")", R"("Dark irises")"), edited(R"("p2")", R"("p3")"),
                                      edited("\"grade\": 1.2", "\"grade\": 1.3")}) {
        auto v = Catalog::parse(changed, QStringLiteral("t.json"));
        ASSERT_TRUE(v.ok()) << v.error().toString().toStdString();
        EXPECT_EQ(v->sha256().size(), 64);
        EXPECT_NE(v->sha256(), c->sha256());
    }
}

TEST(Catalog, RejectsMalformedTopLevel)
{
    EXPECT_EQ(rejection(edited("descry-catalog/1", "descry-catalog/2")),
              "t.json: top level: unsupported format 'descry-catalog/2' (expected 'descry-catalog/1')");
    EXPECT_EQ(rejection(edited(R"("format": "descry-catalog/1", )", "")),
              "t.json: top level: member 'format' is missing");
    EXPECT_EQ(rejection(edited(R"("format": "descry-catalog/1")", R"("format": 1)")),
              "t.json: top level: member 'format' must be a string");
    EXPECT_EQ(rejection(edited(R"("title": "Test", )", R"("title": "Test", "extra": {}, )")),
              "t.json: top level: unknown member 'extra'");
    EXPECT_EQ(rejection(edited(R"("version": "1.0.0", )", "")), "t.json: top level: member 'version' is missing");
    EXPECT_EQ(rejection(edited(R"("title": "Test")", R"("title": ["Test"])")),
              "t.json: top level: member 'title' must be a string");
    EXPECT_EQ(rejection(R"({"format": "descry-catalog/1", "name": "t", "version": "1"})"),
              "t.json: top level: member 'components' is missing");
    EXPECT_EQ(rejection(R"({"format": "descry-catalog/1", "name": "t", "version": "1", "components": {}})"),
              "t.json: top level: member 'components' must be an array");
    EXPECT_EQ(rejection(R"({"format": "descry-catalog/1", "name": "t", "version": "1", "components": []})"),
              "t.json: top level: member 'components' must be a non-empty array");
    EXPECT_EQ(rejection(R"({"format": "descry-catalog/1", "name": "t", "version": "1", "components": [1]})"),
              "t.json: top level: member 'components' item #1 must be an object");
    EXPECT_EQ(rejection(R"(["descry-catalog/1"])"), "t.json: expected a JSON object at top level");
    EXPECT_EQ(rejection(kBase.left(100)).rfind("t.json: invalid JSON at line ", 0), 0u);
}

TEST(Catalog, RejectsMalformedComponentsAndCharacteristics)
{
    EXPECT_EQ(rejection(edited(R"("id": "nose", )", R"("id": "eyes", )")), "t.json: component #2: duplicate id 'eyes'");
    EXPECT_EQ(rejection(edited(R"("id": "nose", )", R"("id": "Nose", )")),
              "t.json: component #2: member 'id' ('Nose') must be lower-case letters and digits separated by '.', "
              "'_' or '-'");
    EXPECT_EQ(rejection(edited(R"("name": "Nose", )", "")), "t.json: component 'nose': member 'name' is missing");
    EXPECT_EQ(rejection(edited(R"("name": "Nose", )", R"("name": "Nose", "colour": "red", )")),
              "t.json: component 'nose': unknown member 'colour'");
    EXPECT_EQ(rejection(edited(R"("id": "eyes.colour", )", R"("id": "eyes.width", )")),
              "t.json: component 'eyes', characteristic #2: duplicate id 'eyes.width'");
    EXPECT_EQ(rejection(edited(R"("name": "Eye colour")", R"("name": "")")),
              "t.json: component 'eyes', characteristic 'eyes.colour': member 'name' must be a non-empty string");
    EXPECT_EQ(rejection(edited(R"("quantity": "nose.width")", R"("quantity": "eyes.width")")),
              "t.json: component 'nose', characteristic 'nose.width', measurement: quantity 'eyes.width' is already "
              "measured by characteristic 'eyes.width'");
    EXPECT_EQ(rejection(edited(R"("definition": "w")", R"("definition": "w", "unit": "mm")")),
              "t.json: component 'nose', characteristic 'nose.width', measurement: unknown member 'unit'");
    EXPECT_EQ(rejection(edited(R"(, "definition": "w")", "")),
              "t.json: component 'nose', characteristic 'nose.width', measurement: member 'definition' is missing");
}

TEST(Catalog, RejectsBadGroupSizes)
{
    EXPECT_EQ(rejection(edited(R"({"id": "eyes.colour.dark", "text": "Dark eyes", "prompts": ["a photo of dark eyes"]},
   {"id": "eyes.colour.light", "text": "Light eyes", "prompts": ["a photo of light eyes"]})",
                               "")),
              "t.json: component 'eyes', characteristic 'eyes.colour': member 'descriptors' must hold at least 2 "
              "descriptors (it holds 0)");
    EXPECT_EQ(rejection(edited(
                  R"({"id": "eyes.colour.dark", "text": "Dark eyes", "prompts": ["a photo of dark eyes"]},)", "")),
              "t.json: component 'eyes', characteristic 'eyes.colour': member 'descriptors' must hold at least 2 "
              "descriptors (it holds 1)");
}

TEST(Catalog, RejectsMalformedDescriptors)
{
    const std::string prompts =
        "t.json: component 'eyes', characteristic 'eyes.width', descriptor #2: member 'prompts' "
        "must be a non-empty array of strings";
    EXPECT_EQ(rejection(edited(R"(["a photo of average eyes", "p2"])", R"("a photo of average eyes")")), prompts);
    EXPECT_EQ(rejection(edited(R"(["a photo of average eyes", "p2"])", "[]")), prompts);
    EXPECT_EQ(rejection(edited(R"(["a photo of average eyes", "p2"])", R"(["a photo", 2])")), prompts);
    EXPECT_EQ(rejection(edited(R"(, "prompts": ["a photo of average eyes", "p2"])", "")), prompts);
    EXPECT_EQ(
        rejection(edited(R"(["a photo of average eyes", "p2"])", R"(["a photo", "  "])")),
        "t.json: component 'eyes', characteristic 'eyes.width', descriptor #2: member 'prompts' item #2 is empty");
    EXPECT_EQ(rejection(edited(R"("prompts": ["a photo of dark eyes"])", R"("prompt": ["a photo of dark eyes"])")),
              "t.json: component 'eyes', characteristic 'eyes.colour', descriptor #1: unknown member 'prompt'");
    EXPECT_EQ(rejection(edited(R"("text": "Small eyes", )", "")),
              "t.json: component 'eyes', characteristic 'eyes.width', descriptor #1: member 'text' is missing");
    EXPECT_EQ(rejection(edited(R"("text": "Small eyes")", R"("text": 3)")),
              "t.json: component 'eyes', characteristic 'eyes.width', descriptor #1: member 'text' must be a string");
    EXPECT_EQ(
        rejection(edited(R"("grade": 1.2)", R"("grade": "high")")),
        "t.json: component 'eyes', characteristic 'eyes.width', descriptor #3: member 'grade' must be a number or an "
        "array of numbers");
    EXPECT_EQ(rejection(edited(R"({"id": "eyes.width.large", )", "{")),
              "t.json: component 'eyes', characteristic 'eyes.width', descriptor #3: member 'id' is missing");
    EXPECT_EQ(rejection(edited(R"("id": "eyes.width.large")", R"("id": "eyes.width.small")")),
              "t.json: component 'eyes', characteristic 'eyes.width', descriptor #3: duplicate id 'eyes.width.small'");
    EXPECT_EQ(rejection(edited(R"("id": "nose.width.wide")", R"("id": "nose.width.narrow")")),
              "t.json: component 'nose', characteristic 'nose.width', descriptor #2: duplicate id 'nose.width.narrow'");
    EXPECT_EQ(rejection(edited(R"("id": "eyes.colour.dark")", R"("id": "eyes.dark")")),
              "t.json: component 'eyes', characteristic 'eyes.colour', descriptor #1: id 'eyes.dark' must be "
              "'eyes.colour.<grade name>'");
    EXPECT_EQ(
        rejection(edited(
            R"({"id": "eyes.width.small", "text": "Small eyes", "grade": -1.2, "prompts": ["a photo of small eyes"]})",
            R"("eyes.width.small")")),
        "t.json: component 'eyes', characteristic 'eyes.width': member 'descriptors' item #1 must be an object");
}

TEST(Catalog, RejectsInconsistentGrades)
{
    EXPECT_EQ(
        rejection(edited(R"("grade": 0, )", "")),
        "t.json: component 'eyes', characteristic 'eyes.width', descriptor #2: member 'grade' is missing although "
        "other descriptors of the characteristic have one");
    EXPECT_EQ(rejection(edited(R"("text": "Dark eyes", )", R"("text": "Dark eyes", "grade": 1, )")),
              "t.json: component 'eyes', characteristic 'eyes.colour', descriptor #2: member 'grade' is missing "
              "although other descriptors of the characteristic have one");
    QByteArray ungraded = kBase;
    ungraded.replace(R"("grade": -1, )", "").replace(R"("grade": 1, )", "");
    EXPECT_EQ(rejection(ungraded),
              "t.json: component 'nose', characteristic 'nose.width': a measured characteristic needs a 'grade' on "
              "every descriptor");
    EXPECT_EQ(rejection(edited(R"("grade": 1.2)", R"("grade": 0)")),
              "t.json: component 'eyes', characteristic 'eyes.width', descriptor #3: grade 0 must be greater than "
              "grade 0 of descriptor #2 (grades increase strictly)");
    EXPECT_EQ(rejection(edited(R"("grade": -1.2)", R"("grade": 0.5)")),
              "t.json: component 'eyes', characteristic 'eyes.width', descriptor #2: grade 0 must be greater than "
              "grade 0.5 of descriptor #1 (grades increase strictly)");
    // Grades on every descriptor of an unmeasured characteristic are allowed (ordinal groups).
    QByteArray graded = kBase;
    graded.replace(R"("text": "Dark eyes", )", R"("text": "Dark eyes", "grade": -1, )")
        .replace(R"("text": "Light eyes", )", R"("text": "Light eyes", "grade": 1, )");
    EXPECT_EQ(rejection(graded), "<accepted>");
}

TEST(Catalog, LoadNamesMissingFile)
{
    auto c = Catalog::load(QStringLiteral("/nonexistent/cat.json"));
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code(), ErrorCode::Input);
    EXPECT_EQ(c.error().file(), QStringLiteral("/nonexistent/cat.json"));
    EXPECT_EQ(c.error().toString(), QStringLiteral("/nonexistent/cat.json: file not found"));
}

TEST(Catalog, OversizedCatalogIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(65'000'000)); // sparse
    f.close();
    auto c = Catalog::load(path);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code(), ErrorCode::Input);
    EXPECT_EQ(c.error().toString(), path + QStringLiteral(": file is 65 MB, more than the 64 MB limit"));
}

TEST(Catalog, DefaultPathHonoursEnvironment)
{
    const QByteArray saved = qgetenv("DESCRY_CATALOG_DIR");
    qputenv("DESCRY_CATALOG_DIR", "/opt/cats");
    EXPECT_EQ(defaultFaceCatalogPath(), QStringLiteral("/opt/cats/fiswg-face.json"));
    qunsetenv("DESCRY_CATALOG_DIR");
    EXPECT_EQ(defaultFaceCatalogPath(), QStringLiteral(":/descry/descriptors/fiswg-face.json"));
    if (!saved.isEmpty())
        qputenv("DESCRY_CATALOG_DIR", saved);
}

TEST(FiswgCatalog, LoadsWithAllComponentsInOrder)
{
    const Catalog c = shipped();
    EXPECT_EQ(c.name(), QStringLiteral("fiswg-face"));
    EXPECT_EQ(c.version(), QStringLiteral("1.1.0"));
    EXPECT_EQ(c.sha256().size(), 64);
    const QStringList ids = {"skin",     "outline",      "composition", "hair",        "forehead",
                             "eyebrows", "eyes",         "cheeks",      "nose",        "ears",
                             "mouth",    "chin",         "neck",        "facial-hair", "facial-lines",
                             "scars",    "facial-marks", "alterations", "other"};
    const QStringList names = {"Skin",
                               "Face/Head Outline",
                               "Face/Head Composition",
                               "Hair",
                               "Forehead",
                               "Eyebrows",
                               "Eyes",
                               "Cheeks",
                               "Nose",
                               "Ears",
                               "Mouth",
                               "Chin/Jawline",
                               "Neck",
                               "Facial Hair",
                               "Facial Lines",
                               "Scars",
                               "Facial Marks",
                               "Alterations",
                               "Other"};
    EXPECT_EQ(c.componentIds(), ids);
    for (int i = 0; i < ids.size(); ++i)
        EXPECT_EQ(c.componentName(ids[i]), names[i]);
    // Every component contributes at least one characteristic.
    QSet<QString> used;
    for (const DescriptorGroup& g : c.groups())
        used.insert(g.component);
    EXPECT_EQ(used.size(), 19);
}

TEST(FiswgCatalog, DescriptorsAreWellFormed)
{
    const Catalog c = shipped();
    EXPECT_GE(c.descriptors().size(), 130);
    QSet<QString> ids;
    for (int i = 0; i < c.descriptors().size(); ++i) {
        const Descriptor& d = c.descriptors()[i];
        ids.insert(d.id);
        EXPECT_EQ(c.indexOf(d.id), i);
        EXPECT_FALSE(d.text.trimmed().isEmpty()) << d.id.toStdString();
        EXPECT_GE(d.prompts.size(), 1) << d.id.toStdString();
        EXPECT_LE(d.prompts.size(), 3) << d.id.toStdString();
        for (const QString& p : d.prompts)
            EXPECT_GE(p.trimmed().size(), 10) << d.id.toStdString();
        ASSERT_GE(d.group, 0);
        EXPECT_TRUE(c.groups()[d.group].descriptors.contains(i));
        EXPECT_EQ(d.component, c.groups()[d.group].component);
    }
    EXPECT_EQ(ids.size(), c.descriptors().size());
    for (const DescriptorGroup& g : c.groups()) {
        EXPECT_GE(g.descriptors.size(), 2) << g.id.toStdString();
        EXPECT_LE(g.descriptors.size(), 5) << g.id.toStdString();
        if (g.quantity.isEmpty()) {
            for (int i : g.descriptors)
                EXPECT_FALSE(c.descriptors()[i].hasGrade) << c.descriptors()[i].id.toStdString();
        }
    }
}

TEST(FiswgCatalog, HasExactlyTheMeasuredQuantities)
{
    const Catalog c = shipped();
    const std::map<QString, QString> expected = {{"face.elongation", "outline"},
                                                 {"face.taper", "outline"},
                                                 {"comp.lower_third", "composition"},
                                                 {"comp.middle_third", "composition"},
                                                 {"comp.asymmetry", "composition"},
                                                 {"brow.arch", "eyebrows"},
                                                 {"brow.slope", "eyebrows"},
                                                 {"brow.eye_gap", "eyebrows"},
                                                 {"brow.length", "eyebrows"},
                                                 {"brow.gap", "eyebrows"},
                                                 {"eyes.openness", "eyes"},
                                                 {"eyes.width", "eyes"},
                                                 {"eyes.spacing", "eyes"},
                                                 {"eyes.tilt", "eyes"},
                                                 {"cheeks.contour", "cheeks"},
                                                 {"nose.width", "nose"},
                                                 {"nose.length", "nose"},
                                                 {"nose.tip", "nose"},
                                                 {"mouth.width", "mouth"},
                                                 {"mouth.upper_lip", "mouth"},
                                                 {"mouth.lower_lip", "mouth"},
                                                 {"mouth.corners", "mouth"},
                                                 {"mouth.philtrum", "mouth"},
                                                 {"chin.width", "chin"},
                                                 {"chin.height", "chin"},
                                                 {"chin.angle", "chin"}};
    ASSERT_EQ(expected.size(), 26u);
    // Catalog 1.1.0 measures more (regions, expression, pose: test_catalog_quantities); these 26 landmark
    // characteristics keep their graded scales.
    ASSERT_GE(c.quantities().size(), 26);
    for (const auto& [quantity, component] : expected) {
        const int gi = c.groupIndexOfQuantity(quantity);
        ASSERT_GE(gi, 0) << quantity.toStdString();
        const DescriptorGroup& g = c.groups()[gi];
        EXPECT_EQ(g.id, quantity);
        EXPECT_EQ(g.component, component) << quantity.toStdString();
        EXPECT_FALSE(g.definition.isEmpty());
        ASSERT_EQ(g.descriptors.size(), 3) << quantity.toStdString();
        const double grades[3] = {-1.2, 0.0, 1.2};
        for (int k = 0; k < 3; ++k) {
            const Descriptor& d = c.descriptors()[g.descriptors[k]];
            EXPECT_TRUE(d.hasGrade) << d.id.toStdString();
            EXPECT_DOUBLE_EQ(d.grade, grades[k]) << d.id.toStdString();
        }
    }
}

TEST(FiswgCatalog, GradeDirectionsMatchTheQuantities)
{
    // Low quantity value = grade -1.2: spot-check the descriptors whose direction is easiest to get wrong.
    const Catalog c = shipped();
    const std::map<QString, double> grades = {
        {"face.elongation.long", -1.2},     {"face.elongation.broad", 1.2},     {"face.taper.tapered", -1.2},
        {"face.taper.square", 1.2},         {"comp.asymmetry.symmetric", -1.2}, {"brow.slope.descending", -1.2},
        {"brow.eye_gap.low-set", -1.2},     {"brow.gap.close", -1.2},           {"eyes.openness.narrow", -1.2},
        {"eyes.width.small", -1.2},         {"eyes.spacing.wide-set", 1.2},     {"eyes.tilt.up-slanting", 1.2},
        {"cheeks.contour.hollow", -1.2},    {"nose.tip.upturned", -1.2},        {"nose.tip.drooping", 1.2},
        {"mouth.corners.downturned", -1.2}, {"mouth.upper_lip.thin", -1.2},     {"chin.width.narrow", -1.2},
        {"chin.angle.pointed", -1.2},       {"chin.angle.rounded", 1.2}};
    for (const auto& [id, grade] : grades) {
        const int i = c.indexOf(id);
        ASSERT_GE(i, 0) << id.toStdString();
        EXPECT_DOUBLE_EQ(c.descriptors()[i].grade, grade) << id.toStdString();
    }
}

TEST(FiswgCatalog, CompiledCopyMatchesSourceTree)
{
    const QString source = QStringLiteral(DESCRY_TEST_SOURCE_DIR "/descriptors/fiswg-face.json");
    auto fromSource = Catalog::load(source);
    ASSERT_TRUE(fromSource.ok()) << fromSource.error().toString().toStdString();
    QFile file(source);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto reparsed = Catalog::parse(file.readAll(), QStringLiteral("fiswg-face.json"));
    ASSERT_TRUE(reparsed.ok());
    EXPECT_EQ(shipped().sha256(), fromSource->sha256()) << "rebuild: resources/core.qrc embeds a stale catalog";
    EXPECT_EQ(reparsed->sha256(), fromSource->sha256());
}
