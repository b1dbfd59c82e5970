// Text metrics of explanations (issue 12, point 3): tokens, the Porter (1980) stemmer, ROUGE-L and METEOR, each
// against values worked out by hand from the definitions (the arithmetic is in the comments).
#include "core/eval/TextMetrics.h"
#include "core/eval/detail/PorterStemmer.h"

#include <QThread>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

using namespace descry;
namespace porter = descry::detail::porter;

namespace {

using Examples = std::vector<std::pair<const char*, const char*>>;

void expectStep(const std::function<QString(const QString&)>& step, const Examples& examples, const char* name)
{
    for (const auto& [word, expected] : examples)
        EXPECT_EQ(step(QString::fromLatin1(word)).toStdString(), expected) << name << "(" << word << ")";
}

} // namespace

TEST(TextTokens, LowerCasesAndSplitsOnAnythingButLettersAndDigits)
{
    EXPECT_EQ(
        textTokens(QStringLiteral("Blunted LEFT costophrenic angle; small-to-moderate effusion (2 cm).")),
        QStringList({"blunted", "left", "costophrenic", "angle", "small", "to", "moderate", "effusion", "2", "cm"}));
    EXPECT_TRUE(textTokens(QString()).isEmpty());
    EXPECT_TRUE(textTokens(QStringLiteral("  -- ;; ")).isEmpty());
}

TEST(PorterStemmer, MeasureAsDefined)
{
    // The paper's examples: m=0 TR, EE, TREE, Y, BY; m=1 TROUBLE, OATS, TREES, IVY; m=2 TROUBLES, PRIVATE, OATEN.
    for (const char* w : {"tr", "ee", "tree", "y", "by"})
        EXPECT_EQ(porter::measure(QString::fromLatin1(w)), 0) << w;
    for (const char* w : {"trouble", "oats", "trees", "ivy"})
        EXPECT_EQ(porter::measure(QString::fromLatin1(w)), 1) << w;
    for (const char* w : {"troubles", "private", "oaten", "orrery"})
        EXPECT_EQ(porter::measure(QString::fromLatin1(w)), 2) << w;
}

// Every example the published algorithm lists for its steps, step by step.
TEST(PorterStemmer, StepExamplesOfThePaper)
{
    expectStep(porter::step1a,
               {{"caresses", "caress"}, {"ponies", "poni"}, {"ties", "ti"}, {"caress", "caress"}, {"cats", "cat"}},
               "1a");
    expectStep(porter::step1b,
               {{"feed", "feed"},
                {"agreed", "agree"},
                {"plastered", "plaster"},
                {"bled", "bled"},
                {"motoring", "motor"},
                {"sing", "sing"},
                {"conflated", "conflate"},
                {"troubled", "trouble"},
                {"sized", "size"},
                {"hopping", "hop"},
                {"tanned", "tan"},
                {"falling", "fall"},
                {"hissing", "hiss"},
                {"fizzed", "fizz"},
                {"failing", "fail"},
                {"filing", "file"}},
               "1b");
    expectStep(porter::step1c, {{"happy", "happi"}, {"sky", "sky"}}, "1c");
    expectStep(porter::step2, {{"relational", "relate"},       {"conditional", "condition"},
                               {"rational", "rational"},       {"valenci", "valence"},
                               {"hesitanci", "hesitance"},     {"digitizer", "digitize"},
                               {"conformabli", "conformable"}, {"radicalli", "radical"},
                               {"differentli", "different"},   {"vileli", "vile"},
                               {"analogousli", "analogous"},   {"vietnamization", "vietnamize"},
                               {"predication", "predicate"},   {"operator", "operate"},
                               {"feudalism", "feudal"},        {"decisiveness", "decisive"},
                               {"hopefulness", "hopeful"},     {"callousness", "callous"},
                               {"formaliti", "formal"},        {"sensitiviti", "sensitive"},
                               {"sensibiliti", "sensible"}},
               "2");
    expectStep(porter::step3,
               {{"triplicate", "triplic"},
                {"formative", "form"},
                {"formalize", "formal"},
                {"electriciti", "electric"},
                {"electrical", "electric"},
                {"hopeful", "hope"},
                {"goodness", "good"}},
               "3");
    expectStep(porter::step4,
               {{"revival", "reviv"},
                {"allowance", "allow"},
                {"inference", "infer"},
                {"airliner", "airlin"},
                {"gyroscopic", "gyroscop"},
                {"adjustable", "adjust"},
                {"defensible", "defens"},
                {"irritant", "irrit"},
                {"replacement", "replac"},
                {"adjustment", "adjust"},
                {"dependent", "depend"},
                {"adoption", "adopt"},
                {"homologou", "homolog"},
                {"communism", "commun"},
                {"activate", "activ"},
                {"angulariti", "angular"},
                {"homologous", "homolog"},
                {"effective", "effect"},
                {"bowdlerize", "bowdler"}},
               "4");
    expectStep(porter::step5a, {{"probate", "probat"}, {"rate", "rate"}, {"cease", "ceas"}}, "5a");
    expectStep(porter::step5b, {{"controll", "control"}, {"roll", "roll"}}, "5b");
}

