#include "core/common/AtomicFile.h"

#include "core/common/Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace descry {

namespace {

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

Error writeError(const QString& path, const QString& why)
{
    return Error(ErrorCode::Input, Tr::tr("cannot write the file, previous file kept (%1)").arg(why), path);
}

bool statPath(const QString& path, struct stat* st)
{
    return ::stat(QFile::encodeName(path).constData(), st) == 0;
}

QString temporaryName(const QString& folder, const QString& name)
{
    return QDir(folder).filePath(QStringLiteral(".%1%2%3-%4")
                                     .arg(name, QLatin1String(kTemporaryMarker))
                                     .arg(::getpid())
                                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

// The pid in "<.name>.descry-tmp-<pid>-<random>", or 0 when the name is not one of ours.
pid_t temporaryOwner(const QString& fileName)
{
    const qsizetype at = fileName.indexOf(QLatin1String(kTemporaryMarker));
    if (at < 0)
        return 0;
    const QString rest = fileName.mid(at + qsizetype(std::strlen(kTemporaryMarker)));
    bool ok = false;
    const qint64 pid = rest.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
    return ok && pid > 0 ? pid_t(pid) : 0;
}

bool fsyncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// The file actually written: a symbolic link is written through to its target.
QString resolvedTarget(const QString& path)
{
    const QFileInfo info(path);
    if (info.isSymLink() && info.exists())
        return info.canonicalFilePath();
    return info.absoluteFilePath();
}

// Runs the writer on an open descriptor and flushes it to disk.
Status fillDescriptor(int fd, const QString& path, const DeviceWriter& writer)
{
    QFile file;
    if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
        return writeError(path, file.errorString());
    QString why;
    const bool written = writer(file, &why) && file.flush();
    if (!written)
        return writeError(path, why.isEmpty() ? file.errorString() : why);
    file.close();
    if (::fsync(fd) != 0)
        return writeError(path, systemError(errno));
    return {};
}

} // namespace

bool isSameFile(const QString& a, const QString& b)
{
    struct stat sa, sb;
    return statPath(a, &sa) && statPath(b, &sb) && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

Status checkOutputPath(const QString& output, const QStringList& protectedInputs)
{
    if (output.trimmed().isEmpty())
        return Error(ErrorCode::Usage, Tr::tr("no output file given (the path is empty)"));
    const QFileInfo info(output);
    if (info.isDir())
        return Error(ErrorCode::Input, Tr::tr("is a folder, not a file; nothing was written"), output);
    if (!info.absoluteDir().exists())
        return Error(ErrorCode::Input, Tr::tr("the folder does not exist; nothing was written"), output);
    // Devices, pipes and sockets are never replaced by a regular file (a report "written" to /dev/null would
    // replace the device node when run as root).
    if (info.exists() && !info.isFile())
        return Error(ErrorCode::Input, Tr::tr("is not a regular file (a device, pipe or socket); nothing was written"),
                     output);
    // A folder without write bits was made read-only on purpose; root would otherwise pass access(2).
    struct stat folder;
    if (statPath(info.absolutePath(), &folder) && (folder.st_mode & 0222) == 0)
        return Error(ErrorCode::Input, Tr::tr("the folder is read-only; nothing was written"), output);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    for (const QString& input : protectedInputs) {
        if (input.isEmpty())
            continue;
        const QFileInfo in(input);
        const QString inCanonical = in.exists() ? in.canonicalFilePath() : in.absoluteFilePath();
        if (inCanonical == canonical || isSameFile(output, input))
            return Error(ErrorCode::Usage,
                         Tr::tr("is an input of this run (%1); it is never overwritten, choose another output file")
                             .arg(QDir::toNativeSeparators(input)),
                         output);
    }
    // The permission bits, not access(2): root may write anything, but a file with no write bit was made
    // read-only on purpose (evidence) and is not replaced by anyone.
    struct stat st;
    const bool noWriteBit = statPath(canonical, &st) && (st.st_mode & 0222) == 0;
    if (info.exists() && (noWriteBit || ::access(QFile::encodeName(canonical).constData(), W_OK) != 0))
        return Error(ErrorCode::Input, Tr::tr("the file is read-only; it is not replaced"), output);
    return {};
}

void sweepStaleTemporaries(const QString& folder)
{
    const QDir dir(folder);
    const QStringList names =
        dir.entryList({QStringLiteral("*") + QLatin1String(kTemporaryMarker) + QStringLiteral("*")},
                      QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);
    for (const QString& name : names) {
        const pid_t owner = temporaryOwner(name);
        if (owner == 0 || owner == ::getpid() || ::kill(owner, 0) == 0 || errno != ESRCH)
            continue;
        const QString path = dir.filePath(name);
        if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }
}

Status writeFileAtomically(const QString& path, const DeviceWriter& writer, const QStringList& protectedInputs)
{
    if (Status s = checkOutputPath(path, protectedInputs); !s)
        return s;
    const QString target = resolvedTarget(path);
    const QString folder = QFileInfo(target).absolutePath();
    sweepStaleTemporaries(folder);

    struct stat existing;
    const bool exists = statPath(target, &existing);
    const mode_t umaskNow = ::umask(0);
    ::umask(umaskNow);
    const mode_t mode = exists ? (existing.st_mode & 07777) : (0666 & ~umaskNow);

    const QByteArray folderBytes = QFile::encodeName(folder);
    int fd = ::open(folderBytes.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
    const bool anonymous = fd >= 0;
    const QString tmp = temporaryName(folder, QFileInfo(target).fileName());
    const QByteArray tmpBytes = QFile::encodeName(tmp);
    if (!anonymous) // file systems without O_TMPFILE: a named temporary file from the start
        fd = ::open(tmpBytes.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode);
    if (fd < 0)
        return writeError(path, systemError(errno));
    ::fchmod(fd, mode); // O_TMPFILE and O_CREAT apply the umask; an existing target keeps its exact mode

    Status filled = fillDescriptor(fd, path, writer);
    if (filled && anonymous) {
        const QByteArray procPath = QByteArray("/proc/self/fd/") + QByteArray::number(fd);
        if (::linkat(AT_FDCWD, procPath.constData(), AT_FDCWD, tmpBytes.constData(), AT_SYMLINK_FOLLOW) != 0)
            filled = writeError(path, systemError(errno));
    }
    ::close(fd);
    if (!filled) {
        if (!anonymous)
            ::unlink(tmpBytes.constData());
        return filled;
    }
    if (::rename(tmpBytes.constData(), QFile::encodeName(target).constData()) != 0) {
        const int err = errno;
        ::unlink(tmpBytes.constData());
        return writeError(path, systemError(err));
    }
    fsyncFolder(folder);
    return {};
}

Status writeFileAtomically(const QString& path, const QByteArray& data, const QStringList& protectedInputs)
{
    return writeFileAtomically(
        path,
        [&data](QIODevice& device, QString* error) {
            if (device.write(data) != data.size()) {
                *error = device.errorString();
                return false;
            }
            return true;
        },
        protectedInputs);
}

Status writeFolderAtomically(const QString& path, const std::function<Status(const QString& folder)>& populate)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Error(ErrorCode::Input, Tr::tr("exists and is not a folder; nothing was written"), path);
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        return Error(ErrorCode::Input, Tr::tr("cannot create the folder"), parent);
    sweepStaleTemporaries(parent);
    const QString tmp = temporaryName(parent, info.fileName());
    if (!QDir().mkdir(tmp))
        return writeError(path, Tr::tr("cannot create a temporary folder"));
    Status filled = populate(tmp);
    if (!filled) {
        QDir(tmp).removeRecursively();
        return filled;
    }
    fsyncFolder(tmp);
    const QByteArray tmpBytes = QFile::encodeName(tmp);
    const QByteArray targetBytes = QFile::encodeName(info.absoluteFilePath());
    if (info.exists()) {
        // Swap in one step, then remove the old folder (now under the temporary name).
        if (::renameat2(AT_FDCWD, tmpBytes.constData(), AT_FDCWD, targetBytes.constData(), RENAME_EXCHANGE) != 0) {
            const int err = errno;
            QDir(tmp).removeRecursively();
            return writeError(path, systemError(err));
        }
        QDir(tmp).removeRecursively();
    } else if (::rename(tmpBytes.constData(), targetBytes.constData()) != 0) {
        const int err = errno;
        QDir(tmp).removeRecursively();
        return writeError(path, systemError(err));
    }
    fsyncFolder(parent);
    return {};
}

} // namespace descry
