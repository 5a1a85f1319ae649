// A scenario built and edited in code goes through the file loader: the same values, defaults,
// ranges and messages, located "set in code" instead of at a line.
#include <gtest/gtest.h>

#include <numbers>

#include "dermasim/scenario/scenario_document.hpp"
#include "dermasim/scenario/scenario_error.hpp"
#include "scenario_test_util.hpp"

using namespace dermasim;
using scenario::ScenarioDocument;
using scenario::ScenarioError;

namespace {

template <class F>
ScenarioError error_of(F&& f) {
  try {
    f();
  } catch (const ScenarioError& e) {
    return e;
  }
  ADD_FAILURE() << "no error";
  return ScenarioError({}, "", "");
}

ScenarioDocument minimal() {
  return ScenarioDocument::from_text(test_util::minimal_scenario(), "test.toml", "test");
}

}  // namespace

TEST(ScenarioDocument, AnEditedKeyLoadsAsTheSameKeyInAFileWould) {
  ScenarioDocument doc = ScenarioDocument::built_in_default();
  doc.set("device.needle.length", "1.0 mm");
  doc.set("sessions[1].day", 21);
  doc.set("parameters.collagen_crosslinking_rate", "0.03 1/day");
  const auto& sc = doc.scenario();
  EXPECT_DOUBLE_EQ(sc.device.needle.length, 1e-3);
  EXPECT_EQ(sc.sessions.at(1).day, 21);
  EXPECT_DOUBLE_EQ(sc.parameters.si("collagen_crosslinking_rate"), 0.03 / 86400.0);
  // The same edits written into the file give the same resolved scenario (comments apart).
  std::string text = scenario::default_scenario_text();
  text.replace(text.find("length = \"1.5 mm\""), 17, "length = \"1.0 mm\"");
  text.replace(text.find("day = 28"), 8, "day = 21");
  text += "\n[parameters]\ncollagen_crosslinking_rate = \"0.03 1/day\"\n";
  const auto from_file = scenario::load_scenario_text(text, "<built-in default>", "default");
  auto body = [](const std::string& resolved) { return resolved.substr(resolved.find("\n\n")); };
  EXPECT_EQ(body(sc.resolved_toml), body(from_file.resolved_toml));
  // The resolved scenario says what was set in code.
  EXPECT_NE(sc.resolved_toml.find("# Set in code: device.needle.length, sessions[1].day, "
                                  "parameters.collagen_crosslinking_rate\n"),
            std::string::npos)
      << sc.resolved_toml.substr(0, 300);
  ASSERT_NE(doc.resolved("device.needle.length"), nullptr);
  EXPECT_EQ(doc.resolved("device.needle.length")->value<std::string>(), "1 mm");
  EXPECT_EQ(doc.resolved("device.roller.speed_cv")->value<double>(), 0.2);  // a default
  EXPECT_EQ(doc.resolved("sessions[1].day")->value<std::int64_t>(), 21);
  EXPECT_EQ(doc.resolved("device.needle.nothing"), nullptr);
}

TEST(ScenarioDocument, AnEditErrsWithTheFilesMessageSaysSetInCodeAndChangesNothing) {
  ScenarioDocument doc = minimal();
  // The message a file gets for the same value.
  const auto in_file = error_of([] {
    test_util::load_text(
        "[device]\ntype = \"roller\"\n[device.needle]\nlength = \"5 mm\"\n"
        "[[sessions]]\nday = 0\npasses = 4\n");
  });
  const auto in_code = error_of([&] { doc.set("device.needle.length", "5 mm"); });
  EXPECT_EQ(in_code.key(), "device.needle.length");
  EXPECT_EQ(in_code.message(), in_file.message());
  EXPECT_TRUE(in_code.where().in_code);
  EXPECT_EQ(in_code.where().line, 0);
  EXPECT_EQ(in_code.where().file, "test.toml");
  EXPECT_EQ(std::string(in_code.what()),
            "test.toml: error: key 'device.needle.length' (set in code): " + in_file.message());
  EXPECT_DOUBLE_EQ(doc.scenario().device.needle.length, 1.5e-3);  // unchanged
  EXPECT_TRUE(doc.edited_keys().empty());

  // A misspelt key gets the loader's suggestion; a wrong type its expectation.
  const auto misspelt = error_of([&] { doc.set("device.needle.lenght", "1 mm"); });
  EXPECT_EQ(misspelt.key(), "device.needle.lenght");
  EXPECT_TRUE(misspelt.where().in_code);
  EXPECT_NE(misspelt.message().find("unknown key; did you mean 'length'?"), std::string::npos)
      << misspelt.what();
  const auto number = error_of([&] { doc.set("device.needle.length", 1.0); });
  EXPECT_NE(number.message().find("is a number, expected a string with a unit"), std::string::npos)
      << number.what();
  const auto choice = error_of([&] { doc.set("skin.site", "cheeck"); });
  EXPECT_NE(choice.message().find("did you mean \"cheek\"?"), std::string::npos) << choice.what();
}

