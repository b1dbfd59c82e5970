#include "ui/CxrChecklistModel.h"
#include "ui/ThemeColours.h"

#include <QGuiApplication>
#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>

namespace descry::ui {

namespace {

// Internal id of a group row; descriptor rows carry their group's row + 1.
constexpr quintptr kGroupId = 0;

QString signedNumber(double value)
{
    if (std::abs(value) < 0.0005) // no "-0.000"
        return QStringLiteral("0.000");
    return (value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 3);
}

} // namespace

CxrChecklistModel::CxrChecklistModel(QObject* parent) : QAbstractItemModel(parent) {}

void CxrChecklistModel::setCatalog(const Catalog& catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_result.reset();
    m_scores.clear();
    m_keep.assign(size_t(m_catalog.descriptors().size()), true);
    rebuild();
    endResetModel();
}

void CxrChecklistModel::setResult(QSharedPointer<const CxrReviewResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_scores.clear();
    if (m_result)
        for (const CxrGroupResult& g : m_result->groups)
            for (const CxrDescriptorScore& d : g.descriptors)
                m_scores.insert(d.conceptIndex, &d);
    m_keep.assign(size_t(m_catalog.descriptors().size()), true);
    rebuild();
    endResetModel();
}

void CxrChecklistModel::rebuild()
{
    m_rows.clear();
    const bool ordered = m_result && m_visible; // hidden output must not leak through the order either
    if (ordered) {
        for (const CxrGroupResult& g : m_result->groups) {
            Row row{g.group, {}, &g};
            for (const CxrDescriptorScore& d : g.descriptors)
                if (d.conceptIndex >= 0 && d.conceptIndex < m_catalog.descriptors().size())
                    row.descriptors << d.conceptIndex;
            m_rows << row;
        }
        if (!m_rows.isEmpty())
            return;
    }
    for (int g = 0; g < m_catalog.groups().size(); ++g)
        m_rows << Row{g, m_catalog.groups()[g].descriptors, nullptr};
}

void CxrChecklistModel::setModelOutputVisible(bool visible)
{
    if (visible == m_visible)
        return;
    beginResetModel();
    m_visible = visible;
    rebuild();
    endResetModel();
}

void CxrChecklistModel::setChecklist(const CxrChecklist& checklist)
{
    if (checklist == m_checklist)
        return;
    m_checklist = checklist;
    emitColumnsChanged(ReadingColumn, ReadingColumn);
}

void CxrChecklistModel::emitColumnsChanged(int first, int last)
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const QModelIndex g = index(r, 0);
        emit dataChanged(index(r, first), index(r, last));
        const int n = rowCount(g);
        if (n > 0)
            emit dataChanged(index(0, first, g), index(n - 1, last, g));
    }
}

QList<int> CxrChecklistModel::disabledConcepts() const
{
    QList<int> out;
    for (size_t k = 0; k < m_keep.size(); ++k)
        if (!m_keep[k])
            out << int(k);
    return out;
}

void CxrChecklistModel::setDisabledConcepts(const QList<int>& disabled)
{
    std::vector<bool> keep(size_t(m_catalog.descriptors().size()), true);
    for (int k : disabled)
        if (k >= 0 && size_t(k) < keep.size())
            keep[size_t(k)] = false;
    if (keep == m_keep)
        return;
    m_keep = keep;
    emitColumnsChanged(DescriptorColumn, DescriptorColumn);
    emit whatIfChanged();
}

QModelIndex CxrChecklistModel::indexOfId(const QString& id, int column) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows[r];
        if (m_catalog.groups()[row.group].id == id)
            return index(r, column);
        for (int c = 0; c < row.descriptors.size(); ++c)
            if (m_catalog.descriptors()[row.descriptors[c]].id == id)
                return index(c, column, index(r, 0));
    }
    return {};
}

QModelIndex CxrChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_rows.size() ||
        row >= m_rows[parent.row()].descriptors.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CxrChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int CxrChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId || parent.row() >= m_rows.size())
        return 0;
    return int(m_rows[parent.row()].descriptors.size());
}

int CxrChecklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const CxrDescriptorScore* CxrChecklistModel::scoreOf(int conceptIndex) const
{
    return showsModel() ? m_scores.value(conceptIndex, nullptr) : nullptr;
}

Qt::CheckState CxrChecklistModel::groupCheckState(int row) const
{
    int kept = 0;
    for (int k : m_rows[row].descriptors)
        kept += m_keep[size_t(k)] ? 1 : 0;
    if (kept == m_rows[row].descriptors.size())
        return Qt::Checked;
    return kept == 0 ? Qt::Unchecked : Qt::PartiallyChecked;
}

QVariant CxrChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == kGroupId)
        return groupData(index.row(), index.column(), role);
    const Row& row = m_rows[int(index.internalId() - 1)];
    return descriptorData(row.descriptors[index.row()], index.column(), role);
}

