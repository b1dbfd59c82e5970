#include "core/casefile/CaseDetails.h"

#include "core/casefile/AuditLog.h"
#include "core/common/Tr.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace descry {

QList<ConclusionLevel> ExaminerConclusion::levels()
{
    return {
        {QStringLiteral("strong-support-different"), Tr::tr("Strong support for different persons"),
         Tr::tr("The observations are much more probable if the photos show different persons.")},
        {QStringLiteral("moderate-support-different"), Tr::tr("Moderate support for different persons"),
         Tr::tr("The observations are more probable if the photos show different persons.")},
        {QStringLiteral("limited-support-different"), Tr::tr("Limited support for different persons"),
         Tr::tr("The observations are slightly more probable if the photos show different persons.")},
        {QStringLiteral("inconclusive"), Tr::tr("Neutral: neither proposition supported"),
         Tr::tr("The observations support neither proposition over the other.")},
        {QStringLiteral("limited-support-same"), Tr::tr("Limited support for the same person"),
         Tr::tr("The observations are slightly more probable if the photos show the same person.")},
        {QStringLiteral("moderate-support-same"), Tr::tr("Moderate support for the same person"),
         Tr::tr("The observations are more probable if the photos show the same person.")},
        {QStringLiteral("strong-support-same"), Tr::tr("Strong support for the same person"),
         Tr::tr("The observations are much more probable if the photos show the same person.")},
        {QStringLiteral("not-suitable"), Tr::tr("Not suitable for comparison"),
         Tr::tr("The photos do not allow a meaningful comparison (quality, pose, occlusion).")},
    };
}

QString ExaminerConclusion::scaleName()
{
    return Tr::tr("Descry 7-level ordinal scale (after FISWG 2019 and ENFSI-BPM-DI-01 2018)");
}

QString ExaminerConclusion::levelLabel(const QString& id)
{
    for (const ConclusionLevel& l : levels())
        if (l.id == id)
            return l.label;
    return id;
}

QString CaseDetails::exhibit(const QString& role) const
{
    return role == QLatin1String("probe")       ? probeExhibit
           : role == QLatin1String("reference") ? referenceExhibit
                                                : QString();
}

ViewEnhancement CaseDetails::view(const QString& role) const
{
    return role == QLatin1String("reference") ? referenceView : probeView;
}

QList<LandmarkCorrection> CaseDetails::landmarks(const QString& role) const
{
    return role == QLatin1String("reference") ? referenceLandmarks : probeLandmarks;
}

void CaseDetails::setView(const QString& role, const ViewEnhancement& view)
{
    (role == QLatin1String("reference") ? referenceView : probeView) = view;
}

void CaseDetails::setLandmarks(const QString& role, const QList<LandmarkCorrection>& corrections)
{
    (role == QLatin1String("reference") ? referenceLandmarks : probeLandmarks) = corrections;
}

namespace {

QJsonArray pointJson(const QPointF& p)
{
    return {p.x(), p.y()};
}

QJsonArray correctionsJson(const QList<LandmarkCorrection>& list)
{
    QJsonArray out;
    for (const LandmarkCorrection& c : list)
        out.append(QJsonObject{{QStringLiteral("index"), c.index},
                               {QStringLiteral("from"), pointJson(c.from)},
                               {QStringLiteral("to"), pointJson(c.to)}});
    return out;
}

} // namespace

QJsonObject CaseDetails::toJson() const
{
    QJsonObject o{{QStringLiteral("case_number"), caseNumber},
                  {QStringLiteral("agency"), agency},
                  {QStringLiteral("exhibits"), QJsonObject{{QStringLiteral("probe"), probeExhibit},
                                                           {QStringLiteral("reference"), referenceExhibit}}}};
    if (!conclusion.isEmpty())
        o.insert(QStringLiteral("conclusion"),
                 QJsonObject{{QStringLiteral("scale"), conclusion.scale},
                             {QStringLiteral("level"), conclusion.level},
                             {QStringLiteral("rationale"), conclusion.rationale},
                             {QStringLiteral("examiner"), conclusion.examiner},
                             {QStringLiteral("role"), conclusion.role},
                             {QStringLiteral("utc"), conclusion.utc.isValid() ? utcToIso(conclusion.utc) : QString()}});
    if (!probeView.isIdentity() || !referenceView.isIdentity())
        o.insert(QStringLiteral("view"), QJsonObject{{QStringLiteral("probe"), probeView.toJson()},
                                                     {QStringLiteral("reference"), referenceView.toJson()}});
    if (!probeLandmarks.isEmpty() || !referenceLandmarks.isEmpty())
        o.insert(QStringLiteral("landmarks"),
                 QJsonObject{{QStringLiteral("probe"), correctionsJson(probeLandmarks)},
                             {QStringLiteral("reference"), correctionsJson(referenceLandmarks)}});
    return o;
}

