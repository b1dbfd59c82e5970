#include "core/common/Tr.h"
#include "core/cxr/report/detail/CxrReportSections.h"
#include "core/face/report/detail/FaceReportSections.h"
#include "core/report/ReportBarChart.h"
#include "core/report/ReportTable.h"

#include <algorithm>
#include <cmath>
#include <numeric>

// The model's findings: descriptors judged present, contributions with the exact decomposition, and the
// radiologist's checklist beside the model's reading.
namespace descry::detail::cxr_report {

using face_report::number;
using face_report::signedNumber;

namespace {

QColor signColour(double v)
{
    return v > 0 ? towardEffusionColour() : v < 0 ? towardNoEffusionColour() : ReportPainter::textColor();
}

QString unbroken(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(0x00A0));
}

QString groupName(const Catalog& catalog, const CxrReviewResult& review, const QString& descriptorId)
{
    const int index = catalog.indexOf(descriptorId);
    if (index < 0) {
        for (const CxrGroupResult& g : review.groups)
            for (const CxrDescriptorScore& d : g.descriptors)
                if (d.id == descriptorId)
                    return g.name;
        return QString();
    }
    const int group = catalog.descriptors().at(index).group;
    return group >= 0 && group < catalog.groups().size() ? catalog.groups().at(group).name : QString();
}

double sumOfContributions(const CxrReviewResult& r)
{
    if (!r.margin.contributions.empty())
        return std::accumulate(r.margin.contributions.begin(), r.margin.contributions.end(), 0.0);
    double sum = 0;
    for (const CxrGroupResult& g : r.groups)
        sum += g.contribution;
    return sum;
}

} // namespace

void presentDescriptors(ReportPainter& rp, const CxrReportInput& input, Sections& sections)
{
    const CxrReviewResult& r = *input.review;
    rp.heading(sections.title(Tr::tr("Descriptors judged present")), 40);
    const ModelReading model = modelReading(r);
    if (r.presentIds.isEmpty()) {
        rp.paragraph(Tr::tr("No abnormal descriptor was judged present: in every group the most activated descriptor "
                            "is the normal one."),
                     ReportPainter::Font::Body, ReportPainter::mutedColor());
    } else {
        rp.paragraph(Tr::tr("A descriptor is judged present when it is the most activated of its group and not the "
                            "group's normal grade. Its evidence is its score within the group (0 to 1, after the group "
                            "softmax), the image–text cosine it comes from, and its contribution to the margin "
                            "(positive: toward effusion)."),
                     ReportPainter::Font::Small, ReportPainter::mutedColor());
        ReportTable table;
        table.columns = {{Tr::tr("Descriptor"), 2.2},
                         {Tr::tr("Group"), 1.3},
                         {Tr::tr("Score"), 0, Qt::AlignRight},
                         {Tr::tr("Cosine"), 0, Qt::AlignRight},
                         {Tr::tr("Contribution"), 0, Qt::AlignRight},
                         {Tr::tr("Radiologist"), 0.9}};
        for (const QString& id : r.presentIds) {
            const CxrDescriptorScore d = model.scores.value(id);
            const ChecklistState s = input.checklist.value(id, ChecklistState::Unset);
            const Agreement a = agreement(s, true);
            table.rows.append(
                {ReportTable::Cell(d.text.isEmpty() ? id : d.text, ReportPainter::textColor(), true),
                 groupName(input.catalog, r, id), number(d.score, 3), number(d.raw, 3),
                 ReportTable::Cell(signedNumber(d.contribution, 4), signColour(d.contribution), true),
                 ReportTable::Cell(checklistStateText(s), agreementColour(a), a == Agreement::Disagrees)});
        }
        table.paint(rp);
    }
    rp.subheading(Tr::tr("Explanation"));
    if (r.sentences.isEmpty())
        rp.paragraph(Tr::tr("No explanation was produced for this radiograph."), ReportPainter::Font::Body,
                     ReportPainter::mutedColor());
    else
        rp.bullets(r.sentences);
}

