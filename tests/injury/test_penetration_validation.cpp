// Validation of the penetration model against published measurements
// (tests/validation/targets.csv rows pen-*, which hold each tolerance).
#include <gtest/gtest.h>

#include <cmath>

#include "../scenario/scenario_test_util.hpp"
#include "../validation/targets.hpp"
#include "dermasim/simulation/injury_stage.hpp"

using namespace dermasim;
using test_util::target;

namespace {

simulation::InjuryStage run(const std::string& device_type, const std::string& length,
                            const std::string& site) {
  const std::string text =
      "[device]\ntype = \"" + device_type + "\"\n[device.needle]\nlength = \"" + length +
      "\"\n[[sessions]]\nday = 0\npasses = 16\n[skin]\nsite = \"" + site +
      "\"\n[simulation]\npatch_x = \"6 mm\"\npatch_y = \"6 mm\"\nresolution = \"50 um\"\n";
  return simulation::run_injury_stage(test_util::load_text(text));
}

double fraction_in(const simulation::InjuryStage& s, skin::Layer layer) {
  return s.summary.reached_fraction[static_cast<int>(layer)];
}

}  // namespace

TEST(PenetrationValidation, HalfMillimetreRollerStopsInThePapillaryDermisAndBleeds) {
  // Lima, Lima & Takano 2013 (live pig, 0.5 mm roller): haemorrhage confined to the papillary
  // dermis. Tolerance (pen-layer-0.5mm): the share of channels ending in the papillary dermis,
  // and the share bleeding.
  const auto s = run("roller", "0.5 mm", "cheek");
  ASSERT_GT(s.punctures.size(), 50u);
  EXPECT_GE(fraction_in(s, skin::Layer::papillary_dermis), target("pen-layer-0.5mm").low());
  EXPECT_GE(s.summary.bleeding_fraction, target("pen-layer-0.5mm").low());
}

TEST(PenetrationValidation, OneToTwoMillimetreRollersReachTheReticularDermis) {
  // Lima 2013: 1.0 to 2.5 mm rollers injure the reticular dermis (pig; back skin, dermis 1.94 mm,
  // Lee & Hwang 2002). Tolerance (pen-layer-1-2.5mm): share ending in the reticular dermis.
  for (const char* length : {"1.0 mm", "1.5 mm", "2.0 mm", "2.5 mm"}) {
    const auto s = run("roller", length, "back");
    EXPECT_GE(fraction_in(s, skin::Layer::reticular_dermis), target("pen-layer-1-2.5mm").low())
        << length;
  }
}

TEST(PenetrationValidation, ShortSteelNeedlesBuryLessThanHalfTheirLength) {
  // Lam et al. 2008: buried length < 0.5 x nominal for insertion < 1 mm (hand-pressed arrays).
  for (const char* length : {"0.25 mm", "0.5 mm", "0.75 mm", "0.95 mm"}) {
    const auto s = run("stamp", length, "cheek");
    EXPECT_LT(s.summary.depth_mean / s.punctures.front().nominal_length,
              target("pen-steel-short").high())
        << length;
  }
}

TEST(PenetrationValidation, PenChannelsApproximateTheDepthSetting) {
  // Sasaki 2019 (ex vivo human, 0.5 and 1.5 mm settings): depth / setting 1.0 (0.8-1.1).
  for (const char* length : {"0.5 mm", "1.5 mm"}) {
    const auto s = run("pen", length, "cheek");
    const double ratio = s.summary.depth_mean / s.punctures.front().nominal_length;
    EXPECT_GE(ratio, target("pen-depth-face-pen").low()) << length;
    EXPECT_LE(ratio, target("pen-depth-face-pen").high()) << length;
  }
}

TEST(PenetrationValidation, DepthSpreadMatchesTheMeasuredCoefficientOfVariation) {
  // Kalluri 2011: 152.5 +/- 9.6 um (CV 6.3 %). The sample CV must be within 20 % of it
  // (pen-depth-rat-roller).
  const auto s = run("roller", "1.0 mm", "back");
  const double cv = s.summary.depth_sd / s.summary.depth_mean;
  EXPECT_GE(cv, target("pen-depth-rat-roller").low());
  EXPECT_LE(cv, target("pen-depth-rat-roller").high());
}

TEST(PenetrationValidation, ShallowStampsOpenTheBarrierWithoutReachingTheReticularDermis) {
  // A 0.25 mm stamp used before a serum must cross the stratum corneum (Bal 2008: 200-400 um
  // arrays raise TEWL) but stay above the reticular dermis (Lima 2013's light class).
  const auto shallow = run("stamp", "0.25 mm", "cheek");
  const auto deep = run("stamp", "1.0 mm", "cheek");
  EXPECT_LT(shallow.summary.depth_mean, deep.summary.depth_mean);
  EXPECT_EQ(fraction_in(shallow, skin::Layer::stratum_corneum), 0.0);
  EXPECT_EQ(fraction_in(shallow, skin::Layer::reticular_dermis), 0.0);
}

TEST(PenetrationModel, RollerNeedlesPierceAtTheDrumAngleAfterTheSkinYields) {
  // cos(angle) = (R + L - d) / (R + L): a 1.5 mm needle on a 10 mm drum, ratio 0.35.
  const auto s = run("roller", "1.5 mm", "back");
  const double R = 10e-3, L = 1.5e-3, d = 0.35 * L;
  for (const auto& p : s.punctures) ASSERT_NEAR(p.angle, std::acos((R + L - d) / (R + L)), 1e-12);
  EXPECT_NEAR(s.summary.angle_mean * 180 / M_PI, 17.38, 0.01);
}
