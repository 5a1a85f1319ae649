// A serum's active acting on the healing tissue, through the whole run (docs/model.md 9): each
// changes what its mechanism reaches and nothing else, an active without a mechanism changes
// nothing, and the closure the transport used holds in the run with the active acting.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "../scenario/scenario_test_util.hpp"
#include "dermasim/io/run_outputs.hpp"
#include "dermasim/run/simulate.hpp"
#include "dermasim/simulation/phases.hpp"
#include "dermasim/simulation/serum_stage.hpp"
#include "melasma_fixture.hpp"

using namespace dermasim;

namespace {

/// The melasma cheek of melasma_fixture.hpp, well-mixed; the serum (if any) after the first
/// session for a day, on a coarse column.
scenario::Scenario melasma(const std::string& active, const std::string& sessions = "",
                           const std::string& home = "") {
  std::string serum = home;
  if (!active.empty())
    serum = "[serum]\n" + test_util::serum_body(active, sessions.empty() ? ""
                                                        : sessions == "compare"
                                                            ? "compare = true\n"
                                                            : "sessions = " + sessions + "\n");
  return test_util::melasma_cheek(serum);
}

struct Readout {
  double lesion_melanin = 0, collagen = 0, pdgf_peak = 0;
  RunResult run;
};

const Readout& run_with(const std::string& active, const std::string& sessions = "",
                        const std::string& home = "") {
  static std::map<std::string, Readout> cache;  // one run per serum for the tests below
  const std::string key = active + "/" + sessions + "/" + home;
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  RunOptions o;
  o.fidelity = simulation::Fidelity::well_mixed;
  o.threads = 1;
  Readout r;
  r.run = simulate(melasma(active, sessions, home), o);
  r.lesion_melanin = r.run.healing.columns.back().epidermal_melanin[0];  // the patch's mean
  r.collagen = r.run.healing.column("collagen_i_mg_cm3").back();
  for (double v : r.run.healing.column("pdgf_ng_ml")) r.pdgf_peak = std::max(r.pdgf_peak, v);
  return cache.emplace(key, std::move(r)).first->second;
}

double relative(double a, double b) {
  return std::abs(a - b) / std::abs(b);
}

}  // namespace

TEST(SerumAction, TranexamicAcidLightensTheLesionAndLeavesTheCollagen) {
  const auto& none = run_with("");
  const auto& txa = run_with("tranexamic_acid");
  ASSERT_TRUE(txa.run.serum_action);
  EXPECT_LT(txa.lesion_melanin, none.lesion_melanin);
  EXPECT_LT(relative(txa.collagen, none.collagen), 1e-5);   // no mechanism on the matrix
  EXPECT_LT(txa.run.serum_action->closure_residual, 1e-6);  // nothing it does moves the closure
}

TEST(SerumAction, NiacinamideLightensAndAscorbateBuildsCollagenOnly) {
  const auto& none = run_with("");
  const auto& nia = run_with("niacinamide");
  EXPECT_LT(nia.lesion_melanin, none.lesion_melanin);
  EXPECT_LT(relative(nia.collagen, none.collagen), 1e-5);
  const auto& vc = run_with("l_ascorbic_acid");
  EXPECT_GT(vc.collagen, none.collagen);
  // A replete dermis: the cofactor can add at most 1 / s(c0) - 1 of synthesis while it lasts.
  EXPECT_LT(vc.collagen, 1.05 * none.collagen);
  // No tyrosinase effect: what is left is the matrix's own path to the epidermis (new matrix ->
  // KGF -> keratinocyte turnover, which sheds melanin), far below the lightening agents'.
  EXPECT_LT(relative(vc.lesion_melanin, none.lesion_melanin), 1e-4);
  EXPECT_LT(10 * relative(vc.lesion_melanin, none.lesion_melanin),
            relative(nia.lesion_melanin, none.lesion_melanin));
  std::printf(
      "lesion melanin change: txa %.3g %%, niacinamide %.3g %%, ascorbate %.3g %%; "
      "collagen I change: ascorbate %.3g %%\n",
      100 * (run_with("tranexamic_acid").lesion_melanin / none.lesion_melanin - 1),
      100 * (nia.lesion_melanin / none.lesion_melanin - 1),
      100 * (vc.lesion_melanin / none.lesion_melanin - 1), 100 * (vc.collagen / none.collagen - 1));
}

