#include "ui/ContributionChart.h"

#include "ui/ThemeColours.h"

#include <QFontInfo>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace descry::ui {

namespace {

const QColor kPositive(0x2e, 0x9d, 0x4a);
const QColor kNegative(0xd0, 0x3b, 0x3b);

} // namespace

ContributionChart::ContributionChart(QWidget* parent) : QCustomPlot(parent)
{
    setMinimumHeight(100);
    setAccessibleName(tr("Contribution chart"));
    plotLayout()->insertRow(0);
    m_titleElement = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    plotLayout()->addElement(0, 0, m_titleElement);
    ThemeColours::styleChart(*this, palette());
    clear();
}

void ContributionChart::setResult(QSharedPointer<const FaceComparisonResult> result,
                                  QSharedPointer<const FaceModel> model)
{
    m_result = std::move(result);
    m_model = std::move(model);
    if (m_result)
        showComponents();
    else
        clear();
}

void ContributionChart::clear()
{
    m_result.reset();
    m_model.reset();
    m_mode = Mode::Empty;
    plot(QString(), {}, {}, true);
}

void ContributionChart::showComponents()
{
    if (!m_result)
        return;
    QStringList names;
    QVector<double> values;
    for (const ComponentShare& c : m_result->componentShares()) {
        names << c.name;
        values << c.contribution;
    }
    m_mode = Mode::Components;
    plot(tr("Contribution to the score by facial component"), names, values, true);
}

bool ContributionChart::showGroup(int layoutGroup)
{
    if (!m_result)
        return false;
    for (const GroupExplanation& g : m_result->groups) {
        if (g.layoutGroup != layoutGroup)
            continue;
        QList<DescriptorActivation> descriptors = g.probeTop;
        std::sort(descriptors.begin(), descriptors.end(),
                  [](const DescriptorActivation& a, const DescriptorActivation& b) {
                      return a.conceptIndex < b.conceptIndex;
                  });
        QStringList labels;
        QVector<double> values;
        for (const DescriptorActivation& a : descriptors) {
            labels << a.text;
            const size_t k = size_t(a.conceptIndex);
            values << (k < m_result->contributions.size() ? m_result->contributions[k] : 0.0);
        }
        m_mode = Mode::GroupDescriptors;
        plot(tr("%1 – %2 (%3): contribution per descriptor").arg(g.componentName, g.characteristicName, g.source),
             labels, values, true);
        return true;
    }
    return false;
}

bool ContributionChart::showAggregationWeights(int conceptIndex)
{
    if (!m_model || !m_model->parts().head)
        return false;
    const ConceptHead& head = *m_model->parts().head;
    const int n = head.numConcepts();
    const int m = head.config().m;
    if (conceptIndex < 0 || conceptIndex >= n || m <= 0)
        return false;
    const std::vector<float> w = head.aggregationMatrix();
    QStringList labels;
    QVector<double> values;
    for (int j = 0; j < m; ++j) {
        labels << QString::number(j);
        values << double(w[size_t(conceptIndex) * size_t(m) + size_t(j)]);
    }
    QString name = tr("concept %1").arg(conceptIndex);
    const FaceConceptLayout& layout = m_model->layout();
    if (conceptIndex < layout.concepts.size()) {
        const int d = layout.concepts[conceptIndex].descriptor;
        if (d >= 0 && d < m_model->catalog().descriptors().size())
            name = m_model->catalog().descriptors()[d].text;
    }
    m_mode = Mode::AggregationWeights;
    plot(tr("Aggregation weights of \"%1\" (row %2 of W)").arg(name).arg(conceptIndex), labels, values, false);
    return true;
}

void ContributionChart::plot(const QString& title, const QStringList& labels, const QVector<double>& values,
                             bool horizontal)
{
    m_title = title;
    m_labels = labels;
    m_values = values;
    m_horizontal = horizontal;
    m_drawnBars = -1;
    draw();
    // What a screen reader says: the title and every bar, all of them, whatever fits on the screen.
    QStringList bars;
    for (int i = 0; i < int(values.size()); ++i)
        bars << QStringLiteral("%1 %2").arg(labels.value(i), QString::asprintf("%+.4f", values[i]));
    setAccessibleDescription(values.isEmpty() ? tr("No comparison yet")
                                              : title + QStringLiteral(": ") + bars.join(QStringLiteral("; ")));
}

