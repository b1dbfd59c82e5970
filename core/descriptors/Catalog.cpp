#include "core/descriptors/Catalog.h"
#include "core/common/Paths.h"
#include "core/common/Tr.h"

#include "core/common/Hash.h"
#include "core/common/Json.h"
#include "core/common/WholeFile.h"
#include "core/common/detail/ExceptionAdapter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

// Resources compiled into a static library must be registered explicitly.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace descry {

namespace {

// Registers the compiled-in resources once per process (thread-safe static initialisation).
void ensureCoreResources()
{
    static const bool registered = [] {
        initCoreResources();
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace

// Walks one catalog JSON tree, validating as it goes and filling a Catalog; errors carry the JSON path.
class CatalogParser
{
public:
    explicit CatalogParser(const QString& origin) : m_origin(origin) { m_catalog.m_origin = origin; }

    Result<Catalog> run(const QJsonObject& root)
    {
        if (Status s = parseRoot(root); !s)
            return s.error();
        m_catalog.m_sha256 = sha256Hex(json::canonical(root));
        return std::move(m_catalog);
    }

private:
    Error fail(const QString& context, const QString& what) const
    {
        return Error(ErrorCode::Input, QStringLiteral("%1: %2").arg(context, what), m_origin);
    }

    // Rejects members outside `allowed`, so typos ("prompt" for "prompts") do not pass silently.
    Status onlyMembers(const QJsonObject& object, const QStringList& allowed, const QString& context) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(context, Tr::tr("unknown member '%1'").arg(it.key()));
        }
        return {};
    }

    Result<QString> text(const QJsonObject& object, const QString& key, const QString& context) const
    {
        auto value = json::requireString(object, key, context);
        if (!value)
            return value.error().withFile(m_origin);
        if (value->trimmed().isEmpty())
            return fail(context, Tr::tr("member '%1' must be a non-empty string").arg(key));
        return value;
    }

    Result<QString> optionalText(const QJsonObject& object, const QString& key, const QString& context) const
    {
        if (!object.contains(key))
            return QString();
        return text(object, key, context);
    }

    Result<QString> identifier(const QJsonObject& object, const QString& key, const QString& context) const
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+([._-][a-z0-9]+)*$"));
        auto value = text(object, key, context);
        if (value && !pattern.match(*value).hasMatch())
            return fail(context,
                        Tr::tr("member '%1' ('%2') must be lower-case letters and digits separated by '.', '_' or '-'")
                            .arg(key, *value));
        return value;
    }

    Result<QJsonObject> item(const QJsonArray& array, int i, const QString& key, const QString& context) const
    {
        if (!array.at(i).isObject())
            return fail(context, Tr::tr("member '%1' item #%2 must be an object").arg(key).arg(i + 1));
        return array.at(i).toObject();
    }

    Result<QJsonArray> nonEmptyArray(const QJsonObject& object, const QString& key, const QString& context) const
    {
        auto array = json::requireArray(object, key, context);
        if (!array)
            return array.error().withFile(m_origin);
        if (array->isEmpty())
            return fail(context, Tr::tr("member '%1' must be a non-empty array").arg(key));
        return array;
    }

    Status parseRoot(const QJsonObject& root)
    {
        const QString context = Tr::tr("top level");
        auto format = json::requireString(root, QStringLiteral("format"), context);
        if (!format)
            return format.error().withFile(m_origin);
        if (*format != QLatin1String(Catalog::formatId))
            return fail(
                context,
                Tr::tr("unsupported format '%1' (expected '%2')").arg(*format, QLatin1String(Catalog::formatId)));
        static const QStringList allowed = {QStringLiteral("format"),    QStringLiteral("name"),
                                            QStringLiteral("version"),   QStringLiteral("title"),
                                            QStringLiteral("notes"),     QStringLiteral("components"),
                                            QStringLiteral("extraction")};
        if (Status s = onlyMembers(root, allowed, context); !s)
            return s;
        auto name = identifier(root, QStringLiteral("name"), context);
        if (!name)
            return name.error();
        auto version = text(root, QStringLiteral("version"), context);
        if (!version)
            return version.error();
        auto title = optionalText(root, QStringLiteral("title"), context);
        if (!title)
            return title.error();
        auto notes = optionalText(root, QStringLiteral("notes"), context);
        if (!notes)
            return notes.error();
        m_catalog.m_name = *name;
        m_catalog.m_version = *version;
        m_catalog.m_title = *title;
        m_catalog.m_notes = *notes;

        auto components = nonEmptyArray(root, QStringLiteral("components"), context);
        if (!components)
            return components.error();
        for (int i = 0; i < components->size(); ++i) {
            auto component = item(*components, i, QStringLiteral("components"), context);
            if (!component)
                return component.error();
            if (Status s = parseComponent(*component, i); !s)
                return s;
        }
        if (root.contains(QStringLiteral("extraction"))) {
            if (Status s = parseExtraction(root); !s)
                return s;
        }
        return {};
    }