// Whole-word stems, each traced through the steps by hand.
TEST(PorterStemmer, WholeWordsTracedByHand)
{
    const Examples words = {
        {"caresses", "caress"},       // 1a SSES->SS; nothing else applies
        {"ponies", "poni"},           // 1a IES->I
        {"cats", "cat"},              // 1a S->
        {"relational", "relat"},      // 2 ATIONAL->ATE (m(rel)=1) "relate"; 4 ATE needs m>1: no; 5a m(relat)=2: "relat"
        {"conditional", "condit"},    // 2 TIONAL->TION "condition"; 4 ION, m(condit)=2 and *T: "condit"
        {"rational", "ration"},       // 2 ATIONAL fails (m(r)=0) and stops the step; 4 AL, m(ration)=2: "ration"
        {"generalization", "gener"},  // 2 IZATION->IZE; 3 ALIZE->AL; 4 AL, m(gener)=2
        {"generalizations", "gener"}, // the paper's example: 1a, then as above
        {"oscillators", "oscil"},     // the paper's example: 1a; 2 ATOR->ATE; 4 ATE; 5b LL->L, m(oscil)=2
        {"hopefulness", "hope"},      // 2 FULNESS->FUL; 3 FUL->; 5a keeps E: m(hop)=1 and *o
        {"agreed", "agre"},           // 1b EED->EE (m(agr)=1); 5a m(agre)=1, not *o: E removed
        {"feed", "feed"},             // 1b EED with m(f)=0: unchanged, and ED is not tried
        {"hopping", "hop"},           // 1b ING, then *d not L/S/Z: undoubled
        {"controlling", "control"},   // 1b ING, *d with L kept "controll"; 5b m>1: "control"
        {"happy", "happi"},           // 1c
        {"sky", "sky"},               // 1c needs a vowel in "sk"
        {"sized", "size"},            // 1b ED, IZ->IZE; 5a keeps E: m(siz)=1 and *o
        {"electrical", "electr"},     // 3 ICAL->IC; 4 IC, m(electr)=2
        {"triplicate", "triplic"},    // 3 ICATE->IC; 4 IC needs m(tripl)>1: no
        {"formative", "form"},        // 3 ATIVE->
        {"generate", "gener"},        // 4 ATE, m(gener)=2
        {"effusion", "effus"},        // 4 ION, m(effus)=2 and *S
        {"effusions", "effus"},       // 1a, then as above
        {"opacity", "opac"},          // 1c "opaciti"; 4 ITI, m(opac)=2
        {"opacities", "opac"},        // 1a IES->I "opaciti"; 4 ITI
        {"blunted", "blunt"},         // 1b ED; m(blunt)=1 but "unt" is not cvc: no E
        {"blunting", "blunt"},        // 1b ING
        {"layering", "layer"},        // 1b ING ("y" after a vowel is a consonant: m(layer)=2, no E); 4 ER m(lay)=1
        {"obscured", "obscur"},       // 1b ED, m(obscur)=2: no E
        {"obscures", "obscur"},       // 1a S->; 5a m(obscur)=2: E removed
        {"consolidation", "consolid"},    // 2 ATION->ATE; 4 ATE, m(consolid)=3
        {"consolidated", "consolid"},     // 1b ED, AT->ATE; 4 ATE
        {"angles", "angl"},               // 1a; 5a m(angl)=1 and "ngl" is not cvc: E removed
        {"bilateral", "bilater"},         // 4 AL, m(bilater)=3
        {"cardiomegaly", "cardiomegali"}, // 1c; no later suffix matches
    };
    expectStep(porterStem, words, "porterStem");
}

