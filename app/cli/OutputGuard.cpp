#include "app/cli/OutputGuard.h"

#include "core/common/AtomicFile.h"
#include "core/common/Tr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace descry::cli {

namespace {

// A pack has a handful of files; a bound keeps a mistaken --pack / (the whole disk) from walking for ever.
constexpr int kMaxPackFiles = 10'000;

// The real path of `path`, also for one that does not exist yet (its folder resolved, links included).
QString realPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QFileInfo parent(info.absolutePath());
    const QString folder = parent.exists() ? parent.canonicalFilePath() : parent.absoluteFilePath();
    return QDir::cleanPath(folder + QLatin1Char('/') + info.fileName());
}

bool isSame(const QString& a, const QString& b)
{
    return realPath(a) == realPath(b) || isSameFile(a, b);
}

bool isFolder(const QString& path)
{
    return QFileInfo(path).isDir();
}

// True when `path` lies inside the folder `folder` (at any depth).
bool isInside(const QString& path, const QString& folder)
{
    const QString f = realPath(folder);
    return realPath(path).startsWith(f.endsWith(QLatin1Char('/')) ? f : f + QLatin1Char('/'));
}

Error isAnInput(const QString& output, const QString& input)
{
    return Error(ErrorCode::Usage,
                 Tr::tr("is an input of this run (%1); it is never overwritten, choose another output file")
                     .arg(QDir::toNativeSeparators(input)),
                 output);
}

Status checkAgainstInputs(const QString& output, bool outputIsFolder, const QStringList& inputs)
{
    // The same file first: "is an input" says more than "is inside the folder of an input".
    for (const QString& input : inputs)
        if (!input.isEmpty() && isSame(output, input))
            return isAnInput(output, input);
    for (const QString& input : inputs) {
        if (input.isEmpty())
            continue;
        if (isFolder(input) && isInside(output, input))
            return Error(ErrorCode::Usage,
                         Tr::tr("is inside an input folder of this run (%1); choose an output outside it")
                             .arg(QDir::toNativeSeparators(input)),
                         output);
        if (outputIsFolder && isInside(input, output))
            return Error(ErrorCode::Usage,
                         Tr::tr("contains an input of this run (%1); it is never replaced, choose another folder")
                             .arg(QDir::toNativeSeparators(input)),
                         output);
    }
    return {};
}

// Read-only by its permissions, also for a user (root) whom the system would let write it anyway: a file someone
// marked read-only is never replaced.
bool isReadOnlyFile(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0;
}

} // namespace

void RunFiles::addPack(const QString& pack)
{
    const QFileInfo info(pack);
    if (!info.exists())
        return;
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    inputs << folder;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    for (int n = 0; it.hasNext() && n < kMaxPackFiles; ++n)
        inputs << it.next();
}

Status checkRunFiles(const RunFiles& files)
{
    for (const QString& out : files.outputFiles) {
        if (out.trimmed().isEmpty())
            return Error(ErrorCode::Usage, Tr::tr("an output file name is empty; give a file to write"));
        if (auto s = checkAgainstInputs(out, false, files.inputs); !s)
            return s;
    }
    for (const QString& out : files.outputFolders) {
        if (out.trimmed().isEmpty())
            return Error(ErrorCode::Usage, Tr::tr("an output folder name is empty; give a folder to write"));
        if (auto s = checkAgainstInputs(out, true, files.inputs); !s)
            return s;
        const QFileInfo info(out);
        if (info.exists() && !info.isDir())
            return Error(ErrorCode::Input, Tr::tr("is a file, not a folder; nothing was written"), out);
    }
    for (const QString& out : files.outputFiles) {
        if (auto s = checkOutputPath(out, files.inputs); !s)
            return s;
        if (isReadOnlyFile(out))
            return Error(ErrorCode::Input, Tr::tr("the file is read-only; it is not replaced"), out);
    }
    return {};
}

} // namespace descry::cli
