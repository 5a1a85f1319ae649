"""dermasim: a simulator of microneedling, for notebooks.

A thin layer over the C++ library (dermasim._core): a scenario is edited by dotted key through
the same loader as a scenario file, a run is the library's simulate() with the GIL released, and
its tables are the run folder's CSV files as pandas DataFrames (the same columns and values).

    import dermasim
    sc = dermasim.Scenario.default()            # or .from_toml(path) / .from_dict({...})
    sc["device.needle.length"] = "1.0 mm"
    r = dermasim.run(sc, fidelity="well_mixed")  # or "3d", threads=..., progress=True
    r.timeseries, r.punctures, r.summary, r.outcomes, r.absorption
    r.save("results/x")                          # the ordinary run folder, report.html included
"""

import json
import sys

import numpy as np
import pandas as pd

from . import _core
from ._core import Cancelled, FieldRequestError, ScenarioError

__version__ = _core.__version__
for _error in (ScenarioError, FieldRequestError, Cancelled):
    _error.__module__ = __name__  # dermasim.ScenarioError in tracebacks, as it is imported
__all__ = [
    "Scenario",
    "Result",
    "Field",
    "run",
    "parameters",
    "field_names",
    "ScenarioError",
    "FieldRequestError",
    "Cancelled",
]


class Scenario:
    """A treatment scenario, validated. Keys are dotted paths as the error messages spell them:
    sc["device.needle.length"] = "1.0 mm", sc["sessions[1].day"] = 21,
    sc["parameters.collagen_crosslinking_rate"] = "0.03 1/day". Every change goes through the
    loader of scenario files: a bad value raises ScenarioError (its key, "set in code") and
    leaves the scenario as it was. Reading a key gives its resolved value, default or not."""

    def __init__(self, document):
        if not isinstance(document, _core.ScenarioDocument):
            raise TypeError("use Scenario.default(), .from_toml(path), .from_text() or .from_dict()")
        self._doc = document

    @classmethod
    def default(cls):
        """The built-in default scenario (what `dermasim run` runs without a file)."""
        return cls(_core.ScenarioDocument.built_in_default())

    @classmethod
    def from_toml(cls, path):
        """A scenario file."""
        return cls(_core.ScenarioDocument.from_file(str(path)))

    @classmethod
    def from_text(cls, text, name="scenario", source="<text>"):
        """Scenario TOML given as a string."""
        return cls(_core.ScenarioDocument.from_text(text, source, name))

    @classmethod
    def from_dict(cls, table, name="scenario"):
        """A scenario built in code, as the nested dict of its TOML tables:
        {"device": {"type": "pen", "needle": {"length": "1 mm"}}, "sessions": [{...}]}."""
        return cls(_core.ScenarioDocument.from_dict(table, name))

    def __setitem__(self, key, value):
        self._doc.set(key, value)

    def __getitem__(self, key):
        value = self._doc.resolved(key)
        if value is None:
            raise KeyError(key)
        return value

    def __delitem__(self, key):
        self._doc.erase(key)

    def update(self, edits):
        """Several changes validated together (e.g. the device type and its section): a mapping
        or (key, value) pairs; a value None removes the key."""
        items = edits.items() if hasattr(edits, "items") else edits
        self._doc.apply(list(items))

    def copy(self):
        return Scenario(self._doc.copy())

    def to_dict(self):
        """The resolved scenario (every default filled in, units explicit) as nested dicts."""
        return self._doc.resolved_dict()

    def to_toml(self):
        """The resolved scenario as TOML: the scenario.resolved.toml a run folder holds."""
        return self._doc.resolved_toml

    @property
    def name(self):
        return self._doc.name

    @property
    def source(self):
        return self._doc.source

    @property
    def edited_keys(self):
        """The keys set or removed in code, in order."""
        return list(self._doc.edited_keys)

    def __repr__(self):
        edited = f", {len(self.edited_keys)} key(s) set in code" if self.edited_keys else ""
        return f"<dermasim.Scenario {self.name!r} from {self.source}{edited}>"


class Field:
    """A 3D field of the healing model at one time: values (nz, ny, nx), x fastest as in
    fields.h5, with the cell centres in micrometres (z is the depth below the surface).
    np.asarray(field) is its values."""

    def __init__(self, name, time, unit, values, grid):
        self.name, self.time, self.unit, self.values = name, time, unit, values
        self.x_um, self.y_um, self.z_um = grid["x_um"], grid["y_um"], grid["z_um"]

    @property
    def shape(self):
        return self.values.shape

    def __array__(self, dtype=None):
        return self.values if dtype is None else self.values.astype(dtype)

    def __repr__(self):
        return f"<dermasim.Field {self.name} at {self.time} ({self.unit}), shape {self.shape}>"


def _frame(columns):
    return pd.DataFrame({name: values for name, values in columns})


