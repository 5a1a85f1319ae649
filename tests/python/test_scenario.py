# A scenario in Python: the same loader, values and located errors as a scenario file.
import pytest

import dermasim
from conftest import EXAMPLES, run_cli

BAD = EXAMPLES.parent / "tests" / "cli" / "bad"


def test_default_and_file_scenarios_resolve_as_the_command_line_prints_them(cli):
    assert dermasim.Scenario.default().to_toml() == run_cli(cli, "scenario").stdout
    path = EXAMPLES / "pen_melasma_cheek.toml"
    sc = dermasim.Scenario.from_toml(path)
    assert sc.to_toml() == run_cli(cli, "scenario", path).stdout
    assert sc.name == "pen_melasma_cheek"
    assert sc.source == str(path)


def test_a_key_is_read_resolved_and_set_by_its_dotted_name():
    sc = dermasim.Scenario.default()
    assert sc["device.needle.length"] == "1.5 mm"
    assert sc["device.roller.speed_cv"] == 0.2  # a default, filled in
    assert sc["sessions[1].day"] == 28
    sc["device.needle.length"] = "1.0 mm"
    sc["sessions[1].day"] = 21
    sc["parameters.collagen_crosslinking_rate"] = "0.03 1/day"
    assert sc["device.needle.length"] == "1 mm"
    assert sc["sessions[1].day"] == 21
    assert sc["parameters.collagen_crosslinking_rate"] == "0.03 1/day"
    assert sc.edited_keys == ["device.needle.length", "sessions[1].day",
                              "parameters.collagen_crosslinking_rate"]
    assert "# Set in code: device.needle.length, sessions[1].day" in sc.to_toml()
    sc["device.needle.tip_angle"] = "20 deg"
    del sc["device.needle.tip_angle"]
    assert sc["device.needle.tip_angle"] == "30 deg"  # its default again
    with pytest.raises(dermasim.ScenarioError, match="is required"):
        del sc["device.needle.length"]  # required: it has no default
    with pytest.raises(KeyError):
        sc["device.needle.nothing"]
    copy = sc.copy()
    copy["skin.age"] = "50 years"
    assert sc["skin.age"] == "35 years"


def test_an_edit_errs_as_the_file_would_and_changes_nothing():
    sc = dermasim.Scenario.default()
    with pytest.raises(dermasim.ScenarioError) as e:
        sc["device.needle.length"] = "5 mm"
    assert isinstance(e.value, ValueError)
    assert str(e.value) == ("<built-in default>: error: key 'device.needle.length' (set in code): "
                            "5 mm is out of range: expected a length between 0.05 mm and 3 mm")
    assert e.value.key == "device.needle.length"
    assert e.value.in_code and e.value.line is None and e.value.column is None
    assert e.value.file == "<built-in default>"
    assert e.value.message == "5 mm is out of range: expected a length between 0.05 mm and 3 mm"
    assert sc["device.needle.length"] == "1.5 mm"
    with pytest.raises(dermasim.ScenarioError, match="did you mean 'length'"):
        sc["device.needle.lenght"] = "1 mm"
    with pytest.raises(dermasim.ScenarioError, match="is a number, expected a string with a unit"):
        sc["device.needle.length"] = 1.0
    with pytest.raises(dermasim.ScenarioError, match=r"'sessions' has 3 entries"):
        sc["sessions[7].day"] = 100
    with pytest.raises(TypeError, match="device.needle.length: a NoneType cannot be"):
        sc["device.needle.length"] = None
    # Several changes at once: the device type and its section.
    sc.update({"device.type": "pen", "device.roller": None})
    assert sc["device.type"] == "pen"
    assert sc["device.pen.needles"] == 12


@pytest.mark.parametrize("name", ["misspelt_key", "out_of_range", "wrong_dimension",
                                  "invalid_toml", "serum_active_misspelt"])
def test_a_bad_file_raises_the_command_lines_message_with_its_location(cli, name):
    path = BAD / f"{name}.toml"
    expected = run_cli(cli, "check", path)
    assert expected.returncode == 2
    with pytest.raises(dermasim.ScenarioError) as e:
        dermasim.Scenario.from_toml(path)
    assert str(e.value) == expected.stderr.strip()
    assert e.value.file == str(path)
    assert e.value.line is not None and e.value.line > 0
    assert not e.value.in_code
    location = f"{path}:{e.value.line}:{e.value.column}: error: "
    assert str(e.value).startswith(location)
    if e.value.key:
        assert f"key '{e.value.key}'" in str(e.value)


def test_a_scenario_built_from_a_dict():
    sc = dermasim.Scenario.from_dict(
        {"device": {"type": "stamp", "needle": {"length": "0.5 mm"}},
         "sessions": [{"day": 0, "passes": 2, "directions": ["0 deg", "90 deg"]}]},
        name="mine")
    assert sc.name == "mine"
    assert sc["device.stamp.rows"] == 6
    assert sc.to_dict()["sessions"][0]["passes"] == 2
    with pytest.raises(dermasim.ScenarioError) as e:
        dermasim.Scenario.from_dict({"device": {"type": "stamp"}})
    assert e.value.key == "device.needle"  or e.value.key.startswith("device.needle")
    assert "is required" in str(e.value)
    with pytest.raises(TypeError):
        dermasim.Scenario.from_dict({"device": {"type": object()}})
