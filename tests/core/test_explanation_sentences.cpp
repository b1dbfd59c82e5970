// The explanation's sentences name a difference only where there is one (issue 14: "Dense freckles vs No
// freckles (overlap 0.99)" was called a difference), and only the groups that pushed towards the decision.
#include "core/face/pipeline/FaceExplanation.h"

#include <gtest/gtest.h>

using namespace descry;

namespace {

GroupExplanation group(const QString& name, double contribution, double overlap, const QString& probeTop,
                       const QString& referenceTop)
{
    GroupExplanation g;
    g.component = QStringLiteral("skin");
    g.componentName = QStringLiteral("Skin");
    g.characteristic = name;
    g.characteristicName = name;
    g.source = QStringLiteral("appearance");
    g.contribution = contribution;
    g.similarity = overlap;
    g.probeTop = {DescriptorActivation{0, probeTop, probeTop, 0.51}};
    g.referenceTop = {DescriptorActivation{1, referenceTop, referenceTop, 0.50}};
    return g;
}

FaceComparisonResult result(double score, QList<GroupExplanation> groups)
{
    FaceComparisonResult r;
    r.score = score;
    r.threshold = 0.5;
    r.decision = score >= r.threshold ? Decision::Match : Decision::NonMatch;
    r.groups = std::move(groups);
    return r;
}

} // namespace

TEST(ExplanationSentences, NearlyEqualDistributionsWithDifferentTopsAreNoDifference)
{
    const QString all =
        explanationSentences(result(0.2, {group(QStringLiteral("Freckles"), -0.3, 0.99,
                                                QStringLiteral("Dense freckles"), QStringLiteral("No freckles")),
                                          group(QStringLiteral("Scars"), -0.1, 0.35, QStringLiteral("A scar"),
                                                QStringLiteral("No scar"))}))
            .join(QLatin1Char('\n'));
    EXPECT_FALSE(all.contains(QStringLiteral("Dense freckles"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("the probe shows \"A scar\" but the reference shows \"No scar\"")))
        << all.toStdString();
}

TEST(ExplanationSentences, ANonMatchNamesOnlyGroupsThatLoweredTheScore)
{
    const QString all = explanationSentences(result(0.2, {group(QStringLiteral("Moles"), 0.4, 0.2,
                                                                QStringLiteral("A mole"), QStringLiteral("No mole"))}))
                            .join(QLatin1Char('\n'));
    EXPECT_FALSE(all.contains(QStringLiteral("A mole"))) << "a group adding to the score is no reason for a non-match";
    EXPECT_TRUE(all.contains(QStringLiteral("No single characteristic differs clearly"))) << all.toStdString();
}

TEST(ExplanationSentences, AMatchNeverSaysBothFacesShowWhatOnlyOneShows)
{
    const QString all =
        explanationSentences(result(0.8, {group(QStringLiteral("Freckles"), 0.3, 0.97, QStringLiteral("Dense freckles"),
                                                QStringLiteral("Some freckles"))}))
            .join(QLatin1Char('\n'));
    EXPECT_FALSE(all.contains(QStringLiteral("both faces show"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("overlap 0.97"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("\"Some freckles\""))) << all.toStdString();
}