    // A non-empty array of distinct, non-empty, lower-case strings (phrases matched on word boundaries).
    Result<QStringList> phraseList(const QJsonObject& object, const QString& key, const QString& context) const
    {
        const QJsonValue value = object.value(key);
        const QString listError = Tr::tr("member '%1' must be a non-empty array of strings").arg(key);
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(context, listError);
        const QJsonArray list = value.toArray();
        QStringList out;
        for (int i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString())
                return fail(context, listError);
            const QString phrase = list.at(i).toString().simplified();
            if (phrase.isEmpty())
                return fail(context, Tr::tr("member '%1' item #%2 is empty").arg(key).arg(i + 1));
            if (phrase != phrase.toLower())
                return fail(context,
                            Tr::tr("member '%1' item #%2 ('%3') must be lower-case").arg(key).arg(i + 1).arg(phrase));
            if (out.contains(phrase))
                return fail(context, Tr::tr("member '%1' lists '%2' twice").arg(key, phrase));
            out << phrase;
        }
        return out;
    }

    Result<QStringList> optionalPhraseList(const QJsonObject& object, const QString& key, const QString& context) const
    {
        if (!object.contains(key))
            return QStringList();
        return phraseList(object, key, context);
    }

    // Reads the lists of one `extraction` sub-object ({"group": ..., "<a>": [...], ...}) into `lists`.
    Result<QString> parseGroupedLists(const QJsonObject& extraction, const QString& key,
                                      const QList<std::pair<QString, QStringList*>>& lists, const QString& context)
    {
        auto object = json::requireObject(extraction, key, context);
        if (!object)
            return object.error().withFile(m_origin);
        const QString inner = context + QStringLiteral(", ") + key;
        QStringList allowed = {QStringLiteral("group")};
        for (const auto& [name, list] : lists)
            allowed << name;
        if (Status s = onlyMembers(*object, allowed, inner); !s)
            return s.error();
        auto group = identifier(*object, QStringLiteral("group"), inner);
        if (!group)
            return group.error();
        if (!m_catalog.m_groupIndex.contains(*group))
            return fail(
                inner, Tr::tr("member 'group' names characteristic '%1', which the catalog does not have").arg(*group));
        for (const auto& [name, list] : lists) {
            auto phrases = phraseList(*object, name, inner);
            if (!phrases)
                return phrases.error();
            *list = *phrases;
        }
        return group;
    }

    // The catalog-wide report-extraction rules (CatalogExtraction).
    Status parseExtraction(const QJsonObject& root)
    {
        const QString context = QStringLiteral("extraction");
        auto object = json::requireObject(root, context, Tr::tr("top level"));
        if (!object)
            return object.error().withFile(m_origin);
        CatalogExtraction& x = m_catalog.m_extraction;
        const QList<std::pair<QString, QStringList*>> cueLists = {
            {QStringLiteral("negation"), &x.negation},
            {QStringLiteral("postNegation"), &x.postNegation},
            {QStringLiteral("pseudoNegation"), &x.pseudoNegation},
            {QStringLiteral("uncertainty"), &x.uncertainty},
            {QStringLiteral("postUncertainty"), &x.postUncertainty},
            {QStringLiteral("historical"), &x.historical},
            {QStringLiteral("pseudoHistorical"), &x.pseudoHistorical},
            {QStringLiteral("scopeTerminators"), &x.scopeTerminators}};
        QStringList allowed = {QStringLiteral("target"), QStringLiteral("laterality"), QStringLiteral("size")};
        for (const auto& [name, list] : cueLists)
            allowed << name;
        if (Status s = onlyMembers(*object, allowed, context); !s)
            return s;
        auto target = json::requireObject(*object, QStringLiteral("target"), context);
        if (!target)
            return target.error().withFile(m_origin);
        const QString targetContext = context + QStringLiteral(", target");
        static const QStringList targetMembers = {QStringLiteral("id"), QStringLiteral("text"),
                                                  QStringLiteral("phrases"), QStringLiteral("exclusions")};
        if (Status s = onlyMembers(*target, targetMembers, targetContext); !s)
            return s;
        auto id = identifier(*target, QStringLiteral("id"), targetContext);
        if (!id)
            return id.error();
        auto targetText = text(*target, QStringLiteral("text"), targetContext);
        if (!targetText)
            return targetText.error();
        auto targetPhrases = phraseList(*target, QStringLiteral("phrases"), targetContext);
        if (!targetPhrases)
            return targetPhrases.error();
        x.targetId = *id;
        x.targetText = *targetText;
        x.targetPhrases = *targetPhrases;
        auto exclusions = optionalPhraseList(*target, QStringLiteral("exclusions"), targetContext);
        if (!exclusions)
            return exclusions.error();
        x.targetExclusions = *exclusions;
        for (const auto& [name, list] : cueLists) {
            // The optional lists may be left out; the ones every report needs may not.
            const bool optional = name == QLatin1String("postUncertainty") || name == QLatin1String("pseudoHistorical");
            auto phrases = optional ? optionalPhraseList(*object, name, context) : phraseList(*object, name, context);
            if (!phrases)
                return phrases.error();
            *list = *phrases;
        }
        auto laterality = parseGroupedLists(*object, QStringLiteral("laterality"),
                                            {{QStringLiteral("left"), &x.left},
                                             {QStringLiteral("right"), &x.right},
                                             {QStringLiteral("bilateral"), &x.bilateral}},
                                            context);
        if (!laterality)
            return laterality.error();
        auto size = parseGroupedLists(*object, QStringLiteral("size"),
                                      {{QStringLiteral("small"), &x.small},
                                       {QStringLiteral("moderate"), &x.moderate},
                                       {QStringLiteral("large"), &x.large}},
                                      context);
        if (!size)
            return size.error();
        x.lateralityGroup = *laterality;
        x.sizeGroup = *size;
        if (Status s = checkFindingGroup(x.lateralityGroup, {"none", "left", "right", "bilateral"},
                                         context + QStringLiteral(", laterality"));
            !s)
            return s;
        if (Status s = checkFindingGroup(x.sizeGroup, {"none", "small", "moderate", "large"},
                                         context + QStringLiteral(", size"));
            !s)
            return s;
        if (Status s = checkDescriptorPhrases(); !s)
            return s;
        x.present = true;
        return {};
    }

    // The side and size groups hold one descriptor per value the extractor writes ("<group>.left", ...).
    Status checkFindingGroup(const QString& groupId, const QStringList& grades, const QString& context) const
    {
        for (const QString& grade : grades) {
            const QString id = groupId + QLatin1Char('.') + grade;
            const int index = m_catalog.m_descriptorIndex.value(id, -1);
            if (index < 0 || m_catalog.m_descriptors[index].characteristic != groupId)
                return fail(context, Tr::tr("characteristic '%1' has no descriptor '%2'").arg(groupId, id));
        }
        return {};
    }

    // In a catalog with extraction rules every descriptor has phrases, and no phrase names two descriptors.
    Status checkDescriptorPhrases() const
    {
        QHash<QString, QString> owner;
        for (const Descriptor& d : m_catalog.m_descriptors) {
            if (d.phrases.isEmpty())
                return fail(Tr::tr("descriptor '%1'").arg(d.id),
                            Tr::tr("member 'phrases' is required in a catalog with 'extraction' rules"));
            for (const QString& phrase : d.phrases) {
                if (const QString other = owner.value(phrase); !other.isEmpty())
                    return fail(Tr::tr("descriptor '%1'").arg(d.id),
                                Tr::tr("phrase '%1' already names descriptor '%2'").arg(phrase, other));
                owner.insert(phrase, d.id);
            }
        }
        return {};
    }

    Status parseComponent(const QJsonObject& object, int index)
    {
        const QString numbered = Tr::tr("component #%1").arg(index + 1);
        auto id = identifier(object, QStringLiteral("id"), numbered);
        if (!id)
            return id.error();
        if (m_catalog.m_componentNames.contains(*id))
            return fail(numbered, Tr::tr("duplicate id '%1'").arg(*id));
        const QString context = Tr::tr("component '%1'").arg(*id);
        static const QStringList allowed = {QStringLiteral("id"), QStringLiteral("name"),
                                            QStringLiteral("characteristics")};
        if (Status s = onlyMembers(object, allowed, context); !s)
            return s;
        auto name = text(object, QStringLiteral("name"), context);
        if (!name)
            return name.error();
        m_catalog.m_componentIds << *id;
        m_catalog.m_componentNames.insert(*id, *name);

        auto characteristics = nonEmptyArray(object, QStringLiteral("characteristics"), context);
        if (!characteristics)
            return characteristics.error();
        for (int i = 0; i < characteristics->size(); ++i) {
            auto characteristic = item(*characteristics, i, QStringLiteral("characteristics"), context);
            if (!characteristic)
                return characteristic.error();
            if (Status s = parseCharacteristic(*characteristic, i, *id, *name, context); !s)
                return s;
        }
        return {};
    }

    // "quantity" (one, graded by a number per descriptor) or "quantities" (several, graded by an array per
    // descriptor: a Gaussian prototype), and a one-sentence definition.
    Status parseMeasurement(const QJsonObject& object, DescriptorGroup& group, const QString& context)
    {
        auto measurement = json::requireObject(object, QStringLiteral("measurement"), context);
        if (!measurement)
            return measurement.error().withFile(m_origin);
        const QString inner = context + Tr::tr(", measurement");
        static const QStringList allowed = {QStringLiteral("quantity"), QStringLiteral("quantities"),
                                            QStringLiteral("definition")};
        if (Status s = onlyMembers(*measurement, allowed, inner); !s)
            return s;
        const bool single = measurement->contains(QStringLiteral("quantity"));
        if (single == measurement->contains(QStringLiteral("quantities")))
            return fail(inner, Tr::tr("needs exactly one of the members 'quantity' and 'quantities'"));
        auto definition = text(*measurement, QStringLiteral("definition"), inner);
        if (!definition)
            return definition.error();
        group.definition = *definition;
        if (!single)
            return parseQuantities(*measurement, group, inner);
        auto quantity = identifier(*measurement, QStringLiteral("quantity"), inner);
        if (!quantity)
            return quantity.error();
        if (const int other = m_singleQuantityOwner.value(*quantity, -1); other >= 0)
            return fail(inner, Tr::tr("quantity '%1' is already measured by characteristic '%2'")
                                   .arg(*quantity, m_catalog.m_groups[other].id));
        group.quantity = *quantity;
        group.quantities = {*quantity};
        return {};
    }

    Status parseQuantities(const QJsonObject& measurement, DescriptorGroup& group, const QString& inner)
    {
        const QJsonValue list = measurement.value(QStringLiteral("quantities"));
        const QString listError = Tr::tr("member 'quantities' must be an array of at least 2 quantity ids");
        if (!list.isArray() || list.toArray().size() < 2)
            return fail(inner, listError);
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+([._-][a-z0-9]+)*$"));
        for (const QJsonValue& v : list.toArray()) {
            const QString q = v.toString();
            if (!v.isString() || !pattern.match(q).hasMatch())
                return fail(inner, listError + Tr::tr(" (lower-case letters and digits separated by '.', '_' or '-')"));
            if (group.quantities.contains(q))
                return fail(inner, Tr::tr("member 'quantities' lists '%1' twice").arg(q));
            group.quantities << q;
        }
        group.quantity = group.quantities.first();
        return {};
    }

    Status parseCharacteristic(const QJsonObject& object, int index, const QString& componentId,
                               const QString& componentName, const QString& componentContext)
    {
        const QString numbered = componentContext + Tr::tr(", characteristic #%1").arg(index + 1);
        auto id = identifier(object, QStringLiteral("id"), numbered);
        if (!id)
            return id.error();
        if (m_catalog.m_groupIndex.contains(*id))
            return fail(numbered, Tr::tr("duplicate id '%1'").arg(*id));
        const QString context = componentContext + Tr::tr(", characteristic '%1'").arg(*id);
        static const QStringList allowed = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("measurement"),
                                            QStringLiteral("descriptors")};
        if (Status s = onlyMembers(object, allowed, context); !s)
            return s;
        DescriptorGroup group;
        group.id = *id;
        group.component = componentId;
        group.componentName = componentName;
        auto name = text(object, QStringLiteral("name"), context);
        if (!name)
            return name.error();
        group.name = *name;
        if (object.contains(QStringLiteral("measurement"))) {
            if (Status s = parseMeasurement(object, group, context); !s)
                return s;
        }

        auto array = json::requireArray(object, QStringLiteral("descriptors"), context);
        if (!array)
            return array.error().withFile(m_origin);
        if (array->size() < 2)
            return fail(
                context,
                Tr::tr("member 'descriptors' must hold at least 2 descriptors (it holds %1)").arg(array->size()));

        QList<Descriptor> descriptors;
        QSet<QString> localIds;
        for (int i = 0; i < array->size(); ++i) {
            const QString itemContext = context + Tr::tr(", descriptor #%1").arg(i + 1);
            auto entry = item(*array, i, QStringLiteral("descriptors"), context);
            if (!entry)
                return entry.error();
            auto descriptor = parseDescriptor(*entry, *id, itemContext);
            if (!descriptor)
                return descriptor.error();
            if (m_catalog.m_descriptorIndex.contains(descriptor->id) || localIds.contains(descriptor->id))
                return fail(itemContext, Tr::tr("duplicate id '%1'").arg(descriptor->id));
            localIds.insert(descriptor->id);
            descriptor->component = componentId;
            descriptor->componentName = componentName;
            descriptors << *descriptor;
        }
        if (Status s = checkGrades(descriptors, group, context); !s)
            return s;

        const int groupIndex = m_catalog.m_groups.size();
        for (Descriptor& d : descriptors) {
            d.group = groupIndex;
            group.descriptors << m_catalog.m_descriptors.size();
            m_catalog.m_descriptorIndex.insert(d.id, m_catalog.m_descriptors.size());
            m_catalog.m_descriptors << d;
        }
        m_catalog.m_groupIndex.insert(group.id, groupIndex);
        for (const QString& q : group.quantities) {
            if (!m_catalog.m_quantityIndex.contains(q))
                m_catalog.m_quantityIndex.insert(q, groupIndex);
        }
        if (group.quantities.size() == 1)
            m_singleQuantityOwner.insert(group.quantity, groupIndex);
        m_catalog.m_groups << group;
        return {};
    }

    Result<Descriptor> parseDescriptor(const QJsonObject& object, const QString& characteristicId,
                                       const QString& context) const
    {
        static const QStringList allowed = {QStringLiteral("id"),
                                            QStringLiteral("text"),
                                            QStringLiteral("grade"),
                                            QStringLiteral("prompts"),
                                            QStringLiteral("phrases"),
                                            QStringLiteral("negationCues"),
                                            QStringLiteral("uncertaintyCues"),
                                            QStringLiteral("normal")};
        Descriptor d;
        d.characteristic = characteristicId;
        auto id = identifier(object, QStringLiteral("id"), context);
        if (!id)
            return id.error();
        const QString prefix = characteristicId + QLatin1Char('.');
        if (!id->startsWith(prefix) || id->size() == prefix.size())
            return fail(context, Tr::tr("id '%1' must be '%2<grade name>'").arg(*id, prefix));
        d.id = *id;
        if (Status s = onlyMembers(object, allowed, context); !s)
            return s.error();
        auto displayText = text(object, QStringLiteral("text"), context);
        if (!displayText)
            return displayText.error();
        d.text = *displayText;
        if (object.contains(QStringLiteral("grade"))) {
            const QJsonValue grade = object.value(QStringLiteral("grade"));
            const QJsonArray values = grade.isArray() ? grade.toArray() : QJsonArray{grade};
            for (const QJsonValue& v : values) {
                if (!v.isDouble() || !std::isfinite(v.toDouble()))
                    return fail(context, Tr::tr("member 'grade' must be a number or an array of numbers"));
                d.grades.push_back(v.toDouble());
            }
            if (d.grades.empty())
                return fail(context, Tr::tr("member 'grade' must be a number or an array of numbers"));
            d.hasGrade = true;
            d.grade = d.grades.front();
            d.multiGrade = grade.isArray();
        }
        const QJsonValue prompts = object.value(QStringLiteral("prompts"));
        const QString promptsError = Tr::tr("member 'prompts' must be a non-empty array of strings");
        if (!prompts.isArray() || prompts.toArray().isEmpty())
            return fail(context, promptsError);
        const QJsonArray list = prompts.toArray();
        for (int i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString())
                return fail(context, promptsError);
            if (list.at(i).toString().trimmed().isEmpty())
                return fail(context, Tr::tr("member 'prompts' item #%1 is empty").arg(i + 1));
            d.prompts << list.at(i).toString();
        }
        if (Status s = parseDescriptorExtraction(object, d, context); !s)
            return s.error();
        return d;
    }

    // The CXR members of a descriptor: phrases, its own cues, and whether the grade states absence.
    Status parseDescriptorExtraction(const QJsonObject& object, Descriptor& d, const QString& context) const
    {
        auto phrases = optionalPhraseList(object, QStringLiteral("phrases"), context);
        if (!phrases)
            return phrases.error();
        auto negation = optionalPhraseList(object, QStringLiteral("negationCues"), context);
        if (!negation)
            return negation.error();
        auto uncertainty = optionalPhraseList(object, QStringLiteral("uncertaintyCues"), context);
        if (!uncertainty)
            return uncertainty.error();
        d.phrases = *phrases;
        d.negationCues = *negation;
        d.uncertaintyCues = *uncertainty;
        if (object.contains(QStringLiteral("normal"))) {
            const QJsonValue normal = object.value(QStringLiteral("normal"));
            if (!normal.isBool())
                return fail(context, Tr::tr("member 'normal' must be true or false"));
            d.normal = normal.toBool();
        }
        return {};
    }

    // All-or-none grades within a group, required when measured. One quantity: a number per descriptor, strictly
    // increasing in catalog order. Several quantities: an array with one number per quantity (prototypes of a
    // categorical characteristic, in no particular order).
    Status checkGrades(const QList<Descriptor>& descriptors, const DescriptorGroup& group, const QString& context) const
    {
        int graded = 0;
        for (const Descriptor& d : descriptors)
            graded += d.hasGrade ? 1 : 0;
        if (graded == 0) {
            if (group.measured())
                return fail(context, Tr::tr("a measured characteristic needs a 'grade' on every descriptor"));
            return {};
        }
        const bool multi = group.quantities.size() > 1;
        for (int i = 0; i < descriptors.size(); ++i) {
            const QString itemContext = context + Tr::tr(", descriptor #%1").arg(i + 1);
            const Descriptor& d = descriptors[i];
            if (!d.hasGrade)
                return fail(itemContext, Tr::tr("member 'grade' is missing although other descriptors of the "
                                                "characteristic have one"));
            if (multi && (!d.multiGrade || d.grades.size() != size_t(group.quantities.size())))
                return fail(itemContext, Tr::tr("member 'grade' must be an array of %1 numbers, one per entry of "
                                                "'measurement.quantities'")
                                             .arg(group.quantities.size()));
            if (!multi && d.multiGrade)
                return fail(itemContext, Tr::tr("member 'grade' must be a number (the characteristic measures one "
                                                "quantity)"));
            if (!multi && i > 0 && !(d.grade > descriptors[i - 1].grade))
                return fail(itemContext, Tr::tr("grade %1 must be greater than grade %2 of descriptor #%3 "
                                                "(grades increase strictly)")
                                             .arg(d.grade)
                                             .arg(descriptors[i - 1].grade)
                                             .arg(i));
        }
        if (multi) {
            for (int i = 0; i < descriptors.size(); ++i)
                for (int j = 0; j < i; ++j)
                    if (descriptors[i].grades == descriptors[j].grades)
                        return fail(context + Tr::tr(", descriptor #%1").arg(i + 1),
                                    Tr::tr("member 'grade' repeats the grade of descriptor #%1").arg(j + 1));
        }
        return {};
    }

    QHash<QString, int> m_singleQuantityOwner; // single-quantity characteristics: one per quantity
    QString m_origin;
    Catalog m_catalog;
};

