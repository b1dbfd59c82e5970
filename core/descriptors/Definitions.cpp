#include "core/descriptors/Definitions.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

static void initCoreResourcesForDefinitions()
{
    Q_INIT_RESOURCE(core);
}

namespace descry {

namespace {

QHash<QString, QHash<QString, QString>> readTable(const QJsonObject& o)
{
    QHash<QString, QHash<QString, QString>> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject languages = it.value().toObject();
        for (auto l = languages.begin(); l != languages.end(); ++l)
            out[it.key()].insert(l.key(), l.value().toString());
    }
    return out;
}

} // namespace

const Definitions& Definitions::builtIn()
{
    static const Definitions definitions = [] {
        initCoreResourcesForDefinitions();
        Definitions d;
        QFile f(QStringLiteral(":/descry/descriptors/fiswg-face-definitions.json"));
        if (!f.open(QIODevice::ReadOnly))
            return d; // compiled in: absent only in a broken build, and then no tooltip shows a definition
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        d.m_components = readTable(o.value(QStringLiteral("components")).toObject());
        d.m_characteristics = readTable(o.value(QStringLiteral("characteristics")).toObject());
        return d;
    }();
    return definitions;
}

QString Definitions::pick(const QHash<QString, ByLanguage>& table, const QString& id, const QString& language)
{
    const auto it = table.constFind(id);
    if (it == table.constEnd())
        return {};
    const QString lang = language.isEmpty() ? QLocale().name().left(2) : language;
    const QString text = it->value(lang);
    return text.isEmpty() ? it->value(QStringLiteral("en")) : text;
}

QString Definitions::component(const QString& id, const QString& language) const
{
    return pick(m_components, id, language);
}

QString Definitions::characteristic(const QString& id, const QString& language) const
{
    return pick(m_characteristics, id, language);
}

} // namespace descry
