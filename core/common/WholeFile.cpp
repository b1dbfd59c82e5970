#include "core/common/WholeFile.h"

#include "core/common/Tr.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace descry {

QString formatByteSize(qint64 bytes)
{
    if (bytes < 1000)
        return Tr::tr("%1 bytes").arg(bytes);
    const char* units[] = {"kB", "MB", "GB", "TB", "PB"};
    double value = double(bytes) / 1000.0;
    int unit = 0;
    while (value >= 999.5 && unit < 4) {
        value /= 1000.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(QString::number(value, 'g', 3), QLatin1String(units[unit]));
}

namespace {

Error limitError(qint64 size, qint64 maxBytes, const QString& path)
{
    const QString limit = formatByteSize(maxBytes);
    QString actual = formatByteSize(size);
    if (actual == limit) // just over the limit: rounding would make them look alike
        actual = Tr::tr("%1 bytes").arg(size);
    return Error(ErrorCode::Input, Tr::tr("file is %1, more than the %2 limit").arg(actual, limit), path);
}

// Qt resources (":/...") and other platforms: what QFileInfo can tell.
Result<qint64> checkWithFileInfo(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::Input, Tr::tr("file not found"), path);
    if (info.isDir())
        return Error(ErrorCode::Input, Tr::tr("is a folder, not a file"), path);
    if (!info.isFile())
        return Error(ErrorCode::Input, Tr::tr("is not a regular file (a device, pipe or socket)"), path);
    if (!info.isReadable())
        return Error(ErrorCode::Input, Tr::tr("cannot be read: permission denied"), path);
    return info.size();
}

#ifdef Q_OS_UNIX
// stat() rather than QFileInfo: it tells a symbolic link loop (ELOOP) and a permission problem from a missing
// file, which QFileInfo reports alike as "does not exist".
Result<qint64> checkWithStat(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0) {
        const int err = errno;
        struct stat link = {};
        if (err == ELOOP)
            return Error(ErrorCode::Input, Tr::tr("is a symbolic link loop (the link leads back to itself)"), path);
        if (err == EACCES)
            return Error(ErrorCode::Input, Tr::tr("cannot be read: permission denied"), path);
        if (err == ENOENT && ::lstat(native.constData(), &link) == 0)
            return Error(ErrorCode::Input, Tr::tr("is a symbolic link to a file that does not exist"), path);
        if (err == ENOENT || err == ENOTDIR)
            return Error(ErrorCode::Input, Tr::tr("file not found"), path);
        return Error(ErrorCode::Input, Tr::tr("cannot be read (%1)").arg(QString::fromLocal8Bit(std::strerror(err))),
                     path);
    }
    if (S_ISDIR(st.st_mode))
        return Error(ErrorCode::Input, Tr::tr("is a folder, not a file"), path);
    if (!S_ISREG(st.st_mode))
        return Error(ErrorCode::Input, Tr::tr("is not a regular file (a device, pipe or socket)"), path);
    if (::access(native.constData(), R_OK) != 0)
        return Error(ErrorCode::Input, Tr::tr("cannot be read: permission denied"), path);
    return qint64(st.st_size);
}
#endif

} // namespace

Result<qint64> checkRegularFile(const QString& path, qint64 maxBytes)
{
    if (path.isEmpty())
        return Error(ErrorCode::Input, Tr::tr("no file name given"));
#ifdef Q_OS_UNIX
    auto size = path.startsWith(QLatin1Char(':')) ? checkWithFileInfo(path) : checkWithStat(path);
#else
    auto size = checkWithFileInfo(path);
#endif
    if (!size)
        return size.error();
    if (*size > maxBytes)
        return limitError(*size, maxBytes, path);
    return size;
}

Result<QByteArray> readWholeFile(const QString& path, qint64 maxBytes)
{
    auto size = checkRegularFile(path, maxBytes);
    if (!size)
        return size.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Input, Tr::tr("cannot open for reading (%1)").arg(file.errorString()), path);
    // One byte more than stat() said, to notice a file that grows meanwhile (and then at most to the limit).
    QByteArray data = file.read(*size + 1);
    if (data.size() > *size)
        data += file.read(maxBytes + 1 - data.size());
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Input, Tr::tr("read error (%1)").arg(file.errorString()), path);
    if (data.size() > maxBytes)
        return limitError(data.size(), maxBytes, path);
    return data;
}

} // namespace descry
