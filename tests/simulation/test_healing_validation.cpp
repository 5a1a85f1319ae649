// The healing model against published measurements (../shared/validation/targets.csv and
// docs/model.md, "Validation"). Each expectation names its source and tolerance. The well-mixed
// model runs every check (it is instant); the 3D model the single session, and the two are
// compared with each other.
#include <gtest/gtest.h>

#include <omp.h>

#include "../validation/targets.hpp"
#include "dermasim/simulation/phases.hpp"
#include "healing_test_util.hpp"

using namespace dermasim;
using simulation::Fidelity;
using test_util::at_hour;
using test_util::first_hour_below;
using test_util::peak_hour;
using test_util::target;

namespace {

const test_util::HealingRun& single_session(Fidelity f) {
  if (f == Fidelity::well_mixed) {
    static const auto wm = test_util::run_healing(
        test_util::validation_scenario("roller_single_session"), Fidelity::well_mixed);
    return wm;
  }
  static const auto three_d = test_util::run_healing(
      test_util::validation_scenario("roller_single_session"), Fidelity::three_d);
  return three_d;
}

}  // namespace

// Each check is a function of one run, called for both fidelities (one simulation per test
// process: ctest runs every test in its own process).
namespace {

void check_neutrophils_peak_within_the_first_day_macrophages_later(
    const simulation::HealingResult& r) {
  // Kim MH et al. J Invest Dermatol 2008;128:1812: neutrophils peak at 18 h (mouse; human
  // histology 24-48 h). Tolerance: targets.csv neutrophil-peak.
  const auto& neutrophil = target("neutrophil-peak");
  const double n_peak = peak_hour(r, "neutrophils_per_mm3");
  EXPECT_GE(n_peak, neutrophil.low());
  EXPECT_LE(n_peak, neutrophil.high());
  // Macrophages (M2, the bulk of them) peak on days 2-5 (Krzyszczyk 2018): later than neutrophils.
  const auto& macrophage = target("macrophage-peak");
  const double m_peak = peak_hour(r, "macrophages_m2_per_mm3");
  EXPECT_GT(m_peak, n_peak);
  EXPECT_GE(m_peak, macrophage.low());
  EXPECT_LE(m_peak, macrophage.high());
}

void check_fibroblasts_proliferate_over_days(const simulation::HealingResult& r) {
  // Granulation fibroblasts peak on days 7-14 (Desmouliere 1995); tolerance: fibroblast-peak.
  const auto& fibroblast = target("fibroblast-peak");
  const double f_peak = peak_hour(r, "fibroblasts_per_mm3");
  EXPECT_GE(f_peak, fibroblast.low());
  EXPECT_LE(f_peak, fibroblast.high());
  const double rest = r.rest[simulation::observable_index("fibroblasts_per_mm3")];
  EXPECT_GT(at_hour(r, "fibroblasts_per_mm3", f_peak), 1.2 * rest);
}

void check_collagen_iii_is_laid_down_before_collagen_i(const simulation::HealingResult& r) {
  // Gurtner GC et al. Nature 2008;453:314: collagen III first, collagen I later; granulation
  // tissue collagen is 30-40 % type III against 10-15 % in intact dermis (Bailey AJ et al. 1975).
  // Criterion: the type III share of the collagen added by day 14 is at least 1.2 times the
  // resting share (the model gives ~0.2, below Bailey's 0.3-0.4: docs/model.md), and falls
  // afterwards as collagen I accumulates.
  auto added = [&r](const std::string& c, double h) {
    return at_hour(r, c, h) - r.rest[simulation::observable_index(c)];
  };
  auto iii_share = [&](double h) {
    const double d3 = added("collagen_iii_mg_cm3", h), d1 = added("collagen_i_mg_cm3", h);
    return d3 / (d1 + d3);
  };
  ASSERT_GT(added("collagen_iii_mg_cm3", 14 * 24) + added("collagen_i_mg_cm3", 14 * 24), 0.0);
  const double early = iii_share(14 * 24);
  const auto& iii_first = target("collagen-iii-first");  // 1.2 x the resting share 0.15
  EXPECT_GT(early, iii_first.low());
  EXPECT_LT(early, iii_first.high());
  const double last_h = double(r.times.back()) / 3600;
  if (last_h >= 28 * 24) {
    EXPECT_LT(iii_share(last_h), early);
  }
}

void check_barrier_recovers_within_hours_but_tewl_stays_above_baseline_at_two_days(
    const simulation::HealingResult& r) {
  const double base = r.rest[simulation::observable_index("tewl_g_m2_h")];
  const double initial_excess = at_hour(r, "tewl_g_m2_h", 0) - base;
  ASSERT_GT(initial_excess, 0.0);
  // Kalluri H et al. AAPS J 2011;13:473: TEWL recovered in 4-5 h (rat); Gupta J et al. J Control
  // Release 2011;154:148: unoccluded reseal within 2 h. Tolerance: close-rat-tewl.
  EXPECT_LT(at_hour(r, "tewl_g_m2_h", 8) - base, target("close-rat-tewl").high() * initial_excess);
  // Sasaki 2019 (human face): still above baseline at 48 h (tewl-face-48h).
  EXPECT_GT(at_hour(r, "tewl_g_m2_h", 48) - base, target("tewl-face-48h").low());
  // Channel closure: Kalluri 2011, 12-18 h by dye. Tolerance: close-rat-770.
  EXPECT_LT(at_hour(r, "channels_open_fraction", 24), target("close-rat-770").high());
  EXPECT_GT(at_hour(r, "channels_open_fraction", 0.5), 0.3);
}

void check_redness_resolves_within_hours_to_days(const simulation::HealingResult& r) {
  const double base = r.rest[simulation::observable_index("erythema_index")];
  const double peak = at_hour(r, "erythema_index", peak_hour(r, "erythema_index", 0, 24));
  ASSERT_GT(peak - base, 20.0);
  // Visible until the index is within 20 units of baseline (assumption, docs/model.md). Hong Kong
  // J Dermatol Venereol 2018;26:52: erythema 3-6 h after a roller; clinical reports up to 48 h.
  // Tolerance: erythema-roller.
  const double resolved = first_hour_below(r, "erythema_index", base + 20.0, 0.5);
  EXPECT_GE(resolved, target("erythema-roller").low());
  EXPECT_LE(resolved, target("erythema-roller").high());
}

void check_new_collagen_is_measurable_by_weeks_four_to_six(const simulation::HealingResult& r) {
  const double last_h = double(r.times.back()) / 3600;
  // Aust MC et al. Plast Reconstr Surg 2008;121:1421: new collagen visible after 4-6 weeks.
  EXPECT_GT(at_hour(r, "collagen_change_pct", std::min(last_h, 42.0 * 24)),
            target("new-collagen-6w").low());
}

void check_tgf_beta_is_activated_and_myofibroblasts_resolve(const simulation::HealingResult& r) {
  // Yang L et al. Am J Pathol 1999;154:105 (rat skin wounds): 17 % of the TGF-beta active on day
  // 5 (38 % at 1 h), against a small resting share. Tolerance: tgf-active-share.
  auto active_share = [&r](double h) {
    const double t = at_hour(r, "tgf_beta_ng_ml", h), l = at_hour(r, "latent_tgf_beta_ng_ml", h);
    return 100 * t / (t + l);  // %
  };
  const auto& share = target("tgf-active-share");
  EXPECT_GE(active_share(5 * 24), share.low());
  EXPECT_LE(active_share(5 * 24), share.high());
  const double t0 = r.rest[simulation::observable_index("tgf_beta_ng_ml")];
  const double l0 = r.rest[simulation::observable_index("latent_tgf_beta_ng_ml")];
  EXPECT_GT(active_share(5 * 24), 3 * 100 * t0 / (t0 + l0));  // well above rest
  // Hinz B et al. Am J Pathol 2001;159:1009 (rat open wounds): myofibroblasts decline from day 10.
  // Tolerance: myofibroblast-decline (their peak, h).
  const auto& decline = target("myofibroblast-decline");
  const double m_peak = peak_hour(r, "myofibroblasts_per_mm3");
  EXPECT_GE(m_peak, decline.low());
  EXPECT_LE(m_peak, decline.high());
  const double last_h = double(r.times.back()) / 3600;
  EXPECT_LT(at_hour(r, "myofibroblasts_per_mm3", last_h),
            0.2 * at_hour(r, "myofibroblasts_per_mm3", m_peak));
}

/// Every check of the single-session timeline on one run.
void check_single_session(const simulation::HealingResult& r) {
  check_neutrophils_peak_within_the_first_day_macrophages_later(r);
  check_fibroblasts_proliferate_over_days(r);
  check_collagen_iii_is_laid_down_before_collagen_i(r);
  check_barrier_recovers_within_hours_but_tewl_stays_above_baseline_at_two_days(r);
  check_redness_resolves_within_hours_to_days(r);
  check_new_collagen_is_measurable_by_weeks_four_to_six(r);
  check_tgf_beta_is_activated_and_myofibroblasts_resolve(r);
}

}  // namespace

