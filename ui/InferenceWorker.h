#pragma once

#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceComparison.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QSharedPointer>
#include <QString>

#include <atomic>
#include <memory>

namespace descry::ui {

// Runs face comparisons off the GUI thread: loads (and caches) face packs and calls FaceComparison::compare.
// Threading: lives on InferenceService's dedicated QThread; its slots must only be invoked queued from other
// threads, its signals are emitted on that thread. The model cache is touched only by that thread.
class InferenceWorker : public QObject
{
    Q_OBJECT

public:
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;

    explicit InferenceWorker(QObject* parent = nullptr);

    // Loads the pack (cached by `packOrPath`) and compares the two photos. `cancel` is polled between the stages
    // of the comparison; when it is already set, nothing is loaded and only comparisonCancelled is emitted.
    // Progress: model loading 0 %, then stage s of FaceComparison (0..4) as s × 25 %.
    // Call on the worker's thread only (InferenceService queues it there).
    void compare(quint64 id, const QString& packOrPath, const QString& probe, const QString& reference, bool cropped,
                 CancelFlag cancel);

signals:
    void progressChanged(quint64 id, int percent, const QString& stage);
    void comparisonFinished(quint64 id, QSharedPointer<const descry::FaceComparisonResult> result,
                            QSharedPointer<const descry::FaceModel> model);
    void comparisonFailed(quint64 id, const QString& oneLineError);
    void comparisonCancelled(quint64 id);

private:
    Result<QSharedPointer<const FaceModel>> model(const QString& packOrPath);

    QHash<QString, QSharedPointer<const FaceModel>> m_models;
};

} // namespace descry::ui

Q_DECLARE_METATYPE(QSharedPointer<const descry::FaceComparisonResult>)
Q_DECLARE_METATYPE(QSharedPointer<const descry::FaceModel>)