namespace {

// The string member `key` of `o`, or an error naming "details.<context><key>".
Result<QString> member(const QJsonObject& o, const char* key, const QString& context, int maxChars,
                       const QString& origin)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString name = QStringLiteral("details.") + context + QLatin1String(key);
    if (!v.isString())
        return Error(ErrorCode::Input, Tr::tr("case: member '%1' must be a string").arg(name), origin);
    if (v.toString().size() > maxChars)
        return Error(ErrorCode::Input, Tr::tr("case: member '%1' is longer than %2 characters").arg(name).arg(maxChars),
                     origin);
    return v.toString();
}

Status onlyKnown(const QJsonObject& o, const QStringList& known, const QString& context, const QString& origin)
{
    for (const QString& key : o.keys())
        if (!known.contains(key))
            return Error(ErrorCode::Input, Tr::tr("case: unknown member 'details.%1%2'").arg(context, key.left(80)),
                         origin);
    return {};
}

Result<ExaminerConclusion> conclusionFromJson(const QJsonObject& c, const QString& origin)
{
    const QString ctx = QStringLiteral("conclusion.");
    if (Status st = onlyKnown(c,
                              {QStringLiteral("scale"), QStringLiteral("level"), QStringLiteral("rationale"),
                               QStringLiteral("examiner"), QStringLiteral("role"), QStringLiteral("utc")},
                              ctx, origin);
        !st)
        return st.error();
    ExaminerConclusion out;
    QString* fields[] = {&out.scale, &out.level, &out.rationale, &out.examiner, &out.role};
    const char* keys[] = {"scale", "level", "rationale", "examiner", "role"};
    for (int i = 0; i < 5; ++i) {
        auto v =
            member(c, keys[i], ctx, i == 2 ? CaseDetails::kMaxRationaleChars : CaseDetails::kMaxFieldChars, origin);
        if (!v)
            return v.error();
        *fields[i] = *v;
    }
    auto utc = member(c, "utc", ctx, 64, origin);
    if (!utc)
        return utc.error();
    if (!utc->isEmpty()) {
        out.utc = utcFromIso(*utc);
        if (!out.utc.isValid())
            return Error(ErrorCode::Input, Tr::tr("case: member 'details.conclusion.utc' must be an ISO 8601 UTC time"),
                         origin);
    }
    return out;
}

Result<QPointF> pointFromJson(const QJsonValue& v, const QString& name, const QString& origin)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a[0].isDouble() || !a[1].isDouble() || std::abs(a[0].toDouble()) > 1e6 ||
        std::abs(a[1].toDouble()) > 1e6)
        return Error(ErrorCode::Input, Tr::tr("case: member '%1' must be [x, y] in pixels").arg(name), origin);
    return QPointF(a[0].toDouble(), a[1].toDouble());
}

