#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>

namespace descry {

// Refuses an output path that would destroy evidence or another file the user did not mean to replace:
// an empty path (usage error), a folder, a missing parent folder, an existing file that is read-only, or the
// same file as any of `protectedInputs` (compared by canonical path and by device + inode, so symbolic links,
// hard links and "../" spellings are all caught). Errors are one line and name the output file.
Status checkOutputPath(const QString& output, const QStringList& protectedInputs = {});

// True when `a` and `b` name the same existing file (same device and inode).
bool isSameFile(const QString& a, const QString& b);

// Writes `path` atomically. checkOutputPath(path, protectedInputs) runs first. Data goes to an unnamed
// temporary file (O_TMPFILE) in the target's folder, is flushed to disk, given a name only for the instant
// of the rename over the target, and the folder is synced. If the writer fails (returns false) or any I/O step
// fails, the previous file stays untouched and nothing is left behind. A process killed at any moment leaves
// either the old file or the new one; a temporary name left by a kill between link and rename (or by a file
// system without O_TMPFILE) is swept by the next write to the same folder. An existing target keeps its
// permissions. The writer may set *error to explain its failure.
using DeviceWriter = std::function<bool(QIODevice& device, QString* error)>;
Status writeFileAtomically(const QString& path, const DeviceWriter& writer, const QStringList& protectedInputs = {});
Status writeFileAtomically(const QString& path, const QByteArray& data, const QStringList& protectedInputs = {});

// Writes a whole folder atomically: `populate` fills a fresh temporary folder next to `path`, which then
// replaces `path` in one step (renameat2 RENAME_EXCHANGE when `path` exists, so there is no moment without
// a complete folder); the old folder is removed afterwards. On failure `path` is untouched and the temporary
// folder is removed; one left by a killed process is swept by the next write next to `path`.
Status writeFolderAtomically(const QString& path, const std::function<Status(const QString& folder)>& populate);

// Marker in the names of temporary files and folders ("<.name>.descry-tmp-<pid>-<random>"), for sweeping and
// for tests that check nothing was left behind.
inline constexpr const char* kTemporaryMarker = ".descry-tmp-";

// Removes temporary files and folders in `folder` left by Descry processes that are no longer running.
void sweepStaleTemporaries(const QString& folder);

} // namespace descry
