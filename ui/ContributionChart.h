#pragma once

#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceComparison.h"

#include <QSharedPointer>
#include <QStringList>
#include <QVector>

#include <qcustomplot.h>

namespace descry::ui {

// Bar charts of a face comparison: per-component contributions, one group's per-descriptor contributions
// (horizontal, green positive, red negative) or one concept's row of the aggregation matrix W. GUI thread only.
class ContributionChart : public QCustomPlot
{
    Q_OBJECT

public:
    enum class Mode { Empty, Components, GroupDescriptors, AggregationWeights };

    explicit ContributionChart(QWidget* parent = nullptr);

    // Keeps the result and model and shows the components.
    void setResult(QSharedPointer<const FaceComparisonResult> result, QSharedPointer<const FaceModel> model);
    void clear();

    // Σ contribution per FISWG component, largest |value| at the top.
    void showComponents();
    // c_k of every descriptor of one layout group, in layout order. False when the group is unknown.
    bool showGroup(int layoutGroup);
    // Row `conceptIndex` of W (m values, vertical bars by embedding dimension). False without a model or index.
    bool showAggregationWeights(int conceptIndex);

    // What is shown (for tests and tooltips): one label and value per bar, in bar order.
    Mode mode() const { return m_mode; }
    // The comparison charted (the what-if's while one is shown), null when empty.
    QSharedPointer<const FaceComparisonResult> result() const { return m_result; }
    int barCount() const { return int(m_values.size()); }
    QVector<double> values() const { return m_values; }
    QStringList labels() const { return m_labels; }
    // The labels of the bars drawn: the first ones, and "n others" summing the rest when not all fit.
    QStringList shownLabels() const { return m_shownLabels; }
    QString title() const { return m_title; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitTickLabels();
    int barsThatFit() const;
    void draw(); // the bars of m_labels/m_values that fit the height; nothing when that number did not change
    void plot(const QString& title, const QStringList& labels, const QVector<double>& values, bool horizontal);

    QSharedPointer<const FaceComparisonResult> m_result;
    QSharedPointer<const FaceModel> m_model;
    Mode m_mode = Mode::Empty;
    bool m_horizontal = true;
    QStringList m_labels;
    QStringList m_shownLabels;
    int m_drawnBars = -1;
    QVector<double> m_values;
    QString m_title;
    QCPTextElement* m_titleElement = nullptr;
};

} // namespace descry::ui
