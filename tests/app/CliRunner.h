#pragma once
// Runs the real descry-cli as a user would, for the app tests.

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <gtest/gtest.h>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `extraEnv`: variables added to (or replacing) the test's own environment. The CLI speaks English whatever the
// locale the tests run in (DESCRY_LANG=en) unless `extraEnv` chooses otherwise; an empty DESCRY_LANG leaves the
// choice to LANGUAGE, LC_ALL, LC_MESSAGES and LANG.
inline CliRun runProgram(const QString& program, const QStringList& args,
                         const QList<QPair<QString, QString>>& extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESCRY_LANG"), QStringLiteral("en"));
    for (const auto& [name, value] : extraEnv)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(600000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

inline CliRun runCli(const QStringList& args, const QList<QPair<QString, QString>>& extraEnv = {})
{
    return runProgram(QStringLiteral(DESCRY_CLI_PATH), args, extraEnv);
}

// descry-cli with the fake encoders of tests/support registered (packs written by writeFakeFacePack).
inline CliRun runFakeCli(const QStringList& args, const QList<QPair<QString, QString>>& extraEnv = {})
{
    return runProgram(QStringLiteral(DESCRY_FAKE_CLI_PATH), args, extraEnv);
}