namespace {

void decomposition(ReportPainter& rp, const CxrReviewResult& r)
{
    const double sum = sumOfContributions(r);
    rp.subheading(Tr::tr("Exact decomposition of the margin"), 25);
    rp.paragraph(Tr::tr("The head's logits are l = S_sm·W + b, with class 1 pleural effusion. The margin Δ = l₁ − l₀ "
                        "splits exactly into one contribution per descriptor, c_k = S_sm[k]·(W[k,1] − W[k,0]), plus "
                        "the bias term b₁ − b₀, and P(effusion) = 1 / (1 + exp(−Δ))."),
                 ReportPainter::Font::Small, ReportPainter::mutedColor());
    ReportTable table;
    table.showHeader = false;
    table.firstColumnMuted = true;
    table.columns = {{QString(), 1.6}, {QString(), 1, Qt::AlignRight}, {QString(), 2.2}};
    table.rows = {
        {Tr::tr("Σ contributions"), signedNumber(sum, 6), QString()},
        {Tr::tr("Bias term b₁ − b₀"), signedNumber(r.margin.biasTerm, 6), QString()},
        {Tr::tr("Margin Δ = l₁ − l₀"),
         ReportTable::Cell(signedNumber(r.margin.margin, 6), ReportPainter::textColor(), true),
         Tr::tr("logits l₀ = %1, l₁ = %2").arg(number(r.margin.logit0, 6), number(r.margin.logit1, 6))},
        {Tr::tr("Head's own forward pass"), signedNumber(r.headMargin, 6), Tr::tr("computed independently of c_k")},
        {Tr::tr("Residual"), QString::number(r.residual, 'g', 3),
         Tr::tr("forward pass − Σ contributions − bias term; must be close to zero")},
        {Tr::tr("P(effusion)"), number(r.probability, 6), QString()},
    };
    table.keepTogether = true;
    table.paint(rp);
    if (!(std::abs(r.residual) <= kCxrResidualTolerance))
        rp.paragraph(Tr::tr("Warning: the residual exceeds %1; the contributions do not fully account for the "
                            "model's margin.")
                         .arg(kCxrResidualTolerance),
                     ReportPainter::Font::BodyBold, decisionColour(CxrDecision::Effusion));
}

} // namespace

void contributions(ReportPainter& rp, const CxrReviewResult& r, Sections& sections)
{
    rp.heading(sections.title(Tr::tr("Contributions to the decision")), 60);
    if (r.groups.isEmpty()) {
        rp.paragraph(Tr::tr("No descriptor groups were recorded."), ReportPainter::Font::Body,
                     ReportPainter::mutedColor());
        decomposition(rp, r);
        return;
    }
    rp.paragraph(Tr::tr("Bars to the right (red) moved the margin toward pleural effusion, bars to the left (blue) "
                        "toward no effusion."),
                 ReportPainter::Font::Small, ReportPainter::mutedColor());
    rp.subheading(Tr::tr("Per group"), 40);
    ReportBarChart groups;
    for (const CxrGroupResult& g : r.groups)
        groups.bars.append({g.name.isEmpty() ? g.id : g.name, g.contribution, signColour(g.contribution)});
    groups.decimals = 3;
    groups.axisTitle = Tr::tr("Contribution to the margin Δ (logit units)");
    groups.paint(rp);

    QList<CxrDescriptorScore> all;
    for (const CxrGroupResult& g : r.groups)
        all += g.descriptors;
    std::stable_sort(all.begin(), all.end(), [](const CxrDescriptorScore& a, const CxrDescriptorScore& b) {
        return std::abs(a.contribution) > std::abs(b.contribution);
    });
    const int shown = std::min<int>(kTopDescriptors, int(all.size()));
    rp.subheading(shown < all.size() ? Tr::tr("Per descriptor: the %1 largest of %2").arg(shown).arg(all.size())
                                     : Tr::tr("Per descriptor"),
                  40);
    ReportBarChart descriptors;
    for (int i = 0; i < shown; ++i)
        descriptors.bars.append(
            {all[i].text.isEmpty() ? all[i].id : all[i].text, all[i].contribution, signColour(all[i].contribution)});
    descriptors.decimals = 3;
    descriptors.axisTitle = groups.axisTitle;
    descriptors.paint(rp);
    decomposition(rp, r);
}

