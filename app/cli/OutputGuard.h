#pragma once
// Checks every output of a command against every input of the same run, before any work is done, so that no
// output can replace or swallow evidence (a photo, a case file, a pack, a training folder).

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace descry::cli {

// What a command reads and what it will write. Inputs may be files or folders; outputs are files or folders.
struct RunFiles
{
    QStringList inputs;
    QStringList outputFiles;
    QStringList outputFolders;

    // Adds a pack given as a folder, a manifest.json or an installed name: every file of the pack is an input
    // (a name that is not a path adds nothing; the locator finds the pack later).
    void addPack(const QString& pack);
};

// Refuses, with one line naming the output: an output that is an input (same canonical path or same device and
// inode: links and "../" spellings are caught), a file output inside an input folder or a folder output that
// contains an input or lies inside one (Usage errors: exit 1); then the core checks of each output file (a folder,
// a missing parent folder, a read-only file, judged by its permissions even for root: exit 2). Runs no work and
// writes nothing.
Status checkRunFiles(const RunFiles& files);

} // namespace descry::cli
