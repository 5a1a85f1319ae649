#!/usr/bin/env bash
# foreign_files_kept.sh DERMASIM SCENARIO: a run never deletes a file it did not write (issue
# 23). (1) -o a folder holding a user's report.html and fields.h5: exit 2, both kept. (2) A
# scenario file named "...toml" (its name is "..") in a folder holding a user's fields.h5: the
# run writes into results/scenario, not into the folder, and the file is kept.
set -u
dermasim=$1; scenario=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
mkdir -p "$work/mine"
echo "mine" > "$work/mine/report.html"
echo "data" > "$work/mine/fields.h5"
"$dermasim" run --well-mixed "$scenario" -o "$work/mine" >/dev/null 2>"$work/err"
rc=$?
if [ "$rc" -ne 2 ]; then echo "exit $rc with foreign files in -o, expected 2"; cat "$work/err"; status=1; fi
grep -q "no dermasim run wrote" "$work/err" || { echo "no explanation:"; cat "$work/err"; status=1; }
[ "$(cat "$work/mine/report.html")" = "mine" ] || { echo "report.html changed"; status=1; }
[ "$(cat "$work/mine/fields.h5")" = "data" ] || { echo "fields.h5 changed"; status=1; }
mkdir -p "$work/here"
cp "$scenario" "$work/here/...toml"
echo "data" > "$work/here/fields.h5"
(cd "$work/here" && "$dermasim" run --well-mixed ...toml >/dev/null 2>"$work/err2")
rc=$?
if [ "$rc" -ne 0 ]; then echo "the ...toml run failed ($rc)"; cat "$work/err2"; status=1; fi
[ "$(cat "$work/here/fields.h5")" = "data" ] || { echo "fields.h5 beside ...toml changed"; status=1; }
[ -f "$work/here/results/scenario/summary.json" ] || { echo "no results/scenario/summary.json"; ls -R "$work/here"; status=1; }
[ ! -e "$work/here/summary.json" ] || { echo "wrote into the working folder"; status=1; }
exit $status
