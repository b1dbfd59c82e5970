#include "core/pack/PackManifest.h"
#include "core/common/Tr.h"

#include "core/common/Json.h"
#include "core/tensor/Safetensors.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace descry {

namespace {

const QStringList& tasks()
{
    static const QStringList t{QStringLiteral("face-verification"), QStringLiteral("cxr-classification")};
    return t;
}

bool isSha256Hex(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return re.match(s).hasMatch();
}

// Errors of this file: ErrorCode::Model, naming the manifest.
Error manifestError(const QString& origin, const QString& message)
{
    return Error(ErrorCode::Model, message, origin);
}

template <typename T> Error asModel(const Result<T>& r, const QString& origin)
{
    return Error(ErrorCode::Model, r.error().message(), r.error().file().isEmpty() ? origin : r.error().file());
}

// A shape of the `tensors` member: an array of at most kMaxTensorRank non-negative integers whose product is at
// most kMaxTensorElements. Returns "" or why it is refused.
QString toShape(const QJsonValue& v, std::vector<int64_t>* shape)
{
    const QString form = Tr::tr("must be an array of non-negative integers");
    if (!v.isArray())
        return form;
    const QJsonArray dims = v.toArray();
    if (dims.size() > pack::kMaxTensorRank)
        return Tr::tr("has %1 dimensions, more than the limit %2").arg(dims.size()).arg(pack::kMaxTensorRank);
    for (const QJsonValue& d : dims) {
        const double x = d.toDouble(-1);
        if (!d.isDouble() || !(x >= 0) || x != std::floor(x))
            return form;
        if (x > double(pack::kMaxTensorElements))
            return Tr::tr("has a dimension of %1, more than the limit of %2 elements")
                .arg(x, 0, 'g', 12)
                .arg(pack::kMaxTensorElements);
        shape->push_back(static_cast<int64_t>(x));
    }
    const int64_t numel = safetensors::checkedNumel(*shape);
    if (numel < 0 || numel > pack::kMaxTensorElements)
        return Tr::tr("%1 has more than the limit of %2 elements")
            .arg(safetensors::shapeToString(*shape))
            .arg(pack::kMaxTensorElements);
    return {};
}

Result<EncoderSpec> parseEncoder(const QJsonObject& o, const QString& context, const QString& origin, bool allowSources)
{
    EncoderSpec e;
    if (allowSources && o.contains(QStringLiteral("sources"))) {
        auto sources = json::requireArray(o, QStringLiteral("sources"), context);
        if (!sources)
            return asModel(sources, origin);
        if (sources->isEmpty())
            return manifestError(origin, Tr::tr("%1: member 'sources' must not be empty").arg(context));
        for (qsizetype i = 0; i < sources->size(); ++i) {
            const QString sub = QStringLiteral("%1.sources[%2]").arg(context).arg(i);
            if (!sources->at(i).isObject())
                return manifestError(origin, Tr::tr("%1 must be an object").arg(sub));
            auto source = parseEncoder(sources->at(i).toObject(), sub, origin, false);
            if (!source)
                return source.error();
            e.sources << *source;
        }
        e.type = o.value(QStringLiteral("type")).toString();
        return e;
    }
    auto type = json::requireString(o, QStringLiteral("type"), context);
    if (!type)
        return asModel(type, origin);
    // Which types exist is the EncoderRegistry's business (checked when the model is built); here only the form.
    static const QRegularExpression typeForm(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!typeForm.match(*type).hasMatch())
        return manifestError(origin, Tr::tr("%1.type: '%2' is not an encoder type name").arg(context, *type));
    e.type = *type;
    if (o.contains(QStringLiteral("files"))) {
        const QJsonValue files = o.value(QStringLiteral("files"));
        const QJsonArray list = files.toArray();
        if (!files.isArray() ||
            std::any_of(list.begin(), list.end(), [](const QJsonValue& v) { return !v.isString(); }))
            return manifestError(origin, Tr::tr("%1: member 'files' must be an array of strings").arg(context));
        for (const QJsonValue& f : list)
            e.files << f.toString();
    }
    if (o.contains(QStringLiteral("config"))) {
        auto config = json::requireObject(o, QStringLiteral("config"), context);
        if (!config)
            return asModel(config, origin);
        e.config = *config;
    }
    return e;
}

QJsonObject encoderToJson(const EncoderSpec& e)
{
    QJsonObject o;
    if (!e.type.isEmpty())
        o.insert(QStringLiteral("type"), e.type);
    if (!e.sources.isEmpty()) {
        QJsonArray sources;
        for (const EncoderSpec& s : e.sources)
            sources.append(encoderToJson(s));
        o.insert(QStringLiteral("sources"), sources);
        return o;
    }
    o.insert(QStringLiteral("files"), QJsonArray::fromStringList(e.files));
    o.insert(QStringLiteral("config"), e.config);
    return o;
}

Status parseFiles(const QJsonObject& root, const QString& origin, PackManifest* m)
{
    auto files = json::requireObject(root, QStringLiteral("files"), QStringLiteral("manifest"));
    if (!files)
        return asModel(files, origin);
    if (files->size() > pack::kMaxFiles)
        return manifestError(
            origin, Tr::tr("files: %1 entries, more than the limit %2").arg(files->size()).arg(pack::kMaxFiles));
    for (auto it = files->begin(); it != files->end(); ++it) {
        const QString problem = pack::relativePathProblem(it.key());
        if (!problem.isEmpty())
            return manifestError(origin, Tr::tr("files: '%1': %2").arg(it.key(), problem));
        if (!isSha256Hex(it.value().toString()))
            return manifestError(origin, Tr::tr("files: '%1': value must be a 64-digit hex SHA-256").arg(it.key()));
        m->files.insert(it.key(), it.value().toString().toLower());
    }
    const bool hasTensorFiles = std::any_of(m->files.keyBegin(), m->files.keyEnd(), [](const QString& rel) {
        return rel.endsWith(QLatin1String(".safetensors"));
    });
    if (!root.contains(QStringLiteral("tensors"))) {
        if (hasTensorFiles) // loading checks tensors by the names and shapes listed here: they cannot be missing
            return manifestError(origin, Tr::tr("manifest: member 'tensors' is missing (it lists the names and "
                                                "shapes of the tensors in the pack's .safetensors files)"));
        return {};
    }
    auto tensors = json::requireObject(root, QStringLiteral("tensors"), QStringLiteral("manifest"));
    if (!tensors)
        return asModel(tensors, origin);
    for (auto it = tensors->begin(); it != tensors->end(); ++it) {
        if (!m->files.contains(it.key()))
            return manifestError(origin, Tr::tr("tensors: '%1' is not listed in 'files'").arg(it.key()));
        if (!it.value().isObject())
            return manifestError(origin, Tr::tr("tensors: '%1' must map tensor names to shapes").arg(it.key()));
        QMap<QString, std::vector<int64_t>> shapes;
        const QJsonObject names = it.value().toObject();
        if (names.size() > pack::kMaxTensorsPerFile)
            return manifestError(origin, Tr::tr("tensors: '%1': %2 tensors, more than the limit %3")
                                             .arg(it.key())
                                             .arg(names.size())
                                             .arg(pack::kMaxTensorsPerFile));
        for (auto n = names.begin(); n != names.end(); ++n) {
            std::vector<int64_t> shape;
            if (const QString problem = toShape(n.value(), &shape); !problem.isEmpty())
                return manifestError(origin, Tr::tr("tensors: '%1': shape of '%2' %3").arg(it.key(), n.key(), problem));
            shapes.insert(n.key(), shape);
        }
        m->tensors.insert(it.key(), shapes);
    }
    for (const QString& rel : m->files.keys()) {
        if (rel.endsWith(QLatin1String(".safetensors")) && !m->tensors.contains(rel))
            return manifestError(origin,
                                 Tr::tr("tensors: no entry for '%1' (expected tensor names and shapes)").arg(rel));
    }
    return {};
}

Status parseHeadAndCalibration(const QJsonObject& root, const QString& origin, PackManifest* m)
{
    auto head = json::requireObject(root, QStringLiteral("head"), QStringLiteral("manifest"));
    if (!head)
        return asModel(head, origin);
    auto alpha = json::requireNumber(*head, QStringLiteral("alpha"), QStringLiteral("head"));
    if (!alpha)
        return asModel(alpha, origin);
    auto tau = json::requireNumber(*head, QStringLiteral("tau"), QStringLiteral("head"));
    if (!tau)
        return asModel(tau, origin);
    if (*alpha < 0 || *alpha > 1)
        return manifestError(origin, Tr::tr("head: 'alpha' must lie in [0, 1], not %1").arg(*alpha));
    if (!(*tau > 0))
        return manifestError(origin, Tr::tr("head: 'tau' must be positive, not %1").arg(*tau));
    m->head = {*alpha, *tau, *head};

    const bool face = m->task == QLatin1String("face-verification");
    if (!root.contains(QStringLiteral("calibration"))) {
        if (face)
            return manifestError(origin,
                                 Tr::tr("manifest: member 'calibration' is missing (a face pack needs a threshold)"));
        return {};
    }
    auto cal = json::requireObject(root, QStringLiteral("calibration"), QStringLiteral("manifest"));
    if (!cal)
        return asModel(cal, origin);
    auto threshold = json::requireNumber(*cal, QStringLiteral("threshold"), QStringLiteral("calibration"));
    if (!threshold)
        return asModel(threshold, origin);
    m->calibration.present = true;
    m->calibration.threshold = *threshold;
    m->calibration.operatingPoint = cal->value(QStringLiteral("operating_point"));
    m->calibration.dataset = cal->value(QStringLiteral("dataset")).toString();
    m->calibration.date = cal->value(QStringLiteral("date")).toString();
    m->calibration.json = *cal;
    return {};
}

} // namespace

