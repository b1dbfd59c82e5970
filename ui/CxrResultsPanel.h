#pragma once

#include "core/casefile/CxrChecklist.h"
#include "core/cxr/pipeline/CxrReview.h"
#include "core/descriptors/Catalog.h"

#include <QSharedPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QScrollArea;
class QTreeView;

namespace descry::ui {

class CxrChecklistModel;
class CxrContributionChart;

// The chest X-ray results and checklist: probability, decision and calibration note of the review shown, the
// descriptors by group with the model's scores and the radiologist's checklist beside them, the contribution
// chart, the explanation sentences and the what-if (descriptors or groups switched off, margin recomputed exactly
// with CxrReview::marginWithout). Without a review, or while blind review hides it, only the checklist is shown.
// A view: the workspace feeds it and applies the checklist edits it asks for. GUI thread only.
class CxrResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CxrResultsPanel(QWidget* parent = nullptr);

    CxrChecklistModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    CxrContributionChart* chart() const { return m_chart; }
    QComboBox* chartModeBox() const { return m_chartMode; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* whatIfLabel() const { return m_whatIf; }
    QLabel* sentencesLabel() const { return m_sentences; }
    QLabel* noticeLabel() const { return m_notice; }
    QLabel* staleLabel() const { return m_stale; }

    void setCatalog(const Catalog& catalog);
    // The review shown (null: none). Its what-if is reset.
    void setResult(QSharedPointer<const CxrReviewResult> result);
    QSharedPointer<const CxrReviewResult> result() const { return m_result; }
    // Blind review: nothing of the model's output is shown (the checklist stays).
    void setModelOutputVisible(bool visible);
    bool modelOutputVisible() const { return m_visible; }
    void setChecklist(const CxrChecklist& checklist);
    // One line above the checklist (no pack installed, blind review, …); empty hides it.
    void setNotice(const QString& text);
    // The image or its window changed since the review: the result is marked stale with `reason` (empty: fresh).
    void setStale(const QString& reason);
    bool isStale() const { return !m_staleReason.isEmpty(); }

    // What-if: concept indices switched off, and the margin without them (nullopt when nothing is off).
    QList<int> disabledConcepts() const;
    void setDisabledConcepts(const QList<int>& disabled);
    const std::optional<MarginDecomposition>& whatIfMargin() const { return m_whatIfMargin; }

signals:
    void checklistEditRequested(const QString& descriptorId, descry::ChecklistState state);
    // The what-if changed: `disabled` concepts off, `probability` the new P(effusion) (the original when none).
    void whatIfChanged(const QList<int>& disabled, double probability);

private:
    void updateSummary();
    void updateWhatIf();
    void updateChart();
    void updateVisibility();

    CxrChecklistModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    CxrContributionChart* m_chart = nullptr;
    QComboBox* m_chartMode = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_stale = nullptr;
    QLabel* m_whatIf = nullptr;
    QLabel* m_sentences = nullptr;
    QWidget* m_modelBox = nullptr; // the chart and the sentences
    QScrollArea* m_modelScroll = nullptr;
    QSharedPointer<const CxrReviewResult> m_result;
    QSharedPointer<const CxrReviewResult> m_chartResult; // the result the chart holds
    bool m_visible = true;
    QString m_staleReason;
    std::optional<MarginDecomposition> m_whatIfMargin;
};

} // namespace descry::ui
