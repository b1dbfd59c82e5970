#pragma once

#include "core/casefile/CaseFile.h"
#include "core/common/Paths.h"

#include <QString>
#include <QStringList>

namespace descry::ui {

// Folders of installed packs whose manifest names the name and version of `recorded`, in search order. Every
// search path is looked at on its own, so a copy of the same name further down the search order is listed too.
// Only manifests are read: whether a folder's contents match recorded.sha256 is known once it is opened
// (ModelPack::packSha256()). Empty when `recorded` has no name. Thread-agnostic.
QStringList installedPackFolders(const PackReference& recorded,
                                 const QStringList& searchPaths = paths::packSearchPaths());

} // namespace descry::ui
