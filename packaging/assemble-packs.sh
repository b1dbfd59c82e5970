#!/usr/bin/env bash
# Assembles the default model packs from their committed parts (packaging/<pack>/: manifest, trained head,
# descriptor embeddings) and the fetched assets (packaging/assets/), into packaging/packs/<pack>/, then
# verifies every file against the manifest's SHA-256. Idempotent: a pack that already verifies is left alone.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-$ROOT/build}"
CLI="$BUILD_DIR/app/descry-cli"
ASSETS="$ROOT/packaging/assets"
OUT="$ROOT/packaging/packs"

for src in "$ROOT"/packaging/*/manifest.json; do
    [ -f "$src" ] || continue
    dir="$(dirname "$src")"
    name="$(basename "$dir")"
    [ "$name" = packs ] && continue
    dest="$OUT/$name"
    if [ -f "$dest/manifest.json" ] && cmp -s "$src" "$dest/manifest.json" &&
        "$CLI" pack verify "$dest" >/dev/null 2>&1; then
        echo "    $name: assembled and verified"
        continue
    fi
    echo "    $name: assembling from packaging/$name and the fetched assets"
    rm -rf "$dest.tmp"
    mkdir -p "$dest.tmp/encoder"
    cp "$dir"/manifest.json "$dir"/*.safetensors "$dest.tmp/"
    cp "$ASSETS/face-api/model/face_recognition_model.bin" \
        "$ASSETS/face-api/model/face_recognition_model-weights_manifest.json" "$dest.tmp/encoder/"
    "$CLI" pack verify "$dest.tmp" || { echo "setup: error: pack $name fails verification" >&2; exit 1; }
    rm -rf "$dest"
    mv "$dest.tmp" "$dest"
done
