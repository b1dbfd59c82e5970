#include "core/casefile/ExaminerNotes.h"
#include "core/common/Tr.h"

#include "core/casefile/AuditLog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace descry {

namespace {

Error usage(const QString& message)
{
    return Error(ErrorCode::Usage, message);
}

QJsonObject assessmentJson(const Assessment& a)
{
    return {{QStringLiteral("finding"), ExaminerNotes::findingId(a.finding)}, {QStringLiteral("note"), a.note}};
}

std::optional<Assessment> assessmentFromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    const auto finding = ExaminerNotes::findingFromId(o.value(QStringLiteral("finding")).toString());
    if (!value.isObject() || !finding || !o.value(QStringLiteral("note")).isString() ||
        o.value(QStringLiteral("note")).toString().size() > ExaminerNotes::kMaxNoteChars)
        return std::nullopt;
    return Assessment{*finding, o.value(QStringLiteral("note")).toString()};
}

QJsonArray assessmentsJson(const QStringList& order, const QHash<QString, Assessment>& map)
{
    QJsonArray array;
    for (const QString& id : order) {
        QJsonObject o = assessmentJson(map.value(id));
        o.insert(QStringLiteral("component"), id);
        array.append(o);
    }
    return array;
}

// Reads [{component, finding, note}...]; fills `order` (when given) and `map`. False on any malformed entry.
bool assessmentsFromJson(const QJsonArray& array, QStringList* order, QHash<QString, Assessment>* map)
{
    for (const QJsonValue& v : array) {
        const QString id = v.toObject().value(QStringLiteral("component")).toString();
        const auto a = assessmentFromJson(v);
        if (id.isEmpty() || id.size() > ExaminerNotes::kMaxNameChars || !a || map->contains(id) ||
            map->size() >= ExaminerNotes::kMaxComponents)
            return false;
        map->insert(id, *a);
        if (order)
            order->append(id);
    }
    return true;
}

} // namespace

QStringList ExaminerNotes::fiswgComponentIds()
{
    return {QStringLiteral("skin"),  QStringLiteral("outline"),      QStringLiteral("composition"),
            QStringLiteral("hair"),  QStringLiteral("forehead"),     QStringLiteral("eyebrows"),
            QStringLiteral("eyes"),  QStringLiteral("cheeks"),       QStringLiteral("nose"),
            QStringLiteral("ears"),  QStringLiteral("mouth"),        QStringLiteral("chin"),
            QStringLiteral("neck"),  QStringLiteral("facial-hair"),  QStringLiteral("facial-lines"),
            QStringLiteral("scars"), QStringLiteral("facial-marks"), QStringLiteral("alterations"),
            QStringLiteral("other")};
}

QString ExaminerNotes::componentName(const QString& componentId)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("skin"), QT_TRANSLATE_NOOP("descry", "Skin")},
        {QStringLiteral("outline"), QT_TRANSLATE_NOOP("descry", "Face/Head Outline")},
        {QStringLiteral("composition"), QT_TRANSLATE_NOOP("descry", "Face/Head Composition")},
        {QStringLiteral("hair"), QT_TRANSLATE_NOOP("descry", "Hair")},
        {QStringLiteral("forehead"), QT_TRANSLATE_NOOP("descry", "Forehead")},
        {QStringLiteral("eyebrows"), QT_TRANSLATE_NOOP("descry", "Eyebrows")},
        {QStringLiteral("eyes"), QT_TRANSLATE_NOOP("descry", "Eyes")},
        {QStringLiteral("cheeks"), QT_TRANSLATE_NOOP("descry", "Cheeks")},
        {QStringLiteral("nose"), QT_TRANSLATE_NOOP("descry", "Nose")},
        {QStringLiteral("ears"), QT_TRANSLATE_NOOP("descry", "Ears")},
        {QStringLiteral("mouth"), QT_TRANSLATE_NOOP("descry", "Mouth")},
        {QStringLiteral("chin"), QT_TRANSLATE_NOOP("descry", "Chin/Jawline")},
        {QStringLiteral("neck"), QT_TRANSLATE_NOOP("descry", "Neck")},
        {QStringLiteral("facial-hair"), QT_TRANSLATE_NOOP("descry", "Facial Hair")},
        {QStringLiteral("facial-lines"), QT_TRANSLATE_NOOP("descry", "Facial Lines")},
        {QStringLiteral("scars"), QT_TRANSLATE_NOOP("descry", "Scars")},
        {QStringLiteral("facial-marks"), QT_TRANSLATE_NOOP("descry", "Facial Marks")},
        {QStringLiteral("alterations"), QT_TRANSLATE_NOOP("descry", "Alterations")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("descry", "Other")},
    };
    const auto it = names.constFind(componentId);
    return it == names.constEnd() ? componentId : Tr::tr(it.value());
}

