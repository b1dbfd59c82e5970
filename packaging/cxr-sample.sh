#!/usr/bin/env bash
# Writes the chest-X-ray sample of the main job when ../shared/data is absent: a generated 256×256 8-bit PA
# radiograph as DICOM (DCMTK's dump2dcm; a small effusion-like opacity at the base of the patient's left lung) and
# a short radiology report. Usage: cxr-sample.sh OUT_DIR. Nothing is downloaded.
set -euo pipefail
out="$1"
mkdir -p "$out"
LC_ALL=C awk 'BEGIN {
    W = 256; H = 256
    for (y = 0; y < H; y++) for (x = 0; x < W; x++) {
        v = 205
        for (s = -1; s <= 1; s += 2) {          # two lungs: dark ellipses either side of the mediastinum
            dx = (x - 128 - s * 50) / 42.0; dy = (y - 122) / 88.0
            if (dx * dx + dy * dy < 1) {
                v = 55 + 35 * dy * dy
                # fluid at the base of the patient-left lung (image right), rising laterally (a meniscus)
                if (s > 0 && y > 180 - (x - 140) * 0.4) v = 165
            }
        }
        printf "%c", int(v)
    }
}' > "$out/sample-chest.raw"
cat > "$out/sample-chest.dump" <<DUMP
(0008,0016) UI =DigitalXRayImageStorageForPresentation
(0008,0018) UI [1.2.826.0.1.3680043.10.543.12.1.1]
(0008,0060) CS [DX]
(0008,103e) LO [Generated sample, PA]
(0010,0010) PN [Sample^Generated]
(0010,0020) LO [DESCRY-SAMPLE]
(0018,5101) CS [PA]
(0020,000d) UI [1.2.826.0.1.3680043.10.543.12.1]
(0020,000e) UI [1.2.826.0.1.3680043.10.543.12.1.0]
(0028,0002) US 1
(0028,0004) CS [MONOCHROME2]
(0028,0010) US 256
(0028,0011) US 256
(0028,0100) US 8
(0028,0101) US 8
(0028,0102) US 7
(0028,0103) US 0
(7fe0,0010) OB =$out/sample-chest.raw
DUMP
dump2dcm -q -g +te "$out/sample-chest.dump" "$out/sample-chest.dcm"
rm -f "$out/sample-chest.raw" "$out/sample-chest.dump"
cat > "$out/sample-report.txt" <<'REPORT'
FINDINGS: Heart size is normal. There is a small left pleural effusion with blunting of the left
costophrenic angle. No pneumothorax. The right lung is clear.
IMPRESSION: Small left pleural effusion. No focal consolidation.
REPORT
