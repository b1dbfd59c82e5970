#pragma once

#include "core/face/FaceModel.h"
#include "core/face/pipeline/FaceComparison.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QSharedPointer>

#include <limits>
#include <vector>

namespace descry::ui {

// Tree of a face comparison's explanation: FISWG components → characteristic groups → descriptors, with a
// per-concept keep mask (check boxes in column 0) for what-if analysis. GUI thread only.
class DescriptorTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { DescriptorColumn, SourceColumn, ProbeColumn, ReferenceColumn, ContributionColumn, ColumnCount };
    enum Kind { ComponentNode, GroupNode, DescriptorNode };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind of the row
        ValueRole,                   // raw double of the Probe/Reference/Contribution column (group Probe: similarity)
        LayoutGroupRole,             // layout group index (group and descriptor rows), else -1
        ConceptIndexRole,            // concept index (descriptor rows), else -1
        ComponentIdRole              // FISWG component id (every row)
    };

    explicit DescriptorTreeModel(QObject* parent = nullptr);

    // The icon of a concept source ("measured", "appearance", "prompt") and the sentence saying what it measures:
    // the Source column and the legend under the tree use the same.
    static QIcon sourceIcon(const QString& source);
    static QString sourceSentence(const QString& source);
    // The definition shown for a row (component, characteristic, or the characteristic of a descriptor).
    QString definition(const QModelIndex& index) const;

    // Shows a result: components sorted by |Σ contribution| (largest first), their groups by |contribution|,
    // each group's descriptors in layout (grade) order. Resets the mask to "keep everything". `model` is optional.
    void setResult(QSharedPointer<const FaceComparisonResult> result, QSharedPointer<const FaceModel> model = {});
    void clear();
    QSharedPointer<const FaceComparisonResult> result() const { return m_result; }

    // One entry per concept (result->contributions.size()); false where the user unchecked the descriptor.
    std::vector<bool> keepMask() const { return m_keep; }
    bool isMaskModified() const;
    // Shows the contributions of `shown` (the what-if of the same comparison, or the comparison itself) in the
    // Contribution column, keeping rows and mask: a descriptor or group left out shows 0, a component the sum of
    // its groups. Emits dataChanged for that column.
    void showContributions(const FaceComparisonResult& shown);
    // Checks everything again (emits maskChanged when something was unchecked).
    void resetMask();
    // Replaces the mask (e.g. a what-if saved in a case): `keep` must have one entry per concept, otherwise
    // nothing changes and false is returned. Emits dataChanged for the check states and maskChanged when
    // anything changed.
    bool setKeepMask(const std::vector<bool>& keep);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void maskChanged();

private:
    struct Node
    {
        Kind kind = ComponentNode;
        int parent = -1; // node index; 0 is the invisible root
        int row = 0;
        QList<int> children;
        QString component, characteristic, label, source;
        double probe = 0, reference = 0, contribution = 0, similarity = 0;
        double blockCosine = std::numeric_limits<double>::quiet_NaN(), blockWeight = 0; // block heads (groups)
        int layoutGroup = -1, conceptIndex = -1;
        QList<int> concepts; // every concept below this node
    };

    void build();
    Qt::CheckState checkState(const Node& node) const;
    void notifySubtree(int node);

    QSharedPointer<const FaceComparisonResult> m_result;
    QSharedPointer<const FaceModel> m_model;
    QList<Node> m_nodes; // m_nodes[0]: root
    std::vector<bool> m_keep;
};

} // namespace descry::ui
