#pragma once

#include <QColor>
#include <QString>

#include <optional>

namespace descry {

// The outcome of a face comparison. The one place that turns a score into a decision, and the one mapping to
// the stable JSON id, the translated label and the colour that CLI, GUI and PDF report all show.
enum class Decision {
    Match,
    NonMatch,
    Inconclusive,
};

// match iff score >= threshold; inconclusive whenever a quality reason exists.
Decision decideFace(double score, double threshold, bool hasQualityReasons);

// "match", "non-match", "inconclusive": the id of the CLI/JSON contract and of case files.
QString decisionId(Decision decision);
std::optional<Decision> decisionFromId(const QString& id);
// Translated display text ("Match", "Non-match", "Inconclusive").
QString decisionLabel(Decision decision);
// Text colour, dark enough for white paper and a light window background.
QColor decisionColour(Decision decision);

} // namespace descry
