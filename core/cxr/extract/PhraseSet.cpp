#include "core/cxr/extract/PhraseSet.h"

#include <algorithm>

namespace descry {

namespace {

// One phrase as a pattern: inner spaces match any run of white space; word boundaries only where the phrase
// begins or ends with a letter or digit (so "?" and ";" cues match anywhere).
QString phrasePattern(const QString& phrase)
{
    QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& w : words)
        w = QRegularExpression::escape(w);
    QString body = words.join(QStringLiteral("\\s+"));
    if (phrase.front().isLetterOrNumber())
        body.prepend(QStringLiteral("(?<![\\p{L}\\p{N}])"));
    if (phrase.back().isLetterOrNumber())
        body.append(QStringLiteral("(?![\\p{L}\\p{N}])"));
    return body;
}

} // namespace

PhraseSet::PhraseSet(const QStringList& phrases, int owner) : m_owner(owner)
{
    QStringList sorted = phrases;
    sorted.removeAll(QString());
    if (sorted.isEmpty())
        return;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList alternatives;
    for (const QString& p : sorted)
        alternatives << phrasePattern(p);
    m_pattern = QRegularExpression(QStringLiteral("(?:%1)").arg(alternatives.join(QLatin1Char('|'))),
                                   QRegularExpression::UseUnicodePropertiesOption);
    m_pattern.optimize();
    m_empty = false;
}

QList<PhraseHit> PhraseSet::find(const QString& lower) const
{
    QList<PhraseHit> hits;
    if (m_empty)
        return hits;
    auto it = m_pattern.globalMatch(lower);
    while (it.hasNext()) {
        const auto m = it.next();
        hits << PhraseHit{int(m.capturedStart(0)), int(m.capturedEnd(0)), m_owner};
    }
    return hits;
}

QString lowerKeepingOffsets(const QString& text)
{
    QString out = text;
    for (QChar& c : out)
        c = c.toLower();
    return out;
}

} // namespace descry
