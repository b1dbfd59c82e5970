#include "ui/SeriesListModel.h"

#include <QFileInfo>

namespace descry::ui {

namespace {

// An index's internal id names its parent: 0 for a study row, (study + 1) for a series row, and
// ((study + 1) << 32) | (series + 1) for an instance row.
static_assert(sizeof(quintptr) >= 8, "the model packs two 32-bit row numbers into an internal id");

struct Node
{
    enum Level { Study, Series, Instance } level = Study;
    int study = -1;
    int series = -1;
};

Node decode(const QModelIndex& index)
{
    const quint64 id = index.internalId();
    if (id == 0)
        return {Node::Study, index.row(), -1};
    if ((id >> 32) == 0)
        return {Node::Series, int(id) - 1, index.row()};
    return {Node::Instance, int(id >> 32) - 1, int(id & 0xffffffffu) - 1};
}

QString dicomDate(const QString& da)
{
    if (da.size() == 8 && da.toInt() > 0)
        return da.left(4) + QLatin1Char('-') + da.mid(4, 2) + QLatin1Char('-') + da.mid(6, 2);
    return da;
}

QString personName(const QString& pn)
{
    QStringList parts = pn.split(QLatin1Char('^'));
    for (QString& p : parts)
        p = p.trimmed();
    const QString family = parts.value(0);
    parts.removeFirst();
    parts.removeAll(QString());
    if (parts.isEmpty())
        return family;
    return family.isEmpty() ? parts.join(QLatin1Char(' ')) : family + QStringLiteral(", ") + parts.join(' ');
}

bool isRasterStudy(const Study& study)
{
    if (!study.studyInstanceUid.isEmpty())
        return false;
    for (const StudySeries& s : study.series)
        for (const StudyInstance& i : s.instances)
            if (i.isDicom)
                return false;
    return true;
}

} // namespace

SeriesListModel::SeriesListModel(QObject* parent) : QAbstractItemModel(parent) {}

void SeriesListModel::setScan(const StudyScan& scan)
{
    beginResetModel();
    m_scan = scan;
    endResetModel();
}

void SeriesListModel::setIdentifiersVisible(bool on)
{
    if (on == m_identifiers)
        return;
    m_identifiers = on;
    if (!m_scan.studies.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_scan.studies.size()) - 1, 0), {Qt::DisplayRole, Qt::ToolTipRole});
}

QModelIndex SeriesListModel::indexForPath(const QString& path) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (int st = 0; st < m_scan.studies.size(); ++st) {
        const Study& study = m_scan.studies.at(st);
        for (int se = 0; se < study.series.size(); ++se) {
            const QList<StudyInstance>& instances = study.series.at(se).instances;
            for (int in = 0; in < instances.size(); ++in) {
                const QString& p = instances.at(in).path;
                if (p == path || QFileInfo(p).absoluteFilePath() == wanted)
                    return createIndex(in, 0, (quintptr(st + 1) << 32) | quintptr(se + 1));
            }
        }
    }
    return {};
}

QModelIndex SeriesListModel::firstInstance() const
{
    for (int st = 0; st < m_scan.studies.size(); ++st) {
        const Study& study = m_scan.studies.at(st);
        for (int se = 0; se < study.series.size(); ++se)
            if (!study.series.at(se).instances.isEmpty())
                return createIndex(0, 0, (quintptr(st + 1) << 32) | quintptr(se + 1));
    }
    return {};
}

QModelIndex SeriesListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Node p = decode(parent);
    if (p.level == Node::Study)
        return createIndex(row, column, quintptr(p.study + 1));
    if (p.level == Node::Series)
        return createIndex(row, column, (quintptr(p.study + 1) << 32) | quintptr(p.series + 1));
    return {};
}

QModelIndex SeriesListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node n = decode(child);
    if (n.level == Node::Series)
        return createIndex(n.study, 0, quintptr(0));
    if (n.level == Node::Instance)
        return createIndex(n.series, 0, quintptr(n.study + 1));
    return {};
}

int SeriesListModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_scan.studies.size());
    if (parent.column() != 0)
        return 0;
    const Node n = decode(parent);
    if (n.study < 0 || n.study >= m_scan.studies.size())
        return 0;
    const Study& study = m_scan.studies.at(n.study);
    if (n.level == Node::Study)
        return int(study.series.size());
    if (n.level == Node::Series && n.series >= 0 && n.series < study.series.size())
        return int(study.series.at(n.series).instances.size());
    return 0;
}

int SeriesListModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QString SeriesListModel::studyText(const Study& study, int number) const
{
    if (isRasterStudy(study))
        return tr("Other images");
    // Study date and description are identifying (PS3.15 Annex E removes both): shown only with the identifiers.
    if (!m_identifiers)
        return tr("Study %1").arg(number);
    QString text = study.date.isEmpty() ? tr("Study (no date)") : tr("Study %1").arg(dicomDate(study.date));
    if (!study.description.isEmpty())
        text = tr("%1 — %2").arg(text, study.description);
    if (m_identifiers) {
        const QString name = personName(study.patientName);
        QString who = name;
        if (!study.patientId.isEmpty())
            who = name.isEmpty() ? study.patientId : tr("%1 (%2)").arg(name, study.patientId);
        if (!who.isEmpty())
            text = tr("%1 — %2").arg(text, who);
    }
    return text;
}

QString SeriesListModel::seriesText(const StudySeries& series, bool raster) const
{
    const int n = int(series.instances.size());
    // English has no plural forms without a translation file: the singular is a string of its own.
    const QString count = n == 1 ? tr("1 image") : tr("%n images", nullptr, n);
    if (raster)
        return tr("Image files (%1)").arg(count);
    QString what = series.modality;
    if (!series.description.isEmpty())
        what = what.isEmpty() ? series.description : tr("%1 %2").arg(what, series.description);
    const QString head = series.seriesNumber > 0 ? tr("Series %1").arg(series.seriesNumber) : tr("Series");
    return what.isEmpty() ? tr("%1 (%2)").arg(head, count) : tr("%1 — %2 (%3)").arg(head, what, count);
}

QString SeriesListModel::instanceText(const StudyInstance& instance, int row) const
{
    QStringList parts;
    if (!instance.viewPosition.isEmpty())
        parts << instance.viewPosition;
    if (instance.frames > 1)
        parts << tr("%n frames", nullptr, instance.frames);
    if (instance.rows > 0 && instance.columns > 0)
        parts << tr("%1×%2").arg(instance.columns).arg(instance.rows);
    const QString head = instance.isDicom
                             ? tr("Image %1").arg(instance.instanceNumber > 0 ? instance.instanceNumber : row + 1)
                             : QFileInfo(instance.path).fileName();
    return parts.isEmpty() ? head : tr("%1 — %2").arg(head, parts.join(QStringLiteral(", ")));
}

QVariant SeriesListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node n = decode(index);
    if (n.study < 0 || n.study >= m_scan.studies.size())
        return {};
    const Study& study = m_scan.studies.at(n.study);
    if (role == KindRole)
        return n.level == Node::Study    ? QStringLiteral("study")
               : n.level == Node::Series ? QStringLiteral("series")
                                         : QStringLiteral("instance");
    if (n.level == Node::Study) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return studyText(study, n.study + 1);
        return {};
    }
    if (n.series < 0 || n.series >= study.series.size())
        return {};
    const StudySeries& series = study.series.at(n.series);
    if (n.level == Node::Series) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return seriesText(series, isRasterStudy(study));
        return {};
    }
    const int row = index.row();
    if (row < 0 || row >= series.instances.size())
        return {};
    const StudyInstance& instance = series.instances.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return instanceText(instance, row);
    case Qt::ToolTipRole:
    case PathRole:
        return instance.path;
    default:
        return {};
    }
}

Qt::ItemFlags SeriesListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (decode(index).level == Node::Instance)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace descry::ui
