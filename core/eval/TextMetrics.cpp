#include "core/eval/TextMetrics.h"

#include "core/eval/detail/PorterStemmer.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

namespace descry {

namespace {

// One METEOR alignment problem: the tokens (as word and stem ids), and what every valid alignment must contain.
// Exact matching first and stem matching of what is left, each maximal, means: per surface word w exactly
// min(#w in candidate, #w in reference) exact pairs, and per stem class s exactly min(#s, #s) pairs in all (the
// rest of the class's pairs join different words of one stem). Among those alignments the search keeps one with
// the fewest chunks.
class MeteorAligner
{
public:
    MeteorAligner(const QStringList& cand, const QStringList& ref)
    {
        QHash<QString, int> words, stems;
        const auto id = [](QHash<QString, int>& ids, const QString& key) {
            const auto it = ids.constFind(key);
            if (it != ids.constEnd())
                return it.value();
            const int next = int(ids.size());
            ids.insert(key, next);
            return next;
        };
        for (const QString& t : cand) {
            m_candWord.push_back(id(words, t));
            m_candStem.push_back(id(stems, porterStem(t)));
        }
        for (const QString& t : ref) {
            m_refWord.push_back(id(words, t));
            m_refStem.push_back(id(stems, porterStem(t)));
        }
        std::vector<int> refWordCount(words.size(), 0), refStemCount(stems.size(), 0);
        m_candWordLeft.assign(words.size(), 0);
        m_candStemLeft.assign(stems.size(), 0);
        m_refsOfStem.resize(stems.size());
        for (size_t i = 0; i < m_candWord.size(); ++i) {
            ++m_candWordLeft[size_t(m_candWord[i])];
            ++m_candStemLeft[size_t(m_candStem[i])];
        }
        for (size_t j = 0; j < m_refWord.size(); ++j) {
            ++refWordCount[size_t(m_refWord[j])];
            ++refStemCount[size_t(m_refStem[j])];
            m_refsOfStem[size_t(m_refStem[j])].push_back(int(j));
        }
        m_exactLeft.resize(words.size());
        for (size_t w = 0; w < size_t(words.size()); ++w)
            m_exactLeft[w] = std::min(m_candWordLeft[w], refWordCount[w]);
        m_pairsLeft.resize(stems.size());
        for (size_t s = 0; s < size_t(stems.size()); ++s) {
            m_pairsLeft[s] = std::min(m_candStemLeft[s], refStemCount[s]);
            m_matches += m_pairsLeft[s];
        }
        m_refWordLeft = refWordCount;
        m_used.assign(m_refWord.size(), false);
    }

    int matches() const { return m_matches; }

    // The fewest chunks of a valid alignment (0 when nothing matches).
    int fewestChunks()
    {
        if (m_matches == 0)
            return 0;
        search();
        return m_best;
    }

private:
    // Far beyond what sentences need (they finish in a few hundred nodes); past it, the best alignment found so
    // far is kept instead of an exponential search on pathological input (long runs of a few repeated words).
    static constexpr qint64 kNodeBudget = 1'000'000;

    // One decision of the depth-first search: candidate token i goes to the reference token continuing the
    // current chunk, then to each other reference token of its stem, then nowhere.
    enum class Stage { Enter, ChunkContinuation, OtherPairs, Unmatched, BackFromUnmatched, Leave };
    struct Decision
    {
        size_t i = 0;
        int prevRef = -1; // where token i-1 went (-1: unmatched)
        int chunks = 0;
        int next = -1;  // the reference token continuing the chunk (-1: none)
        int taken = -1; // the reference token i is paired with while its subtree is searched
        size_t ref = 0; // the next of m_refsOfStem to try
        Stage stage = Stage::Enter;
    };

    // Whether candidate token i, already counted as decided, may pair with reference token j without making the
    // quotas unreachable.
    bool canPair(size_t i, int j) const
    {
        const auto w = size_t(m_candWord[i]);
        const auto rw = size_t(m_refWord[size_t(j)]);
        if (m_used[size_t(j)] || m_pairsLeft[size_t(m_candStem[i])] == 0)
            return false;
        if (rw == w)
            return m_exactLeft[w] > 0;
        // A stem pair: neither side may take a token its exact pairs still need.
        return m_candWordLeft[w] >= m_exactLeft[w] && m_refWordLeft[rw] - 1 >= m_exactLeft[rw];
    }

    void take(size_t i, int j, int delta)
    {
        m_used[size_t(j)] = delta < 0;
        m_pairsLeft[size_t(m_candStem[i])] += delta;
        m_refWordLeft[size_t(m_refWord[size_t(j)])] += delta;
        if (m_refWord[size_t(j)] == m_candWord[i])
            m_exactLeft[size_t(m_candWord[i])] += delta;
    }