Result<Catalog> Catalog::parse(const QByteArray& json, const QString& origin)
{
    return detail::guarded(ErrorCode::Internal, origin, [&]() -> Result<Catalog> {
        auto root = json::parseObject(json, origin);
        if (!root)
            return root.error();
        return CatalogParser(origin).run(*root);
    });
}

Result<Catalog> Catalog::load(const QString& path)
{
    if (path.startsWith(QLatin1Char(':')))
        ensureCoreResources();
    auto data = readWholeFile(path, kMaxJsonFileBytes);
    if (!data)
        return data.error();
    return parse(*data, path);
}

QStringList Catalog::quantities() const
{
    QStringList out;
    for (const DescriptorGroup& g : m_groups) {
        for (const QString& q : g.quantities)
            if (!out.contains(q))
                out << q;
    }
    return out;
}

int Catalog::measuredCharacteristics() const
{
    return int(std::count_if(m_groups.begin(), m_groups.end(), [](const DescriptorGroup& g) { return g.measured(); }));
}

QString defaultFaceCatalogPath()
{
    const QString dir = qEnvironmentVariable("DESCRY_CATALOG_DIR");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("fiswg-face.json"));
    ensureCoreResources();
    return QStringLiteral(":/descry/descriptors/fiswg-face.json");
}