QVariant CxrChecklistModel::groupData(int row, int column, int role) const
{
    const Row& r = m_rows[row];
    const DescriptorGroup& group = m_catalog.groups()[r.group];
    const CxrGroupResult* shown = showsModel() ? r.shown : nullptr;
    switch (role) {
    case KindRole:
        return QStringLiteral("group");
    case DescriptorIdRole:
        return group.id;
    case ConceptIndexRole:
        return -1;
    case ContributionRole:
        return shown ? QVariant(shown->contribution) : QVariant();
    case Qt::CheckStateRole:
        return column == DescriptorColumn && showsModel() ? QVariant(groupCheckState(row)) : QVariant();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::DisplayRole:
        if (column == DescriptorColumn)
            return group.name;
        if (column == ContributionColumn && shown)
            return signedNumber(shown->contribution);
        if (column == ModelColumn && shown && !shown->descriptors.isEmpty())
            return shown->descriptors.first().text; // the grade the model reads for this group
        return {};
    case Qt::ToolTipRole:
        return column == DescriptorColumn
                   ? tr("%1 (%2): switch the whole group off to see the decision without it").arg(group.name, group.id)
                   : QVariant();
    default:
        return {};
    }
}

bool CxrChecklistModel::modelReadsPresent(int conceptIndex) const
{
    const CxrDescriptorScore* s = scoreOf(conceptIndex);
    if (!s)
        return false;
    for (const Row& r : m_rows)
        if (r.shown && r.descriptors.contains(conceptIndex))
            return !r.shown->descriptors.isEmpty() && r.shown->descriptors.first().conceptIndex == conceptIndex;
    return false;
}

QVariant CxrChecklistModel::descriptorData(int k, int column, int role) const
{
    const Descriptor& d = m_catalog.descriptors()[k];
    const CxrDescriptorScore* s = scoreOf(k);
    const ChecklistState state = m_checklist.value(d.id, ChecklistState::Unset);
    switch (role) {
    case KindRole:
        return QStringLiteral("descriptor");
    case DescriptorIdRole:
        return d.id;
    case ConceptIndexRole:
        return k;
    case ChecklistStateRole:
        return int(state);
    case ContributionRole:
        return s ? QVariant(s->contribution) : QVariant();
    case Qt::CheckStateRole:
        return column == DescriptorColumn && showsModel() ? QVariant(m_keep[size_t(k)] ? Qt::Checked : Qt::Unchecked)
                                                          : QVariant();
    case Qt::EditRole:
        return column == ReadingColumn ? QVariant(int(state)) : QVariant();
    case Qt::ForegroundRole:
        if (column == ContributionColumn && s && std::abs(s->contribution) >= 0.0005)
            return QBrush(ThemeColours::readableOn(
                QGuiApplication::palette().color(QPalette::Base),
                ThemeColours::tone(s->contribution >= 0 ? ThemeColours::Tone::Positive : ThemeColours::Tone::Negative,
                                   QGuiApplication::palette())));
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case DescriptorColumn:
            return d.text;
        case ScoreColumn:
            return s ? QVariant(QString::number(s->score, 'f', 3)) : QVariant();
        case ContributionColumn:
            return s ? QVariant(signedNumber(s->contribution)) : QVariant();
        case ModelColumn: // as the PDF report reads it: the group's most activated descriptor is present
            return s ? QVariant(modelReadsPresent(k) ? tr("Present") : tr("Absent")) : QVariant();
        case ReadingColumn:
            return checklistStateText(state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == ReadingColumn)
            return tr("Your reading of \"%1\": present, absent, uncertain or not assessed").arg(d.text);
        if (s)
            return tr("%1 (%2): cosine %3, group score %4, contribution %5")
                .arg(d.text, d.id, QString::number(s->raw, 'f', 4), QString::number(s->score, 'f', 4),
                     signedNumber(s->contribution));
        return QStringLiteral("%1 (%2)").arg(d.text, d.id);
    default:
        return {};
    }
}

bool CxrChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.model() != this)
        return false;
    const bool group = index.internalId() == kGroupId;
    if (role == Qt::CheckStateRole && index.column() == DescriptorColumn && showsModel()) {
        const bool on = Qt::CheckState(value.toInt()) != Qt::Unchecked;
        const QList<int> concepts = group ? m_rows[index.row()].descriptors
                                          : QList<int>{m_rows[int(index.internalId() - 1)].descriptors[index.row()]};
        for (int k : concepts)
            m_keep[size_t(k)] = on;
        const QModelIndex parentRow = group ? index : index.parent();
        emit dataChanged(parentRow, parentRow);
        const int n = rowCount(parentRow);
        if (n > 0)
            emit dataChanged(this->index(0, 0, parentRow), this->index(n - 1, 0, parentRow));
        emit whatIfChanged();
        return true;
    }
    if (role == Qt::EditRole && index.column() == ReadingColumn && !group) {
        ChecklistState state = ChecklistState::Unset;
        if (value.typeId() == QMetaType::QString)
            state = checklistStateFromId(value.toString());
        else if (value.toInt() >= int(ChecklistState::Unset) && value.toInt() <= int(ChecklistState::Uncertain))
            state = ChecklistState(value.toInt());
        const QString id = index.data(DescriptorIdRole).toString();
        if (state != m_checklist.value(id, ChecklistState::Unset))
            emit checklistEditRequested(id, state);
        return true;
    }
    return false;
}

Qt::ItemFlags CxrChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool group = index.internalId() == kGroupId;
    if (index.column() == DescriptorColumn && showsModel())
        f |= Qt::ItemIsUserCheckable;
    if (!group && index.column() == ReadingColumn)
        f |= Qt::ItemIsEditable;
    if (!group)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant CxrChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DescriptorColumn:
        return tr("Descriptor");
    case ScoreColumn:
        return tr("Score");
    case ContributionColumn:
        return tr("Contribution");
    case ModelColumn:
        return tr("Model");
    case ReadingColumn:
        return tr("Your reading");
    default:
        return {};
    }
}

} // namespace descry::ui