namespace {

// Why the two readings differ, one line per disagreement, for the paragraph above the table.
QStringList disagreements(const CxrReportInput& input, const ModelReading& model)
{
    QStringList lines;
    for (const ChecklistItem& d : checklistItems(input)) {
        const ChecklistState s = input.checklist.value(d.id, ChecklistState::Unset);
        if (agreement(s, model.top.contains(d.id)) != Agreement::Disagrees)
            continue;
        lines << (s == ChecklistState::Present
                      ? Tr::tr("%1: the radiologist reads it as present, the model does not").arg(d.text)
                      : Tr::tr("%1: the model reads it as present, the radiologist as absent").arg(d.text));
    }
    return lines;
}

} // namespace

void checklist(ReportPainter& rp, const CxrReportInput& input, Sections& sections)
{
    const bool withModel = input.review.has_value();
    rp.heading(sections.title(withModel ? Tr::tr("Radiologist's checklist beside the model's reading")
                                        : Tr::tr("Radiologist's checklist")),
               40);
    const ModelReading model = withModel ? modelReading(*input.review) : ModelReading();
    if (withModel) {
        rp.paragraph(Tr::tr("The model reads a descriptor as present when it is the most activated of its group (for "
                            "a normal grade: the model reads the group as normal). Score: within the group, 0 to 1."),
                     ReportPainter::Font::Small, ReportPainter::mutedColor());
        const QStringList differ = disagreements(input, model);
        if (!differ.isEmpty()) {
            rp.paragraph(Tr::tr("The readings disagree on %n descriptor(s):", nullptr, int(differ.size())),
                         ReportPainter::Font::BodyBold, agreementColour(Agreement::Disagrees));
            rp.bullets(differ, ReportPainter::Font::Small, agreementColour(Agreement::Disagrees));
        }
    }
    ReportTable table;
    table.columns = {{Tr::tr("Group"), 1.2}, {Tr::tr("Descriptor"), 2.2}};
    if (withModel)
        table.columns += {{Tr::tr("Score"), 0, Qt::AlignRight}, {Tr::tr("Model"), 0}};
    table.columns += {{Tr::tr("Radiologist"), 0}};
    if (withModel)
        table.columns += {{Tr::tr("Agreement"), 0.9}};
    const QList<ChecklistItem> items = checklistItems(input);
    if (items.isEmpty()) {
        rp.paragraph(Tr::tr("No descriptor catalog was given: there is no checklist to show."),
                     ReportPainter::Font::Body, ReportPainter::mutedColor());
        return;
    }
    for (const ChecklistItem& d : items) {
        const ChecklistState s = input.checklist.value(d.id, ChecklistState::Unset);
        QList<ReportTable::Cell> row{d.firstOfGroup ? ReportTable::Cell(d.groupName, ReportPainter::textColor(), true)
                                                    : ReportTable::Cell(),
                                     d.text};
        // One line per state ("Not assessed" unbroken) keeps the long table compact.
        const ReportTable::Cell reading(unbroken(checklistStateText(s)),
                                        s == ChecklistState::Unset ? ReportPainter::mutedColor()
                                                                   : ReportPainter::textColor(),
                                        s == ChecklistState::Present);
        if (withModel) {
            const bool present = model.top.contains(d.id);
            const Agreement a = agreement(s, present);
            row << (model.scores.contains(d.id) ? number(model.scores.value(d.id).score, 2) : QStringLiteral("—"))
                << ReportTable::Cell(present ? Tr::tr("Present") : Tr::tr("Absent"),
                                     present ? ReportPainter::textColor() : ReportPainter::mutedColor(), present)
                << reading << ReportTable::Cell(agreementText(a), agreementColour(a), a == Agreement::Disagrees);
        } else {
            row << reading;
        }
        table.rows.append(row);
    }
    table.paint(rp);
}

} // namespace descry::detail::cxr_report