TEST(RougeL, LongestCommonSubsequenceFMeasure)
{
    // Lin (2004): "police kill the gunman" vs "police killed the gunman": LCS police-the-gunman = 3,
    // P = 3/4, R = 3/4, F = 2·0.75·0.75/1.5 = 0.75.
    RougeLScore s = rougeL(QStringLiteral("police killed the gunman"), QStringLiteral("police kill the gunman"));
    EXPECT_EQ(s.lcs, 3);
    EXPECT_DOUBLE_EQ(s.precision, 0.75);
    EXPECT_DOUBLE_EQ(s.recall, 0.75);
    EXPECT_DOUBLE_EQ(s.f, 0.75);
    // "the gunman kill police": LCS the-gunman = 2 of 4 and 4: F = 0.5 (order matters, unlike unigram overlap).
    EXPECT_DOUBLE_EQ(rougeL(QStringLiteral("the gunman kill police"), QStringLiteral("police kill the gunman")).f, 0.5);
    // Different lengths: LCS small-left-effusion = 3, P = 3/4, R = 3/6, F = 2·0.75·0.5/1.25 = 0.6.
    s = rougeL(QStringLiteral("Small left pleural effusion."), QStringLiteral("There is a small left effusion"));
    EXPECT_EQ(s.lcs, 3);
    EXPECT_DOUBLE_EQ(s.precision, 0.75);
    EXPECT_DOUBLE_EQ(s.recall, 0.5);
    EXPECT_NEAR(s.f, 0.6, 1e-12);
    // Repeated words count once per occurrence in the LCS: "the the the" vs "the": LCS 1, P 1/3, R 1,
    // F = 2·(1/3)/(4/3) = 0.5.
    EXPECT_NEAR(rougeL(QStringLiteral("the the the"), QStringLiteral("the")).f, 0.5, 1e-12);
}

TEST(RougeL, EmptyOrDisjointIsZero)
{
    for (const auto& [c, r] : std::vector<std::pair<QString, QString>>{
             {QString(), QString()},
             {QString(), QStringLiteral("a b")},
             {QStringLiteral("a b"), QString()},
             {QStringLiteral("pleural effusion"), QStringLiteral("normal heart size")}}) {
        const RougeLScore s = rougeL(c, r);
        EXPECT_EQ(s.lcs, 0);
        EXPECT_EQ(s.f, 0.0);
        EXPECT_EQ(s.precision, 0.0);
        EXPECT_EQ(s.recall, 0.0);
    }
}

