#pragma once

#include "core/common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace descry::json {

// Reads a file holding one JSON object; errors name the file and the line:column of a syntax error. Files over
// kMaxJsonFileBytes (core/common/WholeFile.h) are refused before they are read.
Result<QJsonObject> readObjectFile(const QString& path);

// Parses a buffer holding one JSON object; `origin` names the source in errors.
Result<QJsonObject> parseObject(const QByteArray& data, const QString& origin);

// Writes an object atomically (indented, UTF-8, trailing newline).
Status writeObjectFile(const QString& path, const QJsonObject& object);

// Compact serialisation with keys sorted: stable bytes for content hashes.
QByteArray canonical(const QJsonObject& object);

// Typed access to required members; errors say which member of which context is missing or mistyped,
// e.g. "descriptor 'eye-shape-round': member 'prompts' must be an array".
Result<QString> requireString(const QJsonObject& object, const QString& key, const QString& context);
Result<double> requireNumber(const QJsonObject& object, const QString& key, const QString& context);
Result<int> requireInt(const QJsonObject& object, const QString& key, const QString& context);
Result<QJsonArray> requireArray(const QJsonObject& object, const QString& key, const QString& context);
Result<QJsonObject> requireObject(const QJsonObject& object, const QString& key, const QString& context);

} // namespace descry::json
