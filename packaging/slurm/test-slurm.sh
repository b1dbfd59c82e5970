#!/bin/bash
# Exercises verify-pairs.sbatch / merge-shards.sbatch on a throw-away single-node Slurm on this machine: installs
# Debian's slurm-wlm and munge when missing (apt-get, needs root), writes a minimal slurm.conf under a temporary
# folder, starts munged, slurmctld and slurmd, submits a 4-task array over a pairs list plus the dependent merge,
# waits for them (squeue, with a timeout), checks that the merged JSON equals one single-process
# `verify-pairs --json` (timing fields aside), prints PASS or FAIL with the figures, and stops the daemons.
# Not for CI: it changes the machine (packages, daemons). Runs as root (Slurm 22.05, proctrack/linuxproc,
# task/none).
#
#   packaging/slurm/test-slurm.sh [PAIRS.csv] [-- verify-pairs options, e.g. --pack P]
#
# Default pairs: make-pairs.sh over ../shared/data/faces. Environment: DESCRY_CLI (default build/app/descry-cli),
# TASKS (4), TIMEOUT (seconds to wait for the jobs, 1800).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cli=$(realpath "${DESCRY_CLI:-$repo/build/app/descry-cli}")
tasks=${TASKS:-4}
timeout=${TIMEOUT:-1800}
pairs=
if [ $# -gt 0 ] && [ "$1" != -- ]; then
    pairs=$(realpath "$1")
    shift
fi
[ "${1:-}" = -- ] && shift
extra=("$@")

say() { echo "test-slurm: $*"; }
[ "$(id -u)" = 0 ] || { say "run as root (it installs packages and starts daemons)"; exit 1; }
[ -x "$cli" ] || { say "no descry-cli at $cli (build it, or set DESCRY_CLI)"; exit 1; }

if ! command -v slurmctld > /dev/null || ! command -v slurmd > /dev/null || ! command -v sbatch > /dev/null ||
    ! command -v munged > /dev/null; then
    say "installing slurm-wlm and munge"
    DEBIAN_FRONTEND=noninteractive apt-get install -y slurm-wlm munge > /dev/null
fi

work=$(mktemp -d /tmp/descry-slurm.XXXXXX)
chmod 755 "$work"
export SLURM_CONF=$work/slurm.conf
started_munge=
cleanup() {
    set +e
    scontrol shutdown > /dev/null 2>&1
    for pid in "$work/slurmd.pid" "$work/slurmctld.pid"; do
        [ -s "$pid" ] && kill "$(cat "$pid")" 2> /dev/null
    done
    sleep 1
    [ -n "$started_munge" ] && [ -s /run/munge/munged.pid ] && kill "$(cat /run/munge/munged.pid)" 2> /dev/null
    say "daemons stopped; logs and shards kept in $work"
}
trap cleanup EXIT

if [ -z "$pairs" ]; then
    faces=$repo/../shared/data/faces
    [ -d "$faces" ] || { say "no pairs list given and no $faces to make one from"; exit 1; }
    pairs=$work/pairs.csv
    "$here/make-pairs.sh" "$faces" "$pairs"
fi

# munge: the key Debian's package creates, the daemon under its own user.
if ! pgrep -x munged > /dev/null; then
    [ -s /etc/munge/munge.key ] || { mungekey --create --keyfile=/etc/munge/munge.key && chown munge: /etc/munge/munge.key; }
    install -d -o munge -g munge -m 0755 /run/munge
    runuser -u munge -- /usr/sbin/munged
    started_munge=1
fi
munge -n | unmunge > /dev/null || { say "munge does not work"; exit 1; }

host=$(hostname -s)
memory=$(awk '/MemTotal/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)
mkdir -p "$work/state" "$work/spool"
cat > "$SLURM_CONF" << CONF
ClusterName=descry-test
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
SlurmctldPort=16817
SlurmdPort=16818
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SwitchType=switch/none
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
MinJobAge=3600
NodeName=$host CPUs=$(nproc) RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF

say "starting slurmctld and slurmd ($host, $(nproc) CPUs, ${memory} MB)"
slurmctld -f "$SLURM_CONF" -i
slurmd -f "$SLURM_CONF"
for ((t = 0; t < 60; t++)); do
    state=$(sinfo -h -n "$host" -o %T 2> /dev/null || true)
    [ "$state" = idle ] && break
    sleep 1
done
[ "$state" = idle ] || { say "the node did not come up (state '$state'); see $work/slurm*.log"; exit 1; }

out=$work/out
say "submitting $tasks shards of $(($(grep -vc '^\s*$' "$pairs") - 1)) pairs from $pairs"
start=$(date +%s)
read -r array merge < <(DESCRY_CLI=$cli "$here/submit.sh" "$pairs" "$out" "$tasks" "${extra[@]}")
say "array job $array, merge job $merge"
while squeue -h -j "$array,$merge" 2> /dev/null | grep -q .; do
    if (($(date +%s) - start > timeout)); then
        say "FAIL: jobs still queued or running after ${timeout} s"
        squeue
        exit 1
    fi
    sleep 2
done
elapsed=$(($(date +%s) - start))
scontrol show job "$array" 2> /dev/null | grep -E 'JobState|ExitCode' | sort | uniq -c | sed 's/^/    /'

say "single-process run for comparison"
single_start=$(date +%s)
"$cli" verify-pairs "$pairs" --json "${extra[@]}" > "$work/single.json" 2> "$work/single.log"
single=$(($(date +%s) - single_start))

if [ ! -s "$out/merged.json" ]; then
    say "FAIL: no merged result ($out/merge.log:)"
    cat "$out"/*.log 2> /dev/null | tail -20
    exit 1
fi
python3 - "$out/merged.json" "$work/single.json" "$out" "$tasks" "$elapsed" "$single" << 'PY'
import json, sys
merged, single = (json.load(open(p)) for p in sys.argv[1:3])
out, tasks, elapsed, wall = sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
timing = ("seconds_per_image", "run")
a = {k: v for k, v in merged.items() if k not in timing}
b = {k: v for k, v in single.items() if k not in timing}
for name in ("explainable", "baseline"):
    r = merged[name]
    print(f"    {name:11}: accuracy {100 * r['accuracy']:.2f} ± {100 * r['accuracy_std']:.2f} %, AUC {r['auc']:.4f}, "
          f"TAR@FAR=0.01 {r['tar_at_far'].get('0.01', float('nan')):.3f}, threshold {r['threshold']:.4f}")
print(f"    pairs scored {merged['pairs']}, failed {len(merged['failed'])}, inconclusive {len(merged['inconclusive'])}, "
      f"images {merged['images']}")
for i in range(1, tasks + 1):
    s = json.load(open(f"{out}/shard-{i}.json"))
    print(f"    shard {i}/{tasks}: pairs {s['shard']['first_pair'] + 1}-{s['shard']['end_pair']}, images {s['images']}, "
          f"{s['seconds']:.1f} s, {s['seconds'] / max(1, s['images']):.3f} s/image")
print(f"    Slurm: {elapsed} s from submission to merged result; single process: {wall} s, "
      f"{single['seconds_per_image']:.3f} s/image")
if a == b:
    print("test-slurm: PASS: the merged result of the Slurm array equals the single-process run")
    sys.exit(0)
for k in sorted(set(a) | set(b)):
    if a.get(k) != b.get(k):
        print(f"    differs: {k}")
print("test-slurm: FAIL: the merged result differs from the single-process run")
sys.exit(1)
PY
