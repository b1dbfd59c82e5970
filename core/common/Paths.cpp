#include "core/common/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace descry::paths {

namespace {

QString executablePath()
{
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
}

// <user data>/descry/SUB, each <system data>/descry/SUB ($XDG_DATA_HOME, then $XDG_DATA_DIRS), then the
// installation's own <prefix>/share/descry/SUB.
QStringList dataDirs(const QString& sub)
{
    QStringList out;
    for (const QString& base : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        out << QDir(base).filePath(QStringLiteral("descry/") + sub);
    const QString installed = installedDataDir();
    if (!installed.isEmpty())
        out << QDir(installed).filePath(sub);
    out.removeDuplicates();
    return out;
}

} // namespace

bool runsFromBuildTree()
{
    const QString build = QDir(QStringLiteral(DESCRY_BUILD_DIR)).canonicalPath();
    return !build.isEmpty() && executablePath().startsWith(build + QLatin1Char('/'));
}

QString installedDataDir()
{
    if (runsFromBuildTree())
        return {};
    const QString exe = executablePath();
    if (exe.isEmpty())
        return {};
    const QDir bin = QFileInfo(exe).absoluteDir();
    if (bin.dirName() != QLatin1String("bin"))
        return {};
    return QDir::cleanPath(bin.absoluteFilePath(QStringLiteral("../share/descry")));
}

QString assetsDir()
{
    const QString env = qEnvironmentVariable("DESCRY_ASSETS_DIR");
    if (!env.isEmpty())
        return env;
    for (const QString& dir : dataDirs(QStringLiteral("assets"))) {
        if (QDir(dir).exists())
            return dir;
    }
    // An installed binary without assets reports the installation's folder (doctor names it as missing).
    if (!runsFromBuildTree() && !installedDataDir().isEmpty())
        return QDir(installedDataDir()).filePath(QStringLiteral("assets"));
    return QStringLiteral(DESCRY_DEV_ASSETS_DIR);
}

QStringList packSearchPaths()
{
    QStringList out;
    const QString env = qEnvironmentVariable("DESCRY_PACKS");
    if (!env.isEmpty())
        out << env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    out << dataDirs(QStringLiteral("packs"));
    if (runsFromBuildTree())
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
