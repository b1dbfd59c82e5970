#include "ui/InferenceWorker.h"

#include "core/diagnostics/Runtime.h"
#include "core/imaging/RadiographLoader.h"
#include "ui/InstalledPacks.h"

#include <QThread>

namespace descry::ui {

InferenceWorker::InferenceWorker(QObject* parent) : QObject(parent) {}

Result<QSharedPointer<const FaceModel>> InferenceWorker::model(const QString& packOrPath, const Progress& progress)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (auto it = m_models.constFind(packOrPath); it != m_models.constEnd())
        return *it;
    auto opened = FaceModel::open(packOrPath, progress);
    if (!opened)
        return opened.error();
    QSharedPointer<const FaceModel> model(new FaceModel(std::move(opened).value()));
    m_models.insert(packOrPath, model);
    return model;
}

Result<QSharedPointer<const FaceModel>> InferenceWorker::modelFor(const FaceComparisonRequest& request,
                                                                  const Progress& progress)
{
    for (const QString& folder : installedPackFolders(request.recorded)) {
        auto candidate = model(folder, progress);
        if (!candidate && candidate.error().code() == ErrorCode::Cancelled)
            return candidate.error();
        if (candidate && (*candidate)->pack().packSha256() == request.recorded.sha256)
            return candidate;
        // Same name and version but other contents, or broken: not the recorded pack.
    }
    return model(request.pack, progress);
}

void InferenceWorker::compare(const FaceComparisonRequest& request, CancelFlag cancel)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const quint64 id = request.id;
    const QString task = request.task;
    if (!cancel)
        cancel = std::make_shared<std::atomic<bool>>(false);
    if (cancel->load()) {
        emit cancelled(id, task);
        return;
    }
    Progress progress;
    progress.cancel = cancel.get();
    progress.report = [this, id, task](double fraction, const QString& text) {
        emit progressChanged(id, task, int(fraction * 100), text);
        return true;
    };
    emit progressChanged(id, task, 0, tr("Loading the model"));
    auto loaded = modelFor(request, progress.sub(0.0, 0.3));
    if (!loaded) {
        if (loaded.error().code() == ErrorCode::Cancelled)
            emit cancelled(id, task);
        else
            emit failed(id, task, loaded.error().toString());
        return;
    }
    const QSharedPointer<const FaceModel> faceModel = *loaded;
    // FaceComparison takes a std::shared_ptr: let it hold a reference of the cached QSharedPointer.
    std::shared_ptr<const FaceModel> shared(faceModel.data(),
                                            [keep = faceModel](const FaceModel*) mutable { keep.reset(); });
    FaceComparison comparison(std::move(shared));
    CompareOptions options;
    options.cropped = request.cropped;
    options.allowDamaged = request.allowDamaged;
    options.probeFace = request.probeFace;
    options.referenceFace = request.referenceFace;
    options.probeLandmarks = request.probeLandmarks;
    options.referenceLandmarks = request.referenceLandmarks;
    auto result = comparison.compare(request.probe, request.reference, options, progress.sub(0.3, 1.0));
    if (!result) {
        if (result.error().code() == ErrorCode::Cancelled)
            emit cancelled(id, task);
        else
            emit failed(id, task, result.error().toString());
        return;
    }
    QSharedPointer<const FaceComparisonResult> sharedResult(new FaceComparisonResult(std::move(result).value()));
    emit comparisonFinished(id, task, sharedResult, faceModel);
}

Progress InferenceWorker::progressFor(quint64 id, const QString& task, const CancelFlag& cancel)
{
    Progress progress;
    progress.cancel = cancel.get();
    progress.report = [this, id, task](double fraction, const QString& text) {
        emit progressChanged(id, task, int(fraction * 100), text);
        return true;
    };
    return progress;
}

