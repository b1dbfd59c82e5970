#include "ui/ResultsPanel.h"
#include "ui/ThemeColours.h"

#include "core/face/FaceConcepts.h"
#include "core/face/pipeline/FaceExplanation.h"

#include "ui/ContributionChart.h"
#include "ui/DescriptorTreeModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace descry::ui {

namespace {

QString operatingPointText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << QStringLiteral("%1=%2").arg(
                it.key(), it.value().isDouble() ? QString::number(it.value().toDouble()) : it.value().toString());
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

} // namespace

QWidget* ResultsPanel::buildTreeBox()
{
    // The two concept sources, one sentence each, and the definition of the row selected.
    auto* legend = new QHBoxLayout;
    legend->setContentsMargins(0, 0, 0, 0);
    for (const char* source : {"measured", "appearance"}) {
        const QString id = QLatin1String(source);
        auto* icon = new QLabel(this);
        icon->setPixmap(DescriptorTreeModel::sourceIcon(id).pixmap(16, 16));
        auto* text = new QLabel(conceptSourceLabel(id), this);
        const QString sentence = DescriptorTreeModel::sourceSentence(id);
        icon->setToolTip(sentence);
        text->setToolTip(sentence);
        text->setAccessibleDescription(sentence);
        legend->addWidget(icon);
        legend->addWidget(text);
        legend->addSpacing(12);
    }
    legend->addStretch();
    m_definition = new QPlainTextEdit(this);
    m_definition->setObjectName(QStringLiteral("definition"));
    m_definition->setReadOnly(true);
    m_definition->setAccessibleName(tr("Definition"));
    m_definition->setFrameShape(QFrame::NoFrame);
    m_definition->viewport()->setBackgroundRole(QPalette::Window);
    m_definition->viewport()->setAutoFillBackground(false);
    // Exactly three whole lines (a label clipped the third); a longer definition scrolls.
    m_definition->document()->setDocumentMargin(2);
    m_definition->setFixedHeight(m_definition->fontMetrics().lineSpacing() * 3 + 4 + 2 * m_definition->frameWidth());
    m_definition->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_definition->setPlainText(tr("Select a row for its definition. %1 %2")
                                   .arg(DescriptorTreeModel::sourceSentence(QStringLiteral("measured")),
                                        DescriptorTreeModel::sourceSentence(QStringLiteral("appearance"))));
    auto* treeBox = new QWidget(this);
    auto* treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->setSpacing(2);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addLayout(legend);
    treeLayout->addWidget(m_definition);
    return treeBox;
}

