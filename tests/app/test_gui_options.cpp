// The desktop application's command line: --help and --version print and exit without opening a window.
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>
#include <gtest/gtest.h>

namespace {

struct GuiRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the descry binary; a GUI that opened its window instead would still run after `timeoutMs` (then killed).
GuiRun runGui(const QStringList& args, const QString& platform, int timeoutMs = 30000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESCRY_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DESCRY_GUI_PATH), args);
    GuiRun run;
    run.finished = p.waitForFinished(timeoutMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished();
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace

TEST(GuiOptions, HelpPrintsUsageAndExits)
{
    const GuiRun run = runGui({QStringLiteral("--help")}, QStringLiteral("offscreen"));
    ASSERT_TRUE(run.finished) << "descry --help opened the application instead of printing help";
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("usage: descry [CASE]"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("--check"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("--version"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("descry-cli"))) << run.out.toStdString();
}

TEST(GuiOptions, VersionNeedsNoDisplay)
{
    // A window-system plugin that cannot start here: --version must not need it.
    const GuiRun run = runGui({QStringLiteral("--version")}, QStringLiteral("no-such-platform"));
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QRegularExpression(QStringLiteral("^descry \\d+\\.\\d+")))) << run.out.toStdString();
}

TEST(GuiOptions, UnknownOptionIsAUsageError)
{
    const GuiRun run = runGui({QStringLiteral("--no-such-option")}, QStringLiteral("offscreen"));
    ASSERT_TRUE(run.finished) << "descry --no-such-option opened the application";
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no-such-option"))) << run.err.toStdString();
}
