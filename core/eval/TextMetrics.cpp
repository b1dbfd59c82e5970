#include "core/eval/TextMetrics.h"

#include "core/eval/detail/PorterStemmer.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cmath>

namespace descry {

namespace {

// One METEOR alignment problem: the tokens, their stems and what every valid alignment must contain. Exact
// matching first and stem matching of what is left, each maximal, means: per surface word w exactly
// min(#w in candidate, #w in reference) exact pairs, and per stem class s exactly min(#s, #s) pairs in all (the
// rest of the class's pairs join different words of one stem). Among those alignments the search keeps one with
// the fewest chunks.
class MeteorAligner
{
public:
    MeteorAligner(const QStringList& cand, const QStringList& ref) : m_cand(cand), m_ref(ref)
    {
        for (const QString& t : cand)
            m_candStem << porterStem(t);
        for (const QString& t : ref)
            m_refStem << porterStem(t);
        QHash<QString, int> candWord, refWord, candStem, refStem;
        for (qsizetype i = 0; i < cand.size(); ++i) {
            ++candWord[cand[i]];
            ++candStem[m_candStem[i]];
        }
        for (qsizetype j = 0; j < ref.size(); ++j) {
            ++refWord[ref[j]];
            ++refStem[m_refStem[j]];
        }
        for (auto it = candStem.cbegin(); it != candStem.cend(); ++it)
            m_pairsLeft[it.key()] = std::min(it.value(), refStem.value(it.key()));
        for (auto it = candWord.cbegin(); it != candWord.cend(); ++it)
            m_exactLeft[it.key()] = std::min(it.value(), refWord.value(it.key()));
        for (int p : std::as_const(m_pairsLeft))
            m_matches += p;
        m_candWordLeft = candWord;
        m_candStemLeft = candStem;
        m_refWordLeft = refWord;
        m_used.assign(size_t(ref.size()), false);
    }

    int matches() const { return m_matches; }

    // The fewest chunks of a valid alignment (0 when nothing matches).
    int fewestChunks()
    {
        if (m_matches == 0)
            return 0;
        search(0, -1, 0);
        return m_best;
    }

private:
    // Far beyond what sentences need (they finish in a few hundred nodes); past it, the best alignment found so
    // far is kept instead of an exponential search on pathological input (hundreds of repeated words).
    static constexpr qint64 kNodeBudget = 2'000'000;

    // Whether candidate token i, already counted as decided, may pair with reference token j without making the
    // quotas unreachable.
    bool canPair(qsizetype i, qsizetype j) const
    {
        if (m_used[size_t(j)] || m_refStem[j] != m_candStem[i] || m_pairsLeft.value(m_candStem[i]) == 0)
            return false;
        const QString& w = m_cand[i];
        if (m_ref[j] == w)
            return m_exactLeft.value(w) > 0;
        // A stem pair: neither side may take a token its exact pairs still need.
        return m_candWordLeft.value(w) >= m_exactLeft.value(w) &&
               m_refWordLeft.value(m_ref[j]) - 1 >= m_exactLeft.value(m_ref[j]);
    }

    void take(qsizetype i, qsizetype j, int delta)
    {
        m_used[size_t(j)] = delta < 0;
        m_pairsLeft[m_candStem[i]] += delta;
        m_refWordLeft[m_ref[j]] += delta;
        if (m_ref[j] == m_cand[i])
            m_exactLeft[m_cand[i]] += delta;
    }

    // Candidate token i is decided next; prevRef is where token i-1 went (-1: unmatched).
    void search(qsizetype i, qsizetype prevRef, int chunks)
    {
        if (chunks >= m_best || (++m_nodes > kNodeBudget && m_best != INT_MAX))
            return;
        if (i == m_cand.size()) {
            for (int left : std::as_const(m_pairsLeft))
                if (left != 0)
                    return;
            m_best = chunks;
            return;
        }
        const QString& w = m_cand[i];
        const QString& s = m_candStem[i];
        --m_candWordLeft[w];
        --m_candStemLeft[s];
        // Continuing the current chunk first finds a good alignment early, which prunes the rest.
        const qsizetype next = prevRef >= 0 ? prevRef + 1 : -1;
        if (next >= 0 && next < m_ref.size() && canPair(i, next))
            tryPair(i, next, chunks);
        for (qsizetype j = 0; j < m_ref.size(); ++j)
            if (j != next && canPair(i, j))
                tryPair(i, j, chunks + 1);
        // Left unmatched: only when the tokens still undecided can fill the quotas.
        if (m_candWordLeft.value(w) >= m_exactLeft.value(w) && m_candStemLeft.value(s) >= m_pairsLeft.value(s))
            search(i + 1, -1, chunks);
        ++m_candWordLeft[w];
        ++m_candStemLeft[s];
    }