ResultsPanel::ResultsPanel(QWidget* parent) : QWidget(parent)
{
    m_decision = new QLabel(this);
    m_decision->setObjectName(QStringLiteral("decision"));
    QFont big = m_decision->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_decision->setFont(big);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("score"));
    // Long texts wrap instead of widening the window (a label's minimum width is its text's without wrapping).
    m_score->setWordWrap(true);
    m_calibration = new QLabel(this);
    m_calibration->setObjectName(QStringLiteral("calibration"));
    m_calibration->setWordWrap(true);
    m_likelihoodRatio = new QLabel(this);
    m_likelihoodRatio->setObjectName(QStringLiteral("likelihoodRatio"));
    m_likelihoodRatio->setWordWrap(true);
    m_likelihoodRatio->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_baseline = new QLabel(this);
    m_baseline->setObjectName(QStringLiteral("baseline"));
    m_baseline->setWordWrap(true);
    // The summary above the tree takes a bounded height whatever the texts: each line is clipped at whole lines
    // (top-aligned) and whole in its tooltip, so that the tree keeps its rows.
    const auto bound = [](QLabel* label, int lines) {
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        const QFontMetrics metrics = label->fontMetrics();
        label->setMaximumHeight(metrics.lineSpacing() * (lines - 1) + metrics.height()); // no sliver of the next
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    };
    bound(m_score, 2);
    bound(m_calibration, 1);
    bound(m_likelihoodRatio, 2);
    bound(m_baseline, 2);
    m_disagrees = new QLabel(tr("disagrees"), this);
    m_disagrees->setObjectName(QStringLiteral("disagrees"));
    m_disagrees->setStyleSheet(QStringLiteral("QLabel { background: #f0a020; color: black; padding: 2px 6px; "
                                              "border-radius: 3px; font-weight: bold; }"));
    m_disagrees->setToolTip(tr("The black-box baseline (plain embedding similarity) reaches the opposite decision"));
    m_whatIf = new QLabel(tr("modified (what-if)"), this);
    m_whatIf->setObjectName(QStringLiteral("whatIf"));
    m_whatIf->setStyleSheet(
        ThemeColours::labelStyle(ThemeColours::Tone::Info, palette(), QStringLiteral("font-weight: bold; ")));
    m_whatIfExplanation = new QLabel(this);
    m_whatIfExplanation->setObjectName(QStringLiteral("whatIfExplanation"));
    m_whatIfExplanation->setWordWrap(true);
    m_whatIfExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whatIfExplanation->setStyleSheet(ThemeColours::labelStyle(ThemeColours::Tone::Info, palette()));
    // At most three lines; the whole text in its tooltip.
    m_whatIfExplanation->setMaximumHeight(m_whatIfExplanation->fontMetrics().lineSpacing() * 3 + 2);
    m_whatIfExplanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_whatIfExplanation->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    m_reset = new QPushButton(tr("Reset"), this);
    m_reset->setObjectName(QStringLiteral("resetWhatIf"));
    m_reset->setToolTip(tr("Check every descriptor again and show the original score"));

    // Decision block on the left, the baseline's verdict beside it.
    auto* decisionBox = new QVBoxLayout;
    auto* decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_decision);
    decisionRow->addWidget(m_whatIf);
    decisionRow->addWidget(m_reset);
    decisionRow->addStretch();
    decisionBox->addLayout(decisionRow);
    decisionBox->addWidget(m_score);
    decisionBox->addWidget(m_calibration);
    decisionBox->addWidget(m_likelihoodRatio);
    auto* baselineBox = new QVBoxLayout;
    baselineBox->addWidget(m_baseline);
    baselineBox->addWidget(m_disagrees, 0, Qt::AlignLeft);
    baselineBox->addStretch();
    auto* top = new QHBoxLayout;
    top->addLayout(decisionBox, 3);
    top->addSpacing(24);
    top->addLayout(baselineBox, 2);

    m_treeModel = new DescriptorTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_treeModel);
    m_tree->setAccessibleName(tr("Descriptors"));
    m_tree->setAccessibleDescription(tr("FISWG components, their characteristics and descriptors with the probe's "
                                        "and reference's values and each one's contribution; Space switches one "
                                        "off for a what-if"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(DescriptorTreeModel::DescriptorColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_chart = new ContributionChart(this);
    m_sentences = new QLabel(this);
    m_sentences->setObjectName(QStringLiteral("sentences"));
    m_sentences->setWordWrap(true);
    m_sentences->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentences->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* sentencesScroll = new QScrollArea(this);
    sentencesScroll->setWidgetResizable(true);
    sentencesScroll->setWidget(m_sentences);
    m_explanationPage = sentencesScroll;

    QWidget* treeBox = buildTreeBox();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("resultsSplitter"));
    // Chart and explanation share the lower part as tabs, so that the tree keeps at least 12 rows at 1366×768.
    m_lowerTabs = new QTabWidget(this);
    m_lowerTabs->setObjectName(QStringLiteral("chartTabs"));
    setLowerTabsInline(true);
    splitter->addWidget(treeBox);
    splitter->addWidget(m_lowerTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({390, 260}); // the tree first (at least 12 rows at 1366×768), the chart readable

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_whatIfExplanation); // the whole width, so that the tree keeps its rows
    layout->addWidget(splitter, 1);

    connect(m_treeModel, &DescriptorTreeModel::maskChanged, this, &ResultsPanel::recompute);
    connect(m_reset, &QPushButton::clicked, this, &ResultsPanel::resetWhatIf);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current, const QModelIndex&) { onCurrentRowChanged(current); });
    clear();
}

