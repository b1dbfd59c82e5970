#include "core/face/pipeline/FaceComparison.h"

#include <QJsonArray>

#include <cmath>

namespace descry {

namespace {

// Per FISWG component: visible, or hidden and by what (the visibility check's evidence in `score`).
QJsonArray visibilityJson(const QList<ComponentVisibility>& list)
{
    QJsonArray a;
    for (const ComponentVisibility& v : list)
        a.append(QJsonObject{{QStringLiteral("component"), v.component},
                             {QStringLiteral("visible"), v.visible},
                             {QStringLiteral("reason"), v.reason},
                             {QStringLiteral("detail"), v.detail},
                             {QStringLiteral("score"), std::round(v.score * 1000) / 1000}});
    return a;
}

// Every face found in the photo, largest first, as [x, y, w, h] boxes in the analysed image.
QJsonArray facesJson(const DetectedFace& face)
{
    QJsonArray a;
    for (const FaceCandidate& c : face.candidates)
        a.append(QJsonObject{{QStringLiteral("box"), QJsonArray{c.box.x(), c.box.y(), c.box.width(), c.box.height()}},
                             {QStringLiteral("score"), c.score}});
    return a;
}

// Every measured quantity with its id, source, value and z-score (null, with assessed false, when not assessed;
// "reason" says why a measured value is not assessed: outside the training photos' range).
QJsonArray measuredJson(const QList<MeasuredQuantity>& list)
{
    QJsonArray a;
    auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    for (const MeasuredQuantity& m : list) {
        QJsonObject o{{QStringLiteral("id"), m.id},
                      {QStringLiteral("source"), m.source},
                      {QStringLiteral("characteristic"), m.characteristic},
                      {QStringLiteral("definition"), m.definition},
                      {QStringLiteral("value"), number(m.value)},
                      {QStringLiteral("z"), number(m.z)},
                      {QStringLiteral("assessed"), m.assessed()}};
        if (!m.notAssessedReason.isEmpty())
            o.insert(QStringLiteral("reason"), m.notAssessedReason);
        a.append(o);
    }
    return a;
}

// The landmarks the examiner moved: 0-based index, where the detector put it and where it is now.
QJsonArray movedJson(const DetectedFace& face)
{
    QJsonArray a;
    for (int i = 0; i < face.correctedLandmarks.size(); ++i) {
        const int k = face.correctedLandmarks[i];
        const QPointF from = face.detectedLandmarks.value(i);
        const QPointF to = face.landmarks[size_t(k)];
        a.append(QJsonObject{{QStringLiteral("index"), k},
                             {QStringLiteral("from"), QJsonArray{from.x(), from.y()}},
                             {QStringLiteral("to"), QJsonArray{to.x(), to.y()}}});
    }
    return a;
}

QJsonObject imageJson(const FaceImageReport& img)
{
    QJsonArray landmarks;
    for (const QPointF& p : img.face.landmarks)
        landmarks.append(QJsonArray{std::round(p.x() * 100) / 100, std::round(p.y() * 100) / 100});
    const QRectF& b = img.face.box;
    return QJsonObject{
        {QStringLiteral("path"), img.path},
        {QStringLiteral("sha256"), img.sha256},
        {QStringLiteral("width"), img.imageSize.width()},
        {QStringLiteral("height"), img.imageSize.height()},
        {QStringLiteral("damaged"), img.damaged},
        {QStringLiteral("decoder_warnings"), QJsonArray::fromStringList(img.decoderWarnings)},
        {QStringLiteral("format"), img.format},
        {QStringLiteral("format_id"), img.formatId},
        {QStringLiteral("exif_orientation"), img.exifOrientation},
        {QStringLiteral("orientation"), img.orientation},
        {QStringLiteral("colour"), img.colour},
        {QStringLiteral("faces_found"), img.face.facesFound},
        {QStringLiteral("assumed_cropped"), img.face.assumedCropped},
        {QStringLiteral("faces"), facesJson(img.face)},
        // 1-based, as --face N; null when no face was detected (a crop taken whole).
        {QStringLiteral("chosen"), img.face.candidates.isEmpty() ? QJsonValue() : QJsonValue(img.face.chosen + 1)},
        {QStringLiteral("chosen_by"), img.face.chosenOnRequest ? QStringLiteral("request") : QStringLiteral("default")},
        {QStringLiteral("rotation"), img.face.rotationDegrees},
        {QStringLiteral("face_box"), QJsonObject{{QStringLiteral("x"), b.x()},
                                                 {QStringLiteral("y"), b.y()},
                                                 {QStringLiteral("width"), b.width()},
                                                 {QStringLiteral("height"), b.height()}}},
        {QStringLiteral("landmarks"), landmarks},
        {QStringLiteral("landmarks_moved"), movedJson(img.face)},
        {QStringLiteral("measured"), measuredJson(img.measured)},
        {QStringLiteral("visibility"), visibilityJson(img.visibility)},
        {QStringLiteral("not_visible"), QJsonArray::fromStringList(visibilityNotes(img.visibility))},
        {QStringLiteral("quality"),
         QJsonObject{{QStringLiteral("inter_eye_pixels"), img.quality.interEyePixels},
                     {QStringLiteral("yaw_degrees"), img.quality.yawDegrees},
                     {QStringLiteral("roll_degrees"), img.quality.rollDegrees},
                     {QStringLiteral("sharpness"), img.quality.sharpness},
                     {QStringLiteral("acceptable"), img.quality.acceptable()},
                     {QStringLiteral("problems"), QJsonArray::fromStringList(img.quality.problems)},
                     {QStringLiteral("notes"), QJsonArray::fromStringList(img.quality.notes)}}},
    };
}

QJsonArray topJson(const QList<DescriptorActivation>& list, int n)
{
    QJsonArray a;
    for (int i = 0; i < list.size() && i < n; ++i)
        a.append(QJsonObject{{QStringLiteral("id"), list[i].descriptorId},
                             {QStringLiteral("text"), list[i].text},
                             {QStringLiteral("score"), list[i].score}});
    return a;
}

double valueAt(const std::vector<float>& v, qsizetype k)
{
    return k < qsizetype(v.size()) ? double(v[size_t(k)]) : std::nan("");
}

// Every concept of the head, with its raw and group-softmaxed score in both images and its share of the score:
// with a CLIP pack every catalog descriptor appears here (as a prompt concept), not only the measured ones.
QJsonArray conceptsJson(const FaceComparisonResult& r)
{
    QJsonArray a;
    for (qsizetype k = 0; k < r.conceptIds.size(); ++k)
        a.append(QJsonObject{{QStringLiteral("id"), r.conceptIds[k]},
                             {QStringLiteral("source"), r.conceptSources.value(k)},
                             {QStringLiteral("probe"), valueAt(r.sProbe, k)},
                             {QStringLiteral("reference"), valueAt(r.sReference, k)},
                             {QStringLiteral("probe_softmax"), valueAt(r.ssmProbe, k)},
                             {QStringLiteral("reference_softmax"), valueAt(r.ssmReference, k)},
                             {QStringLiteral("contribution"),
                              k < qsizetype(r.contributions.size()) ? r.contributions[size_t(k)] : std::nan("")}});
    return a;
}

// NaN (not applicable, e.g. a full head's block cosine) is written as null, never as a number.
QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject FaceComparisonResult::toJson() const
{
    QJsonArray g;
    for (const GroupExplanation& e : groups) {
        g.append(QJsonObject{{QStringLiteral("component"), e.componentName},
                             {QStringLiteral("component_id"), e.component},
                             {QStringLiteral("characteristic"), e.characteristic},
                             {QStringLiteral("characteristic_name"), e.characteristicName},
                             {QStringLiteral("source"), e.source},
                             {QStringLiteral("similarity"), e.similarity},
                             {QStringLiteral("contribution"), e.contribution},
                             {QStringLiteral("block_cosine"), finiteOrNull(e.blockCosine)},
                             {QStringLiteral("block_weight"), finiteOrNull(e.blockWeight)},
                             {QStringLiteral("probe"), topJson(e.probeTop, 3)},
                             {QStringLiteral("reference"), topJson(e.referenceTop, 3)}});
    }
    QJsonArray excludedJson;
    for (const ExcludedComponent& x : excluded)
        excludedJson.append(QJsonObject{{QStringLiteral("component"), x.component},
                                        {QStringLiteral("reason"), x.reason},
                                        {QStringLiteral("detail"), x.detail}});
    return QJsonObject{
        {QStringLiteral("pack"), QJsonObject{{QStringLiteral("name"), packName},
                                             {QStringLiteral("version"), packVersion},
                                             {QStringLiteral("sha256"), packSha256}}},
        {QStringLiteral("catalog"), QJsonObject{{QStringLiteral("name"), catalogName},
                                                {QStringLiteral("version"), catalogVersion},
                                                {QStringLiteral("sha256"), catalogSha256}}},
        {QStringLiteral("probe"), imageJson(probe)},
        {QStringLiteral("reference"), imageJson(reference)},
        {QStringLiteral("score"), score},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("decision"), decisionId(decision)},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
        {QStringLiteral("concept_encoder"), conceptEncoder.toJson()},
        {QStringLiteral("concepts"), conceptsJson(*this)},
        {QStringLiteral("baseline"),
         QJsonObject{
             {QStringLiteral("encoder"), baselineEncoder.isEmpty() ? QStringLiteral("dlib-resnet") : baselineEncoder},
             {QStringLiteral("score"), baselineScore},
             {QStringLiteral("threshold"), baselineThreshold},
             {QStringLiteral("decision"), decisionId(baselineDecision)},
             {QStringLiteral("disagrees"), baselineDisagrees()}}},
        {QStringLiteral("groups"), g},
        {QStringLiteral("aggregation"), aggregation},
        {QStringLiteral("excluded"), excludedJson},
        {QStringLiteral("score_before_exclusions"), excluded.isEmpty() ? score : scoreBeforeExclusions},
        {QStringLiteral("bias_term"), biasTerm},
        {QStringLiteral("residual"), residual},
        {QStringLiteral("explanation"), QJsonArray::fromStringList(sentences)},
        // null for a pack without an LR calibration, with the reason beside it
        {QStringLiteral("likelihood_ratio"),
         likelihoodRatio.available ? QJsonValue(likelihoodRatio.toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("likelihood_ratio_reason"),
         likelihoodRatio.available ? QJsonValue(QJsonValue::Null) : QJsonValue(likelihoodRatio.unavailableReason)},
        {QStringLiteral("timings_ms"), QJsonObject{{QStringLiteral("load_pack"), msLoad},
                                                   {QStringLiteral("probe"), msProbe},
                                                   {QStringLiteral("reference"), msReference},
                                                   {QStringLiteral("head"), msHead},
                                                   {QStringLiteral("compare_total"), msTotal}}},
    };
}

} // namespace descry
