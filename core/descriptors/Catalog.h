#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

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
    double grade = 0; // z-score centre of this grade (population units), when hasGrade; grades[0] when multi
    // One z-score centre per quantity of the characteristic's measurement (one entry for a single quantity): the
    // descriptor's Gaussian prototype, scored −½·Σ_q (z_q − grades[q])².
    std::vector<double> grades;
    bool multiGrade = false; // 'grade' was written as an array
    int group = -1;          // index into Catalog::groups()
    // Report extraction (CXR catalogs; empty in the face catalog): phrases that mention this descriptor in a
    // radiology report (synonyms, plurals, common misspellings), lower-case; and the cues that apply to it on top
    // of the catalog-wide ones (CatalogExtraction).
    QStringList phrases;
    QStringList negationCues;
    QStringList uncertaintyCues;
    // This grade states that the finding is absent or normal (e.g. "sharp costophrenic angles", "no shift"):
    // never listed among the descriptors judged present, and what an explicitly negated finding implies.
    bool normal = false;
};

// The catalog-wide rules of report-descriptor extraction (member `extraction` of a CXR catalog; absent in the face
// catalog). Every list is lower-case phrases matched on word boundaries.
struct CatalogExtraction
{
    bool present = false;      // the catalog has an `extraction` member
    QString targetId;          // the decided finding, e.g. "pleural_effusion"
    QString targetText;        // its display text, e.g. "Pleural effusion"
    QStringList targetPhrases; // mentions of the finding ("pleural effusion", "effusions", "pleural fluid", ...)
    QStringList
        targetExclusions;       // phrases that contain a target phrase but name something else ("pericardial effusion")
    QStringList negation;       // pre-negation cues ("no", "without", "free of", "no evidence of", ...)
    QStringList postNegation;   // cues after the mention ("... has resolved", "... is not seen")
    QStringList pseudoNegation; // cues that look negating but are not ("no change in", "not only", ...)
    QStringList uncertainty;    // "possible", "may represent", "cannot exclude", "versus", ...
    QStringList postUncertainty;        // uncertainty cues after the mention ("... cannot be excluded", "... versus")
    QStringList historical;             // "history of", "prior", "previously", ...
    QStringList pseudoHistorical;       // look historical but are not ("prior study", "compared to prior", ...)
    QStringList scopeTerminators;       // end a cue's scope within a sentence ("but", "however", "although", ...)
    QStringList left, right, bilateral; // laterality words ("left", "right", "bilateral", "both", ...)
    QStringList small, moderate, large; // size words ("trace", "small", "tiny" / "moderate" / "large", ...)
    QString lateralityGroup;            // group id whose descriptors follow the finding's side (e.g. "laterality")
    QString sizeGroup;                  // group id whose descriptors follow the finding's size (e.g. "size")
};

// One characteristic: a softmax group of mutually exclusive descriptors, optionally tied to a measured quantity.
struct DescriptorGroup
{
    QString id;        // characteristic id
    QString name;      // display name
    QString component; // component id
    QString componentName;
    QString quantity;       // measured quantity id (the first of `quantities`); empty if not measured
    QStringList quantities; // every measured quantity ({quantity} for a single one; several for a categorical one)
    QString definition;     // how the quantities are measured (landmarks, regions); empty if not measured
    bool measured() const { return !quantities.isEmpty(); }
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

    // Measured quantity ids in catalog order, each once (a quantity may serve several characteristics).
    QStringList quantities() const;
    // Number of characteristics with a measurement.
    int measuredCharacteristics() const;

    // Report-extraction rules; extraction().present is false for a catalog without them (the face catalog).
    const CatalogExtraction& extraction() const { return m_extraction; }

private:
    QString m_name, m_version, m_title, m_notes, m_origin, m_sha256;
    QList<Descriptor> m_descriptors;
    QList<DescriptorGroup> m_groups;
    QStringList m_componentIds;
    QHash<QString, QString> m_componentNames;
    QHash<QString, int> m_descriptorIndex, m_groupIndex, m_quantityIndex;
    CatalogExtraction m_extraction;

    friend class CatalogParser;
};

// Path of the FISWG face catalog: $DESCRY_CATALOG_DIR/fiswg-face.json when that variable is set, otherwise
// the copy compiled into descry_core (":/descry/descriptors/fiswg-face.json"). Thread-safe.
QString defaultFaceCatalogPath();

// Path of the chest-X-ray pleural-effusion catalog: $DESCRY_CATALOG_DIR/cxr-pleural-effusion.json when that variable
// is set, otherwise the built-in copy (":/descry/descriptors/cxr-pleural-effusion.json"). Thread-safe.
QString defaultCxrCatalogPath();

// Finds the catalog a pack was trained on by name + version + sha256: first `packFile` (a catalog file inside
// the pack, may be empty), then every *.json in paths::catalogSearchPaths(), then the built-in catalogs.
// Model error naming `origin` when none matches (saying which versions or hashes were found instead).
Result<Catalog> findCatalog(const QString& name, const QString& version, const QString& sha256, const QString& packFile,
                            const QString& origin);

} // namespace descry
