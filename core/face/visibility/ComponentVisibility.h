#pragma once

#include "core/common/Result.h"
#include "core/face/FaceTypes.h"

#include <QImage>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace descry {

// Whether one FISWG component can be assessed in one photo and, when not, why (what hides it).
struct ComponentVisibility
{
    QString component;   // catalog component id: "eyes", "mouth", ...
    bool visible = true; // false: the component is hidden and must not count in the score
    QString reason;      // "dark-glasses" | "mask" | "hand" | "hair" | "expression" | "out-of-frame" | ""
    QString detail;      // translated words for examiners, e.g. "dark glasses over the eyes"
    double score = 0;    // 0..1: strength of the evidence for the occluder (or for the rule that fired)
};

// The 19 FISWG component ids of the face catalog, in catalog order; checkVisibility answers for each.
const QStringList& visibilityComponents();

// The visibility reasons checkVisibility can give (without the empty one).
const QStringList& visibilityReasons();

// Translated short name of a reason: "dark glasses", "mask", "hand", "hair", "extreme expression",
// "out of frame".
QString visibilityReasonText(const QString& reason);

// Decides, for every FISWG component, whether it is visible in `image` (the decoded, oriented photo) around the
// face `face` (landmarks in image pixels). Pure image analysis, no model: landmark-defined regions are compared
// with the reference skin of the same face in CIELAB (see ComponentVisibility.cpp for the rules).
// Input error when the image is empty.
Result<QList<ComponentVisibility>> checkVisibility(const QImage& image, const AlignedFace& face);

// The quantities the rules of checkVisibility read (darkness of the lenses, colour distance of the lower face,
// eye and mouth aspect ratios, ...), by name: for audits, the evaluation command and tuning.
Result<QMap<QString, double>> visibilityMeasurements(const QImage& image, const AlignedFace& face);

// Translated display name of a component id ("Eyes", "Face/Head Outline"), as the FISWG catalog names them.
QString visibilityComponentName(const QString& component);

// Which photo a note speaks of.
enum class VisibilityPhoto { Any, Probe, Reference };

// One line per hidden component: "Eyes not visible (dark glasses)", with `photo` "Eyes not visible in the
// reference (dark glasses)". Empty when everything is visible.
QStringList visibilityNotes(const QList<ComponentVisibility>& list, VisibilityPhoto photo = VisibilityPhoto::Any);

// The hidden ones of `list` only.
QList<ComponentVisibility> hiddenComponents(const QList<ComponentVisibility>& list);

} // namespace descry
