#!/usr/bin/env bash
# Runs every test: the optimised build, then the same suite under AddressSanitizer and
# UndefinedBehaviorSanitizer, and checks the formatting against .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
jobs=$(nproc)
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"
ctest --preset release -j "$jobs"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize -j "$jobs"
# Under the sanitizers the two six-week 3D single-session tests (20 s each optimised) are left
# out; the 3D model still runs there through the intact-skin, determinism and 3D example tests.
# So are the serum validation cases and the 3D serum example (5 minutes each under the
# sanitizers): the transport code runs there through the mass-balance, Crank and output tests.
# The browser checks of the reports (JavaScript in Chromium, which the sanitizers do not see)
# run once, on the optimised build; every example still writes its report.html here. So do the
# benchmark smoke tests (40 s here; timings under the sanitizers mean nothing). So are the
# runs of the square 3D serum cell beside the axisymmetric one (the fidelity comparison, the
# lumen-resolution study and the cells' agreement, 1-3 minutes each there) and the course
# validations (well-mixed, but a course of healing and serum runs each); the axisymmetric cell,
# the serum's action and the home regimen still run under the sanitizers through the
# SerumAction, AxisymmetricCell and mass-balance tests.
ctest --preset sanitize -j "$jobs" \
  -E 'SingleSession.ThreeD|OutcomeValidation.ThreeD|AbsorptionValidation|example.stamp_before_serum_3d|Absorption\.AResolutionThatCannot|^report\.|^bench\.|SerumAction\.BothFidelities|AxisymmetricCell\.(AgreesWith|TheRingsAreConverged)|^CourseValidation\.'

# Formatting: every C++ source must match .clang-format.
files=$(git ls-files '*.cpp' '*.hpp' 2>/dev/null || find src apps tests bench -name '*.[ch]pp')
clang-format --dry-run --Werror $files
echo "format: $(echo "$files" | wc -w) files clean"
