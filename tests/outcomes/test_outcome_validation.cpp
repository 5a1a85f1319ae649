// The clinical outcomes against published measurements (tests/validation/targets.csv holds each
// target, its source and the range the test accepts; docs/model.md section 7.7). The courses run
// in the well-mixed model (instant); one 3D run checks that the two fidelities agree.
#include <gtest/gtest.h>

#include <cmath>

#include "../simulation/healing_test_util.hpp"
#include "../validation/targets.hpp"
#include "dermasim/outcomes/outcomes.hpp"

using namespace dermasim;
using simulation::Fidelity;
using test_util::target;

namespace {

constexpr double kWeek = 7 * 86400.0;

struct OutcomeRun {
  test_util::HealingRun healing;
  outcomes::OutcomeSeries outcomes;
};

OutcomeRun run(const std::string& scenario, Fidelity f = Fidelity::well_mixed) {
  OutcomeRun r{test_util::run_healing(test_util::validation_scenario(scenario), f), {}};
  r.outcomes = outcomes::compute_outcomes(r.healing.scenario, r.healing.domain, r.healing.result);
  return r;
}

/// Row index of the output time at (or just after) t seconds.
std::size_t row_at(const simulation::HealingResult& r, double t) {
  for (std::size_t i = 0; i < r.times.size(); ++i)
    if (double(r.times[i]) >= t) return i;
  return r.times.size() - 1;
}

/// Percent change of a scar's depth at time t.
double scar_change_pct(const OutcomeRun& r, skin::ScarType type, double t) {
  const std::size_t i = row_at(r.healing.result, t);
  for (std::size_t n = 0; n < r.outcomes.scar_type.size(); ++n)
    if (r.outcomes.scar_type[n] == type)
      return 100.0 * (r.outcomes.scar_depth[n][i] / r.outcomes.scar_depth_before[n] - 1.0);
  ADD_FAILURE() << "no scar of that type";
  return 0;
}

double change_pct(const OutcomeRun& r, const std::string& column, double t) {
  const std::size_t c = outcomes::outcome_index(column);
  const auto now = r.outcomes.rows[row_at(r.healing.result, t)][c];
  const auto before = r.outcomes.before[c];
  EXPECT_TRUE(now && before) << column;
  return now && before ? 100.0 * (*now / *before - 1.0) : 0.0;
}

void check_scar_course(const OutcomeRun& r) {
  // Garg & Chaudhary (3 monthly sessions, 6 months): improvement by type, tolerances in
  // targets.csv; Lotfi 2013: icepick scars respond least (scar-types).
  const double t = 26 * kWeek;
  const double icepick = -scar_change_pct(r, skin::ScarType::icepick, t);
  const double boxcar = -scar_change_pct(r, skin::ScarType::boxcar, t);
  const double rolling = -scar_change_pct(r, skin::ScarType::rolling, t);
  for (auto [id, v] : {std::pair{"scar-icepick-course", icepick},
                       {"scar-boxcar-course", boxcar},
                       {"scar-rolling-course", rolling}}) {
    EXPECT_GE(v, target(id).low()) << id;
    EXPECT_LE(v, target(id).high()) << id;
  }
  EXPECT_LT(icepick, target("scar-types").high() * std::min(boxcar, rolling));
}

}  // namespace

TEST(OutcomeValidation, ScarsImproveByTypeAsPublished) {
  check_scar_course(run("garg_scar_course"));
}

TEST(OutcomeValidation, MelasmaLightensUnderACourse) {
  // Ismail 2019 (6 sessions two weeks apart, with topical vitamin C): MASI -33 % (-45 to -20).
  // Checked with microneedling alone: the model gives ascorbate no pigment action (docs/model.md
  // 9.5: the same -15.7 % with it); the accepted range is in targets.csv (melasma-vitc).
  const auto r = run("ismail_melasma_course");
  const double masi = change_pct(r, "masi", 12 * kWeek);
  EXPECT_GE(masi, target("melasma-vitc").low());
  EXPECT_LE(masi, target("melasma-vitc").high());
  // The untreated lesion scores a MASI-like 8-13 (Ismail 8.6; Gul 13.2): melasma-baseline.
  const double before = *r.outcomes.before[outcomes::outcome_index("masi")];
  EXPECT_GE(before, target("melasma-baseline").low());
  EXPECT_LE(before, target("melasma-baseline").high());
}

