#include "dermasim/io/serum_outputs.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <optional>

#include "dermasim/io/figures.hpp"
#include "dermasim/io/run_tables.hpp"

namespace dermasim::io {

using nlohmann::ordered_json;
using transport::AbsorptionResult;
using transport::AbsorptionRow;

namespace {
constexpr double kUgCm2 = 1e5;  // kg/m^2 -> ug/cm^2 (1e9 ug/kg over 1e4 cm^2/m^2)
constexpr double kHour = 3600.0;

/// A quantity at time t (s) of a series, linearly interpolated; nullopt past the end.
std::optional<double> at(const std::vector<AbsorptionRow>& rows, double t,
                         double AbsorptionRow::*field) {
  if (rows.empty() || t > rows.back().time + 1e-6) return std::nullopt;
  for (std::size_t i = 1; i < rows.size(); ++i)
    if (rows[i].time >= t) {
      const double a = rows[i - 1].*field, b = rows[i].*field;
      const double f = (t - rows[i - 1].time) / (rows[i].time - rows[i - 1].time);
      return a + f * (b - a);
    }
  return rows.back().*field;
}

ordered_json by_hours(const std::vector<AbsorptionRow>& rows, double AbsorptionRow::*field) {
  ordered_json j = ordered_json::object();
  for (int h : {1, 6, 24})
    if (auto v = at(rows, h * kHour, field)) j[std::to_string(h)] = *v * kUgCm2;
  return j;
}

/// An amount below 1e-9 ug/cm^2 (1 fg/cm^2, far below any assay) counts as none: a route that is
/// closed to a molecule (hyaluronic acid through intact stratum corneum) is given a vanishing
/// but non-zero conductance, whose 1e-200 ug/cm^2 would otherwise make ratios of 1e+244 and lag
/// times of nothing.
constexpr double kNegligibleUgCm2 = 1e-9;

bool measurable(double amount) {
  return amount * kUgCm2 >= kNegligibleUgCm2;
}

/// Lag time and steady flux as a Franz experiment reads them: the largest flux, and where its
/// tangent to the cumulative curve meets the time axis.
std::pair<ordered_json, ordered_json> lag_and_flux(const std::vector<AbsorptionRow>& rows) {
  if (rows.size() < 2 || !measurable(rows.back().permeated)) return {nullptr, nullptr};
  std::size_t best = 1;
  for (std::size_t i = 2; i < rows.size(); ++i)
    if (rows[i].flux > rows[best].flux) best = i;
  if (!(rows[best].flux > 0)) return {nullptr, nullptr};
  const auto& r = rows[best];
  // The flux of row i is the slope over (t_{i-1}, t_i): its tangent passes the midpoint.
  const double t_mid = 0.5 * (r.time + rows[best - 1].time);
  const double q_mid = 0.5 * (r.permeated + rows[best - 1].permeated);
  const double lag = std::max(0.0, t_mid - q_mid / r.flux);
  return {lag / kHour, r.flux * kUgCm2 * kHour};
}

ordered_json measures(const std::vector<AbsorptionRow>& rows) {
  ordered_json j;
  const auto [lag, flux] = lag_and_flux(rows);
  j["lag_time_h"] = lag;
  j["steady_flux_ug_cm2_h"] = flux;
  j["cumulative_ug_cm2"] = by_hours(rows, &AbsorptionRow::permeated);
  j["delivered_ug_cm2"] = by_hours(rows, &AbsorptionRow::delivered);
  double worst = 0;
  for (const auto& r : rows) worst = std::max(worst, r.mass_balance_error);
  j["mass_balance_relative_error"] = worst;
  return j;
}

/// With over without channels; null when intact skin passes nothing measurable.
ordered_json ratio(double a, double b) {
  return measurable(b) ? ordered_json(a / b) : ordered_json(nullptr);
}
}  // namespace

std::string absorption_csv(const AbsorptionResult& r) {
  return to_csv(absorption_table(r));
}

std::string absorption_profile_csv(const AbsorptionResult& r) {
  return to_csv(absorption_profile_table(r));
}

SerumFiles serum_files(std::size_t index) {
  if (index == 0) return {"absorption.csv", "absorption_profile.csv", "serum_cross_section_"};
  const std::size_t k = index + 1;
  return {fmt::format("absorption_{}.csv", k), fmt::format("absorption_profile_{}.csv", k),
          fmt::format("serum_{}_cross_section_", k)};
}

ordered_json serum_summary(const transport::SerumSpec& s, const AbsorptionResult& r) {
  ordered_json j;
  const auto& c = r.coefficients;
  ordered_json serum{
      {"active", s.active.name},
      {"concentration_mg_ml", s.concentration},
      {"vehicle_ph",
       s.active.ph_dependent() ? ordered_json(s.active.vehicle_ph) : ordered_json(nullptr)},
      {"neutral_fraction_vehicle", s.active.neutral_fraction_vehicle},
      {"dose_mg_cm2", s.infinite_dose ? ordered_json("infinite") : ordered_json(s.dose * 1e2)},
      {"vehicle_half_life_h",
       s.vehicle_half_life > 0 ? ordered_json(s.vehicle_half_life / kHour) : ordered_json(nullptr)},
      {"degraded_ug_cm2", r.rows.empty() ? 0.0 : r.rows.back().degraded * kUgCm2},
      {"applied_ug_cm2",
       r.infinite_dose ? ordered_json("infinite") : ordered_json(r.applied * kUgCm2)},
      {"session", s.session + 1},
      {"applied_h_after_needles", s.delay / kHour},
      {"occluded", s.occluded},
      {"mode", s.mode == transport::TransportMode::franz ? "franz" : "in_vivo"},
      {"skin", s.skin == transport::SkinSpecies::rat ? "rat" : "human"},
      {"contact_h", s.duration / kHour},
      {"coefficients",
       {{"permeability_sc_cm_h", c.permeability_sc * 100 * kHour},
        {"permeability_sc_lipid_cm_h", c.permeability_sc_lipid * 100 * kHour},
        {"permeability_sc_pore_cm_h", c.permeability_sc_pore * 100 * kHour},
        {"permeability_sc_species_factor", c.permeability_sc_factor},
        {"diffusivity_sc_m2_s", c.stratum_corneum.diffusivity},
        {"partition_sc", c.stratum_corneum.partition},
        {"diffusivity_viable_m2_s", c.viable_epidermis.diffusivity},
        {"partition_viable", c.viable_epidermis.partition},
        {"diffusivity_aqueous_m2_s", c.channel.diffusivity},
        {"clearance_1_h", c.clearance * kHour},
        {"radius_nm", c.radius * 1e9}}},
      {"channels",
       {{"per_cm2", r.channels.density * 1e-4},
        {"depth_um", r.channels.depth * 1e6},
        {"radius_um", r.channels.radius * 1e6},
        {"unit_cell_um", r.cell_width * 1e6}}},
      {"grid",
       {{"unit_cell", s.cell == transport::UnitCell::axisymmetric ? "axisymmetric" : "square"},
        {"lateral_voxels", r.grid.lateral_voxels},
        {"rings", r.grid.rings},
        {"depth_planes", r.grid.plane_bounds.empty() ? 0 : r.grid.plane_bounds.size() - 1},
        {"first_plane_um", r.grid.plane_bounds.size() > 1
                               ? (r.grid.plane_bounds[1] - r.grid.plane_bounds[0]) * 1e6
                               : 0.0},
        {"depth_resolution_um", s.depth_resolution * 1e6}}},
      {"steps", r.steps},
      {"rejected_steps", r.rejected},
      {"elapsed_s", r.elapsed_s}};
  j["serum"] = serum;
  j.update(measures(r.rows));
  const double end = r.rows.empty() ? 0 : r.rows.back().permeated;
  const double end_intact = r.intact_rows.empty() ? 0 : r.intact_rows.back().permeated;
  j["enhancement_ratio"] = ratio(end, end_intact);
  j["enhancement_ratio_delivered"] =
      ratio(r.rows.empty() ? 0 : r.rows.back().delivered,
            r.intact_rows.empty() ? 0 : r.intact_rows.back().delivered);
  j["intact"] = measures(r.intact_rows);
  return j;
}

Image serum_cross_section(const AbsorptionResult& r, std::size_t which) {
  const auto& p = r.profiles.at(which);
  const auto& q = r.intact_profiles.at(which);
  const int scale_x = std::max(1, 500 / std::max(1, p.nx));
  const int depth_px = std::min(600, std::max(200, p.nz * 3));
  const double px_per_m_z = depth_px / (p.depth.back() + 0.5 * (p.depth[1] - p.depth[0]));
  const int w = p.nx * scale_x, left = 40, top = 70, intact_w = 60;
  Image img(left + w + 40 + intact_w + 230, top + depth_px + 90);
  img.text(left, 16, fmt::format("SERUM AT {:g} H: CHANNEL UNIT CELL | INTACT", p.time / kHour),
           kBlack);
  double vmax = 1e-300;
  for (double v : p.section) vmax = std::max(vmax, v);
  for (double v : q.section) vmax = std::max(vmax, v);
  const double dz = p.depth[1] - p.depth[0];
  for (int y = 0; y < depth_px; ++y) {
    const int k = std::min(p.nz - 1, int(y / px_per_m_z / dz));
    for (int i = 0; i < p.nx; ++i)
      img.fill_rect(left + i * scale_x, top + y, left + (i + 1) * scale_x, top + y + 1,
                    viridis(p.section[std::size_t(k) * p.nx + i] / vmax));
    img.fill_rect(left + w + 40, top + y, left + w + 40 + intact_w, top + y + 1,
                  viridis(q.section[std::size_t(k)] / vmax));
  }
  img.colour_bar(left + w + 40 + intact_w + 40, top + 30, 20, depth_px - 60, 0.0, vmax, "MG/ML");
  draw_scale_bar(img, left, top + depth_px + 30, r.cell_width > 0 ? r.cell_width : 1e-3,
                 r.cell_width > 0 ? w / r.cell_width : 1.0);
  return img;
}

}  // namespace dermasim::io
