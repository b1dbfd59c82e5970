// Files read whole (case files, manifests, catalogs through json::readObjectFile; pairs lists) are checked before
// they are read: size limit named, folders, pipes, symbolic link loops and missing files told apart.
#include "TimeBudget.h"
#include "core/common/Json.h"
#include "core/common/WholeFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace descry;

namespace {

QString sparseFile(const QTemporaryDir& dir, const QString& name, qint64 size)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    EXPECT_TRUE(f.resize(size)); // sparse: no disk space, and reading it would take a while
    return path;
}

} // namespace

TEST(FileLimits, ByteSizesReadAsPeopleReadThem)
{
    EXPECT_EQ(formatByteSize(812), QStringLiteral("812 bytes"));
    EXPECT_EQ(formatByteSize(1000), QStringLiteral("1 kB"));
    EXPECT_EQ(formatByteSize(70'500'000), QStringLiteral("70.5 MB"));
    EXPECT_EQ(formatByteSize(kMaxJsonFileBytes), QStringLiteral("64 MB"));
    EXPECT_EQ(formatByteSize(2'000'000'000), QStringLiteral("2 GB"));
    EXPECT_EQ(formatByteSize(999'999), QStringLiteral("1 MB"));
}

TEST(FileLimits, OversizedJsonIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    const QString big = sparseFile(dir, QStringLiteral("case.descry"), 70'000'000);
    QElapsedTimer t;
    t.start();
    auto r = json::readObjectFile(big);
    ASSERT_FALSE(r);
    EXPECT_LT(t.elapsed(), timeBudget(500)) << "refused on its size, not after reading 70 MB";
    EXPECT_EQ(r.error().code(), ErrorCode::Input);
    EXPECT_EQ(r.error().toString(), big + QStringLiteral(": file is 70 MB, more than the 64 MB limit"));

    const QString ok = dir.filePath(QStringLiteral("ok.json"));
    ASSERT_TRUE(json::writeObjectFile(ok, QJsonObject{{QStringLiteral("a"), 1}}));
    auto fine = json::readObjectFile(ok);
    ASSERT_TRUE(fine) << fine.error().toString().toStdString();
    EXPECT_EQ(fine->value(QStringLiteral("a")).toInt(), 1);
}

TEST(FileLimits, FoldersPipesLoopsAndMissingFilesAreToldApart)
{
    QTemporaryDir dir;
    auto folder = readWholeFile(dir.path(), kMaxJsonFileBytes);
    ASSERT_FALSE(folder);
    EXPECT_EQ(folder.error().message(), QStringLiteral("is a folder, not a file"));

    // A named pipe would block a plain open() forever.
    const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer t;
    t.start();
    auto pipe = json::readObjectFile(fifo);
    ASSERT_FALSE(pipe);
    EXPECT_LT(t.elapsed(), timeBudget(500));
    EXPECT_EQ(pipe.error().message(), QStringLiteral("is not a regular file (a device, pipe or socket)"));

    const QString loop = dir.filePath(QStringLiteral("self.json"));
    ASSERT_EQ(::symlink(QFile::encodeName(loop).constData(), QFile::encodeName(loop).constData()), 0);
    auto looped = json::readObjectFile(loop);
    ASSERT_FALSE(looped);
    EXPECT_TRUE(looped.error().message().contains(QStringLiteral("symbolic link loop")));
    EXPECT_EQ(looped.error().file(), loop);

    const QString dangling = dir.filePath(QStringLiteral("dangling.json"));
    ASSERT_EQ(::symlink("nowhere.json", QFile::encodeName(dangling).constData()), 0);
    EXPECT_EQ(json::readObjectFile(dangling).error().message(),
              QStringLiteral("is a symbolic link to a file that does not exist"));
    EXPECT_EQ(json::readObjectFile(dir.filePath(QStringLiteral("none.json"))).error().message(),
              QStringLiteral("file not found"));
    EXPECT_EQ(json::readObjectFile(QString()).error().message(), QStringLiteral("no file name given"));
}

TEST(FileLimits, ReadWholeFileReadsExactlyTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("a,b,1\n");
    f.close();
    auto data = readWholeFile(path, 100);
    ASSERT_TRUE(data);
    EXPECT_EQ(*data, QByteArray("a,b,1\n"));
    auto tooBig = readWholeFile(path, 5);
    ASSERT_FALSE(tooBig);
    EXPECT_EQ(tooBig.error().message(), QStringLiteral("file is 6 bytes, more than the 5 bytes limit"));
}
