#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace descry::ui {

// Persistent user preferences (QSettings under "Descry/descry"). GUI thread only.
class AppSettings
{
public:
    QString packsFolder() const; // extra folder searched for model packs (empty: defaults only)
    void setPacksFolder(const QString& folder);
    int threads() const; // LibTorch intra-op threads; 0 = all cores
    void setThreads(int threads);
    bool blindFirst() const; // hide model output until the examiner locks the analysis
    void setBlindFirst(bool on);
    // The examiner's name: offered when locking, recorded with commits and amendments, and put in signatures.
    QString examinerName() const;
    void setExaminerName(const QString& name);
    // Accept truncated or corrupt photos that still decode; the results and the report mark them as damaged.
    bool acceptDamaged() const;
    void setAcceptDamaged(bool on);
    QString language() const; // "", "en", "de", "fr", "es" ("" = system)
    void setLanguage(const QString& language);
    QString packName() const; // pack used for face comparison
    void setPackName(const QString& name);
    // Pack (name or folder) of chest X-ray reviews; empty: the first cxr-classification pack installed.
    QString cxrPackName() const;
    void setCxrPackName(const QString& name);
    // Chest X-ray reports show the patient's identifiers (default off: omitted).
    bool includeIdentifiersInReports() const;
    void setIncludeIdentifiersInReports(bool on);
    QStringList recentFiles() const;
    void addRecentFile(const QString& path); // most recent first, at most 10
    // The recent inputs of one workspace other than face comparison (`workspace`: "cxr"): files, folders and
    // DICOMDIRs, most recent first, at most 10.
    QStringList recentFiles(const QString& workspace) const;
    void addRecentFile(const QString& workspace, const QString& path);

    // The folder a file dialog of `purpose` ("photos", "cases", "reports", "studies") opened last; empty: none yet.
    QString lastFolder(const QString& purpose) const;
    void setLastFolder(const QString& purpose, const QString& folder);
    // Where a new case is saved when it has no file yet (Settings); empty: the last folder cases were saved in.
    QString casesFolder() const;
    void setCasesFolder(const QString& folder);
    // Opaque widget states (window geometry, splitter positions) under `key`, e.g. "window/geometry".
    QByteArray layoutState(const QString& key) const;
    void setLayoutState(const QString& key, const QByteArray& state);
    // The face workspace's layout: "compact" (photos beside the results, fits 1366x768) or "detailed" (photos
    // above, results beside notes and aligned faces, for large screens); empty: chosen from the screen size.
    QString faceLayout() const;
    void setFaceLayout(const QString& layout);

    static QStringList availableLanguages()
    {
        return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
    }
};

} // namespace descry::ui
