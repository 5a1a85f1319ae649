#include <gtest/gtest.h>

#include <cmath>

#include "dermasim/scenario/scenario_error.hpp"
#include "scenario_test_util.hpp"

using namespace dermasim;
using dermasim::test_util::load_text;
using dermasim::test_util::minimal_scenario;

TEST(ScenarioLoad, DefaultScenarioIsValidAndComplete) {
  const auto sc = scenario::load_default_scenario();
  EXPECT_EQ(sc.device.kind, device::DeviceKind::roller);
  EXPECT_EQ(sc.sessions.size(), 3u);
  EXPECT_DOUBLE_EQ(sc.device.needle.length, 1.5e-3);
  EXPECT_EQ(sc.simulation.seed, 20261125u);
}

TEST(ScenarioLoad, UnitsAreConvertedOnceToSI) {
  const auto sc = load_text(minimal_scenario("type = \"pen\"\n", "[skin]\nage = \"52 years\"\n") +
                            "[device.pen]\nfrequency = \"120 Hz\"\nglide_speed = \"5 mm/s\"\n");
  EXPECT_DOUBLE_EQ(sc.device.pen.frequency, 120.0);
  EXPECT_DOUBLE_EQ(sc.device.pen.glide_speed, 5e-3);
  EXPECT_DOUBLE_EQ(sc.skin.age, 52 * 365.25 * 86400.0);
}

TEST(ScenarioLoad, GaugeGivesTheIsoOuterDiameter) {
  const auto sc = load_text(
      "[device]\ntype = \"pen\"\n[device.needle]\nlength = \"1 mm\"\ngauge = 33\n"
      "[[sessions]]\nday = 0\npasses = 1\n");
  EXPECT_DOUBLE_EQ(sc.device.needle.diameter, 0.210e-3);
}

TEST(ScenarioLoad, SitePresetAndOverrides) {
  const auto cheek = load_text(minimal_scenario());
  EXPECT_NEAR(cheek.skin.layers.stratum_corneum, 16.8e-6, 1e-12);  // Egawa 2007
  const auto over = load_text(
      minimal_scenario("type = \"roller\"\n", "[skin.layers]\nstratum_corneum = \"20 um\"\n"));
  EXPECT_NEAR(over.skin.layers.stratum_corneum, 20e-6, 1e-12);
  EXPECT_DOUBLE_EQ(over.skin.layers.viable_epidermis, cheek.skin.layers.viable_epidermis);
}

TEST(ScenarioLoad, MenHaveThickerFacialDermisThanWomen) {
  // Meng et al. 2022: forehead dermis 1.17 mm (men) against 0.86 mm (women).
  const auto f = load_text(
      minimal_scenario("type = \"roller\"\n", "[skin]\nsite = \"forehead\"\nsex = \"female\"\n"));
  const auto m = load_text(
      minimal_scenario("type = \"roller\"\n", "[skin]\nsite = \"forehead\"\nsex = \"male\"\n"));
  EXPECT_GT(m.skin.layers.dermis(), f.skin.layers.dermis() + 250e-6);
}

TEST(ScenarioLoad, ResolvedScenarioIsAFixedPoint) {
  // Writing the resolved scenario and reading it back must give the same scenario, to the byte.
  for (const std::string& text :
       {scenario::default_scenario_text(), minimal_scenario("type = \"pen\"\n"),
        minimal_scenario("type = \"stamp\"\n")}) {
    const auto first = load_text(text);
    const auto second = load_text(first.resolved_toml);
    EXPECT_EQ(second.resolved_toml, first.resolved_toml);
    EXPECT_EQ(second.device.needle.length, first.device.needle.length);
    EXPECT_NEAR(second.simulation.depth, first.simulation.depth, 1e-15);
    EXPECT_EQ(second.grid().nz, first.grid().nz);
  }
}

TEST(ScenarioLoad, ResolvedScenarioHoldsEveryParameterAndTheSeed) {
  const auto sc = load_text(minimal_scenario());
  for (const auto& p : sc.parameters.infos())
    EXPECT_NE(sc.resolved_toml.find(p.name), std::string::npos) << p.name;
  EXPECT_NE(sc.resolved_toml.find("seed = 1"), std::string::npos);
}

