#pragma once

#include "core/imaging/StudyScanner.h"

#include <QAbstractItemModel>

namespace descry::ui {

// The studies of the CXR workspace as a tree: study > series > instance (one column; the instance's path under
// PathRole). Identifiers (patient name/id, study date and description) appear only when
// setIdentifiersVisible(true). GUI thread only.
class SeriesListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles { PathRole = Qt::UserRole + 1, KindRole }; // KindRole: "study" | "series" | "instance"

    explicit SeriesListModel(QObject* parent = nullptr);

    void setScan(const StudyScan& scan);
    const StudyScan& scan() const { return m_scan; }
    void setIdentifiersVisible(bool on);
    // The index of the instance with `path`, or invalid.
    QModelIndex indexForPath(const QString& path) const;
    // The first instance (a new scan shows it).
    QModelIndex firstInstance() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    // "Study 2024-01-31 — CHEST PA" (+ " — DOE, JOHN (12345)" with identifiers), "Other images" for raster files.
    // `number`: the study's 1-based position, its name while identifiers are hidden.
    QString studyText(const Study& study, int number) const;
    // "Series 2 — CR (3 images)".
    QString seriesText(const StudySeries& series, bool raster) const;
    // "Image 1 — PA, 2 frames, 3000×3000"; a raster file by its name.
    QString instanceText(const StudyInstance& instance, int row) const;

    StudyScan m_scan;
    bool m_identifiers = false;
};

} // namespace descry::ui
