#include "core/common/Json.h"
#include "core/common/Tr.h"

#include "core/common/AtomicFile.h"
#include "core/common/WholeFile.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace descry::json {

namespace {

// 1-based line and column of a byte offset, for syntax errors a person can find in an editor.
QPair<int, int> lineColumn(const QByteArray& data, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

Error memberError(const QString& context, const QString& key, const QString& what)
{
    return Error(ErrorCode::Input, Tr::tr("%1: member '%2' %3").arg(context, key, what));
}

} // namespace

Result<QJsonObject> parseObject(const QByteArray& data, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(data, parseError.offset);
        return Error(
            ErrorCode::Input,
            Tr::tr("invalid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()),
            origin);
    }
    if (!doc.isObject())
        return Error(ErrorCode::Input, Tr::tr("expected a JSON object at top level"), origin);
    return doc.object();
}

Result<QJsonObject> readObjectFile(const QString& path)
{
    auto data = readWholeFile(path, kMaxJsonFileBytes);
    if (!data)
        return data.error();
    return parseObject(*data, path);
}

Status writeObjectFile(const QString& path, const QJsonObject& object)
{
    return writeFileAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QByteArray canonical(const QJsonObject& object)
{
    // QJsonObject keeps its keys sorted, so compact output is already canonical.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<QString> requireString(const QJsonObject& object, const QString& key, const QString& context)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return memberError(context, key, Tr::tr("is missing"));
    if (!v.isString())
        return memberError(context, key, Tr::tr("must be a string"));
    return v.toString();
}

Result<double> requireNumber(const QJsonObject& object, const QString& key, const QString& context)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return memberError(context, key, Tr::tr("is missing"));
    if (!v.isDouble())
        return memberError(context, key, Tr::tr("must be a number"));
    return v.toDouble();
}

Result<int> requireInt(const QJsonObject& object, const QString& key, const QString& context)
{
    auto number = requireNumber(object, key, context);
    if (!number)
        return number.error();
    const double d = *number;
    if (d != std::floor(d) || std::abs(d) > 2147483647.0)
        return memberError(context, key, Tr::tr("must be an integer"));
    return static_cast<int>(d);
}

Result<QJsonArray> requireArray(const QJsonObject& object, const QString& key, const QString& context)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return memberError(context, key, Tr::tr("is missing"));
    if (!v.isArray())
        return memberError(context, key, Tr::tr("must be an array"));
    return v.toArray();
}

Result<QJsonObject> requireObject(const QJsonObject& object, const QString& key, const QString& context)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return memberError(context, key, Tr::tr("is missing"));
    if (!v.isObject())
        return memberError(context, key, Tr::tr("must be an object"));
    return v.toObject();
}

} // namespace descry::json
