"""What the Python module adds to a run: dermasim.run(sc, fidelity="well_mixed") from Python
against the same simulate() call in C++ (BM_SimulateWellMixed in bench/bench_simulate.cpp), on
the built-in scenario at one thread. A benchmark to run by hand, not a test:

    PYTHONPATH=build/release/python /usr/bin/python3 bench/python_overhead.py

Each figure is the fastest of the repetitions (the least disturbed by other work on the machine).
docs/numerics.md ("Python") has the figures.
"""

import argparse
import json
import subprocess
import time
from pathlib import Path

import dermasim

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--repetitions", type=int, default=5)
parser.add_argument("--benchmarks", default="build/release/bench/dermasim_benchmarks",
                    help="the Google Benchmark program")
args = parser.parse_args()

def cpp_seconds(resolution):
    """One repetition of the C++ benchmark at one grid: the fastest of its iterations (s)."""
    done = subprocess.run(
        [args.benchmarks, f"--benchmark_filter=BM_SimulateWellMixed/resolution_um:{resolution}/",
         "--benchmark_format=json"],
        capture_output=True, text=True, check=True)
    return min(b["real_time"] / 1e3 for b in json.loads(done.stdout)["benchmarks"]
               if b.get("run_type") == "iteration")


def python_seconds(sc):
    start = time.perf_counter()
    dermasim.run(sc, fidelity="well_mixed", threads=1)
    return time.perf_counter() - start


# The two are interleaved (one C++ repetition, then one Python call, in each round) so that a
# slow spell of the shared machine falls on both rather than on whichever ran then.
print(f"{'resolution':>10} {'C++ (s)':>9} {'Python (s)':>11} {'overhead':>9}")
for resolution in (10, 40):
    sc = dermasim.Scenario.default()
    sc["simulation.resolution"] = f"{resolution} um"
    dermasim.run(sc, fidelity="well_mixed", threads=1)  # warm up (first-touch of memory)
    cpp, py = float("inf"), float("inf")
    for _ in range(args.repetitions):
        cpp = min(cpp, cpp_seconds(resolution))
        py = min(py, python_seconds(sc))
    print(f"{resolution:>8} um {cpp:>9.4f} {py:>11.4f} {100 * (py / cpp - 1):>8.1f}%")
