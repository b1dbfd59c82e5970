#include "ui/DescriptorTreeModel.h"
#include "ui/ThemeColours.h"

#include "core/descriptors/Definitions.h"
#include "core/face/FaceConcepts.h"

#include <QGuiApplication>
#include <QBrush>
#include <QColor>
#include <QHash>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <functional>

namespace descry::ui {

namespace {

QString number(double v)
{
    return QString::number(v, 'f', 3);
}

} // namespace

DescriptorTreeModel::DescriptorTreeModel(QObject* parent) : QAbstractItemModel(parent)
{
    m_nodes.append(Node{});
}

void DescriptorTreeModel::setResult(QSharedPointer<const FaceComparisonResult> result,
                                    QSharedPointer<const FaceModel> model)
{
    beginResetModel();
    m_result = std::move(result);
    m_model = std::move(model);
    build();
    endResetModel();
}

void DescriptorTreeModel::clear()
{
    setResult({}, {});
}

void DescriptorTreeModel::build()
{
    m_nodes.clear();
    m_nodes.append(Node{}); // root
    m_keep.clear();
    if (!m_result)
        return;
    const FaceComparisonResult& r = *m_result;
    m_keep.assign(r.contributions.size(), true);

    // Components with their sums from core (one computation for tree, chart and report); each keeps the indices
    // of its groups in r.groups (already sorted by |contribution|).
    struct Component
    {
        QString id, name;
        double contribution = 0;
        QList<int> groups;
    };
    QList<Component> components;
    for (const ComponentShare& share : r.componentShares())
        components.append(Component{share.component, share.name, share.contribution, {}});
    for (int g = 0; g < r.groups.size(); ++g) {
        const GroupExplanation& e = r.groups[g];
        const QString key = e.component.isEmpty() ? e.componentName : e.component;
        for (Component& c : components)
            if (c.id == key)
                c.groups << g;
    }

    auto valueAt = [](const std::vector<float>& v, int k) {
        return k >= 0 && size_t(k) < v.size() ? double(v[size_t(k)]) : 0.0;
    };
    auto contributionAt = [&r](int k) {
        return k >= 0 && size_t(k) < r.contributions.size() ? r.contributions[size_t(k)] : 0.0;
    };

    for (const Component& c : components) {
        Node cn;
        cn.kind = ComponentNode;
        cn.parent = 0;
        cn.row = int(m_nodes[0].children.size());
        cn.component = c.id;
        cn.label = c.name;
        cn.contribution = c.contribution;
        const int cIndex = int(m_nodes.size());
        m_nodes.append(cn);
        m_nodes[0].children << cIndex;
        for (int g : c.groups) {
            const GroupExplanation& e = r.groups[g];
            Node gn;
            gn.kind = GroupNode;
            gn.parent = cIndex;
            gn.row = int(m_nodes[cIndex].children.size());
            gn.component = e.component;
            gn.characteristic = e.characteristic;
            gn.label = e.characteristicName;
            gn.source = e.source;
            gn.similarity = e.similarity;
            gn.contribution = e.contribution;
            gn.layoutGroup = e.layoutGroup;
            gn.blockCosine = e.blockCosine;
            gn.blockWeight = e.blockWeight;
            const int gIndex = int(m_nodes.size());
            m_nodes.append(gn);
            m_nodes[cIndex].children << gIndex;

            // Descriptors in layout order (the model's group list when known, else by concept index).
            QHash<int, DescriptorActivation> byConcept;
            for (const DescriptorActivation& a : e.probeTop)
                byConcept.insert(a.conceptIndex, a);
            QList<int> concepts;
            if (m_model && e.layoutGroup >= 0 && e.layoutGroup < m_model->layout().groups.size())
                concepts = m_model->layout().groups[e.layoutGroup].concepts;
            else {
                concepts = byConcept.keys();
                std::sort(concepts.begin(), concepts.end());
            }
            QHash<int, double> referenceScore;
            for (const DescriptorActivation& a : e.referenceTop)
                referenceScore.insert(a.conceptIndex, a.score);
            for (int k : concepts) {
                const DescriptorActivation a = byConcept.value(k);
                Node dn;
                dn.kind = DescriptorNode;
                dn.parent = gIndex;
                dn.row = int(m_nodes[gIndex].children.size());
                dn.component = e.component;
                dn.characteristic = e.characteristic;
                dn.label = a.text;
                dn.source = e.source;
                dn.probe = byConcept.contains(k) ? a.score : valueAt(r.ssmProbe, k);
                dn.reference = referenceScore.contains(k) ? referenceScore.value(k) : valueAt(r.ssmReference, k);
                dn.contribution = contributionAt(k);
                dn.layoutGroup = e.layoutGroup;
                dn.conceptIndex = k;
                if (k >= 0 && size_t(k) < m_keep.size())
                    dn.concepts << k;
                const int dIndex = int(m_nodes.size());
                m_nodes.append(dn);
                m_nodes[gIndex].children << dIndex;
                m_nodes[gIndex].concepts << dn.concepts;
            }
            m_nodes[cIndex].concepts << m_nodes[gIndex].concepts;
        }
    }
}

void DescriptorTreeModel::showContributions(const FaceComparisonResult& shown)
{
    if (!m_result || m_nodes.size() < 2)
        return;
    QHash<int, const GroupExplanation*> groups;
    for (const GroupExplanation& g : shown.groups)
        groups.insert(g.layoutGroup, &g);
    for (int c : m_nodes[0].children) {
        double sum = 0;
        for (int g : m_nodes[c].children) {
            Node& gn = m_nodes[g];
            const GroupExplanation* e = groups.value(gn.layoutGroup, nullptr);
            gn.contribution = e ? e->contribution : 0.0;
            gn.blockCosine = e ? e->blockCosine : std::numeric_limits<double>::quiet_NaN();
            gn.blockWeight = e ? e->blockWeight : 0.0;
            sum += gn.contribution;
            for (int d : gn.children) {
                const int k = m_nodes[d].conceptIndex;
                m_nodes[d].contribution =
                    k >= 0 && size_t(k) < shown.contributions.size() ? shown.contributions[size_t(k)] : 0.0;
            }
        }
        m_nodes[c].contribution = sum;
    }
    for (int n = 1; n < m_nodes.size(); ++n) {
        const QModelIndex i = createIndex(m_nodes[n].row, ContributionColumn, quintptr(n));
        emit dataChanged(i, i, {Qt::DisplayRole, ValueRole, Qt::ForegroundRole, Qt::ToolTipRole});
    }
}

bool DescriptorTreeModel::isMaskModified() const
{
    return std::find(m_keep.begin(), m_keep.end(), false) != m_keep.end();
}

void DescriptorTreeModel::resetMask()
{
    if (!isMaskModified())
        return;
    std::fill(m_keep.begin(), m_keep.end(), true);
    for (int c : m_nodes[0].children)
        notifySubtree(c);
    emit maskChanged();
}

bool DescriptorTreeModel::setKeepMask(const std::vector<bool>& keep)
{
    if (keep.size() != m_keep.size())
        return false;
    if (keep == m_keep)
        return true;
    m_keep = keep;
    for (int c : m_nodes[0].children)
        notifySubtree(c);
    emit maskChanged();
    return true;
}

Qt::CheckState DescriptorTreeModel::checkState(const Node& node) const
{
    int kept = 0;
    for (int k : node.concepts)
        kept += m_keep[size_t(k)] ? 1 : 0;
    if (kept == 0 && !node.concepts.isEmpty())
        return Qt::Unchecked;
    return kept == node.concepts.size() ? Qt::Checked : Qt::PartiallyChecked;
}

void DescriptorTreeModel::notifySubtree(int n)
{
    const Node& node = m_nodes[n];
    const QModelIndex i = createIndex(node.row, DescriptorColumn, quintptr(n));
    emit dataChanged(i, i, {Qt::CheckStateRole});
    if (!node.children.isEmpty()) {
        const QModelIndex first = createIndex(0, DescriptorColumn, quintptr(node.children.front()));
        const QModelIndex last =
            createIndex(int(node.children.size()) - 1, DescriptorColumn, quintptr(node.children.back()));
        emit dataChanged(first, last, {Qt::CheckStateRole});
        for (int c : node.children)
            if (!m_nodes[c].children.isEmpty())
                notifySubtree(c);
    }
}

namespace {

// A 16×16 icon drawn at 1× and 2× (HiDPI screens get crisp edges, not an upscaled bitmap).
QIcon drawnIcon(const std::function<void(QPainter&)>& draw)
{
    QIcon icon;
    for (int scale : {1, 2, 3}) {
        QPixmap pm(16 * scale, 16 * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        draw(p);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace

QIcon DescriptorTreeModel::sourceIcon(const QString& source)
{
    // Drawn, not loaded: a blue ruler-like bar for what is measured, an orange disc for what is seen.
    static const QIcon measured = drawnIcon([](QPainter& p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x5f, 0xbf));
        p.drawRect(QRectF(2, 5, 12, 6));
        p.setPen(QPen(Qt::white, 1));
        for (int x = 4; x <= 12; x += 3)
            p.drawLine(QPointF(x, 5), QPointF(x, 8));
    });
    static const QIcon appearance = drawnIcon([](QPainter& p) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd0, 0x80, 0x10));
        p.drawEllipse(QRectF(3, 3, 10, 10));
    });
    return source == QLatin1String("measured") ? measured : appearance;
}

