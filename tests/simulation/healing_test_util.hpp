#pragma once
// Runs a validation scenario (tests/validation/*.toml) through injury and healing.
#include <string>

#include "dermasim/scenario/scenario.hpp"
#include "dermasim/simulation/healing_run.hpp"
#include "dermasim/simulation/injury_stage.hpp"

namespace dermasim::test_util {

struct HealingRun {
  scenario::Scenario scenario;
  simulation::InjuryStage stage;
  simulation::HealingDomain domain;
  simulation::HealingResult result;
};

inline scenario::Scenario validation_scenario(const std::string& name) {
  return scenario::load_scenario_file(std::string(DERMASIM_VALIDATION_DIR) + "/" + name + ".toml");
}

inline HealingRun run_healing(scenario::Scenario sc, simulation::Fidelity fidelity,
                              bool without_injury = false) {
  HealingRun r{std::move(sc), {}, {}, {}};
  r.stage = simulation::run_injury_stage(r.scenario);
  r.domain = simulation::make_healing_domain(r.scenario, r.stage);
  if (without_injury)
    for (auto& s : r.domain.sessions) {
      std::fill(s.damaged.begin(), s.damaged.end(), 0.0);
      std::fill(s.clot.begin(), s.clot.end(), 0.0);
    }
  r.result = simulation::run_healing(r.domain, fidelity);
  return r;
}

/// Value of a column at time t (h), linearly interpolated.
inline double at_hour(const simulation::HealingResult& r, const std::string& column, double h) {
  const auto c = r.column(column);
  for (std::size_t i = 1; i < r.times.size(); ++i) {
    const double t0 = double(r.times[i - 1]) / 3600.0, t1 = double(r.times[i]) / 3600.0;
    if (h <= t1) return c[i - 1] + (c[i] - c[i - 1]) * (h - t0) / (t1 - t0);
  }
  return c.back();
}

/// Time (h) of a column's maximum over [from, to] h.
inline double peak_hour(const simulation::HealingResult& r, const std::string& column,
                        double from = 0, double to = 1e300) {
  const auto c = r.column(column);
  double best = -1e300, when = 0;
  for (std::size_t i = 0; i < r.times.size(); ++i) {
    const double h = double(r.times[i]) / 3600.0;
    if (h >= from && h <= to && c[i] > best) {
      best = c[i];
      when = h;
    }
  }
  return when;
}

/// First time (h) after `from` at which the column falls to or below `level`.
inline double first_hour_below(const simulation::HealingResult& r, const std::string& column,
                               double level, double from) {
  const auto c = r.column(column);
  for (std::size_t i = 0; i < r.times.size(); ++i)
    if (double(r.times[i]) / 3600.0 >= from && c[i] <= level) return double(r.times[i]) / 3600.0;
  return 1e300;
}

}  // namespace dermasim::test_util
