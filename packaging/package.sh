#!/usr/bin/env bash
# Builds the Debian package from a build tree with CPack (its DEB generator), checks it with lintian (no errors
# allowed; warnings are printed) and, with --test, installs it into a throwaway root (packaging/test-install.sh).
#   packaging/package.sh BUILD_DIR [--test]
set -euo pipefail
BUILD_DIR="$(readlink -f "${1:?usage: package.sh BUILD_DIR [--test]}")"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ -f "$ROOT/packaging/packs/face-default/manifest.json" ] ||
    { echo "package: error: the default pack is not assembled (run packaging/assemble-packs.sh $BUILD_DIR)" >&2; exit 1; }
cmake --build "$BUILD_DIR" --target descry descry-cli descry_docs
rm -rf "$BUILD_DIR/package"
(cd "$BUILD_DIR" && cpack --config CPackConfig.cmake -G DEB) > "$BUILD_DIR/cpack.log" 2>&1 ||
    { cat "$BUILD_DIR/cpack.log" >&2; echo "package: error: cpack failed" >&2; exit 1; }
DEB="$(ls "$BUILD_DIR"/package/descry_*.deb)"
echo "package: $DEB ($(du -h "$DEB" | cut -f1))"
echo "package: Depends: $(dpkg-deb -f "$DEB" Depends)"
if command -v lintian >/dev/null; then
    lintian --fail-on error "$DEB" 2>&1 | sed 's/^/lintian: /'
    [ "${PIPESTATUS[0]}" = 0 ] ||
        { echo "package: error: lintian found errors" >&2; exit 1; }
    echo "package: lintian: no errors"
fi
if [ "${2:-}" = --test ]; then
    "$ROOT/packaging/test-install.sh" "$DEB"
fi