    void tryPair(qsizetype i, qsizetype j, int chunks)
    {
        take(i, j, -1);
        search(i + 1, j, chunks);
        take(i, j, +1);
    }

    QStringList m_cand, m_ref, m_candStem, m_refStem;
    QHash<QString, int> m_pairsLeft;    // per stem class: pairs still to place
    QHash<QString, int> m_exactLeft;    // per word: exact pairs still to place
    QHash<QString, int> m_candWordLeft; // per word: candidate tokens not yet decided
    QHash<QString, int> m_candStemLeft; // per stem: candidate tokens not yet decided
    QHash<QString, int> m_refWordLeft;  // per word: reference tokens not yet paired
    std::vector<bool> m_used;
    int m_matches = 0;
    int m_best = INT_MAX;
    qint64 m_nodes = 0;
};

} // namespace

QStringList textTokens(const QString& text)
{
    QStringList tokens;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            tokens << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

QString porterStem(const QString& word)
{
    using namespace detail::porter;
    return step5b(step5a(step4(step3(step2(step1c(step1b(step1a(word))))))));
}

RougeLScore rougeL(const QString& candidate, const QString& reference)
{
    const QStringList c = textTokens(candidate);
    const QStringList r = textTokens(reference);
    RougeLScore score;
    if (c.isEmpty() || r.isEmpty())
        return score;
    // LCS by dynamic programming, one row at a time.
    std::vector<int> previous(size_t(r.size()) + 1, 0), row(size_t(r.size()) + 1, 0);
    for (qsizetype i = 1; i <= c.size(); ++i) {
        for (qsizetype j = 1; j <= r.size(); ++j)
            row[size_t(j)] =
                c[i - 1] == r[j - 1] ? previous[size_t(j - 1)] + 1 : std::max(previous[size_t(j)], row[size_t(j - 1)]);
        std::swap(previous, row);
    }
    score.lcs = previous[size_t(r.size())];
    if (score.lcs == 0)
        return score;
    score.precision = double(score.lcs) / double(c.size());
    score.recall = double(score.lcs) / double(r.size());
    score.f = 2.0 * score.precision * score.recall / (score.precision + score.recall);
    return score;
}

MeteorScore meteor(const QString& candidate, const QString& reference)
{
    constexpr double kAlpha = 0.9, kBeta = 3.0, kGamma = 0.5;
    const QStringList c = textTokens(candidate);
    const QStringList r = textTokens(reference);
    MeteorScore score;
    MeteorAligner aligner(c, r);
    score.matches = aligner.matches();
    if (score.matches == 0)
        return score;
    score.chunks = aligner.fewestChunks();
    score.precision = double(score.matches) / double(c.size());
    score.recall = double(score.matches) / double(r.size());
    score.fmean = score.precision * score.recall / (kAlpha * score.precision + (1.0 - kAlpha) * score.recall);
    score.penalty = kGamma * std::pow(double(score.chunks) / double(score.matches), kBeta);
    score.score = score.fmean * (1.0 - score.penalty);
    return score;
}

CorpusTextScores corpusTextScores(const QStringList& candidates, const QStringList& references)
{
    CorpusTextScores scores;
    scores.n = int(std::min(candidates.size(), references.size()));
    if (scores.n == 0)
        return scores;
    for (int i = 0; i < scores.n; ++i) {
        scores.rougeL += rougeL(candidates[i], references[i]).f;
        scores.meteor += meteor(candidates[i], references[i]).score;
    }
    scores.rougeL /= scores.n;
    scores.meteor /= scores.n;
    return scores;
}

} // namespace descry
