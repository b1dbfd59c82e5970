#include "core/common/AtomicFile.h"
#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/common/Result.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace descry;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

Result<int> parsePositive(int v)
{
    if (v <= 0)
        return Error(ErrorCode::Input, QStringLiteral("must be positive"), QStringLiteral("x.txt"));
    return v;
}
} // namespace

TEST(Result, CarriesValueOrError)
{
    auto good = parsePositive(3);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 3);
    auto bad = parsePositive(-1);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code(), ErrorCode::Input);
    EXPECT_EQ(bad.error().exitCode(), 2);
    EXPECT_EQ(bad.error().toString(), QStringLiteral("x.txt: must be positive"));
    EXPECT_EQ(bad.valueOr(7), 7);
}

TEST(Result, ErrorIsOneLineAndNamesFile)
{
    Error e(ErrorCode::Model, QStringLiteral("bad\nshape  here"));
    EXPECT_EQ(e.withFile(QStringLiteral("head.safetensors")).toString(),
              QStringLiteral("head.safetensors: bad shape here"));
    EXPECT_EQ(Error(ErrorCode::Cancelled, QString()).exitCode(), 4);
    Status ok;
    EXPECT_TRUE(ok.ok());
    Status failed = e;
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code(), ErrorCode::Model);
}

TEST(Sha256, KnownVectors)
{
    EXPECT_EQ(sha256Hex(""), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    EXPECT_EQ(sha256Hex("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

TEST(Sha256, StreamsLargeFileInChunks)
{
    // FIPS 180-2 vector: one million 'a'. Written 3 times over (3 MB, several chunks) is checked
    // against the single-buffer digest, and progress must report every byte.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million-a"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000000, 'a'));
    }
    auto sum = sha256File(path);
    ASSERT_TRUE(sum.ok());
    EXPECT_EQ(*sum, QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));

    const QString big = dir.filePath(QStringLiteral("big"));
    QByteArray pattern;
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 5 * 1024 + 17; ++i) {
            QByteArray block(1024, char(i % 251));
            f.write(block);
            pattern += block;
        }
    }
    qint64 lastDone = 0, calls = 0;
    auto bigSum = sha256File(big, [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, pattern.size());
        EXPECT_GT(done, lastDone);
        lastDone = done;
        ++calls;
    });
    ASSERT_TRUE(bigSum.ok());
    EXPECT_EQ(*bigSum, sha256Hex(pattern));
    EXPECT_EQ(lastDone, pattern.size());
    EXPECT_GE(calls, 6);
}

