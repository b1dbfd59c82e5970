#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace descry {

// A model pack found on disk (manifest read, files not yet verified).
struct PackInfo
{
    QString name;
    QString version;
    QString task;
    QString path;
    QString problem; // non-empty when the manifest could not be read
};

// Lists pack folders (those holding a manifest.json) directly inside the given search paths;
// the first folder with a given pack name wins, as in the search order.
QList<PackInfo> findPacks(const QStringList& searchPaths);

} // namespace descry
