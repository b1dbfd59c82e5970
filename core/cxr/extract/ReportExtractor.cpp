#include "core/cxr/extract/ReportExtractor.h"

#include "core/common/Tr.h"
#include "core/cxr/extract/PhraseSet.h"
#include "core/cxr/extract/ReportFile.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace descry {

namespace {

enum Side { NoSide = 0, Left = 1, Right = 2, Both = 3 };
enum Size { NoSize = 0, Small = 1, Moderate = 2, Large = 3 };

QString sideName(int side)
{
    switch (side) {
    case Left:
        return QStringLiteral("left");
    case Right:
        return QStringLiteral("right");
    case Both:
        return QStringLiteral("bilateral");
    default:
        return {};
    }
}

QString sizeName(int size)
{
    switch (size) {
    case Small:
        return QStringLiteral("small");
    case Moderate:
        return QStringLiteral("moderate");
    case Large:
        return QStringLiteral("large");
    default:
        return {};
    }
}

bool overlaps(const PhraseHit& a, const PhraseHit& b)
{
    return a.start < b.end && b.start < a.end;
}

// Hits of `hits` that overlap none of `masks`.
QList<PhraseHit> unmasked(const QList<PhraseHit>& hits, const QList<QList<PhraseHit>>& masks)
{
    QList<PhraseHit> out;
    for (const PhraseHit& h : hits) {
        bool masked = false;
        for (const auto& list : masks)
            for (const PhraseHit& m : list)
                masked = masked || overlaps(h, m);
        if (!masked)
            out << h;
    }
    return out;
}

// Number of words (runs of letters and digits) in lower[a, b).
int wordCount(const QString& lower, int a, int b)
{
    int n = 0;
    bool inWord = false;
    for (int i = std::max(0, a); i < b && i < lower.size(); ++i) {
        const bool w = lower[i].isLetterOrNumber();
        n += (w && !inWord) ? 1 : 0;
        inWord = w;
    }
    return n;
}

// Position of the start of the n-th word before `pos` (clamped to `floor`).
int wordsBack(const QString& lower, int pos, int n, int floor)
{
    int i = pos;
    for (int k = 0; k < n && i > floor; ++k) {
        while (i > floor && !lower[i - 1].isLetterOrNumber())
            --i;
        while (i > floor && lower[i - 1].isLetterOrNumber())
            --i;
    }
    return std::max(i, floor);
}

// Position of the end of the n-th word after `pos` (clamped to `ceiling`).
int wordsForward(const QString& lower, int pos, int n, int ceiling)
{
    int i = pos;
    for (int k = 0; k < n && i < ceiling; ++k) {
        while (i < ceiling && !lower[i].isLetterOrNumber())
            ++i;
        while (i < ceiling && lower[i].isLetterOrNumber())
            ++i;
    }
    return std::min(i, ceiling);
}

} // namespace

// The catalog's phrases and cues compiled for matching; built once per extractor, read-only afterwards.
struct ExtractionRules
{
    PhraseSet target, targetExclusions, negation, postNegation, pseudoNegation, uncertainty, postUncertainty,
        historical, pseudoHistorical, terminators;
    PhraseSet sides[4];   // index Side (0 unused)
    PhraseSet sizes[4];   // index Size (0 unused)
    PhraseSet listBreaks; // ",", "and", "or": where a side or size word stops belonging to a mention
    QList<PhraseSet> descriptorPhrases, descriptorNegation, descriptorUncertainty; // by descriptor index
    int lateralityGroup = -1, sizeGroup = -1;
};

