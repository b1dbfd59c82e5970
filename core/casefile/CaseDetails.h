#pragma once

#include "core/common/Result.h"
#include "core/imaging/ViewEnhancement.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

namespace descry {

// One level of the examiner's conclusion scale: a stable id (stored in cases) and its label and meaning.
struct ConclusionLevel
{
    QString id;
    QString label;   // translated, e.g. "Moderate support for the same person"
    QString meaning; // translated, one sentence
};

// The examiner's own conclusion of a face comparison, on Descry's ordinal scale, with the rationale and who
// records it (name, role) and when. Separate from the model's decision and likelihood ratio, which the report
// lists as items of their own.
struct ExaminerConclusion
{
    static constexpr const char* ScaleId = "descry-ordinal-7";
    QString scale = QLatin1String(ScaleId);
    QString level;     // a ConclusionLevel id; empty: no conclusion yet
    QString rationale; // free text
    QString examiner;  // name
    QString role;      // e.g. "Forensic facial examiner"
    QDateTime utc;     // when it was recorded (the case's clock)

    bool isEmpty() const { return level.isEmpty() && rationale.isEmpty(); }
    bool operator==(const ExaminerConclusion& other) const = default;

    // Descry's seven-level ordinal scale, strongest support for different persons first, then "not suitable".
    // Modelled on the support-based conclusion scales of FISWG's Facial Comparison Overview and Methodology
    // Guidelines (2019) and ENFSI-BPM-DI-01 (2018); it is not either body's own wording.
    static QList<ConclusionLevel> levels();
    static QString scaleName();
    // The level's label; the id itself when unknown.
    static QString levelLabel(const QString& id);
};

// One landmark the examiner moved (0-based dlib index), in pixels of the analysed photo: where the model put it
// and where the examiner put it.
struct LandmarkCorrection
{
    int index = -1;
    QPointF from;
    QPointF to;
    bool operator==(const LandmarkCorrection& other) const = default;
};

// What identifies a face case to a court or an agency: case number, agency, and the exhibit number of each
// photo (the title and the case id live in CaseFile). Plain value type; CaseFile validates and audits changes.
struct CaseDetails
{
    static constexpr int kMaxFieldChars = 500;
    static constexpr int kMaxRationaleChars = 20000;

    QString caseNumber;
    QString agency;
    QString probeExhibit;
    QString referenceExhibit;
    ExaminerConclusion conclusion;
    // How each photo was displayed while examined (display only; the analysis never sees it).
    ViewEnhancement probeView;
    ViewEnhancement referenceView;
    // Landmarks the examiner moved on each photo, by index (the measured characteristics use them).
    QList<LandmarkCorrection> probeLandmarks;
    QList<LandmarkCorrection> referenceLandmarks;

    bool isEmpty() const
    {
        return caseNumber.isEmpty() && agency.isEmpty() && probeExhibit.isEmpty() && referenceExhibit.isEmpty() &&
               conclusion.isEmpty() && probeView.isIdentity() && referenceView.isIdentity() &&
               probeLandmarks.isEmpty() && referenceLandmarks.isEmpty();
    }
    bool operator==(const CaseDetails& other) const = default;

    // The exhibit number, view enhancement and landmark corrections of "probe" or "reference".
    QString exhibit(const QString& role) const;
    ViewEnhancement view(const QString& role) const;
    QList<LandmarkCorrection> landmarks(const QString& role) const;
    void setView(const QString& role, const ViewEnhancement& view);
    void setLandmarks(const QString& role, const QList<LandmarkCorrection>& corrections);

    QJsonObject toJson() const;
    // Strict: every member known, strings within the limits, a level of the scale, an ISO 8601 UTC time; the
    // error names the member (`origin` is the file).
    static Result<CaseDetails> fromJson(const QJsonObject& object, const QString& origin);
    // Why these details cannot be stored (a field too long, an unknown level); empty when they can.
    QString problem() const;
    // "point 48 (120.0, 88.5) → (122.0, 90.0), ..." or "as detected".
    static QString describeCorrections(const QList<LandmarkCorrection>& list);
    // One line per changed field, "case number: '' → '2026-0142'", for the audit log.
    static QStringList changes(const CaseDetails& before, const CaseDetails& after);
};

} // namespace descry
