// `descry-cli pack info|verify PACK [--json]`: show and check model packs (DESIGN.md §3, §6).
#include "cli/Commands.h"
#include "cli/Output.h"

#include "core/pack/ModelPack.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace descry::cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("descry-cli", s);
}

// Options shared by the read-only pack subcommands: exactly one PACK and an optional --json.
struct PackArgs
{
    QString pack;
    bool json = false;
};

bool parsePackArgs(const QString& sub, const QStringList& args, PackArgs* out, int* exitCode)
{
    for (const QString& a : args) {
        if (a == QLatin1String("--json")) {
            out->json = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            *exitCode = fail(ExitUsage, tr("pack %1: unknown option '%2'").arg(sub, a));
            return false;
        } else if (out->pack.isEmpty()) {
            out->pack = a;
        } else {
            *exitCode = fail(ExitUsage, tr("pack %1: more than one PACK given ('%2')").arg(sub, a));
            return false;
        }
    }
    if (out->pack.isEmpty()) {
        *exitCode =
            fail(ExitUsage, tr("pack %1: missing PACK (a pack folder, its manifest.json or a pack name)").arg(sub));
        return false;
    }
    return true;
}

void printWarnings(const QStringList& warnings)
{
    for (const QString& w : warnings)
        std::fprintf(stderr, "descry-cli: warning: %s\n", w.simplified().toLocal8Bit().constData());
}

QJsonArray shapeJson(const std::vector<int64_t>& shape)
{
    QJsonArray a;
    for (int64_t d : shape)
        a.append(qint64(d));
    return a;
}

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    double v = double(bytes);
    int u = -1;
    while (v >= 1024 && u < 3) {
        v /= 1024;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QString::fromLatin1(units[u]));
}

QString valueText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 6);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QStringLiteral("-");
}

QJsonObject infoJson(const ModelPack& pack)
{
    const PackManifest& m = pack.manifest();
    const QJsonObject raw = m.toJson();
    QJsonArray files;
    for (auto it = m.files.begin(); it != m.files.end(); ++it) {
        QJsonObject f{{QStringLiteral("path"), it.key()},
                      {QStringLiteral("size"), QFileInfo(pack.filePath(it.key())).size()},
                      {QStringLiteral("sha256"), it.value()}};
        if (m.tensors.contains(it.key())) {
            QJsonObject tensors;
            const auto shapes = m.tensors.value(it.key());
            for (auto t = shapes.begin(); t != shapes.end(); ++t)
                tensors.insert(t.key(), shapeJson(t.value()));
            f.insert(QStringLiteral("tensors"), tensors);
        }
        files.append(f);
    }
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("version"), m.version},
            {QStringLiteral("format"), m.format},
            {QStringLiteral("task"), m.task},
            {QStringLiteral("directory"), pack.directory()},
            {QStringLiteral("encoder"), raw.value(QStringLiteral("encoder"))},
            {QStringLiteral("encoder_types"), QJsonArray::fromStringList(m.encoder.types())},
            {QStringLiteral("descriptors"), raw.value(QStringLiteral("descriptors"))},
            {QStringLiteral("head"), raw.value(QStringLiteral("head"))},
            {QStringLiteral("calibration"),
             m.calibration.present ? raw.value(QStringLiteral("calibration")) : QJsonValue()},
            {QStringLiteral("metrics"), m.metrics},
            {QStringLiteral("provenance"), m.provenance},
            {QStringLiteral("files"), files},
            {QStringLiteral("pack_sha256"), pack.packSha256()},
            {QStringLiteral("verified"), true},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(pack.warnings())}};
}