namespace {

// The catalog-wide cues of one sentence, after pseudo-cues have masked the cues they contain.
struct SentenceCues
{
    QList<PhraseHit> negation, postNegation, uncertainty, postUncertainty, historical, terminators, breaks;
    QList<PhraseHit> sideHits, sizeHits; // owner = Side / Size
};

SentenceCues cuesOf(const ExtractionRules& r, const QString& lower)
{
    SentenceCues c;
    const QList<PhraseHit> pseudo = r.pseudoNegation.find(lower);
    c.uncertainty = r.uncertainty.find(lower);
    c.postUncertainty = r.postUncertainty.find(lower);
    c.negation = unmasked(r.negation.find(lower), {pseudo, c.uncertainty, c.postUncertainty});
    c.postNegation = unmasked(r.postNegation.find(lower), {pseudo, c.uncertainty, c.postUncertainty});
    c.historical = unmasked(r.historical.find(lower), {r.pseudoHistorical.find(lower)});
    for (int k = Left; k <= Both; ++k)
        c.sideHits << r.sides[k].find(lower);
    for (int k = Small; k <= Large; ++k)
        c.sizeHits << r.sizes[k].find(lower);
    // A terminator that is part of a cue ("there is no", "with" in a pseudo-cue) does not end a scope.
    c.terminators = unmasked(r.terminators.find(lower), {c.negation, pseudo, c.uncertainty, c.postNegation});
    c.breaks = unmasked(r.listBreaks.find(lower), {c.sideHits, c.sizeHits, c.negation, c.uncertainty});
    return c;
}

// The clause around [ms, me): from the last scope terminator before it to the first one after it.
std::pair<int, int> clauseOf(const SentenceCues& c, int ms, int me, int length)
{
    int begin = 0, end = length;
    for (const PhraseHit& t : c.terminators) {
        if (t.end <= ms)
            begin = std::max(begin, t.end);
        else if (t.start >= me)
            end = std::min(end, t.start);
    }
    return {begin, end};
}

// A comma followed by a side or size word ("no pneumothorax, small left effusion") starts a new statement: the
// pre-cue scope ends there.
int statementStart(const QString& lower, const SentenceCues& c, int clauseBegin, int ms, int clauseEnd)
{
    // "no consolidation, large effusion, or pneumothorax" and "no consolidation, large effusion/pneumothorax" are
    // one negated list, not a new statement.
    static const QRegularExpression listGoesOn(QStringLiteral("(?<![\\p{L}])(?:or|nor)(?![\\p{L}])|/"));
    int begin = clauseBegin;
    for (int i = clauseBegin; i < ms; ++i) {
        if (lower[i] != QLatin1Char(','))
            continue;
        int j = i + 1;
        while (j < ms && lower[j].isSpace())
            ++j;
        bool statement = false;
        for (const PhraseHit& h : c.sideHits + c.sizeHits)
            statement = statement || h.start == j;
        if (statement && !lower.mid(j, clauseEnd - j).contains(listGoesOn))
            begin = i + 1;
    }
    return begin;
}

struct MentionReading
{
    MentionStatus status = MentionStatus::Present;
    bool historical = false;
    int side = NoSide;
    int size = NoSize;
};

// Status of the mention [ms, me): the closest pre-cue in its statement decides, else the closest post-cue
// within a few words and no comma.
MentionReading readMention(const QString& lower, const SentenceCues& c, int ms, int me,
                           const QList<PhraseHit>& extraNegation, const QList<PhraseHit>& extraUncertainty)
{
    MentionReading out;
    // Plain variables, not a structured binding: the lambdas below capture them (C++20; clang < 16 refuses it).
    const std::pair<int, int> clause = clauseOf(c, ms, me, int(lower.size()));
    const int clauseBegin = clause.first, clauseEnd = clause.second;
    const int begin = statementStart(lower, c, clauseBegin, ms, clauseEnd);
    int bestPre = -1;
    auto pre = [&](const QList<PhraseHit>& hits, MentionStatus status) {
        for (const PhraseHit& h : hits)
            if (h.start >= begin && h.end <= ms && h.end > bestPre) {
                bestPre = h.end;
                out.status = status;
            }
    };
    pre(c.negation, MentionStatus::Absent);
    pre(extraNegation, MentionStatus::Absent);
    pre(c.uncertainty, MentionStatus::Uncertain);
    pre(extraUncertainty, MentionStatus::Uncertain);
    if (bestPre < 0) {
        int bestPost = clauseEnd + 1;
        auto post = [&](const QList<PhraseHit>& hits, MentionStatus status) {
            for (const PhraseHit& h : hits) {
                if (h.start < me || h.end > clauseEnd || h.start >= bestPost || wordCount(lower, me, h.start) > 6 ||
                    lower.mid(me, h.start - me).contains(QLatin1Char(',')))
                    continue;
                bestPost = h.start;
                out.status = status;
            }
        };
        post(c.postNegation, MentionStatus::Absent);
        post(c.postUncertainty, MentionStatus::Uncertain);
    }
    for (const PhraseHit& h : c.historical)
        if (h.start >= begin && h.end <= ms && wordCount(lower, h.end, ms) <= 4)
            out.historical = true;

    // Side and size words near the mention, not across a list break.
    int windowBegin = wordsBack(lower, ms, 5, clauseBegin);
    int windowEnd = wordsForward(lower, me, 5, clauseEnd);
    for (const PhraseHit& b : c.breaks) {
        if (b.end <= ms)
            windowBegin = std::max(windowBegin, b.end);
        else if (b.start >= me)
            windowEnd = std::min(windowEnd, b.start);
    }
    for (const PhraseHit& h : c.sideHits)
        if ((h.start >= windowBegin && h.end <= ms) || (h.start >= me && h.end <= windowEnd))
            out.side |= h.owner;
    // A range ("small to moderate") counts as its upper end.
    for (const PhraseHit& h : c.sizeHits)
        if ((h.start >= windowBegin && h.end <= ms) || (h.start >= me && h.end <= windowEnd))
            out.size = std::max(out.size, h.owner);
    return out;
}

// The side a sentence names when it names exactly one (NoSide otherwise).
int onlySide(const SentenceCues& c)
{
    int side = NoSide;
    for (const PhraseHit& h : c.sideHits) {
        if (side != NoSide && side != h.owner)
            return NoSide;
        side = h.owner;
    }
    return side;
}

// Every side a sentence names, merged (left and right make both).
int allSides(const SentenceCues& c)
{
    int side = NoSide;
    for (const PhraseHit& h : c.sideHits)
        side |= h.owner;
    return side;
}

// Present beats uncertain beats absent when a report speaks of the same thing more than once.
int rank(MentionStatus s, bool historical)
{
    // A past finding stated as gone ("the previously seen effusion has resolved") still says it is absent now.
    if (historical)
        return s == MentionStatus::Absent ? 1 : 0;
    switch (s) {
    case MentionStatus::Present:
        return 3;
    case MentionStatus::Uncertain:
        return 2;
    case MentionStatus::Absent:
        return 1;
    }
    return 0;
}

} // namespace

