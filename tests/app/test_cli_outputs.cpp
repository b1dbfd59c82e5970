// Evidence-safe outputs, plain progress lines, verify-pairs' reasons and the compare text's notes (issue 9, defects
// 1, 9 and 10): descry-cli-fakes on generated packs and photos, so none of this needs ../shared.
#include "FakeEncoders.h"

#include "app/CliRunner.h"
#include "core/common/Hash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <unistd.h>

using namespace descry;

namespace {

class CliOutputs : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto pack = fakes::writeFakeFacePack(m_dir.filePath(QStringLiteral("face-fake")));
        ASSERT_TRUE(pack) << pack.error().toString().toStdString();
        m_pack = *pack;
        m_probe = photo(QStringLiteral("P.png"), 2, 0);
        m_reference = photo(QStringLiteral("R.png"), 2, 1);
        m_probeSha = *sha256File(m_probe);
        m_referenceSha = *sha256File(m_reference);
    }

    QString photo(const QString& name, int identity, int variant)
    {
        const QString p = m_dir.filePath(name);
        EXPECT_TRUE(fakes::writeFakeFacePhoto(p, identity, variant));
        return p;
    }

    CliRun compareWithReport(const QString& report, const QString& pack = {})
    {
        return runFakeCli({QStringLiteral("compare"), m_probe, m_reference, QStringLiteral("--pack"),
                           pack.isEmpty() ? m_pack : pack, QStringLiteral("--report"), report});
    }

    // The run was refused before any work: exit `code`, one stderr line naming `named`, nothing on stdout, and both
    // photos exactly as they were.
    void expectRefused(const CliRun& r, int code, const QString& named, const QByteArray& reason)
    {
        EXPECT_EQ(r.exitCode, code) << r.err.toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(named.toUtf8())) << r.err.toStdString() << " lacks " << named.toStdString();
        EXPECT_TRUE(r.err.contains(reason)) << r.err.toStdString() << " lacks " << reason.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        EXPECT_EQ(*sha256File(m_probe), m_probeSha);
        EXPECT_EQ(*sha256File(m_reference), m_referenceSha);
        EXPECT_TRUE(QImage(m_probe).size() == QSize(320, 400));
    }

    QString writePairs(const QString& name, const QStringList& lines)
    {
        const QString csv = m_dir.filePath(name);
        QFile f(csv);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write((lines.join(u'\n') + u'\n').toUtf8());
        return csv;
    }

    QString blackPhoto(const QString& name)
    {
        const QString p = m_dir.filePath(name);
        QImage black(200, 200, QImage::Format_RGB888);
        black.fill(Qt::black);
        EXPECT_TRUE(black.save(p));
        return p;
    }

    QTemporaryDir m_dir;
    QString m_pack, m_probe, m_reference, m_probeSha, m_referenceSha;
};

constexpr const char* kIsAnInput = "is an input of this run";

} // namespace

TEST_F(CliOutputs, ReportOverTheProbeOrTheReferenceIsRefusedAndThePhotoKept)
{
    expectRefused(compareWithReport(m_probe), 1, m_probe, kIsAnInput);
    expectRefused(compareWithReport(m_reference), 1, m_reference, kIsAnInput);
    EXPECT_TRUE(compareWithReport(m_probe).err.contains("it is never overwritten, choose another output file"));
}

TEST_F(CliOutputs, ReportThroughASymlinkAHardLinkOrADotDotPathIsRefused)
{
    const QString symlink = m_dir.filePath(QStringLiteral("link.pdf"));
    ASSERT_TRUE(QFile::link(m_probe, symlink));
    expectRefused(compareWithReport(symlink), 1, symlink, kIsAnInput);

    const QString hardlink = m_dir.filePath(QStringLiteral("hard.pdf"));
    ASSERT_EQ(::link(QFile::encodeName(m_reference).constData(), QFile::encodeName(hardlink).constData()), 0);
    expectRefused(compareWithReport(hardlink), 1, hardlink, kIsAnInput);

    ASSERT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral("x")));
    const QString dotdot = m_dir.path() + QStringLiteral("/./x/../P.png");
    expectRefused(compareWithReport(dotdot), 1, dotdot, kIsAnInput);
}

