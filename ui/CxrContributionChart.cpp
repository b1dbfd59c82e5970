#include "ui/CxrContributionChart.h"

#include "ui/ThemeColours.h"

#include <algorithm>
#include <cmath>

namespace descry::ui {

namespace {

// The PDF report's colours (core/cxr/report): red pushes toward effusion, blue toward no effusion.
const QColor kTowardEffusion(0xc6, 0x28, 0x28);
const QColor kTowardNoEffusion(0x15, 0x65, 0xc0);

// Long descriptor texts are elided so that the bars keep their room and labels never run into each other.
QString axisLabel(const QString& text)
{
    constexpr int kMaxChars = 34;
    return text.size() <= kMaxChars ? text : text.left(kMaxChars - 1) + QChar(0x2026);
}

} // namespace

CxrContributionChart::CxrContributionChart(QWidget* parent) : QCustomPlot(parent)
{
    setMinimumHeight(220);
    plotLayout()->insertRow(0);
    m_titleElement = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    plotLayout()->addElement(0, 0, m_titleElement);
    // The legend says what the colours mean, in a row of its own below the bars so that it never covers one.
    legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(2, 0, legend);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    plotLayout()->setRowStretchFactor(2, 0.001);
    ThemeColours::styleChart(*this, palette());
    clear();
}

void CxrContributionChart::setResult(QSharedPointer<const CxrReviewResult> result)
{
    m_result = std::move(result);
    if (m_result)
        showGroups();
    else
        clear();
}

void CxrContributionChart::clear()
{
    m_result.reset();
    m_mode = Mode::Empty;
    plot(QString(), {}, {});
}

void CxrContributionChart::showGroups()
{
    if (!m_result)
        return;
    QStringList labels;
    QVector<double> values;
    for (const CxrGroupResult& g : m_result->groups) { // already by |contribution|
        labels << axisLabel(g.name);
        values << g.contribution;
    }
    m_mode = Mode::Groups;
    plot(tr("Contribution to the effusion margin by descriptor group"), labels, values);
}

bool CxrContributionChart::showGroup(int group)
{
    if (!m_result)
        return false;
    for (const CxrGroupResult& g : m_result->groups) {
        if (g.group != group)
            continue;
        QStringList labels;
        QVector<double> values;
        for (const CxrDescriptorScore& d : g.descriptors) {
            labels << axisLabel(d.text);
            values << d.contribution;
        }
        m_mode = Mode::GroupDescriptors;
        plot(tr("%1: contribution per descriptor").arg(g.name), labels, values);
        return true;
    }
    return false;
}

void CxrContributionChart::showGroupPrompt()
{
    if (!m_result)
        return;
    m_mode = Mode::GroupDescriptors;
    plot(tr("Select a group in the list to see its descriptors"), {}, {});
}

void CxrContributionChart::showTopDescriptors(int count)
{
    if (!m_result)
        return;
    QList<const CxrDescriptorScore*> all;
    for (const CxrGroupResult& g : m_result->groups)
        for (const CxrDescriptorScore& d : g.descriptors)
            all << &d;
    std::stable_sort(all.begin(), all.end(), [](const CxrDescriptorScore* a, const CxrDescriptorScore* b) {
        return std::abs(a->contribution) > std::abs(b->contribution);
    });
    QStringList labels;
    QVector<double> values;
    for (int i = 0; i < std::min<qsizetype>(count, all.size()); ++i) {
        labels << axisLabel(all[i]->text);
        values << all[i]->contribution;
    }
    m_mode = Mode::TopDescriptors;
    plot(tr("The %1 descriptors that move the margin most").arg(values.size()), labels, values);
}

void CxrContributionChart::plot(const QString& title, const QStringList& labels, const QVector<double>& values)
{
    m_title = title;
    m_labels = labels;
    m_values = values;
    clearPlottables();
    m_titleElement->setText(title);

    auto* toward = new QCPBars(yAxis, xAxis);
    auto* against = new QCPBars(yAxis, xAxis);
    m_towardBars = toward;
    m_againstBars = against;
    for (QCPBars* bars : {toward, against}) {
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.7);
    }
    toward->setBrush(kTowardEffusion);
    against->setBrush(kTowardNoEffusion);
    toward->setName(tr("red: toward effusion"));
    against->setName(tr("blue: toward no effusion"));

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int count = int(values.size());
    double lo = 0, hi = 0;
    for (int i = 0; i < count; ++i) {
        const double key = double(count - i); // the first bar at the top
        (values[i] >= 0 ? toward : against)->addData(key, values[i]);
        lo = std::min(lo, values[i]);
        hi = std::max(hi, values[i]);
        ticker->addTick(key, labels.value(i));
    }
    yAxis->setTicker(ticker);
    yAxis->setSubTicks(false);
    yAxis->setTickLength(0, 4);
    yAxis->setRange(0, count + 1);
    xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    const double pad = std::max(1e-6, (hi - lo) * 0.08);
    xAxis->setRange(lo - (lo < 0 ? pad : 0), hi + (hi > 0 ? pad : 0) + (hi == lo ? pad : 0));
    // Short enough not to be clipped in a narrow panel; the colours are said in the legend.
    xAxis->setLabel(count ? tr("contribution to the margin") : QString());
    legend->setVisible(count > 0);
    // One bar needs about one line of text: a chart with more bars than that grows rather than overlapping.
    const int lineHeight = QFontMetrics(yAxis->tickLabelFont()).height();
    setMinimumHeight(std::max(220, (count + 1) * (lineHeight + 4) + 80));
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace descry::ui