namespace pack {

QString relativePathProblem(const QString& rel)
{
    if (rel.isEmpty())
        return Tr::tr("empty path");
    if (rel.contains(QLatin1Char('\\')))
        return Tr::tr("backslashes are not allowed (use '/')");
    if (QDir::isAbsolutePath(rel) || (rel.size() > 1 && rel[1] == QLatin1Char(':')))
        return Tr::tr("absolute paths are not allowed");
    for (const QString& part : rel.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return Tr::tr("'..' would leave the pack folder");
        if (part.isEmpty() || part == QLatin1String("."))
            return Tr::tr("malformed path (empty or '.' component)");
    }
    if (rel == QLatin1String(kManifestFile))
        return Tr::tr("the manifest cannot list itself");
    return {};
}

} // namespace pack

QStringList EncoderSpec::types() const
{
    if (sources.isEmpty())
        return {type};
    QStringList out;
    for (const EncoderSpec& s : sources)
        out << s.type;
    return out;
}

Result<PackManifest> PackManifest::fromJson(const QJsonObject& root, const QString& origin)
{
    const QString ctx = QStringLiteral("manifest");
    PackManifest m;
    m.raw = root;
    // The format first: a manifest of another format version is refused as such, not for a missing member.
    auto format = json::requireString(root, QStringLiteral("format"), ctx);
    if (!format)
        return asModel(format, origin);
    m.format = *format;
    if (m.format != QLatin1String(pack::kFormat))
        return manifestError(
            origin,
            Tr::tr("unsupported pack format '%1' (expected '%2')").arg(m.format, QString::fromLatin1(pack::kFormat)));
    for (const char* key : {"name", "version", "task"}) {
        auto value = json::requireString(root, QString::fromLatin1(key), ctx);
        if (!value)
            return asModel(value, origin);
        if (value->isEmpty())
            return manifestError(origin, Tr::tr("manifest: member '%1' is empty").arg(QString::fromLatin1(key)));
    }
    m.name = root.value(QStringLiteral("name")).toString();
    m.version = root.value(QStringLiteral("version")).toString();
    m.task = root.value(QStringLiteral("task")).toString();
    if (!tasks().contains(m.task))
        return manifestError(origin, Tr::tr("manifest: unknown task '%1' (expected one of: %2)")
                                         .arg(m.task, tasks().join(QStringLiteral(", "))));

    auto encoder = json::requireObject(root, QStringLiteral("encoder"), ctx);
    if (!encoder)
        return asModel(encoder, origin);
    auto spec = parseEncoder(*encoder, QStringLiteral("encoder"), origin, true);
    if (!spec)
        return spec.error();
    m.encoder = *spec;

    auto descriptors = json::requireObject(root, QStringLiteral("descriptors"), ctx);
    if (!descriptors)
        return asModel(descriptors, origin);
    QString* targets[] = {&m.descriptors.catalog, &m.descriptors.version, &m.descriptors.sha256};
    const char* keys[] = {"catalog", "version", "sha256"};
    for (int i = 0; i < 3; ++i) {
        auto value = json::requireString(*descriptors, QString::fromLatin1(keys[i]), QStringLiteral("descriptors"));
        if (!value)
            return asModel(value, origin);
        *targets[i] = *value;
    }
    if (!isSha256Hex(m.descriptors.sha256))
        return manifestError(origin, Tr::tr("descriptors: 'sha256' must be a 64-digit hex SHA-256"));

    if (auto s = parseHeadAndCalibration(root, origin, &m); !s)
        return s.error();
    for (auto [key, target] : {std::pair{"metrics", &m.metrics}, std::pair{"provenance", &m.provenance}}) {
        if (!root.contains(QString::fromLatin1(key)))
            continue;
        auto value = json::requireObject(root, QString::fromLatin1(key), ctx);
        if (!value)
            return asModel(value, origin);
        *target = *value;
    }
    if (auto s = parseFiles(root, origin, &m); !s)
        return s.error();
    return m;
}