TEST(ScenarioDocument, AFileValueKeepsItsLineAfterAnEditElsewhere) {
  // The edit makes the file's [device.roller] section invalid: the error points at its line.
  ScenarioDocument doc = ScenarioDocument::from_text(
      test_util::minimal_scenario("type = \"roller\"\n", "[device.roller]\nrows = 4\n"),
      "test.toml", "test");
  const auto e = error_of([&] { doc.set("device.type", "pen"); });
  EXPECT_EQ(e.key(), "device.roller");
  EXPECT_FALSE(e.where().in_code);
  EXPECT_EQ(e.where().line, 8);
  EXPECT_NE(e.message().find("device.type is \"pen\""), std::string::npos) << e.what();
  // Several edits at once are validated together.
  doc.apply({{"device.type", toml::table{{"value", "pen"}}}, {"device.roller", std::nullopt}});
  EXPECT_EQ(doc.scenario().device.kind, device::DeviceKind::pen);
}

TEST(ScenarioDocument, ArraysAreIndexedFromZeroAndGrowByOne) {
  ScenarioDocument doc = ScenarioDocument::built_in_default();
  ASSERT_EQ(doc.scenario().sessions.size(), 3u);
  doc.apply({{"sessions[3].day", toml::table{{"value", 84}}},
             {"sessions[3].passes", toml::table{{"value", 8}}}});
  ASSERT_EQ(doc.scenario().sessions.size(), 4u);
  EXPECT_EQ(doc.scenario().sessions[3].passes, 8);
  doc.set("sessions[3].directions", toml::array{"0 deg", "90 deg"});
  doc.set("sessions[3].directions[1]", "30 deg");
  EXPECT_NEAR(doc.scenario().sessions[3].directions.at(1), 30 * std::numbers::pi / 180, 1e-12);
  doc.set("sessions[3].directions[2]", "60 deg");  // one past the end adds it
  EXPECT_EQ(doc.scenario().sessions[3].directions.size(), 3u);
  doc.erase("sessions[3]");
  EXPECT_EQ(doc.scenario().sessions.size(), 3u);

  const auto past = error_of([&] { doc.set("sessions[5].day", 100); });
  EXPECT_EQ(past.key(), "sessions[5].day");
  EXPECT_NE(past.message().find("'sessions' has 3 entries (from [0]); [5] is past its end ([3] "
                                "adds one)"),
            std::string::npos)
      << past.what();
  // An incomplete new entry is the loader's missing-key error, at the new entry.
  const auto incomplete = error_of([&] { doc.set("sessions[3].day", 84); });
  EXPECT_EQ(incomplete.key(), "sessions[3].passes");
  EXPECT_NE(incomplete.message().find("is required"), std::string::npos) << incomplete.what();
  EXPECT_EQ(doc.scenario().sessions.size(), 3u);

  const auto not_table = error_of([&] { doc.set("device.needle.length.x", 1); });
  EXPECT_NE(not_table.message().find("'device.needle.length' is a string, not a table"),
            std::string::npos)
      << not_table.what();
  const auto bad = error_of([&] { doc.set("sessions[x].day", 1); });
  EXPECT_NE(bad.message().find("not a key"), std::string::npos) << bad.what();
  const auto absent = error_of([&] { doc.erase("device.needle.gauge"); });
  EXPECT_NE(absent.message().find("does not give it"), std::string::npos) << absent.what();
}

TEST(ScenarioDocument, ARemovedKeyTakesItsDefaultAgain) {
  ScenarioDocument doc = ScenarioDocument::built_in_default();
  doc.set("device.needle.tip_angle", "20 deg");
  EXPECT_NEAR(doc.scenario().device.needle.tip_angle, 20 * std::numbers::pi / 180, 1e-12);
  doc.erase("device.needle.tip_angle");
  EXPECT_NEAR(doc.scenario().device.needle.tip_angle, 30 * std::numbers::pi / 180, 1e-12);
}

TEST(ScenarioDocument, AScenarioBuiltInCodeFromNothing) {
  const auto empty = error_of([] { ScenarioDocument::from_table({}, "mine"); });
  EXPECT_EQ(empty.key(), "device.type");
  EXPECT_EQ(empty.where().file, scenario::kBuiltInCode);

  toml::table t{
      {"device", toml::table{{"type", "stamp"}, {"needle", toml::table{{"length", "0.5 mm"}}}}},
      {"sessions", toml::array{toml::table{{"day", 0}, {"passes", 2}}}}};
  ScenarioDocument doc = ScenarioDocument::from_table(t, "mine");
  EXPECT_EQ(doc.scenario().name, "mine");
  EXPECT_EQ(doc.scenario().source, scenario::kBuiltInCode);
  EXPECT_EQ(doc.scenario().device.kind, device::DeviceKind::stamp);
  const auto e = error_of([&] { doc.set("device.stamp.rows", 500); });
  EXPECT_EQ(std::string(e.what()),
            "<scenario built in code>: error: key 'device.stamp.rows' (set in code): 500 is out "
            "of range: expected an integer from 1 to 100");
}
