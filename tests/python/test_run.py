# dermasim.run: its tables, summary and saved folder are the command line's, number for number.
import json
import math

import numpy as np
import pytest

import dermasim
from conftest import (EXAMPLES, SMALL_3D, SMALL_SERUM, SMALL_SERUMS, run_cli,
                      summary_without_elapsed, without_elapsed)

TABLES = {"timeseries": "timeseries.csv", "punctures": "punctures.csv",
          "absorption": "absorption.csv", "absorption_profile": "absorption_profile.csv"}


def as_csv(frame, formats):
    """A DataFrame written as dermasim writes its CSV files (each column's precision)."""
    lines = [",".join(frame.columns)]
    for row in frame.itertuples(index=False):
        cells = []
        for name, v in zip(frame.columns, row):
            if isinstance(v, str):
                cells.append(v)
            elif isinstance(v, float) and math.isnan(v):
                cells.append("")
            else:
                cells.append(formats[name] % v)
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module", params=["example", "serum", "serums"])
def runs(request, cli, tmp_path_factory):
    """An example (pen, melasma), a small scenario with a serum and one with two, well-mixed,
    each run by the command line and by Python."""
    base = tmp_path_factory.mktemp(request.param)
    if request.param == "example":
        path = EXAMPLES / "pen_melasma_cheek.toml"
    else:
        path = base / f"small_{request.param}.toml"
        path.write_text(SMALL_SERUM if request.param == "serum" else SMALL_SERUMS)
    folder = base / "run"
    done = run_cli(cli, "run", path, "-o", folder, "--well-mixed", "-t", "1")
    assert done.returncode == 0, done.stderr
    r = dermasim.run(dermasim.Scenario.from_toml(path), fidelity="well_mixed", threads=1)
    return folder, r


@pytest.fixture
def serum_runs(runs):
    if runs[1].absorption is None:
        pytest.skip("no serum in this scenario")
    return runs


@pytest.mark.parametrize("table", list(TABLES))
def test_each_table_is_the_cli_file_to_the_last_digit_written(runs, table):
    folder, r = runs
    frame = getattr(r, table)
    if frame is None:
        assert not (folder / TABLES[table]).exists()
        return
    text = (folder / TABLES[table]).read_text()
    assert list(frame.columns) == text.splitlines()[0].split(",")
    assert as_csv(frame, r._core.table_formats(table)) == text


def test_every_serums_tables_are_its_cli_files(runs):
    folder, r = runs
    names = [p.name for p in folder.iterdir()]
    assert len(r.absorptions) == len(r.summary.get("serums", []))
    assert len(r.absorption_profiles) == len(r.absorptions)
    for k, (frame, profile) in enumerate(zip(r.absorptions, r.absorption_profiles), start=1):
        files = r.summary["serums"][k - 1]["files"]
        assert files["absorption"] == ("absorption.csv" if k == 1 else f"absorption_{k}.csv")
        stem = files["absorption"][:-4]
        assert as_csv(frame, r._core.table_formats(stem)) == (folder / files["absorption"]).read_text()
        assert as_csv(profile, r._core.table_formats(files["absorption_profile"][:-4])) == \
            (folder / files["absorption_profile"]).read_text()
    if len(r.absorptions) == 2:
        assert "absorption_2.csv" in names
        assert list(r.timeseries.columns[-2:]) == r.summary["serums"][1]["timeseries_columns"]
        assert r.timeseries["serum_2_active_epidermis_ug_ml"].max() > 0
        with pytest.raises(ValueError, match="2 serum"):
            r._core.table("absorption_3")


def test_the_summary_is_summary_json(runs):
    folder, r = runs
    on_disk = json.loads((folder / "summary.json").read_text())
    assert list(r.summary) == list(on_disk)
    assert summary_without_elapsed(r.summary) == summary_without_elapsed(on_disk)


def test_save_writes_the_cli_run_folder(runs, tmp_path):
    folder, r = runs
    saved = tmp_path / folder.name  # the same name: the report is labelled by its folder
    r.save(saved)
    cli_files = sorted(p.name for p in folder.iterdir())
    assert sorted(p.name for p in saved.iterdir()) == cli_files
    for name in cli_files:
        a, b = (folder / name).read_bytes(), (saved / name).read_bytes()
        if name in ("summary.json", "report.html"):
            a, b = without_elapsed(a.decode()), without_elapsed(b.decode())
        assert a == b, name