// The classic examples (Lavie's, as the METEOR article quotes them), reference "the cat sat on the mat".
TEST(Meteor, ClassicCatExamples)
{
    const QString ref = QStringLiteral("the cat sat on the mat");
    // Identical: m = 6, one chunk; P = R = Fmean = 1; penalty = 0.5·(1/6)^3 = 0.5/216 = 0.0023148;
    // score = 1 − 0.5/216 = 0.9976852.
    MeteorScore s = meteor(ref, ref);
    EXPECT_EQ(s.matches, 6);
    EXPECT_EQ(s.chunks, 1);
    EXPECT_DOUBLE_EQ(s.fmean, 1.0);
    EXPECT_NEAR(s.penalty, 0.5 / 216, 1e-12);
    EXPECT_NEAR(s.score, 1 - 0.5 / 216, 1e-12);
    // "the cat was sat on the mat": m = 6 of 7 candidate words; chunks "the cat" + "sat on the mat" = 2;
    // P = 6/7, R = 1; Fmean = (6/7)/(0.9·6/7 + 0.1) = 6/6.1 = 0.9836066; penalty = 0.5·(2/6)^3 = 1/54;
    // score = (6/6.1)·(53/54) = 0.9653916 (the article's 0.9654).
    s = meteor(QStringLiteral("the cat was sat on the mat"), ref);
    EXPECT_EQ(s.matches, 6);
    EXPECT_EQ(s.chunks, 2);
    EXPECT_NEAR(s.precision, 6.0 / 7, 1e-12);
    EXPECT_DOUBLE_EQ(s.recall, 1.0);
    EXPECT_NEAR(s.fmean, 6 / 6.1, 1e-12);
    EXPECT_NEAR(s.penalty, 1.0 / 54, 1e-12);
    EXPECT_NEAR(s.score, 6 / 6.1 * 53 / 54, 1e-12);
    EXPECT_NEAR(s.score, 0.9654, 5e-5);
    // "on the mat sat the cat": m = 6, P = R = Fmean = 1. The alignment with the fewest chunks takes the second
    // "the" of the reference for "on the mat" (ref 3-5), then "sat" (ref 2), then "the cat" (ref 0-1): 3 chunks
    // (no split into 2 runs is contiguous in the reference). penalty = 0.5·(3/6)^3 = 0.0625, score 0.9375.
    // (A greedy aligner that pairs each word with the last free occurrence gets 6 chunks and 0.5, the figure
    // the article quotes; the fewest-chunk alignment is the one METEOR's definition asks for.)
    s = meteor(QStringLiteral("on the mat sat the cat"), ref);
    EXPECT_EQ(s.matches, 6);
    EXPECT_EQ(s.chunks, 3);
    EXPECT_NEAR(s.penalty, 0.0625, 1e-12);
    EXPECT_NEAR(s.score, 0.9375, 1e-12);
}

TEST(Meteor, StemOnlyMatches)
{
    // No exact match; stems blunted/blunting -> "blunt", angles/angle -> "angl": m = 2. They sit at reference
    // 0 and 3: 2 chunks. P = 2/2 = 1, R = 2/4 = 0.5; Fmean = 0.5/(0.9 + 0.05) = 0.5263158; penalty =
    // 0.5·(2/2)^3 = 0.5; score = 0.2631579.
    const MeteorScore s = meteor(QStringLiteral("Blunted angles"), QStringLiteral("blunting of the angle"));
    EXPECT_EQ(s.matches, 2);
    EXPECT_EQ(s.chunks, 2);
    EXPECT_DOUBLE_EQ(s.precision, 1.0);
    EXPECT_DOUBLE_EQ(s.recall, 0.5);
    EXPECT_NEAR(s.fmean, 0.5 / 0.95, 1e-12);
    EXPECT_NEAR(s.penalty, 0.5, 1e-12);
    EXPECT_NEAR(s.score, 0.25 / 0.95, 1e-12);
}

