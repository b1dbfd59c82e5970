// The held-out gap evaluation (FaceGap): pairs per dataset and all together, augmented copies replacing the first
// photo of each pair, the gap and the goal.
#include "core/face/train/FaceGap.h"

#include <QJsonArray>
#include <gtest/gtest.h>

#include <cmath>

using namespace descry;

namespace {

double gapAt(const QJsonObject& o, const QStringList& path)
{
    QJsonValue v = o;
    for (const QString& k : path)
        v = v.toObject().value(k);
    return v.toDouble(NAN);
}

// Four identities of three photos in each of two datasets; the baseline separates identities perfectly, the
// explainable embedding of identity 3 of "b" collides with identity 2 of "b". Each photo has one "blur" copy.
struct Fixture
{
    std::vector<std::vector<float>> ex, bl;
    std::vector<GapFace> faces;

    Fixture()
    {
        for (int d = 0; d < 2; ++d)
            for (int id = 0; id < 4; ++id)
                for (int v = 0; v < 3; ++v)
                    add(d, id, v, QString(), -1);
        const int photos = int(faces.size());
        for (int i = 0; i < photos; ++i)
            add(faces[size_t(i)].dataset == QLatin1String("a") ? 0 : 1, faces[size_t(i)].identity % 4, 9,
                QStringLiteral("blur"), i);
    }
    void add(int d, int id, int v, const QString& aug, int source)
    {
        std::vector<float> b(8, 0.f), e(8, 0.f);
        b[size_t(id)] = 1.f;
        b[size_t(4 + v % 4)] = 0.1f;
        const int eid = (d == 1 && id == 3) ? 2 : id;
        e[size_t(eid)] = 1.f;
        e[size_t(4 + v % 4)] = 0.1f;
        bl.push_back(b);
        ex.push_back(e);
        faces.push_back({d == 0 ? QStringLiteral("a") : QStringLiteral("b"), d * 4 + id, aug, source});
    }
};

} // namespace

TEST(FaceGap, GapIsBaselineMinusExplainablePerDatasetAllAndAugmented)
{
    Fixture f;
    const QJsonObject gap = evaluateFaceGap(f.ex, f.bl, f.faces, 3);
    for (const QString& set : {QStringLiteral("held_out"), QStringLiteral("held_out_augmented")}) {
        SCOPED_TRACE(set.toStdString());
        EXPECT_DOUBLE_EQ(
            gapAt(gap, {set, QStringLiteral("a"), QStringLiteral("explainable"), QStringLiteral("accuracy")}), 1.0);
        EXPECT_DOUBLE_EQ(gapAt(gap, {set, QStringLiteral("b"), QStringLiteral("baseline"), QStringLiteral("accuracy")}),
                         1.0);
        const double exB =
            gapAt(gap, {set, QStringLiteral("b"), QStringLiteral("explainable"), QStringLiteral("accuracy")});
        EXPECT_LT(exB, 1.0);
        EXPECT_NEAR(gapAt(gap, {set, QStringLiteral("b"), QStringLiteral("gap"), QStringLiteral("accuracy_points")}),
                    100 * (1.0 - exB), 1e-9);
        EXPECT_TRUE(gap.value(set).toObject().contains(QStringLiteral("all")));
    }
    // Every pair of a dataset once per copy: the augmented sets have as many pairs as the clean ones.
    EXPECT_EQ(gapAt(gap, {QStringLiteral("held_out_augmented"), QStringLiteral("a"), QStringLiteral("baseline"),
                          QStringLiteral("pairs")}),
              gapAt(gap, {QStringLiteral("held_out"), QStringLiteral("a"), QStringLiteral("baseline"),
                          QStringLiteral("pairs")}));
    EXPECT_TRUE(gap.value(QStringLiteral("held_out_augmented"))
                    .toObject()
                    .value(QStringLiteral("by_augmentation"))
                    .toObject()
                    .contains(QStringLiteral("blur")));
}

TEST(FaceGap, TheGoalListsTheFailingSets)
{
    Fixture f;
    const QJsonObject goal = evaluateFaceGap(f.ex, f.bl, f.faces, 3).value(QStringLiteral("goal")).toObject();
    EXPECT_FALSE(goal.value(QStringLiteral("met")).toBool());
    const QJsonArray failing = goal.value(QStringLiteral("failing")).toArray();
    EXPECT_TRUE(failing.contains(QStringLiteral("held_out/b")));
    EXPECT_FALSE(failing.contains(QStringLiteral("held_out/a")));
    // The explainable model equal to the baseline meets it everywhere.
    const QJsonObject same = evaluateFaceGap(f.bl, f.bl, f.faces, 3).value(QStringLiteral("goal")).toObject();
    EXPECT_TRUE(same.value(QStringLiteral("met")).toBool());
    EXPECT_DOUBLE_EQ(same.value(QStringLiteral("worst_gap_points")).toDouble(), 0.0);
    EXPECT_FALSE(faceGapLines(same).isEmpty());
}

TEST(FaceGap, PhotosWithoutAFaceAreLeftOut)
{
    Fixture f;
    for (GapFace& g : f.faces)
        if (g.dataset == QLatin1String("b"))
            g.identity = -1;
    const QJsonObject gap = evaluateFaceGap(f.ex, f.bl, f.faces, 3);
    EXPECT_FALSE(gap.value(QStringLiteral("held_out")).toObject().contains(QStringLiteral("b")));
    EXPECT_FALSE(gap.value(QStringLiteral("held_out")).toObject().contains(QStringLiteral("all")));
}
