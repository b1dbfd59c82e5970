#include "ui/InferenceWorker.h"

#include <QThread>

namespace descry::ui {

InferenceWorker::InferenceWorker(QObject* parent) : QObject(parent) {}

Result<QSharedPointer<const FaceModel>> InferenceWorker::model(const QString& packOrPath)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (auto it = m_models.constFind(packOrPath); it != m_models.constEnd())
        return *it;
    auto opened = FaceModel::open(packOrPath);
    if (!opened)
        return opened.error();
    QSharedPointer<const FaceModel> model(new FaceModel(std::move(opened).value()));
    m_models.insert(packOrPath, model);
    return model;
}

void InferenceWorker::compare(quint64 id, const QString& packOrPath, const QString& probe, const QString& reference,
                              bool cropped, CancelFlag cancel)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!cancel)
        cancel = std::make_shared<std::atomic<bool>>(false);
    if (cancel->load()) {
        emit comparisonCancelled(id);
        return;
    }
    emit progressChanged(id, 0, tr("Loading the model"));
    auto loaded = model(packOrPath);
    if (!loaded) {
        emit comparisonFailed(id, loaded.error().toString());
        return;
    }
    const QSharedPointer<const FaceModel> faceModel = *loaded;
    // FaceComparison takes a std::shared_ptr: let it hold a reference of the cached QSharedPointer.
    std::shared_ptr<const FaceModel> shared(faceModel.data(),
                                            [keep = faceModel](const FaceModel*) mutable { keep.reset(); });
    FaceComparison comparison(std::move(shared));
    CompareOptions options;
    options.cropped = cropped;
    auto progress = [this, id](int stage, const QString& text) { emit progressChanged(id, stage * 25, text); };
    auto result = comparison.compare(probe, reference, options, progress, cancel.get());
    if (!result) {
        if (result.error().code() == ErrorCode::Cancelled)
            emit comparisonCancelled(id);
        else
            emit comparisonFailed(id, result.error().toString());
        return;
    }
    QSharedPointer<const FaceComparisonResult> sharedResult(new FaceComparisonResult(std::move(result).value()));
    emit comparisonFinished(id, sharedResult, faceModel);
}

} // namespace descry::ui
