#include "core/common/Log.h"

#include <QStringList>
#include <gtest/gtest.h>

using namespace descry;

namespace {
QStringList g_captured;
void capture(QtMsgType, const QMessageLogContext& ctx, const QString& msg)
{
    g_captured << QString::fromLatin1(ctx.category) + QLatin1Char(' ') + msg;
}
} // namespace

TEST(Log, DefaultLevelHidesPatientData)
{
    g_captured.clear();
    auto previous = qInstallMessageHandler(capture);
    log::init(log::Level::Info, /*revealSensitive=*/true); // reveal is ignored below Debug
    const QString patient = QStringLiteral("DOE^JANE MRN 0012345");
    const QString path = QStringLiteral("/cases/Jane Doe/probe.jpg");
    qCInfo(lcCore).noquote() << "loaded" << sensitive(path) << "for" << sensitive(patient);
    qCDebug(lcCore).noquote() << "debug detail" << sensitive(patient);
    qInstallMessageHandler(previous);

    ASSERT_EQ(g_captured.size(), 1) << "debug messages must be off at the default level";
    const QString line = g_captured.front();
    EXPECT_FALSE(line.contains(QStringLiteral("JANE"))) << line.toStdString();
    EXPECT_FALSE(line.contains(QStringLiteral("Jane"))) << line.toStdString();
    EXPECT_FALSE(line.contains(QStringLiteral("0012345")));
    EXPECT_TRUE(line.contains(QStringLiteral("[redacted:")));
    // The fingerprint is stable, so two log lines about the same file can be correlated.
    EXPECT_EQ(sensitive(path), sensitive(path));
    EXPECT_NE(sensitive(path), sensitive(patient));
}

TEST(Log, RevealOnlyWithDebugAndExplicitSwitch)
{
    g_captured.clear();
    auto previous = qInstallMessageHandler(capture);
    log::init(log::Level::Debug, true);
    qCDebug(lcCore).noquote() << "detail" << sensitive(QStringLiteral("DOE^JANE"));
    log::init(log::Level::Debug, false);
    qCDebug(lcCore).noquote() << "detail" << sensitive(QStringLiteral("DOE^JANE"));
    log::init(log::Level::Warning);
    qCInfo(lcCore) << "info is off at warning level";
    qInstallMessageHandler(previous);
    log::init();

    ASSERT_EQ(g_captured.size(), 2);
    EXPECT_TRUE(g_captured[0].contains(QStringLiteral("DOE^JANE")));
    EXPECT_FALSE(g_captured[1].contains(QStringLiteral("DOE^JANE")));
}
