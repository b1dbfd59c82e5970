#pragma once

#include <QHash>
#include <QString>

namespace descry {

// Plain-language definitions of the FISWG components and characteristics of the face catalog, in English, German,
// French and Spanish (descriptors/fiswg-face-definitions.json, compiled in): the tooltips and details pane of the
// GUI. Read once, then immutable; thread-safe to read.
class Definitions
{
public:
    // The definitions compiled into Descry.
    static const Definitions& builtIn();

    // The definition of a component ("eyes") or characteristic ("eyes.spacing") in `language` ("en", "de", "fr",
    // "es"; another or empty: the language of the current QLocale, falling back to English); empty when unknown.
    QString component(const QString& id, const QString& language = {}) const;
    QString characteristic(const QString& id, const QString& language = {}) const;
    int componentCount() const { return int(m_components.size()); }
    int characteristicCount() const { return int(m_characteristics.size()); }

private:
    using ByLanguage = QHash<QString, QString>;
    static QString pick(const QHash<QString, ByLanguage>& table, const QString& id, const QString& language);

    QHash<QString, ByLanguage> m_components;
    QHash<QString, ByLanguage> m_characteristics;
};

} // namespace descry
