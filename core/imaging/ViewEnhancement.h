#pragma once

#include "core/common/Result.h"

#include <QImage>
#include <QJsonObject>
#include <QString>

namespace descry {

// How a photo is displayed for viewing: brightness, contrast, gamma, histogram equalisation or CLAHE, greyscale.
// Display only: the evidence file and every analysis always use the photo as loaded. Recorded in the case and
// the report when used. Value type.
struct ViewEnhancement
{
    double brightness = 0; // added to every channel, -1..1 of the full range
    double contrast = 1;   // around mid-grey, 0.2..4
    double gamma = 1;      // output = input^(1/gamma), 0.2..5
    bool equalise = false; // global histogram equalisation of the lightness
    bool clahe = false;    // contrast-limited adaptive equalisation of the lightness (OpenCV, clip 2, 8×8 tiles)
    bool greyscale = false;

    bool isIdentity() const;
    bool operator==(const ViewEnhancement& other) const = default;

    // "brightness +0.10, contrast 1.40, CLAHE" ("none" for the identity): the audit log's and report's words.
    QString describe() const;
    QJsonObject toJson() const;
    // Strict: the members above only, numbers within their ranges; the error names the member under `context`.
    static Result<ViewEnhancement> fromJson(const QJsonObject& object, const QString& context, const QString& origin);
    // Why this enhancement cannot be stored (a value out of range); empty when it can.
    QString problem() const;
};

// `image` as displayed with `enhancement` (RGB32/ARGB32 result; the input is never modified). The identity
// returns the image itself.
QImage applyViewEnhancement(const QImage& image, const ViewEnhancement& enhancement);

} // namespace descry
