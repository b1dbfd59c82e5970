#include <torch/torch.h>

#include "core/face/train/detail/FacePackRecord.h"

#include "core/common/Tr.h"
#include "core/face/train/Augmentation.h"
#include "core/face/train/detail/FaceHeadTraining.h"
#include "core/face/train/detail/FaceTrainingEvaluation.h"
#include "core/pack/AssetLock.h"

#include <QDateTime>
#include <QJsonArray>

namespace descry::detail {

namespace {

// The datasets and the training identities of a run, for the calibration's `dataset` and the provenance.
QStringList datasetsOf(const TrainingInputs& in)
{
    QStringList names;
    for (const FaceFeatures& f : in.features)
        if (!names.contains(f.face.dataset))
            names << f.face.dataset;
    return names;
}

QJsonArray trainingIdentities(const TrainingInputs& in, const IdentitySplit& split)
{
    QStringList ids;
    for (int i : split.trainFaces)
        if (!ids.contains(in.features[size_t(i)].face.identity))
            ids << in.features[size_t(i)].face.identity;
    ids.sort();
    return QJsonArray::fromStringList(ids);
}

QJsonObject augmentationRecord(const FaceTrainingOptions& o, const AugmentedRows& rows)
{
    int trainCopies = 0;
    for (const auto& v : rows.trainCopies)
        trainCopies += int(v.size());
    return {{QStringLiteral("ids"), QJsonArray::fromStringList(augmentationIds())},
            {QStringLiteral("copies_per_training_photo"), o.augment},
            {QStringLiteral("copies_per_held_out_photo_and_id"), o.evalAugment},
            {QStringLiteral("training_copies"), trainCopies},
            {QStringLiteral("training_copies_failed"), rows.trainFailed},
            {QStringLiteral("held_out_copies"), int(rows.heldOutCopies.size())},
            {QStringLiteral("held_out_copies_failed"), rows.heldOutFailed},
            {QStringLiteral("selection"),
             QStringLiteral("training photo k, copy c gets ids[(k*K + c) mod n]; seed of a copy: FNV-1a of "
                            "(photo SHA-256, id, c, seed)")}};
}

} // namespace

PackRecord packRecord(const FaceTrainingOptions& o, const TrainingInputs& in, const IdentitySplit& split,
                      const AugmentedRows& rows, const AppearanceDirections& dirs, const Calibration& cal,
                      const QJsonObject& gap, double finalLoss)
{
    const QString date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    PackRecord r;
    r.calibration = {
        {QStringLiteral("threshold"), cal.threshold},
        {QStringLiteral("baseline_threshold"), cal.baseThreshold},
        {QStringLiteral("operating_point"),
         QStringLiteral("maximum accuracy on balanced same/different pairs of the training identities "
                        "(all same pairs, as many different pairs), plus the same pairs with the first "
                        "photo replaced by an augmented copy")},
        {QStringLiteral("train_pairs_accuracy"), cal.trainAccuracy},
        {QStringLiteral("scoring"), QStringLiteral("as compare scores a pair: components hidden in either photo and "
                                                   "characteristics not measured left out, the score re-normalised")},
        {QStringLiteral("train_pairs_with_exclusions"), cal.pairsWithExclusions},
        {QStringLiteral("dataset"), Tr::tr("%1 training identities").arg(datasetsOf(in).join(QStringLiteral(", ")))},
        {QStringLiteral("date"), date}};
    r.metrics = {{QStringLiteral("held_out"), gap.value(QStringLiteral("held_out"))},
                 {QStringLiteral("held_out_augmented"), gap.value(QStringLiteral("held_out_augmented"))},
                 {QStringLiteral("gap_goal"), gap.value(QStringLiteral("goal"))},
                 {QStringLiteral("train_pairs_accuracy"), cal.trainAccuracy},
                 {QStringLiteral("appearance_direction_auc"), dirs.aucs},
                 {QStringLiteral("appearance_direction_auc_median"), dirs.medianAuc},
                 {QStringLiteral("final_loss"), finalLoss}};
    r.provenance = {{QStringLiteral("command"), o.command},
                    {QStringLiteral("trained"), date},
                    {QStringLiteral("loss"), faceLossId(o.loss)},
                    {QStringLiteral("epochs"), o.epochs},
                    {QStringLiteral("lr"), o.lr},
                    {QStringLiteral("seed"), QString::number(o.seed)},
                    {QStringLiteral("faces"), int(split.failures.size() + rows.cleanTrainFaces.size()) +
                                                  [&] {
                                                      int n = 0;
                                                      for (const auto& v : split.heldOutFaces)
                                                          n += int(v.size());
                                                      return n;
                                                  }()},
                    {QStringLiteral("training_faces"), int(split.trainFaces.size())},
                    {QStringLiteral("training_photos"), int(rows.cleanTrainFaces.size())},
                    {QStringLiteral("augmentation"), augmentationRecord(o, rows)},
                    {QStringLiteral("held_out_every"), o.heldOutEvery},
                    {QStringLiteral("split"),
                     QStringLiteral("per dataset, identities in sorted order; every %1-th (starting with the "
                                    "second) is held out")
                         .arg(o.heldOutEvery)},
                    {QStringLiteral("training_identities"), trainingIdentities(in, split)},
                    {QStringLiteral("held_out_identities"), split.heldOutIds},
                    {QStringLiteral("failures"), split.failures}};
    return r;
}

Status writePack(const FaceTrainingOptions& o, const FaceModelParts& parts, const PackRecord& record)
{
    auto binPath = verifiedAssetPath(QStringLiteral("face_recognition_model.bin"));
    auto manPath = verifiedAssetPath(QStringLiteral("face_recognition_model-weights_manifest.json"));
    if (!binPath)
        return binPath.error();
    if (!manPath)
        return manPath.error();
    return writeFacePack(o.outDir, parts, o.name, o.version, record.calibration, record.metrics, record.provenance,
                         {*manPath, *binPath}, {o.facesRoot, o.cacheFile, *manPath, *binPath});
}

} // namespace descry::detail