int ContributionChart::barsThatFit() const
{
    // A horizontal bar needs a readable label (a 9-px font); the rest are summed in one bar.
    if (!m_horizontal)
        return int(m_values.size());
    // Title, value axis and margins take about 90 px of the height; a bar with its label needs 13.
    const int room = std::max(2, int((height() - 90.0) / 13.0));
    return std::min(int(m_values.size()), room);
}

void ContributionChart::draw()
{
    const int fit = barsThatFit();
    if (fit == m_drawnBars)
        return;
    m_drawnBars = fit;
    clearPlottables();
    m_titleElement->setText(m_title);
    QStringList labels = m_labels.mid(0, fit);
    QVector<double> values = m_values.mid(0, fit);
    if (fit < int(m_values.size())) {
        // The largest first (the lists are sorted by |contribution|): the last bar holds all the others.
        const int others = int(m_values.size()) - fit + 1;
        double sum = 0;
        for (int i = fit - 1; i < int(m_values.size()); ++i)
            sum += m_values[i];
        labels[fit - 1] = tr("%n other(s)", "", others);
        values[fit - 1] = sum;
    }
    m_shownLabels = labels;

    QCPAxis* keyAxis = m_horizontal ? yAxis : xAxis;
    QCPAxis* valueAxis = m_horizontal ? xAxis : yAxis;
    auto* positive = new QCPBars(keyAxis, valueAxis);
    auto* negative = new QCPBars(keyAxis, valueAxis);
    positive->setPen(Qt::NoPen);
    negative->setPen(Qt::NoPen);
    positive->setBrush(kPositive);
    negative->setBrush(kNegative);
    positive->setWidth(0.7);
    negative->setWidth(0.7);

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int count = int(values.size());
    double lo = 0, hi = 0;
    for (int i = 0; i < count; ++i) {
        // Horizontal charts list the first bar at the top.
        const double key = m_horizontal ? double(count - i) : double(i + 1);
        (values[i] >= 0 ? positive : negative)->addData(key, values[i]);
        lo = std::min(lo, values[i]);
        hi = std::max(hi, values[i]);
        if (m_horizontal || count <= 16 || i % 8 == 0)
            ticker->addTick(key, labels.value(i));
    }
    keyAxis->setTicker(ticker);
    fitTickLabels();
    keyAxis->setSubTicks(false);
    keyAxis->setTickLength(0, 4);
    keyAxis->setRange(0, count + 1);
    valueAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    if (count == 0) {
        // Nothing to show: a plain -1..1 axis without numbers, not a range of 0 to 1e-6.
        valueAxis->setRange(-1, 1);
        valueAxis->setTickLabels(false);
        m_titleElement->setText(tr("No comparison yet"));
    } else {
        valueAxis->setTickLabels(true);
        const double pad = std::max(1e-3, (hi - lo) * 0.08);
        valueAxis->setRange(lo - (lo < 0 ? pad : 0), hi + (hi > 0 ? pad : 0) + (hi == lo ? pad : 0));
    }
    keyAxis->setLabel(QString());
    valueAxis->setLabel(m_mode == Mode::AggregationWeights ? tr("weight") : tr("contribution"));
    if (m_mode == Mode::AggregationWeights)
        keyAxis->setLabel(tr("embedding dimension"));
    replot(QCustomPlot::rpQueuedReplot);
}

void ContributionChart::fitTickLabels()
{
    // Labels of a horizontal chart shrink with the room per bar, never below 9 px (barsThatFit() sums the rest).
    if (!m_horizontal || m_drawnBars <= 0)
        return;
    const double perBar = std::max(1.0, (height() - 90.0) / double(m_drawnBars));
    QFont f = font();
    f.setPixelSize(int(std::clamp(perBar * 0.8, 9.0, double(QFontInfo(font()).pixelSize()))));
    yAxis->setTickLabelFont(f);
}

void ContributionChart::resizeEvent(QResizeEvent* event)
{
    QCustomPlot::resizeEvent(event);
    draw(); // more or fewer bars fit
    fitTickLabels();
}

} // namespace descry::ui
