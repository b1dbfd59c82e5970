// splitReportSentences(): the sentence boundaries of a radiology report, robust to abbreviations, decimals, lists,
// headed sections and line breaks without full stops.
#include "core/cxr/extract/ReportExtractor.h"

#include <QRegularExpression>
#include <QSet>

namespace descry {

namespace {

// Words that end in a full stop without ending the sentence (compared lower-case, without the stop).
const QSet<QString>& abbreviations()
{
    static const QSet<QString> words = {
        QStringLiteral("dr"),   QStringLiteral("mr"),   QStringLiteral("mrs"),    QStringLiteral("ms"),
        QStringLiteral("st"),   QStringLiteral("e.g"),  QStringLiteral("i.e"),    QStringLiteral("eg"),
        QStringLiteral("ie"),   QStringLiteral("vs"),   QStringLiteral("approx"), QStringLiteral("etc"),
        QStringLiteral("fig"),  QStringLiteral("cf"),   QStringLiteral("pt"),     QStringLiteral("hx"),
        QStringLiteral("prof"), QStringLiteral("sr"),   QStringLiteral("jr"),     QStringLiteral("ca"),
        QStringLiteral("resp"), QStringLiteral("incl"), QStringLiteral("esp"),    QStringLiteral("appr"),
        QStringLiteral("no"),   QStringLiteral("nos"),  QStringLiteral("dept"),   QStringLiteral("a.p"),
        QStringLiteral("p.a"),  QStringLiteral("ap"),   QStringLiteral("pa"),     QStringLiteral("lat"),
        QStringLiteral("sm"),   QStringLiteral("rt"),   QStringLiteral("lt")};
    return words;
}

// A list marker at the start of a line or sentence: "1.", "2)", "(3)", "a)", "-", "*", bullets.
const QRegularExpression& listMarker()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:\\(?\\d{1,2}[.)]|\\(?[a-zA-Z]\\)|[-*\\x{2022}\\x{00B7}])\\s+"));
    return re;
}

// A section heading: upper-case words followed by a colon ("FINDINGS:", "IMPRESSION :").
const QRegularExpression& heading()
{
    static const QRegularExpression re(QStringLiteral("^([A-Z][A-Z /&()-]{1,40}?)\\s*:"));
    return re;
}

// The word (letters, digits and inner dots) that ends just before `pos`.
QString wordBefore(const QString& text, int pos)
{
    int b = pos;
    while (b > 0 && (text[b - 1].isLetterOrNumber() || text[b - 1] == QLatin1Char('.')))
        --b;
    return text.mid(b, pos - b).toLower();
}

bool hasContent(const QString& text, int start, int end)
{
    for (int i = start; i < end; ++i)
        if (text[i].isLetterOrNumber())
            return true;
    return false;
}

// Collects sentences from the raw cut points, trimming blanks, list markers and headings.
class SentenceCollector
{
public:
    explicit SentenceCollector(const QString& text) : m_text(text) {}

    void add(int start, int end)
    {
        while (start < end && m_text[start].isSpace())
            ++start;
        // Headings (possibly several on one line, "EXAM: ... FINDINGS:") set the section of what follows.
        for (;;) {
            const QString rest = m_text.mid(start, end - start);
            if (const auto m = heading().match(rest); m.hasMatch()) {
                m_section = m.captured(1).trimmed();
                start += int(m.capturedLength(0));
                while (start < end && m_text[start].isSpace())
                    ++start;
                continue;
            }
            if (const auto m = listMarker().match(rest); m.hasMatch()) {
                start += int(m.capturedLength(0));
                continue;
            }
            break;
        }
        while (end > start && m_text[end - 1].isSpace())
            --end;
        if (!hasContent(m_text, start, end))
            return;
        m_out << ReportSentence{m_text.mid(start, end - start), start, end, m_section};
    }

    QList<ReportSentence> take() { return std::move(m_out); }

private:
    const QString& m_text;
    QString m_section;
    QList<ReportSentence> m_out;
};

// Whether a line break at `pos` (text[pos] == '\n') ends the sentence: a blank line, a heading or list item on
// the next line, or a next line that starts like a sentence (upper case or digit) after a line with no comma.
bool lineBreakEnds(const QString& text, int pos)
{
    int next = pos + 1;
    while (next < text.size() && text[next] != QLatin1Char('\n') && text[next].isSpace())
        ++next;
    if (next >= text.size() || text[next] == QLatin1Char('\n'))
        return true;
    const QString rest = text.mid(next, 60);
    if (listMarker().match(rest).hasMatch() || heading().match(rest).hasMatch())
        return true;
    int prev = pos - 1;
    while (prev >= 0 && text[prev].isSpace())
        --prev;
    if (prev < 0)
        return true;
    const QChar last = text[prev];
    if (last == QLatin1Char(',') || last == QLatin1Char('-') || last == QLatin1Char('/'))
        return false;
    if (last == QLatin1Char(':'))
        return true;
    return text[next].isUpper() || text[next].isDigit();
}

// Whether the stop at `pos` ('.', '!' or '?') ends the sentence.
bool stopEnds(const QString& text, int pos, int sentenceStart)
{
    const int next = pos + 1;
    if (next < text.size() && !text[next].isSpace() && text[next] != QLatin1Char('"') && text[next] != QLatin1Char(')'))
        return false; // "1.5 cm", "x-ray.PA", "e.g.,"
    int after = next;
    while (after < text.size() && text[after].isSpace())
        ++after;
    if (after >= text.size())
        return true;
    if (text[after].isLower())
        return false; // "approx. the", "? effusion"
    if (text[pos] != QLatin1Char('.'))
        return true;
    const QString word = wordBefore(text, pos);
    if (abbreviations().contains(word))
        return false;
    // A list number at the start of the sentence ("2. Small effusion") is a marker, not an end.
    bool onlyDigits = !word.isEmpty();
    for (QChar c : word)
        onlyDigits = onlyDigits && c.isDigit();
    if (onlyDigits && word.size() <= 2) {
        int b = pos - int(word.size());
        while (b > sentenceStart && text[b - 1].isSpace())
            --b;
        if (b == sentenceStart || text[b - 1] == QLatin1Char(':')) // "IMPRESSION: 1. ..."
            return false;
    }
    return true;
}

// An inline list item (" 2. Small ...", " 3) No ...") starts a new sentence even without a full stop before it.
bool inlineItemStarts(const QString& text, int pos)
{
    static const QRegularExpression item(QStringLiteral("^\\s(\\d{1,2})[.)]\\s+[A-Z]"));
    const auto m = item.match(QStringView(text).mid(pos, 8));
    return m.hasMatch() && m.captured(1).toInt() >= 2 && pos > 0 && !text[pos - 1].isDigit() &&
           text[pos - 1] != QLatin1Char('.');
}

} // namespace

QList<ReportSentence> splitReportSentences(const QString& text)
{
    SentenceCollector out(text);
    int start = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n') || c == QChar(0x2029) || c == QChar(0x2028)) {
            if (lineBreakEnds(text, i)) {
                out.add(start, i);
                start = i + 1;
            }
        } else if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) {
            if (stopEnds(text, i, start)) {
                out.add(start, i + 1);
                start = i + 1;
            }
        } else if (c.isSpace() && inlineItemStarts(text, i)) {
            out.add(start, i);
            start = i + 1;
        }
    }
    out.add(start, int(text.size()));
    return out.take();
}

} // namespace descry