QString mentionStatusName(MentionStatus status)
{
    switch (status) {
    case MentionStatus::Present:
        return QStringLiteral("present");
    case MentionStatus::Absent:
        return QStringLiteral("absent");
    case MentionStatus::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}

QJsonObject ReportExtraction::toJson() const
{
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonObject finding{
        {QStringLiteral("present"), effusion.present ? QJsonValue(*effusion.present) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("mentioned"), effusion.mentioned},
        {QStringLiteral("side"), orNull(effusion.side)},
        {QStringLiteral("size"), orNull(effusion.size)},
        {QStringLiteral("evidence"), orNull(effusion.evidence)},
        {QStringLiteral("span"), effusion.mentioned ? QJsonValue(QJsonArray{effusion.spanStart, effusion.spanEnd})
                                                    : QJsonValue(QJsonValue::Null)}};
    QJsonArray list;
    for (const ExtractedDescriptor& d : descriptors)
        list.append(QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("text"), d.text},
                                {QStringLiteral("status"), mentionStatusName(d.status)},
                                {QStringLiteral("historical"), d.historical},
                                {QStringLiteral("evidence"), d.evidence},
                                {QStringLiteral("span"), QJsonArray{d.spanStart, d.spanEnd}}});
    return {{QStringLiteral("effusion"), finding}, {QStringLiteral("descriptors"), list}};
}

QStringList ReportExtraction::presentIds() const
{
    QStringList ids;
    for (const ExtractedDescriptor& d : descriptors)
        if (d.status == MentionStatus::Present && !d.historical)
            ids << d.id;
    return ids;
}