TEST(SingleSession, WellMixedMatchesThePublishedTimeline) {
  check_single_session(single_session(Fidelity::well_mixed).result);
}

TEST(SingleSession, ThreeDMatchesThePublishedTimeline) {
  check_single_session(single_session(Fidelity::three_d).result);
}

TEST(SingleSession, ThreeDAndWellMixedAgreeWithinTheSaturationGap) {
  // The well-mixed model is the 3D model with the window stirred: the same kinetics driven by
  // the window's injury totals. The responses saturate near the channels, so the 3D window mean
  // is below the well-mixed response to the mean (Jensen's inequality) by a measured 15-40 %
  // (docs/model.md 6.9); the timing is the same. Tolerances: peaks of cells and mediators at
  // 0.6-1.05 of the well-mixed peak; matrix and epidermal gains at week 6 at 0.45-1.05; peak
  // times within 30 % (or 3 h); the phases of the seed text within 30 % (or 3 h).
  const auto& three_d = single_session(Fidelity::three_d).result;
  const auto& mixed = single_session(Fidelity::well_mixed).result;
  auto close_in_time = [](double a, double b) { return std::abs(a - b) <= std::max(3.0, 0.3 * b); };
  for (const char* c :
       {"neutrophils_per_mm3", "macrophages_m1_per_mm3", "macrophages_m2_per_mm3",
        "fibroblasts_per_mm3", "cytokines_ng_ml", "tgf_beta_ng_ml", "pdgf_ng_ml", "kgf_ng_ml",
        "mmp_ng_ml", "edema", "myofibroblasts_per_mm3", "gelatinase_ng_ml"}) {
    const double t3 = peak_hour(three_d, c), tw = peak_hour(mixed, c);
    const double ratio = at_hour(three_d, c, t3) / at_hour(mixed, c, tw);
    EXPECT_GE(ratio, 0.6) << c;
    EXPECT_LE(ratio, 1.05) << c;
    EXPECT_TRUE(close_in_time(t3, tw)) << c << ": peak at " << t3 << " h (3D), " << tw << " h";
  }
  const double week6 = 42 * 24;
  for (const char* c : {"collagen_change_pct", "collagen_i_change_pct", "collagen_iii_change_pct",
                        "tropoelastin_change_pct", "epidermal_thickness_change_pct",
                        "papillary_collagen_change_pct", "elastic_fibres_change_pct",
                        "dermal_density_change_pct"}) {
    const double ratio = at_hour(three_d, c, week6) / at_hour(mixed, c, week6);
    EXPECT_GE(ratio, 0.45) << c;
    EXPECT_LE(ratio, 1.05) << c;
  }
  const auto p3 = simulation::healing_phases(three_d, {0.0}).front();
  const auto pw = simulation::healing_phases(mixed, {0.0}).front();
  auto same_phase = [&](const simulation::Phase& a, const simulation::Phase& b, const char* name) {
    for (auto [x, y] :
         {std::pair{a.start_h, b.start_h}, {a.peak_h, b.peak_h}, {a.end_h, b.end_h}}) {
      ASSERT_EQ(x.has_value(), y.has_value()) << name;
      if (x) {
        EXPECT_TRUE(close_in_time(*x, *y)) << name << ": " << *x << " h against " << *y;
      }
    }
  };
  same_phase(p3.inflammation, pw.inflammation, "inflammation");
  same_phase(p3.proliferation, pw.proliferation, "proliferation");
  same_phase(p3.maturation, pw.maturation, "maturation");
}

