// Report-descriptor extraction on hand-written report snippets (none from ../shared): presence, side, size,
// descriptor statuses and the spans they point at; and sentence splitting.
#include "core/cxr/extract/ReportExtractor.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <thread>
#include <vector>

using namespace descry;

namespace {

const ReportExtractor& extractor()
{
    static const ReportExtractor x = [] {
        auto catalog = Catalog::load(defaultCxrCatalogPath());
        EXPECT_TRUE(catalog);
        auto e = ReportExtractor::create(*catalog);
        EXPECT_TRUE(e);
        return *e;
    }();
    return x;
}

enum Presence { Absent = 0, Present = 1, Unknown = -1 }; // Unknown: uncertain or not mentioned

struct Snippet
{
    const char* text;
    Presence present;
    const char* side;                                       // "" = none
    const char* size;                                       // "" = none
    const char* span;                                       // the words the finding's span must cover ("" = no mention)
    QList<std::pair<const char*, const char*>> descriptors; // (id, status) that must be listed
};

// Every rule of the extractor, one or more snippets each.
const QList<Snippet> kSnippets = {
    // Plain presence, side and size.
    {"Small left pleural effusion.",
     Present,
     "left",
     "small",
     "pleural effusion",
     {{"laterality.left", "present"}, {"size.small", "present"}}},
    {"There is a moderate right-sided effusion.",
     Present,
     "right",
     "moderate",
     "effusion",
     {{"laterality.right", "present"}, {"size.moderate", "present"}}},
    {"Large bilateral pleural effusions.", Present, "bilateral", "large", "pleural effusions", {}},
    {"Massive left hydrothorax with mediastinal shift to the right.",
     Present,
     "left",
     "large",
     "hydrothorax",
     {{"mediastinal_shift.away", "present"}}},
    {"Trace right pleural fluid.", Present, "right", "small", "pleural fluid", {{"size.small", "present"}}},
    {"Tiny effusions at both bases.", Present, "bilateral", "small", "effusions", {}},
    {"Small bibasilar effusions.", Present, "bilateral", "small", "effusions", {}},
    {"Pleural effusion on the left.", Present, "left", "", "pleural effusion", {}},
    {"Effusions on both sides, left larger than right.", Present, "bilateral", "", "effusions", {}},
    {"Small to moderate right effusion.", Present, "right", "moderate", "effusion", {}},
    // Misspellings of the field.
    {"Small left pleural effussion.", Present, "left", "small", "pleural effussion", {}},
    {"Moderate right efusion.", Present, "right", "moderate", "efusion", {}},
    {"Blunting of the left costaphrenic angle.", Unknown, "", "", "", {{"costophrenic_angle.blunted_left", "present"}}},
    {"No pnuemothorax.", Unknown, "", "", "", {{"pneumothorax.present", "absent"}, {"pneumothorax.absent", "present"}}},
    // Negation and its scope.
    {"No pleural effusion.",
     Absent,
     "",
     "",
     "pleural effusion",
     {{"laterality.none", "present"}, {"size.none", "present"}}},
    {"Lungs are clear without effusion or pneumothorax.",
     Absent,
     "",
     "",
     "effusion",
     {{"consolidation.absent", "present"}, {"pneumothorax.present", "absent"}}},
    {"The pleural spaces are free of effusion.", Absent, "", "", "effusion", {}},
    {"No evidence of pleural effusion, pneumothorax or consolidation.",
     Absent,
     "",
     "",
     "pleural effusion",
     {{"consolidation.present", "absent"}, {"pneumothorax.present", "absent"}}},
    {"No focal consolidation, large pleural effusion, or pneumothorax.", Absent, "", "", "pleural effusion", {}},
    {"The previously seen left effusion has resolved.", Absent, "", "", "effusion", {}},
    {"Interval resolution of the right pleural effusion.", Absent, "", "", "pleural effusion", {}},
    {"Pleural effusion is not seen.", Absent, "", "", "pleural effusion", {}},
    {"Findings represent atelectasis rather than effusion.",
     Absent,
     "",
     "",
     "effusion",
     {{"atelectasis.present", "present"}}},
    {"No pneumothorax, small left effusion.",
     Present,
     "left",
     "small",
     "effusion",
     {{"pneumothorax.present", "absent"}}},
    // Scope terminators.
    {"No pneumothorax but there is a small right effusion.",
     Present,
     "right",
     "small",
     "effusion",
     {{"pneumothorax.present", "absent"}}},
    {"No consolidation; moderate left pleural effusion.",
     Present,
     "left",
     "moderate",
     "pleural effusion",
     {{"consolidation.present", "absent"}}},
    {"No focal airspace disease, however a small left effusion persists.", Present, "left", "small", "effusion", {}},
    // Pseudo-negations.
    {"No change in the small left effusion.", Present, "left", "small", "effusion", {}},
    {"No significant change in bilateral pleural effusions.", Present, "bilateral", "", "pleural effusions", {}},
    {"No interval increase in the moderate right effusion.", Present, "right", "moderate", "effusion", {}},
    // Uncertainty.
    {"Possible small left effusion.", Unknown, "", "", "effusion", {}},
    {"Left basilar opacity may represent atelectasis or effusion.",
     Unknown,
     "",
     "",
     "effusion",
     {{"basal_opacity.left", "present"}, {"atelectasis.present", "uncertain"}}},
    {"Cannot exclude a small right pleural effusion.", Unknown, "", "", "pleural effusion", {}},
    {"A small effusion cannot be excluded.", Unknown, "", "", "effusion", {}},
    {"Right pleural thickening versus effusion.", Unknown, "", "", "effusion", {}},
    {"Questionable trace left effusion.", Unknown, "", "", "effusion", {}},
    {"Small left effusion, possible right effusion.", Present, "left", "small", "effusion", {}},
    // Historical mentions.
    {"History of pleural effusion.", Unknown, "", "", "pleural effusion", {}},
    {"Compared to the prior study, small left effusion is unchanged.", Present, "left", "small", "effusion", {}},
    // Other effusions and de-identification tokens.
    {"Cardiomegaly, question pericardial effusion.", Unknown, "", "", "", {{"cardiomegaly.present", "present"}}},
    {"There are no XXXX of a pleural effusion. XXXX XXXX.", Absent, "", "", "pleural effusion", {}},
    {"XXXX left pleural effusion with XXXX atelectasis.",
     Present,
     "left",
     "",
     "pleural effusion",
     {{"atelectasis.present", "present"}}},
    // Descriptors around the finding.
    {"Sharp costophrenic angles. Heart size is normal.",
     Unknown,
     "",
     "",
     "",
     {{"costophrenic_angle.sharp", "present"}, {"cardiomegaly.absent", "present"}}},
    {"Meniscus sign at the right base with obscured right hemidiaphragm, consistent with effusion.",
     Present,
     "right",
     "",
     "effusion",
     {{"meniscus.present", "present"}, {"hemidiaphragm.obscured", "present"}}},
    {"Subpulmonic effusion on the left.", Present, "left", "", "effusion", {{"layering.subpulmonic", "present"}}},
    {"Fluid in the minor fissure and a small right effusion.",
     Present,
     "right",
     "small",
     "effusion",
     {{"fissural_fluid.present", "present"}}},
    {"No blunting of the costophrenic angles.",
     Unknown,
     "",
     "",
     "",
     {{"costophrenic_angle.blunted_bilateral", "absent"}, {"costophrenic_angle.sharp", "present"}}},
    {"Bibasilar atelectases. No effusion.",
     Absent,
     "",
     "",
     "effusion",
     {{"atelectasis.present", "present"}, {"laterality.none", "present"}}},
    {"Heart size is normal.", Unknown, "", "", "", {{"cardiomegaly.absent", "present"}}},
};

QString statusOf(const ReportExtraction& x, const QString& id)
{
    for (const ExtractedDescriptor& d : x.descriptors)
        if (d.id == id)
            return mentionStatusName(d.status);
    return QStringLiteral("(not listed)");
}

} // namespace

