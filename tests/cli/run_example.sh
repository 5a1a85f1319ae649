#!/usr/bin/env bash
# run_example.sh DERMASIM SCENARIO OUTDIR [RUN FLAGS...]: each example checks, runs, and writes
# complete outputs. Flags go to `dermasim run` (the suite passes --well-mixed to keep it fast; one
# test runs an example with the 3D model).
set -eu
dermasim=$1; scenario=$2; out=$3; shift 3
rm -rf "$out"
"$dermasim" check "$scenario"
"$dermasim" run "$scenario" -o "$out" "$@"
for f in summary.json punctures.csv scenario.resolved.toml punctures_map.png injury_cross_section.png \
         timeseries.csv; do
  [ -s "$out/$f" ] || { echo "missing $out/$f"; exit 1; }
done
grep -q '"status": "complete"' "$out/summary.json"
head -1 "$out/punctures.csv" | grep -q '^x_um,y_um,depth_um,angle_deg,azimuth_deg,session,pass,time_s,layer,bleeding$'
head -1 "$out/timeseries.csv" | grep -q '^time_h,neutrophils_per_mm3,'
grep -q '"phases"' "$out/summary.json"
grep -q '"collagen_change_pct"' "$out/summary.json"
# No temporary files left behind.
if ls -A "$out" | grep -q '\.tmp'; then echo "temporary files left in $out"; exit 1; fi
# The resolved scenario reruns to the same punctures (the run folder is self-contained).
"$dermasim" run "$out/scenario.resolved.toml" -o "$out.rerun" --well-mixed
cmp "$out/punctures.csv" "$out.rerun/punctures.csv"
rm -rf "$out.rerun"