TEST_F(CliOutputs, OutputsAreCheckedBeforeAnyWork)
{
    // The pack does not exist: had the pack been opened first, this would be exit 3.
    expectRefused(compareWithReport(m_probe, m_dir.filePath(QStringLiteral("no-such-pack"))), 1, m_probe, kIsAnInput);
}

TEST_F(CliOutputs, ReportIntoThePackIsRefused)
{
    const QString manifest = QDir(m_pack).filePath(QStringLiteral("manifest.json"));
    const QString manifestSha = *sha256File(manifest);
    expectRefused(compareWithReport(manifest), 1, manifest, kIsAnInput);
    EXPECT_EQ(*sha256File(manifest), manifestSha);
}

TEST_F(CliOutputs, EmptyReportIsAUsageError)
{
    const CliRun r = runFakeCli({QStringLiteral("compare"), m_probe, m_reference, QStringLiteral("--pack"), m_pack,
                                 QStringLiteral("--report"), QString()});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("option '--report' needs a value (OUT.pdf), not an empty one")) << r.err.toStdString();
    const CliRun eq = runFakeCli({QStringLiteral("compare"), m_probe, m_reference, QStringLiteral("--report=")});
    EXPECT_EQ(eq.exitCode, 1) << eq.err.toStdString();
    const CliRun positional = runFakeCli({QStringLiteral("compare"), QString(), m_reference});
    EXPECT_EQ(positional.exitCode, 1) << positional.err.toStdString();
    EXPECT_TRUE(positional.err.contains("PROBE is empty")) << positional.err.toStdString();
}

TEST_F(CliOutputs, ReadOnlyExistingReportIsAnInputError)
{
    // Also when the tests run as root, whom the system would let write it.
    const QString report = m_dir.filePath(QStringLiteral("old.pdf"));
    QFile f(report);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("old report");
    f.close();
    ASSERT_TRUE(QFile::setPermissions(report, QFileDevice::ReadOwner));
    expectRefused(compareWithReport(report), 2, report, "read-only");
    QFile again(report);
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), QByteArray("old report"));
}

TEST_F(CliOutputs, ReportIntoAFolderOrAMissingFolderIsAnInputError)
{
    expectRefused(compareWithReport(m_dir.path()), 2, m_dir.path(), "is a folder");
    const QString missing = m_dir.filePath(QStringLiteral("nope/report.pdf"));
    expectRefused(compareWithReport(missing), 2, missing, "the folder does not exist");
}

TEST_F(CliOutputs, TrainingNeverWritesItsPackOverOrInsideOrAroundItsData)
{
    const QString data = m_dir.filePath(QStringLiteral("faces"));
    ASSERT_TRUE(QDir().mkpath(data + QStringLiteral("/set/person")));
    const QString face = data + QStringLiteral("/set/person/1.png");
    ASSERT_TRUE(fakes::writeFakeFacePhoto(face, 1));
    const QString faceSha = *sha256File(face);
    const auto train = [&](const QString& out) {
        return runFakeCli({QStringLiteral("train"), QStringLiteral("face"), QStringLiteral("--data"), data,
                           QStringLiteral("--out"), out});
    };
    struct Case
    {
        QString out;
        QByteArray reason;
    };
    for (const Case& c : {Case{data, kIsAnInput}, Case{data + QStringLiteral("/pack"), "is inside an input folder"},
                          Case{m_dir.path(), "contains an input of this run"}}) {
        const CliRun r = train(c.out);
        EXPECT_EQ(r.exitCode, 1) << c.out.toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.reason)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.out.toUtf8())) << r.err.toStdString();
    }
    EXPECT_EQ(*sha256File(face), faceSha);
    EXPECT_FALSE(QFileInfo::exists(data + QStringLiteral("/manifest.json")));
    EXPECT_FALSE(QFileInfo::exists(data + QStringLiteral("/pack")));
}