TEST(ReportExtractor, HandWrittenSnippets)
{
    ASSERT_GE(kSnippets.size(), 40);
    for (const Snippet& s : kSnippets) {
        const QString text = QString::fromUtf8(s.text);
        SCOPED_TRACE(s.text);
        const ReportExtraction x = extractor().extract(text);
        const ExtractedFinding& f = x.effusion;
        if (s.present == Unknown)
            EXPECT_FALSE(f.present.has_value());
        else
            EXPECT_EQ(f.present, std::optional<bool>(s.present == Present));
        EXPECT_EQ(f.side, QString::fromUtf8(s.side));
        EXPECT_EQ(f.size, QString::fromUtf8(s.size));
        const QString span = QString::fromUtf8(s.span);
        EXPECT_EQ(f.mentioned, !span.isEmpty());
        if (!span.isEmpty()) {
            EXPECT_EQ(text.mid(f.spanStart, f.spanEnd - f.spanStart).toLower(), span);
            EXPECT_TRUE(text.contains(f.evidence));
        }
        for (const auto& [id, status] : s.descriptors)
            EXPECT_EQ(statusOf(x, QString::fromUtf8(id)), QString::fromUtf8(status)) << id;
    }
}

// Defects D4-D6 of the issue-12 review: "X: none" negates, side and size abbreviations, fissural fluid phrases
// and misspellings.
TEST(ReportExtractor, ReviewDefectsColonNoneAbbreviationsFissuresMisspellings)
{
    for (const char* t : {"Effusion: none.", "Effusion: negative.", "Effusion: absent.", "Effusion - none."}) {
        SCOPED_TRACE(t);
        EXPECT_EQ(extractor().extract(QString::fromUtf8(t)).effusion.present, std::optional<bool>(false));
    }
    const auto small = extractor().extract(QStringLiteral("Small R. pleural effusion."));
    EXPECT_EQ(small.effusion.side, QStringLiteral("right"));
    EXPECT_EQ(small.effusion.size, QStringLiteral("small"));
    const auto rt = extractor().extract(QStringLiteral("Small rt. pleural effusion."));
    EXPECT_EQ(rt.effusion.side, QStringLiteral("right"));
    EXPECT_EQ(rt.effusion.size, QStringLiteral("small"));
    const auto sm = extractor().extract(QStringLiteral("Sm. lt. effusion."));
    EXPECT_EQ(sm.effusion.present, std::optional<bool>(true));
    EXPECT_EQ(sm.effusion.side, QStringLiteral("left"));
    EXPECT_EQ(sm.effusion.size, QStringLiteral("small"));
    const auto fissure = extractor().extract(QStringLiteral("Fluid tracking into the minor fissure."));
    EXPECT_EQ(statusOf(fissure, QStringLiteral("fissural_fluid.present")), QStringLiteral("present"));
    for (const char* t : {"Small left effusons.", "Small left effuson."}) {
        SCOPED_TRACE(t);
        const auto x = extractor().extract(QString::fromUtf8(t));
        EXPECT_EQ(x.effusion.present, std::optional<bool>(true));
        EXPECT_EQ(x.effusion.side, QStringLiteral("left"));
    }
}