TEST(ScenarioLoad, AutomaticGridDepthCoversTheNeedle) {
  const auto sc = load_text(minimal_scenario());
  EXPECT_NEAR(sc.simulation.depth, 1.6e-3, 1e-12);
  EXPECT_EQ(sc.grid().nz, 160);
  EXPECT_EQ(sc.grid().nx, 400);
}

TEST(ScenarioLoad, SeveralSerumsEachKeepTheirOwnKeysAndRoundTrip) {
  // [[serums]]: each entry read as a [serum] is, in order; the resolved scenario writes them
  // back as [[serums]] and reads to the same specs. One [serum] is a list of one.
  const std::string two =
      "[[sessions]]\nday = 28\npasses = 1\n"
      "[simulation]\nduration = \"6 weeks\"\n"
      "[[serums]]\nactive = \"tranexamic_acid\"\nconcentration = \"4 mg/mL\"\n"
      "sessions = \"all\"\n"
      "[[serums]]\nactive = \"niacinamide\"\nsession = 2\nduration = \"12 h\"\n"
      "occluded = true\n";
  const auto sc = load_text(minimal_scenario("type = \"roller\"\n", two));
  ASSERT_EQ(sc.serums.size(), 2u);
  EXPECT_EQ(sc.serums[0].active.name, "tranexamic_acid");
  EXPECT_DOUBLE_EQ(sc.serums[0].concentration, 4.0);
  EXPECT_EQ(sc.serums[0].sessions, (std::vector<int>{0, 1}));
  EXPECT_EQ(sc.serums[1].active.name, "niacinamide");
  EXPECT_EQ(sc.serums[1].sessions, (std::vector<int>{1}));
  EXPECT_DOUBLE_EQ(sc.serums[1].duration, 12 * 3600.0);
  EXPECT_TRUE(sc.serums[1].occluded);
  EXPECT_FALSE(sc.serums[0].occluded);
  EXPECT_NE(sc.resolved_toml.find("[[serums]]"), std::string::npos);
  const auto again = load_text(sc.resolved_toml);
  ASSERT_EQ(again.serums.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(again.serums[i].active.name, sc.serums[i].active.name);
    EXPECT_EQ(again.serums[i].sessions, sc.serums[i].sessions);
    EXPECT_DOUBLE_EQ(again.serums[i].concentration, sc.serums[i].concentration);
    EXPECT_DOUBLE_EQ(again.serums[i].duration, sc.serums[i].duration);
  }
  EXPECT_EQ(again.resolved_toml, sc.resolved_toml);
  EXPECT_EQ(load_text(minimal_scenario()).serums.size(), 0u);
  EXPECT_EQ(
      load_text(minimal_scenario("type = \"roller\"\n", "[serum]\nactive = \"niacinamide\"\n"))
          .serums.size(),
      1u);
}

TEST(ScenarioLoad, SerumSkinIsHumanByDefaultAndRatOnlyInAFranzCell) {
  const std::string serum = "[serum]\nactive = \"l_ascorbic_acid\"\n";
  EXPECT_EQ(load_text(minimal_scenario("type = \"roller\"\n", serum)).serums.at(0).skin,
            transport::SkinSpecies::human);
  const auto rat = load_text(
      minimal_scenario("type = \"roller\"\n", serum + "mode = \"franz\"\nskin = \"rat\"\n"));
  EXPECT_EQ(rat.serums.at(0).skin, transport::SkinSpecies::rat);
  EXPECT_EQ(load_text(rat.resolved_toml).serums.at(0).skin, transport::SkinSpecies::rat);
  try {
    load_text(minimal_scenario("type = \"roller\"\n", serum + "skin = \"rat\"\n"));
    ADD_FAILURE() << "rat skin in vivo was accepted";
  } catch (const scenario::ScenarioError& e) {
    EXPECT_EQ(e.key(), "serum.skin");
    EXPECT_EQ(e.where().line, 10);
    EXPECT_NE(e.message().find("mode = \"franz\""), std::string::npos) << e.what();
  }
}