TEST_F(CliOutputs, RedirectedProgressIsPlainLinesAtTenPercentSteps)
{
    QStringList lines{QStringLiteral("path1,path2,same")};
    for (int i = 0; i < 40; ++i)
        lines << QStringLiteral("%1,%2,%3")
                     .arg(photo(QStringLiteral("a%1.png").arg(i), i % 7, i),
                          photo(QStringLiteral("b%1.png").arg(i), (i + i % 2) % 7, i + 100))
                     .arg(i % 2 == 0 ? 1 : 0);
    const QString csv = writePairs(QStringLiteral("many.csv"), lines);
    // QProcess gives the CLI a pipe, not a terminal: exactly what a redirected run sees.
    const CliRun r =
        runFakeCli({QStringLiteral("verify-pairs"), csv, QStringLiteral("--pack"), m_pack, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains('\r')) << r.err.toStdString();
    const QList<QByteArray> progress = r.err.trimmed().split('\n');
    EXPECT_GE(progress.size(), 10) << r.err.toStdString();
    EXPECT_LE(progress.size(), 12) << r.err.toStdString();
    EXPECT_TRUE(progress.last().contains("100%")) << r.err.toStdString();
    EXPECT_TRUE(progress.last().contains("80/80 images")) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("pairs")).toInt(), 40);
}

TEST_F(CliOutputs, VerifyPairsWithNoScorablePairExitsTwoWithTheReasons)
{
    const QString dark1 = blackPhoto(QStringLiteral("dark1.png")), dark2 = blackPhoto(QStringLiteral("dark2.png"));
    const QString csv = writePairs(QStringLiteral("dark.csv"),
                                   {QStringLiteral("path1,path2,same"), QStringLiteral("dark1.png,dark2.png,1"),
                                    QStringLiteral("dark2.png,dark1.png,0")});
    for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
        const CliRun r =
            runFakeCli(QStringList{QStringLiteral("verify-pairs"), csv, QStringLiteral("--pack"), m_pack} + extra);
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
        const QList<QByteArray> errLines = r.err.trimmed().split('\n');
        EXPECT_TRUE(errLines.last().contains("dark.csv")) << r.err.toStdString();
        EXPECT_TRUE(errLines.last().contains("no face found")) << r.err.toStdString();
        EXPECT_FALSE(r.out.contains("nan")) << r.out.toStdString();
        EXPECT_FALSE(r.out.contains("accuracy")) << r.out.toStdString();
    }
    // Regression (hostile re-run): a missing --root gave "file not found" for every image, never naming it.
    const QString missingRoot = m_dir.filePath(QStringLiteral("no-such-folder"));
    const CliRun r = runFakeCli(
        {QStringLiteral("verify-pairs"), csv, QStringLiteral("--pack"), m_pack, QStringLiteral("--root"), missingRoot});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(missingRoot.toUtf8() + ": --root: the folder does not exist")) << r.err.toStdString();
}