    // The search keeps its own stack of decisions rather than recursing once per token: at kMaxTextTokens the
    // recursion took ~10 000 frames, which overflowed the stack under AddressSanitizer and on small worker stacks.
    void search()
    {
        std::vector<Decision> stack;
        stack.reserve(m_candWord.size() + 1);
        stack.push_back(Decision{});
        while (!stack.empty()) {
            Decision& d = stack.back();
            if (d.taken >= 0) { // back from the subtree of a pairing: undo it
                take(d.i, d.taken, +1);
                d.taken = -1;
            }
            if (const std::optional<Decision> child = advance(d))
                stack.push_back(*child);
            else if (d.stage == Stage::Leave)
                stack.pop_back();
        }
    }

    // Moves decision d one step on; returns the child decision to search next, if any.
    std::optional<Decision> advance(Decision& d)
    {
        switch (d.stage) {
        case Stage::Enter:
            if (!enter(d))
                d.stage = Stage::Leave;
            return std::nullopt;
        case Stage::ChunkContinuation:
            d.stage = Stage::OtherPairs;
            if (d.next >= 0 && d.next < int(m_refWord.size()) && m_refStem[size_t(d.next)] == m_candStem[d.i] &&
                canPair(d.i, d.next))
                return pairWith(d, d.next, d.chunks);
            return std::nullopt;
        case Stage::OtherPairs: {
            const std::vector<int>& refs = m_refsOfStem[size_t(m_candStem[d.i])];
            while (d.ref < refs.size()) {
                const int j = refs[d.ref++];
                if (j != d.next && canPair(d.i, j))
                    return pairWith(d, j, d.chunks + 1);
            }
            d.stage = Stage::Unmatched;
            return std::nullopt;
        }
        case Stage::Unmatched: {
            // Left unmatched: only when the tokens still undecided can fill the quotas.
            const auto w = size_t(m_candWord[d.i]);
            const auto s = size_t(m_candStem[d.i]);
            if (m_candWordLeft[w] >= m_exactLeft[w] && m_candStemLeft[s] >= m_pairsLeft[s]) {
                d.stage = Stage::BackFromUnmatched;
                return Decision{d.i + 1, -1, d.chunks};
            }
            restore(d);
            d.stage = Stage::Leave;
            return std::nullopt;
        }
        case Stage::BackFromUnmatched:
            restore(d);
            d.stage = Stage::Leave;
            return std::nullopt;
        case Stage::Leave:
            return std::nullopt;
        }
        return std::nullopt;
    }

    std::optional<Decision> pairWith(Decision& d, int j, int chunks)
    {
        take(d.i, j, -1);
        d.taken = j;
        return Decision{d.i + 1, j, chunks};
    }

    // Entering decision d: prunes, records a complete alignment, or marks token i as decided and goes on.
    bool enter(Decision& d)
    {
        if (d.chunks >= m_best || (++m_nodes > kNodeBudget && m_best != INT_MAX))
            return false;
        if (d.i == m_candWord.size()) {
            if (std::all_of(m_pairsLeft.begin(), m_pairsLeft.end(), [](int left) { return left == 0; }))
                m_best = d.chunks;
            return false;
        }
        --m_candWordLeft[size_t(m_candWord[d.i])];
        --m_candStemLeft[size_t(m_candStem[d.i])];
        // Continuing the current chunk first finds a good alignment early, which prunes the rest.
        d.next = d.prevRef >= 0 ? d.prevRef + 1 : -1;
        d.stage = Stage::ChunkContinuation;
        return true;
    }

    void restore(const Decision& d)
    {
        ++m_candWordLeft[size_t(m_candWord[d.i])];
        ++m_candStemLeft[size_t(m_candStem[d.i])];
    }

    std::vector<int> m_candWord, m_candStem, m_refWord, m_refStem; // token ids
    std::vector<std::vector<int>> m_refsOfStem;                    // reference positions per stem id
    std::vector<int> m_pairsLeft;                                  // per stem: pairs still to place
    std::vector<int> m_exactLeft;                                  // per word: exact pairs still to place
    std::vector<int> m_candWordLeft;                               // per word: candidate tokens not yet decided
    std::vector<int> m_candStemLeft;                               // per stem: candidate tokens not yet decided
    std::vector<int> m_refWordLeft;                                // per word: reference tokens not yet paired
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
    // Past the limit the search is not a sentence metric any more: every match counts as its own chunk, the worst
    // case, instead.
    const bool searchable = c.size() <= kMaxTextTokens && r.size() <= kMaxTextTokens;
    score.chunks = searchable ? aligner.fewestChunks() : score.matches;
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