TEST(Sha256, MissingFileAndCancel)
{
    auto missing = sha256File(QStringLiteral("/nonexistent/evidence.jpg"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code(), ErrorCode::Input);
    EXPECT_TRUE(missing.error().toString().startsWith(QStringLiteral("/nonexistent/evidence.jpg: ")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(10, 'x'));
    f.close();
    std::atomic<bool> cancel{true};
    auto cancelled = sha256File(path, {}, &cancel);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code(), ErrorCode::Cancelled);
}

TEST(AtomicFile, ReplacesContent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.descry"));
    ASSERT_TRUE(writeFileAtomically(path, QByteArray("first")).ok());
    ASSERT_TRUE(writeFileAtomically(path, QByteArray("second version")).ok());
    EXPECT_EQ(readAll(path), QByteArray("second version"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

TEST(AtomicFile, FailingWriteKeepsOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.descry"));
    ASSERT_TRUE(writeFileAtomically(path, QByteArray("precious examiner notes")).ok());

    // The writer puts half its data on disk and then fails, as a full disk or a crash mid-save would.
    auto status = writeFileAtomically(path, [](QIODevice& device, QString* error) {
        device.write(QByteArray(4096, 'Z'));
        *error = QStringLiteral("No space left on device");
        return false;
    });
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().toString().contains(QStringLiteral("No space left on device")));
    EXPECT_TRUE(status.error().toString().startsWith(path));
    EXPECT_EQ(readAll(path), QByteArray("precious examiner notes"));
    // No temporary file is left behind.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("case.descry")});
}

TEST(AtomicFile, UnwritableFolderIsAnError)
{
    auto status = writeFileAtomically(QStringLiteral("/nonexistent-folder/x.json"), QByteArray("x"));
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().toString().startsWith(QStringLiteral("/nonexistent-folder/x.json: ")));
}

TEST(AtomicFile, RefusesToOverwriteAnInputEvenThroughLinks)
{
    // Regression: `compare P.jpg R.jpg --report P.jpg` replaced the probe photo with the PDF.
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("probe.jpg"));
    ASSERT_TRUE(writeFileAtomically(photo, QByteArray("evidence bytes")).ok());
    const QString symlink = dir.filePath(QStringLiteral("link.jpg"));
    const QString hardlink = dir.filePath(QStringLiteral("hard.jpg"));
    ASSERT_TRUE(QFile::link(photo, symlink));
    ASSERT_EQ(::link(QFile::encodeName(photo).constData(), QFile::encodeName(hardlink).constData()), 0);
    const QString dotted = dir.filePath(QStringLiteral("sub/../probe.jpg"));
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    for (const QString& out : {photo, symlink, hardlink, dotted}) {
        auto s = writeFileAtomically(out, QByteArray("%PDF"), {photo});
        ASSERT_FALSE(s.ok()) << out.toStdString();
        EXPECT_EQ(s.error().code(), ErrorCode::Usage);
        EXPECT_TRUE(s.error().toString().contains(QStringLiteral("never overwritten")));
    }
    EXPECT_EQ(readAll(photo), QByteArray("evidence bytes"));
}

TEST(AtomicFile, RefusesReadOnlyTargetAndFolders)
{
    // Regression: the rename replaced a read-only photo although it could not be opened for writing.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.png"));
    ASSERT_TRUE(writeFileAtomically(path, QByteArray("keep me")).ok());
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    auto s = writeFileAtomically(path, QByteArray("replacement"));
    { // also as root, who may write anything: the permission bits decide
        ASSERT_FALSE(s.ok());
        EXPECT_TRUE(s.error().toString().contains(QStringLiteral("read-only")));
        EXPECT_EQ(readAll(path), QByteArray("keep me"));
    }
    auto folder = writeFileAtomically(dir.path(), QByteArray("x"));
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().toString().contains(QStringLiteral("folder")));
    auto empty = writeFileAtomically(QString(), QByteArray("x"));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code(), ErrorCode::Usage);
}

TEST(AtomicFile, NeverReplacesADeviceAPipeOrWritesIntoAReadOnlyFolder)
{
    // Regression (hostile re-run, as root): --report /dev/null and a FIFO were replaced by a regular PDF file,
    // and a read-only folder was written into.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
    for (const QString& special : {fifo, QStringLiteral("/dev/null")}) {
        auto s = writeFileAtomically(special, QByteArray("%PDF"));
        ASSERT_FALSE(s.ok()) << special.toStdString();
        EXPECT_TRUE(s.error().toString().contains(QStringLiteral("not a regular file")))
            << s.error().toString().toStdString();
    }
    EXPECT_FALSE(QFileInfo(fifo).isFile());
    EXPECT_FALSE(QFileInfo(QStringLiteral("/dev/null")).isFile());

    const QString folder = dir.filePath(QStringLiteral("ro"));
    ASSERT_TRUE(QDir().mkdir(folder));
    const QString existing = QDir(folder).filePath(QStringLiteral("old.pdf"));
    ASSERT_TRUE(writeFileAtomically(existing, QByteArray("%PDF-old")).ok());
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    for (const QString& target : {existing, QDir(folder).filePath(QStringLiteral("new.pdf"))}) {
        auto s = writeFileAtomically(target, QByteArray("%PDF-new"));
        ASSERT_FALSE(s.ok()) << target.toStdString();
        EXPECT_TRUE(s.error().toString().contains(QStringLiteral("folder is read-only")))
            << s.error().toString().toStdString();
    }
    EXPECT_EQ(readAll(existing), QByteArray("%PDF-old"));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST(Error, AFileNameWithALineBreakStaysOnOneLine)
{
    const Error e(ErrorCode::Input, QStringLiteral("no face found"), QStringLiteral("new\nline.jpg"));
    EXPECT_EQ(e.toString(), QStringLiteral("new\\x0aline.jpg: no face found"));
}

TEST(AtomicFile, KeepsPermissionsAndSweepsStaleTemporaries)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.descry"));
    ASSERT_TRUE(writeFileAtomically(path, QByteArray("v1")).ok());
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    // A temporary left by a process that no longer runs (pid 2^22 + 1 is above the default pid_max).
    const QString stale =
        dir.filePath(QStringLiteral(".case.descry%1%2-0000abcd").arg(QLatin1String(kTemporaryMarker)).arg(4194305));
    ASSERT_TRUE(writeFileAtomically(stale, QByteArray("half")).ok());
    ASSERT_TRUE(writeFileAtomically(path, QByteArray("v2")).ok());
    EXPECT_EQ(readAll(path), QByteArray("v2"));
    EXPECT_EQ(QFile::permissions(path),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("case.descry")});
}

