#include "core/cxr/pipeline/CxrReview.h"

#include "core/common/Tr.h"
#include "core/cxr/pipeline/CxrExplanation.h"
#include "core/imaging/RadiographLoader.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace descry {

QString cxrDecisionId(CxrDecision decision)
{
    switch (decision) {
    case CxrDecision::Effusion:
        return QStringLiteral("effusion");
    case CxrDecision::NoEffusion:
        return QStringLiteral("no-effusion");
    case CxrDecision::Indeterminate:
        return QStringLiteral("indeterminate");
    }
    return {};
}

QString cxrDecisionText(CxrDecision decision)
{
    switch (decision) {
    case CxrDecision::Effusion:
        return Tr::tr("Pleural effusion");
    case CxrDecision::NoEffusion:
        return Tr::tr("No pleural effusion");
    case CxrDecision::Indeterminate:
        return Tr::tr("Indeterminate");
    }
    return {};
}

namespace {

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) * 1e-6;
}

QJsonArray floats(const std::vector<float>& v)
{
    QJsonArray a;
    for (float x : v)
        a.append(double(x));
    return a;
}

QJsonObject descriptorJson(const CxrDescriptorScore& d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("text"), d.text},
            {QStringLiteral("concept_index"), d.conceptIndex},
            {QStringLiteral("raw"), d.raw},
            {QStringLiteral("score"), d.score},
            {QStringLiteral("contribution"), d.contribution},
            {QStringLiteral("present"), d.present},
            {QStringLiteral("normal"), d.normal}};
}

QJsonObject groupJson(const CxrGroupResult& g)
{
    QJsonArray descriptors;
    for (const CxrDescriptorScore& d : g.descriptors)
        descriptors.append(descriptorJson(d));
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("component"), g.component},
            {QStringLiteral("component_name"), g.componentName},
            {QStringLiteral("contribution"), g.contribution},
            {QStringLiteral("descriptors"), descriptors}};
}

} // namespace

QJsonObject CxrReviewResult::toJson() const
{
    QJsonArray groupArray;
    for (const CxrGroupResult& g : groups)
        groupArray.append(groupJson(g));
    double sum = 0.0;
    for (double c : margin.contributions)
        sum += c;
    const QJsonObject decomposition{{QStringLiteral("logit_no_effusion"), margin.logit0},
                                    {QStringLiteral("logit_effusion"), margin.logit1},
                                    {QStringLiteral("margin"), margin.margin},
                                    {QStringLiteral("head_margin"), headMargin},
                                    {QStringLiteral("sum_contributions"), sum},
                                    {QStringLiteral("bias_term"), margin.biasTerm},
                                    {QStringLiteral("residual"), residual},
                                    {QStringLiteral("contributions"), QJsonArray::fromVariantList([&] {
                                         QVariantList l;
                                         for (double c : margin.contributions)
                                             l << c;
                                         return l;
                                     }())}};
    return {{QStringLiteral("pack"), QJsonObject{{QStringLiteral("name"), packName},
                                                 {QStringLiteral("version"), packVersion},
                                                 {QStringLiteral("sha256"), packSha256},
                                                 {QStringLiteral("encoder"), encoderType},
                                                 {QStringLiteral("encoder_summary"), encoderSummary}}},
            {QStringLiteral("catalog"), QJsonObject{{QStringLiteral("name"), catalogName},
                                                    {QStringLiteral("version"), catalogVersion},
                                                    {QStringLiteral("sha256"), catalogSha256}}},
            {QStringLiteral("image"), QJsonObject{{QStringLiteral("path"), imagePath},
                                                  {QStringLiteral("sha256"), imageSha256},
                                                  {QStringLiteral("frame"), frame + 1},
                                                  {QStringLiteral("window"), windowText},
                                                  {QStringLiteral("conversion"), conversion},
                                                  {QStringLiteral("displayed_width"), displayed.width()},
                                                  {QStringLiteral("displayed_height"), displayed.height()},
                                                  {QStringLiteral("input_size"), input.width()}}},
            {QStringLiteral("probability"), probability},
            {QStringLiteral("decision"), cxrDecisionId(decision)},
            {QStringLiteral("decision_text"), cxrDecisionText(decision)},
            {QStringLiteral("decision_reason"), decisionReason},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("indeterminate"),
             hasBand ? QJsonValue(QJsonArray{bandLow, bandHigh}) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("decomposition"), decomposition},
            {QStringLiteral("scores_raw"), floats(S)},
            {QStringLiteral("scores"), floats(Ssm)},
            {QStringLiteral("groups"), groupArray},
            {QStringLiteral("present"), QJsonArray::fromStringList(presentIds)},
            {QStringLiteral("sentences"), QJsonArray::fromStringList(sentences)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("timing_ms"), QJsonObject{{QStringLiteral("load"), msLoad},
                                                      {QStringLiteral("decode"), msDecode},
                                                      {QStringLiteral("encode"), msEncode},
                                                      {QStringLiteral("head"), msHead},
                                                      {QStringLiteral("total"), msTotal}}}};
}

