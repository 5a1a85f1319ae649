#pragma once
// The healing model's files: timeseries.csv and its part of summary.json. Names and columns are
// a contract with users' scripts (README).
#include <nlohmann/json.hpp>
#include <string>

#include "dermasim/outcomes/outcomes.hpp"
#include "dermasim/simulation/healing_run.hpp"

namespace dermasim::io {

/// timeseries.csv: time_h, then observable_columns(), then (when given) the outcome columns,
/// one row per output time. An outcome that does not apply is an empty cell.
std::string timeseries_csv(const simulation::HealingResult& result,
                           const outcomes::OutcomeSeries* outcomes = nullptr);

/// The keys summary.json gains from the healing model: "fidelity", "phases",
/// "phases_by_session", "collagen_change_pct" and "elastin_change_pct" (by week), and more.
nlohmann::ordered_json healing_summary(const simulation::HealingResult& result,
                                       const simulation::HealingDomain& domain);

/// The keys summary.json gains from the outcomes: changes against the untreated skin by week
/// (absent when they do not apply), the per-type scar changes, and downtime.
nlohmann::ordered_json outcome_summary(const simulation::HealingResult& result,
                                       const outcomes::OutcomeSeries& outcomes);

}  // namespace dermasim::io
