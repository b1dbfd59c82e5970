#include "ui/InstalledPacks.h"

#include "core/pack/PackLocator.h"

namespace descry::ui {

QStringList installedPackFolders(const PackReference& recorded, const QStringList& searchPaths)
{
    QStringList folders;
    if (recorded.name.isEmpty())
        return folders;
    for (const QString& root : searchPaths) {
        // findPacks keeps the first folder of each name over all paths it gets: ask one path at a time.
        for (const PackInfo& info : findPacks({root})) {
            if (info.problem.isEmpty() && info.name == recorded.name && info.version == recorded.version &&
                !folders.contains(info.path))
                folders << info.path;
        }
    }
    return folders;
}

} // namespace descry::ui
