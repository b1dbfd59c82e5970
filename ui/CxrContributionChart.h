#pragma once

#include "core/cxr/pipeline/CxrReview.h"

#include <QSharedPointer>
#include <QStringList>
#include <QVector>

#include <qcustomplot.h>

namespace descry::ui {

// Bar charts of a chest X-ray review's exact margin decomposition: Σ c_k per descriptor group, or c_k of the
// descriptors (of one group, or the largest overall); horizontal, red toward effusion, blue toward no effusion (as in
// the PDF report), with a legend saying so. GUI thread only.
class CxrContributionChart : public QCustomPlot
{
    Q_OBJECT

public:
    enum class Mode { Empty, Groups, GroupDescriptors, TopDescriptors };

    explicit CxrContributionChart(QWidget* parent = nullptr);

    // Keeps the result and shows the groups (null: clear).
    void setResult(QSharedPointer<const CxrReviewResult> result);
    void clear();

    // Σ contribution per group, largest |value| at the top.
    void showGroups();
    // c_k of every descriptor of one group (index into Catalog::groups()); false when the group is unknown.
    bool showGroup(int group);
    // No group chosen yet: no bars, a title asking for one (mode GroupDescriptors).
    void showGroupPrompt();
    // The `count` descriptors with the largest |c_k|.
    void showTopDescriptors(int count = 12);

    Mode mode() const { return m_mode; }
    int barCount() const { return int(m_values.size()); }
    QVector<double> values() const { return m_values; }
    QStringList labels() const { return m_labels; }
    QString title() const { return m_title; }
    // The bars of positive (toward effusion) and negative (toward no effusion) contributions.
    const QCPBars* towardBars() const { return m_towardBars; }
    const QCPBars* againstBars() const { return m_againstBars; }

private:
    void plot(const QString& title, const QStringList& labels, const QVector<double>& values);

    QSharedPointer<const CxrReviewResult> m_result;
    Mode m_mode = Mode::Empty;
    QStringList m_labels;
    QVector<double> m_values;
    QString m_title;
    QCPTextElement* m_titleElement = nullptr;
    QCPBars* m_towardBars = nullptr;
    QCPBars* m_againstBars = nullptr;
};

} // namespace descry::ui