TEST(OutcomeValidation, SkinStiffensAndLosesElasticityWithAge) {
  // Agache 1980: the modulus doubles from youth to old age (modulus-age); facial Cutometer R2
  // and R7 in the ranges of adults 25-55 years (cutometer-face-r2, -r7), both falling with age.
  auto at_age = [](double years) {
    auto sc = test_util::validation_scenario("stamp_shallow");
    sc.skin.age = years * 365.25 * 86400.0;
    sc.simulation.duration = 86400.0;
    OutcomeRun r{test_util::run_healing(sc, Fidelity::well_mixed), {}};
    r.outcomes = outcomes::compute_outcomes(r.healing.scenario, r.healing.domain, r.healing.result);
    return r.outcomes.before;
  };
  const auto young = at_age(25), middle = at_age(40), old = at_age(70);
  auto v = [](const std::vector<std::optional<double>>& row, const char* c) {
    return *row[outcomes::outcome_index(c)];
  };
  const double ratio = v(old, "youngs_modulus_kpa") / v(young, "youngs_modulus_kpa");
  EXPECT_GE(ratio, target("modulus-age").low());
  EXPECT_LE(ratio, target("modulus-age").high());
  for (const auto* row : {&young, &middle}) {
    EXPECT_GE(v(*row, "cutometer_r2"), target("cutometer-face-r2").low());
    EXPECT_LE(v(*row, "cutometer_r2"), target("cutometer-face-r2").high());
    EXPECT_GE(v(*row, "cutometer_r7"), target("cutometer-face-r7").low());
    EXPECT_LE(v(*row, "cutometer_r7"), target("cutometer-face-r7").high());
  }
  EXPECT_LT(v(old, "cutometer_r2"), v(young, "cutometer_r2"));
  EXPECT_LT(v(old, "cutometer_r7"), v(young, "cutometer_r7"));
}

TEST(OutcomeValidation, ACourseGainsElasticity) {
  // Aesthet Surg J 2021 (4 monthly sessions, 3 months after): elasticity +28 % on a BTC-2000
  // suction device. The model's Cutometer R7 must rise by 10-50 % (elasticity-course): the
  // network's collagen gain and the elastotic material cleared (docs/model.md 7.4).
  const auto r = run("kenkel_elasticity_course");
  const double gain = change_pct(r, "cutometer_r7", 26 * kWeek);
  EXPECT_GE(gain, target("elasticity-course").low());
  EXPECT_LE(gain, target("elasticity-course").high());
}

TEST(OutcomeValidation, RollerDowntimeIsHoursToDays) {
  // Hong Kong J Dermatol Venereol 2018: erythema and oedema 3-6 h after a roller; reviews: 2-3
  // days at 1-1.5 mm (downtime-roller). A 0.25 mm stamp has less (erythema-arrays: < 2 h).
  const auto roller = run("roller_single_session");
  const auto stamp = run("stamp_shallow");
  ASSERT_FALSE(roller.outcomes.downtime.empty());
  const double h = roller.outcomes.downtime.front().downtime_h;
  EXPECT_GE(h, target("downtime-roller").low());
  EXPECT_LE(h, target("downtime-roller").high());
  EXPECT_LT(stamp.outcomes.downtime.front().downtime_h, h);
}

TEST(OutcomeValidation, ThreeDScarsAgreeWithTheWellMixedModel) {
  // One session of the course in 3D, to 6 weeks, with the icepick and boxcar scars on a 4 mm
  // patch (the rolling scar needs 7.5 mm: minutes in 3D): the per-type changes within 0.5-1.05
  // of the well-mixed ones, below them as the matrix gain and the remodelling are (the 3D
  // responses saturate near the channels: docs/model.md 7.8).
  auto sc = test_util::validation_scenario("garg_scar_course");
  sc.simulation.duration = 6 * kWeek;
  sc.simulation.patch_x = sc.simulation.patch_y = 4e-3;
  sc.sessions.resize(1);
  sc.conditions.scars.pop_back();  // the rolling scar
  sc.conditions.scars[1].x = 2.9e-3;
  sc.conditions.scars[1].y = 2.1e-3;
  sc.conditions.scars[0].x = 0.8e-3;
  sc.conditions.scars[0].y = 0.8e-3;
  auto with = [&](Fidelity f) {
    OutcomeRun r{test_util::run_healing(sc, f), {}};
    r.outcomes = outcomes::compute_outcomes(r.healing.scenario, r.healing.domain, r.healing.result);
    return r;
  };
  const auto three_d = with(Fidelity::three_d), mixed = with(Fidelity::well_mixed);
  for (skin::ScarType t : {skin::ScarType::icepick, skin::ScarType::boxcar}) {
    const double a = scar_change_pct(three_d, t, 6 * kWeek);
    const double b = scar_change_pct(mixed, t, 6 * kWeek);
    ASSERT_LT(b, 0.0) << skin::scar_type_name(t);
    EXPECT_GE(a / b, 0.5) << skin::scar_type_name(t);
    EXPECT_LE(a / b, 1.05) << skin::scar_type_name(t);
  }
  // Lotfi's ordering holds in 3D as well (scar-types).
  EXPECT_LT(
      -scar_change_pct(three_d, skin::ScarType::icepick, 6 * kWeek),
      target("scar-types").high() * -scar_change_pct(three_d, skin::ScarType::boxcar, 6 * kWeek));
}
