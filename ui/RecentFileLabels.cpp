#include "ui/RecentFileLabels.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace descry::ui {

namespace {

// The last `depth` folders of `path` ("orl/s1" for depth 2 of /data/orl/s1/1.pgm).
QString lastFolders(const QString& path, int depth)
{
    const QStringList parts =
        QDir::fromNativeSeparators(QFileInfo(path).absolutePath()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.mid(std::max<qsizetype>(0, parts.size() - depth)).join(QLatin1Char('/'));
}

} // namespace

QStringList recentFileLabels(const QStringList& paths)
{
    QStringList labels;
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        QStringList twins;
        for (const QString& other : paths)
            if (QFileInfo(other).fileName() == name)
                twins << other;
        if (twins.size() < 2) {
            labels << name;
            continue;
        }
        // Enough folders that no twin gets the same label (at most the whole path).
        int depth = 1;
        for (; depth < 64; ++depth) {
            QHash<QString, int> seen;
            for (const QString& t : std::as_const(twins))
                ++seen[lastFolders(t, depth)];
            if (seen.value(lastFolders(path, depth)) == 1)
                break;
        }
        labels << QCoreApplication::translate("descry::ui::PhotoPane", "%1 — %2").arg(name, lastFolders(path, depth));
    }
    return labels;
}

} // namespace descry::ui
