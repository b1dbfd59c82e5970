#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace descry {

// The one way long work (model loading, encoding, training, batch verification) reports progress and is
// stopped. `report(fraction 0..1, what)` returns false to abort; `cancel` is polled between stages and
// inside long loops. Both are optional. Threading: the callback runs on the thread doing the work; a GUI
// forwards it with a queued signal; the cancel flag may be set from any thread.
struct Progress
{
    std::function<bool(double fraction, const QString& what)> report;
    const std::atomic<bool>* cancel = nullptr;

    // Reports and returns true to go on; false once cancelled or the callback asked to abort.
    bool step(double fraction, const QString& what) const
    {
        if (cancelled())
            return false;
        return !report || report(fraction, what);
    }
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }

    // The same sink mapped onto [from, to] of the parent's range, for a stage of a longer job.
    Progress sub(double from, double to) const
    {
        Progress p;
        p.cancel = cancel;
        if (report) {
            auto parent = report;
            p.report = [parent, from, to](double f, const QString& what) {
                return parent(from + (to - from) * f, what);
            };
        }
        return p;
    }
};

} // namespace descry
