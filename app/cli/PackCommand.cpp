// `descry-cli pack info|verify PACK [--json]`: show and check model packs (DESIGN.md §3, §6).
#include "app/cli/Commands.h"
#include "app/cli/Output.h"

#include "core/common/Tr.h"
#include "core/face/FaceModel.h"
#include "core/pack/ModelPack.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace descry::cli {

namespace {

// A pack verifies only when it loads: the model of its task is opened with exactly the code a comparison uses
// (files and hashes, manifest, head settings, tensor names, shapes and dtypes, catalog, encoders, calibration,
// task), so no second, weaker checker can call a pack good that then fails to load. This version loads face
// packs only; FaceModel::open refuses any other task with the message a comparison would give.
Result<ModelPack> loadPack(const QString& name)
{
    auto model = FaceModel::open(name);
    if (!model)
        return model.error();
    return model->pack();
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
        return Tr::tr("%1 B").arg(bytes);
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
    line(Tr::tr("Pack"), QStringLiteral("%1 %2 (%3)").arg(m.name, m.version, m.format));
    line(Tr::tr("Task"), m.task);
    line(Tr::tr("Folder"), pack.directory());
    line(Tr::tr("Encoder"), m.encoder.types().join(QStringLiteral(" + ")));
    line(Tr::tr("Descriptors"),
         Tr::tr("%1 %2 (sha256 %3)").arg(m.descriptors.catalog, m.descriptors.version, m.descriptors.sha256));
    line(Tr::tr("Head"), Tr::tr("alpha %1, tau %2").arg(m.head.alpha).arg(m.head.tau));
    if (m.calibration.present) {
        QString cal = Tr::tr("threshold %1").arg(m.calibration.threshold, 0, 'g', 6);
        if (!m.calibration.operatingPoint.isUndefined() && !m.calibration.operatingPoint.isNull())
            cal += Tr::tr(" at %1").arg(valueText(m.calibration.operatingPoint));
        if (!m.calibration.dataset.isEmpty())
            cal += Tr::tr(" on %1").arg(m.calibration.dataset);
        if (!m.calibration.date.isEmpty())
            cal += QStringLiteral(" (%1)").arg(m.calibration.date);
        line(Tr::tr("Calibration"), cal);
    } else {
        line(Tr::tr("Calibration"), Tr::tr("none"));
    }
    QStringList metrics;
    for (auto it = m.metrics.begin(); it != m.metrics.end(); ++it)
        metrics << QStringLiteral("%1 %2").arg(it.key(), valueText(it.value()));
    line(Tr::tr("Metrics"), metrics.isEmpty() ? Tr::tr("none") : metrics.join(QStringLiteral(", ")));
    s += Tr::tr("Files") + QLatin1Char('\n');
    for (auto it = m.files.begin(); it != m.files.end(); ++it) {
        s += QStringLiteral("  %1 %2  sha256 %3\n")
                 .arg(it.key(), -32)
                 .arg(humanSize(QFileInfo(pack.filePath(it.key())).size()), 10)
                 .arg(it.value());
        const auto shapes = m.tensors.value(it.key());
        for (auto t = shapes.begin(); t != shapes.end(); ++t)
            s += QStringLiteral("      %1 %2\n").arg(t.key(), safetensors::shapeToString(t.value()));
    }
    line(Tr::tr("Pack SHA-256"), pack.packSha256());
    line(Tr::tr("Status"), Tr::tr("verified, %1 files").arg(m.files.size()));
    return s;
}

ExitCode packInfo(const ParsedArgs& args)
{
    auto pack = loadPack(args.positional(0));
    if (!pack)
        return fail(pack.error());
    if (args.isSet(QStringLiteral("json"))) {
        printJson(infoJson(*pack));
    } else {
        printText(infoText(*pack));
        printWarnings(pack->warnings());
    }
    return ExitCode::Success;
}

ExitCode packVerify(const ParsedArgs& args)
{
    const QString name = args.positional(0);
    auto pack = loadPack(name);
    if (!pack)
        return fail(pack.error());
    const int files = int(pack->manifest().files.size());
    if (args.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("pack"), name},
                   {QStringLiteral("name"), pack->manifest().name},
                   {QStringLiteral("version"), pack->manifest().version},
                   {QStringLiteral("directory"), pack->directory()},
                   {QStringLiteral("verified"), true},
                   {QStringLiteral("files"), files},
                   {QStringLiteral("pack_sha256"), pack->packSha256()},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(pack->warnings())}});
    } else {
        printText(Tr::tr("%1: verified, %2 files\n").arg(name).arg(files));
        printWarnings(pack->warnings());
    }
    return ExitCode::Success;
}

Positional packPositional()
{
    return {QStringLiteral("PACK"), Tr::tr("a pack folder, its manifest.json or an installed pack name")};
}

} // namespace

Command packInfoCommand()
{
    return Command{
        .words = {QStringLiteral("pack"), QStringLiteral("info")},
        .summary = Tr::tr("verify a model pack and show its manifest, files and tensors"),
        .positionals = {packPositional()},
        .options = {jsonOption()},
        .run = packInfo,
    };
}

Command packVerifyCommand()
{
    return Command{
        .words = {QStringLiteral("pack"), QStringLiteral("verify")},
        .summary = Tr::tr("check that a model pack loads: every file against its manifest's SHA-256, the head "
                          "settings, tensors, catalog, encoders and calibration, as a comparison loads them"),
        .positionals = {packPositional()},
        .options = {jsonOption()},
        .run = packVerify,
    };
}

} // namespace descry::cli
