#!/bin/bash
# Writes a deterministic pairs list (path1,path2,same) over the identity-labelled faces of ../shared/data/faces:
# ORL (40 people, 3 genuine and 3 impostor pairs each) and Yale (15 people, 3 + 3 each): 330 pairs over 360 images.
#
#   packaging/slurm/make-pairs.sh FACES_DIR OUT.csv
set -euo pipefail

faces=$(realpath "${1:?usage: make-pairs.sh FACES_DIR OUT.csv}")
out=${2:?usage: make-pairs.sh FACES_DIR OUT.csv}
[ -d "$faces/orl" ] && [ -d "$faces/yale" ] || { echo "make-pairs.sh: $faces has no orl/ and yale/" >&2; exit 2; }
{
    echo "path1,path2,same"
    for ((s = 1; s <= 40; s++)); do
        o1=$(((s % 40) + 1)) o2=$((((s + 1) % 40) + 1)) o3=$((((s + 2) % 40) + 1))
        echo "$faces/orl/s$s/1.pgm,$faces/orl/s$s/2.pgm,1"
        echo "$faces/orl/s$s/3.pgm,$faces/orl/s$s/4.pgm,1"
        echo "$faces/orl/s$s/5.pgm,$faces/orl/s$s/6.pgm,1"
        echo "$faces/orl/s$s/1.pgm,$faces/orl/s$o1/2.pgm,0"
        echo "$faces/orl/s$s/3.pgm,$faces/orl/s$o2/4.pgm,0"
        echo "$faces/orl/s$s/5.pgm,$faces/orl/s$o3/6.pgm,0"
    done
    for ((s = 1; s <= 15; s++)); do
        p=$(printf 'subject%02d' "$s") q=$(printf 'subject%02d' $(((s % 15) + 1)))
        y=$faces/yale
        echo "$y/$p.centerlight.jpeg,$y/$p.happy.jpeg,1"
        echo "$y/$p.glasses.jpeg,$y/$p.noglasses.jpeg,1"
        echo "$y/$p.leftlight.jpeg,$y/$p.rightlight.jpeg,1"
        echo "$y/$p.centerlight.jpeg,$y/$q.happy.jpeg,0"
        echo "$y/$p.glasses.jpeg,$y/$q.noglasses.jpeg,0"
        echo "$y/$p.normal.jpeg,$y/$q.sad.jpeg,0"
    done
} > "$out"