QString ExaminerNotes::findingId(Finding finding)
{
    switch (finding) {
    case Finding::Similar:
        return QStringLiteral("similar");
    case Finding::Dissimilar:
        return QStringLiteral("dissimilar");
    case Finding::NotAssessable:
        return QStringLiteral("not-assessable");
    case Finding::Unset:
        break;
    }
    return QStringLiteral("unset");
}

std::optional<ExaminerNotes::Finding> ExaminerNotes::findingFromId(const QString& id)
{
    for (Finding f : {Finding::Unset, Finding::Similar, Finding::Dissimilar, Finding::NotAssessable})
        if (findingId(f) == id)
            return f;
    return std::nullopt;
}

QString ExaminerNotes::findingText(Finding finding)
{
    switch (finding) {
    case Finding::Similar:
        return Tr::tr("Similar");
    case Finding::Dissimilar:
        return Tr::tr("Dissimilar");
    case Finding::NotAssessable:
        return Tr::tr("Not assessable");
    case Finding::Unset:
        break;
    }
    return QString(QChar(0x2014)); // em dash: nothing recorded yet
}

ExaminerNotes::ExaminerNotes() : ExaminerNotes(fiswgComponentIds()) {}

ExaminerNotes::ExaminerNotes(const QStringList& componentIds)
{
    for (const QString& id : componentIds) {
        if (id.isEmpty() || m_assessments.contains(id))
            continue;
        m_components << id;
        m_assessments.insert(id, Assessment{});
    }
}

int ExaminerNotes::assessedCount() const
{
    int n = 0;
    for (const Assessment& a : m_assessments)
        n += a.finding != Finding::Unset ? 1 : 0;
    return n;
}

Status ExaminerNotes::setAssessment(const QString& componentId, Finding finding, const QString& note)
{
    if (isLocked())
        return usage(Tr::tr("the analysis is locked; record an amendment to change '%1'").arg(componentId));
    if (!hasComponent(componentId))
        return usage(Tr::tr("unknown component '%1'").arg(componentId));
    if (note.size() > kMaxNoteChars)
        return usage(Tr::tr("the note on '%1' is longer than %2 characters").arg(componentId).arg(kMaxNoteChars));
    m_assessments[componentId] = Assessment{finding, note};
    return {};
}

Status ExaminerNotes::checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return usage(Tr::tr("the examiner name is empty"));
    if (name.trimmed().size() > kMaxNameChars)
        return usage(Tr::tr("the examiner name is longer than %1 characters").arg(kMaxNameChars));
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return usage(Tr::tr("the examiner name contains a line break or another control character"));
    return {};
}

Status ExaminerNotes::lock(const QString& examiner)
{
    if (isLocked())
        return usage(Tr::tr("the analysis is already locked"));
    if (examiner.trimmed().isEmpty())
        return usage(Tr::tr("an examiner name is needed to lock the analysis"));
    if (Status name = checkName(examiner); !name)
        return name;
    if (assessedCount() == 0)
        return usage(Tr::tr("lock needs at least one assessed component"));
    m_lockedAt = (m_clock ? m_clock() : systemUtcNow()).toUTC();
    m_examiner = examiner.trimmed();
    m_lockedSnapshot = m_assessments;
    return {};
}

Status ExaminerNotes::amend(const QString& componentId, Finding finding, const QString& note, const QString& reason,
                            const QString& examiner)
{
    if (!isLocked())
        return usage(Tr::tr("the analysis is not locked; edit '%1' directly").arg(componentId));
    if (!hasComponent(componentId))
        return usage(Tr::tr("unknown component '%1'").arg(componentId));
    if (reason.trimmed().isEmpty())
        return usage(Tr::tr("an amendment needs a reason"));
    if (note.size() > kMaxNoteChars || reason.size() > kMaxNoteChars)
        return usage(Tr::tr("the amendment of '%1' is longer than %2 characters").arg(componentId).arg(kMaxNoteChars));
    if (!examiner.trimmed().isEmpty())
        if (Status name = checkName(examiner); !name)
            return name;
    const Assessment before = m_assessments.value(componentId);
    const Assessment after{finding, note};
    if (before == after)
        return usage(Tr::tr("the amendment of '%1' changes nothing").arg(componentId));
    m_amendments.append(Amendment{(m_clock ? m_clock() : systemUtcNow()).toUTC(), componentId, before, after,
                                  reason.trimmed(), examiner.trimmed()});
    m_assessments[componentId] = after;
    return {};
}

QJsonObject ExaminerNotes::toJson() const
{
    QJsonObject o{{QStringLiteral("assessments"), assessmentsJson(m_components, m_assessments)}};
    if (isLocked()) {
        o.insert(QStringLiteral("locked"),
                 QJsonObject{{QStringLiteral("utc"), utcToIso(m_lockedAt)},
                             {QStringLiteral("examiner"), m_examiner},
                             {QStringLiteral("snapshot"), assessmentsJson(m_components, m_lockedSnapshot)}});
    }
    QJsonArray amendments;
    for (const Amendment& a : m_amendments) {
        QJsonObject o{{QStringLiteral("utc"), utcToIso(a.utc)},
                      {QStringLiteral("component"), a.component},
                      {QStringLiteral("before"), assessmentJson(a.before)},
                      {QStringLiteral("after"), assessmentJson(a.after)},
                      {QStringLiteral("reason"), a.reason}};
        if (!a.examiner.isEmpty())
            o.insert(QStringLiteral("examiner"), a.examiner);
        amendments.append(o);
    }
    o.insert(QStringLiteral("amendments"), amendments);
    return o;
}

