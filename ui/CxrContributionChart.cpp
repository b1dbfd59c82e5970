#include "ui/CxrContributionChart.h"

#include <algorithm>
#include <cmath>

namespace descry::ui {

namespace {

const QColor kTowardEffusion(0x2e, 0x9d, 0x4a);
const QColor kAgainst(0xd0, 0x3b, 0x3b);

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
    for (QCPBars* bars : {toward, against}) {
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.7);
    }
    toward->setBrush(kTowardEffusion);
    against->setBrush(kAgainst);
    toward->setName(tr("toward effusion"));
    against->setName(tr("against effusion"));

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
    xAxis->setLabel(count ? tr("contribution to the logit margin (effusion − no effusion)") : QString());
    // One bar needs about one line of text: a chart with more bars than that grows rather than overlapping.
    const int lineHeight = QFontMetrics(yAxis->tickLabelFont()).height();
    setMinimumHeight(std::max(220, (count + 1) * (lineHeight + 4) + 80));
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace descry::ui
