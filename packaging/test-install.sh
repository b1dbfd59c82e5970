#!/usr/bin/env bash
# Installs the Descry .deb into a throwaway root with `dpkg --root` (its own dpkg database; the Depends are
# checked against this machine's installed packages, whose libraries the installed binaries then use), runs the
# installed programs as a new user would (empty HOME and XDG folders, none of the developer variables), checks
# the desktop integration, then removes the package and checks that nothing of it is left.
#   packaging/test-install.sh DEB [PROBE REFERENCE]
set -euo pipefail
DEB="$(readlink -f "${1:?usage: test-install.sh DEB [PROBE REFERENCE]}")"
ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROBE="${2:-$ROOT_DIR/packaging/assets/face-api/demo/sample1.jpg}"
REFERENCE="${3:-$ROOT_DIR/packaging/assets/face-api/demo/sample2.jpg}"

fail() { printf 'test-install: FAIL: %s\n' "$*" >&2; exit 1; }
ok() { printf 'test-install: ok   %s\n' "$*"; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
R="$WORK/root"
mkdir -p "$R/var/lib/dpkg/info" "$R/var/lib/dpkg/updates" "$R/home/examiner"
touch "$R/var/lib/dpkg/status"

# Every Depends alternative list must have one member installed here (versions compared as dpkg does).
check_depends() {
    local deps alt name op ver have satisfied
    deps="$(dpkg-deb -f "$DEB" Depends)"
    [ -n "$deps" ] || fail "the package declares no Depends"
    IFS=',' read -ra groups <<< "$deps"
    for group in "${groups[@]}"; do
        satisfied=0
        IFS='|' read -ra alts <<< "$group"
        for alt in "${alts[@]}"; do
            read -r name op ver <<< "$(echo "$alt" | sed -E 's/^ *([^ (]+) *(\(([<>=]+) *([^)]+)\))?.*/\1 \3 \4/')"
            have="$(dpkg-query -W -f='${Version}' "${name%%:*}" 2>/dev/null || true)"
            [ -n "$have" ] || continue
            if [ -n "$op" ]; then
                dpkg --compare-versions "$have" "$op" "$ver" || continue
            fi
            satisfied=1
            break
        done
        [ "$satisfied" = 1 ] || fail "Depends not satisfied on this machine: $group"
    done
    ok "Depends satisfied: $deps"
}
check_depends
echo "$(dpkg-deb -f "$DEB" Depends)" | grep -q libopenblas0-pthread || fail "Depends lacks libopenblas0-pthread"

# --force-depends: the dependencies are this machine's (checked above), not the empty root's database.
dpkg --root="$R" --force-depends --log=/dev/null -i "$DEB" > "$WORK/dpkg.log" 2>&1 ||
    { cat "$WORK/dpkg.log"; fail "dpkg -i into $R failed"; }
dpkg --root="$R" -s descry | grep -q "^Status: install ok installed" || fail "descry not installed in $R"
ok "installed into a throwaway root with dpkg --root"
for f in usr/bin/descry usr/bin/descry-cli usr/share/descry/packs/face-default/manifest.json \
    usr/share/descry/descriptors/fiswg-face.json usr/share/applications/org.descry.Descry.desktop \
    usr/share/metainfo/org.descry.Descry.metainfo.xml usr/share/mime/packages/org.descry.Descry.xml \
    usr/share/icons/hicolor/scalable/apps/org.descry.Descry.svg usr/share/icons/hicolor/48x48/apps/org.descry.Descry.png \
    usr/share/man/man1/descry.1.gz usr/share/man/man1/descry-cli.1.gz usr/share/bash-completion/completions/descry-cli \
    usr/share/doc/descry/copyright usr/share/doc/descry/changelog.gz; do
    [ -e "$R/$f" ] || fail "not installed: /$f"
done
ok "programs, pack, catalogs, desktop entry, metainfo, MIME type, icons, man pages, completion, copyright"

# A new user: nothing but the installed files. Nothing may be written under the installation.
marker="$WORK/marker"; touch "$marker"; sleep 1
run_as_user() {
    env -i PATH="$R/usr/bin:/usr/bin:/bin" HOME="$R/home/examiner" XDG_CONFIG_HOME="$R/home/examiner/.config" \
        XDG_DATA_HOME="$R/home/examiner/.local/share" XDG_CACHE_HOME="$R/home/examiner/.cache" \
        XDG_RUNTIME_DIR="$WORK/run" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen OMP_WAIT_POLICY=PASSIVE "$@"
}
mkdir -m 700 -p "$WORK/run"
run_as_user descry-cli doctor --strict > "$WORK/doctor.txt" 2>&1 || { cat "$WORK/doctor.txt"; fail "doctor --strict"; }
grep -q "$R/usr/share/descry/packs" "$WORK/doctor.txt" || { cat "$WORK/doctor.txt"; fail "doctor does not name the installed packs folder"; }
grep -q "$ROOT_DIR/packaging" "$WORK/doctor.txt" && fail "the installed doctor looked into the source tree"
ok "descry-cli doctor --strict (packs and assets found under $R/usr/share/descry)"
run_as_user descry-cli compare "$PROBE" "$REFERENCE" --json --report "$WORK/report.pdf" > "$WORK/compare.json" ||
    fail "descry-cli compare"
grep -q '"decision"' "$WORK/compare.json" || fail "compare printed no decision"
[ -s "$WORK/report.pdf" ] || fail "compare wrote no report"
ok "descry-cli compare $(basename "$PROBE") $(basename "$REFERENCE"): $(grep -m1 -o '"decision": *"[^"]*"' "$WORK/compare.json")"
run_as_user descry --check --probe "$PROBE" --reference "$REFERENCE" > "$WORK/gui.txt" 2>&1 ||
    { cat "$WORK/gui.txt"; fail "descry --check (the GUI's inference service, offscreen)"; }
ok "descry --check: $(grep -m1 '^check:' "$WORK/gui.txt")"
run_as_user descry-cli manpage descry-cli > /dev/null || fail "descry-cli manpage"
zcat "$R/usr/share/man/man1/descry-cli.1.gz" | grep -q 'compare' || fail "descry-cli(1) lacks compare"
if command -v groff >/dev/null; then
    warnings="$(zcat "$R/usr/share/man/man1/descry-cli.1.gz" "$R/usr/share/man/man1/descry.1.gz" | groff -man -ww -z 2>&1 || true)"
    [ -z "$warnings" ] || fail "groff warns about the man pages: $warnings"
    ok "man pages format without groff warnings"
fi
bash -c "source '$R/usr/share/bash-completion/completions/descry-cli'; COMP_WORDS=(descry-cli comp); COMP_CWORD=1; _descry_cli; printf '%s ' \"\${COMPREPLY[@]}\"" |
    grep -q compare || fail "bash completion does not complete 'comp' to compare"
ok "bash completion completes commands"

# Desktop integration: the MIME type and the default application for it, as a file manager resolves them.
update-mime-database "$R/usr/share/mime" >/dev/null 2>&1
command -v update-desktop-database >/dev/null && update-desktop-database "$R/usr/share/applications"
command -v desktop-file-validate >/dev/null && { desktop-file-validate "$R/usr/share/applications/org.descry.Descry.desktop" || fail "desktop-file-validate"; }
command -v appstreamcli >/dev/null && { appstreamcli validate --no-net "$R/usr/share/metainfo/org.descry.Descry.metainfo.xml" >/dev/null || fail "appstreamcli validate"; }
run_as_user descry-cli compare "$PROBE" "$REFERENCE" --case "$WORK/first.descry" > /dev/null || fail "compare --case"
echo '{}' > "$WORK/not-a-case.descry"
if command -v gio >/dev/null; then
    type="$(XDG_DATA_DIRS="$R/usr/share" gio info -a standard::content-type "$WORK/not-a-case.descry" | sed -n 's/.*standard::content-type: //p')"
    [ "$type" = application/x-descry-case ] || fail "a .descry file is '$type', not application/x-descry-case"
    # GLib shows an entry only when its TryExec is on the PATH, as on an installed system.
    default="$(PATH="$R/usr/bin:$PATH" XDG_DATA_DIRS="$R/usr/share" XDG_DATA_HOME="$WORK/empty" gio mime application/x-descry-case)"
    default="${default%%$'\n'*}"
    echo "$default" | grep -q org.descry.Descry.desktop || fail "no default application for .descry files: $default"
    ok "a .descry file is application/x-descry-case, opened by org.descry.Descry.desktop"
fi
# What the file manager then runs: the desktop entry's Exec line with %f, here with --check so that it exits.
exec_line="$(sed -n 's/^Exec=//p' "$R/usr/share/applications/org.descry.Descry.desktop")"
[ "$exec_line" = "descry %f" ] || fail "unexpected Exec line: $exec_line"
run_as_user descry --check "$WORK/first.descry" > "$WORK/open.txt" 2>&1 || { cat "$WORK/open.txt"; fail "descry %f on a case"; }
grep -q "Face comparison" "$WORK/open.txt" || { cat "$WORK/open.txt"; fail "the case did not open in Face comparison"; }
ok "descry %f opens a case saved by descry-cli compare --case: $(head -1 "$WORK/open.txt")"
if run_as_user descry --check "$WORK/not-a-case.descry" > "$WORK/open.txt" 2>&1; then
    fail "a file that is not a case opened"
fi
grep -q "not-a-case.descry" "$WORK/open.txt" || { cat "$WORK/open.txt"; fail "the refusal does not name the file"; }
ok "descry %f refuses a file that is not a case with: $(head -1 "$WORK/open.txt")"

written="$(find "$R/usr" -type f -newer "$marker" -not -path "$R/usr/share/mime/*" -not -name mimeinfo.cache | sed -n 1,5p)"
[ -z "$written" ] || fail "the programs wrote under the installation: $written"
[ -d "$R/home/examiner/.config" ] || fail "no settings folder under \$XDG_CONFIG_HOME"
ok "nothing written under $R/usr; per-user files only under the user's XDG folders"

# Removal: every file of the package goes (the caches made above by the tools are not the package's).
rm -rf "$R/usr/share/mime" "$R/usr/share/applications/mimeinfo.cache"
dpkg --root="$R" --log=/dev/null --purge descry >/dev/null || fail "dpkg --purge"
left=""
[ ! -d "$R/usr" ] || left="$(find "$R/usr" -type f | sed -n 1,5p)"
[ -z "$left" ] || fail "left after purge: $left"
ok "removed cleanly (dpkg --purge leaves no file under $R/usr)"
