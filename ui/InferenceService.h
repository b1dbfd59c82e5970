#pragma once

#include "ui/InferenceWorker.h"

#include <QObject>
#include <QSharedPointer>
#include <QString>
#include <QThread>

namespace descry::ui {

// GUI-side front of the inference thread: owns one QThread with one InferenceWorker and hands it requests.
// Threading: create, call and destroy on the GUI thread only. Every signal is emitted on the GUI thread (queued
// from the worker); only the latest request's signals are emitted — a newer request makes older ones stale,
// cancels them and drops whatever they still report. The destructor cancels, quits and waits for the thread.
class InferenceService : public QObject
{
    Q_OBJECT

public:
    explicit InferenceService(QObject* parent = nullptr);
    ~InferenceService() override;

    // Queues a comparison and returns its id (1, 2, 3, … increasing). `packOrPath`: a pack name or folder.
    quint64 requestComparison(const QString& packOrPath, const QString& probe, const QString& reference,
                              bool cropped = false);
    // Asks the latest request to stop at its next stage boundary; it then emits comparisonCancelled.
    void cancel();

    quint64 latestId() const { return m_latestId; }
    // True while the latest request has not reported finished, failed or cancelled yet.
    bool isBusy() const { return m_busy; }

signals:
    void progressChanged(quint64 id, int percent, const QString& stage);
    void comparisonFinished(quint64 id, QSharedPointer<const descry::FaceComparisonResult> result,
                            QSharedPointer<const descry::FaceModel> model);
    void comparisonFailed(quint64 id, const QString& oneLineError);
    void comparisonCancelled(quint64 id);

private:
    void onProgress(quint64 id, int percent, const QString& stage);
    void onFinished(quint64 id, QSharedPointer<const FaceComparisonResult> result,
                    QSharedPointer<const FaceModel> model);
    void onFailed(quint64 id, const QString& error);
    void onCancelled(quint64 id);

    QThread m_thread;
    InferenceWorker* m_worker = nullptr; // lives on m_thread, deleted when it finishes
    InferenceWorker::CancelFlag m_cancel;
    quint64 m_latestId = 0;
    bool m_busy = false;
};

} // namespace descry::ui