TEST(ReportExtractor, DescriptorSpansPointAtThePhrase)
{
    const QString text = QStringLiteral("FINDINGS: Heart size normal.\nThere is blunting of the right costophrenic "
                                        "angle and a small right pleural effusion. No pneumothorax.");
    const ReportExtraction x = extractor().extract(text);
    bool seen = false;
    for (const ExtractedDescriptor& d : x.descriptors) {
        if (d.id != QLatin1String("costophrenic_angle.blunted_right"))
            continue;
        seen = true;
        EXPECT_EQ(text.mid(d.spanStart, d.spanEnd - d.spanStart),
                  QStringLiteral("blunting of the right costophrenic angle"));
        EXPECT_EQ(d.evidence, QStringLiteral("There is blunting of the right costophrenic angle and a small right "
                                             "pleural effusion."));
    }
    EXPECT_TRUE(seen);
    EXPECT_EQ(text.mid(x.effusion.spanStart, x.effusion.spanEnd - x.effusion.spanStart),
              QStringLiteral("pleural effusion"));
    EXPECT_EQ(x.presentIds(), (QStringList{"cardiomegaly.absent", "costophrenic_angle.blunted_right",
                                           "laterality.right", "size.small", "pneumothorax.absent"}));
}

TEST(ReportExtractor, HistoricalMentionIsFlaggedAndNotPresent)
{
    const ReportExtraction x = extractor().extract(QStringLiteral("Prior atelectasis. No effusion."));
    ASSERT_FALSE(x.descriptors.isEmpty());
    EXPECT_EQ(x.descriptors.first().id, QStringLiteral("atelectasis.present"));
    EXPECT_TRUE(x.descriptors.first().historical);
    EXPECT_FALSE(x.presentIds().contains(QStringLiteral("atelectasis.present")));
}

