#pragma once

#include "core/casefile/CxrChecklist.h"
#include "core/cxr/pipeline/CxrReview.h"
#include "core/descriptors/Catalog.h"

#include <QAbstractItemModel>
#include <QSharedPointer>

#include <vector>

namespace descry::ui {

// The descriptors of a CXR catalog by group (top-level rows: groups; children: their descriptors), with the
// model's score and contribution when a review is shown and the radiologist's checklist state beside them.
// Column 0 is checkable for the what-if (a descriptor or a whole group switched off); column 4 is the checklist,
// edited through setData, which only asks (checklistEditRequested): the owner decides and calls setChecklist().
// Without a review, or while blind review hides it, the model columns are empty. GUI thread only.
class CxrChecklistModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { DescriptorColumn, ScoreColumn, ContributionColumn, ModelColumn, ReadingColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // "group" | "descriptor"
        DescriptorIdRole,            // descriptor id (descriptor rows), group id (group rows)
        ConceptIndexRole,            // catalog index of the descriptor (-1 on group rows)
        ChecklistStateRole,          // int(ChecklistState) of descriptor rows
        ContributionRole,            // double c_k or the group's Σ c_k (only with a visible review)
    };

    explicit CxrChecklistModel(QObject* parent = nullptr);

    // The catalog whose descriptors are listed (catalog order until a review orders them); clears the review.
    void setCatalog(const Catalog& catalog);
    const Catalog& catalog() const { return m_catalog; }
    bool hasCatalog() const { return !m_catalog.descriptors().isEmpty(); }
    // The review shown (null: none); groups ordered by |contribution|, descriptors by score. Resets the what-if.
    void setResult(QSharedPointer<const CxrReviewResult> result);
    QSharedPointer<const CxrReviewResult> result() const { return m_result; }
    // Blind review: the model's columns stay empty (and no what-if) until visible.
    void setModelOutputVisible(bool visible);
    bool modelOutputVisible() const { return m_visible; }

    void setChecklist(const CxrChecklist& checklist);
    const CxrChecklist& checklist() const { return m_checklist; }

    // What-if: kept concepts (catalog order); the disabled ones as indices.
    const std::vector<bool>& keep() const { return m_keep; }
    QList<int> disabledConcepts() const;
    void setDisabledConcepts(const QList<int>& disabled);

    // The index of a descriptor's (or a group's) row in `column`; invalid when unknown.
    QModelIndex indexOfId(const QString& id, int column = DescriptorColumn) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The radiologist chose a state for a descriptor (the owner applies it, or asks for an amendment).
    void checklistEditRequested(const QString& descriptorId, descry::ChecklistState state);
    // The what-if mask changed.
    void whatIfChanged();

private:
    struct Row
    {
        int group = -1;                        // index into Catalog::groups()
        QList<int> descriptors;                // catalog indices, in display order
        const CxrGroupResult* shown = nullptr; // the review's group, when one is shown
    };

    void rebuild();
    bool showsModel() const { return m_result && m_visible; }
    const CxrDescriptorScore* scoreOf(int conceptIndex) const;
    // The model's reading of a descriptor: its group's most activated one (what the PDF calls present).
    bool modelReadsPresent(int conceptIndex) const;
    QVariant groupData(int row, int column, int role) const;
    QVariant descriptorData(int conceptIndex, int column, int role) const;
    Qt::CheckState groupCheckState(int row) const;
    void emitColumnsChanged(int first, int last);

    Catalog m_catalog;
    QSharedPointer<const CxrReviewResult> m_result;
    bool m_visible = true;
    CxrChecklist m_checklist;
    std::vector<bool> m_keep;
    QList<Row> m_rows;
    QHash<int, const CxrDescriptorScore*> m_scores; // by concept index, into m_result
};

} // namespace descry::ui
