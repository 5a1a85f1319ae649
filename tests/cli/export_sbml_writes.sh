#!/usr/bin/env bash
# export_sbml_writes.sh FILE -- COMMAND...: COMMAND (a `dermasim export-sbml`) exits 0 and leaves
# at FILE an SBML Level 3 Version 1 document with the 32 species and at least one session event,
# and no temporary file beside it. FILE is removed first.
set -u
file=$1; shift 2
rm -f "$file"
"$@" || { echo "exit code $?, expected 0"; exit 1; }
[ -s "$file" ] || { echo "$file was not written"; exit 1; }
grep -q '<sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1">' "$file" ||
  { echo "$file is not SBML Level 3 Version 1"; exit 1; }
species=$(grep -c '<species ' "$file")
[ "$species" -eq 32 ] || { echo "$file has $species species, expected 32"; exit 1; }
grep -q '<event id="session_1"' "$file" || { echo "$file has no session event"; exit 1; }
if ls -A "$(dirname "$file")" | grep -q '\.tmp\.'; then echo "temporary file left beside $file"; exit 1; fi
exit 0
