# The Python module's tests: run by CTest (tests/CMakeLists.txt), which sets PYTHONPATH to the
# built package, DERMASIM_CLI to the command line built beside it and DERMASIM_SOURCE_DIR.
import os
import re
import subprocess
from pathlib import Path

import pytest

SOURCE = Path(os.environ.get("DERMASIM_SOURCE_DIR", Path(__file__).resolve().parents[2]))
EXAMPLES = SOURCE / "examples"


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("DERMASIM_CLI")
    if not path:
        pytest.fail("DERMASIM_CLI is not set: run these tests through ctest")
    return path


def run_cli(cli, *args):
    """The command line, its stderr on failure."""
    done = subprocess.run([cli, *map(str, args)], capture_output=True, text=True)
    return done


# A small 3D scenario (a 2 x 2 mm stamp patch, one day): seconds, not minutes.
SMALL_3D = """
[device]
type = "stamp"
[device.needle]
length = "0.25 mm"
gauge = 33
[device.stamp]
pitch = "0.5 mm"
[[sessions]]
day = 0
passes = 1
[simulation]
patch_x = "2 mm"
patch_y = "2 mm"
resolution = "20 um"
duration = "1 day"
seed = 7
[output]
images = false
report = false
"""

# A well-mixed run with every stage, a Franz-cell serum included, in about a second.
SMALL_SERUM = """
[device]
type = "stamp"
[device.needle]
length = "1.5 mm"
[device.stamp]
pitch = "0.5 mm"
[[sessions]]
day = 0
passes = 4
[simulation]
resolution = "40 um"
duration = "1 week"
seed = 3
[[conditions.scars]]
type = "icepick"
[serum]
active = "niacinamide"
mode = "franz"
duration = "1 h"
profile_times = ["0.5 h"]
lateral_resolution = "40 um"
depth_resolution = "20 um"
"""

# Two serums in vivo after the one session: each acts, each has its files and columns.
SMALL_SERUMS = """
[device]
type = "stamp"
[device.needle]
length = "1.5 mm"
[device.stamp]
pitch = "0.5 mm"
[[sessions]]
day = 0
passes = 1
[simulation]
resolution = "40 um"
duration = "1 week"
seed = 3
[[conditions.scars]]
type = "icepick"
[[serums]]
active = "tranexamic_acid"
duration = "2 h"
profile_times = ["1 h"]
lateral_resolution = "40 um"
depth_resolution = "20 um"
[[serums]]
active = "niacinamide"
duration = "2 h"
profile_times = ["1 h"]
lateral_resolution = "40 um"
depth_resolution = "20 um"
"""

_ELAPSED = re.compile(r'("(?:healing_)?elapsed_s"\s*:\s*)[-0-9.eE+]+')


def without_elapsed(text):
    """summary.json or report.html with its wall times blanked (the only part that differs)."""
    return _ELAPSED.sub(r"\1X", text)


def summary_without_elapsed(summary):
    """A summary dict without its wall times."""
    if isinstance(summary, dict):
        return {k: summary_without_elapsed(v) for k, v in summary.items()
                if k not in ("elapsed_s", "healing_elapsed_s")}
    if isinstance(summary, list):
        return [summary_without_elapsed(v) for v in summary]
    return summary