void ResultsPanel::setResult(QSharedPointer<const FaceComparisonResult> result, QSharedPointer<const FaceModel> model)
{
    if (!result) {
        clear();
        return;
    }
    m_result = std::move(result);
    m_model = std::move(model);
    m_treeModel->setResult(m_result, m_model);
    m_tree->expandToDepth(0);
    // The value columns as narrow as their numbers, so that the descriptor names keep the width.
    for (int column : {int(DescriptorTreeModel::SourceColumn), int(DescriptorTreeModel::ProbeColumn),
                       int(DescriptorTreeModel::ReferenceColumn), int(DescriptorTreeModel::ContributionColumn)})
        m_tree->resizeColumnToContents(column);
    m_chart->setResult(m_result, m_model);
    m_currentScore = m_result->score;
    m_currentDecision = m_result->decision;
    m_modified = false;

    const FaceComparisonResult& r = *m_result;
    QString calibration;
    if (m_model && m_model->pack().manifest().calibration.present) {
        const Calibration& c = m_model->pack().manifest().calibration;
        calibration = tr("Threshold calibrated for: %1").arg(operatingPointText(c.operatingPoint));
        if (!c.dataset.isEmpty())
            calibration += QLatin1Char(' ') + tr("(on %1)").arg(c.dataset);
    } else {
        calibration = tr("No calibration recorded in the pack");
    }
    m_calibration->setText(calibration);
    m_calibration->setToolTip(calibration);
    const LikelihoodRatioResult& lr = r.likelihoodRatio;
    if (lr.available) {
        QString text = tr("LR %1 — %2 (ENFSI 2015 scale)").arg(formatLr(lr.lr), lr.verbal);
        if (!lr.calibrated)
            text += QLatin1Char('\n') +
                    tr("Not calibrated for this kind of photo: %1").arg(lr.reasonsOutside.join(QStringLiteral("; ")));
        m_likelihoodRatio->setText(text);
        m_likelihoodRatio->setAccessibleDescription(text);
        m_likelihoodRatio->setStyleSheet(
            lr.calibrated ? QString() : ThemeColours::labelStyle(ThemeColours::Tone::Warning, palette()));
        m_likelihoodRatio->setToolTip(
            tr("Score-based likelihood ratio, %1 calibration on %2 (Cllr %3); verbal scale: %4")
                .arg(lr.method, lr.dataset)
                .arg(lr.cllr, 0, 'f', 3)
                .arg(lr.scale));
    } else {
        m_likelihoodRatio->setText(tr("No likelihood ratio: %1").arg(lr.unavailableReason));
        m_likelihoodRatio->setStyleSheet(QString());
        m_likelihoodRatio->setToolTip(QString());
    }
    m_baseline->setText(tr("Baseline (%1 cosine): %2 vs threshold %3 → %4")
                            .arg(baselineEncoderName(r.baselineEncoder))
                            .arg(r.baselineScore, 0, 'f', 3)
                            .arg(r.baselineThreshold, 0, 'f', 3)
                            .arg(decisionLabel(r.baselineDecision)));
    m_baseline->setToolTip(m_baseline->text());
    m_disagrees->setVisible(r.baselineDisagrees());
    m_shown.reset();
    showExplanation(m_result);
    showDecision();
}

void ResultsPanel::clear()
{
    m_result.reset();
    m_model.reset();
    m_shown.reset();
    m_treeModel->clear();
    m_chart->clear();
    m_currentScore = 0;
    m_currentDecision = Decision::Inconclusive;
    m_modified = false;
    m_decision->setText(tr("No comparison yet"));
    m_decision->setStyleSheet(QString());
    m_score->clear();
    m_calibration->clear();
    m_likelihoodRatio->clear();
    m_baseline->clear();
    m_disagrees->setVisible(false);
    m_whatIf->setVisible(false);
    m_whatIfExplanation->clear();
    m_whatIfExplanation->setVisible(false);
    m_currentWhatIf.reset();
    m_reset->setEnabled(false);
    m_sentences->clear();
}

