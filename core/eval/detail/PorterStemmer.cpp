#include "core/eval/detail/PorterStemmer.h"

#include <functional>
#include <initializer_list>

namespace descry::detail::porter {

namespace {

bool isVowelLetter(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

// A consonant is a letter other than a, e, i, o, u, and other than y preceded by a consonant (Porter 1980).
bool isConsonant(const QString& w, qsizetype i)
{
    if (isVowelLetter(w[i]))
        return false;
    if (w[i] == u'y')
        return i == 0 || !isConsonant(w, i - 1);
    return true;
}

bool containsVowel(const QString& stem)
{
    for (qsizetype i = 0; i < stem.size(); ++i)
        if (!isConsonant(stem, i))
            return true;
    return false;
}

// *d: the stem ends with a double consonant.
bool endsDoubleConsonant(const QString& w)
{
    const qsizetype n = w.size();
    return n >= 2 && w[n - 1] == w[n - 2] && isConsonant(w, n - 1);
}

// *o: the stem ends cvc, where the second c is not w, x or y (the original rule: no two-letter case).
bool endsCvc(const QString& w)
{
    const qsizetype n = w.size();
    return n >= 3 && isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && w[n - 1] != u'w' &&
           w[n - 1] != u'x' && w[n - 1] != u'y';
}

bool positiveMeasure(const QString& stem)
{
    return measure(stem) > 0;
}

bool measureAboveOne(const QString& stem)
{
    return measure(stem) > 1;
}

struct Rule
{
    const char16_t* suffix;
    const char16_t* replacement;
    std::function<bool(const QString&)> condition;
};

// The rule whose suffix matches first decides: when its condition fails the word is left as it is and no shorter
// suffix is tried (the published algorithm takes the longest matching suffix of a step; the lists are ordered so
// that a longer suffix comes before any suffix of it).
QString applyRules(const QString& word, std::initializer_list<Rule> rules)
{
    for (const Rule& rule : rules) {
        const QString suffix = QString::fromUtf16(rule.suffix);
        if (!word.endsWith(suffix))
            continue;
        const QString stem = word.left(word.size() - suffix.size());
        if (!rule.condition || rule.condition(stem))
            return stem + QString::fromUtf16(rule.replacement);
        return word;
    }
    return word;
}

} // namespace

int measure(const QString& stem)
{
    int m = 0;
    for (qsizetype i = 1; i < stem.size(); ++i)
        if (!isConsonant(stem, i - 1) && isConsonant(stem, i))
            ++m;
    return m;
}

QString step1a(const QString& word)
{
    return applyRules(word, {{u"sses", u"ss", {}}, {u"ies", u"i", {}}, {u"ss", u"ss", {}}, {u"s", u"", {}}});
}

QString step1b(const QString& word)
{
    if (word.endsWith(u"eed")) {
        const QString stem = word.left(word.size() - 3);
        return measure(stem) > 0 ? stem + QStringLiteral("ee") : word;
    }
    QString stem;
    if (word.endsWith(u"ed") && containsVowel(word.left(word.size() - 2)))
        stem = word.left(word.size() - 2);
    else if (word.endsWith(u"ing") && containsVowel(word.left(word.size() - 3)))
        stem = word.left(word.size() - 3);
    else
        return word;
    // What follows the removal of ED or ING: restore an E, undouble, or add an E to a short cvc stem.
    if (stem.endsWith(u"at") || stem.endsWith(u"bl") || stem.endsWith(u"iz"))
        return stem + u'e';
    if (endsDoubleConsonant(stem)) {
        const QChar last = stem.back();
        return last == u'l' || last == u's' || last == u'z' ? stem : stem.left(stem.size() - 1);
    }
    if (measure(stem) == 1 && endsCvc(stem))
        return stem + u'e';
    return stem;
}

QString step1c(const QString& word)
{
    return applyRules(word, {{u"y", u"i", containsVowel}});
}

QString step2(const QString& word)
{
    return applyRules(word, {{u"ational", u"ate", positiveMeasure}, {u"tional", u"tion", positiveMeasure},
                             {u"enci", u"ence", positiveMeasure},   {u"anci", u"ance", positiveMeasure},
                             {u"izer", u"ize", positiveMeasure},    {u"abli", u"able", positiveMeasure},
                             {u"alli", u"al", positiveMeasure},     {u"entli", u"ent", positiveMeasure},
                             {u"eli", u"e", positiveMeasure},       {u"ousli", u"ous", positiveMeasure},
                             {u"ization", u"ize", positiveMeasure}, {u"ation", u"ate", positiveMeasure},
                             {u"ator", u"ate", positiveMeasure},    {u"alism", u"al", positiveMeasure},
                             {u"iveness", u"ive", positiveMeasure}, {u"fulness", u"ful", positiveMeasure},
                             {u"ousness", u"ous", positiveMeasure}, {u"aliti", u"al", positiveMeasure},
                             {u"iviti", u"ive", positiveMeasure},   {u"biliti", u"ble", positiveMeasure}});
}

QString step3(const QString& word)
{
    return applyRules(word, {{u"icate", u"ic", positiveMeasure},
                             {u"ative", u"", positiveMeasure},
                             {u"alize", u"al", positiveMeasure},
                             {u"iciti", u"ic", positiveMeasure},
                             {u"ical", u"ic", positiveMeasure},
                             {u"ful", u"", positiveMeasure},
                             {u"ness", u"", positiveMeasure}});
}

QString step4(const QString& word)
{
    const auto sOrTIon = [](const QString& stem) {
        return measure(stem) > 1 && (stem.endsWith(u's') || stem.endsWith(u't'));
    };
    return applyRules(word, {{u"al", u"", measureAboveOne},
                             {u"ance", u"", measureAboveOne},
                             {u"ence", u"", measureAboveOne},
                             {u"er", u"", measureAboveOne},
                             {u"ic", u"", measureAboveOne},
                             {u"able", u"", measureAboveOne},
                             {u"ible", u"", measureAboveOne},
                             {u"ant", u"", measureAboveOne},
                             {u"ement", u"", measureAboveOne},
                             {u"ment", u"", measureAboveOne},
                             {u"ent", u"", measureAboveOne},
                             {u"ion", u"", sOrTIon},
                             {u"ou", u"", measureAboveOne},
                             {u"ism", u"", measureAboveOne},
                             {u"ate", u"", measureAboveOne},
                             {u"iti", u"", measureAboveOne},
                             {u"ous", u"", measureAboveOne},
                             {u"ive", u"", measureAboveOne},
                             {u"ize", u"", measureAboveOne}});
}

QString step5a(const QString& word)
{
    if (!word.endsWith(u'e'))
        return word;
    const QString stem = word.left(word.size() - 1);
    const int m = measure(stem);
    return m > 1 || (m == 1 && !endsCvc(stem)) ? stem : word;
}

QString step5b(const QString& word)
{
    return word.endsWith(u"ll") && measure(word.left(word.size() - 1)) > 1 ? word.left(word.size() - 1) : word;
}

} // namespace descry::detail::porter