TEST(AtomicFile, FolderIsReplacedInOneStep)
{
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("pack"));
    auto fill = [](const QByteArray& content) {
        return [content](const QString& folder) -> Status {
            return writeFileAtomically(QDir(folder).filePath(QStringLiteral("manifest.json")), content);
        };
    };
    ASSERT_TRUE(writeFolderAtomically(pack, fill("one")).ok());
    ASSERT_TRUE(writeFolderAtomically(pack, fill("two")).ok());
    EXPECT_EQ(readAll(QDir(pack).filePath(QStringLiteral("manifest.json"))), QByteArray("two"));
    auto failing = writeFolderAtomically(
        pack, [](const QString&) -> Status { return Error(ErrorCode::Input, QStringLiteral("disk full")); });
    EXPECT_FALSE(failing.ok());
    EXPECT_EQ(readAll(QDir(pack).filePath(QStringLiteral("manifest.json"))), QByteArray("two"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("pack")});
}

TEST(Json, AMemberTwiceInOneObjectIsRefused)
{
    // Regression (hostile re-run): {"blind_first": false, "blind_first": true} was read as true while a person
    // reading the file sees false first.
    auto twice =
        json::parseObject(R"({"a": 1, "n": {"blind_first": false, "x": [{"k": 1}, {"k": 2}], "blind_first": true}})",
                          QStringLiteral("case.descry"));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().toString(),
              QStringLiteral("case.descry: member 'blind_first' appears twice in one object (line 1, column 65)"));
    auto escaped = json::parseObject(R"({"title": "a", "\u0074itle": "b"})", QStringLiteral("c.json"));
    ASSERT_FALSE(escaped.ok()) << "two spellings of one name are one member";
    // The same name in sibling objects, in arrays and as a value is fine.
    auto fine = json::parseObject(R"({"k": "k", "o": {"k": 1}, "p": {"k": 2, "s": "a,\"k\":"}, "l": ["k", "k"]})",
                                  QStringLiteral("c.json"));
    EXPECT_TRUE(fine.ok()) << fine.error().toString().toStdString();
}

TEST(Json, RoundTripAndCanonical)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.json"));
    QJsonObject o{{QStringLiteral("b"), 2}, {QStringLiteral("a"), QStringLiteral("x")}};
    ASSERT_TRUE(json::writeObjectFile(path, o).ok());
    auto back = json::readObjectFile(path);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, o);
    EXPECT_EQ(json::canonical(o), QByteArray(R"({"a":"x","b":2})"));
}

TEST(Json, SyntaxErrorGivesLineAndColumn)
{
    auto r = json::parseObject("{\n  \"a\": 1,\n  \"b\": ]\n}", QStringLiteral("catalog.json"));
    ASSERT_FALSE(r.ok());
    const QString msg = r.error().toString();
    EXPECT_TRUE(msg.startsWith(QStringLiteral("catalog.json: invalid JSON at line 3"))) << msg.toStdString();
    auto notObject = json::parseObject("[1,2]", QStringLiteral("x.json"));
    ASSERT_FALSE(notObject.ok());
}

TEST(Json, RequiredMembersAreTyped)
{
    QJsonObject o{{QStringLiteral("n"), 3}, {QStringLiteral("f"), 2.5}, {QStringLiteral("s"), QStringLiteral("t")}};
    EXPECT_EQ(*json::requireInt(o, QStringLiteral("n"), QStringLiteral("ctx")), 3);
    auto notInt = json::requireInt(o, QStringLiteral("f"), QStringLiteral("descriptor 'x'"));
    ASSERT_FALSE(notInt.ok());
    EXPECT_EQ(notInt.error().message(), QStringLiteral("descriptor 'x': member 'f' must be an integer"));
    auto missing = json::requireArray(o, QStringLiteral("prompts"), QStringLiteral("descriptor 'x'"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message(), QStringLiteral("descriptor 'x': member 'prompts' is missing"));
    auto wrong = json::requireString(o, QStringLiteral("n"), QStringLiteral("c"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().message().endsWith(QStringLiteral("must be a string")));
}
