// Tests of the results panel pieces: descriptor tree, contribution chart, what-if, and the inference service.
#include "UiTestData.h"
#include "ui/ContributionChart.h"
#include "ui/DescriptorTreeModel.h"
#include "ui/InferenceService.h"
#include "ui/ResultsPanel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

#include <cmath>
#include <iostream>
#include <map>

using namespace descry;
using namespace descry::ui;

namespace {

using uitest::FaceFixture;

DescriptorActivation act(int k, const char* text, double score)
{
    return DescriptorActivation{k, QString::fromLatin1(text), QString::fromLatin1(text), score};
}

GroupExplanation group(int layoutGroup, const char* component, const char* characteristic, const char* source,
                       double contribution, QList<DescriptorActivation> probe, QList<DescriptorActivation> reference)
{
    GroupExplanation g;
    g.layoutGroup = layoutGroup;
    g.component = QString::fromLatin1(component);
    g.componentName = g.component.toUpper();
    g.characteristic = QString::fromLatin1(characteristic);
    g.characteristicName = g.characteristic;
    g.source = QString::fromLatin1(source);
    g.similarity = 0.5;
    g.contribution = contribution;
    g.probeTop = probe;
    g.referenceTop = reference;
    return g;
}

// Hand-built result: eyes Σ = 0.10 − 0.05 = 0.05, nose Σ = −0.30 → nose first.
QSharedPointer<const FaceComparisonResult> syntheticResult()
{
    auto r = QSharedPointer<FaceComparisonResult>::create();
    r->contributions = {0.06, 0.04, -0.02, -0.03, -0.1, -0.2};
    r->ssmProbe = {0.7f, 0.3f, 0.4f, 0.6f, 0.9f, 0.1f};
    r->ssmReference = {0.6f, 0.4f, 0.5f, 0.5f, 0.2f, 0.8f};
    r->groups << group(2, "nose", "nose.width", "measured", -0.3, {act(4, "n4", 0.9), act(5, "n5", 0.1)},
                       {act(5, "n5", 0.8), act(4, "n4", 0.2)})
              << group(0, "eyes", "eyes.width", "measured", 0.1, {act(0, "e0", 0.7), act(1, "e1", 0.3)},
                       {act(0, "e0", 0.6), act(1, "e1", 0.4)})
              << group(1, "eyes", "eyes.width", "appearance", -0.05, {act(3, "e3", 0.6), act(2, "e2", 0.4)},
                       {act(2, "e2", 0.5), act(3, "e3", 0.5)});
    r->score = 0.2;
    r->threshold = 0.1;
    r->decision = Decision::Match;
    return r;
}

struct RealComparison
{
    QSharedPointer<const FaceComparisonResult> result;
    QSharedPointer<const FaceModel> model;
};

// One computed comparison (the same person in two photos) of the face data `data`, computed once per face data for
// the tests that need one.
const RealComparison& realComparison(const FaceFixture& data)
{
    static std::map<uitest::FaceData, RealComparison> cache;
    if (auto it = cache.find(data.data()); it != cache.end())
        return it->second;
    RealComparison& rc = cache[data.data()];
    auto model = FaceModel::open(data.packDir());
    if (!model) {
        ADD_FAILURE() << model.error().toString().toStdString();
        return rc;
    }
    rc.model = QSharedPointer<const FaceModel>(new FaceModel(std::move(model).value()));
    std::shared_ptr<const FaceModel> shared(rc.model.data(), [keep = rc.model](const FaceModel*) {});
    auto result = FaceComparison(shared).compare(data.photos().probe, data.photos().samePerson);
    if (!result) {
        ADD_FAILURE() << result.error().toString().toStdString();
        return rc;
    }
    rc.result = QSharedPointer<const FaceComparisonResult>(new FaceComparisonResult(std::move(result).value()));
    return rc;
}

} // namespace