QString DescriptorTreeModel::sourceSentence(const QString& source)
{
    if (source == QLatin1String("measured"))
        return tr("Measured: a number computed from the landmarks (distances, angles, ratios to the inter-eye "
                  "distance) or from colour in landmark-defined regions, graded against the population.");
    if (source == QLatin1String("prompt"))
        return tr("CLIP prompt: how well the face matches written descriptions, read by the CLIP image encoder.");
    return tr("Appearance: read from the whole face by the image encoder along a direction learned for the "
              "characteristic: an impression, not a measurement.");
}

QString DescriptorTreeModel::definition(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    const Node& n = m_nodes[int(index.internalId())];
    const Definitions& d = Definitions::builtIn();
    if (n.kind == ComponentNode)
        return d.component(n.component);
    const QString text = d.characteristic(n.characteristic);
    if (n.kind == GroupNode)
        return text.isEmpty() ? QString() : tr("%1: %2").arg(n.label, text);
    return text.isEmpty() ? n.label : tr("%1 — %2").arg(n.label, text);
}

QModelIndex DescriptorTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (p < 0 || p >= m_nodes.size() || row >= m_nodes[p].children.size())
        return {};
    return createIndex(row, column, quintptr(m_nodes[p].children[row]));
}

QModelIndex DescriptorTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[int(child.internalId())].parent;
    if (p <= 0)
        return {};
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int DescriptorTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_nodes[0].children.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int DescriptorTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DescriptorTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node& n = m_nodes[int(index.internalId())];
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case DescriptorColumn:
            return n.label;
        case SourceColumn:
            if (n.kind == GroupNode)
                return conceptSourceLabel(n.source);
            return {};
        case ProbeColumn:
            if (n.kind == GroupNode)
                return tr("similarity %1").arg(number(n.similarity));
            return n.kind == DescriptorNode ? QVariant(number(n.probe)) : QVariant();
        case ReferenceColumn:
            return n.kind == DescriptorNode ? QVariant(number(n.reference)) : QVariant();
        case ContributionColumn:
            return QString::asprintf("%+.4f", n.contribution);
        }
        return {};
    case ValueRole:
        switch (col) {
        case ProbeColumn:
            return n.kind == GroupNode        ? QVariant(n.similarity)
                   : n.kind == DescriptorNode ? QVariant(n.probe)
                                              : QVariant();
        case ReferenceColumn:
            return n.kind == DescriptorNode ? QVariant(n.reference) : QVariant();
        case ContributionColumn:
            return n.contribution;
        }
        return {};
    case Qt::CheckStateRole:
        return col == DescriptorColumn ? QVariant(int(checkState(n))) : QVariant();
    case Qt::ForegroundRole:
        if (col == ContributionColumn && n.contribution != 0)
            return QBrush(ThemeColours::readableOn(
                QGuiApplication::palette().color(QPalette::Base),
                ThemeColours::tone(n.contribution > 0 ? ThemeColours::Tone::Positive : ThemeColours::Tone::Negative,
                                   QGuiApplication::palette())));
        return {};
    case Qt::TextAlignmentRole:
        if (col >= ProbeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (col == SourceColumn && n.kind == GroupNode)
            return sourceIcon(n.source);
        return {};
    case Qt::ToolTipRole:
        if (col == DescriptorColumn) {
            // Rich text, so that Qt wraps a long definition instead of one line across the screen.
            const QString text = definition(index);
            return text.isEmpty() ? QVariant() : QVariant(QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
        }
        if (col == SourceColumn && n.kind == GroupNode)
            return sourceSentence(n.source);
        if (n.kind == GroupNode && col == ProbeColumn)
            return tr("Overlap of the probe's and the reference's descriptor distributions (0..1)");
        if (n.kind == GroupNode && col == ContributionColumn && std::isfinite(n.blockCosine))
            // Block heads: the share is local, its own similarity times its weight in the two embeddings.
            return tr("Share of the score = weight %1 × this characteristic's own similarity %2 (it depends on this "
                      "characteristic alone); uncheck to see the re-normalised score without it")
                .arg(n.blockWeight, 0, 'f', 3)
                .arg(n.blockCosine, 0, 'f', 3);
        if (col == ContributionColumn)
            return tr("Share of the score; uncheck to see the score without it");
        return {};
    case KindRole:
        return int(n.kind);
    case LayoutGroupRole:
        return n.layoutGroup;
    case ConceptIndexRole:
        return n.conceptIndex;
    case ComponentIdRole:
        return n.component;
    }
    return {};
}

