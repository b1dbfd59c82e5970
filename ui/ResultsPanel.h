#pragma once

#include "core/face/FaceModel.h"
#include "core/face/pipeline/ComponentExclusion.h"
#include "core/face/pipeline/FaceComparison.h"

#include <QPair>
#include <QSharedPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace descry::ui {

class ContributionChart;
class DescriptorTreeModel;

// Shows one explained face comparison: decision with score, threshold and calibration, the baseline's verdict,
// the descriptor tree with what-if check boxes, the contribution chart and the explanation sentences.
// GUI thread only; what-if scores are recomputed synchronously (FaceComparison::scoreWithout is instant).
class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(QWidget* parent = nullptr);

    void setResult(QSharedPointer<const FaceComparisonResult> result, QSharedPointer<const FaceModel> model);
    void clear();

    QSharedPointer<const FaceComparisonResult> result() const { return m_result; }
    // The comparison the panel shows now: result(), or while a what-if is modified that result with the switched-off
    // descriptors removed (applyWhatIfMask) — what the tree, chart, explanation and an exported report follow.
    QSharedPointer<const FaceComparisonResult> shownResult() const { return m_shown ? m_shown : m_result; }
    // The score and decision shown now: the original ones, or the what-if ones while the mask is modified.
    double currentScore() const { return m_currentScore; }
    Decision currentDecision() const { return m_currentDecision; }
    bool isModified() const { return m_modified; }

    DescriptorTreeModel* treeModel() const { return m_treeModel; }
    QTreeView* treeView() const { return m_tree; }
    ContributionChart* chart() const { return m_chart; }
    // The details pane under the tree: the definition of the selected row and what its source measures.
    QString definitionText() const;
    QLabel* sentencesLabel() const { return m_sentences; } // the explanation (under the tree or in a side tab)
    // The chart and the explanation, as two tabs under the tree.
    QTabWidget* lowerTabs() const { return m_lowerTabs; }
    // The chart and the explanation, with their tab labels: under the tree (inline) or handed to the owner's tab
    // widget (the detailed layout shows them beside the tree, which then keeps the panel's whole height).
    QList<QPair<QWidget*, QString>> lowerPages() const;
    void setLowerTabsInline(bool inlineTabs);
    QPushButton* resetButton() const { return m_reset; }
    // What-if line: the removed characteristics' share of the score beside the re-normalised score without them,
    // and the sentence that says why they differ; hidden while nothing is switched off.
    QLabel* whatIfExplanation() const { return m_whatIfExplanation; }
    // The what-if now shown (nullopt while nothing is switched off).
    const std::optional<WhatIf>& currentWhatIf() const { return m_currentWhatIf; }

    // What the what-if switches off, in the units unchecked ("Mouth, Nose width (measured) and 2 descriptors");
    // empty while nothing is.
    QString removedText() const;
    // The what-if mask as concept indices switched off, ascending (what a case records).
    QList<int> disabledConcepts() const;
    // Switches exactly these concepts off (e.g. a what-if saved in a case) and shows the what-if score; indices
    // outside the result's concepts are ignored. False, with nothing changed, without a result.
    bool setDisabledConcepts(const QList<int>& conceptIndices);

public slots:
    // Checks every descriptor again and shows the original score.
    void resetWhatIf();

signals:
    // After every mask change (and after reset): the score now shown, and whether it is a what-if score.
    void whatIfChanged(double score, bool modified);

private:
    // The tree with the legend of the two concept sources and the definition pane under it.
    QWidget* buildTreeBox();
    void recompute();
    void showDecision();
    // Tree contributions, chart and sentences of `shown` (the result or its what-if).
    void showExplanation(const QSharedPointer<const FaceComparisonResult>& shown);
    void onCurrentRowChanged(const QModelIndex& current);
    // "Mouth", "Mouth and Eyes", "Mouth and 2 descriptors": what the unchecked boxes remove.
    QString removedLabel(const std::vector<bool>& keep) const;

    QSharedPointer<const FaceComparisonResult> m_result;
    QSharedPointer<const FaceModel> m_model;
    QSharedPointer<const FaceComparisonResult> m_shown; // the what-if result while modified, else null
    double m_currentScore = 0;
    Decision m_currentDecision = Decision::Inconclusive;
    bool m_modified = false;

    QLabel* m_decision = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_calibration = nullptr;
    QLabel* m_likelihoodRatio = nullptr; // the score-based LR and its verbal equivalent, beside the decision
    QLabel* m_baseline = nullptr;
    QLabel* m_disagrees = nullptr;
    QLabel* m_whatIf = nullptr;
    QLabel* m_whatIfExplanation = nullptr;
    std::optional<WhatIf> m_currentWhatIf;
    QPushButton* m_reset = nullptr;
    QTreeView* m_tree = nullptr;
    DescriptorTreeModel* m_treeModel = nullptr;
    ContributionChart* m_chart = nullptr;
    QLabel* m_sentences = nullptr;
    QPlainTextEdit* m_definition = nullptr; // read-only: three whole lines, scrolls for more
    QWidget* m_explanationPage = nullptr;
    QTabWidget* m_lowerTabs = nullptr; // chart | explanation // the selected row's definition and source
};

} // namespace descry::ui