TEST(SerumAction, PlateletRichPlasmaActsThroughTheGrowthFactorSignals) {
  const auto& none = run_with("");
  const auto& prp = run_with("platelet_rich_plasma");
  ASSERT_TRUE(prp.run.serum_action);
  EXPECT_GT(prp.collagen, none.collagen);
}

TEST(SerumAction, AnActiveWithoutAMechanismChangesNoHealingBit) {
  const auto& none = run_with("");
  const auto& ha = run_with("hyaluronic_acid_low");
  EXPECT_FALSE(ha.run.serum_action);
  ASSERT_EQ(ha.run.healing.rows.size(), none.run.healing.rows.size());
  for (std::size_t i = 0; i < ha.run.healing.rows.size(); ++i)
    EXPECT_EQ(ha.run.healing.rows[i], none.run.healing.rows[i]) << "row " << i;
}

TEST(SerumAction, AfterEverySessionEachApplicationActs) {
  const auto& none = run_with("");
  const auto& once = run_with("tranexamic_acid");
  const auto& every = run_with("tranexamic_acid", "\"all\"");
  ASSERT_EQ(every.run.serums.at(0).applications.size(), 2u);
  EXPECT_EQ(every.run.serums.at(0).applications[0].session, 0);
  EXPECT_EQ(every.run.serums.at(0).applications[1].session, 1);
  EXPECT_DOUBLE_EQ(every.run.serums.at(0).applications[1].time, 14 * 86400.0);
  // On this 2 mm patch the stamp's random offset lands 18 needles at one session and 23 at the
  // other: the lattices differ by more than kSameLattice, so each gets its own transport.
  const auto& sc = every.run.scenario;
  const auto& d = every.run.domain;
  const auto a =
      simulation::serum_channels(sc, sc.serums.at(0), every.run.injury, d, &every.run.healing, 0);
  const auto b =
      simulation::serum_channels(sc, sc.serums.at(0), every.run.injury, d, &every.run.healing, 1);
  EXPECT_GT(std::abs(a.density - b.density), simulation::kSameLattice * a.density);
  EXPECT_EQ(every.run.serums.at(0).applications[1].reused_from, -1);
  // Twice the exposure lightens more than once, and both more than none.
  EXPECT_LT(every.lesion_melanin, once.lesion_melanin);
  EXPECT_LT(once.lesion_melanin, none.lesion_melanin);
  const double first = none.lesion_melanin - once.lesion_melanin;
  const double both = none.lesion_melanin - every.lesion_melanin;
  EXPECT_GT(both, 1.3 * first);
  const auto applications = io::run_summary(every.run)["serum"]["applications"];
  ASSERT_EQ(applications.size(), 2u);
  EXPECT_EQ(applications[1]["session"].get<int>(), 2);
  EXPECT_EQ(applications[1]["transport_of"].get<int>(), 2);  // its own transport
  EXPECT_GT(applications[1]["delivered_ug_cm2"]["total"].get<double>(), 0.0);
  // The first application's transport is the one absorption.csv reports.
  EXPECT_EQ(every.run.serums.at(0).absorption.rows.size(),
            once.run.serums.at(0).absorption.rows.size());
  // Listing the sessions is the same as "all".
  const auto& listed = run_with("tranexamic_acid", "[1, 2]");
  EXPECT_EQ(listed.lesion_melanin, every.lesion_melanin);
}