def test_the_dataframes_columns_and_types(serum_runs):
    _, r = serum_runs
    ts = r.timeseries
    assert ts.columns[0] == "time_h" and "collagen_change_pct" in ts.columns
    assert ts["time_h"].is_monotonic_increasing
    assert ts["wrinkle_depth_um"].isna().all()  # no lines: the measure does not apply
    assert ts["scar_depth_icepick_um"].notna().all()
    p = r.punctures
    assert list(p.columns) == ["x_um", "y_um", "depth_um", "angle_deg", "azimuth_deg", "session",
                               "pass", "time_s", "layer", "bleeding"]
    assert p["session"].dtype == np.int64 and p["layer"].dtype == object
    assert len(p) == r.summary["punctures"]
    o = r.outcomes
    assert list(o.index) == [4, 6, 12, 26]
    assert o.isna().all().all()  # a one-week run reaches none of the weeks
    assert r.absorption.columns[0] == "time_h"
    assert r.absorption_profile.columns[0] == "depth_um"
    params = dermasim.parameters()
    assert list(params.columns) == ["name", "value", "unit", "min", "max", "source", "description",
                                    "range_source"]
    assert (params["range_source"].str.len() > 0).all()
    assert "collagen_crosslinking_rate" in set(params["name"])
    assert (params["min"] <= params["value"]).all() and (params["value"] <= params["max"]).all()


def test_outcomes_are_the_per_week_keys_of_the_summary():
    sc = dermasim.Scenario.default()
    sc["simulation.resolution"] = "40 um"
    r = dermasim.run(sc, fidelity="well_mixed", threads=1)
    o, s = r.outcomes, r.summary
    assert list(o.index) == [4, 6, 12, 26]
    assert o.loc[12, "collagen_change_pct"] == s["collagen_change_pct"]["12"]
    assert o.loc[26, "scar_depth_change_pct_by_type.boxcar"] == \
        s["scar_depth_change_pct_by_type"]["boxcar"]["26"]
    assert r.absorption is None
    with pytest.raises(dermasim.FieldRequestError, match="kept no fields"):
        r.field("collagen_i", "28 d")


def test_fields_of_a_3d_run(tmp_path):
    sc = dermasim.Scenario.from_text(SMALL_3D, name="small")
    with pytest.raises(dermasim.FieldRequestError, match="fields need the 3D model"):
        dermasim.run(sc, fidelity="well_mixed", fields=["collagen_i"])
    with pytest.raises(dermasim.FieldRequestError, match="fields: unknown field 'colagen_i'; did "
                                                         "you mean 'collagen_i'"):
        dermasim.run(sc, fields=["colagen_i"])
    with pytest.raises(dermasim.FieldRequestError, match="field_times: .* past the end"):
        dermasim.run(sc, fields=["collagen_i"], field_times=["3 d"])
    r = dermasim.run(sc, fields=["collagen_i", "damage"], field_times=["0 h", "1 d"], threads=1)
    f = r.field("collagen_i", "24 h")
    grid = r._core.healing_grid
    assert f.shape == (len(grid["z_um"]), len(grid["y_um"]), len(grid["x_um"]))
    assert f.unit == "mg_cm3" and np.isfinite(np.asarray(f)).all()
    assert np.asarray(r.field("damage", "0 h")).max() > 0
    assert r.fields == (["collagen_i", "damage"], [0.0, 24.0])
    with pytest.raises(dermasim.FieldRequestError, match=r"no fields at \"7 d\""):
        r.field("collagen_i", "7 d")
    with pytest.raises(dermasim.FieldRequestError, match="no field 'neutrophils'"):
        r.field("neutrophils", "1 d")
    # Saved, they are fields.h5 and its index, as --fields writes them.
    r.save(tmp_path / "run")
    assert (tmp_path / "run" / "fields.h5").stat().st_size > 0
    assert "collagen_i" in (tmp_path / "run" / "fields.xdmf").read_text()


def test_bad_arguments():
    sc = dermasim.Scenario.from_text(SMALL_3D)
    with pytest.raises(ValueError, match="fidelity: \"wellmixed\" is not one of"):
        dermasim.run(sc, fidelity="wellmixed")
    with pytest.raises(TypeError):
        dermasim.run(SMALL_3D)
