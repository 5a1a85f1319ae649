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
# A scenario with a serum writes the serum's files too (README, "Outputs").
if grep -q '^\[serum\]' "$scenario"; then
  for f in absorption.csv absorption_profile.csv; do
    [ -s "$out/$f" ] || { echo "missing $out/$f"; exit 1; }
  done
  ls "$out"/serum_cross_section_*h.png >/dev/null 2>&1 || { echo "no serum_cross_section in $out"; exit 1; }
  head -1 "$out/absorption.csv" | grep -q '^time_h,permeated_ug_cm2,flux_ug_cm2_h,donor_ug_cm2,'
  grep -q '"enhancement_ratio"' "$out/summary.json"
  if grep -qi 'nan' "$out/absorption.csv" "$out/absorption_profile.csv"; then echo "NaN in $out"; exit 1; fi
fi
# No temporary files left behind.
if ls -A "$out" | grep -q '\.tmp'; then echo "temporary files left in $out"; exit 1; fi
# The resolved scenario reruns to the same punctures (the run folder is self-contained).
"$dermasim" run "$out/scenario.resolved.toml" -o "$out.rerun" --well-mixed
cmp "$out/punctures.csv" "$out.rerun/punctures.csv"
rm -rf "$out.rerun"
