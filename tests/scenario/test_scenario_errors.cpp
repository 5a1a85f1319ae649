// Each class of bad input gets a located error: file, line, column, key, and what was expected.
#include <gtest/gtest.h>

#include "dermasim/scenario/scenario_error.hpp"
#include "scenario_test_util.hpp"

using dermasim::scenario::ScenarioError;
using dermasim::test_util::load_text;
using dermasim::test_util::minimal_scenario;

namespace {
ScenarioError error_of(const std::string& text) {
  try {
    load_text(text);
  } catch (const ScenarioError& e) {
    return e;
  }
  ADD_FAILURE() << "no error for:\n" << text;
  return ScenarioError({}, "", "");
}
}  // namespace

TEST(ScenarioErrors, WrongDimensionNamesFileLineColumnKeyAndExpectedUnit) {
  const auto e = error_of("[device]\ntype = \"roller\"\n[device.needle]\nlength = \"1.5 Hz\"\n");
  EXPECT_EQ(e.where().file, "test.toml");
  EXPECT_EQ(e.where().line, 4);
  EXPECT_EQ(e.where().column, 10);
  EXPECT_EQ(e.key(), "device.needle.length");
  EXPECT_NE(e.message().find("frequency"), std::string::npos) << e.what();
  EXPECT_NE(e.message().find("length between 0.05 mm and 3 mm"), std::string::npos) << e.what();
}

TEST(ScenarioErrors, OutOfRangeSaysTheRange) {
  const auto e = error_of("[device]\ntype = \"roller\"\n[device.needle]\nlength = \"5 mm\"\n");
  EXPECT_EQ(e.where().line, 4);
  EXPECT_EQ(e.key(), "device.needle.length");
  EXPECT_NE(e.message().find("out of range"), std::string::npos) << e.what();
}

TEST(ScenarioErrors, WrongTypeSaysWhatWasExpected) {
  const auto e = error_of("[device]\ntype = \"roller\"\n[device.needle]\nlength = 1.5\n");
  EXPECT_EQ(e.key(), "device.needle.length");
  EXPECT_NE(e.message().find("a string with a unit"), std::string::npos) << e.what();
  const auto passes =
      error_of(minimal_scenario("type = \"pen\"\n") + "[[sessions]]\nday = 7\npasses = \"four\"\n");
  EXPECT_EQ(passes.key(), "sessions[1].passes");
  EXPECT_EQ(passes.where().line, 10);
}

TEST(ScenarioErrors, UnknownKeySuggestsTheNearestOne) {
  const auto e = error_of(
      "[device]\ntype = \"roller\"\n[device.needle]\nlenght = \"1.5 mm\"\nlength = \"1 mm\"\n");
  EXPECT_EQ(e.key(), "device.needle.lenght");
  EXPECT_EQ(e.where().line, 4);
  EXPECT_NE(e.message().find("did you mean 'length'?"), std::string::npos) << e.what();
  const auto section = error_of(minimal_scenario() + "[simulaton]\nseed = 3\n");
  EXPECT_NE(section.message().find("did you mean 'simulation'?"), std::string::npos)
      << section.what();
}

TEST(ScenarioErrors, UnknownChoiceSuggestsTheNearestOption) {
  const auto e = error_of(minimal_scenario() + "[skin]\nsite = \"cheeck\"\n");
  EXPECT_EQ(e.key(), "skin.site");
  EXPECT_NE(e.message().find("did you mean \"cheek\"?"), std::string::npos) << e.what();
}

TEST(ScenarioErrors, MissingRequiredKeysAndSections) {
  EXPECT_EQ(error_of("[device]\ntype = \"roller\"\n[device.needle]\n").key(),
            "device.needle.length");
  EXPECT_EQ(error_of("[device]\ntype = \"roller\"\n[device.needle]\nlength = \"1 mm\"\n").key(),
            "sessions");
}

TEST(ScenarioErrors, SectionForAnotherDeviceIsRejected) {
  const auto e = error_of(minimal_scenario() + "[device.pen]\nneedles = 12\n");
  EXPECT_EQ(e.key(), "device.pen");
  EXPECT_NE(e.message().find("device.type is \"roller\""), std::string::npos) << e.what();
}

TEST(ScenarioErrors, InvalidTomlIsLocated) {
  const auto e = error_of("[device]\ntype = \"roller\n");
  EXPECT_EQ(e.where().line, 2);
  EXPECT_NE(e.message().find("not valid TOML"), std::string::npos);
}

TEST(ScenarioErrors, ParameterOverridesAreCheckedAgainstTheirRange) {
  const auto e = error_of(minimal_scenario() + "[parameters]\narray_penetration_ratio = 0.9\n");
  EXPECT_EQ(e.key(), "parameters.array_penetration_ratio");
  const auto misspelt =
      error_of(minimal_scenario() + "[parameters]\narray_penetraton_ratio = 0.3\n");
  EXPECT_NE(misspelt.message().find("did you mean 'array_penetration_ratio'?"), std::string::npos);
}

TEST(ScenarioErrors, SessionsMustStartAtDayZeroAndIncrease) {
  EXPECT_EQ(error_of(minimal_scenario() + "[[sessions]]\nday = 0\npasses = 1\n").key(),
            "sessions[1].day");
}

TEST(ScenarioErrors, GridBeyondTheMemoryBoundIsRejectedAtLoad) {
  const auto e =
      error_of(minimal_scenario() +
               "[simulation]\npatch_x = \"50 mm\"\npatch_y = \"50 mm\"\nresolution = \"2 um\"\n");
  EXPECT_EQ(e.key(), "simulation.resolution");
  EXPECT_NE(e.message().find("max_memory"), std::string::npos);
}

TEST(ScenarioErrors, ChannelsThatWouldBeCutOrOverlapThemselvesAreRejected) {
  const auto shallow = error_of(minimal_scenario() + "[simulation]\ndepth = \"0.5 mm\"\n");
  EXPECT_EQ(shallow.key(), "simulation.depth");
  EXPECT_NE(shallow.message().find("channels would be cut"), std::string::npos) << shallow.what();
  const auto tiny = error_of(minimal_scenario() + "[simulation]\npatch_x = \"1 mm\"\n");
  EXPECT_EQ(tiny.key(), "simulation.patch_x");
  EXPECT_NE(tiny.message().find("its own image"), std::string::npos) << tiny.what();
}

TEST(ScenarioErrors, RunsThatWouldExhaustMemoryAreRejectedBeforeTheyStart) {
  // 200 sessions of 100 pen passes: ~10^8 punctures. The estimate stops it at load.
  std::string text =
      "[device]\ntype = \"pen\"\n[device.needle]\nlength = \"1 mm\"\n"
      "[device.pen]\nglide_speed = \"0.05 cm/s\"\nlane_spacing = \"0.1 mm\"\n";
  for (int d = 0; d < 200; ++d)
    text += "[[sessions]]\nday = " + std::to_string(d) + "\npasses = 100\n";
  text += "[simulation]\nduration = \"200 days\"\n";  // every session within the run
  const auto e = error_of(text);
  EXPECT_EQ(e.key(), "simulation.resolution");
  EXPECT_NE(e.message().find("punctures"), std::string::npos) << e.what();
}

TEST(ScenarioErrors, MemorySizesNeedTheirUnit) {
  EXPECT_EQ(error_of(minimal_scenario() + "[simulation]\nmax_memory = 1000\n").key(),
            "simulation.max_memory");
  EXPECT_EQ(error_of(minimal_scenario() + "[device.roller]\nspeed_cv = \"0.3 MiB\"\n").key(),
            "device.roller.speed_cv");
}