QString infoText(const ModelPack& pack)
{
    const PackManifest& m = pack.manifest();
    QString s;
    auto line = [&s](const QString& label, const QString& value) {
        s += QStringLiteral("%1 %2\n").arg(label, -13).arg(value);
    };
    line(tr("Pack"), QStringLiteral("%1 %2 (%3)").arg(m.name, m.version, m.format));
    line(tr("Task"), m.task);
    line(tr("Folder"), pack.directory());
    line(tr("Encoder"), m.encoder.types().join(QStringLiteral(" + ")));
    line(tr("Descriptors"),
         tr("%1 %2 (sha256 %3)").arg(m.descriptors.catalog, m.descriptors.version, m.descriptors.sha256));
    line(tr("Head"), tr("alpha %1, tau %2").arg(m.head.alpha).arg(m.head.tau));
    if (m.calibration.present) {
        QString cal = tr("threshold %1").arg(m.calibration.threshold, 0, 'g', 6);
        if (!m.calibration.operatingPoint.isUndefined() && !m.calibration.operatingPoint.isNull())
            cal += tr(" at %1").arg(valueText(m.calibration.operatingPoint));
        if (!m.calibration.dataset.isEmpty())
            cal += tr(" on %1").arg(m.calibration.dataset);
        if (!m.calibration.date.isEmpty())
            cal += QStringLiteral(" (%1)").arg(m.calibration.date);
        line(tr("Calibration"), cal);
    } else {
        line(tr("Calibration"), tr("none"));
    }
    QStringList metrics;
    for (auto it = m.metrics.begin(); it != m.metrics.end(); ++it)
        metrics << QStringLiteral("%1 %2").arg(it.key(), valueText(it.value()));
    line(tr("Metrics"), metrics.isEmpty() ? tr("none") : metrics.join(QStringLiteral(", ")));
    s += tr("Files") + QLatin1Char('\n');
    for (auto it = m.files.begin(); it != m.files.end(); ++it) {
        s += QStringLiteral("  %1 %2  sha256 %3\n")
                 .arg(it.key(), -32)
                 .arg(humanSize(QFileInfo(pack.filePath(it.key())).size()), 10)
                 .arg(it.value());
        const auto shapes = m.tensors.value(it.key());
        for (auto t = shapes.begin(); t != shapes.end(); ++t)
            s += QStringLiteral("      %1 %2\n").arg(t.key(), safetensors::shapeToString(t.value()));
    }
    line(tr("Pack SHA-256"), pack.packSha256());
    line(tr("Status"), tr("verified, %1 files").arg(m.files.size()));
    return s;
}

int packInfo(const QStringList& args)
{
    PackArgs a;
    int code = ExitOk;
    if (!parsePackArgs(QStringLiteral("info"), args, &a, &code))
        return code;
    auto pack = ModelPack::open(a.pack);
    if (!pack)
        return fail(pack.error());
    if (a.json) {
        printJson(infoJson(*pack));
    } else {
        printText(infoText(*pack));
        printWarnings(pack->warnings());
    }
    return ExitOk;
}

int packVerify(const QStringList& args)
{
    PackArgs a;
    int code = ExitOk;
    if (!parsePackArgs(QStringLiteral("verify"), args, &a, &code))
        return code;
    auto pack = ModelPack::open(a.pack);
    if (!pack)
        return fail(pack.error());
    const int files = int(pack->manifest().files.size());
    if (a.json) {
        printJson({{QStringLiteral("pack"), a.pack},
                   {QStringLiteral("name"), pack->manifest().name},
                   {QStringLiteral("version"), pack->manifest().version},
                   {QStringLiteral("directory"), pack->directory()},
                   {QStringLiteral("verified"), true},
                   {QStringLiteral("files"), files},
                   {QStringLiteral("pack_sha256"), pack->packSha256()},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(pack->warnings())}});
    } else {
        printText(tr("%1: verified, %2 files\n").arg(a.pack).arg(files));
        printWarnings(pack->warnings());
    }
    return ExitOk;
}

} // namespace

int pack(const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("info"))
        return packInfo(rest);
    if (sub == QLatin1String("verify"))
        return packVerify(rest);
    if (sub.isEmpty())
        return fail(ExitUsage, tr("pack: missing subcommand (info or verify)"));
    return fail(ExitUsage, tr("pack: unknown subcommand '%1' (expected info or verify)").arg(sub));
}

} // namespace descry::cli