void InferenceWorker::loadRadiograph(quint64 id, const QString& task, const QString& path, CancelFlag cancel)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!cancel)
        cancel = std::make_shared<std::atomic<bool>>(false);
    if (cancel->load()) {
        emit cancelled(id, task);
        return;
    }
    emit progressChanged(id, task, 0, tr("Decoding %1").arg(path));
    auto image = descry::loadRadiograph(path, DicomLoadOptions{}, progressFor(id, task, cancel));
    if (!image) {
        if (image.error().code() == ErrorCode::Cancelled)
            emit cancelled(id, task);
        else
            emit failed(id, task, image.error().toString());
        return;
    }
    emit progressChanged(id, task, 100, tr("Decoded %1").arg(path));
    emit radiographLoaded(id, task, QSharedPointer<const MedicalImage>(new MedicalImage(std::move(image).value())));
}

void InferenceWorker::scanStudies(quint64 id, const QString& task, const QStringList& inputs, CancelFlag cancel)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!cancel)
        cancel = std::make_shared<std::atomic<bool>>(false);
    if (cancel->load()) {
        emit cancelled(id, task);
        return;
    }
    emit progressChanged(id, task, 0, tr("Scanning for images"));
    auto scan = descry::scanStudies(inputs, progressFor(id, task, cancel));
    if (!scan) {
        if (scan.error().code() == ErrorCode::Cancelled)
            emit cancelled(id, task);
        else
            emit failed(id, task, scan.error().toString());
        return;
    }
    emit studyScanned(id, task, *scan);
}

Result<std::shared_ptr<const CxrModel>> InferenceWorker::cxrModel(const QString& packOrPath, const Progress& progress)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (auto it = m_cxrModels.constFind(packOrPath); it != m_cxrModels.constEnd())
        return *it;
    auto opened = CxrModel::open(packOrPath, progress);
    if (!opened)
        return opened.error();
    std::shared_ptr<const CxrModel> model = std::make_shared<const CxrModel>(std::move(opened).value());
    m_cxrModels.insert(packOrPath, model);
    return model;
}

void InferenceWorker::reviewCxr(const CxrReviewRequest& request, const QString& task, CancelFlag cancel)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const quint64 id = request.id;
    if (!cancel)
        cancel = std::make_shared<std::atomic<bool>>(false);
    if (cancel->load()) {
        emit cancelled(id, task);
        return;
    }
    const Progress progress = progressFor(id, task, cancel);
    const auto fail = [&](const Error& error) {
        if (error.code() == ErrorCode::Cancelled)
            emit cancelled(id, task);
        else
            emit failed(id, task, error.toString());
    };
    if (!request.image) {
        emit failed(id, task, Error(ErrorCode::Usage, tr("no radiograph is shown"), request.path).toString());
        return;
    }
    emit progressChanged(id, task, 0, tr("Loading the chest X-ray pack"));
    auto model = cxrModel(request.pack, progress.sub(0.0, 0.3));
    if (!model)
        return fail(model.error());
    if (cancel->load()) {
        emit cancelled(id, task);
        return;
    }
    emit progressChanged(id, task, 30, tr("Reviewing %1").arg(request.path));
    const CxrReview review(*model);
    auto result = review.review(*request.image, request.path, request.sha256, request.options, progress.sub(0.3, 1.0));
    if (!result)
        return fail(result.error());
    if (cancel->load()) { // a request cancelled during its last stage shows nothing
        emit cancelled(id, task);
        return;
    }
    emit cxrReviewFinished(id, task,
                           QSharedPointer<const CxrReviewResult>(new CxrReviewResult(std::move(result).value())));
}

void InferenceWorker::setThreads(quint64 id, int threads)
{
    Q_ASSERT(QThread::currentThread() == thread());
    runtime::setThreads(threads);
    emit threadsReported(id, runtime::intraOpThreads());
}

void InferenceWorker::reportThreads(quint64 id)
{
    Q_ASSERT(QThread::currentThread() == thread());
    emit threadsReported(id, runtime::intraOpThreads());
}

} // namespace descry::ui