QJsonObject PackManifest::toJson() const
{
    QJsonObject o = raw;
    o.insert(QStringLiteral("format"), format);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("task"), task);
    o.insert(QStringLiteral("encoder"), encoderToJson(encoder));
    o.insert(QStringLiteral("descriptors"), QJsonObject{{QStringLiteral("catalog"), descriptors.catalog},
                                                        {QStringLiteral("version"), descriptors.version},
                                                        {QStringLiteral("sha256"), descriptors.sha256}});
    QJsonObject h = head.json;
    h.insert(QStringLiteral("alpha"), head.alpha);
    h.insert(QStringLiteral("tau"), head.tau);
    o.insert(QStringLiteral("head"), h);
    if (calibration.present) {
        QJsonObject c = calibration.json;
        c.insert(QStringLiteral("threshold"), calibration.threshold);
        if (!calibration.operatingPoint.isUndefined() && !calibration.operatingPoint.isNull())
            c.insert(QStringLiteral("operating_point"), calibration.operatingPoint);
        if (!calibration.dataset.isEmpty())
            c.insert(QStringLiteral("dataset"), calibration.dataset);
        if (!calibration.date.isEmpty())
            c.insert(QStringLiteral("date"), calibration.date);
        o.insert(QStringLiteral("calibration"), c);
    } else {
        o.remove(QStringLiteral("calibration"));
    }
    o.insert(QStringLiteral("metrics"), metrics);
    o.insert(QStringLiteral("provenance"), provenance);
    QJsonObject f;
    for (auto it = files.begin(); it != files.end(); ++it)
        f.insert(it.key(), it.value());
    o.insert(QStringLiteral("files"), f);
    QJsonObject t;
    for (auto it = tensors.begin(); it != tensors.end(); ++it) {
        QJsonObject names;
        for (auto n = it.value().begin(); n != it.value().end(); ++n) {
            QJsonArray shape;
            for (int64_t d : n.value())
                shape.append(qint64(d));
            names.insert(n.key(), shape);
        }
        t.insert(it.key(), names);
    }
    o.insert(QStringLiteral("tensors"), t);
    return o;
}

} // namespace descry
