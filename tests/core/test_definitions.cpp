// The definitions behind the GUI's tooltips and details pane (issue 14, point 5): every FISWG component and
// characteristic of the face catalog has one, in the four languages of the GUI.
#include "core/descriptors/Catalog.h"
#include "core/descriptors/Definitions.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace descry;

TEST(Definitions, EveryComponentAndCharacteristicOfTheCatalogIsDefinedInFourLanguages)
{
    auto catalog = Catalog::load(QStringLiteral(DESCRY_TEST_SOURCE_DIR "/descriptors/fiswg-face.json"));
    ASSERT_TRUE(catalog) << catalog.error().toString().toStdString();
    const Definitions& d = Definitions::builtIn();
    QSet<QString> components;
    for (const DescriptorGroup& g : catalog->groups()) {
        components.insert(g.component);
        for (const char* language : {"en", "de", "fr", "es"}) {
            EXPECT_FALSE(d.characteristic(g.id, QLatin1String(language)).isEmpty()) << g.id.toStdString() << language;
            EXPECT_FALSE(d.component(g.component, QLatin1String(language)).isEmpty()) << g.component.toStdString();
        }
    }
    EXPECT_EQ(d.characteristicCount(), catalog->groups().size()) << "no definition of something the catalog lacks";
    EXPECT_EQ(d.componentCount(), components.size());
    EXPECT_GE(components.size(), 19);
    // An unknown language falls back to English; an unknown id has none.
    const QString id = catalog->groups().constFirst().id;
    EXPECT_EQ(d.characteristic(id, QStringLiteral("xx")), d.characteristic(id, QStringLiteral("en")));
    EXPECT_NE(d.characteristic(id, QStringLiteral("de")), d.characteristic(id, QStringLiteral("en")));
    EXPECT_TRUE(d.characteristic(QStringLiteral("no.such")).isEmpty());
}
