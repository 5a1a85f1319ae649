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

done = subprocess.run(
    [args.benchmarks, "--benchmark_filter=BM_SimulateWellMixed",
     f"--benchmark_repetitions={args.repetitions}", "--benchmark_format=json"],
    capture_output=True, text=True, check=True)
cpp = {}
for b in json.loads(done.stdout)["benchmarks"]:
    if b.get("run_type") == "iteration":
        resolution = int(b["name"].split("resolution_um:")[1].split("/")[0])
        cpp[resolution] = min(cpp.get(resolution, float("inf")), b["real_time"] / 1e3)

print(f"{'resolution':>10} {'C++ (s)':>9} {'Python (s)':>11} {'overhead':>9}")
for resolution in sorted(cpp):
    sc = dermasim.Scenario.default()
    sc["simulation.resolution"] = f"{resolution} um"
    dermasim.run(sc, fidelity="well_mixed", threads=1)  # warm up (first-touch of memory)
    best = float("inf")
    for _ in range(args.repetitions):
        start = time.perf_counter()
        dermasim.run(sc, fidelity="well_mixed", threads=1)
        best = min(best, time.perf_counter() - start)
    print(f"{resolution:>8} um {cpp[resolution]:>9.4f} {best:>11.4f} "
          f"{100 * (best / cpp[resolution] - 1):>8.1f}%")
