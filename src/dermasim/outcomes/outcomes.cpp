#include "dermasim/outcomes/outcomes.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "dermasim/outcomes/mechanics.hpp"
#include "dermasim/outcomes/pigment.hpp"
#include "dermasim/outcomes/roughness.hpp"

namespace dermasim::outcomes {

const std::vector<std::string>& OutcomeSeries::columns() {
  static const std::vector<std::string> c{
      "scar_depth_um",
      "scar_depth_icepick_um",
      "scar_depth_boxcar_um",
      "scar_depth_rolling_um",
      "wrinkle_depth_um",
      "ra_um",
      "rz_um",
      "melanin_index",
      "melanin_index_lesion",
      "masi",
      "youngs_modulus_kpa",
      "cutometer_r2",
      "cutometer_r7",
  };
  return c;
}

std::size_t outcome_index(const std::string& name) {
  const auto& c = OutcomeSeries::columns();
  for (std::size_t i = 0; i < c.size(); ++i)
    if (c[i] == name) return i;
  throw std::out_of_range("no outcome column named '" + name + "'");
}

namespace {

Matrix matrix_of(const std::vector<double>& observables) {
  auto at = [&](const char* c) { return observables[simulation::observable_index(c)]; };
  Matrix m;
  m.collagen_i = at("collagen_i_mg_cm3");
  m.collagen_i_crosslinked = at("collagen_i_crosslinked_fraction") * m.collagen_i;
  m.collagen_iii = at("collagen_iii_mg_cm3");
  m.collagen_iii_crosslinked = at("collagen_iii_crosslinked_fraction") * m.collagen_iii;
  m.elastic_fibres = at("elastic_fibres_mg_cm3");
  m.elastotic_material = at("elastotic_material_mg_cm3");
  return m;
}

double mean(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return v.empty() ? 0.0 : s / double(v.size());
}

/// Last time in [from, to) at which the column is above `level`, interpolated to where it falls
/// through it, relative to `from` (0 when never above); `ended` false when above at `to`.
double visible_until(const simulation::HealingResult& r, const std::vector<double>& col,
                     double level, double from, double to, bool& ended) {
  double last = from;
  bool above_any = false;
  ended = true;
  for (std::size_t i = 0; i < r.times.size(); ++i) {
    const double t = double(r.times[i]);
    if (t < from || t >= to) continue;
    if (col[i] > level) {
      above_any = true;
      last = t;
      if (i + 1 < r.times.size() && double(r.times[i + 1]) < to && col[i + 1] <= level) {
        const double t1 = double(r.times[i + 1]);
        last = t + (t1 - t) * (col[i] - level) / (col[i] - col[i + 1]);
      } else if (i + 1 >= r.times.size() || double(r.times[i + 1]) >= to) {
        ended = false;
      }
    }
  }
  return above_any ? last - from : 0.0;
}

}  // namespace

std::vector<Downtime> downtime(const simulation::HealingResult& r,
                               const std::vector<double>& sessions, double erythema_threshold,
                               double edema_threshold) {
  std::vector<Downtime> out;
  const auto ei = r.column("erythema_index");
  const auto q = r.column("edema");
  const double ei0 = r.rest[simulation::observable_index("erythema_index")];
  std::vector<double> excess(ei.size());
  for (std::size_t i = 0; i < ei.size(); ++i) excess[i] = ei[i] - ei0;
  for (std::size_t s = 0; s < sessions.size(); ++s) {
    const double from = sessions[s];
    if (!r.times.empty() && from > double(r.times.back())) break;
    const double to = s + 1 < sessions.size() ? sessions[s + 1] : 1e300;
    Downtime d;
    d.session_h = from / 3600.0;
    bool e_end = true, q_end = true;
    d.erythema_h = visible_until(r, excess, erythema_threshold, from, to, e_end) / 3600.0;
    d.edema_h = visible_until(r, q, edema_threshold, from, to, q_end) / 3600.0;
    d.downtime_h = std::max(d.erythema_h, d.edema_h);
    d.ended = e_end && q_end;
    out.push_back(d);
  }
  return out;
}

OutcomeSeries compute_outcomes(const scenario::Scenario& sc, const simulation::HealingDomain& d,
                               const simulation::HealingResult& r) {
  const OutcomeParameters p = OutcomeParameters::from(sc.parameters);
  const auto& cond = d.conditions;
  const double lx = d.grid.width_x(), ly = d.grid.width_y();
  OutcomeSeries out;
  const SurfaceModel surface(cond, p, d.age, lx, ly, d.seed, r.initial);
  const PigmentModel pigment(p, d.fitzpatrick, cond.pigmentation, d.condition_tissue.lesion,
                             r.initial);
  const MechanicsModel mechanics(p, d.age, matrix_of(r.rest), matrix_of(r.young_rest));

  const bool scars = !cond.scars.empty(), lines = !cond.lines.empty();
  const bool pigmented = cond.pigmentation.kind != skin::PigmentKind::none;
  for (const auto& sc_ : cond.scars) out.scar_type.push_back(sc_.type);
  out.scar_depth.assign(cond.scars.size(), {});
  auto evaluate = [&](const simulation::TissueColumns& cols, const std::vector<double>& obs,
                      std::vector<double>* per_scar) {
    std::vector<std::optional<double>> row(OutcomeSeries::columns().size());
    auto set = [&](const char* c, double v) { row[outcome_index(c)] = v; };
    if (scars) {
      const auto depths = surface.scar_depths(cols);
      set("scar_depth_um", mean(depths) * 1e6);
      if (per_scar)
        for (std::size_t n = 0; n < depths.size(); ++n) per_scar[n].push_back(depths[n]);
      for (skin::ScarType t : skin::kAllScarTypes) {
        std::vector<double> of_type;
        for (std::size_t n = 0; n < depths.size(); ++n)
          if (cond.scars[n].type == t) of_type.push_back(depths[n]);
        if (of_type.empty()) continue;
        const std::string name = "scar_depth_" + std::string(skin::scar_type_name(t)) + "_um";
        row[outcome_index(name)] = mean(of_type) * 1e6;
      }
    }
    if (lines) set("wrinkle_depth_um", mean(surface.line_depths(cols)) * 1e6);
    const HeightMap h = surface.height_map(cols);
    const Roughness rough = surface_roughness(h.height, h.nx, h.ny, h.dx, p.roughness_cutoff);
    set("ra_um", rough.ra * 1e6);
    set("rz_um", rough.rz * 1e6);
    const PigmentReading pig = pigment.read(cols);
    set("melanin_index", pig.melanin_index);
    if (pigmented) row[outcome_index("melanin_index_lesion")] = pig.melanin_index_lesion;
    if (pig.masi) set("masi", *pig.masi);
    const Mechanics mech = mechanics.read(matrix_of(obs));
    set("youngs_modulus_kpa", mech.youngs_modulus * 1e-3);
    set("cutometer_r2", mech.r2);
    set("cutometer_r7", mech.r7);
    return row;
  };
  std::vector<std::vector<double>> before(cond.scars.size());
  out.before = evaluate(r.initial, r.rest, before.data());
  for (const auto& b : before) out.scar_depth_before.push_back(b.front());
  for (std::size_t i = 0; i < r.rows.size(); ++i)
    out.rows.push_back(evaluate(r.columns[i], r.rows[i], out.scar_depth.data()));

  out.surface_before = surface.height_map(r.initial);
  if (!r.times.empty()) {
    const simulation::Seconds want = simulation::section_time(r.times.back());
    std::size_t at = r.times.size() - 1;
    for (std::size_t i = 0; i < r.times.size(); ++i)
      if (r.times[i] >= want) {
        at = i;
        break;
      }
    out.surface_after = surface.height_map(r.columns[at]);
    out.surface_after_time = r.times[at];
  }
  std::vector<double> sessions;
  for (const auto& s : d.sessions) sessions.push_back(s.time);
  const double masking = std::pow(p.erythema_masking_ratio, std::max(0, d.fitzpatrick - 3));
  out.downtime = downtime(r, sessions, p.erythema_visible_delta * masking, p.edema_visible);
  return out;
}

}  // namespace dermasim::outcomes
