// The SBML export, verified rather than only written: libsbml's consistency checks (units
// included) find no error; the file read back and integrated on CVODE from its own math
// (sbml::OdeModel, an interpreter over libsbml's ASTs, not dermasim's rate functions) matches
// the native well-mixed run on every species at every output time within 1e-6 relative; its
// rates match HealingKinetics::rates at random states, which exercises every term; and the
// comparison is sensitive enough to see a 1 % change of one parameter. The native run and the
// SBML's use the same CVODE tolerances (simulation::well_mixed_options()).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "dermasim/biology/species.hpp"
#include "dermasim/sbml/healing_sbml.hpp"
#include "dermasim/sbml/ode_model.hpp"
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/simulation/healing_run.hpp"
#include "dermasim/simulation/injury_stage.hpp"

using namespace dermasim;

namespace {

/// A scenario's domain, its native well-mixed run and its SBML export.
struct Exported {
  scenario::Scenario scenario;
  simulation::HealingDomain domain;
  simulation::HealingResult native;
  std::string xml;
};

Exported export_scenario(scenario::Scenario sc) {
  Exported e{std::move(sc), {}, {}, {}};
  e.domain = simulation::make_healing_domain(e.scenario, simulation::run_injury_stage(e.scenario));
  e.native = simulation::run_healing(e.domain, simulation::Fidelity::well_mixed);
  e.xml = sbml::healing_model_sbml(e.domain, e.scenario.parameters, e.scenario.name);
  return e;
}

const Exported& single_session() {
  static const Exported e = export_scenario(
      scenario::load_scenario_file(DERMASIM_VALIDATION_DIR "/roller_single_session.toml"));
  return e;
}

const Exported& two_sessions() {
  static const Exported e = export_scenario(
      scenario::load_scenario_file(DERMASIM_SBML_TEST_DIR "/two_sessions_melasma_occluded.toml"));
  return e;
}

const Exported& built_in_default() {
  static const Exported e = export_scenario(scenario::load_default_scenario());
  return e;
}

/// Where each biology species is in the SBML model's state (by id).
std::vector<std::size_t> species_positions(const sbml::OdeModel& m) {
  std::vector<std::size_t> at;
  for (const auto& info : biology::species_info()) {
    const auto it = std::find(m.species().begin(), m.species().end(), info.name);
    EXPECT_NE(it, m.species().end()) << info.name << " is not in the SBML model";
    at.push_back(std::size_t(it - m.species().begin()));
  }
  return at;
}

/// How far the SBML run is from the native one, as a share of what the comparison allows:
/// 1e-6 of the value plus an absolute floor, 1e-3 of the species' tolerance (the absolute error
/// that does not matter, species_info()), for species at or near zero. At most 1 to pass.
double share_of_allowed(double native, double sbml, int species) {
  const double floor = 1e-3 * biology::species_info()[std::size_t(species)].tolerance;
  return std::abs(sbml - native) / (1e-6 * std::max(std::abs(native), std::abs(sbml)) + floor);
}

struct Worst {
  double share = 0;     // of the allowed difference (share_of_allowed)
  double relative = 0;  // relative difference, over values above the species' tolerance
  std::string where_share, where_relative;
};

/// Integrates the exported model and compares it with the native run at every output time.
Worst compare_time_courses(const Exported& e, const sbml::OdeModel& m) {
  std::vector<double> times;
  for (auto t : e.native.times) times.push_back(double(t));
  const auto states = m.simulate(times, simulation::well_mixed_options());
  const auto at = species_positions(m);
  const auto& info = biology::species_info();
  EXPECT_EQ(states.size(), e.native.well_mixed_states.size());
  Worst worst;
  for (std::size_t k = 0; k < std::min(states.size(), e.native.well_mixed_states.size()); ++k)
    for (int s = 0; s < biology::kSpecies; ++s) {
      const double native = e.native.well_mixed_states[k][std::size_t(s)];
      const double sbml = states[k][at[std::size_t(s)]];
      const std::string where =
          fmt::format("{} at {:g} h ({:.10g} native, {:.10g} SBML)", info[std::size_t(s)].name,
                      times[k] / 3600.0, native, sbml);
      const double share = share_of_allowed(native, sbml, s);
      if (share > worst.share || std::isnan(share)) {
        worst.share = share;
        worst.where_share = where;
      }
      const double relative = std::abs(sbml - native) / std::abs(native);
      if (std::abs(native) >= info[std::size_t(s)].tolerance && relative > worst.relative) {
        worst.relative = relative;
        worst.where_relative = where;
      }
    }
  return worst;
}

void expect_matches_native(const Exported& e, const char* label) {
  const Worst worst = compare_time_courses(e, sbml::OdeModel::read(e.xml));
  std::printf(
      "%s, %zu output times: %.3g of the allowed difference (%s); worst relative "
      "difference %.3g (%s)\n",
      label, e.native.times.size(), worst.share, worst.where_share.c_str(), worst.relative,
      worst.where_relative.c_str());
  EXPECT_LE(worst.share, 1.0) << worst.where_share;
}

void expect_consistent(const std::string& xml) {
  int warnings = 0;
  for (const auto& issue : sbml::check_consistency(xml)) {
    EXPECT_FALSE(issue.is_error()) << issue.category << " " << issue.id << ": " << issue.message;
    // Unit inconsistencies are warnings in SBML Level 3; a rate law with a wrong unit is a slip
    // of the export, so none is accepted.
    EXPECT_EQ(issue.category.find("unit"), std::string::npos)
        << issue.category << " " << issue.id << ": " << issue.message;
    if (!issue.is_error()) {
      ++warnings;
      std::printf("libsbml %s %u (%s), line %u: %s\n", issue.severity.c_str(), issue.id,
                  issue.category.c_str(), issue.line, issue.message.c_str());
    }
  }
  std::printf("libsbml consistency checks: 0 errors, %d warnings\n", warnings);
}

TEST(SbmlExport, PassesLibsbmlConsistencyChecksWithUnits) {
  expect_consistent(single_session().xml);
  expect_consistent(two_sessions().xml);
}

TEST(SbmlExport, HoldsEverySpeciesAtItsInitialValueAndEverySession) {
  const Exported& e = two_sessions();
  const auto m = sbml::OdeModel::read(e.xml);
  ASSERT_EQ(m.species().size(), std::size_t(biology::kSpecies));
  const auto at = species_positions(m);
  const auto initial = m.initial_state();
  const biology::State native = simulation::well_mixed_model(e.domain).initial;
  for (int s = 0; s < biology::kSpecies; ++s)
    EXPECT_LE(std::abs(initial[at[std::size_t(s)]] - native[std::size_t(s)]),
              1e-14 * std::abs(native[std::size_t(s)]))
        << biology::species_info()[std::size_t(s)].name;
  // Two sessions and the two edges of the occlusion.
  const std::vector<double> events = m.event_times();
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[0], 0.0);
  EXPECT_EQ(events[1], 28 * 86400.0);
  EXPECT_EQ(events[2], 28 * 86400.0 + 2 * 3600.0);
  EXPECT_EQ(events[3], 28 * 86400.0 + 26 * 3600.0);
}