TEST(SerumAction, ApplicationsShareATransportOnlyWhenTheyMeetTheSameChannels) {
  transport::ChannelLattice a;
  a.density = 1e7, a.depth = 500e-6, a.radius = 50e-6, a.taper_length = 300e-6;
  a.open_fraction = [](double t) { return std::exp(-t / 3600); };
  const std::vector<double> times{0, 900, 3600, 7200, 86400};
  EXPECT_TRUE(simulation::same_channels(a, a, times, 0));
  auto b = a;
  b.density *= 1.01, b.depth *= 0.99;  // within kSameLattice
  EXPECT_TRUE(simulation::same_channels(a, b, times, 0));
  b.density = a.density * 1.03;
  EXPECT_FALSE(simulation::same_channels(a, b, times, 0));
  b = a;
  b.open_fraction = [](double t) { return std::min(1.0, std::exp(-t / 3600) + 0.03); };
  EXPECT_FALSE(simulation::same_channels(a, b, times, 0));  // closes differently
  b.open_fraction = {};
  EXPECT_FALSE(simulation::same_channels(a, b, times, 0));
  b = a;
  b.radius *= 1.001;  // another needle
  EXPECT_FALSE(simulation::same_channels(a, b, times, 0));
}

TEST(SerumAction, TheRunComparesItselfWithTheSameTreatmentWithoutTheSerumWhenAsked) {
  const auto& none = run_with("");
  const auto& txa = run_with("tranexamic_acid", "compare");
  ASSERT_TRUE(txa.run.without_serum);
  // Without the action it is the treatment without a serum, to the solver's tolerance.
  const auto plain = txa.run.without_serum->healing.column("collagen_i_mg_cm3");
  EXPECT_LT(relative(plain.back(), none.collagen), 1e-6);
  const auto summary = io::run_summary(txa.run);
  ASSERT_TRUE(summary.contains("serum_effect_pct"));
  const auto& effect = summary["serum_effect_pct"];
  EXPECT_EQ(summary["serum"]["action"]["mechanism"], "paracrine_melanogenesis_inhibition");
  EXPECT_GT(summary["serum"]["action"]["peak_epidermis_ug_ml"].get<double>(), 0.0);
  // It lightens the lesion (a negative change added) and leaves the matrix.
  EXPECT_LT(effect["melanin_index_lesion_change_pct"]["4"].get<double>(), 0.0);
  EXPECT_LT(std::abs(effect["collagen_change_pct"]["4"].get<double>()), 1e-3);
  // A serum that acts on nothing adds nothing.
  const auto& ha = run_with("hyaluronic_acid_low", "compare");
  const auto ha_effect = io::run_summary(ha.run)["serum_effect_pct"];
  ASSERT_FALSE(ha_effect.empty());
  for (const auto& [key, weeks] : ha_effect.items())
    for (const auto& [week, v] : weeks.items()) EXPECT_EQ(v.get<double>(), 0.0) << key << week;
}

namespace {

/// A home regimen of `active` on the melasma cheek: films of 5 mg/cm2 every `every` from
/// `start`, each for `duration`, on a coarse column.
std::string home(const std::string& active, const std::string& every, const std::string& start,
                 const std::string& duration, const std::string& pause = "0 d") {
  return "[home_serum]\nactive = \"" + active + "\"\ndose = \"5 mg/cm2\"\nevery = \"" + every +
         "\"\nstart = \"" + start + "\"\nduration = \"" + duration +
         "\"\npause_after_session = \"" + pause +
         "\"\nlateral_resolution = \"40 um\"\ndepth_resolution = \"20 um\"\n";
}

}  // namespace

TEST(SerumAction, ADailyHomeRegimenOnIntactSkinLightens) {
  const auto& none = run_with("");
  const auto& daily = run_with("", "", home("niacinamide", "1 d", "1 d", "12 h", "2 d"));
  ASSERT_TRUE(daily.run.home_absorption);
  // Days 1 to 27 but those within 2 days of the sessions (days 0-1 and 14-15): 27 - 3 = 24
  // films (day 1, 14 and 15 skipped; the last ends by day 28).
  EXPECT_EQ(daily.run.home_application_times.size(), 24u);
  EXPECT_LT(daily.lesion_melanin, none.lesion_melanin);
  const auto summary = io::run_summary(daily.run)["home_serum"];
  EXPECT_EQ(summary["applications"].get<int>(), 24);
  EXPECT_EQ(summary["mechanism"], "melanosome_transfer_inhibition");
  EXPECT_GT(summary["delivered_per_application_ug_cm2"]["total"].get<double>(), 0.0);
  EXPECT_GT(summary["peak_epidermis_ug_ml"].get<double>(), 0.0);
  EXPECT_LT(relative(daily.collagen, none.collagen), 1e-5);
  const auto ie = simulation::observable_index("home_active_epidermis_ug_ml");
  double peak = 0;
  for (const auto& row : daily.run.healing.rows) peak = std::max(peak, row[ie]);
  EXPECT_GT(peak, 0.0);
}