Result<QList<LandmarkCorrection>> correctionsFromJson(const QJsonValue& v, const QString& role, const QString& origin)
{
    const QString name = QStringLiteral("details.landmarks.") + role;
    if (!v.isArray() || v.toArray().size() > 68)
        return Error(ErrorCode::Input, Tr::tr("case: member '%1' must be a list of at most 68 points").arg(name),
                     origin);
    QList<LandmarkCorrection> out;
    for (const QJsonValue& item : v.toArray()) {
        const QJsonObject o = item.toObject();
        if (Status st = onlyKnown(o, {QStringLiteral("index"), QStringLiteral("from"), QStringLiteral("to")},
                                  QStringLiteral("landmarks.") + role + QLatin1Char('.'), origin);
            !st)
            return st.error();
        const double index = o.value(QStringLiteral("index")).toDouble(-1);
        if (!item.isObject() || index != std::floor(index) || index < 0 || index > 67)
            return Error(ErrorCode::Input,
                         Tr::tr("case: member '%1' has a point whose 'index' is not 0 to 67").arg(name), origin);
        auto from = pointFromJson(o.value(QStringLiteral("from")), name + QStringLiteral(".from"), origin);
        if (!from)
            return from.error();
        auto to = pointFromJson(o.value(QStringLiteral("to")), name + QStringLiteral(".to"), origin);
        if (!to)
            return to.error();
        for (const LandmarkCorrection& c : out)
            if (c.index == int(index))
                return Error(ErrorCode::Input, Tr::tr("case: member '%1' moves point %2 twice").arg(name).arg(c.index),
                             origin);
        out.append(LandmarkCorrection{int(index), *from, *to});
    }
    return out;
}

// The optional "view" and "landmarks" members of the details.
Status viewAndLandmarksFromJson(const QJsonObject& o, CaseDetails* d, const QString& origin)
{
    if (const QJsonValue view = o.value(QStringLiteral("view")); !view.isUndefined()) {
        const QJsonObject v = view.toObject();
        if (Status st =
                onlyKnown(v, {QStringLiteral("probe"), QStringLiteral("reference")}, QStringLiteral("view."), origin);
            !st)
            return st;
        for (const QString& role : {QStringLiteral("probe"), QStringLiteral("reference")}) {
            auto e =
                ViewEnhancement::fromJson(v.value(role).toObject(), QStringLiteral("details.view.") + role, origin);
            if (!e)
                return e.error();
            d->setView(role, *e);
        }
    }
    if (const QJsonValue marks = o.value(QStringLiteral("landmarks")); !marks.isUndefined()) {
        const QJsonObject m = marks.toObject();
        if (Status st = onlyKnown(m, {QStringLiteral("probe"), QStringLiteral("reference")},
                                  QStringLiteral("landmarks."), origin);
            !st)
            return st;
        for (const QString& role : {QStringLiteral("probe"), QStringLiteral("reference")}) {
            auto list = correctionsFromJson(m.value(role), role, origin);
            if (!list)
                return list.error();
            d->setLandmarks(role, *list);
        }
    }
    return {};
}

} // namespace

Result<CaseDetails> CaseDetails::fromJson(const QJsonObject& o, const QString& origin)
{
    if (Status st = onlyKnown(o,
                              {QStringLiteral("case_number"), QStringLiteral("agency"), QStringLiteral("exhibits"),
                               QStringLiteral("conclusion"), QStringLiteral("view"), QStringLiteral("landmarks")},
                              QString(), origin);
        !st)
        return st.error();
    CaseDetails d;
    auto number = member(o, "case_number", QString(), kMaxFieldChars, origin);
    if (!number)
        return number.error();
    auto agency = member(o, "agency", QString(), kMaxFieldChars, origin);
    if (!agency)
        return agency.error();
    d.caseNumber = *number;
    d.agency = *agency;
    const QJsonValue exhibits = o.value(QStringLiteral("exhibits"));
    if (!exhibits.isObject())
        return Error(ErrorCode::Input, Tr::tr("case: member 'details.exhibits' must be an object"), origin);
    const QJsonObject e = exhibits.toObject();
    if (Status st =
            onlyKnown(e, {QStringLiteral("probe"), QStringLiteral("reference")}, QStringLiteral("exhibits."), origin);
        !st)
        return st.error();
    auto probe = member(e, "probe", QStringLiteral("exhibits."), kMaxFieldChars, origin);
    if (!probe)
        return probe.error();
    auto reference = member(e, "reference", QStringLiteral("exhibits."), kMaxFieldChars, origin);
    if (!reference)
        return reference.error();
    d.probeExhibit = *probe;
    d.referenceExhibit = *reference;
    if (const QJsonValue c = o.value(QStringLiteral("conclusion")); !c.isUndefined()) {
        if (!c.isObject())
            return Error(ErrorCode::Input, Tr::tr("case: member 'details.conclusion' must be an object"), origin);
        auto conclusion = conclusionFromJson(c.toObject(), origin);
        if (!conclusion)
            return conclusion.error();
        d.conclusion = *conclusion;
    }
    if (Status st = viewAndLandmarksFromJson(o, &d, origin); !st)
        return st.error();
    if (const QString why = d.problem(); !why.isEmpty())
        return Error(ErrorCode::Input, why, origin);
    return d;
}