QString defaultCxrCatalogPath()
{
    const QString dir = qEnvironmentVariable("DESCRY_CATALOG_DIR");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("cxr-pleural-effusion.json"));
    ensureCoreResources();
    return QStringLiteral(":/descry/descriptors/cxr-pleural-effusion.json");
}

Result<Catalog> findCatalog(const QString& name, const QString& version, const QString& sha256, const QString& packFile,
                            const QString& origin)
{
    ensureCoreResources();
    QStringList candidates;
    if (!packFile.isEmpty())
        candidates << packFile;
    for (const QString& dir : paths::catalogSearchPaths())
        for (const QFileInfo& f : QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            candidates << f.filePath();
    for (const QFileInfo& f : QDir(QStringLiteral(":/descry/descriptors")).entryInfoList({QStringLiteral("*.json")}))
        candidates << f.filePath();
    QStringList seen;
    for (const QString& path : candidates) {
        auto catalog = Catalog::load(path);
        if (!catalog) {
            if (path == packFile)
                return catalog.error();
            continue;
        }
        if (catalog->name() != name)
            continue;
        if (catalog->version() == version && catalog->sha256() == sha256)
            return catalog;
        seen << QStringLiteral("%1 (sha256 %2)").arg(catalog->version(), catalog->sha256().left(12));
    }
    if (seen.isEmpty())
        return Error(ErrorCode::Model, Tr::tr("descriptor catalog '%1' %2 is not installed").arg(name, version),
                     origin);
    return Error(ErrorCode::Model,
                 Tr::tr("pack was trained on catalog %1 %2 (sha256 %3) but only %4 is installed")
                     .arg(name, version, sha256.left(12), seen.join(QStringLiteral(", "))),
                 origin);
}

} // namespace descry
