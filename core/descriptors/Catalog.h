#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace descry {

// One graded descriptor of a catalog: the unit a CLIP score or a morphometric grade is reported for.
struct Descriptor
{
    QString id;             // unique, "<characteristic id>.<grade name>"
    QString component;      // component id, e.g. "eyes"
    QString componentName;  // display name, e.g. "Eyes"
    QString characteristic; // characteristic (= group) id, e.g. "eyes.width"
    QString text;           // short display text for examiners
    QStringList prompts;    // CLIP prompts, at least one, none empty
    bool hasGrade = false;
    double grade = 0; // z-score centre of this grade (population units), when hasGrade
    int group = -1;   // index into Catalog::groups()
};

// One characteristic: a softmax group of mutually exclusive descriptors, optionally tied to a measured quantity.
struct DescriptorGroup
{
    QString id;        // characteristic id
    QString name;      // display name
    QString component; // component id
    QString componentName;
    QString quantity;       // morphometric quantity id; empty if the characteristic is not measured
    QString definition;     // how the quantity is computed from landmarks; empty if not measured
    QList<int> descriptors; // indices into Catalog::descriptors(), in catalog order (grades increasing)
};

// A validated descriptor catalog (format "descry-catalog/1"), flattened for scoring. Immutable value type:
// safe to share read-only between threads once loaded.
class Catalog
{
public:
    static constexpr const char* formatId = "descry-catalog/1";

    // Reads and validates a catalog file (also ":/..." resource paths); errors name the file and JSON path.
    static Result<Catalog> load(const QString& path);
    // Validates a catalog held in memory; `origin` names it in errors.
    static Result<Catalog> parse(const QByteArray& json, const QString& origin);

    QString name() const { return m_name; }
    QString version() const { return m_version; }
    QString title() const { return m_title; }
    QString notes() const { return m_notes; }
    QString origin() const { return m_origin; }
    // Lower-case hex SHA-256 of json::canonical(root object): independent of whitespace and member order.
    QString sha256() const { return m_sha256; }

    const QList<Descriptor>& descriptors() const { return m_descriptors; }
    const QList<DescriptorGroup>& groups() const { return m_groups; }

    // Component ids in catalog order, and the display name of one (empty when unknown).
    QStringList componentIds() const { return m_componentIds; }
    QString componentName(const QString& id) const { return m_componentNames.value(id); }

    // Index into descriptors() / groups(), or -1 when unknown.
    int indexOf(const QString& descriptorId) const { return m_descriptorIndex.value(descriptorId, -1); }
    int groupIndexOf(const QString& characteristicId) const { return m_groupIndex.value(characteristicId, -1); }
    int groupIndexOfQuantity(const QString& quantity) const { return m_quantityIndex.value(quantity, -1); }

    // Measured quantity ids in catalog order.
    QStringList quantities() const;

private:
    QString m_name, m_version, m_title, m_notes, m_origin, m_sha256;
    QList<Descriptor> m_descriptors;
    QList<DescriptorGroup> m_groups;
    QStringList m_componentIds;
    QHash<QString, QString> m_componentNames;
    QHash<QString, int> m_descriptorIndex, m_groupIndex, m_quantityIndex;

    friend class CatalogParser;
};

// Path of the FISWG face catalog: $DESCRY_CATALOG_DIR/fiswg-face.json when that variable is set, otherwise
// the copy compiled into descry_core (":/descry/descriptors/fiswg-face.json"). Thread-safe.
QString defaultFaceCatalogPath();

// Finds the catalog a pack was trained on by name + version + sha256: first `packFile` (a catalog file inside
// the pack, may be empty), then every *.json in paths::catalogSearchPaths(), then the built-in catalogs.
// Model error naming `origin` when none matches (saying which versions or hashes were found instead).
Result<Catalog> findCatalog(const QString& name, const QString& version, const QString& sha256, const QString& packFile,
                            const QString& origin);

} // namespace descry
