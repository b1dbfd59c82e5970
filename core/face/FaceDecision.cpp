#include "core/face/FaceDecision.h"

#include "core/common/Tr.h"

namespace descry {

Decision decideFace(double score, double threshold, bool hasQualityReasons)
{
    if (hasQualityReasons)
        return Decision::Inconclusive;
    return score >= threshold ? Decision::Match : Decision::NonMatch;
}

QString decisionId(Decision decision)
{
    switch (decision) {
    case Decision::Match:
        return QStringLiteral("match");
    case Decision::NonMatch:
        return QStringLiteral("non-match");
    case Decision::Inconclusive:
        break;
    }
    return QStringLiteral("inconclusive");
}

std::optional<Decision> decisionFromId(const QString& id)
{
    for (Decision d : {Decision::Match, Decision::NonMatch, Decision::Inconclusive})
        if (decisionId(d) == id)
            return d;
    return std::nullopt;
}

QString decisionLabel(Decision decision)
{
    switch (decision) {
    case Decision::Match:
        return Tr::tr("Match");
    case Decision::NonMatch:
        return Tr::tr("Non-match");
    case Decision::Inconclusive:
        break;
    }
    return Tr::tr("Inconclusive");
}

QColor decisionColour(Decision decision)
{
    switch (decision) {
    case Decision::Match:
        return QColor(0x1B, 0x6E, 0x20);
    case Decision::NonMatch:
        return QColor(0xB7, 0x1C, 0x1C);
    case Decision::Inconclusive:
        break;
    }
    return QColor(0xA0, 0x60, 0x00);
}

} // namespace descry
