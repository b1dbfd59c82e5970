#!/usr/bin/env bash
# packaging/fuzz.sh [SECONDS] [NAME...]: builds the libFuzzer harnesses (fuzz/) with clang, ASan and UBSan in
# build-fuzz/, seeds each corpus and runs every harness (or the NAMEs given) for SECONDS (default 600), two at a
# time. Prints executions, coverage and findings per harness; exits non-zero when anything was found.
# Findings (crash-*, leak-*, timeout-*, oom-*) land in build-fuzz/findings/<name>/: once understood, copy the
# reproducer into fuzz/corpus/<name>/ so the normal build's Fuzz.<Name>.ReplaysItsCorpus test replays it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-fuzz"
seconds=600
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
all=(safetensors pack-manifest catalog case-file csv image-loader dicom-loader report-extractor tfjs-weights
     clip-merges clip-tokenizer)
if [[ $# -gt 0 ]]; then names=("$@"); else names=("${all[@]}"); fi
jobs=${DESCRY_FUZZ_JOBS:-2}

flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -g -O1"
# Release-ish: -O1 -g from the flags above; no -DNDEBUG, so assertions stay on.
CC=clang CXX=clang++ nice -n 19 cmake -S "$root" -B "$build" -G Ninja -DDESCRY_FUZZ=ON -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS_RELEASE= -DCMAKE_C_FLAGS_RELEASE= "-DCMAKE_CXX_FLAGS=$flags" "-DCMAKE_C_FLAGS=$flags" >/dev/null
targets=(descry-fuzz-seeds)
for n in "${names[@]}"; do targets+=("descry-fuzz-$n"); done
nice -n 19 ninja -C "$build" -j"${DESCRY_FUZZ_BUILD_JOBS:-1}" "${targets[@]}"

export OMP_WAIT_POLICY=PASSIVE QT_QPA_PLATFORM=offscreen
export DESCRY_ASSETS_DIR="${DESCRY_ASSETS_DIR:-$root/packaging/assets}"
# Leaks inside Qt's plugin loader and DCMTK's global dictionaries are not ours; detect_leaks stays on otherwise.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_odr_violation=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

seeds="$build/seeds"
rm -rf "$seeds"
ASAN_OPTIONS=detect_leaks=0 "$build/fuzz/descry-fuzz-seeds" "$seeds" "${names[@]}" >/dev/null

# Reports are short texts: the seeds are whole Indiana-sized reports and a mutated 64 KiB one costs about a second, so
# the extractor is fuzzed on inputs up to 16 KiB (scaling to long inputs is a test: ReportExtractor.*Linear*).
max_len_of() {
    case $1 in
        report-extractor) echo "-max_len=16384";;
        *) echo "";;
    esac
}

run_one() {
    local n=$1
    local corpus="$build/corpus/$n" findings="$build/findings/$n"
    mkdir -p "$corpus" "$findings" "$build/logs"
    [[ -d $seeds/$n ]] && cp -n "$seeds/$n"/* "$corpus"/ 2>/dev/null || true
    [[ -d $root/fuzz/corpus/$n ]] && cp -n "$root/fuzz/corpus/$n"/* "$corpus"/ 2>/dev/null || true
    # The fuzzer's working folder is its findings folder, so nothing is written anywhere else.
    (cd "$findings" && nice -n 19 "$build/fuzz/descry-fuzz-$n" "$corpus" -max_total_time="$seconds" -timeout=10 $(max_len_of "$n") \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$findings/" >"$build/logs/$n.log" 2>&1) || true
}

echo "fuzzing ${names[*]} for ${seconds}s each, $jobs at a time"
running=0
for n in "${names[@]}"; do
    run_one "$n" &
    running=$((running + 1))
    if ((running >= jobs)); then
        wait -n || true
        running=$((running - 1))
    fi
done
wait || true

status=0
printf '%-18s %12s %8s %8s %s\n' harness executions cov ft findings
for n in "${names[@]}"; do
    log="$build/logs/$n.log"
    execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
    last=$(grep -E '#[0-9]+.*cov: ' "$log" | tail -1 || true)
    cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo "?")
    ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo "?")
    found=$(find "$build/findings/$n" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
        -o -name 'oom-*' \) | wc -l)
    printf '%-18s %12s %8s %8s %s\n' "$n" "$execs" "$cov" "$ft" "$found"
    if ((found > 0)); then
        status=1
        echo "  see $log and $build/findings/$n/"
    fi
done
exit $status
