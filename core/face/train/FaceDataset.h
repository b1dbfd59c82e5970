#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace descry {

// One identity-labelled photo of a training/evaluation set.
struct LabelledFace
{
    QString path;
    QString dataset;  // "orl", "yale", "dlib-johns"
    QString identity; // "<dataset>/<person>"
    bool cropped = false;
};

// Scans a faces folder laid out like ../shared/data/faces: orl/sN/*.pgm, yale/subjectNN.condition[.ext],
// dlib-johns/NAME/*.jpg (aligned chips), or any DATASET/PERSON/IMAGE folder. Sorted, deterministic.
Result<QList<LabelledFace>> scanFaceDatasets(const QString& root);

// Deterministic identity split: every `heldOutEvery`-th identity of each dataset (in sorted order,
// starting with the `offset`-th) is held out from training.
bool isHeldOutIdentity(const QString& identity, const QStringList& sortedIdentitiesOfDataset, int heldOutEvery = 3,
                       int offset = 1);

} // namespace descry
