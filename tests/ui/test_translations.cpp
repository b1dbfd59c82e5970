// The German, French and Spanish translations: complete, placeholder-consistent and embedded in the build.
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTranslator>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

#include <algorithm>

using namespace descry::ui;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one entry, or one per numerus form
    bool unfinished = false;
};

// Every <message> of a Qt Linguist .ts file.
QList<TsMessage> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append(TsMessage{context, {}, {}, false});
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            TsMessage& m = messages.last();
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            m.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("obsolete") ||
                           type == QLatin1String("vanished");
            // Either plain text or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    m.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (m.translations.isEmpty())
                m.translations << text;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The sorted placeholders %1..%9 and %n of a text.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%([1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

class TranslationFile : public ::testing::TestWithParam<const char*>
{
};

} // namespace

TEST_P(TranslationFile, IsCompleteAndKeepsPlaceholders)
{
    const QString path =
        QStringLiteral(DESCRY_TEST_SOURCE_DIR "/translations/descry_%1.ts").arg(QLatin1String(GetParam()));
    QString error;
    const QList<TsMessage> messages = readTs(path, &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(path) << ": " << qPrintable(error);
    ASSERT_GT(messages.size(), 400) << "too few messages in " << qPrintable(path);

    for (const TsMessage& m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        EXPECT_FALSE(m.unfinished) << "unfinished: " << qPrintable(where);
        for (const QString& t : m.translations) {
            EXPECT_FALSE(t.trimmed().isEmpty()) << "empty translation: " << qPrintable(where);
            EXPECT_EQ(placeholders(t), placeholders(m.source)) << qPrintable(where) << " -> " << qPrintable(t);
            EXPECT_EQ(t.count(QLatin1Char('&')), m.source.count(QLatin1Char('&')))
                << "accelerator: " << qPrintable(where) << " -> " << qPrintable(t);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationFile, ::testing::Values("de", "fr", "es"));

TEST(Translations, GermanIsEmbeddedAndTranslatesTheMainWindow)
{
    auto* app = QCoreApplication::instance();
    ASSERT_NE(app, nullptr);
    ASSERT_TRUE(installTranslations(*app, QStringLiteral("de")));
    EXPECT_EQ(QCoreApplication::translate("descry::ui::MainWindow", "Face comparison"),
              QStringLiteral("Gesichtsvergleich"));
    // A core error message (context "descry") and a report string (context "descry-report").
    EXPECT_EQ(QCoreApplication::translate("descry", "file not found"), QStringLiteral("Datei nicht gefunden"));
    EXPECT_EQ(QCoreApplication::translate("descry-report", "Page %1 of %2"), QStringLiteral("Seite %1 von %2"));
    EXPECT_EQ(QCoreApplication::translate("descry", "%n problem(s) found.", nullptr, 3),
              QStringLiteral("3 Probleme gefunden."));
    // Qt's own strings (standard buttons) come from qtbase_de.qm when the qt6-translations-l10n package is installed.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
        EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }
    {
        MainWindow window;
        EXPECT_EQ(window.workspaces()->tabText(0), QStringLiteral("Gesichtsvergleich"));
        EXPECT_EQ(window.workspaces()->tabText(1), QStringLiteral("Thorax-Röntgen"));
    }
    removeTranslations(*app);
    EXPECT_EQ(QCoreApplication::translate("descry::ui::MainWindow", "Face comparison"),
              QStringLiteral("Face comparison"));
}

TEST(Translations, FrenchAndSpanishAreEmbedded)
{
    auto* app = QCoreApplication::instance();
    ASSERT_TRUE(installTranslations(*app, QStringLiteral("fr")));
    EXPECT_EQ(QCoreApplication::translate("descry::ui::MainWindow", "Face comparison"),
              QStringLiteral("Comparaison faciale"));
    ASSERT_TRUE(installTranslations(*app, QStringLiteral("es"))); // replaces the French translator
    EXPECT_EQ(QCoreApplication::translate("descry::ui::MainWindow", "Face comparison"),
              QStringLiteral("Comparación facial"));
    removeTranslations(*app);
}

TEST(Translations, EnglishNeedsNoTranslator)
{
    auto* app = QCoreApplication::instance();
    EXPECT_TRUE(installTranslations(*app, QStringLiteral("en")));
    EXPECT_TRUE(app->findChildren<QTranslator*>().isEmpty());
    EXPECT_FALSE(installTranslations(*app, QStringLiteral("ja"))); // no Japanese translation: stays English
    EXPECT_EQ(QCoreApplication::translate("descry::ui::MainWindow", "Face comparison"),
              QStringLiteral("Face comparison"));
    removeTranslations(*app);
}