TEST(HealingValidation, IntactSkinStaysAtItsBaseline) {
  for (Fidelity f : {Fidelity::well_mixed, Fidelity::three_d}) {
    auto sc = test_util::validation_scenario("stamp_shallow");
    const auto run = test_util::run_healing(std::move(sc), f, /*without_injury=*/true);
    for (const auto& row : run.result.rows)
      for (std::size_t c = 0; c < row.size(); ++c) {
        const double rest = run.result.rest[c];
        if (simulation::observable_columns()[c] == "channels_open_fraction") continue;
        EXPECT_NEAR(row[c], rest, 1e-6 * (std::abs(rest) + 1.0))
            << simulation::observable_columns()[c] << " (" << simulation::fidelity_name(f) << ")";
      }
  }
}

TEST(HealingValidation, ShallowStampRednessFadesFasterThanDeepRoller) {
  // Bal SM et al. Eur J Pharm Sci 2008;35:193: redness of 200-400 um arrays gone within 2 h,
  // deeper needles redden longer.
  const auto stamp =
      test_util::run_healing(test_util::validation_scenario("stamp_shallow"), Fidelity::well_mixed);
  const auto& roller = single_session(Fidelity::well_mixed);
  auto visible_h = [](const simulation::HealingResult& r) {
    const double base = r.rest[simulation::observable_index("erythema_index")];
    return first_hour_below(r, "erythema_index", base + 20.0, 0.25);
  };
  EXPECT_LT(visible_h(stamp.result), visible_h(roller.result));
  EXPECT_LE(visible_h(stamp.result), target("erythema-arrays").high());
}

