#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace descry::ui {

class MainWindow;

// `descry --check`: compares a probe with a reference in the window's Face comparison workspace, through its
// inference service, `repeat` times in this one process, and prints one line per run (decision, score, time,
// resident memory; every 100th run when repeating) and the memory growth after warm-up; or opens a case file.
// Errors the window would show in a message box are printed instead. Lives on the GUI thread;
// each run starts when the previous one's comparisonFinished arrives (queued), nothing waits.
class InstallationCheck : public QObject
{
    Q_OBJECT

public:
    InstallationCheck(MainWindow* window, const QString& probe, const QString& reference, int repeat,
                      QObject* parent = nullptr);

    // Opens the photos and starts the first run; finished() follows (0: every run compared, 2: a photo could not
    // be opened or a run failed, its one-line error printed on stderr).
    void start();
    // `descry --check CASE`: opens the case file as a double-click would (in the workspace of its task, its
    // integrity and evidence verified), prints where it opened, and finished() follows (0, or 2 with the error).
    void openCase(const QString& path);
    // The runs before the memory baseline is taken: a tenth of them, at least 1 and at most 100.
    static int warmUpRuns(int repeat);

signals:
    void finished(int exitCode);

private:
    void runOnce();
    void onComparisonFinished();
    void finish(int exitCode, const QString& line);

    MainWindow* m_window = nullptr;
    QString m_probe;
    QString m_reference;
    int m_repeat = 1;
    int m_done = 0;
    qint64 m_baselineBytes = 0;
    QString m_lastMessage;
    QElapsedTimer m_runTimer;
    QElapsedTimer m_totalTimer;
};

} // namespace descry::ui