Result<ReportExtractor> ReportExtractor::create(const Catalog& catalog)
{
    const CatalogExtraction& x = catalog.extraction();
    if (!x.present)
        return Error(
            ErrorCode::Model,
            Tr::tr("descriptor catalog '%1' has no report-extraction rules (member 'extraction')").arg(catalog.name()),
            catalog.origin());
    auto rules = std::make_shared<ExtractionRules>();
    rules->target = PhraseSet(x.targetPhrases);
    rules->targetExclusions = PhraseSet(x.targetExclusions);
    rules->negation = PhraseSet(x.negation);
    rules->postNegation = PhraseSet(x.postNegation);
    rules->pseudoNegation = PhraseSet(x.pseudoNegation);
    rules->uncertainty = PhraseSet(x.uncertainty);
    rules->postUncertainty = PhraseSet(x.postUncertainty);
    rules->historical = PhraseSet(x.historical);
    rules->pseudoHistorical = PhraseSet(x.pseudoHistorical);
    rules->terminators = PhraseSet(x.scopeTerminators);
    rules->sides[Left] = PhraseSet(x.left, Left);
    rules->sides[Right] = PhraseSet(x.right, Right);
    rules->sides[Both] = PhraseSet(x.bilateral, Both);
    rules->sizes[Small] = PhraseSet(x.small, Small);
    rules->sizes[Moderate] = PhraseSet(x.moderate, Moderate);
    rules->sizes[Large] = PhraseSet(x.large, Large);
    rules->listBreaks = PhraseSet(
        {QStringLiteral(","), QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("."), QStringLiteral(":")});
    for (int i = 0; i < catalog.descriptors().size(); ++i) {
        const Descriptor& d = catalog.descriptors()[i];
        rules->descriptorPhrases << PhraseSet(d.phrases, i);
        rules->descriptorNegation << PhraseSet(d.negationCues);
        rules->descriptorUncertainty << PhraseSet(d.uncertaintyCues);
    }
    rules->lateralityGroup = catalog.groupIndexOf(x.lateralityGroup);
    rules->sizeGroup = catalog.groupIndexOf(x.sizeGroup);
    return ReportExtractor(catalog, std::move(rules));
}

namespace {

// One reading of a descriptor or of the finding, in report coordinates.
struct Mention
{
    int descriptor = -1; // -1: the decided finding
    MentionReading reading;
    int sentence = 0;
    int start = 0, end = 0;
};

// The descriptor hits of one sentence: within a group, a position belongs to the longest phrase only.
QList<PhraseHit> descriptorHits(const ExtractionRules& r, const Catalog& catalog, const QString& lower)
{
    QList<PhraseHit> all;
    for (int i = 0; i < r.descriptorPhrases.size(); ++i) {
        const int group = catalog.descriptors()[i].group;
        if (group == r.lateralityGroup || group == r.sizeGroup)
            continue; // these follow the finding's side and size
        all << r.descriptorPhrases[i].find(lower);
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const PhraseHit& a, const PhraseHit& b) { return (a.end - a.start) > (b.end - b.start); });
    QList<PhraseHit> kept;
    for (const PhraseHit& h : all) {
        bool taken = false;
        for (const PhraseHit& k : kept)
            taken = taken ||
                    (overlaps(h, k) && catalog.descriptors()[k.owner].group == catalog.descriptors()[h.owner].group);
        if (!taken)
            kept << h;
    }
    std::sort(kept.begin(), kept.end(), [](const PhraseHit& a, const PhraseHit& b) { return a.start < b.start; });
    return kept;
}

void setEvidence(const ReportExtraction& out, const Mention& m, QString* evidence, int* start, int* end)
{
    *evidence = out.sentences[m.sentence].text;
    *start = m.start;
    *end = m.end;
}

// The finding as the report states it: any current present mention makes it present (sides merge, the first
// stated size counts); otherwise uncertain, otherwise absent.
void decideFinding(ReportExtraction& out, const QList<Mention>& mentions)
{
    ExtractedFinding& f = out.effusion;
    const Mention* deciding = nullptr;
    int best = -1, side = NoSide, size = NoSize;
    for (const Mention& m : mentions) {
        if (m.descriptor >= 0)
            continue;
        f.mentioned = true;
        const int k = rank(m.reading.status, m.reading.historical);
        if (k == 3) {
            side |= m.reading.side;
            if (size == NoSize)
                size = m.reading.size;
        }
        if (k > best) {
            best = k;
            deciding = &m;
        }
    }
    if (!deciding)
        return;
    setEvidence(out, *deciding, &f.evidence, &f.spanStart, &f.spanEnd);
    if (best == 3) {
        f.present = true;
        f.side = sideName(side);
        f.size = sizeName(size);
    } else if (best == 1) {
        f.present = false;
    }
}

struct Entry
{
    ExtractedDescriptor d;
    int rank = -1;
    int firstPos = 0;
};

void addEntry(QList<Entry>& entries, const Descriptor& d, const ExtractedDescriptor& e, int k, int pos)
{
    for (Entry& x : entries) {
        if (x.d.id != d.id)
            continue;
        if (k > x.rank) {
            x.d = e;
            x.rank = k;
        }
        return;
    }
    entries << Entry{e, k, pos};
}

// The normal grade of `group`, or -1.
int normalOf(const Catalog& catalog, int group)
{
    for (int i : catalog.groups()[group].descriptors)
        if (catalog.descriptors()[i].normal)
            return i;
    return -1;
}

