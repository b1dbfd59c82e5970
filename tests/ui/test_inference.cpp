// The one inference service and its worker: ids and tasks, model loading progress and cancellation, and the
// worker thread's own LibTorch thread count.
#include "UiTestData.h"

#include "core/diagnostics/Runtime.h"
#include "ui/InferenceService.h"
#include "ui/InferenceWorker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <memory>

using namespace descry;
using namespace descry::ui;

TEST(InferenceService, ThreadCountIsSetOnTheWorkerThreadOnly)
{
    const int gui = runtime::intraOpThreads();
    InferenceService service(1);
    QSignalSpy reported(&service, &InferenceService::threadsReported);
    const quint64 query = service.queryThreads();
    EXPECT_EQ(uitest::threadsReportedFor(reported, query), 1); // set by the worker thread itself at start

    const int wanted = gui + 2;
    const quint64 set = service.requestThreads(wanted);
    EXPECT_GT(set, query);
    EXPECT_EQ(uitest::threadsReportedFor(reported, set), wanted);
    EXPECT_EQ(uitest::threadsReportedFor(reported, service.queryThreads()), wanted); // it stays set on that thread
    EXPECT_EQ(runtime::intraOpThreads(), gui);                                       // and the GUI thread never changed
}

TEST(InferenceService, RequestsCarryTheirIdAndTask)
{
    if (!uitest::haveFaceDefaultPack())
        GTEST_SKIP() << "needs the assembled face-default pack (packaging/setup.sh)";
    InferenceService service;
    QSignalSpy progress(&service, &InferenceService::progressChanged);
    QSignalSpy failed(&service, &InferenceService::requestFailed);
    FaceComparisonRequest request;
    request.pack = uitest::faceDefaultPack();
    request.probe = QStringLiteral("/nonexistent/probe.png");
    request.reference = QStringLiteral("/nonexistent/reference.png");
    const quint64 id = service.requestComparison(request);
    EXPECT_TRUE(service.isBusy(QStringLiteral("face-verification")));
    EXPECT_FALSE(service.isBusy(QStringLiteral("cxr-classification")));
    ASSERT_TRUE(failed.wait(120000));
    EXPECT_EQ(failed.at(0).at(0).value<quint64>(), id);
    EXPECT_EQ(failed.at(0).at(1).toString(), QStringLiteral("face-verification"));
    EXPECT_TRUE(failed.at(0).at(2).toString().contains(QStringLiteral("probe.png")));
    EXPECT_FALSE(service.isBusy());

    // The model was loaded on the worker with progress: its stages, within the first 30 %.
    QStringList stages;
    for (const QList<QVariant>& p : progress) {
        EXPECT_EQ(p.at(0).value<quint64>(), id);
        EXPECT_EQ(p.at(1).toString(), QStringLiteral("face-verification"));
        stages << p.at(3).toString();
    }
    const qsizetype verifying = stages.indexOf(QStringLiteral("Verifying the pack"));
    ASSERT_GE(verifying, 0) << stages.join(QStringLiteral(" | ")).toStdString();
    EXPECT_LE(progress.at(verifying).at(2).toInt(), 30);
    EXPECT_TRUE(stages.contains(QStringLiteral("Pack loaded")));
    EXPECT_EQ(progress.at(stages.indexOf(QStringLiteral("Pack loaded"))).at(2).toInt(), 30);
}

TEST(InferenceWorker, ModelLoadingReportsProgressAndStopsWhenCancelled)
{
    if (!uitest::haveFaceDefaultPack())
        GTEST_SKIP() << "needs the assembled face-default pack (packaging/setup.sh)";
    // The worker driven directly on this thread (its own thread), so the cancellation point is exact.
    InferenceWorker worker;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QStringList stages;
    QObject::connect(&worker, &InferenceWorker::progressChanged, &worker,
                     [&](quint64, const QString&, int, const QString& stage) {
                         stages << stage;
                         if (stage == QStringLiteral("Verifying the pack"))
                             cancel->store(true); // the examiner presses Esc while the pack is verified
                     });
    QSignalSpy cancelled(&worker, &InferenceWorker::cancelled);
    QSignalSpy failed(&worker, &InferenceWorker::failed);
    QSignalSpy finished(&worker, &InferenceWorker::comparisonFinished);
    FaceComparisonRequest request;
    request.id = 7;
    request.pack = uitest::faceDefaultPack();
    request.probe = QStringLiteral("/nonexistent/probe.png");
    request.reference = QStringLiteral("/nonexistent/reference.png");
    worker.compare(request, cancel);
    ASSERT_EQ(cancelled.count(), 1);
    EXPECT_EQ(cancelled.at(0).at(0).value<quint64>(), 7u);
    EXPECT_EQ(cancelled.at(0).at(1).toString(), QStringLiteral("face-verification"));
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_FALSE(stages.contains(QStringLiteral("Pack loaded"))) << stages.join(QStringLiteral(" | ")).toStdString();

    // Not cancelled: the model loads and the comparison fails on the missing photo.
    stages.clear();
    worker.compare(request, std::make_shared<std::atomic<bool>>(false));
    EXPECT_EQ(cancelled.count(), 1);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(stages.contains(QStringLiteral("Pack loaded")));
}
