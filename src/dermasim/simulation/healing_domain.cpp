#include "dermasim/simulation/healing_domain.hpp"

#include <algorithm>
#include <cmath>

#include "dermasim/injury/penetration.hpp"

namespace dermasim::simulation {

namespace {

/// Share of [z0, z1) inside [a, b).
double overlap(double z0, double z1, double a, double b) {
  return std::max(0.0, std::min(z1, b) - std::max(z0, a)) / (z1 - z0);
}

/// The fibrotic bases (scar collagen per voxel, 4 x 4 lateral samples per voxel) and the
/// pigmentary units of a lesion (melanocyte activity; dermal melanin held by a leak, in the
/// papillary dermis).
ConditionTissue condition_tissue(const HealingDomain& d) {
  const grid::Grid3D& g = d.grid;
  const std::size_t plane = std::size_t(g.nx) * g.ny;
  ConditionTissue t;
  t.scar_collagen.assign(g.size(), 0.0);
  t.epidermal_melanin.assign(g.size(), 0.0);
  t.dermal_melanin.assign(g.size(), 0.0);
  const double dej = d.skin.dermo_epidermal_junction();
  const double dermis_bottom = d.skin.top(skin::Layer::hypodermis);
  constexpr int kSub = 4;
  for (const auto& scar : d.conditions.scars) {
    const double bottom = skin::scar_base_bottom(scar, dej, dermis_bottom);
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i) {
        int inside = 0;
        for (int sj = 0; sj < kSub; ++sj)
          for (int si = 0; si < kSub; ++si) {
            const double x = (i + (si + 0.5) / kSub) * g.dx, y = (j + (sj + 0.5) / kSub) * g.dy;
            const double r = std::hypot(skin::periodic_delta(scar.x, x, g.width_x()),
                                        skin::periodic_delta(scar.y, y, g.width_y()));
            inside += scar.in_base(r) ? 1 : 0;
          }
        if (inside == 0) continue;
        const double lateral = double(inside) / (kSub * kSub);
        for (int k = 0; k < g.nz; ++k) {
          const double share = overlap(k * g.dz, (k + 1) * g.dz, dej, bottom);
          if (share > 0)
            t.scar_collagen[g.index(i, j, k)] += scar.fibrotic_density * lateral * share;
        }
      }
  }
  const auto& pig = d.conditions.pigmentation;
  if (pig.kind != skin::PigmentKind::none) {
    t.lesion = skin::lesion_mask(pig, g.nx, g.ny, g.width_x(), g.width_y(), d.seed);
    t.pigment.assign(g.size(), biology::PigmentSite{});
    // The dermal melanin of a lesional column sits in its papillary dermis, so that the column
    // holds `dermal_melanin` times a normal epidermis' melanin.
    const double viable = d.skin.thickness().viable_epidermis;
    const double papillary = d.skin.thickness().papillary_dermis;
    for (int k = 0; k < g.nz; ++k) {
      const auto& env = d.plane_environment[std::size_t(k)];
      const double pap = env.layer_fraction[int(skin::Layer::papillary_dermis)];
      const double m_d = pig.dermal_melanin * viable * pap / papillary;
      for (std::size_t c = 0; c < plane; ++c) {
        if (!t.lesion[c]) continue;
        const std::size_t v = plane * std::size_t(k) + c;
        t.pigment[v].melanocyte_activity = pig.epidermal_melanin;
        t.pigment[v].dermal_leak = biology::HealingKinetics::dermal_leak_for(d.parameters, m_d);
        t.epidermal_melanin[v] = env.viable_epidermis() * (pig.epidermal_melanin - 1.0);
        t.dermal_melanin[v] = m_d;
      }
    }
  }
  return t;
}

}  // namespace

double healing_depth(const scenario::Scenario& sc, double deepest_channel) {
  const skin::LayerStack stack(sc.skin.layers);
  const double window = stack.dermo_epidermal_junction() + sc.parameters.si("histology_window");
  const double conditions =
      sc.conditions.deepest(stack.dermo_epidermal_junction(), stack.top(skin::Layer::hypodermis));
  return std::max({window, deepest_channel, conditions}) + kHealingDepthMargin;
}

