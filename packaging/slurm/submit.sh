#!/bin/bash
# Submits verify-pairs over a pairs list as a Slurm array of N shards plus the merge that waits for all of them:
#
#   packaging/slurm/submit.sh PAIRS.csv OUTDIR N [--cpus K] [verify-pairs options, e.g. --pack P --root DIR]
#
# Prints "<array job id> <merge job id>"; the result is OUTDIR/merged.json (and merged.txt). Extra sbatch options
# (partition, account, time) come from the environment as SBATCH_* variables, which sbatch reads itself.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 3 ]; then
    echo "usage: submit.sh PAIRS.csv OUTDIR N [--cpus K] [verify-pairs options...]" >&2
    exit 1
fi
pairs=$(realpath "$1")
out=$(realpath -m "$2")
n=$3
shift 3
cpus=1
if [ "${1:-}" = --cpus ]; then
    cpus=$2
    shift 2
fi
case $n in '' | *[!0-9]* | 0) echo "submit.sh: N must be a positive number, not '$n'" >&2; exit 1 ;; esac
# The merge needs the same pack as the shards.
pack=()
args=("$@")
for ((k = 0; k + 1 < ${#args[@]}; k++)); do
    [ "${args[k]}" = --pack ] && pack=(--pack "${args[k + 1]}")
done
mkdir -p "$out"
array=$(sbatch --parsable --array="1-$n" --cpus-per-task="$cpus" --chdir="$out" \
    --output="$out/shard-%a.log" "$here/verify-pairs.sbatch" "$pairs" "$out" "$@")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes --chdir="$out" \
    --output="$out/merge.log" "$here/merge-shards.sbatch" "$out" "$n" "${pack[@]}")
echo "$array ${merge%%;*}"
