#include "core/common/Paths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace descry::paths {

namespace {
QStringList dataDirs(const QString& sub)
{
    QStringList out;
    for (const QString& base : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        out << QDir(base).filePath(QStringLiteral("descry/") + sub);
    return out;
}
} // namespace

QString assetsDir()
{
    const QString env = qEnvironmentVariable("DESCRY_ASSETS_DIR");
    if (!env.isEmpty())
        return env;
    for (const QString& dir : dataDirs(QStringLiteral("assets"))) {
        if (QDir(dir).exists())
            return dir;
    }
    return QStringLiteral(DESCRY_DEV_ASSETS_DIR);
}

QStringList packSearchPaths()
{
    QStringList out;
    const QString env = qEnvironmentVariable("DESCRY_PACKS");
    if (!env.isEmpty())
        out << env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    out << dataDirs(QStringLiteral("packs"));
    out << QStringLiteral(DESCRY_DEV_PACKS_DIR);
    out.removeDuplicates();
    return out;
}

QStringList catalogSearchPaths()
{
    QStringList out;
    const QString env = qEnvironmentVariable("DESCRY_CATALOG_DIR");
    if (!env.isEmpty())
        out << env;
    out << dataDirs(QStringLiteral("descriptors"));
    out.removeDuplicates();
    return out;
}

QString userDataDir()
{
    const QString dir =
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("descry"));
    QDir().mkpath(dir);
    return dir;
}

QString userConfigDir()
{
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
                            .filePath(QStringLiteral("descry"));
    if (!QDir(dir).exists() && QDir().mkpath(dir))
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

} // namespace descry::paths
