#pragma once

#include <QString>
#include <QStringList>

namespace descry::paths {

// Folder holding the fetched model assets (npm packages unpacked by packaging/setup.sh):
// $DESCRY_ASSETS_DIR, else <user data>/descry/assets, else <system data>/descry/assets, else the
// source tree's packaging/assets (developer builds).
QString assetsDir();

// Folders searched for model packs, most specific first: $DESCRY_PACKS (colon-separated),
// <user data>/descry/packs, <system data>/descry/packs, the source tree's packaging/packs.
QStringList packSearchPaths();

// Folders searched for installed descriptor catalogs, most specific first: $DESCRY_CATALOG_DIR,
// <user data>/descry/descriptors, <system data>/descry/descriptors (the built-in catalogs come after these).
QStringList catalogSearchPaths();

// Writable per-user data folder (created on demand).
QString userDataDir();

// Per-user configuration folder, <user config>/descry (created on demand, owner-only): the examiner's signing key.
// The same for the GUI, the CLI and the tests, whatever the application name.
QString userConfigDir();

} // namespace descry::paths