Result<ExaminerNotes> ExaminerNotes::fromJson(const QJsonObject& object, const QString& origin)
{
    const auto malformed = [&](const QString& what) {
        return Error(ErrorCode::Input, Tr::tr("examiner notes: %1").arg(what), origin);
    };
    ExaminerNotes notes(QStringList{});
    if (!object.value(QStringLiteral("assessments")).isArray() ||
        !assessmentsFromJson(object.value(QStringLiteral("assessments")).toArray(), &notes.m_components,
                             &notes.m_assessments))
        return malformed(Tr::tr("'assessments' must list each component once with a valid finding and a note of at "
                                "most %1 characters")
                             .arg(kMaxNoteChars));

    const QJsonValue lockedValue = object.value(QStringLiteral("locked"));
    if (!lockedValue.isUndefined() && !lockedValue.isNull()) {
        const QJsonObject locked = lockedValue.toObject();
        notes.m_lockedAt = utcFromIso(locked.value(QStringLiteral("utc")).toString());
        notes.m_examiner = locked.value(QStringLiteral("examiner")).toString();
        if (!lockedValue.isObject() || !notes.m_lockedAt.isValid() || !checkName(notes.m_examiner) ||
            !assessmentsFromJson(locked.value(QStringLiteral("snapshot")).toArray(), nullptr,
                                 &notes.m_lockedSnapshot) ||
            notes.m_lockedSnapshot.size() != notes.m_assessments.size())
            return malformed(Tr::tr("'locked' needs a UTC time, an examiner and a snapshot of every component"));
    }
    if (Status s = notes.readAmendments(object, origin); !s)
        return s.error();
    return notes;
}

Status ExaminerNotes::readAmendments(const QJsonObject& object, const QString& origin)
{
    const auto malformed = [&](const QString& what) {
        return Error(ErrorCode::Input, Tr::tr("examiner notes: %1").arg(what), origin);
    };
    const QJsonValue value = object.value(QStringLiteral("amendments"));
    if (!value.isUndefined() && !value.isArray())
        return malformed(Tr::tr("'amendments' must be an array"));
    const QJsonArray amendments = value.toArray();
    if (!amendments.isEmpty() && !isLocked())
        return malformed(Tr::tr("amendments found but the analysis is not locked"));
    if (amendments.size() > kMaxAmendments)
        return malformed(Tr::tr("more than %1 amendments").arg(kMaxAmendments));
    // Replay the amendments onto the lock-time snapshot: each must start from the state it claims and the
    // result must be the stored assessments, otherwise the file was edited behind the record.
    QHash<QString, Assessment> replay = m_lockedSnapshot;
    QDateTime last = m_lockedAt;
    for (qsizetype i = 0; i < amendments.size(); ++i) {
        const QJsonObject o = amendments.at(i).toObject();
        Amendment a{utcFromIso(o.value(QStringLiteral("utc")).toString()),
                    o.value(QStringLiteral("component")).toString(),
                    {},
                    {},
                    o.value(QStringLiteral("reason")).toString(),
                    o.value(QStringLiteral("examiner")).toString()};
        const auto before = assessmentFromJson(o.value(QStringLiteral("before")));
        const auto after = assessmentFromJson(o.value(QStringLiteral("after")));
        const QJsonValue examiner = o.value(QStringLiteral("examiner"));
        if (!a.utc.isValid() || a.utc < last || !replay.contains(a.component) || !before || !after ||
            a.reason.trimmed().isEmpty() || a.reason.size() > kMaxNoteChars ||
            (!examiner.isUndefined() && !examiner.isString()) || a.examiner.size() > kMaxNameChars ||
            replay.value(a.component) != *before)
            return malformed(Tr::tr("amendment %1 is malformed or does not follow the recorded state").arg(i + 1));
        a.before = *before;
        a.after = *after;
        replay[a.component] = a.after;
        last = a.utc;
        m_amendments.append(a);
    }
    if (isLocked() && replay != m_assessments)
        return malformed(Tr::tr("locked assessments differ from the lock-time record and its amendments"));
    return {};
}

bool ExaminerNotes::operator==(const ExaminerNotes& other) const
{
    return m_components == other.m_components && m_assessments == other.m_assessments &&
           m_lockedSnapshot == other.m_lockedSnapshot && m_lockedAt == other.m_lockedAt &&
           m_examiner == other.m_examiner && m_amendments == other.m_amendments;
}

} // namespace descry
