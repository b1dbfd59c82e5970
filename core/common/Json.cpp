#include "core/common/Json.h"
#include "core/common/Tr.h"

#include "core/common/AtomicFile.h"
#include "core/common/WholeFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

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

namespace {

// The decoded text of the JSON string literal that starts at data[begin] ('"'); *end is set past its closing quote.
QString stringLiteral(const QByteArray& data, qsizetype begin, qsizetype* end)
{
    qsizetype i = begin + 1;
    while (i < data.size() && data[i] != '"')
        i += data[i] == '\\' ? 2 : 1;
    *end = i + 1;
    const QByteArray literal = data.mid(begin, i + 1 - begin);
    if (!literal.contains('\\'))
        return QString::fromUtf8(literal.mid(1, literal.size() - 2));
    // Escapes ("\u0061" is "a"): let the JSON parser decode them, so that two spellings of one key compare equal.
    return QJsonDocument::fromJson("[" + literal + "]").array().at(0).toString();
}

// QJsonDocument keeps the last of two members with the same name; a reader of the text sees the first. A file
// that says two things is refused (a forged case could show one value to a person and another to Descry).
// Runs only on text QJsonDocument has accepted, so the scan can rely on its syntax.
Status checkNoDuplicateMembers(const QByteArray& data, const QString& origin)
{
    struct Level
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Level> stack;
    for (qsizetype i = 0; i < data.size();) {
        const char c = data[i];
        if (c == '"') {
            qsizetype end = i;
            const QString text = stringLiteral(data, i, &end);
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                if (stack.last().keys.contains(text)) {
                    const auto [line, column] = lineColumn(data, int(i));
                    return Error(ErrorCode::Input,
                                 Tr::tr("member '%1' appears twice in one object (line %2, column %3)")
                                     .arg(text.left(80))
                                     .arg(line)
                                     .arg(column),
                                 origin);
                }
                stack.last().keys.insert(text);
                stack.last().expectKey = false;
            }
            i = end;
            continue;
        }
        if (c == '{' || c == '[')
            stack.append(Level{c == '{', c == '{', {}});
        else if ((c == '}' || c == ']') && !stack.isEmpty())
            stack.removeLast();
        else if (c == ',' && !stack.isEmpty() && stack.last().object)
            stack.last().expectKey = true;
        ++i;
    }
    return {};
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
    if (Status unique = checkNoDuplicateMembers(data, origin); !unique)
        return unique.error();
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
