"""Two protocols side by side: the built-in acne-scar scenario with 0.5 mm and 1.5 mm needles.

Run from the repository root, with the package built (README, "Python"):

    PYTHONPATH=build/release/python /usr/bin/python3 examples/python/compare_needle_lengths.py

It runs both with the well-mixed healing model (about a second each), prints their outcomes at
weeks 4, 6, 12 and 26, writes compare_needle_lengths.png, and saves each run folder beside it
(open their report.html, or `dermasim compare` the two folders).
"""

import argparse
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files, no window
import matplotlib.pyplot as plt

import dermasim

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("-o", "--output", default="results/compare_needle_lengths",
                    help="folder for the figure and the two run folders")
args = parser.parse_args()
out = Path(args.output)
out.mkdir(parents=True, exist_ok=True)

# One scenario, edited by key: the same checks and units as a scenario file.
runs = {}
for length in ["0.5 mm", "1.5 mm"]:
    sc = dermasim.Scenario.default()
    sc["device.needle.length"] = length
    runs[length] = dermasim.run(sc, fidelity="well_mixed")
    runs[length].save(out / f"needle_{length.replace(' ', '')}")

# The outcomes table: each measure's change (%) from before treatment, by week.
for length, r in runs.items():
    print(f"needle {length}: {r.summary['punctures']} punctures, "
          f"depth {r.summary['depth_um']['mean']:.0f} um")
    print(r.outcomes[["collagen_change_pct", "scar_depth_change_pct"]].round(2).to_string())

# The time courses, against days after the first session (sessions on days 0, 28 and 56).
fig, axes = plt.subplots(1, 3, figsize=(13, 3.8))
for length, r in runs.items():
    ts = r.timeseries
    days = ts["time_h"] / 24
    axes[0].plot(days, ts["collagen_change_pct"], label=f"{length} needles")
    axes[1].plot(days, ts["scar_depth_um"], label=f"{length} needles")
    first_days = ts[ts["time_h"] <= 72]
    axes[2].plot(first_days["time_h"], first_days["erythema_index"], label=f"{length} needles")
axes[0].set(xlabel="days", ylabel="collagen change (%)", title="New collagen")
axes[1].set(xlabel="days", ylabel="scar depth (um)", title="Boxcar scar depth")
axes[2].set(xlabel="hours", ylabel="erythema index", title="Redness after the first session")
for ax in axes:
    ax.grid(alpha=0.3)
axes[0].legend()
fig.tight_layout()
figure = out / "compare_needle_lengths.png"
fig.savefig(figure, dpi=110)
print(f"figure written to {figure}")

# The deeper needle reaches the reticular dermis: more injury, more new collagen at week 26.
deep, shallow = runs["1.5 mm"].outcomes, runs["0.5 mm"].outcomes
assert deep.loc[26, "collagen_change_pct"] > shallow.loc[26, "collagen_change_pct"], \
    "the 1.5 mm needles should make more collagen than the 0.5 mm ones"
