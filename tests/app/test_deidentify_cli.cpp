// `descry-cli deidentify IN... --out DIR [--date-shift DAYS] [--json]` end to end on generated DICOM files.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "DicomFixtures.h"
#include "app/CliRunner.h"

namespace {

QString writeCr(const QString& path, const QString& sop, const QString& burnedIn = QStringLiteral("NO"))
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    fixtures::DicomSpec spec;
    spec.rows = 32;
    spec.columns = 32;
    spec.attributes = {{QStringLiteral("0010,0010"), QStringLiteral("ROE^RICHARD")},
                       {QStringLiteral("0010,0020"), QStringLiteral("PID-CLI-8080")},
                       {QStringLiteral("0008,0050"), QStringLiteral("ACC-CLI-77")},
                       {QStringLiteral("0008,0080"), QStringLiteral("CLI-GENERAL-HOSPITAL")},
                       {QStringLiteral("0008,0020"), QStringLiteral("20230610")},
                       {QStringLiteral("0020,000D"), QStringLiteral("1.2.826.0.1.3680043.9.5151.1")},
                       {QStringLiteral("0008,0018"), sop}};
    if (!burnedIn.isEmpty())
        spec.attributes << QPair<QString, QString>{QStringLiteral("0028,0301"), burnedIn};
    QString error;
    EXPECT_TRUE(fixtures::writeDicom(path, spec, &error)) << error.toStdString();
    return path;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject json(const CliRun& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

TEST(CliDeidentify, FilesAndFoldersAreExportedWithJson)
{
    QTemporaryDir dir;
    const QString a = writeCr(dir.filePath(QStringLiteral("a.dcm")), QStringLiteral("1.2.826.0.1.3680043.9.5151.2"));
    const QString folder = dir.filePath(QStringLiteral("study"));
    writeCr(folder + QStringLiteral("/s1/b.dcm"), QStringLiteral("1.2.826.0.1.3680043.9.5151.3"));
    writeCr(folder + QStringLiteral("/s1/c.dcm"), QStringLiteral("1.2.826.0.1.3680043.9.5151.4"));
    QFile junk(folder + QStringLiteral("/notes.txt"));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("notes\n");
    junk.close();
    const QString out = dir.filePath(QStringLiteral("out"));

    const CliRun r =
        runFakeCli({QStringLiteral("deidentify"), a, folder, QStringLiteral("--out"), out, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    const QJsonArray files = o.value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 3) << r.out.toStdString();
    EXPECT_EQ(o.value(QStringLiteral("skipped_files")).toInt(), 1);
    EXPECT_GE(o.value(QStringLiteral("uids_remapped")).toInt(), 4);
    EXPECT_FALSE(o.value(QStringLiteral("dates_shifted")).toBool());
    for (const QJsonValue& v : files) {
        const QJsonObject f = v.toObject();
        const QString output = f.value(QStringLiteral("output")).toString();
        EXPECT_TRUE(output.startsWith(out)) << output.toStdString();
        EXPECT_TRUE(QFileInfo(output).fileName().startsWith(QStringLiteral("2.25.")));
        EXPECT_FALSE(f.value(QStringLiteral("burned_in_warning")).toBool());
        EXPECT_GT(f.value(QStringLiteral("removed")).toInt() + f.value(QStringLiteral("emptied")).toInt(), 0);
        const QByteArray bytes = bytesOf(output);
        ASSERT_FALSE(bytes.isEmpty());
        for (const char* secret : {"ROE^RICHARD", "PID-CLI-8080", "ACC-CLI-77", "CLI-GENERAL-HOSPITAL", "20230610",
                                   "1.2.826.0.1.3680043.9.5151"})
            EXPECT_FALSE(bytes.contains(secret)) << secret << " survived in " << output.toStdString();
    }
    EXPECT_EQ(QDir(out).entryList(QDir::Files).size(), 3);
}

TEST(CliDeidentify, TextOutputDateShiftAndBurnedInWarningOnStderr)
{
    QTemporaryDir dir;
    const QString a =
        writeCr(dir.filePath(QStringLiteral("a.dcm")), QStringLiteral("1.2.826.0.1.3680043.9.5151.2"), QString());
    const QString out = dir.filePath(QStringLiteral("out"));
    const CliRun r = runFakeCli({QStringLiteral("deidentify"), a, QStringLiteral("--out"), out,
                                 QStringLiteral("--date-shift"), QStringLiteral("-10")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("de-identified into")) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains("warning")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(a.toUtf8())) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("BurnedInAnnotation")) << r.err.toStdString();
    const QStringList written = QDir(out).entryList(QDir::Files);
    ASSERT_EQ(written.size(), 1);
    const QByteArray bytes = bytesOf(QDir(out).filePath(written.front()));
    EXPECT_TRUE(bytes.contains("20230531")); // 10 June 2023 - 10 days
    EXPECT_FALSE(bytes.contains("20230610"));
}

TEST(CliDeidentify, BadInputExitsTwoNamingTheFileAndWritesNothing)
{
    QTemporaryDir dir;
    const QString a = writeCr(dir.filePath(QStringLiteral("a.dcm")), QStringLiteral("1.2.826.0.1.3680043.9.5151.2"));
    const QString bad = dir.filePath(QStringLiteral("photo.txt"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not dicom");
    f.close();
    const QString out = dir.filePath(QStringLiteral("out"));
    const CliRun r = runFakeCli({QStringLiteral("deidentify"), a, bad, QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(bad.toUtf8())) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));

    const CliRun missing = runFakeCli(
        {QStringLiteral("deidentify"), dir.filePath(QStringLiteral("nope.dcm")), QStringLiteral("--out"), out});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains("nope.dcm")) << missing.err.toStdString();
}

TEST(CliDeidentify, OutIsRequired)
{
    QTemporaryDir dir;
    const QString a = writeCr(dir.filePath(QStringLiteral("a.dcm")), QStringLiteral("1.2.826.0.1.3680043.9.5151.2"));
    const CliRun r = runFakeCli({QStringLiteral("deidentify"), a});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("--out")) << r.err.toStdString();
}
