#pragma once

#include "core/casefile/CaseFile.h"

#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>

namespace descry::ui {

// One face comparison asked of the inference service: id, task and inputs. Value type; copied into the
// worker thread's queue, never shared.
struct FaceComparisonRequest
{
    quint64 id = 0; // assigned by InferenceService::requestComparison
    QString task = QLatin1String(CaseFile::FaceVerificationTask);
    // The pack (name or folder) to use when `recorded` is empty or not installed with its SHA-256.
    QString pack;
    // The pack a case records: used first when a pack of that name and version with that pack SHA-256 is
    // installed in a pack search path. The result's packName/packVersion/packSha256 say which one was used.
    PackReference recorded;
    QString probe;
    QString reference;
    bool cropped = false;
    bool allowDamaged = false; // analyse truncated or corrupt photos that still decode (marked damaged)
    // Which face of each photo is compared, 0-based, largest first (the case's EvidenceItem::faceIndex); -1: the
    // largest.
    int probeFace = -1;
    int referenceFace = -1;
    // Landmarks the examiner moved (index, position in the analysed photo), from the case's details.
    QList<QPair<int, QPointF>> probeLandmarks;
    QList<QPair<int, QPointF>> referenceLandmarks;
};

} // namespace descry::ui