TEST(HealingValidation, PhotoagingCourseRaisesCollagenAndTropoelastinAndLowersTotalElastin) {
  // El-Domyati M et al. Int J Dermatol 2015;54:1361 (targets.csv collagen-types): after six
  // sessions, collagen I, collagen III and tropoelastin up; total elastin down.
  const auto run = test_util::run_healing(test_util::validation_scenario("el_domyati_course"),
                                          Fidelity::well_mixed);
  const auto& r = run.result;
  const double h = double(r.times.back()) / 3600;  // 3 months after the last session
  EXPECT_GT(at_hour(r, "collagen_i_change_pct", h), 0.0);
  EXPECT_GT(at_hour(r, "collagen_iii_change_pct", h), 0.0);
  EXPECT_GT(at_hour(r, "tropoelastin_change_pct", h), 0.0);
  EXPECT_LT(at_hour(r, "elastin_change_pct", h), 0.0);
}

TEST(HealingValidation, AcneScarCourseThickensEpidermisAndAddsCollagen) {
  // Lotfi R et al. 2013 (targets.csv epidermis-course, collagen-course): five monthly 1.5 mm
  // sessions, 8 weeks after the last: epidermis +50 % (25-75 %), papillary collagen +53 % (30-80
  // %).
  const auto run =
      test_util::run_healing(test_util::validation_scenario("lotfi_course"), Fidelity::well_mixed);
  const auto& r = run.result;
  const double h = double(r.times.back()) / 3600;
  const double epidermis = at_hour(r, "epidermal_thickness_change_pct", h);
  EXPECT_GE(epidermis, target("epidermis-course").low());
  EXPECT_LE(epidermis, target("epidermis-course").high());
  // Collagen: Lotfi counted collagen fibre content in the papillary dermis (Masson trichrome):
  // the papillary band's collagen (docs/model.md 6.7).
  const double collagen = at_hour(r, "papillary_collagen_change_pct", h);
  EXPECT_GE(collagen, target("collagen-course").low());
  EXPECT_LE(collagen, target("collagen-course").high());
}