TEST(Meteor, ExactMatchesComeBeforeStemMatches)
{
    // "left effusion effusions" vs "left effusions": the exact stage pairs left-left and effusions-effusions; the
    // stem stage finds no reference word left for "effusion". m = 2, chunks 2 (candidate 0 and 2 are not
    // adjacent), although pairing "effusion" by stem would give the single chunk "left effusion".
    // P = 2/3, R = 1; Fmean = (2/3)/(0.6 + 0.1) = 0.9523810; penalty = 0.5·(2/2)^3 = 0.5; score = 0.4761905.
    const MeteorScore s = meteor(QStringLiteral("left effusion effusions"), QStringLiteral("left effusions"));
    EXPECT_EQ(s.matches, 2);
    EXPECT_EQ(s.chunks, 2);
    EXPECT_NEAR(s.fmean, (2.0 / 3) / 0.7, 1e-12);
    EXPECT_NEAR(s.score, (2.0 / 3) / 0.7 * 0.5, 1e-12);
}

TEST(Meteor, RepeatedWords)
{
    // "the the the" vs "the": each token matched at most once: m = 1, 1 chunk; P = 1/3, R = 1;
    // Fmean = (1/3)/(0.3 + 0.1) = 0.8333333; penalty = 0.5·(1/1)^3 = 0.5; score = 0.4166667.
    MeteorScore s = meteor(QStringLiteral("the the the"), QStringLiteral("the"));
    EXPECT_EQ(s.matches, 1);
    EXPECT_EQ(s.chunks, 1);
    EXPECT_NEAR(s.fmean, 1.0 / 1.2, 1e-12);
    EXPECT_NEAR(s.score, 0.5 / 1.2, 1e-12);
    // "left angle and left base" vs "left base and left angle": m = 5, P = R = Fmean = 1. The two "left"s can
    // pair straight (cand 0->ref 0, 3->3: runs (2,2)(3,3) only, 4 chunks) or crossed (0->3, 3->0: runs
    // "left angle" ->ref 3-4, "and" ->2, "left base" ->ref 0-1: 3 chunks). Fewest: 3; penalty = 0.5·(3/5)^3 =
    // 0.108; score 0.892.
    s = meteor(QStringLiteral("left angle and left base"), QStringLiteral("left base and left angle"));
    EXPECT_EQ(s.matches, 5);
    EXPECT_EQ(s.chunks, 3);
    EXPECT_NEAR(s.penalty, 0.108, 1e-12);
    EXPECT_NEAR(s.score, 0.892, 1e-12);
}

TEST(Meteor, EmptyOrNoMatchIsZero)
{
    for (const auto& [c, r] : std::vector<std::pair<QString, QString>>{
             {QString(), QString()},
             {QString(), QStringLiteral("a b")},
             {QStringLiteral("a b"), QString()},
             {QStringLiteral("pleural effusion"), QStringLiteral("normal heart size")}}) {
        const MeteorScore s = meteor(c, r);
        EXPECT_EQ(s.matches, 0);
        EXPECT_EQ(s.chunks, 0);
        EXPECT_EQ(s.fmean, 0.0);
        EXPECT_EQ(s.score, 0.0);
    }
}

TEST(Meteor, LongRepetitiveInputFinishes)
{
    // 60 words drawn from 3 with many equivalent alignments: the search must stay bounded and still find the
    // one-chunk alignment of identical texts.
    QString text;
    for (int i = 0; i < 20; ++i)
        text += QStringLiteral("the left the ");
    const MeteorScore s = meteor(text, text);
    EXPECT_EQ(s.matches, 60);
    EXPECT_EQ(s.chunks, 1);
}

TEST(Meteor, PathologicalRepetitionStaysBounded)
{
    // 90 words from 3, in two different pseudo-random orders: an exponential number of alignments. The search
    // stops at its node budget with the best alignment found; the match count is exact whatever the budget
    // (per word min(#cand, #ref)), and the chunks lie between 1 and the matches.
    QStringList a, b;
    const QStringList words = {QStringLiteral("the"), QStringLiteral("left"), QStringLiteral("angle")};
    uint32_t state = 12345;
    int countA[3] = {0, 0, 0}, countB[3] = {0, 0, 0};
    for (int i = 0; i < 90; ++i) {
        state = state * 1664525u + 1013904223u;
        const int wa = int((state >> 16) % 3);
        state = state * 1664525u + 1013904223u;
        const int wb = int((state >> 16) % 3);
        a << words[wa];
        b << words[wb];
        ++countA[wa];
        ++countB[wb];
    }
    int expected = 0;
    for (int w = 0; w < 3; ++w)
        expected += std::min(countA[w], countB[w]);
    const MeteorScore s = meteor(a.join(QLatin1Char(' ')), b.join(QLatin1Char(' ')));
    EXPECT_EQ(s.matches, expected);
    EXPECT_GE(s.chunks, 1);
    EXPECT_LE(s.chunks, s.matches);
    EXPECT_GT(s.score, 0.0);
}

