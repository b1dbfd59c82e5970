#include "ui/CxrResultsPanel.h"
#include "ui/ThemeColours.h"

#include "ui/CxrChecklistModel.h"
#include "ui/CxrContributionChart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace descry::ui {

namespace {

// The checklist column's editor: a choice of the four states.
class ChecklistDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        for (ChecklistState s :
             {ChecklistState::Unset, ChecklistState::Present, ChecklistState::Absent, ChecklistState::Uncertain})
            box->addItem(checklistStateText(s), int(s));
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(CxrChecklistModel::ChecklistStateRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

QString percent(double p)
{
    return QString::number(100.0 * p, 'f', 1) + QStringLiteral(" %");
}

} // namespace

CxrResultsPanel::CxrResultsPanel(QWidget* parent) : QWidget(parent)
{
    m_model = new CxrChecklistModel(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("cxrNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: black; padding: 4px; }"));
    m_notice->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cxrSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stale = new QLabel(this);
    m_stale->setObjectName(QStringLiteral("cxrStale"));
    m_stale->setWordWrap(true);
    m_stale->setStyleSheet(QStringLiteral("QLabel { background: #f0a020; color: black; padding: 4px; }"));
    m_stale->hide();
    m_whatIf = new QLabel(this);
    m_whatIf->setObjectName(QStringLiteral("cxrWhatIf"));
    m_whatIf->setWordWrap(true);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("cxrChecklist"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(CxrChecklistModel::ReadingColumn, new ChecklistDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CxrChecklistModel::DescriptorColumn, QHeaderView::Stretch);
    for (int c = CxrChecklistModel::ScoreColumn; c < CxrChecklistModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_chartMode = new QComboBox(this);
    m_chartMode->setObjectName(QStringLiteral("cxrChartMode"));
    m_chartMode->addItem(tr("By group"));
    m_chartMode->addItem(tr("By descriptor (largest)"));
    m_chartMode->addItem(tr("Descriptors of the selected group"));
    m_chart = new CxrContributionChart(this);
    m_chart->setObjectName(QStringLiteral("cxrChart"));
    m_sentences = new QLabel(this);
    m_sentences->setObjectName(QStringLiteral("cxrSentences"));
    m_sentences->setWordWrap(true);
    m_sentences->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_modelBox = new QWidget(this);
    auto* modelLayout = new QVBoxLayout(m_modelBox);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(new QLabel(tr("Chart:"), m_modelBox));
    modeRow->addWidget(m_chartMode, 1);
    modelLayout->addWidget(m_sentences, 0); // read first: the chart below may need scrolling
    modelLayout->addLayout(modeRow);
    modelLayout->addWidget(m_chart, 1);

    // The chart grows with its bars (one text line each) rather than overlapping their labels: it scrolls.
    m_modelScroll = new QScrollArea(this);
    m_modelScroll->setWidgetResizable(true);
    m_modelScroll->setFrameShape(QFrame::NoFrame);
    m_modelScroll->setWidget(m_modelBox);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_modelScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_summary);
    layout->addWidget(m_stale);
    layout->addWidget(m_whatIf);
    layout->addWidget(splitter, 1);

    connect(m_model, &CxrChecklistModel::checklistEditRequested, this, &CxrResultsPanel::checklistEditRequested);
    connect(m_model, &CxrChecklistModel::whatIfChanged, this, &CxrResultsPanel::updateWhatIf);
    connect(m_chartMode, &QComboBox::currentIndexChanged, this, &CxrResultsPanel::updateChart);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (m_chartMode->currentIndex() == 2)
            updateChart();
    });
    updateSummary();
    updateVisibility();
}

void CxrResultsPanel::setCatalog(const Catalog& catalog)
{
    m_result.reset();
    m_model->setCatalog(catalog);
    m_tree->expandAll();
    setResult({});
}

void CxrResultsPanel::setResult(QSharedPointer<const CxrReviewResult> result)
{
    m_result = std::move(result);
    m_staleReason.clear();
    m_whatIfMargin.reset();
    m_model->setResult(m_result);
    m_tree->expandAll();
    updateChart();
    updateSummary();
    updateWhatIf();
    updateVisibility();
}

void CxrResultsPanel::setModelOutputVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    m_model->setModelOutputVisible(visible);
    m_tree->expandAll();
    updateChart();
    updateSummary();
    updateWhatIf();
    updateVisibility();
}

void CxrResultsPanel::setChecklist(const CxrChecklist& checklist)
{
    m_model->setChecklist(checklist);
}