TEST(HealingValidation, ElasticityCourseRaisesElastinExpressionButNotTotalElastin) {
  // Aesthet Surg J 2021 (PMID 33656167; targets.csv elastin-expression-course): four monthly
  // sessions, 44-65 years; three months after the last, elastin (and collagen III) mRNA still
  // raised while total elastin protein is unchanged. The model: tropoelastin above rest and total
  // elastin within the tolerance of no change; dermal density (ultrasound) up (dermal-density).
  const auto run = test_util::run_healing(
      test_util::validation_scenario("kenkel_elasticity_course"), Fidelity::well_mixed);
  const auto& r = run.result;
  const double h = (84 + 91) * 24.0;  // three months after the session of day 84
  EXPECT_GT(at_hour(r, "tropoelastin_change_pct", h), 0.0);
  EXPECT_GT(at_hour(r, "collagen_iii_change_pct", h), 0.0);
  const auto& elastin = target("elastin-expression-course");
  EXPECT_GE(at_hour(r, "elastin_change_pct", h), elastin.low());
  EXPECT_LE(at_hour(r, "elastin_change_pct", h), elastin.high());
  const auto& density = target("dermal-density");
  EXPECT_GE(at_hour(r, "dermal_density_change_pct", h), density.low());
  EXPECT_LE(at_hour(r, "dermal_density_change_pct", h), density.high());
}

TEST(HealingValidation, CollagenAndElasticFibresAreUpSixMonthsAfterACourse) {
  // Aust MC et al. Plast Reconstr Surg 2008;121:1421 (targets.csv elastic-fibres-6m): collagen
  // and elastin deposition considerably increased at six months (histology). The default course
  // (three monthly 1.5 mm roller sessions, 35 years) at week 26.
  const auto run = test_util::run_healing(test_util::validation_scenario("default_course"),
                                          Fidelity::well_mixed);
  const auto& r = run.result;
  const double h = 182 * 24.0;
  EXPECT_GT(at_hour(r, "collagen_change_pct", h), target("elastic-fibres-6m").low());
  EXPECT_GT(at_hour(r, "elastic_fibres_change_pct", h), 0.0);
}

TEST(HealingDeterminism, ThreeDRowsAreIdenticalAtOneAndTwoThreads) {
  // Same seed, same rows, bit for bit, whatever the thread count (keyed randomness upstream,
  // voxel-independent kinetics, deterministic sweeps).
  auto sc = test_util::validation_scenario("stamp_shallow");
  sc.simulation.duration = 12 * 3600.0;
  const int saved = omp_get_max_threads();
  omp_set_num_threads(1);
  const auto one = test_util::run_healing(sc, Fidelity::three_d);
  omp_set_num_threads(2);
  const auto two = test_util::run_healing(sc, Fidelity::three_d);
  omp_set_num_threads(saved);
  ASSERT_EQ(one.result.rows.size(), two.result.rows.size());
  for (std::size_t i = 0; i < one.result.rows.size(); ++i)
    EXPECT_EQ(one.result.rows[i], two.result.rows[i]) << "row " << i;
}
