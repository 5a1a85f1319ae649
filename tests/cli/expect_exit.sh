#!/usr/bin/env bash
# expect_exit.sh CODE REGEX OUTDIR -- COMMAND...
# Runs COMMAND; passes when it exits with CODE, its stderr matches REGEX, and OUTDIR (if not "-")
# was not created: invalid input must write nothing.
set -u
code=$1; regex=$2; outdir=$3; shift 4
err=$(mktemp)
"$@" 2>"$err" >/dev/null
rc=$?
status=0
if [ "$rc" -ne "$code" ]; then echo "exit code $rc, expected $code"; status=1; fi
if ! grep -Eq -- "$regex" "$err"; then echo "stderr does not match /$regex/:"; cat "$err"; status=1; fi
if [ "$outdir" != "-" ] && [ -e "$outdir" ]; then echo "$outdir was written"; status=1; fi
rm -f "$err"
exit $status
