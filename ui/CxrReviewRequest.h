#pragma once

#include "core/cxr/pipeline/CxrReview.h"
#include "core/imaging/MedicalImage.h"

#include <QSharedPointer>
#include <QString>

namespace descry::ui {

// One chest X-ray review asked of the inference service: the pack and the image already decoded and shown, with
// the reader's frame and window. Value type; copied into the worker thread's queue (the image is shared read-only).
struct CxrReviewRequest
{
    quint64 id = 0; // assigned by InferenceService::requestCxrReview
    QString pack;   // pack folder or name
    QSharedPointer<const MedicalImage> image;
    QString path;   // the image's file, as the result names it
    QString sha256; // the hash of the bytes decoded
    CxrReviewOptions options;
};

} // namespace descry::ui