TEST(SerumAction, TranexamicAcidThroughTheChannelsLightensMoreThanOnIntactSkin) {
  // The same two films at the sessions' times, through the channels or on intact skin: a
  // zwitterion that hardly crosses the stratum corneum (5 % neutral) reaches the melanocytes
  // through the channels (Xu Y et al. 2017: tranexamic acid with microneedling better than
  // without).
  const auto& none = run_with("");
  const auto& through = run_with("tranexamic_acid", "\"all\"");
  const auto& intact = run_with("", "", home("tranexamic_acid", "14 d", "0 d", "24 h"));
  ASSERT_EQ(intact.run.home_application_times.size(), 2u);
  EXPECT_LT(through.lesion_melanin, intact.lesion_melanin);
  EXPECT_LE(intact.lesion_melanin, none.lesion_melanin);
  // Niacinamide, small and neutral, crosses intact skin well: over a day of a finite film the
  // channels drain it into the dermis, where the capillaries clear it, and the epidermis sees
  // no more than through intact skin (docs/model.md 9.5; a prediction, not a validated claim).
  const auto& nia_through = run_with("niacinamide", "\"all\"");
  const auto& nia_intact = run_with("", "", home("niacinamide", "14 d", "0 d", "24 h"));
  std::printf(
      "lesion melanin change, two films: tranexamic acid %.3g %% through the channels, "
      "%.3g %% on intact skin; niacinamide %.3g %% and %.3g %%\n",
      100 * (through.lesion_melanin / none.lesion_melanin - 1),
      100 * (intact.lesion_melanin / none.lesion_melanin - 1),
      100 * (nia_through.lesion_melanin / none.lesion_melanin - 1),
      100 * (nia_intact.lesion_melanin / none.lesion_melanin - 1));
}

TEST(SerumAction, AHomeRegimenWithoutAMechanismChangesNoHealingBit) {
  const auto& none = run_with("");
  const auto& ha = run_with("", "", home("hyaluronic_acid_high", "1 d", "1 d", "12 h"));
  EXPECT_FALSE(ha.run.serum_action);
  EXPECT_FALSE(ha.run.home_absorption);
  ASSERT_EQ(ha.run.healing.rows.size(), none.run.healing.rows.size());
  for (std::size_t i = 0; i < ha.run.healing.rows.size(); ++i)
    EXPECT_EQ(ha.run.healing.rows[i], none.run.healing.rows[i]) << "row " << i;
}