bool DescriptorTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != DescriptorColumn)
        return false;
    const int n = int(index.internalId());
    const bool keep = value.toInt() != Qt::Unchecked; // PartiallyChecked from a click means "check all"
    bool changed = false;
    for (int k : m_nodes[n].concepts) {
        if (m_keep[size_t(k)] != keep) {
            m_keep[size_t(k)] = keep;
            changed = true;
        }
    }
    if (!changed)
        return true;
    // The node, its descendants and its ancestors may all have changed state.
    int top = n;
    while (m_nodes[top].parent > 0)
        top = m_nodes[top].parent;
    notifySubtree(top);
    emit maskChanged();
    return true;
}

Qt::ItemFlags DescriptorTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == DescriptorColumn)
        f |= Qt::ItemIsUserCheckable;
    if (m_nodes[int(index.internalId())].children.isEmpty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant DescriptorTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SourceColumn:
            return tr("How the descriptor is scored: measured on the landmarks or by appearance (image–text "
                      "similarity)");
        case ProbeColumn:
            return tr("The probe's value of the descriptor");
        case ReferenceColumn:
            return tr("The reference's value of the descriptor");
        case ContributionColumn:
            return tr("The part of the comparison score this row contributes (the rows and the bias add up to "
                      "the score)");
        }
        return {};
    }
    switch (section) {
    case DescriptorColumn:
        return tr("Descriptor");
    case SourceColumn:
        return tr("Source");
    case ProbeColumn:
        return tr("Probe");
    case ReferenceColumn:
        return tr("Ref.", "short for Reference, a column header");
    case ContributionColumn:
        return tr("Share", "short for Contribution, a column header");
    }
    return {};
}

} // namespace descry::ui
