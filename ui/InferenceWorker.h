#pragma once

#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceComparison.h"
#include "core/imaging/MedicalImage.h"
#include "core/imaging/StudyScanner.h"
#include "ui/CxrReviewRequest.h"
#include "ui/FaceComparisonRequest.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QSharedPointer>
#include <QString>

#include <atomic>
#include <memory>

namespace descry::ui {

// Runs inference off the GUI thread: loads (and caches) face packs, runs FaceComparison::compare, decodes
// radiographs and scans studies for the chest X-ray workspace, and sets LibTorch's intra-op thread count of its
// own thread.
// Threading: lives on InferenceService's dedicated QThread; its methods must only be invoked queued from other
// threads (or directly by a test that owns it on its own thread); its signals are emitted on that thread. The
// model cache is touched only by that thread.
class InferenceWorker : public QObject
{
    Q_OBJECT

public:
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;

    explicit InferenceWorker(QObject* parent = nullptr);

    // Loads the pack (the recorded one when installed with its SHA-256, else request.pack; cached by folder or
    // name) and compares the two photos. `cancel` is polled while the model loads and between the comparison's
    // stages; when it is already set nothing is loaded and only cancelled() is emitted.
    // Progress: model loading 0-30 % (skipped when cached), the comparison 30-100 %.
    void compare(const FaceComparisonRequest& request, CancelFlag cancel);
    // loadRadiograph(path) (DICOM or raster), then radiographLoaded(id, task, image); progress 0-100 %. `cancel` is
    // polled per frame; when it is already set nothing is read and only cancelled() is emitted.
    void loadRadiograph(quint64 id, const QString& task, const QString& path, CancelFlag cancel);
    // scanStudies(inputs), then studyScanned(id, task, scan); progress per file, `cancel` polled per file.
    void scanStudies(quint64 id, const QString& task, const QStringList& inputs, CancelFlag cancel);
    // Loads the CXR pack (cached by folder or name: loaded once and kept) and reviews the request's image with
    // CxrReview; cxrReviewFinished(id, task, result) or failed/cancelled. Progress: loading 0-30 % (skipped when
    // cached), the review 30-100 %; `cancel` polled between stages.
    void reviewCxr(const CxrReviewRequest& request, const QString& task, CancelFlag cancel);
    // runtime::setThreads(threads) on this thread, then threadsReported(id, the count now in effect).
    void setThreads(quint64 id, int threads);
    // threadsReported(id, runtime::intraOpThreads() of this thread).
    void reportThreads(quint64 id);

signals:
    void progressChanged(quint64 id, const QString& task, int percent, const QString& stage);
    void comparisonFinished(quint64 id, const QString& task, QSharedPointer<const descry::FaceComparisonResult> result,
                            QSharedPointer<const descry::FaceModel> model);
    void radiographLoaded(quint64 id, const QString& task, QSharedPointer<const descry::MedicalImage> image);
    void studyScanned(quint64 id, const QString& task, const descry::StudyScan& scan);
    void cxrReviewFinished(quint64 id, const QString& task, QSharedPointer<const descry::CxrReviewResult> result);
    void failed(quint64 id, const QString& task, const QString& oneLineError);
    void cancelled(quint64 id, const QString& task);
    void threadsReported(quint64 id, int threads);

private:
    // Progress of request `id` reported as progressChanged, polling `cancel`.
    Progress progressFor(quint64 id, const QString& task, const CancelFlag& cancel);
    Result<QSharedPointer<const FaceModel>> model(const QString& packOrPath, const Progress& progress);
    Result<QSharedPointer<const FaceModel>> modelFor(const FaceComparisonRequest& request, const Progress& progress);

    Result<std::shared_ptr<const CxrModel>> cxrModel(const QString& packOrPath, const Progress& progress);

    QHash<QString, QSharedPointer<const FaceModel>> m_models;
    QHash<QString, std::shared_ptr<const CxrModel>> m_cxrModels;
};

} // namespace descry::ui

Q_DECLARE_METATYPE(QSharedPointer<const descry::FaceComparisonResult>)
Q_DECLARE_METATYPE(QSharedPointer<const descry::FaceModel>)
Q_DECLARE_METATYPE(QSharedPointer<const descry::MedicalImage>)
Q_DECLARE_METATYPE(descry::StudyScan)
Q_DECLARE_METATYPE(QSharedPointer<const descry::CxrReviewResult>)
