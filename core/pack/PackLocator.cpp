#include "core/pack/PackLocator.h"

#include "core/common/Json.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace descry {

QList<PackInfo> findPacks(const QStringList& searchPaths)
{
    QList<PackInfo> out;
    QSet<QString> seen;
    for (const QString& root : searchPaths) {
        const QDir dir(root);
        if (!dir.exists())
            continue;
        for (const QFileInfo& fi : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString manifest = QDir(fi.absoluteFilePath()).filePath(QStringLiteral("manifest.json"));
            if (!QFileInfo::exists(manifest))
                continue;
            PackInfo info;
            info.path = fi.absoluteFilePath();
            auto obj = json::readObjectFile(manifest);
            if (obj) {
                info.name = obj->value(QStringLiteral("name")).toString(fi.fileName());
                info.version = obj->value(QStringLiteral("version")).toString();
                info.task = obj->value(QStringLiteral("task")).toString();
            } else {
                info.name = fi.fileName();
                info.problem = obj.error().toString();
            }
            if (seen.contains(info.name))
                continue;
            seen.insert(info.name);
            out << info;
        }
    }
    return out;
}

} // namespace descry
