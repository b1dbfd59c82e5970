#pragma once

#include <QString>
#include <QStringList>

namespace descry::ui {

// Menu labels for recent files: the file name, and where two files share a name, as many of their last folders
// as tell them apart ("1.pgm — s1", "1.pgm — s2"); one label per path, in order. The full path goes in the tooltip.
QStringList recentFileLabels(const QStringList& paths);

} // namespace descry::ui
