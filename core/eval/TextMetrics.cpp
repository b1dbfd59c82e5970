#include "core/eval/TextMetrics.h"

// TODO(H2): implement.

namespace descry {

QStringList textTokens(const QString&)
{
    return {};
}

QString porterStem(const QString& word)
{
    return word;
}

RougeLScore rougeL(const QString&, const QString&)
{
    return {};
}

MeteorScore meteor(const QString&, const QString&)
{
    return {};
}

CorpusTextScores corpusTextScores(const QStringList&, const QStringList&)
{
    return {};
}

} // namespace descry
