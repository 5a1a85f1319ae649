#pragma once
// The clinical outcomes of a run: from the simulated tissue at each output time to the measures
// clinicians and skin scientists use (docs/model.md section 7): scar and wrinkle depths,
// roughness, melanin index and a MASI-like score, dermal modulus and Cutometer ratios, and
// downtime. A measure that does not apply (no scars set) has no value, never a zero.
#include <optional>
#include <string>
#include <vector>

#include "dermasim/outcomes/surface.hpp"
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/simulation/healing_domain.hpp"
#include "dermasim/simulation/healing_run.hpp"

namespace dermasim::outcomes {

/// Hours after a session until redness and swelling are no longer visible.
struct Downtime {
  double session_h = 0;   // hours after the first session
  double erythema_h = 0;  // 0 when never visible
  double edema_h = 0;
  double downtime_h = 0;  // the longer of the two
  bool ended = true;      // false when still visible at the next session or the end
};

struct OutcomeSeries {
  /// Column names with their units (timeseries.csv, after the healing columns).
  static const std::vector<std::string>& columns();
  std::vector<std::vector<std::optional<double>>> rows;  // one per healing output time
  std::vector<std::optional<double>> before;             // before treatment
  /// Depth of each scar (the scenario's order) at each row, and before treatment, m.
  std::vector<std::vector<double>> scar_depth;
  std::vector<double> scar_depth_before;
  std::vector<skin::ScarType> scar_type;
  std::vector<Downtime> downtime;
  HeightMap surface_before, surface_after;
  simulation::Seconds surface_after_time = 0;  // week 26, or the end of a shorter run
};

/// Index of an outcome column; throws std::out_of_range for an unknown name.
std::size_t outcome_index(const std::string& name);

OutcomeSeries compute_outcomes(const scenario::Scenario& sc, const simulation::HealingDomain& d,
                               const simulation::HealingResult& r);

/// Downtime after each session from the erythema and oedema rows.
std::vector<Downtime> downtime(const simulation::HealingResult& r,
                               const std::vector<double>& session_times_s,
                               double erythema_threshold, double edema_threshold);

}  // namespace dermasim::outcomes