TEST(DescriptorTreeModel, BuildsSortedTreeAndPropagatesChecks)
{
    DescriptorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setResult(syntheticResult());
    QSignalSpy masks(&model, &DescriptorTreeModel::maskChanged);

    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), 5);
    const QModelIndex nose = model.index(0, 0);
    const QModelIndex eyes = model.index(1, 0);
    EXPECT_EQ(nose.data().toString(), QStringLiteral("NOSE"));
    EXPECT_EQ(eyes.data().toString(), QStringLiteral("EYES"));
    EXPECT_NEAR(model.index(0, DescriptorTreeModel::ContributionColumn).data(DescriptorTreeModel::ValueRole).toDouble(),
                -0.3, 1e-12);
    EXPECT_NEAR(model.index(1, DescriptorTreeModel::ContributionColumn).data(DescriptorTreeModel::ValueRole).toDouble(),
                0.05, 1e-12);
    ASSERT_EQ(model.rowCount(nose), 1);
    ASSERT_EQ(model.rowCount(eyes), 2);
    // Groups by |contribution|: measured (0.1) before appearance (−0.05).
    const QModelIndex eyesMeasured = model.index(0, 0, eyes);
    const QModelIndex eyesAppearance = model.index(1, 0, eyes);
    EXPECT_EQ(model.index(0, DescriptorTreeModel::SourceColumn, eyes).data().toString(), QStringLiteral("measured"));
    EXPECT_EQ(model.index(1, DescriptorTreeModel::SourceColumn, eyes).data().toString(), QStringLiteral("appearance"));
    EXPECT_DOUBLE_EQ(
        model.index(0, DescriptorTreeModel::ProbeColumn, eyes).data(DescriptorTreeModel::ValueRole).toDouble(), 0.5);
    // Descriptors in layout (concept) order with their scores and c_k.
    ASSERT_EQ(model.rowCount(eyesAppearance), 2);
    EXPECT_EQ(model.index(0, 0, eyesAppearance).data().toString(), QStringLiteral("e2"));
    EXPECT_EQ(model.index(0, 0, eyesAppearance).data(DescriptorTreeModel::ConceptIndexRole).toInt(), 2);
    EXPECT_NEAR(model.index(0, DescriptorTreeModel::ProbeColumn, eyesAppearance)
                    .data(DescriptorTreeModel::ValueRole)
                    .toDouble(),
                0.4, 1e-12);
    EXPECT_NEAR(model.index(0, DescriptorTreeModel::ReferenceColumn, eyesAppearance)
                    .data(DescriptorTreeModel::ValueRole)
                    .toDouble(),
                0.5, 1e-12);
    EXPECT_NEAR(model.index(1, DescriptorTreeModel::ContributionColumn, eyesAppearance)
                    .data(DescriptorTreeModel::ValueRole)
                    .toDouble(),
                -0.03, 1e-12);
    EXPECT_EQ(model.index(1, DescriptorTreeModel::ContributionColumn, eyesAppearance).data().toString(),
              QStringLiteral("-0.0300"));

    auto state = [](const QModelIndex& i) { return Qt::CheckState(i.data(Qt::CheckStateRole).toInt()); };
    EXPECT_EQ(state(eyes), Qt::Checked);
    EXPECT_FALSE(model.isMaskModified());

    // Unchecking a component unchecks all its groups and descriptors.
    ASSERT_TRUE(model.setData(eyes, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(masks.count(), 1);
    EXPECT_EQ(model.keepMask(), (std::vector<bool>{false, false, false, false, true, true}));
    EXPECT_EQ(state(eyes), Qt::Unchecked);
    EXPECT_EQ(state(eyesMeasured), Qt::Unchecked);
    EXPECT_EQ(state(model.index(1, 0, eyesAppearance)), Qt::Unchecked);

    // Checking one group makes its component partial.
    ASSERT_TRUE(model.setData(eyesAppearance, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(model.keepMask(), (std::vector<bool>{false, false, true, true, true, true}));
    EXPECT_EQ(state(eyes), Qt::PartiallyChecked);
    EXPECT_EQ(state(eyesAppearance), Qt::Checked);

    // One descriptor makes its group and component partial; a click on a partial item checks everything.
    ASSERT_TRUE(model.setData(model.index(0, 0, model.index(0, 0, nose)), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(model.keepMask(), (std::vector<bool>{false, false, true, true, false, true}));
    EXPECT_EQ(state(model.index(0, 0, nose)), Qt::PartiallyChecked);
    EXPECT_EQ(state(nose), Qt::PartiallyChecked);
    ASSERT_TRUE(model.setData(nose, Qt::PartiallyChecked, Qt::CheckStateRole));
    EXPECT_EQ(model.keepMask(), (std::vector<bool>{false, false, true, true, true, true}));
    EXPECT_EQ(masks.count(), 4);

    model.resetMask();
    EXPECT_EQ(masks.count(), 5);
    EXPECT_FALSE(model.isMaskModified());
    EXPECT_EQ(model.keepMask(), std::vector<bool>(6, true));
    EXPECT_EQ(state(eyes), Qt::Checked);
    model.resetMask(); // nothing to reset: no signal
    EXPECT_EQ(masks.count(), 5);

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.keepMask().empty());
}

TEST(DescriptorTreeModel, SetKeepMaskRestoresASavedWhatIf)
{
    DescriptorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResult(syntheticResult());
    QSignalSpy masks(&model, &DescriptorTreeModel::maskChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_FALSE(model.setKeepMask({true, false})); // not one entry per concept
    EXPECT_EQ(masks.count(), 0);
    EXPECT_EQ(changed.count(), 0);

    const std::vector<bool> saved{false, false, true, true, false, true};
    ASSERT_TRUE(model.setKeepMask(saved));
    EXPECT_EQ(masks.count(), 1);
    EXPECT_GT(changed.count(), 0);
    for (const QList<QVariant>& args : changed)
        EXPECT_TRUE(args.at(2).value<QList<int>>().contains(Qt::CheckStateRole));
    EXPECT_EQ(model.keepMask(), saved);
    EXPECT_TRUE(model.isMaskModified());
    auto state = [](const QModelIndex& i) { return Qt::CheckState(i.data(Qt::CheckStateRole).toInt()); };
    const QModelIndex nose = model.index(0, 0);
    const QModelIndex eyes = model.index(1, 0);
    EXPECT_EQ(state(nose), Qt::PartiallyChecked);
    EXPECT_EQ(state(eyes), Qt::PartiallyChecked);
    EXPECT_EQ(state(model.index(0, 0, eyes)), Qt::Unchecked); // measured: concepts 0 and 1
    EXPECT_EQ(state(model.index(1, 0, eyes)), Qt::Checked);   // appearance: concepts 2 and 3

    ASSERT_TRUE(model.setKeepMask(saved)); // the same mask again: no signal
    EXPECT_EQ(masks.count(), 1);
    ASSERT_TRUE(model.setKeepMask(std::vector<bool>(6, true)));
    EXPECT_FALSE(model.isMaskModified());
    EXPECT_EQ(masks.count(), 2);
}

TEST(ResultsPanel, DisabledConceptsRoundTrip)
{
    ResultsPanel panel;
    EXPECT_FALSE(panel.setDisabledConcepts({1})); // no result yet
    panel.setResult(syntheticResult(), {});
    EXPECT_TRUE(panel.disabledConcepts().isEmpty());
    QSignalSpy whatIf(&panel, &ResultsPanel::whatIfChanged);
    ASSERT_TRUE(panel.setDisabledConcepts({4, 0, 1, 99, -1})); // out-of-range indices are ignored
    EXPECT_EQ(panel.disabledConcepts(), (QList<int>{0, 1, 4}));
    EXPECT_EQ(whatIf.count(), 1);
    EXPECT_TRUE(panel.isModified());
    ASSERT_TRUE(panel.setDisabledConcepts({}));
    EXPECT_FALSE(panel.isModified());
    EXPECT_EQ(whatIf.count(), 2);
}

TEST(ContributionChart, ShowsComponentsAndGroupDescriptors)
{
    ContributionChart chart;
    EXPECT_EQ(chart.barCount(), 0);
    chart.setResult(syntheticResult(), {});
    EXPECT_EQ(chart.mode(), ContributionChart::Mode::Components);
    ASSERT_EQ(chart.barCount(), 2);
    EXPECT_EQ(chart.labels(), (QStringList{QStringLiteral("NOSE"), QStringLiteral("EYES")}));
    EXPECT_NEAR(chart.values()[0], -0.3, 1e-12);
    EXPECT_NEAR(chart.values()[1], 0.05, 1e-12);
    ASSERT_TRUE(chart.showGroup(1));
    EXPECT_EQ(chart.mode(), ContributionChart::Mode::GroupDescriptors);
    EXPECT_EQ(chart.labels(), (QStringList{QStringLiteral("e2"), QStringLiteral("e3")}));
    EXPECT_EQ(chart.values(), (QVector<double>{-0.02, -0.03}));
    EXPECT_FALSE(chart.showGroup(7));
    EXPECT_FALSE(chart.showAggregationWeights(0)); // no model
}

TEST(ResultsPanel, RealResultTreeChartAndWhatIf)
{
    uitest::forEachFaceData([](const FaceFixture& data) {
        const RealComparison& rc = realComparison(data);
        ASSERT_TRUE(rc.result && rc.model);
        const FaceComparisonResult& r = *rc.result;

        {
            DescriptorTreeModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
            model.setResult(rc.result, rc.model);
            int groups = 0, descriptors = 0;
            double previous = INFINITY;
            for (int c = 0; c < model.rowCount(); ++c) {
                const double v = model.index(c, DescriptorTreeModel::ContributionColumn)
                                     .data(DescriptorTreeModel::ValueRole)
                                     .toDouble();
                EXPECT_LE(std::abs(v), previous);
                previous = std::abs(v);
                const QModelIndex comp = model.index(c, 0);
                groups += model.rowCount(comp);
                for (int g = 0; g < model.rowCount(comp); ++g)
                    descriptors += model.rowCount(model.index(g, 0, comp));
            }
            EXPECT_EQ(groups, r.groups.size());
            // Every descriptor of the groups left in the score; excluded groups (not visible, not measured) are
            // listed in the report's exclusions, not in the tree.
            int shown = 0;
            for (const GroupExplanation& g : r.groups)
                shown += int(rc.model->layout().groups[g.layoutGroup].concepts.size());
            EXPECT_EQ(descriptors, shown);
            EXPECT_LE(size_t(descriptors), r.contributions.size());
            EXPECT_EQ(model.keepMask().size(), r.contributions.size());
        }

        ResultsPanel panel;
        panel.show();
        QSignalSpy whatIf(&panel, &ResultsPanel::whatIfChanged);
        panel.setResult(rc.result, rc.model);
        EXPECT_EQ(panel.currentScore(), r.score);
        EXPECT_FALSE(panel.isModified());
        auto* whatIfLabel = panel.findChild<QLabel*>(QStringLiteral("whatIf"));
        auto* disagrees = panel.findChild<QLabel*>(QStringLiteral("disagrees"));
        ASSERT_TRUE(whatIfLabel && disagrees);
        EXPECT_FALSE(whatIfLabel->isVisible());
        EXPECT_EQ(disagrees->isVisible(), r.baselineDisagrees());
        const QString calibration = panel.findChild<QLabel*>(QStringLiteral("calibration"))->text();
        EXPECT_TRUE(calibration.contains(data.operatingPoint())) << calibration.toStdString();

        ContributionChart* chart = panel.chart();
        EXPECT_EQ(chart->mode(), ContributionChart::Mode::Components);
        double sum = 0;
        for (double v : chart->values())
            sum += v;
        double groupSum = 0;
        for (const GroupExplanation& g : r.groups)
            groupSum += g.contribution;
        EXPECT_NEAR(sum, groupSum, 1e-9);
        ASSERT_TRUE(chart->showAggregationWeights(5));
        const std::vector<float> w = rc.model->parts().head->aggregationMatrix();
        const int m = rc.model->parts().head->config().m;
        ASSERT_EQ(chart->barCount(), m);
        EXPECT_DOUBLE_EQ(chart->values()[3], double(w[size_t(5 * m + 3)]));
        ASSERT_TRUE(chart->showGroup(r.groups.front().layoutGroup));
        EXPECT_EQ(chart->barCount(), r.groups.front().probeTop.size());

        // Uncheck the most influential component: the score is scoreWithout(mask).
        DescriptorTreeModel* model = panel.treeModel();
        ASSERT_TRUE(model->setData(model->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        ASSERT_EQ(whatIf.count(), 1);
        const std::vector<bool> mask = model->keepMask();
        auto expected = FaceComparison::scoreWithout(r, *rc.model, mask);
        ASSERT_TRUE(expected.ok());
        EXPECT_EQ(panel.currentScore(), *expected);
        EXPECT_NE(panel.currentScore(), r.score);
        EXPECT_TRUE(panel.isModified());
        EXPECT_TRUE(whatIfLabel->isVisible());
        EXPECT_TRUE(panel.resetButton()->isEnabled());
        EXPECT_EQ(whatIf.last().at(0).toDouble(), *expected);
        EXPECT_TRUE(whatIf.last().at(1).toBool());
        EXPECT_EQ(panel.currentDecision(), decideFace(*expected, r.threshold, !r.reasons.isEmpty()));

        // Reset restores the exact original score.
        panel.resetButton()->click();
        ASSERT_EQ(whatIf.count(), 2);
        EXPECT_EQ(panel.currentScore(), r.score);
        EXPECT_EQ(panel.currentDecision(), r.decision);
        EXPECT_FALSE(panel.isModified());
        EXPECT_FALSE(whatIf.last().at(1).toBool());
        EXPECT_FALSE(whatIfLabel->isVisible());

        panel.clear();
        EXPECT_EQ(model->rowCount(), 0);
        EXPECT_EQ(chart->barCount(), 0);
    });
}

TEST(InferenceService, ComparesWithProgressAndDropsStaleRequests)
{
    uitest::forEachFaceData([](const FaceFixture& data) {
        const QString packDir = data.packDir();
        const uitest::FacePhotos& photo = data.photos();
        InferenceService service;
        QSignalSpy progress(&service, &InferenceService::progressChanged);
        QSignalSpy finished(&service, &InferenceService::comparisonFinished);
        QSignalSpy failed(&service, &InferenceService::requestFailed);
        QSignalSpy cancelled(&service, &InferenceService::requestCancelled);

        const quint64 older = service.requestComparison(packDir, photo.probe, photo.otherPerson);
        const quint64 id = service.requestComparison(packDir, photo.probe, photo.samePerson);
        EXPECT_GT(id, older);
        ASSERT_TRUE(finished.wait(120000)) << failed.value(0).value(2).toString().toStdString();
        ASSERT_EQ(finished.count(), 1);
        EXPECT_EQ(finished.at(0).at(0).value<quint64>(), id);
        EXPECT_TRUE(failed.isEmpty()) << failed.value(0).value(2).toString().toStdString();
        EXPECT_TRUE(cancelled.isEmpty()); // the stale request's cancellation is dropped too
        EXPECT_GE(progress.count(), 5);
        for (const auto& p : progress) {
            EXPECT_EQ(p.at(0).value<quint64>(), id);
            EXPECT_EQ(p.at(1).toString(), QStringLiteral("face-verification"));
        }
        EXPECT_EQ(progress.last().at(2).toInt(), 100);
        auto result = finished.at(0).at(1).value<QSharedPointer<const FaceComparisonResult>>();
        auto model = finished.at(0).at(2).value<QSharedPointer<const FaceModel>>();
        ASSERT_TRUE(result && model);
        EXPECT_EQ(QFileInfo(result->probe.path).canonicalFilePath(), QFileInfo(photo.probe).canonicalFilePath());
        EXPECT_EQ(QFileInfo(result->reference.path).canonicalFilePath(),
                  QFileInfo(photo.samePerson).canonicalFilePath());
        EXPECT_EQ(result->packName, data.packName());
        EXPECT_EQ(result->contributions.size(), size_t(model->layout().concepts.size()));
        EXPECT_FALSE(service.isBusy());

        // A missing photo fails with one line naming it.
        const QString missing = QFileInfo(photo.probe).dir().filePath(QStringLiteral("no-such-photo.jpeg"));
        const quint64 bad = service.requestComparison(packDir, missing, photo.samePerson);
        ASSERT_TRUE(failed.wait(60000));
        EXPECT_EQ(failed.at(0).at(0).value<quint64>(), bad);
        EXPECT_EQ(failed.at(0).at(1).toString(), QStringLiteral("face-verification"));
        const QString error = failed.at(0).at(2).toString();
        EXPECT_TRUE(error.contains(QStringLiteral("no-such-photo.jpeg"))) << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    });
}

TEST(InferenceService, CancelEmitsCancelled)
{
    uitest::forEachFaceData([](const FaceFixture& data) {
        const QString packDir = data.packDir();
        const uitest::FacePhotos& photo = data.photos();
        InferenceService service;
        QSignalSpy finished(&service, &InferenceService::comparisonFinished);
        QSignalSpy cancelled(&service, &InferenceService::requestCancelled);
        // The fake encoders of the generated pack wait while a hold is alive (the real ones ignore it): released
        // only once the cancel is given, so a quick pack cannot finish first.
        fakes::FakeEncoderHold before;
        const quint64 id = service.requestComparison(packDir, photo.probe, photo.samePerson);
        service.cancel(id);
        before.release();
        ASSERT_TRUE(cancelled.wait(60000));
        EXPECT_EQ(cancelled.at(0).at(0).value<quint64>(), id);
        EXPECT_TRUE(finished.isEmpty());

        // Cancelling while the worker is busy (loading the model) stops the comparison at its next stage.
        QSignalSpy progress(&service, &InferenceService::progressChanged);
        fakes::FakeEncoderHold hold;
        const quint64 running = service.requestComparison(packDir, photo.probe, photo.samePerson);
        ASSERT_TRUE(progress.wait(60000));
        EXPECT_EQ(progress.at(0).at(0).value<quint64>(), running);
        EXPECT_EQ(progress.at(0).at(2).toInt(), 0);
        service.cancel(running);
        hold.release();
        ASSERT_TRUE(cancelled.wait(60000));
        EXPECT_EQ(cancelled.last().at(0).value<quint64>(), running);
        EXPECT_TRUE(finished.isEmpty());
        EXPECT_FALSE(service.isBusy());
    });
}

TEST(InferenceService, GuiThreadStaysResponsive)
{
    uitest::forEachFaceData([](const FaceFixture& data) {
        InferenceService service;
        QSignalSpy finished(&service, &InferenceService::comparisonFinished);
        QElapsedTimer clock;
        qint64 last = 0, longest = 0;
        int ticks = 0;
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            longest = std::max(longest, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        timer.start();
        // Model loading (pack verification) and the comparison both run on the worker thread.
        service.requestComparison(data.packDir(), data.photos().probe, data.photos().samePerson);
        ASSERT_TRUE(finished.wait(30000));
        // The generated pack compares within a few ticks: keep measuring for at least 200 ms in all.
        while (clock.elapsed() < 200)
            QTest::qWait(10);
        timer.stop();
        std::cout << "[ measured ] " << ticks << " ticks in " << clock.elapsed() << " ms, longest gap " << longest
                  << " ms\n";
        EXPECT_GT(ticks, 5);
        EXPECT_LT(longest, 100);
    });
}
