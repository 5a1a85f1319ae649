#include "dermasim/io/healing_outputs.hpp"

#include <fmt/format.h>
#include <optional>

#include "dermasim/io/run_tables.hpp"
#include "dermasim/simulation/phases.hpp"

namespace dermasim::io {

using nlohmann::ordered_json;
using simulation::HealingResult;

std::string timeseries_csv(const HealingResult& r, const outcomes::OutcomeSeries* o) {
  return to_csv(timeseries_table(r, o));
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

constexpr int kWeeks[] = {4, 6, 12, 26};

/// {"4": .., "6": .., "12": .., "26": ..}: a column at those weeks after the first session (a
/// week past the end of the run is absent).
ordered_json by_week(const HealingResult& r, const std::string& column) {
  ordered_json j = ordered_json::object();
  const auto col = r.column(column);
  for (int week : kWeeks)
    if (auto v = value_at(r, col, week * 7 * 86400.0)) j[std::to_string(week)] = *v;
  return j;
}

/// Percent change of a series against `before` (non-zero), by week.
ordered_json change_by_week(const HealingResult& r, const std::vector<double>& series,
                            double before) {
  ordered_json j = ordered_json::object();
  if (!(before != 0)) return j;
  for (int week : kWeeks)
    if (auto v = value_at(r, series, week * 7 * 86400.0))
      j[std::to_string(week)] = 100.0 * (*v / before - 1.0);
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

ordered_json outcome_summary(const HealingResult& r, const outcomes::OutcomeSeries& o) {
  ordered_json j;
  // The change of an outcome column against the untreated skin, when it applies.
  auto change = [&](const std::string& column) -> std::optional<ordered_json> {
    const std::size_t c = outcomes::outcome_index(column);
    if (!o.before[c] || *o.before[c] == 0) return std::nullopt;
    std::vector<double> series;
    for (const auto& row : o.rows) {
      if (!row[c]) return std::nullopt;
      series.push_back(*row[c]);
    }
    return change_by_week(r, series, *o.before[c]);
  };
  auto put = [&](const char* key, const std::string& column) {
    if (auto v = change(column)) j[key] = *v;
  };
  // Scars: the mean over scars of each one's change (a shallow scar that fills counts as much as
  // a deep one), and the same within each type.
  auto scar_change = [&](std::optional<skin::ScarType> type) {
    std::vector<double> mean_change(r.times.size(), 0.0);
    int n_scars = 0;
    for (std::size_t n = 0; n < o.scar_depth.size(); ++n) {
      if (type && o.scar_type[n] != *type) continue;
      if (!(o.scar_depth_before[n] > 0)) continue;
      ++n_scars;
      for (std::size_t i = 0; i < r.times.size(); ++i)
        mean_change[i] += o.scar_depth[n][i] / o.scar_depth_before[n];
    }
    if (n_scars == 0) return std::optional<ordered_json>();
    for (double& m : mean_change) m /= n_scars;  // mean depth relative to before
    return std::optional<ordered_json>(change_by_week(r, mean_change, 1.0));
  };
  if (auto v = scar_change(std::nullopt)) j["scar_depth_change_pct"] = *v;
  ordered_json by_type = ordered_json::object();
  for (skin::ScarType t : skin::kAllScarTypes)
    if (auto v = scar_change(t)) by_type[std::string(skin::scar_type_name(t))] = *v;
  if (!by_type.empty()) j["scar_depth_change_pct_by_type"] = by_type;
  put("wrinkle_depth_change_pct", "wrinkle_depth_um");
  put("ra_change_pct", "ra_um");
  put("rz_change_pct", "rz_um");
  put("melanin_index_change_pct", "melanin_index");
  put("melanin_index_lesion_change_pct", "melanin_index_lesion");
  put("masi_change_pct", "masi");
  // Elasticity: the Cutometer's biological elasticity R7 (Ur/Uf), the ratio that tracks age and
  // treatment most closely (Ryu 2008; Nilforoushzadeh 2020).
  put("elasticity_change_pct", "cutometer_r7");
  put("youngs_modulus_change_pct", "youngs_modulus_kpa");
  ordered_json before = ordered_json::object();
  for (std::size_t c = 0; c < outcomes::OutcomeSeries::columns().size(); ++c)
    if (o.before[c]) before[outcomes::OutcomeSeries::columns()[c]] = *o.before[c];
  j["outcomes_before_treatment"] = before;
  if (!o.downtime.empty()) {
    const auto& first = o.downtime.front();
    j["downtime_h"] = first.ended ? ordered_json(first.downtime_h) : ordered_json(nullptr);
  }
  ordered_json sessions = ordered_json::array();
  for (const auto& dt : o.downtime)
    sessions.push_back(
        {{"session_h", dt.session_h},
         {"erythema_h", dt.erythema_h},
         {"edema_h", dt.edema_h},
         {"downtime_h", dt.ended ? ordered_json(dt.downtime_h) : ordered_json(nullptr)}});
  j["downtime_by_session"] = sessions;
  return j;
}

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
  // The measures that match what studies report (docs/model.md 6.7), added beside the above.
  for (const char* key : {"papillary_collagen_change_pct", "elastic_fibres_change_pct",
                          "papillary_elastic_fibres_change_pct", "hyaluronan_change_pct",
                          "dermal_density_change_pct"})
    j[key] = by_week(r, key);
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