// One entry per descriptor mentioned; an explicitly negated abnormal grade implies the group's normal grade
// (unless another grade of the group is present); the side and size groups follow the finding.
void collectDescriptors(ReportExtraction& out, const QList<Mention>& mentions, const Catalog& catalog,
                        int lateralityGroup, int sizeGroup)
{
    QList<Entry> entries;
    for (const Mention& m : mentions) {
        if (m.descriptor < 0)
            continue;
        const Descriptor& d = catalog.descriptors()[m.descriptor];
        ExtractedDescriptor e{d.id, d.text, m.reading.status, m.reading.historical, {}, 0, 0};
        setEvidence(out, m, &e.evidence, &e.spanStart, &e.spanEnd);
        addEntry(entries, d, e, rank(m.reading.status, m.reading.historical), m.start);
    }
    const QList<Entry> stated = entries;
    for (const Entry& x : stated) {
        const Descriptor& d = catalog.descriptors()[catalog.indexOf(x.d.id)];
        const int normal = normalOf(catalog, d.group);
        if (d.normal || normal < 0 || x.d.status != MentionStatus::Absent || x.d.historical)
            continue;
        bool otherPresent = false;
        for (const Entry& y : stated)
            otherPresent = otherPresent || (catalog.descriptors()[catalog.indexOf(y.d.id)].group == d.group &&
                                            y.d.status == MentionStatus::Present && !y.d.historical);
        if (otherPresent)
            continue;
        const Descriptor& n = catalog.descriptors()[normal];
        addEntry(entries, n, {n.id, n.text, MentionStatus::Present, false, x.d.evidence, x.d.spanStart, x.d.spanEnd}, 3,
                 x.firstPos);
    }
    const ExtractedFinding& f = out.effusion;
    auto follow = [&](int group, const QString& grade) {
        if (group < 0 || grade.isEmpty())
            return;
        const int i = catalog.indexOf(catalog.groups()[group].id + QLatin1Char('.') + grade);
        if (i < 0)
            return;
        const Descriptor& d = catalog.descriptors()[i];
        addEntry(entries, d, {d.id, d.text, MentionStatus::Present, false, f.evidence, f.spanStart, f.spanEnd}, 3,
                 f.spanStart);
    };
    if (f.present == std::optional<bool>(true)) {
        follow(lateralityGroup, f.side);
        follow(sizeGroup, f.size);
    } else if (f.present == std::optional<bool>(false)) {
        follow(lateralityGroup, QStringLiteral("none"));
        follow(sizeGroup, QStringLiteral("none"));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.firstPos < b.firstPos; });
    for (const Entry& x : entries)
        out.descriptors << x.d;
}

} // namespace

ReportExtraction ReportExtractor::extract(const QString& reportText) const
{
    const ExtractionRules& r = *m_rules;
    ReportExtraction out;
    out.sentences = splitReportSentences(reportText);
    QList<Mention> mentions;
    for (int si = 0; si < out.sentences.size(); ++si) {
        const ReportSentence& s = out.sentences[si];
        const QString lower = lowerKeepingOffsets(s.text);
        const SentenceCues cues = cuesOf(r, lower);
        for (const PhraseHit& h : unmasked(r.target.find(lower), {r.targetExclusions.find(lower)})) {
            MentionReading reading = readMention(lower, cues, h.start, h.end, {}, {});
            // No side next to the mention: the one side the sentence names ("left basilar scarring and/or
            // effusion"), else both sides for a plural ("small effusions").
            if (reading.side == NoSide)
                reading.side = onlySide(cues);
            const bool plural = lower[h.end - 1] == QLatin1Char('s');
            if (plural && (reading.side == NoSide || allSides(cues) == Both))
                reading.side = Both; // "small right and left pleural effusions"
            mentions << Mention{-1, reading, si, s.start + h.start, s.start + h.end};
        }
        for (const PhraseHit& h : descriptorHits(r, m_catalog, lower))
            mentions << Mention{h.owner,
                                readMention(lower, cues, h.start, h.end, r.descriptorNegation[h.owner].find(lower),
                                            r.descriptorUncertainty[h.owner].find(lower)),
                                si, s.start + h.start, s.start + h.end};
    }
    decideFinding(out, mentions);
    collectDescriptors(out, mentions, m_catalog, r.lateralityGroup, r.sizeGroup);
    return out;
}

Result<QString> readReportFile(const QString& path)
{
    return readReportText(path);
}

} // namespace descry