TEST(SerumAction, ASerumAloneOnShamSessionsLightensLessThanWithTheNeedles) {
  // The "serum alone" arm of a trial: the same sessions with the device held off the skin
  // (passes = 0), the same serum after each; the serum meets intact skin.
  auto sham = [](const std::string& serum) {
    auto text =
        std::string(
            "[skin]\nsite = \"cheek\"\nage = \"38 years\"\nfitzpatrick = 4\n"
            "[device]\ntype = \"stamp\"\n[device.needle]\nlength = \"0.5 mm\"\ngauge = 33\n"
            "[device.stamp]\npitch = \"0.5 mm\"\n"
            "[[sessions]]\nday = 0\npasses = 0\n[[sessions]]\nday = 14\npasses = 0\n"
            "[simulation]\npatch_x = \"2 mm\"\npatch_y = \"2 mm\"\nresolution = \"40 um\"\n"
            "duration = \"4 weeks\"\nseed = 5\n"
            "[conditions.pigmentation]\nkind = \"melasma\"\narea = 0.4\nepidermal_melanin = 1.8\n"
            "dermal_melanin = 0.3\npatch_size = \"1 mm\"\n") +
        serum;
    RunOptions o;
    o.fidelity = simulation::Fidelity::well_mixed;
    o.threads = 1;
    return simulate(test_util::load_text(text), o);
  };
  const RunResult untreated = sham("");
  EXPECT_TRUE(untreated.injury.punctures.empty());
  // No needles, no response: no phase is read off the resting tissue.
  for (const auto& s : simulation::healing_phases(untreated.healing, {0.0, 14 * 86400.0}))
    for (const auto* phase : {&s.inflammation, &s.proliferation, &s.maturation})
      EXPECT_FALSE(phase->start_h || phase->peak_h || phase->end_h);
  const RunResult alone = sham(
      "[serum]\nactive = \"tranexamic_acid\"\nsessions = \"all\"\n"
      "dose = \"5 mg/cm2\"\nduration = \"24 h\"\nlateral_resolution = \"40 um\"\n"
      "depth_resolution = \"20 um\"\n");
  ASSERT_TRUE(alone.serum_action);
  EXPECT_EQ(alone.serums.at(0).absorption.channels.density, 0.0);  // no channels: intact skin
  const double m_untreated = untreated.healing.columns.back().epidermal_melanin[0];
  const double m_alone = alone.healing.columns.back().epidermal_melanin[0];
  EXPECT_LT(m_alone, m_untreated);  // the serum alone acts, by what crosses intact skin
  // Microneedling + the serum lightens the lesion patch more than the serum alone.
  const auto& with_needles = run_with("tranexamic_acid", "\"all\"");
  const auto& needles_alone = run_with("");
  EXPECT_LT(with_needles.lesion_melanin / needles_alone.lesion_melanin, m_alone / m_untreated);
  for (const auto& row : untreated.healing.rows)
    for (double v : row) EXPECT_TRUE(std::isfinite(v));
}

TEST(SerumAction, BothFidelitiesSeeTheSameConcentrationAtTheTargets) {
  // On the same unit cell the 3D planes and the well-mixed window read the same transport
  // (docs/model.md 9.1): the window's mean free concentration agrees between them to the
  // healing grid's depth discretization (its planes against the transport's graded ones). By
  // default the well-mixed run has its own cell, the axisymmetric one (8.9): within 5 %.
  const std::string text =
      "[device]\ntype = \"stamp\"\n[device.needle]\nlength = \"0.25 mm\"\ngauge = 33\n"
      "[device.stamp]\npitch = \"0.5 mm\"\n[[sessions]]\nday = 0\npasses = 1\n"
      "[simulation]\npatch_x = \"2 mm\"\npatch_y = \"2 mm\"\nresolution = \"20 um\"\n"
      "duration = \"1 day\"\nseed = 7\n"
      "[serum]\nactive = \"niacinamide\"\ndose = \"5 mg/cm2\"\nduration = \"12 h\"\n"
      "lateral_resolution = \"20 um\"\ndepth_resolution = \"20 um\"\n";
  RunOptions o;
  o.threads = 2;
  o.fidelity = simulation::Fidelity::three_d;
  const RunResult three_d = simulate(test_util::load_text(text), o);
  o.fidelity = simulation::Fidelity::well_mixed;
  const RunResult square = simulate(test_util::load_text(text + "unit_cell = \"square\"\n"), o);
  const RunResult own = simulate(test_util::load_text(text), o);
  EXPECT_EQ(own.scenario.serums.at(0).cell, transport::UnitCell::axisymmetric);
  auto peak = [](const RunResult& r, const char* column) {
    double p = 0;
    for (double v : r.healing.column(column)) p = std::max(p, v);
    return p;
  };
  for (const char* column : {"active_epidermis_ug_ml", "active_dermis_ug_ml"}) {
    const double a = peak(three_d, column), b = peak(square, column), c = peak(own, column);
    EXPECT_GT(b, 0.0) << column;
    EXPECT_NEAR(a, b, 0.01 * b) << column;  // measured: within 0.05 %
    EXPECT_NEAR(c, a, 0.05 * a) << column;  // measured: 3.1 % and 1.9 %
    std::printf("%s peak: 3D %.4g, well-mixed %.4g (square cell), %.4g (axisymmetric) ug/mL\n",
                column, a, b, c);
  }
}