TEST(CorpusTextScores, MeanOverPairs)
{
    // Pair 1 identical (ROUGE-L 1, METEOR 1 − 0.5/216), pair 2 disjoint (0, 0): means 0.5 and (1 − 0.5/216)/2.
    const CorpusTextScores s =
        corpusTextScores({QStringLiteral("the cat sat on the mat"), QStringLiteral("pleural effusion")},
                         {QStringLiteral("the cat sat on the mat"), QStringLiteral("normal heart")});
    EXPECT_EQ(s.n, 2);
    EXPECT_DOUBLE_EQ(s.rougeL, 0.5);
    EXPECT_NEAR(s.meteor, (1 - 0.5 / 216) / 2, 1e-12);
    const CorpusTextScores none = corpusTextScores({}, {});
    EXPECT_EQ(none.n, 0);
    EXPECT_EQ(none.rougeL, 0.0);
    EXPECT_EQ(none.meteor, 0.0);
}

// Regression: meteor() on a 50 000-token text recursed once per token and overflowed the stack. Above
// kMaxTextTokens the chunk search is skipped (chunks = matches, the worst case) and the call returns.
TEST(Meteor, HugeTextsReturnWithoutSearching)
{
    for (const int n : {50000, 300000}) {
        QString huge;
        huge.reserve(n * 2);
        for (int i = 0; i < n; ++i)
            huge += i % 2 ? QStringLiteral("a ") : QStringLiteral("b ");
        const MeteorScore s = meteor(huge, QStringLiteral("a b a b"));
        EXPECT_EQ(s.matches, 4) << n;
        EXPECT_EQ(s.chunks, 4) << n;
        EXPECT_GT(s.score, 0.0) << n;
        const MeteorScore back = meteor(QStringLiteral("a b a b"), huge);
        EXPECT_EQ(back.matches, 4) << n;
        EXPECT_EQ(back.chunks, 4) << n;
    }
    // At the limit the search still runs: "a b a b" lies in one chunk of the candidate.
    QString atLimit;
    for (int i = 0; i < kMaxTextTokens; ++i)
        atLimit += i % 2 ? QStringLiteral("a ") : QStringLiteral("b ");
    EXPECT_EQ(meteor(QStringLiteral("b a b a"), atLimit).chunks, 1);
}

// Regression: at the limit (a 5000-word candidate) the fewest-chunks search recursed 5000 levels deep; under
// AddressSanitizer that overflowed even the main thread's 8 MiB stack. The search now keeps its own stack, so it
// finishes on a worker thread with a 128 KiB stack (the recursion needed far more).
TEST(Meteor, ALongestCandidateIsScoredOnASmallStack)
{
    QString atLimit;
    for (int i = 0; i < kMaxTextTokens; ++i)
        atLimit += i % 2 ? QStringLiteral("a ") : QStringLiteral("b ");
    MeteorScore s;
    std::unique_ptr<QThread> worker(QThread::create([&] { s = meteor(atLimit, QStringLiteral("a b a b")); }));
    worker->setStackSize(128 * 1024);
    worker->start();
    ASSERT_TRUE(worker->wait(60000));
    EXPECT_EQ(s.matches, 4);
    EXPECT_EQ(s.chunks, 1); // "a b a b" lies in one chunk of the candidate
    EXPECT_GT(s.score, 0.0);
}
