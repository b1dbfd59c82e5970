// Kill -9 at random moments while a case is saved, a report exported and a pack written (descry-crash-writer):
// the target is always a complete, valid file or pack, and temporaries a killed process leaves are swept by the
// next write to the same folder. Runs without ../shared (fake pack, generated photos).
#include "FakeEncoders.h"

#include "core/casefile/CaseFile.h"
#include "core/common/AtomicFile.h"
#include "core/face/FaceModel.h"
#include "core/pack/ModelPack.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

#include <csignal>
#include <functional>
#include <iostream>
#include <random>

#include <signal.h>

using namespace descry;

namespace {

constexpr int kKillsPerMode = 25;

// The temporaries (names with kTemporaryMarker) in `folder`.
QStringList temporaries(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*") + QLatin1String(kTemporaryMarker) + QStringLiteral("*")},
                                  QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// The pid in a temporary's name ("<.name>.descry-tmp-<pid>-<random>").
qint64 ownerOf(const QString& name)
{
    const QString rest = name.mid(name.indexOf(QLatin1String(kTemporaryMarker)) + qsizetype(strlen(kTemporaryMarker)));
    return rest.section(QLatin1Char('-'), 0, 0).toLongLong();
}

// What one kill did.
struct KillOutcome
{
    qint64 pid = 0;
    bool killed = false; // false: the writer had already stopped (it never should, it writes forever)
};

class KillWrites : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_fixture = m_dir.filePath(QStringLiteral("fixture"));
        ASSERT_TRUE(QDir().mkpath(m_fixture));
        auto pack = fakes::writeFakeFacePack(QDir(m_fixture).filePath(QStringLiteral("pack")));
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        m_out = m_dir.filePath(QStringLiteral("out"));
        ASSERT_TRUE(QDir().mkpath(m_out));
    }

    // Runs the writer for `count` writes (0: forever); with a kill, SIGKILLs it `delayMs` after its first write.
    KillOutcome runWriter(const QString& mode, const QString& target, int count, int delayMs)
    {
        QProcess p;
        p.setProgram(QStringLiteral(DESCRY_CRASH_WRITER_PATH));
        p.setArguments({mode, target, QString::number(count), m_fixture});
        p.start();
        EXPECT_TRUE(p.waitForStarted(10000));
        KillOutcome outcome{p.processId(), false};
        if (count > 0) {
            EXPECT_TRUE(p.waitForFinished(60000));
            EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
            return outcome;
        }
        while (!p.readAllStandardOutput().contains("ready") && p.state() == QProcess::Running)
            p.waitForReadyRead(100);
        QThread::msleep(delayMs);
        if (p.state() == QProcess::Running) {
            outcome.killed = ::kill(pid_t(outcome.pid), SIGKILL) == 0;
        }
        EXPECT_TRUE(p.waitForFinished(10000));
        EXPECT_EQ(p.exitStatus(), QProcess::CrashExit) << p.readAllStandardError().toStdString();
        return outcome;
    }

    // Kills the writer kKillsPerMode times at seeded random moments; after each kill `valid` must accept the
    // target, and the only temporaries left may be the just-killed process's own (older ones were swept by the
    // next write). Then one clean run and a final sweep leave no temporary at all.
    void killRepeatedly(const QString& mode, const QString& target, const std::function<void()>& valid)
    {
        const QString folder = QFileInfo(target).absolutePath();
        std::mt19937 rng(20261201u + uint32_t(qHash(mode)));
        std::uniform_int_distribution<int> delay(5, 300);
        runWriter(mode, target, 1, 0);
        ASSERT_NO_FATAL_FAILURE(valid());
        int leftTemporary = 0;
        QStringList delays;
        for (int k = 0; k < kKillsPerMode; ++k) {
            const int ms = delay(rng);
            delays << QString::number(ms);
            const KillOutcome kill = runWriter(mode, target, 0, ms);
            ASSERT_TRUE(kill.killed) << mode.toStdString() << ": writer stopped before the kill " << k;
            SCOPED_TRACE(mode.toStdString() + " kill " + std::to_string(k) + " after " + std::to_string(ms) + " ms");
            ASSERT_NO_FATAL_FAILURE(valid());
            const QStringList left = temporaries(folder);
            if (!left.isEmpty())
                ++leftTemporary;
            for (const QString& name : left)
                EXPECT_EQ(ownerOf(name), kill.pid) << name.toStdString() << " survived the next write's sweep";
        }
        runWriter(mode, target, 1, 0);
        ASSERT_NO_FATAL_FAILURE(valid());
        EXPECT_TRUE(temporaries(folder).isEmpty()) << temporaries(folder).join(QLatin1Char(' ')).toStdString();
        sweepStaleTemporaries(folder);
        EXPECT_TRUE(temporaries(folder).isEmpty());
        std::cout << "[ kill -9 ] " << mode.toStdString() << ": " << kKillsPerMode
                  << " kills (delays ms, seeded: " << delays.join(QLatin1Char(',')).toStdString() << "), "
                  << leftTemporary
                  << " left a temporary before the next write swept it; target valid after every kill\n";
        RecordProperty("kills_leaving_temporary", leftTemporary);
    }

    QTemporaryDir m_dir;
    QString m_fixture, m_out;
};

} // namespace

TEST_F(KillWrites, SaveCaseAlwaysLeavesAValidCase)
{
    const QString target = QDir(m_out).filePath(QStringLiteral("case.descry"));
    killRepeatedly(QStringLiteral("save-case"), target, [&] {
        auto opened = CaseFile::open(target);
        ASSERT_TRUE(opened) << opened.error().toString().toStdString();
        EXPECT_TRUE(opened->title().startsWith(QStringLiteral("crash-writer iteration ")));
    });
}

TEST_F(KillWrites, ExportReportAlwaysLeavesACompletePdf)
{
    const QString target = QDir(m_out).filePath(QStringLiteral("report.pdf"));
    killRepeatedly(QStringLiteral("export-report"), target, [&] {
        QFile f(target);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << target.toStdString();
        const QByteArray pdf = f.readAll();
        EXPECT_TRUE(pdf.startsWith("%PDF-")) << pdf.left(16).toStdString();
        EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF")) << pdf.right(16).toStdString();
        EXPECT_GT(pdf.size(), 10000);
    });
}

TEST_F(KillWrites, WritePackAlwaysLeavesAPackThatLoads)
{
    const QString target = QDir(m_out).filePath(QStringLiteral("face-fake"));
    killRepeatedly(QStringLiteral("write-pack"), target, [&] {
        QStringList warnings;
        const Status verified = verifyPack(target, &warnings);
        ASSERT_TRUE(verified) << verified.error().toString().toStdString();
        EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char(' ')).toStdString();
        auto model = FaceModel::open(target);
        ASSERT_TRUE(model) << model.error().toString().toStdString();
        EXPECT_TRUE(model->pack().manifest().provenance.contains(QStringLiteral("crash_writer_iteration")));
    });
}
