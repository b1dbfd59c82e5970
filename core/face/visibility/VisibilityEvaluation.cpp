#include "core/face/visibility/VisibilityEvaluation.h"

#include "core/common/Tr.h"
#include "core/face/FaceDetector.h"
#include "core/face/train/FaceDataset.h"
#include "core/face/visibility/ComponentVisibility.h"
#include "core/face/visibility/SyntheticOcclusion.h"
#include "core/imaging/ImageLoader.h"

#include <QJsonArray>

namespace descry {

namespace {

bool isOccluderReason(const QString& reason)
{
    return reason == QLatin1String("dark-glasses") || reason == QLatin1String("mask") ||
           reason == QLatin1String("hand") || reason == QLatin1String("hair");
}

QString reasonOf(Occluder o)
{
    switch (o) {
    case Occluder::Sunglasses:
        return QStringLiteral("dark-glasses");
    case Occluder::Hand:
        return QStringLiteral("hand");
    case Occluder::HairFringe:
        return QStringLiteral("hair");
    default:
        return QStringLiteral("mask");
    }
}

void countOriginal(const QList<ComponentVisibility>& vis, VisibilityEvaluation* ev)
{
    QStringList fired, other;
    for (const ComponentVisibility& v : vis) {
        if (v.visible)
            continue;
        QStringList& list = isOccluderReason(v.reason) ? fired : other;
        if (!list.contains(v.reason))
            list << v.reason;
    }
    for (const QString& r : fired)
        ++ev->falseAlarms[r];
    for (const QString& r : other)
        ++ev->otherFlags[r];
    ev->falseAlarmPhotos += !fired.isEmpty();
}

void countOccluded(const QList<ComponentVisibility>& vis, Occluder o, OccluderRate* rate)
{
    bool all = true, right = true;
    for (const QString& c : occludedComponents(o)) {
        const auto it =
            std::find_if(vis.begin(), vis.end(), [&](const ComponentVisibility& v) { return v.component == c; });
        const bool hidden = it != vis.end() && !it->visible;
        all = all && hidden;
        right = right && hidden && it->reason == reasonOf(o);
    }
    rate->detected += all;
    rate->rightReason += right;
}

} // namespace

Result<VisibilityEvaluation> evaluateVisibility(const QString& root, const FaceDetector& detector, int every, int limit,
                                                const Progress& progress)
{
    auto faces = scanFaceDatasets(root);
    if (!faces)
        return faces.error();
    QList<LabelledFace> chosen;
    for (qsizetype i = 0; i < faces->size(); i += std::max(1, every))
        if (limit <= 0 || chosen.size() < limit)
            chosen << faces->at(i);
    if (chosen.isEmpty())
        return Error(ErrorCode::Input, Tr::tr("no photos found"), root);
    VisibilityEvaluation ev;
    ev.root = root;
    for (Occluder o : allOccluders())
        ev.occluders.append(OccluderRate{occluderId(o), occludedComponents(o)});
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        if (!progress.step(double(i) / chosen.size(), Tr::tr("Checking visibility")))
            return Error(ErrorCode::Cancelled, Tr::tr("evaluation cancelled"));
        const LabelledFace& lf = chosen[i];
        auto img = loadImage(lf.path);
        if (!img)
            continue;
        ++ev.photos;
        DetectOptions opts;
        opts.cropped = lf.cropped;
        auto face = detector.detectAndAlign(img->image, lf.path, opts);
        if (!face)
            continue;
        auto vis = checkVisibility(img->image, *face);
        if (!vis)
            return vis.error().withFile(lf.path);
        ++ev.faces;
        countOriginal(*vis, &ev);
        for (qsizetype k = 0; k < allOccluders().size(); ++k) {
            const Occluder o = allOccluders()[k];
            OccluderRate& rate = ev.occluders[k];
            ++rate.drawn;
            const QImage occluded = drawOccluder(img->image, face->face.landmarks, o, quint32(i));
            auto again = detector.detectAndAlign(occluded, lf.path, opts);
            if (!again) {
                ++rate.faceLost;
                continue;
            }
            auto v2 = checkVisibility(occluded, *again);
            if (!v2)
                return v2.error().withFile(lf.path);
            countOccluded(*v2, o, &rate);
        }
    }
    progress.step(1.0, Tr::tr("Done"));
    return ev;
}

QJsonObject VisibilityEvaluation::toJson() const
{
    QJsonArray occ;
    for (const OccluderRate& r : occluders)
        occ.append(QJsonObject{{QStringLiteral("occluder"), r.occluder},
                               {QStringLiteral("components"), QJsonArray::fromStringList(r.components)},
                               {QStringLiteral("drawn"), r.drawn},
                               {QStringLiteral("face_lost"), r.faceLost},
                               {QStringLiteral("detected"), r.detected},
                               {QStringLiteral("right_reason"), r.rightReason},
                               {QStringLiteral("detection_rate"), r.rate()}});
    QJsonObject fa, other;
    for (auto it = falseAlarms.begin(); it != falseAlarms.end(); ++it)
        fa.insert(it.key(), faces ? double(it.value()) / faces : 0.0);
    for (auto it = otherFlags.begin(); it != otherFlags.end(); ++it)
        other.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("faces_dir"), root},
                       {QStringLiteral("photos"), photos},
                       {QStringLiteral("faces"), faces},
                       {QStringLiteral("false_alarm_rate"), falseAlarmRate()},
                       {QStringLiteral("false_alarm_rate_by_reason"), fa},
                       {QStringLiteral("other_flags_unoccluded"), other},
                       {QStringLiteral("occluders"), occ}};
}

QString VisibilityEvaluation::toText() const
{
    QStringList lines;
    lines << Tr::tr("Visibility check on %1 photos (%2 with a face) in %3").arg(photos).arg(faces).arg(root);
    for (const OccluderRate& r : occluders)
        lines << Tr::tr("  %1 (%2): detection rate %3 % (%4 of %5; own reason %6; face lost %7)")
                     .arg(r.occluder, r.components.join(QStringLiteral(", ")))
                     .arg(100 * r.rate(), 0, 'f', 1)
                     .arg(r.detected)
                     .arg(r.drawn - r.faceLost)
                     .arg(r.rightReason)
                     .arg(r.faceLost);
    lines << Tr::tr("  false alarms on the unoccluded photos: %1 % (%2 of %3)")
                 .arg(100 * falseAlarmRate(), 0, 'f', 1)
                 .arg(falseAlarmPhotos)
                 .arg(faces);
    for (auto it = falseAlarms.begin(); it != falseAlarms.end(); ++it)
        lines << Tr::tr("    %1: %2").arg(it.key()).arg(it.value());
    for (auto it = otherFlags.begin(); it != otherFlags.end(); ++it)
        lines << Tr::tr("  flagged on the unoccluded photos (not occluders): %1: %2").arg(it.key()).arg(it.value());
    return lines.join(QLatin1Char('\n'));
}

} // namespace descry