void ResultsPanel::resetWhatIf()
{
    if (!m_result)
        return;
    if (m_treeModel->isMaskModified()) {
        m_treeModel->resetMask(); // emits maskChanged → recompute()
        return;
    }
    recompute();
}

QList<int> ResultsPanel::disabledConcepts() const
{
    QList<int> disabled;
    const std::vector<bool> keep = m_treeModel->keepMask();
    for (size_t k = 0; k < keep.size(); ++k)
        if (!keep[k])
            disabled << int(k);
    return disabled;
}

bool ResultsPanel::setDisabledConcepts(const QList<int>& conceptIndices)
{
    if (!m_result)
        return false;
    std::vector<bool> keep(m_treeModel->keepMask().size(), true);
    for (int k : conceptIndices)
        if (k >= 0 && size_t(k) < keep.size())
            keep[size_t(k)] = false;
    return m_treeModel->setKeepMask(keep); // emits maskChanged → recompute() when it changed
}

void ResultsPanel::recompute()
{
    if (!m_result)
        return;
    const std::vector<bool> keep = m_treeModel->keepMask();
    m_modified = m_treeModel->isMaskModified();
    m_currentWhatIf.reset();
    m_whatIfExplanation->setVisible(false);
    m_shown.reset();
    if (!m_modified || !m_model) {
        m_currentScore = m_result->score;
        m_currentDecision = m_result->decision;
        showExplanation(m_result);
    } else {
        // Share and re-normalised score side by side (issue 13 §6c); exclusions of the result stay excluded.
        auto whatIf = whatIfWithMask(*m_result, *m_model, keep, removedLabel(keep));
        auto shown = whatIf ? applyWhatIfMask(*m_result, *m_model, keep) : Result<FaceComparisonResult>(whatIf.error());
        if (!shown) {
            m_score->setText(shown.error().toString());
            return;
        }
        m_currentWhatIf = *whatIf;
        m_shown = QSharedPointer<const FaceComparisonResult>::create(std::move(*shown));
        m_currentScore = m_shown->score;
        m_currentDecision = m_shown->decision;
        m_whatIfExplanation->setText(tr("Share of the score: %1 · score without: %2 (re-normalised)\n%3")
                                         .arg(whatIf->share, 0, 'f', 3)
                                         .arg(whatIf->scoreWithout, 0, 'f', 3)
                                         .arg(whatIf->sentence));
        m_whatIfExplanation->setToolTip(m_whatIfExplanation->text());
        m_whatIfExplanation->setVisible(true);
        showExplanation(m_shown);
    }
    showDecision();
    emit whatIfChanged(m_currentScore, m_modified);
}

void ResultsPanel::showExplanation(const QSharedPointer<const FaceComparisonResult>& shown)
{
    m_treeModel->showContributions(*shown);
    m_chart->setResult(shown, m_model);
    QStringList sentences = shown->sentences;
    if (!shown->reasons.isEmpty())
        sentences.prepend(tr("Inconclusive: %1").arg(shown->reasons.join(QStringLiteral("; "))));
    m_sentences->setText(sentences.join(QStringLiteral("\n\n")));
}

void ResultsPanel::showDecision()
{
    m_decision->setText(decisionLabel(m_currentDecision));
    m_decision->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }")
            .arg(ThemeColours::readableOn(palette().color(QPalette::Window), decisionColour(m_currentDecision))
                     .name(QColor::HexRgb)));
    QString score = tr("score %1 (threshold %2)").arg(m_currentScore, 0, 'f', 3).arg(m_result->threshold, 0, 'f', 3);
    if (m_modified)
        score += QLatin1Char(' ') +
                 tr("— original score %1, %2").arg(m_result->score, 0, 'f', 3).arg(decisionLabel(m_result->decision));
    if (!m_result->excluded.isEmpty())
        score +=
            QLatin1Char(' ') + tr("— %n component(s) excluded; whole-face score %1", "", int(m_result->excluded.size()))
                                   .arg(m_result->scoreBeforeExclusions, 0, 'f', 3);
    m_score->setText(score);
    m_score->setToolTip(score);
    m_whatIf->setVisible(m_modified);
    m_reset->setEnabled(m_modified);
}