QStringList cxrInputWarnings(const MedicalImage& image)
{
    QStringList out;
    const QString modality = image.info().modality.trimmed().toUpper();
    static const QStringList radiographs{QStringLiteral("CR"), QStringLiteral("DX"), QStringLiteral("DR")};
    if (!modality.isEmpty() && !radiographs.contains(modality))
        out << Tr::tr("the image is %1, not a chest radiograph (CR/DX): the pack was not made for it").arg(modality);
    if (image.isColour())
        out << Tr::tr("the image is in colour (%1), not a greyscale radiograph: the pack was not made for it")
                   .arg(image.info().photometric);
    return out;
}

Result<CxrReviewResult> CxrReview::review(const QString& path, const CxrReviewOptions& options,
                                          const Progress& progress) const
{
    QElapsedTimer t;
    t.start();
    if (!progress.step(0, Tr::tr("Reading the radiograph")))
        return Error(ErrorCode::Cancelled, Tr::tr("review cancelled"));
    auto image = loadRadiograph(path, {}, progress.sub(0, 0.2));
    if (!image)
        return image.error().withFile(path);
    const double decodeMs = msSince(t);
    auto result = review(*image, path, image->info().sha256, options, progress.sub(0.2, 1.0));
    if (!result)
        return result;
    result->msDecode += decodeMs;
    result->msTotal += decodeMs;
    return result;
}

Result<CxrReviewResult> CxrReview::review(const MedicalImage& image, const QString& path, const QString& sha256,
                                          const CxrReviewOptions& options, const Progress& progress) const
{
    QElapsedTimer total, t;
    total.start();
    t.start();
    const auto cancelled = [] { return Error(ErrorCode::Cancelled, Tr::tr("review cancelled")); };
    if (image.isNull())
        return Error(ErrorCode::Input, Tr::tr("the image is empty"), path);
    if (options.frame < 0 || options.frame >= image.frameCount())
        return Error(ErrorCode::Usage,
                     Tr::tr("frame %1: the image has %n frame(s)", "", image.frameCount()).arg(options.frame + 1),
                     path);
    if (!progress.step(0, Tr::tr("Displaying the radiograph")))
        return cancelled();
    const CxrDisplayed shown = cxrDisplay(image, options.frame, options.display);
    if (shown.image.isNull())
        return Error(ErrorCode::Input, Tr::tr("frame %1 could not be displayed").arg(options.frame + 1), path);
    const CxrModel& model = *m_model;
    auto input = cxrEncoderInput(shown.image, model.encoder().inputSize(), shown.windowText);
    if (!input)
        return input.error().withFile(path);
    CxrReviewResult r;
    r.warnings = cxrInputWarnings(image);
    r.msDecode = msSince(t);
    t.restart();
    if (!progress.step(0.1, Tr::tr("Encoding the radiograph")))
        return cancelled();
    auto embedding = model.embed(input->input, progress.sub(0.1, 0.9));
    if (!embedding)
        return embedding.error().code() == ErrorCode::Cancelled ? embedding.error() : embedding.error().withFile(path);
    r.msEncode = msSince(t);
    t.restart();
    if (!progress.step(0.9, Tr::tr("Scoring the descriptors")))
        return cancelled();
    auto out = model.concepts(*embedding);
    if (!out)
        return out.error();
    auto margin = decomposeMargin(out->Ssm, model.head().aggregationMatrix(), model.head().aggregationBias());
    if (!margin)
        return margin.error();
    r.msHead = msSince(t);
    r.imagePath = path;
    r.imageSha256 = sha256;
    r.frame = options.frame;
    r.windowText = shown.windowText;
    r.conversion = input->conversion;
    r.displayed = input->displayed;
    r.input = input->input;
    if (auto st = fillCxrReview(model, *out, *margin, &r); !st)
        return st.error().withFile(model.pack().filePath(QStringLiteral("head.safetensors")));
    r.msTotal = msSince(total);
    progress.step(1.0, Tr::tr("Review done"));
    return r;
}

Result<MarginDecomposition> CxrReview::marginWithout(const CxrReviewResult& result, const std::vector<bool>& keep)
{
    if (keep.size() != result.Ssm.size())
        return Error(ErrorCode::Usage,
                     Tr::tr("what-if: %1 switches for %2 descriptors").arg(keep.size()).arg(result.Ssm.size()));
    // Everything after the group softmax is linear: a switched-off descriptor takes S_sm[k]·W[k,·] out of both
    // logits, so exactly its c_k leaves the margin and nothing else changes.
    std::vector<float> ssm = result.Ssm;
    for (size_t k = 0; k < ssm.size(); ++k)
        if (!keep[k])
            ssm[k] = 0.0f;
    return decomposeMargin(ssm, result.W, result.b);
}

} // namespace descry
