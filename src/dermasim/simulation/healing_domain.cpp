#include "dermasim/simulation/healing_domain.hpp"

#include <algorithm>

#include "dermasim/injury/penetration.hpp"

namespace dermasim::simulation {

HealingDomain make_healing_domain(const scenario::Scenario& sc, const InjuryStage& stage) {
  HealingDomain d;
  d.skin = stage.skin;
  d.parameters = biology::HealingParameters::from(sc.parameters);
  d.age = sc.skin.age;
  d.duration = sc.simulation.duration;
  d.window_bottom = d.skin.dermo_epidermal_junction() + d.parameters.histology_window;
  d.bleeding_depth = d.skin.dermo_epidermal_junction() + sc.parameters.si("capillary_loop_depth");

  // Deep enough for the window and every channel, with room below for the signals to spread;
  // never deeper than the injury grid.
  double deepest = 0;
  for (const auto& p : stage.punctures) deepest = std::max(deepest, p.depth);
  const double h = sc.simulation.healing_resolution;
  const double depth =
      std::min(sc.simulation.depth, std::max(d.window_bottom, deepest) + kHealingDepthMargin);
  d.grid = grid::make_grid(sc.simulation.patch_x, sc.simulation.patch_y, depth, h);
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
  return d;
}

biology::TissueEnvironment window_environment(const HealingDomain& d) {
  return biology::make_environment(biology::layer_fractions(d.skin, 0.0, d.window_bottom),
                                   d.parameters, d.age);
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