HealingDomain make_healing_domain(const scenario::Scenario& sc, const InjuryStage& stage) {
  HealingDomain d;
  d.skin = stage.skin;
  d.parameters = biology::HealingParameters::from(sc.parameters);
  d.age = sc.skin.age;
  d.seed = sc.simulation.seed;
  d.duration = sc.simulation.duration;
  d.window_bottom = d.skin.dermo_epidermal_junction() + d.parameters.histology_window;
  d.bleeding_depth = d.skin.dermo_epidermal_junction() + sc.parameters.si("capillary_loop_depth");

  d.conditions = sc.conditions;
  d.fitzpatrick = sc.skin.fitzpatrick;
  // Deep enough for the window, every channel and the conditions' fibrotic tissue, with room
  // below for the signals to spread.
  const double h = sc.simulation.healing_resolution;
  double deepest = 0;
  for (const auto& p : stage.punctures) deepest = std::max(deepest, p.depth);
  d.grid =
      grid::make_grid(sc.simulation.patch_x, sc.simulation.patch_y, healing_depth(sc, deepest), h);
  const grid::Grid3D& g = d.grid;

  for (int k = 0; k < g.nz; ++k) {
    const double z0 = k * g.dz, z1 = (k + 1) * g.dz;
    d.plane_environment.push_back(
        biology::make_environment(biology::layer_fractions(d.skin, z0, z1), d.parameters, d.age));
    d.plane_window_share.push_back(std::clamp((d.window_bottom - z0) / g.dz, 0.0, 1.0));
  }

  injury::RasterOptions options;
  options.subsamples = 8;  // coarse voxels: sample finer where a channel surface crosses them
  for (std::size_t s = 0; s < sc.sessions.size(); ++s) {
    device::PunctureList mine;
    for (const auto& p : stage.punctures)
      if (p.session == int(s)) mine.push_back(p);
    SessionInjury si;
    si.time = sc.sessions[s].day * 86400.0;
    si.damaged = injury::rasterize(mine, g, options).damaged_fraction;
    si.clot.assign(g.size(), 0.0);
    for (int k = 0; k < g.nz; ++k) {
      const double below = std::clamp(((k + 1) * g.dz - d.bleeding_depth) / g.dz, 0.0, 1.0);
      const std::size_t n = std::size_t(g.nx) * g.ny, base = n * std::size_t(k);
      for (std::size_t v = base; v < base + n; ++v) si.clot[v] = si.damaged[v] * below;
    }
    d.sessions.push_back(std::move(si));
  }
  if (!d.conditions.empty()) d.condition_tissue = condition_tissue(d);
  // A serum kept under a cover occludes the skin for its contact time (in vivo only: a Franz
  // cell's skin does not heal).
  for (const auto& serum : sc.serums)
    if (serum.occluded && serum.mode == transport::TransportMode::in_vivo)
      for (int session : serum.sessions) {
        const double from = d.sessions[std::size_t(session)].time + serum.delay;
        d.occlusion.emplace_back(from, from + serum.duration);
      }
  return d;
}

bool HealingDomain::occluded_during(double a, double b) const {
  const double mid = 0.5 * (a + b);
  for (const auto& [from, to] : occlusion)
    if (mid >= from && mid < to) return true;
  return false;
}

std::vector<std::int64_t> HealingDomain::occlusion_edges() const {
  std::vector<std::int64_t> edges;
  for (const auto& [from, to] : occlusion) {
    edges.push_back(std::llround(from));
    edges.push_back(std::llround(to));
  }
  return edges;
}

WindowConditions window_conditions(const HealingDomain& d) {
  WindowConditions w;
  const auto& t = d.condition_tissue;
  if (t.empty()) return w;
  const grid::Grid3D& g = d.grid;
  const std::size_t plane = std::size_t(g.nx) * g.ny;
  double volume = 0, viable = 0, activity = 0, leak = 0;
  for (int k = 0; k < g.nz; ++k) {
    const double share = d.plane_window_share[std::size_t(k)];
    if (share <= 0) continue;
    const double vf = d.plane_environment[std::size_t(k)].viable_epidermis();
    for (std::size_t c = 0; c < plane; ++c) {
      const std::size_t v = plane * std::size_t(k) + c;
      volume += share;
      w.scar_collagen += share * t.scar_collagen[v];
      w.epidermal_melanin += share * t.epidermal_melanin[v];
      w.dermal_melanin += share * t.dermal_melanin[v];
      viable += share * vf;
      if (!t.pigment.empty()) {
        activity += share * vf * t.pigment[v].melanocyte_activity;
        leak += share * t.pigment[v].dermal_leak;
      }
    }
  }
  w.scar_collagen /= volume;
  w.epidermal_melanin /= volume;
  w.dermal_melanin /= volume;
  if (!t.pigment.empty()) {
    w.pigment.melanocyte_activity = viable > 0 ? activity / viable : 1.0;
    w.pigment.dermal_leak = leak / volume;
  }
  return w;
}

biology::TissueEnvironment window_environment(const HealingDomain& d) {
  return window_environment(d, d.age);
}

biology::TissueEnvironment window_environment(const HealingDomain& d, double age) {
  return biology::make_environment(biology::layer_fractions(d.skin, 0.0, d.window_bottom),
                                   d.parameters, age);
}

InjuryTotals window_totals(const HealingDomain& d, const SessionInjury& s) {
  const grid::Grid3D& g = d.grid;
  const std::size_t n = std::size_t(g.nx) * g.ny;
  double w_sum = 0, damaged = 0, clot = 0, epi_sum = 0, epi_open = 0;
  for (int k = 0; k < g.nz; ++k) {
    const double w = d.plane_window_share[std::size_t(k)];
    const double epi = d.plane_environment[std::size_t(k)].epidermis();
    double plane_damage = 0, plane_clot = 0;
    for (std::size_t v = n * std::size_t(k); v < n * std::size_t(k + 1); ++v) {
      plane_damage += s.damaged[v];
      plane_clot += s.clot[v];
    }
    w_sum += w * double(n);
    damaged += w * plane_damage;
    clot += w * plane_clot;
    epi_sum += epi * double(n);
    epi_open += epi * plane_damage;
  }
  InjuryTotals t;
  if (w_sum > 0) {
    t.damaged = damaged / w_sum;
    t.clot = clot / w_sum;
  }
  if (epi_sum > 0) t.epidermis_open = epi_open / epi_sum;
  return t;
}

}  // namespace dermasim::simulation