void CxrResultsPanel::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void CxrResultsPanel::setStale(const QString& reason)
{
    m_staleReason = m_result ? reason : QString();
    m_stale->setText(m_staleReason.isEmpty() ? QString() : tr("Stale result: %1").arg(m_staleReason));
    updateVisibility();
}

QList<int> CxrResultsPanel::disabledConcepts() const
{
    return m_model->disabledConcepts();
}

void CxrResultsPanel::setDisabledConcepts(const QList<int>& disabled)
{
    m_model->setDisabledConcepts(disabled); // whatIfChanged → updateWhatIf()
}

void CxrResultsPanel::updateVisibility()
{
    const bool shown = m_result && m_visible;
    m_summary->setVisible(shown);
    m_modelScroll->setVisible(shown);
    m_whatIf->setVisible(shown && m_whatIfMargin.has_value());
    m_stale->setVisible(shown && !m_staleReason.isEmpty());
}

void CxrResultsPanel::updateSummary()
{
    if (!m_result || !m_visible) {
        m_summary->clear();
        m_sentences->clear();
        return;
    }
    const CxrReviewResult& r = *m_result;
    QString calibration = tr("threshold %1").arg(QString::number(r.threshold, 'f', 3));
    if (r.hasBand)
        calibration += tr(", indeterminate band %1–%2")
                           .arg(QString::number(r.bandLow, 'f', 3), QString::number(r.bandHigh, 'f', 3));
    QString text = tr("<b>%1</b> — P(effusion) = %2 (%3)")
                       .arg(cxrDecisionText(r.decision).toHtmlEscaped(), percent(r.probability), calibration);
    if (!r.decisionReason.isEmpty())
        text += QStringLiteral("<br>") + r.decisionReason.toHtmlEscaped();
    text += QStringLiteral("<br>") + tr("Margin %1 = Σ contributions %2 + bias %3 (residual %4); pack %5 %6.")
                                         .arg(QString::number(r.margin.margin, 'f', 4))
                                         .arg(QString::number(r.margin.margin - r.margin.biasTerm, 'f', 4))
                                         .arg(QString::number(r.margin.biasTerm, 'f', 4))
                                         .arg(QString::number(r.residual, 'g', 2))
                                         .arg(r.packName.toHtmlEscaped(), r.packVersion.toHtmlEscaped());
    if (!r.windowText.isEmpty())
        text += QStringLiteral("<br>") + tr("Seen at %1.").arg(r.windowText.toHtmlEscaped());
    for (const QString& warning : r.warnings)
        text += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(ThemeColours::tone(ThemeColours::Tone::Negative, palette()).name(QColor::HexRgb),
                         tr("Warning: %1").arg(warning.toHtmlEscaped()));
    m_summary->setText(text);
    m_sentences->setText(r.sentences.join(QLatin1Char(' ')));
}

void CxrResultsPanel::updateWhatIf()
{
    m_whatIfMargin.reset();
    const QList<int> disabled = m_model->disabledConcepts();
    if (m_result && m_visible && !disabled.isEmpty()) {
        Result<MarginDecomposition> without = CxrReview::marginWithout(*m_result, m_model->keep());
        if (without) {
            m_whatIfMargin = *without;
            m_whatIf->setText(tr("What-if with %n descriptor(s) off: P(effusion) = %1 (margin %2) instead of %3 "
                                 "(margin %4).",
                                 nullptr, int(disabled.size()))
                                  .arg(percent(without->probability), QString::number(without->margin, 'f', 4),
                                       percent(m_result->probability),
                                       QString::number(m_result->margin.margin, 'f', 4)));
        } else {
            m_whatIf->setText(without.error().toString());
        }
    }
    updateVisibility();
    if (m_result)
        emit whatIfChanged(disabled, m_whatIfMargin ? m_whatIfMargin->probability : m_result->probability);
}

void CxrResultsPanel::updateChart()
{
    if (!m_result || !m_visible) {
        m_chart->clear();
        return;
    }
    if (m_chart->mode() == CxrContributionChart::Mode::Empty || m_chartResult != m_result)
        m_chart->setResult(m_result);
    m_chartResult = m_result;
    switch (m_chartMode->currentIndex()) {
    case 1:
        m_chart->showTopDescriptors();
        break;
    case 2: {
        QModelIndex current = m_tree->currentIndex();
        if (current.parent().isValid())
            current = current.parent();
        const int group = m_model->catalog().groupIndexOf(current.data(CxrChecklistModel::DescriptorIdRole).toString());
        if (!m_chart->showGroup(group))
            m_chart->showGroupPrompt();
        break;
    }
    default:
        m_chart->showGroups();
    }
}

} // namespace descry::ui