TEST(ReportExtractor, JsonHasTheIssueShape)
{
    const QJsonObject o = extractor().extract(QStringLiteral("Moderate left effusion.")).toJson();
    const QJsonObject e = o.value(QStringLiteral("effusion")).toObject();
    EXPECT_EQ(e.value(QStringLiteral("present")), QJsonValue(true));
    EXPECT_EQ(e.value(QStringLiteral("side")), QJsonValue(QStringLiteral("left")));
    EXPECT_EQ(e.value(QStringLiteral("size")), QJsonValue(QStringLiteral("moderate")));
    const QJsonArray d = o.value(QStringLiteral("descriptors")).toArray();
    ASSERT_EQ(d.size(), 2);
    const QJsonObject first = d.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("laterality.left"));
    EXPECT_EQ(first.value(QStringLiteral("status")).toString(), QStringLiteral("present"));
    EXPECT_EQ(first.value(QStringLiteral("evidence")).toString(), QStringLiteral("Moderate left effusion."));
    EXPECT_EQ(first.value(QStringLiteral("span")).toArray(), (QJsonArray{14, 22}));
    const QJsonObject none = extractor().extract(QStringLiteral("Heart normal.")).toJson();
    EXPECT_TRUE(none.value(QStringLiteral("effusion")).toObject().value(QStringLiteral("present")).isNull());
    EXPECT_TRUE(none.value(QStringLiteral("effusion")).toObject().value(QStringLiteral("side")).isNull());
}

TEST(ReportExtractor, CreateRefusesACatalogWithoutRules)
{
    auto face = Catalog::load(defaultFaceCatalogPath());
    ASSERT_TRUE(face);
    auto x = ReportExtractor::create(*face);
    ASSERT_FALSE(x);
    EXPECT_EQ(x.error().code(), ErrorCode::Model);
    EXPECT_TRUE(x.error().message().contains(QStringLiteral("extraction")));
}

namespace {

QStringList sentenceTexts(const QString& text)
{
    QStringList out;
    for (const ReportSentence& s : splitReportSentences(text)) {
        EXPECT_EQ(text.mid(s.start, s.end - s.start), s.text);
        out << s.text;
    }
    return out;
}

} // namespace

TEST(SentenceSplitter, AbbreviationsAndDecimalsDoNotEndSentences)
{
    EXPECT_EQ(sentenceTexts(QStringLiteral("Nodule measures 1.5 cm. Seen by Dr. Smith, e.g. on the lateral view. "
                                           "Effusion, approx. 2 cm thick.")),
              (QStringList{"Nodule measures 1.5 cm.", "Seen by Dr. Smith, e.g. on the lateral view.",
                           "Effusion, approx. 2 cm thick."}));
    EXPECT_EQ(sentenceTexts(QStringLiteral("Atelectasis vs. effusion. No pneumothorax!")),
              (QStringList{"Atelectasis vs. effusion.", "No pneumothorax!"}));
}