// Every term of every rate law: at random states around rest (some values below zero, where
// the positive parts act), occluded and not, the SBML's rates are the C++ rates.
TEST(SbmlExport, RatesEqualTheKineticsAtRandomStates) {
  const Exported& e = two_sessions();
  auto m = sbml::OdeModel::read(e.xml);
  const auto at = species_positions(m);
  simulation::WellMixedModel native = simulation::well_mixed_model(e.domain);
  const auto& info = biology::species_info();
  std::mt19937_64 rng(17);
  std::lognormal_distribution<double> factor(0.0, 1.0);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  double worst = 0;
  for (int trial = 0; trial < 200; ++trial) {
    const bool occluded = trial % 2 == 1;
    native.kinetics.set_occluded(occluded);
    m.set_parameter("occluded", occluded ? 1.0 : 0.0);
    biology::State u;
    for (int s = 0; s < biology::kSpecies; ++s) {
      const double scale =
          std::max(native.initial[std::size_t(s)], 100 * info[std::size_t(s)].tolerance);
      u[std::size_t(s)] = scale * factor(rng) * (unit(rng) < 0.1 ? -0.1 : 1.0);
    }
    biology::State expected;
    native.kinetics.rates(0.0, u.data(), expected.data(), {});
    std::vector<double> v(std::size_t(biology::kSpecies));
    for (int s = 0; s < biology::kSpecies; ++s) v[at[std::size_t(s)]] = u[std::size_t(s)];
    const auto rates = m.rates(0.0, v);
    for (int s = 0; s < biology::kSpecies; ++s) {
      // Rates below the species' tolerance per week do not matter.
      const double floor = info[std::size_t(s)].tolerance / (7 * 86400.0);
      const double a = expected[std::size_t(s)], b = rates[at[std::size_t(s)]];
      const double d = std::abs(a - b) / std::max({std::abs(a), std::abs(b), floor});
      worst = std::max(worst, d);
      EXPECT_LE(d, 1e-9) << info[std::size_t(s)].name << " in trial " << trial << ": " << a
                         << " (C++) against " << b << " (SBML)";
    }
  }
  std::printf("rates at 200 random states: worst relative difference %.3g\n", worst);
}

TEST(SbmlExport, IntegratedFromItsOwnMathMatchesTheNativeRunOneSession) {
  expect_matches_native(single_session(), "one session");
}

TEST(SbmlExport, IntegratedFromItsOwnMathMatchesTheNativeRunTwoSessionsOcclusionConditions) {
  expect_matches_native(two_sessions(), "two sessions, melasma, scar, occlusion");
}

TEST(SbmlExport, IntegratedFromItsOwnMathMatchesTheNativeRunBuiltInDefault) {
  expect_matches_native(built_in_default(), "built-in default (three sessions, six months)");
}

// The comparison can fail: a model with one parameter 1 % off is seen as different.
TEST(SbmlExport, ComparisonSeesAOnePercentChangeOfOneParameter) {
  const Exported& e = single_session();
  auto m = sbml::OdeModel::read(e.xml);
  m.set_parameter("fibroblast_return", 1.01 * m.parameter("fibroblast_return"));
  const Worst worst = compare_time_courses(e, m);
  std::printf("fibroblast_return 1 %% off: %.3g of the allowed difference (%s)\n", worst.share,
              worst.where_share.c_str());
  EXPECT_GT(worst.share, 10.0);
}

TEST(SbmlReader, RejectsWhatItDoesNotEvaluate) {
  const std::string with_reaction =
      R"(<?xml version="1.0" encoding="UTF-8"?>
<sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1">
  <model id="m">
    <listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments>
    <listOfSpecies><species id="s" compartment="c" initialAmount="1" hasOnlySubstanceUnits="true"
      boundaryCondition="false" constant="false"/></listOfSpecies>
    <listOfReactions><reaction id="r" reversible="false">
      <listOfReactants><speciesReference species="s" stoichiometry="1" constant="true"/></listOfReactants>
    </reaction></listOfReactions>
  </model>
</sbml>)";
  EXPECT_THROW(sbml::OdeModel::read(with_reaction), std::runtime_error);
  EXPECT_THROW(sbml::OdeModel::read("<not sbml"), std::runtime_error);
}

}  // namespace
