#include "ui/InferenceService.h"

#include <QMetaObject>

namespace descry::ui {

InferenceService::InferenceService(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<QSharedPointer<const descry::FaceComparisonResult>>();
    qRegisterMetaType<QSharedPointer<const descry::FaceModel>>();

    m_thread.setObjectName(QStringLiteral("descry-inference"));
    m_worker = new InferenceWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The worker lives on another thread: these connections are queued onto this (GUI) thread.
    connect(m_worker, &InferenceWorker::progressChanged, this, &InferenceService::onProgress, Qt::QueuedConnection);
    connect(m_worker, &InferenceWorker::comparisonFinished, this, &InferenceService::onFinished, Qt::QueuedConnection);
    connect(m_worker, &InferenceWorker::comparisonFailed, this, &InferenceService::onFailed, Qt::QueuedConnection);
    connect(m_worker, &InferenceWorker::comparisonCancelled, this, &InferenceService::onCancelled,
            Qt::QueuedConnection);
    m_thread.start();
}

InferenceService::~InferenceService()
{
    if (m_cancel)
        m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

quint64 InferenceService::requestComparison(const QString& packOrPath, const QString& probe, const QString& reference,
                                            bool cropped)
{
    if (m_cancel)
        m_cancel->store(true); // the previous request is stale now: let it stop early
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 id = ++m_latestId;
    m_busy = true;
    // Runs on the worker's thread (queued into its event loop).
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, packOrPath, probe, reference, cropped, cancel = m_cancel] {
            worker->compare(id, packOrPath, probe, reference, cropped, cancel);
        },
        Qt::QueuedConnection);
    return id;
}

void InferenceService::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void InferenceService::onProgress(quint64 id, int percent, const QString& stage)
{
    if (id == m_latestId)
        emit progressChanged(id, percent, stage);
}

void InferenceService::onFinished(quint64 id, QSharedPointer<const FaceComparisonResult> result,
                                  QSharedPointer<const FaceModel> model)
{
    if (id != m_latestId)
        return; // stale
    m_busy = false;
    emit comparisonFinished(id, result, model);
}

void InferenceService::onFailed(quint64 id, const QString& error)
{
    if (id != m_latestId)
        return;
    m_busy = false;
    emit comparisonFailed(id, error);
}

void InferenceService::onCancelled(quint64 id)
{
    if (id != m_latestId)
        return;
    m_busy = false;
    emit comparisonCancelled(id);
}

} // namespace descry::ui
