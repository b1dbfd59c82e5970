#include "ui/AppSettings.h"

#include <QSettings>

namespace descry::ui {

namespace {
QSettings store()
{
    return QSettings(QStringLiteral("Descry"), QStringLiteral("descry"));
}
} // namespace

QString AppSettings::packsFolder() const
{
    return store().value(QStringLiteral("packs/folder")).toString();
}

void AppSettings::setPacksFolder(const QString& folder)
{
    store().setValue(QStringLiteral("packs/folder"), folder);
}

int AppSettings::threads() const
{
    return store().value(QStringLiteral("runtime/threads"), 0).toInt();
}

void AppSettings::setThreads(int threads)
{
    store().setValue(QStringLiteral("runtime/threads"), threads);
}

bool AppSettings::blindFirst() const
{
    return store().value(QStringLiteral("examiner/blindFirst"), false).toBool();
}

void AppSettings::setBlindFirst(bool on)
{
    store().setValue(QStringLiteral("examiner/blindFirst"), on);
}

QString AppSettings::examinerName() const
{
    return store().value(QStringLiteral("examiner/name")).toString().trimmed();
}

void AppSettings::setExaminerName(const QString& name)
{
    store().setValue(QStringLiteral("examiner/name"), name.trimmed());
}

bool AppSettings::acceptDamaged() const
{
    return store().value(QStringLiteral("images/acceptDamaged"), false).toBool();
}

void AppSettings::setAcceptDamaged(bool on)
{
    store().setValue(QStringLiteral("images/acceptDamaged"), on);
}

QString AppSettings::language() const
{
    return store().value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    store().setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::packName() const
{
    return store().value(QStringLiteral("packs/face"), QStringLiteral("face-default")).toString();
}

void AppSettings::setPackName(const QString& name)
{
    store().setValue(QStringLiteral("packs/face"), name);
}

namespace {
QString recentKey(const QString& workspace)
{
    return workspace.isEmpty() ? QStringLiteral("recent/files") : QStringLiteral("recent/%1").arg(workspace);
}
} // namespace

QStringList AppSettings::recentFiles() const
{
    return recentFiles(QString());
}

void AppSettings::addRecentFile(const QString& path)
{
    addRecentFile(QString(), path);
}

QStringList AppSettings::recentFiles(const QString& workspace) const
{
    return store().value(recentKey(workspace)).toStringList();
}

void AppSettings::addRecentFile(const QString& workspace, const QString& path)
{
    QStringList list = recentFiles(workspace);
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > 10)
        list.removeLast();
    store().setValue(recentKey(workspace), list);
}

QString AppSettings::cxrPackName() const
{
    return store().value(QStringLiteral("cxr/pack")).toString().trimmed();
}

void AppSettings::setCxrPackName(const QString& name)
{
    store().setValue(QStringLiteral("cxr/pack"), name.trimmed());
}

bool AppSettings::includeIdentifiersInReports() const
{
    return store().value(QStringLiteral("reports/includeIdentifiers"), false).toBool();
}

void AppSettings::setIncludeIdentifiersInReports(bool on)
{
    store().setValue(QStringLiteral("reports/includeIdentifiers"), on);
}

QString AppSettings::lastFolder(const QString& purpose) const
{
    return store().value(QStringLiteral("folders/") + purpose).toString();
}

void AppSettings::setLastFolder(const QString& purpose, const QString& folder)
{
    store().setValue(QStringLiteral("folders/") + purpose, folder);
}

QString AppSettings::casesFolder() const
{
    return store().value(QStringLiteral("cases/folder")).toString();
}

void AppSettings::setCasesFolder(const QString& folder)
{
    store().setValue(QStringLiteral("cases/folder"), folder);
}

QByteArray AppSettings::layoutState(const QString& key) const
{
    return store().value(QStringLiteral("layout/") + key).toByteArray();
}

void AppSettings::setLayoutState(const QString& key, const QByteArray& state)
{
    store().setValue(QStringLiteral("layout/") + key, state);
}

QString AppSettings::faceLayout() const
{
    return store().value(QStringLiteral("layout/face")).toString();
}

void AppSettings::setFaceLayout(const QString& layout)
{
    store().setValue(QStringLiteral("layout/face"), layout);
}

} // namespace descry::ui
