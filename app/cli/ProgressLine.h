#pragma once
// A progress bar on stderr: redrawn in place with '\r' only when stderr is a terminal; otherwise one plain line at
// every 10 % step and at the end, so a redirected run writes a readable log instead of one endless line.

#include <QString>

#include <functional>

namespace descry::cli {

class ProgressLine
{
public:
    // `label` comes before the bar ("analysing faces"; may be empty), `unit` after the counts ("images").
    explicit ProgressLine(QString label, QString unit);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    // `done` of `total` items; the line is finished when done == total.
    void update(qint64 done, qint64 total);
    // The same as a callback for core's progress(int done, int total) parameters.
    std::function<void(int, int)> callback();

    // Ends a bar that is being redrawn in place, so an error or warning line starts on a line of its own.
    static void breakLine();

    // Whether stderr is a terminal (the bar is redrawn in place).
    static bool stderrIsTerminal();

private:
    QString text(int percent, qint64 done, qint64 total) const;
    QString m_label, m_unit;
    bool m_terminal = false;
    int m_lastPercent = -1; // terminal: last percentage drawn
    int m_lastStep = -1;    // not a terminal: last 10 % step printed
};

} // namespace descry::cli