TEST_F(CliOutputs, VerifyPairsTextListsFailureReasonsWithCountsAndExamples)
{
    const QString dark = blackPhoto(QStringLiteral("dark.png"));
    QStringList lines{QStringLiteral("path1,path2,same")};
    for (int id = 0; id < 4; ++id) {
        lines << QStringLiteral("%1,%2,1").arg(photo(QStringLiteral("s%1a.png").arg(id), id, 0),
                                               photo(QStringLiteral("s%1b.png").arg(id), id, 1));
        lines << QStringLiteral("%1,%2,0").arg(photo(QStringLiteral("s%1a.png").arg(id), id, 0),
                                               photo(QStringLiteral("s%1b.png").arg((id + 1) % 4), (id + 1) % 4, 1));
    }
    lines << QStringLiteral("%1,dark.png,0").arg(m_probe) << QStringLiteral("dark.png,%1,1").arg(m_reference);
    const QString csv = writePairs(QStringLiteral("mixed.csv"), lines);
    const CliRun r = runFakeCli({QStringLiteral("verify-pairs"), csv, QStringLiteral("--pack"), m_pack});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QStringLiteral("8 pairs scored, 2 could not be scored"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Pairs that could not be scored, by reason:"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("no face found: 2 pair(s), e.g. "))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("dark.png"))) << out.toStdString();
    Q_UNUSED(dark);
}

TEST_F(CliOutputs, CompareTextPrintsNumbersWithFixedPrecision)
{
    const CliRun r = runFakeCli({QStringLiteral("compare"), m_probe, m_reference, QStringLiteral("--pack"), m_pack});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QRegularExpression(QStringLiteral("score \\d\\.\\d{4}, threshold \\d\\.\\d{4}\\)"))))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QRegularExpression(QStringLiteral("Time: \\d+\\.\\d ms \\(pack load \\d+\\.\\d ms\\)"))))
        << out.toStdString();
    EXPECT_FALSE(out.contains(QRegularExpression(QStringLiteral("\\d\\.\\d{9,}")))) << out.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST(CompareText, SeveralFacesSaysHowManyAndWhichWasUsed)
{
    const QString faces = QStringLiteral(DESCRY_TEST_SHARED_DIR "/data/faces/dlib-johns");
    const QString a = faces + QStringLiteral("/John_Salley/000179_02159509.jpg");
    const QString b = faces + QStringLiteral("/John_Savage/000264_01099001.jpg");
    const QString reference = faces + QStringLiteral("/John_Salley/000183_02159543.jpg");
    if (!QFileInfo::exists(a) || !QFileInfo::exists(b) ||
        !QFileInfo::exists(QStringLiteral(DESCRY_TEST_SOURCE_DIR "/packaging/packs/face-default/manifest.json")))
        GTEST_SKIP() << "needs ../shared/data/faces and the assembled face-default pack";
    QTemporaryDir dir;
    QImage group(420, 220, QImage::Format_RGB888);
    group.fill(QColor(128, 128, 128));
    {
        QPainter p(&group);
        p.drawImage(QRect(20, 30, 180, 180), QImage(a));
        p.drawImage(QRect(260, 60, 130, 130), QImage(b));
    }
    const QString probe = dir.filePath(QStringLiteral("group.png"));
    ASSERT_TRUE(group.save(probe));
    const CliRun r = runCli({QStringLiteral("compare"), probe, reference});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QRegularExpression(
        QStringLiteral("^probe: 2 faces found; the largest, face 1 \\(\\d+×\\d+ px at \\d+,\\d+\\), was used"),
        QRegularExpression::MultilineOption)))
        << out.toStdString();
    EXPECT_FALSE(out.contains(
        QRegularExpression(QStringLiteral("^reference: \\d+ faces found"), QRegularExpression::MultilineOption)))
        << out.toStdString();
}

TEST_F(CliOutputs, VerifyPairsTextSaysNotAvailableInsteadOfNan)
{
    QStringList lines{QStringLiteral("path1,path2,same")};
    for (int id = 0; id < 6; ++id) // one class only: no AUC can be computed
        lines << QStringLiteral("%1,%2,1").arg(photo(QStringLiteral("u%1a.png").arg(id), id, 0),
                                               photo(QStringLiteral("u%1b.png").arg(id), id, 1));
    const CliRun r = runFakeCli({QStringLiteral("verify-pairs"), writePairs(QStringLiteral("same.csv"), lines),
                                 QStringLiteral("--pack"), m_pack});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains("nan")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("AUC n/a")) << r.out.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QRegularExpression(QStringLiteral("accuracy \\d+\\.\\d\\d ± "))))
        << r.out.toStdString();
}