TEST(SentenceSplitter, ListsHeadingsAndLineBreaks)
{
    const QString text = QStringLiteral("FINDINGS:\nSmall left effusion\nNo pneumothorax\n\nIMPRESSION: 1. Small "
                                        "left effusion. 2. No pneumothorax\n- Heart normal\n* Mediastinum normal");
    const QList<ReportSentence> s = splitReportSentences(text);
    QStringList texts;
    for (const ReportSentence& x : s)
        texts << x.text;
    EXPECT_EQ(texts, (QStringList{"Small left effusion", "No pneumothorax", "Small left effusion.", "No pneumothorax",
                                  "Heart normal", "Mediastinum normal"}));
    ASSERT_EQ(s.size(), 6);
    EXPECT_EQ(s[0].section, QStringLiteral("FINDINGS"));
    EXPECT_EQ(s[2].section, QStringLiteral("IMPRESSION"));
    EXPECT_EQ(s[5].section, QStringLiteral("IMPRESSION"));
    // A wrapped line (the next starts in lower case) stays one sentence; inline items split without stops.
    EXPECT_EQ(sentenceTexts(QStringLiteral("There is a small left\npleural effusion. 1. Cardiomegaly 2. Effusion")),
              (QStringList{"There is a small left\npleural effusion.", "Cardiomegaly", "Effusion"}));
    EXPECT_TRUE(splitReportSentences(QStringLiteral("  \n. \n")).isEmpty());
}

TEST(ReportFile, ReadsTextAndIndianaXmlAndRefusesWhatIsNot)
{
    QTemporaryDir dir;
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    auto latin = readReportFile(write("latin.txt", "Pleural effusion \xe9panchement."));
    ASSERT_TRUE(latin);
    EXPECT_TRUE(latin->contains(QStringLiteral("\u00e9panchement")));
    auto xml = readReportFile(write("r.xml", "<?xml version=\"1.0\"?><eCitation><Abstract>"
                                             "<AbstractText Label=\"INDICATION\">Cough</AbstractText>"
                                             "<AbstractText Label=\"FINDINGS\">No effusion.</AbstractText>"
                                             "<AbstractText Label=\"IMPRESSION\">Normal.</AbstractText>"
                                             "</Abstract></eCitation>"));
    ASSERT_TRUE(xml);
    EXPECT_EQ(*xml, QStringLiteral("FINDINGS: No effusion.\n\nIMPRESSION: Normal."));
    auto binary = readReportFile(write("b.txt", QByteArray("PK\x03\x04\x00\x00", 6)));
    ASSERT_FALSE(binary);
    EXPECT_EQ(binary.error().code(), ErrorCode::Input);
    EXPECT_TRUE(binary.error().message().contains(QStringLiteral("not a text file")));
    auto big = readReportFile(write("big.txt", QByteArray(1024 * 1024 + 1, 'a')));
    ASSERT_FALSE(big);
    EXPECT_EQ(big.error().code(), ErrorCode::Input);
    auto folder = readReportFile(dir.path());
    ASSERT_FALSE(folder);
    EXPECT_EQ(folder.error().code(), ErrorCode::Input);
}

TEST(ReportExtractor, OneExtractorServesSeveralThreads)
{
    const QString text = QStringLiteral("FINDINGS: No change in the small left effusion. Possible right effusion. "
                                        "No pneumothorax. IMPRESSION: 1. Small left effusion.");
    const QJsonObject expected = extractor().extract(text).toJson();
    std::atomic<int> same{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 100; ++i)
                same += extractor().extract(text).toJson() == expected ? 1 : 0;
        });
    for (std::thread& t : threads)
        t.join();
    EXPECT_EQ(same.load(), 400);
}

// A supplied report may be long (readReportFile accepts up to its size limit): extraction time grows about linearly
// with the text, so a hostile report cannot stall the review. 8x the text may cost at most 24x the time (a
// quadratic pass would cost 64x); best of three runs each, so one slow run under load does not decide.
TEST(ReportExtractor, TimeGrowsAboutLinearlyWithTheReportsLength)
{
    const QString sentence =
        QStringLiteral("Small left pleural effusion, unchanged since the prior study. No pneumothorax. "
                       "Heart size is normal; there is possible right basilar atelectasis.\n");
    auto bestOfThree = [&](int repeats) {
        const QString text = sentence.repeated(repeats);
        qint64 best = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const ReportExtraction x = extractor().extract(text);
            best = std::min(best, timer.nsecsElapsed());
            EXPECT_FALSE(x.toJson().isEmpty());
        }
        return double(best);
    };
    const double shortRun = bestOfThree(40); // ~6 KB
    const double longRun = bestOfThree(320); // ~50 KB
    EXPECT_LT(longRun / shortRun, 24.0) << "40 sentences: " << shortRun / 1e6 << " ms, 320: " << longRun / 1e6 << " ms";
}
