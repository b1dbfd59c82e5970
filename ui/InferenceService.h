#pragma once

#include "ui/FaceComparisonRequest.h"
#include "ui/InferenceWorker.h"

#include <QHash>
#include <QObject>
#include <QSharedPointer>
#include <QString>
#include <QThread>

#include <functional>

namespace descry::ui {

// The one inference service of the application: owns one QThread with one InferenceWorker and hands it the
// requests of every workspace. Each request gets an id (1, 2, 3, … increasing over all tasks) and carries its
// task; every signal names the id, and those of long work the task too.
// Threading: create, call and destroy on the GUI thread only. Requests reach the worker queued; every signal is
// emitted on the GUI thread (queued from the worker). Per task only the latest request counts: a newer one of
// the same task makes the older stale, cancels it and drops whatever it still reports. Thread-count requests
// never make anything stale. The destructor cancels, quits and waits for the thread.
class InferenceService : public QObject
{
    Q_OBJECT

public:
    // Task id of the worker's runtime settings (thread count) requests.
    static constexpr const char* RuntimeTask = "runtime";
    // Task ids of the chest X-ray workspace: decoding one radiograph, scanning inputs for studies.
    static constexpr const char* CxrImageTask = "cxr-image";
    static constexpr const char* CxrScanTask = "cxr-scan";
    // Task id of a chest X-ray review with a CXR pack.
    static constexpr const char* CxrReviewTask = "cxr-review";

    // `threads`: LibTorch intra-op threads the worker thread sets for itself first (<= 0: all cores).
    explicit InferenceService(int threads = 0, QObject* parent = nullptr);
    ~InferenceService() override;

    // Queues a face comparison (request.id is assigned here) and returns its id.
    quint64 requestComparison(FaceComparisonRequest request);
    // The same for a plain comparison with one pack name or folder.
    quint64 requestComparison(const QString& packOrPath, const QString& probe, const QString& reference,
                              bool cropped = false);
    // Queues the decoding of a radiograph (DICOM or raster; task CxrImageTask) and returns its id;
    // radiographLoaded(id, image) or requestFailed/requestCancelled follow, with progressChanged on the way.
    quint64 requestRadiograph(const QString& path);
    // Queues a scan of files, folders and DICOMDIRs for studies (task CxrScanTask); studyScanned(id, scan) follows.
    quint64 requestStudyScan(const QStringList& inputs);
    // Queues a chest X-ray review (task CxrReviewTask; request.id is assigned here) and returns its id;
    // cxrReviewFinished(id, result) or requestFailed/requestCancelled follow, with progressChanged on the way.
    quint64 requestCxrReview(CxrReviewRequest request);
    // Queues runtime::setThreads(threads) on the worker thread; threadsReported(id, count) follows. Waits behind
    // a running comparison, which keeps the count it started with.
    quint64 requestThreads(int threads);
    // Queues a query of the worker thread's intra-op thread count; threadsReported(id, count) follows.
    quint64 queryThreads();

    // Runs `work` on the worker thread, queued behind the requests made before (tests hold the worker with it to
    // make a cancellation deterministic). No id, no signal.
    void invokeOnWorker(std::function<void()> work);

    // Asks the request to stop at its next check (model loading or comparison stage); it then emits
    // requestCancelled. Unknown, finished or stale ids are ignored.
    void cancel(quint64 id);
    // Cancels the latest request of every task.
    void cancelAll();

    quint64 latestId() const { return m_nextId; }
    // True while the latest request of `task` has not reported finished, failed or cancelled yet.
    bool isBusy(const QString& task = QLatin1String(CaseFile::FaceVerificationTask)) const;

signals:
    void progressChanged(quint64 id, const QString& task, int percent, const QString& stage);
    void comparisonFinished(quint64 id, QSharedPointer<const descry::FaceComparisonResult> result,
                            QSharedPointer<const descry::FaceModel> model);
    void radiographLoaded(quint64 id, QSharedPointer<const descry::MedicalImage> image);
    void studyScanned(quint64 id, const descry::StudyScan& scan);
    void cxrReviewFinished(quint64 id, QSharedPointer<const descry::CxrReviewResult> result);
    void requestFailed(quint64 id, const QString& task, const QString& oneLineError);
    void requestCancelled(quint64 id, const QString& task);
    void threadsReported(quint64 id, int threads);

private:
    struct Latest
    {
        quint64 id = 0;
        InferenceWorker::CancelFlag cancel;
        bool busy = false;
    };

    quint64 startTask(const QString& task, InferenceWorker::CancelFlag* cancel);
    bool isCurrent(quint64 id, const QString& task) const;
    void finish(quint64 id, const QString& task);
    void onProgress(quint64 id, const QString& task, int percent, const QString& stage);
    void onFinished(quint64 id, const QString& task, QSharedPointer<const FaceComparisonResult> result,
                    QSharedPointer<const FaceModel> model);
    void onRadiographLoaded(quint64 id, const QString& task, QSharedPointer<const MedicalImage> image);
    void onStudyScanned(quint64 id, const QString& task, const StudyScan& scan);
    void onCxrReviewFinished(quint64 id, const QString& task, QSharedPointer<const CxrReviewResult> result);
    void onFailed(quint64 id, const QString& task, const QString& error);
    void onCancelled(quint64 id, const QString& task);

    QThread m_thread;
    InferenceWorker* m_worker = nullptr; // lives on m_thread, deleted when it finishes
    QHash<QString, Latest> m_latest;     // by task
    quint64 m_nextId = 0;
};

} // namespace descry::ui
