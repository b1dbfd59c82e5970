// What an installation relies on beyond the commands themselves: `descry --check` (a photo pair through the GUI's
// inference service, a case file opened as a double-click would), `compare --case`, and the man pages and bash
// completion generated from the option declarations.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

QString defaultPack()
{
    return QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/packs/face-default");
}

QString demoPhoto(int n)
{
    return QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/assets/face-api/demo/sample%1.jpg").arg(n);
}

bool ready()
{
    return QFileInfo::exists(defaultPack() + QStringLiteral("/manifest.json")) && QFileInfo::exists(demoPhoto(1));
}

CliRun runGui(const QStringList& args)
{
    return runProgram(QStringLiteral(DESCRY_GUI_PATH), args,
                      {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
}

QString text(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

TEST(InstalledPrograms, CheckComparesThroughTheGuisInferenceServiceAndExits)
{
    if (!ready())
        GTEST_SKIP() << "needs the assembled face-default pack and the fetched assets (packaging/setup.sh)";
    const CliRun r =
        runGui({QStringLiteral("--check"), QStringLiteral("--probe"), demoPhoto(4), QStringLiteral("--reference"),
                demoPhoto(5), QStringLiteral("--repeat"), QStringLiteral("3")});
    ASSERT_EQ(r.exitCode, 0) << text(r.err).toStdString();
    const QString out = text(r.out);
    EXPECT_TRUE(
        out.contains(QRegularExpression(QStringLiteral("check: run 1/3: \\S.*, score 0\\.\\d{4} \\(threshold "))))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("check: run 3/3"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QRegularExpression(QStringLiteral("3 comparisons in .* \\(growth -?\\d+\\.\\d\\d %\\)"))))
        << out.toStdString();
}

TEST(InstalledPrograms, CheckNamesAPhotoThatCannotBeOpened)
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.jpg"));
    QFile f(broken);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a photo");
    f.close();
    const CliRun r = runGui(
        {QStringLiteral("--check"), QStringLiteral("--probe"), broken, QStringLiteral("--reference"), demoPhoto(1)});
    EXPECT_EQ(r.exitCode, 2);
    const QStringList lines =
        text(r.err).split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^check: ")));
    ASSERT_EQ(lines.size(), 1) << text(r.err).toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("check: ") + broken + QStringLiteral(": not an image file")))
        << lines[0].toStdString();
    EXPECT_EQ(lines[0].count(broken), 1) << "the file named once: " << lines[0].toStdString();
}

TEST(InstalledPrograms, CheckNeedsACaseOrBothPhotos)
{
    const CliRun r = runGui({QStringLiteral("--check"), QStringLiteral("--probe"), demoPhoto(1)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(text(r.err).contains(QStringLiteral("--check needs a CASE or --probe and --reference")))
        << text(r.err).toStdString();
}

TEST(InstalledPrograms, CompareSavesANewCaseThatTheDesktopOpensAndNeverReplacesOne)
{
    if (!ready())
        GTEST_SKIP() << "needs the assembled face-default pack and the fetched assets (packaging/setup.sh)";
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("first.descry"));
    const CliRun c =
        runCli({QStringLiteral("compare"), demoPhoto(4), demoPhoto(5), QStringLiteral("--case"), casePath});
    ASSERT_EQ(c.exitCode, 0) << c.err.toStdString();
    const CliRun v = runCli({QStringLiteral("case"), QStringLiteral("verify"), casePath, QStringLiteral("--json")});
    EXPECT_EQ(v.exitCode, 0) << v.out.toStdString() << v.err.toStdString();

    const CliRun open = runGui({QStringLiteral("--check"), casePath});
    EXPECT_EQ(open.exitCode, 0) << text(open.err).toStdString();
    EXPECT_TRUE(text(open.out).contains(QStringLiteral("in the Face comparison workspace")))
        << text(open.out).toStdString();

    // A second compare must not replace the first case: its bytes stay the same.
    QFile before(casePath);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const CliRun again =
        runCli({QStringLiteral("compare"), demoPhoto(4), demoPhoto(5), QStringLiteral("--case"), casePath});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(text(again.err).contains(casePath)) << again.err.toStdString();
    QFile after(casePath);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), bytes);
}

