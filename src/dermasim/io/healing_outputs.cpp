#include "dermasim/io/healing_outputs.hpp"

#include <fmt/format.h>

#include "dermasim/simulation/phases.hpp"

namespace dermasim::io {

using nlohmann::ordered_json;
using simulation::HealingResult;

std::string timeseries_csv(const HealingResult& r) {
  std::string out = "time_h";
  for (const auto& c : simulation::observable_columns()) out += "," + c;
  out += "\n";
  for (std::size_t i = 0; i < r.times.size(); ++i) {
    out += fmt::format("{:.6g}", double(r.times[i]) / 3600.0);
    for (double v : r.rows[i]) out += fmt::format(",{:.6g}", v);
    out += "\n";
  }
  return out;
}

namespace {

/// Linear interpolation of a column at time t (s); nullopt outside the run.
std::optional<double> value_at(const HealingResult& r, const std::vector<double>& col, double t) {
  if (r.times.empty() || t < double(r.times.front()) || t > double(r.times.back()))
    return std::nullopt;
  for (std::size_t i = 0; i < r.times.size(); ++i) {
    if (double(r.times[i]) == t) return col[i];
    if (double(r.times[i]) > t) {
      const double t0 = double(r.times[i - 1]), t1 = double(r.times[i]);
      return col[i - 1] + (col[i] - col[i - 1]) * (t - t0) / (t1 - t0);
    }
  }
  return std::nullopt;
}

/// {"4": .., "6": .., "12": .., "26": ..}: a column at those weeks after the first session (a
/// week past the end of the run is absent).
ordered_json by_week(const HealingResult& r, const std::string& column) {
  ordered_json j = ordered_json::object();
  const auto col = r.column(column);
  for (int week : {4, 6, 12, 26})
    if (auto v = value_at(r, col, week * 7 * 86400.0)) j[std::to_string(week)] = *v;
  return j;
}

ordered_json phase_json(const simulation::Phase& p) {
  auto opt = [](const std::optional<double>& x) {
    return x ? ordered_json(*x) : ordered_json(nullptr);
  };
  return {{"start_h", opt(p.start_h)}, {"peak_h", opt(p.peak_h)}, {"end_h", opt(p.end_h)}};
}

ordered_json phases_json(const simulation::SessionPhases& s) {
  return {{"inflammation", phase_json(s.inflammation)},
          {"proliferation", phase_json(s.proliferation)},
          {"maturation", phase_json(s.maturation)}};
}

}  // namespace

ordered_json healing_summary(const HealingResult& r, const simulation::HealingDomain& d) {
  ordered_json j;
  j["fidelity"] = simulation::fidelity_name(r.fidelity);
  std::vector<double> sessions;
  for (const auto& s : d.sessions) sessions.push_back(s.time);
  const auto phases = simulation::healing_phases(r, sessions);
  if (!phases.empty()) j["phases"] = phases_json(phases.front());
  ordered_json all = ordered_json::array();
  for (const auto& p : phases) {
    ordered_json one = {{"session_h", p.session_h}};
    one.update(phases_json(p));
    all.push_back(one);
  }
  j["phases_by_session"] = all;
  j["collagen_change_pct"] = by_week(r, "collagen_change_pct");
  j["elastin_change_pct"] = by_week(r, "elastin_change_pct");
  j["collagen_i_change_pct"] = by_week(r, "collagen_i_change_pct");
  j["collagen_iii_change_pct"] = by_week(r, "collagen_iii_change_pct");
  j["tropoelastin_change_pct"] = by_week(r, "tropoelastin_change_pct");
  j["epidermal_thickness_change_pct"] = by_week(r, "epidermal_thickness_change_pct");
  const grid::Grid3D& g = d.grid;
  j["healing_grid"] = {{"nx", g.nx},          {"ny", g.ny},
                       {"nz", g.nz},          {"dx_um", g.dx * 1e6},
                       {"dz_um", g.dz * 1e6}, {"window_bottom_um", d.window_bottom * 1e6}};
  j["healing_steps"] = {{"accepted", r.steps},
                        {"rejected", r.rejected},
                        {"smallest_dt_s", r.smallest_dt},
                        {"largest_dt_s", r.largest_dt},
                        {"clipped_values", r.clipped_values}};
  if (!r.limiting_species.empty()) {
    ordered_json lim = ordered_json::object();
    for (std::size_t s = 0; s < r.limiting_species.size(); ++s)
      if (r.limiting_species[s] > 0)
        lim[std::string(biology::species_info()[s].name)] = r.limiting_species[s];
    j["healing_steps"]["limited_by"] = lim;
  }
  j["healing_elapsed_s"] = r.wall_seconds;
  return j;
}

}  // namespace dermasim::io
