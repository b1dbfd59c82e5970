#include "ui/InferenceService.h"

#include <QMetaObject>

namespace descry::ui {

InferenceService::InferenceService(int threads, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<QSharedPointer<const descry::FaceComparisonResult>>();
    qRegisterMetaType<QSharedPointer<const descry::FaceModel>>();
    qRegisterMetaType<QSharedPointer<const descry::MedicalImage>>();
    qRegisterMetaType<descry::StudyScan>();
    qRegisterMetaType<QSharedPointer<const descry::CxrReviewResult>>();

    m_thread.setObjectName(QStringLiteral("descry-inference"));
    m_worker = new InferenceWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The worker lives on another thread: these connections are queued onto this (GUI) thread.
    connect(m_worker, &InferenceWorker::progressChanged, this, &InferenceService::onProgress, Qt::QueuedConnection);
    connect(m_worker, &InferenceWorker::comparisonFinished, this, &InferenceService::onFinished, Qt::QueuedConnection);
    connect(m_worker, &InferenceWorker::radiographLoaded, this, &InferenceService::onRadiographLoaded,
            Qt::QueuedConnection);
    connect(m_worker, &InferenceWorker::studyScanned, this, &InferenceService::onStudyScanned, Qt::QueuedConnection);
    connect(m_worker, &InferenceWorker::cxrReviewFinished, this, &InferenceService::onCxrReviewFinished,
            Qt::QueuedConnection);
    connect(m_worker, &InferenceWorker::failed, this, &InferenceService::onFailed, Qt::QueuedConnection);
    connect(m_worker, &InferenceWorker::cancelled, this, &InferenceService::onCancelled, Qt::QueuedConnection);
    connect(m_worker, &InferenceWorker::threadsReported, this, &InferenceService::threadsReported,
            Qt::QueuedConnection);
    m_thread.start();
    // LibTorch keeps the intra-op thread count per thread: the worker sets its own before any inference.
    requestThreads(threads);
}

InferenceService::~InferenceService()
{
    cancelAll();
    m_thread.quit();
    m_thread.wait();
}

quint64 InferenceService::startTask(const QString& task, InferenceWorker::CancelFlag* cancel)
{
    Latest& latest = m_latest[task];
    if (latest.cancel)
        latest.cancel->store(true); // the previous request of this task is stale now: let it stop early
    latest.id = ++m_nextId;
    latest.cancel = std::make_shared<std::atomic<bool>>(false);
    latest.busy = true;
    *cancel = latest.cancel;
    return latest.id;
}

quint64 InferenceService::requestComparison(FaceComparisonRequest request)
{
    InferenceWorker::CancelFlag cancel;
    request.id = startTask(request.task, &cancel);
    // Runs on the worker's thread (queued into its event loop).
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, cancel] { worker->compare(request, cancel); }, Qt::QueuedConnection);
    return request.id;
}

quint64 InferenceService::requestComparison(const QString& packOrPath, const QString& probe, const QString& reference,
                                            bool cropped)
{
    FaceComparisonRequest request;
    request.pack = packOrPath;
    request.probe = probe;
    request.reference = reference;
    request.cropped = cropped;
    return requestComparison(std::move(request));
}

quint64 InferenceService::requestRadiograph(const QString& path)
{
    const QString task = QLatin1String(CxrImageTask);
    InferenceWorker::CancelFlag cancel;
    const quint64 id = startTask(task, &cancel);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, task, path, cancel] { worker->loadRadiograph(id, task, path, cancel); },
        Qt::QueuedConnection);
    return id;
}

quint64 InferenceService::requestStudyScan(const QStringList& inputs)
{
    const QString task = QLatin1String(CxrScanTask);
    InferenceWorker::CancelFlag cancel;
    const quint64 id = startTask(task, &cancel);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, task, inputs, cancel] { worker->scanStudies(id, task, inputs, cancel); },
        Qt::QueuedConnection);
    return id;
}

quint64 InferenceService::requestCxrReview(CxrReviewRequest request)
{
    const QString task = QLatin1String(CxrReviewTask);
    InferenceWorker::CancelFlag cancel;
    request.id = startTask(task, &cancel);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, task, cancel] { worker->reviewCxr(request, task, cancel); },
        Qt::QueuedConnection);
    return request.id;
}

quint64 InferenceService::requestThreads(int threads)
{
    const quint64 id = ++m_nextId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, threads] { worker->setThreads(id, threads); }, Qt::QueuedConnection);
    return id;
}

quint64 InferenceService::queryThreads()
{
    const quint64 id = ++m_nextId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->reportThreads(id); }, Qt::QueuedConnection);
    return id;
}

void InferenceService::invokeOnWorker(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void InferenceService::cancel(quint64 id)
{
    for (const Latest& latest : std::as_const(m_latest)) {
        if (latest.id == id && latest.busy && latest.cancel)
            latest.cancel->store(true);
    }
}

void InferenceService::cancelAll()
{
    for (const Latest& latest : std::as_const(m_latest)) {
        if (latest.cancel)
            latest.cancel->store(true);
    }
}

bool InferenceService::isBusy(const QString& task) const
{
    return m_latest.value(task).busy;
}

bool InferenceService::isCurrent(quint64 id, const QString& task) const
{
    const auto it = m_latest.constFind(task);
    return it != m_latest.constEnd() && it->id == id;
}

void InferenceService::finish(quint64 id, const QString& task)
{
    auto it = m_latest.find(task);
    if (it != m_latest.end() && it->id == id) {
        it->busy = false;
        it->cancel.reset();
    }
}

void InferenceService::onProgress(quint64 id, const QString& task, int percent, const QString& stage)
{
    if (isCurrent(id, task))
        emit progressChanged(id, task, percent, stage);
}

void InferenceService::onFinished(quint64 id, const QString& task, QSharedPointer<const FaceComparisonResult> result,
                                  QSharedPointer<const FaceModel> model)
{
    if (!isCurrent(id, task))
        return; // stale
    finish(id, task);
    emit comparisonFinished(id, result, model);
}

void InferenceService::onRadiographLoaded(quint64 id, const QString& task, QSharedPointer<const MedicalImage> image)
{
    if (!isCurrent(id, task))
        return; // stale: a newer image was asked for
    finish(id, task);
    emit radiographLoaded(id, image);
}

void InferenceService::onStudyScanned(quint64 id, const QString& task, const StudyScan& scan)
{
    if (!isCurrent(id, task))
        return;
    finish(id, task);
    emit studyScanned(id, scan);
}

void InferenceService::onCxrReviewFinished(quint64 id, const QString& task,
                                           QSharedPointer<const CxrReviewResult> result)
{
    if (!isCurrent(id, task))
        return; // stale: a newer review was asked for
    finish(id, task);
    emit cxrReviewFinished(id, result);
}

void InferenceService::onFailed(quint64 id, const QString& task, const QString& error)
{
    if (!isCurrent(id, task))
        return;
    finish(id, task);
    emit requestFailed(id, task, error);
}

void InferenceService::onCancelled(quint64 id, const QString& task)
{
    if (!isCurrent(id, task))
        return;
    finish(id, task);
    emit requestCancelled(id, task);
}

} // namespace descry::ui