QString ResultsPanel::removedLabel(const std::vector<bool>& keep) const
{
    // Named in the units the examiner unchecked: whole components, then whole characteristics (groups), then
    // single descriptors, so that "Mouth and Nose width" is never reported as "6 descriptors".
    if (!m_model)
        return {};
    const auto allOff = [&](const QList<int>& concepts) {
        return !concepts.isEmpty() && std::all_of(concepts.begin(), concepts.end(),
                                                  [&](int k) { return size_t(k) < keep.size() && !keep[size_t(k)]; });
    };
    const auto& layoutGroups = m_model->layout().groups;
    QStringList names;
    std::vector<bool> named(keep.size(), false);
    const auto markNamed = [&](const QList<int>& concepts) {
        for (int k : concepts)
            if (size_t(k) < named.size())
                named[size_t(k)] = true;
    };
    for (const ComponentShare& c : m_result->componentShares()) {
        QList<int> concepts;
        for (const GroupExplanation& g : m_result->groups)
            if ((g.component.isEmpty() ? g.componentName : g.component) == c.component)
                concepts << layoutGroups[g.layoutGroup].concepts;
        if (allOff(concepts)) {
            names << c.name;
            markNamed(concepts);
        }
    }
    for (const GroupExplanation& g : m_result->groups) {
        const QList<int>& concepts = layoutGroups[g.layoutGroup].concepts;
        if (!allOff(concepts) || named[size_t(concepts.front())])
            continue;
        names << tr("%1 (%2)").arg(g.characteristicName, conceptSourceLabel(g.source));
        markNamed(concepts);
    }
    int rest = 0;
    for (size_t k = 0; k < keep.size(); ++k)
        rest += !keep[k] && !named[k] ? 1 : 0;
    if (rest > 0)
        names << tr("%n descriptor(s)", "", rest);
    return QLocale().createSeparatedList(names);
}

QString ResultsPanel::removedText() const
{
    return m_result && m_modified ? removedLabel(m_treeModel->keepMask()) : QString();
}

QList<QPair<QWidget*, QString>> ResultsPanel::lowerPages() const
{
    return {{m_chart, tr("C&hart")}, {m_explanationPage, tr("E&xplanation")}};
}

void ResultsPanel::setLowerTabsInline(bool inlineTabs)
{
    // Out of line, the owner puts the pages in its own tab widget (the detailed layout's side tabs).
    m_lowerTabs->clear();
    if (inlineTabs)
        for (const auto& [page, label] : lowerPages())
            m_lowerTabs->addTab(page, label);
    m_lowerTabs->setVisible(inlineTabs);
}

QString ResultsPanel::definitionText() const
{
    return m_definition->toPlainText();
}

void ResultsPanel::onCurrentRowChanged(const QModelIndex& current)
{
    if (!m_result || !current.isValid())
        return;
    const QString definition = m_treeModel->definition(current);
    const QModelIndex source = current.siblingAtColumn(DescriptorTreeModel::SourceColumn);
    const QString sourceText = source.data(Qt::ToolTipRole).toString();
    m_definition->setPlainText(sourceText.isEmpty() ? definition : definition + QLatin1Char('\n') + sourceText);
    const int kind = current.data(DescriptorTreeModel::KindRole).toInt();
    if (kind == DescriptorTreeModel::GroupNode)
        m_chart->showGroup(current.data(DescriptorTreeModel::LayoutGroupRole).toInt());
    else if (kind == DescriptorTreeModel::DescriptorNode)
        m_chart->showAggregationWeights(current.data(DescriptorTreeModel::ConceptIndexRole).toInt());
    else
        m_chart->showComponents();
}

} // namespace descry::ui