TEST(InstalledPrograms, CheckRefusesAFileThatIsNotACaseNamingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hand-edited.descry"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"descry-case/3\", \"task\": \"face-verification\"}");
    f.close();
    const CliRun r = runGui({QStringLiteral("--check"), path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(text(r.err).contains(path)) << text(r.err).toStdString();
}

TEST(InstalledPrograms, TheManPagesDescribeEveryCommandAndOptionTheParsersAccept)
{
    const CliRun help = runCli({QStringLiteral("help"), QStringLiteral("--json")});
    ASSERT_EQ(help.exitCode, 0);
    const QJsonArray commands = QJsonDocument::fromJson(help.out).object()[QStringLiteral("commands")].toArray();
    ASSERT_GT(commands.size(), 20);
    const CliRun page = runCli({QStringLiteral("manpage")});
    ASSERT_EQ(page.exitCode, 0) << page.err.toStdString();
    const QString man = text(page.out);
    EXPECT_TRUE(man.startsWith(QStringLiteral(".TH DESCRY\\-CLI 1 "))) << man.left(80).toStdString();
    for (const QJsonValue& c : commands) {
        const QJsonObject command = c.toObject();
        const QString name = command[QStringLiteral("name")].toString();
        EXPECT_TRUE(man.contains(
            QStringLiteral(".SS \"%1\"").arg(QString(name).replace(QLatin1Char('-'), QStringLiteral("\\-")))))
            << name.toStdString();
        for (const QJsonValue& o : command[QStringLiteral("options")].toArray()) {
            const QString option =
                o.toObject()[QStringLiteral("name")].toString().replace(QLatin1Char('-'), QStringLiteral("\\-"));
            EXPECT_TRUE(man.contains(QStringLiteral("\\fB\\-\\-%1\\fR").arg(option)) ||
                        man.contains(QStringLiteral("\\-h, \\-\\-%1").arg(option)))
                << name.toStdString() << " --" << option.toStdString();
        }
    }
    const CliRun gui = runCli({QStringLiteral("manpage"), QStringLiteral("descry")});
    ASSERT_EQ(gui.exitCode, 0);
    for (const char* option : {"\\-\\-check", "\\-\\-probe", "\\-\\-reference", "\\-\\-repeat", "CASE"})
        EXPECT_TRUE(text(gui.out).contains(QLatin1String(option))) << option;
    const CliRun bad = runCli({QStringLiteral("manpage"), QStringLiteral("descry-gui")});
    EXPECT_EQ(bad.exitCode, 1);
}

TEST(InstalledPrograms, TheManPagesFormatWithoutGroffWarnings)
{
    if (QStandardPaths::findExecutable(QStringLiteral("groff")).isEmpty())
        GTEST_SKIP() << "groff is not installed";
    for (const QString& program : {QStringLiteral("descry-cli"), QStringLiteral("descry")}) {
        const CliRun page = runCli({QStringLiteral("manpage"), program});
        ASSERT_EQ(page.exitCode, 0);
        QProcess groff;
        groff.start(QStringLiteral("groff"), {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z")});
        ASSERT_TRUE(groff.waitForStarted());
        groff.write(page.out);
        groff.closeWriteChannel();
        ASSERT_TRUE(groff.waitForFinished(60000));
        EXPECT_EQ(groff.exitCode(), 0);
        EXPECT_TRUE(groff.readAllStandardError().isEmpty()) << program.toStdString();
    }
}

TEST(InstalledPrograms, BashCompletionCompletesCommandsSubcommandsOptionsAndChoices)
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("descry-cli"));
    const CliRun c = runCli({QStringLiteral("completion"), QStringLiteral("--out"), script});
    ASSERT_EQ(c.exitCode, 0) << c.err.toStdString();
    const auto complete = [&](const QString& function, const QStringList& words) {
        QStringList quoted;
        for (const QString& w : words)
            quoted << QStringLiteral("'%1'").arg(w);
        const QString program = QStringLiteral("source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; %4; "
                                               "printf '%s\\n' \"${COMPREPLY[@]}\"")
                                    .arg(script, quoted.join(QLatin1Char(' ')))
                                    .arg(words.size() - 1)
                                    .arg(function);
        const CliRun r = runProgram(QStringLiteral("bash"), {QStringLiteral("-c"), program});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return text(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    EXPECT_EQ(complete(QStringLiteral("_descry_cli"), {QStringLiteral("descry-cli"), QStringLiteral("comp")}),
              (QStringList{QStringLiteral("compare"), QStringLiteral("completion")}));
    EXPECT_EQ(complete(QStringLiteral("_descry_cli"),
                       {QStringLiteral("descry-cli"), QStringLiteral("pack"), QStringLiteral("ver")}),
              QStringList{QStringLiteral("verify")});
    EXPECT_TRUE(complete(QStringLiteral("_descry_cli"),
                         {QStringLiteral("descry-cli"), QStringLiteral("compare"), QStringLiteral("--re")})
                    .contains(QStringLiteral("--report")));
    EXPECT_EQ(complete(QStringLiteral("_descry_cli"), {QStringLiteral("descry-cli"), QStringLiteral("completion"),
                                                       QStringLiteral("--shell"), QString()}),
              QStringList{QStringLiteral("bash")});
    EXPECT_TRUE(complete(QStringLiteral("_descry"), {QStringLiteral("descry"), QStringLiteral("--ch")})
                    .contains(QStringLiteral("--check")));
}

TEST(InstalledPrograms, UnderAWrapperTheProgramRunsInsteadOfRestartingTheWrapper)
{
    // Without OMP_WAIT_POLICY the programs re-execute themselves once; started by the dynamic loader (as valgrind
    // and similar wrappers start them), /proc/self/exe is the loader, which must not be re-executed alone.
    const QString loader = QStringLiteral("/lib64/ld-linux-x86-64.so.2");
    if (!QFileInfo::exists(loader))
        GTEST_SKIP() << "no " << loader.toStdString();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OMP_WAIT_POLICY"));
    env.remove(QStringLiteral("OPENBLAS_CORETYPE"));
    p.setProcessEnvironment(env);
    p.start(loader, {QStringLiteral(DESCRY_CLI_PATH), QStringLiteral("--version")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).startsWith(QStringLiteral("descry-cli ")))
        << "the loader ran instead";
}

// Regression: under valgrind, readlink("/proc/self/exe") names the program but execv("/proc/self/exe") starts
// valgrind's tool alone ("valgrind: You cannot run '...descry-cli' directly"), so `valgrind descry-cli` never ran.
TEST(InstalledPrograms, UnderValgrindTheProgramRuns)
{
#ifdef DESCRY_SANITIZED
    GTEST_SKIP() << "valgrind cannot run sanitizer-instrumented programs";
#endif
    const QString valgrind = QStandardPaths::findExecutable(QStringLiteral("valgrind"));
    if (valgrind.isEmpty())
        GTEST_SKIP() << "valgrind is not installed";
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OMP_WAIT_POLICY"));
    env.remove(QStringLiteral("OPENBLAS_CORETYPE"));
    p.setProcessEnvironment(env);
    p.start(valgrind, {QStringLiteral("--tool=none"), QStringLiteral("-q"), QStringLiteral(DESCRY_CLI_PATH),
                       QStringLiteral("--version")});
    ASSERT_TRUE(p.waitForFinished(300000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).startsWith(QStringLiteral("descry-cli ")))
        << "valgrind's tool ran instead";
}
