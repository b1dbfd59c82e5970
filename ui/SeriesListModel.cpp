#include "ui/SeriesListModel.h"

namespace descry::ui {

// TODO(H4): stub of the contract.
SeriesListModel::SeriesListModel(QObject* parent) : QAbstractItemModel(parent) {}
void SeriesListModel::setScan(const StudyScan& scan)
{
    beginResetModel();
    m_scan = scan;
    endResetModel();
}
void SeriesListModel::setIdentifiersVisible(bool on)
{
    m_identifiers = on;
}
QModelIndex SeriesListModel::indexForPath(const QString&) const
{
    return {};
}
QModelIndex SeriesListModel::firstInstance() const
{
    return {};
}
QModelIndex SeriesListModel::index(int, int, const QModelIndex&) const
{
    return {};
}
QModelIndex SeriesListModel::parent(const QModelIndex&) const
{
    return {};
}
int SeriesListModel::rowCount(const QModelIndex&) const
{
    return 0;
}
int SeriesListModel::columnCount(const QModelIndex&) const
{
    return 1;
}
QVariant SeriesListModel::data(const QModelIndex&, int) const
{
    return {};
}
Qt::ItemFlags SeriesListModel::flags(const QModelIndex& index) const
{
    return QAbstractItemModel::flags(index);
}

} // namespace descry::ui