class Result:
    """What one run produced, in memory. Tables are built when first read."""

    def __init__(self, core):
        self._core = core
        self._cache = {}

    def _table(self, name):
        if name not in self._cache:
            self._cache[name] = _frame(self._core.table(name))
        return self._cache[name].copy()

    @property
    def timeseries(self):
        """timeseries.csv: time_h, the healing model's columns, the outcome columns (NaN where a
        measure does not apply)."""
        return self._table("timeseries")

    @property
    def punctures(self):
        """punctures.csv: one row per puncture."""
        return self._table("punctures")

    @property
    def absorption(self):
        """absorption.csv, when the scenario has a serum (else None): the first serum's."""
        return self._table("absorption") if self._core.has_serum else None

    @property
    def absorption_profile(self):
        """absorption_profile.csv, when the scenario has a [serum] (else None)."""
        return self._table("absorption_profile") if self._core.has_serum else None

    @property
    def absorptions(self):
        """Every serum's absorption table, in the order of [[serums]] (absorption.csv,
        absorption_2.csv, ...); [] without a serum."""
        return [self._table("absorption" if k == 1 else f"absorption_{k}")
                for k in range(1, self._core.serum_count + 1)]

    @property
    def absorption_profiles(self):
        """Every serum's depth profiles, in the order of [[serums]] (absorption_profile.csv,
        absorption_profile_2.csv, ...); [] without a serum."""
        return [self._table("absorption_profile" if k == 1 else f"absorption_profile_{k}")
                for k in range(1, self._core.serum_count + 1)]

    @property
    def summary(self):
        """summary.json as a dict."""
        return json.loads(self._core.summary_json())

    @property
    def outcomes(self):
        """The per-week measures of summary.json (changes in %), a row per week (4, 6, 12, 26)
        and a column per measure (scar_depth_change_pct_by_type's as
        scar_depth_change_pct_by_type.<type>); NaN where a run lacks a week or a measure."""
        table = json.loads(self._core.outcome_table_json())
        weeks = [int(w) for w in table["weeks"]]
        data = {row["measure"]: [np.nan if v is None else v for v in row["values"][0]]
                for row in table["rows"]}
        return pd.DataFrame(data, index=pd.Index(weeks, name="week"), dtype=float)

    def field(self, name, time):
        """A 3D field the run was asked for: dermasim.run(sc, fields=["collagen_i"],
        field_times=["28 d"]) then r.field("collagen_i", "28 d")."""
        values = self._core.field(name, time)
        return Field(name, time, self._core.field_unit(name), values, self._core.healing_grid)

    @property
    def fields(self):
        """The fields kept: (names, times in hours after the first session)."""
        return list(self._core.field_names), list(self._core.field_times_h)

    def save(self, folder):
        """Writes the ordinary run folder (README, "Outputs"), report.html included, and
        fields.h5 with the fields kept."""
        self._core.save(str(folder))

    @property
    def scenario_toml(self):
        """The resolved scenario the run ran (scenario.resolved.toml)."""
        return self._core.resolved_toml

    @property
    def fidelity(self):
        return self._core.fidelity

    @property
    def elapsed_s(self):
        return self._core.elapsed_s

    def __repr__(self):
        return (f"<dermasim.Result {self._core.scenario_name!r} ({self.fidelity}), "
                f"{self._core.elapsed_s:.2f} s>")


class _TerminalProgress:
    """progress=True: a bar on stderr, redrawn in place."""

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.stage = None

    def __call__(self, stage, fraction):
        if stage != self.stage and self.stage is not None:
            self.stream.write("\n")
        self.stage = stage
        filled = int(fraction * 30)
        self.stream.write(f"\r{stage:<20} [{'#' * filled}{'.' * (30 - filled)}] {100 * fraction:3.0f}%")
        self.stream.flush()

    def close(self):
        if self.stage is not None:
            self.stream.write("\n")
            self.stream.flush()


def run(scenario, fidelity="3d", threads=0, fields=None, field_times=None, progress=False,
        cancel=None, keep_injury_field=False):
    """Runs a scenario and returns its Result; nothing is written (see Result.save).

    fidelity: "3d" (the full model on the grid) or "well_mixed" (one compartment, instant).
    threads: OpenMP threads of this run (0: the scenario's, else every core); other runs on
        other threads keep their own.
    fields, field_times: 3D fields to keep for Result.field (names as `dermasim run --fields`,
        times with units, e.g. ["0 h", "7 d"]; by default each session and days 1, 7 and 28 and
        the end).
    progress: True for a bar on stderr, or a callable(stage, fraction).
    cancel: an object with is_set() (a threading.Event): when set, the run stops at its next
        step and raises Cancelled. Ctrl-C (KeyboardInterrupt) stops it the same way when the run
        is on the main thread.
    keep_injury_field: keep the injury stage's fine damage field (often hundreds of MiB).
    """
    if not isinstance(scenario, Scenario):
        raise TypeError("run() takes a dermasim.Scenario")
    bar = _TerminalProgress() if progress is True else None
    callback = bar if bar is not None else (progress if callable(progress) else None)
    try:
        core = _core.run(scenario._doc, fidelity, int(threads), fields, field_times, callback,
                         cancel, bool(keep_injury_field))
    finally:
        if bar is not None:
            bar.close()
    return Result(core)


def parameters():
    """Every model parameter: name, value, unit, min, max, source (and description, and where
    the range's ends come from), as `dermasim parameters` lists them."""
    return pd.DataFrame(_core.parameters(),
                        columns=["name", "value", "unit", "min", "max", "source", "description",
                                 "range_source"])


def field_names():
    """The names fields= accepts: "all", then each species of the healing model."""
    return list(_core.field_names())
