// descry-cli speaks the user's language: the translations embedded in the CLI, chosen by DESCRY_LANG or else by
// the locale of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); English when no translation matches.
#include <gtest/gtest.h>

#include "app/CliRunner.h"

namespace {

using Env = QList<QPair<QString, QString>>;

// The environment with every language variable cleared (LANG=C.UTF-8), then `set` on top: only `set` chooses.
Env languageEnv(const Env& set)
{
    Env env{{QStringLiteral("DESCRY_LANG"), QString()},
            {QStringLiteral("LANGUAGE"), QString()},
            {QStringLiteral("LC_ALL"), QString()},
            {QStringLiteral("LC_MESSAGES"), QString()},
            {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}};
    return env + set;
}

// `compare --bogus`: a one-line usage error (exit code 1), nothing on stdout.
CliRun unknownOption(const Env& set)
{
    return runCli({QStringLiteral("compare"), QStringLiteral("--bogus")}, languageEnv(set));
}

void expectUsageError(const CliRun& r, const QByteArray& line)
{
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(line)) << r.err.toStdString() << " does not start with " << line.toStdString();
}

const QByteArray kEnglish = "descry-cli: error: compare: unknown option '--bogus' (usage: descry-cli compare ";
const QByteArray kGerman = "descry-cli: Fehler: compare: unbekannte Option '--bogus' (Aufruf: descry-cli compare ";

} // namespace

TEST(CliTranslation, EnglishByDefault)
{
    expectUsageError(unknownOption({}), kEnglish);
}

TEST(CliTranslation, GermanUsageErrorFromLang)
{
    expectUsageError(unknownOption({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}}), kGerman);
}

TEST(CliTranslation, DescryLangOverridesTheLocale)
{
    expectUsageError(unknownOption({{QStringLiteral("DESCRY_LANG"), QStringLiteral("de")}}), kGerman);
    expectUsageError(unknownOption({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                    {QStringLiteral("DESCRY_LANG"), QStringLiteral("en")}}),
                     kEnglish);
}

TEST(CliTranslation, FrenchAndSpanishFromLcAllAndLcMessages)
{
    expectUsageError(unknownOption({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                    {QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8")}}),
                     "descry-cli : erreur : compare : option inconnue '--bogus' (utilisation : descry-cli compare ");
    expectUsageError(unknownOption({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                    {QStringLiteral("LC_MESSAGES"), QStringLiteral("es_ES.UTF-8")}}),
                     "descry-cli: error: compare: opción desconocida '--bogus' (uso: descry-cli compare ");
}

TEST(CliTranslation, LanguageWithoutTranslationOrCLocaleStaysEnglish)
{
    expectUsageError(unknownOption({{QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8")}}), kEnglish);
    expectUsageError(unknownOption({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                    {QStringLiteral("LC_ALL"), QStringLiteral("C")}}),
                     kEnglish);
}

TEST(CliTranslation, HelpAndCoreMessagesAreTranslatedToo)
{
    const Env german{{QStringLiteral("DESCRY_LANG"), QStringLiteral("de")}};
    const CliRun help = runCli({QStringLiteral("compare"), QStringLiteral("--help")}, languageEnv(german));
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.startsWith("Aufruf: descry-cli compare ")) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains("\nOptionen:\n")) << help.out.toStdString();
    // A core error (context "descry", Tr::tr in core/pack) through the CLI.
    const CliRun pack = runCli({QStringLiteral("pack"), QStringLiteral("info"), QStringLiteral("/nonexistent-pack")},
                               languageEnv(german));
    EXPECT_NE(pack.exitCode, 0);
    EXPECT_TRUE(pack.err.startsWith("descry-cli: Fehler: ")) << pack.err.toStdString();
    EXPECT_TRUE(pack.err.contains("Modellpaket nicht gefunden")) << pack.err.toStdString();
}
