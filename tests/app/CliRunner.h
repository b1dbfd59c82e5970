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

// `extraEnv`: variables added to (or replacing) the test's own environment.
inline CliRun runCli(const QStringList& args, const QList<QPair<QString, QString>>& extraEnv = {})
{
    QProcess p;
    if (!extraEnv.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto& [name, value] : extraEnv)
            env.insert(name, value);
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(DESCRY_CLI_PATH), args);
    EXPECT_TRUE(p.waitForFinished(600000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
