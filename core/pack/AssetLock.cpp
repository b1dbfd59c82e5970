#include "core/pack/AssetLock.h"

#include "core/common/Hash.h"
#include "core/common/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

// Resources compiled into a static library must be registered explicitly.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace descry {

QString assetStatusName(AssetEntry::Status status)
{
    switch (status) {
    case AssetEntry::Status::NotChecked:
        return QStringLiteral("not-checked");
    case AssetEntry::Status::Ok:
        return QStringLiteral("ok");
    case AssetEntry::Status::Missing:
        return QStringLiteral("missing");
    case AssetEntry::Status::Mismatch:
        return QStringLiteral("hash-mismatch");
    case AssetEntry::Status::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

Result<QList<AssetEntry>> parseAssetLock(const QString& text, const QString& assetsDir, const QString& origin)
{
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    QList<AssetEntry> out;
    QString currentPackage;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QRegularExpression(QStringLiteral("\\s+")));
        auto bad = [&](const QString& why) {
            return Error(ErrorCode::Model, QCoreApplication::translate("descry", "line %1: %2").arg(i + 1).arg(why),
                         origin);
        };
        if (f[0] == QLatin1String("npm")) {
            if (f.size() != 5 || !hex64.match(f[4]).hasMatch())
                return bad(
                    QCoreApplication::translate("descry", "expected 'npm PACKAGE@VERSION FOLDER TARBALL SHA256'"));
            currentPackage = f[1];
        } else if (f[0] == QLatin1String("file") || f[0] == QLatin1String("system")) {
            const bool system = f[0] == QLatin1String("system");
            if (f.size() != (system ? 4 : 3) || !hex64.match(f[2]).hasMatch())
                return bad(QCoreApplication::translate("descry", "expected '%1 PATH SHA256%2'")
                               .arg(f[0], system ? QStringLiteral(" PACKAGE") : QString()));
            AssetEntry e;
            e.relativePath = f[1];
            e.absolutePath = system ? f[1] : QDir(assetsDir).filePath(f[1]);
            e.expectedSha256 = f[2];
            e.source = system ? QStringLiteral("debian:") + f[3] : QStringLiteral("npm:") + currentPackage;
            out << e;
        } else {
            return bad(QCoreApplication::translate("descry", "unknown entry kind '%1'").arg(f[0]));
        }
    }
    return out;
}

Result<QList<AssetEntry>> builtInAssetLock(const QString& assetsDir)
{
    initCoreResources();
    QFile f(QStringLiteral(":/descry/assets.lock"));
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Internal, QCoreApplication::translate("descry", "built-in asset lock missing"));
    return parseAssetLock(QString::fromUtf8(f.readAll()), assetsDir, QStringLiteral("assets.lock"));
}

void verifyAssets(QList<AssetEntry>& entries)
{
    for (AssetEntry& e : entries) {
        if (!QFileInfo::exists(e.absolutePath)) {
            e.status = AssetEntry::Status::Missing;
            continue;
        }
        auto sum = sha256File(e.absolutePath);
        if (!sum) {
            e.status = AssetEntry::Status::Unreadable;
            continue;
        }
        e.actualSha256 = *sum;
        e.status = *sum == e.expectedSha256 ? AssetEntry::Status::Ok : AssetEntry::Status::Mismatch;
    }
}

Result<QString> verifiedAssetPath(const QString& suffix)
{
    auto lock = builtInAssetLock(paths::assetsDir());
    if (!lock)
        return lock.error();
    for (AssetEntry e : *lock) {
        if (!e.relativePath.endsWith(suffix))
            continue;
        QList<AssetEntry> one{e};
        verifyAssets(one);
        e = one.front();
        switch (e.status) {
        case AssetEntry::Status::Ok:
            return e.absolutePath;
        case AssetEntry::Status::Missing:
            return Error(ErrorCode::Model,
                         QCoreApplication::translate("descry", "model asset missing; run packaging/setup.sh"),
                         e.absolutePath);
        default:
            return Error(ErrorCode::Model,
                         QCoreApplication::translate("descry", "model asset fails its SHA-256 check (expected %1)")
                             .arg(e.expectedSha256),
                         e.absolutePath);
        }
    }
    return Error(ErrorCode::Internal, QCoreApplication::translate("descry", "no pinned asset named '%1'").arg(suffix));
}

} // namespace descry
