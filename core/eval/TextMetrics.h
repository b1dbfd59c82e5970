#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace descry {

// Word tokens of an explanation or reference sentence: lower-cased, split on anything that is not a letter or a
// digit (hyphenated words split), empty tokens dropped. Pure.
QStringList textTokens(const QString& text);

// The most word tokens one explanation or reference text may have: a few sentences have tens, and past this the
// O(|cand|·|ref|) ROUGE-L table and the METEOR alignment search stop being a sentence metric. `eval explanations`
// refuses a longer text as an input error; meteor() on a longer text skips the chunk search (see there).
inline constexpr int kMaxTextTokens = 5000;

// The Porter (1980) stem of one lower-case word, as NLTK's PorterStemmer in its ORIGINAL_ALGORITHM mode does. Pure.
QString porterStem(const QString& word);

// ROUGE-L of one candidate against one reference (Lin 2004): LCS over word tokens, P = LCS/|cand|, R = LCS/|ref|,
// F = 2PR/(P+R) (beta = 1); all 0 when either side is empty.
struct RougeLScore
{
    int lcs = 0;
    double precision = 0.0;
    double recall = 0.0;
    double f = 0.0;
};
RougeLScore rougeL(const QString& candidate, const QString& reference);

// METEOR of one candidate against one reference (Banerjee & Lavie 2005, as NLTK's meteor_score with
// alpha 0.9, beta 3, gamma 0.5): exact unigram matches first, then Porter-stem matches of what is left (each token
// matched at most once, alignment preferring the fewest chunks); P = m/|cand|, R = m/|ref|,
// Fmean = P·R/(α·P + (1−α)·R) (recall weight 9), penalty = γ·(chunks/m)^β, score = Fmean·(1 − penalty); 0 when
// m = 0. Above kMaxTextTokens on either side the fewest-chunks search is not run and chunks = m (the worst case),
// so the score is a lower bound (the search is exponential in the worst case and bounded by a node budget).
struct MeteorScore
{
    int matches = 0;
    int chunks = 0;
    double precision = 0.0;
    double recall = 0.0;
    double fmean = 0.0;
    double penalty = 0.0;
    double score = 0.0;
};
MeteorScore meteor(const QString& candidate, const QString& reference);

// Corpus-wide figures as the paper's Table 3 reports them: the mean over pairs of the per-pair ROUGE-L F and
// METEOR score. candidates and references pair up by index; n = the number of pairs (0: both means 0).
struct CorpusTextScores
{
    int n = 0;
    double rougeL = 0.0;
    double meteor = 0.0;
};
CorpusTextScores corpusTextScores(const QStringList& candidates, const QStringList& references);

} // namespace descry