QString CaseDetails::problem() const
{
    for (const QString* f :
         {&caseNumber, &agency, &probeExhibit, &referenceExhibit, &conclusion.examiner, &conclusion.role})
        if (f->size() > kMaxFieldChars)
            return Tr::tr("case details: a field is longer than %1 characters").arg(kMaxFieldChars);
    for (const ViewEnhancement* v : {&probeView, &referenceView})
        if (const QString why = v->problem(); !why.isEmpty())
            return why;
    for (const QList<LandmarkCorrection>* list : {&probeLandmarks, &referenceLandmarks})
        for (const LandmarkCorrection& c : *list)
            if (c.index < 0 || c.index > 67)
                return Tr::tr("case details: landmark %1 is not one of the 68 points").arg(c.index);
    if (conclusion.rationale.size() > kMaxRationaleChars)
        return Tr::tr("case details: the rationale is longer than %1 characters").arg(kMaxRationaleChars);
    if (conclusion.isEmpty())
        return {};
    if (conclusion.scale != QLatin1String(ExaminerConclusion::ScaleId))
        return Tr::tr("case details: conclusion scale '%1' is not %2")
            .arg(conclusion.scale.left(80), QLatin1String(ExaminerConclusion::ScaleId));
    bool known = conclusion.level.isEmpty();
    for (const ConclusionLevel& l : ExaminerConclusion::levels())
        known = known || l.id == conclusion.level;
    if (!known)
        return Tr::tr("case details: '%1' is not a level of the conclusion scale").arg(conclusion.level.left(80));
    return {};
}

QString CaseDetails::describeCorrections(const QList<LandmarkCorrection>& list)
{
    QStringList parts;
    for (const LandmarkCorrection& c : list)
        parts << Tr::tr("point %1 (%2, %3) \u2192 (%4, %5)")
                     .arg(c.index)
                     .arg(c.from.x(), 0, 'f', 1)
                     .arg(c.from.y(), 0, 'f', 1)
                     .arg(c.to.x(), 0, 'f', 1)
                     .arg(c.to.y(), 0, 'f', 1);
    return parts.isEmpty() ? Tr::tr("as detected") : parts.join(QStringLiteral(", "));
}

QStringList CaseDetails::changes(const CaseDetails& before, const CaseDetails& after)
{
    QStringList out;
    const auto field = [&out](const QString& name, const QString& a, const QString& b) {
        if (a != b)
            out << QStringLiteral("%1: '%2' \u2192 '%3'").arg(name, a, b);
    };
    field(Tr::tr("case number"), before.caseNumber, after.caseNumber);
    field(Tr::tr("agency"), before.agency, after.agency);
    field(Tr::tr("probe exhibit"), before.probeExhibit, after.probeExhibit);
    field(Tr::tr("reference exhibit"), before.referenceExhibit, after.referenceExhibit);
    field(Tr::tr("conclusion"), before.conclusion.level, after.conclusion.level);
    field(Tr::tr("rationale"), before.conclusion.rationale, after.conclusion.rationale);
    field(Tr::tr("concluded by"), before.conclusion.examiner, after.conclusion.examiner);
    field(Tr::tr("role"), before.conclusion.role, after.conclusion.role);
    field(Tr::tr("probe view"), before.probeView.describe(), after.probeView.describe());
    field(Tr::tr("reference view"), before.referenceView.describe(), after.referenceView.describe());
    field(Tr::tr("probe landmarks"), describeCorrections(before.probeLandmarks),
          describeCorrections(after.probeLandmarks));
    field(Tr::tr("reference landmarks"), describeCorrections(before.referenceLandmarks),
          describeCorrections(after.referenceLandmarks));
    return out;
}

} // namespace descry
