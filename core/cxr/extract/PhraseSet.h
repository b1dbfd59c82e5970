#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace descry {

// One occurrence of a phrase in a lower-cased text: [start, end) and which phrase list it came from.
struct PhraseHit
{
    int start = 0;
    int end = 0;
    int owner = -1; // index of the list the phrase belongs to (descriptor index, side, size...), -1 for cues
};

// A list of lower-case phrases compiled into one pattern matched on word boundaries, longest phrase first, so a
// text position is claimed by the longest phrase that starts there. Immutable; find() is thread-safe.
class PhraseSet
{
public:
    PhraseSet() = default;
    explicit PhraseSet(const QStringList& phrases, int owner = -1);

    bool isEmpty() const { return m_empty; }
    // Non-overlapping hits, left to right, in `lower` (a text lower-cased character by character).
    QList<PhraseHit> find(const QString& lower) const;

private:
    QRegularExpression m_pattern;
    int m_owner = -1;
    bool m_empty = true;
};

// `text` lower-cased one UTF-16 unit at a time, so offsets stay those of the original text.
QString lowerKeepingOffsets(const QString& text);

} // namespace descry
